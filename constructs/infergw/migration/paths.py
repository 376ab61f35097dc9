"""Which migrations can be planned, and the phases each one takes, as data read from ``releases.py``.

A :class:`MigrationPath` pairs the release the input runs (found from the objects it holds) with the
target release, and says what moves between them: the pool API (v1alpha2 -> v1), the per-workload kind
(InferenceModel -> InferenceObjective, or objectives from ``inference.networking.x-k8s.io`` to
``llm-d.ai``), the CRDs only the source serves. A strategy is a sequence of :class:`Stage` kinds
(:data:`STRATEGIES`); the planner builds one complete desired state per stage. A new path is new facts in
the release table, plus, if it moves something no stage handles yet, a stage kind here and its builder in
``plan.py``: no ``if release == ...``.

Two shapes of path exist:

* the pools change API group (v0.3.0's v1alpha2 pools to v1): the new pools run beside the old ones in
  the other group. A target that no longer installs the v1alpha2 pool CRD (v1.5.0, llm-d-router) leaves
  the source's CRDs installed until the cleanup, which deletes them only once no old pool or model is left;
* the pools stay in their group and the per-workload kind moves (v1.x's x-k8s.io objectives to llm-d-router's
  ``llm-d.ai`` ones): the new pools get new names beside the old ones, each with its own objectives.

A path that moves neither (v1.0.2 -> v1.5.0: same pools, same objectives, keyed by name, so they cannot
serve two pools side by side) is an in-place upgrade, not a migration, and is refused with that reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from infergw.errors import InfergwError
from infergw.releases import RELEASES, ApiKind, Release, get_release

StageKind = Literal["side-by-side", "split", "cutover", "cleanup", "remove-old", "install-new"]

#: The stages of each strategy, in order; ``split`` repeats once per traffic step below 100.
STRATEGIES: Mapping[str, tuple[StageKind, ...]] = {
    "zero-downtime": ("side-by-side", "split", "cutover", "cleanup"),
    "simple": ("remove-old", "install-new"),
}


class MigrationError(InfergwError):
    """The plan cannot be made from this input or between these releases; nothing was written."""


@dataclass(frozen=True)
class Stage:
    """One phase of a strategy: its directory, title, purpose, traffic share on the new pools and cost.

    :param v1_share: percent of the migrated traffic on the new pools; None while no pool serves it
    :param downtime: what the phase costs in availability; None for nothing
    """

    kind: StageKind
    directory: str
    title: str
    purpose: str
    v1_share: int | None
    downtime: str | None = None


def _group(api_version: str) -> str:
    return api_version.rpartition("/")[0]


def _crd_names(release: Release) -> frozenset[str]:
    """``plural.group`` of every CRD the release installs (its file names are ``group_plural.yaml``)."""
    names = set()
    for crd in release.crds:
        group, _, plural = crd.vendored.rpartition("/")[2].removesuffix(".yaml").partition("_")
        names.add(f"{plural}.{group}")
    return frozenset(names)


def _moves(old: Release, new: Release) -> bool:
    """Something a side-by-side migration can move: the pool API group or the per-workload kind's API."""
    assert old.workload is not None and new.workload is not None
    return (
        _group(new.pool_api_versions[0]) != _group(old.pool_api_versions[0])
        or new.workload.api_version != old.workload.api_version
        or new.workload.kind != old.workload.kind
    )


@dataclass(frozen=True)
class MigrationPath:
    """What changes from ``source`` to ``target``, read from the release catalogue."""

    source: Release
    target: Release

    @property
    def old_pool_api(self) -> str:
        return self.source.pool_api_versions[0]

    @property
    def new_pool_api(self) -> str:
        return self.target.pool_api_versions[0]

    @property
    def old_pool_group(self) -> str:
        return _group(self.old_pool_api)

    @property
    def new_pool_group(self) -> str:
        return _group(self.new_pool_api)

    @property
    def pool_group_changes(self) -> bool:
        """Old and new pools live in different API groups (else the new pools need new names in the same one)."""
        return self.old_pool_group != self.new_pool_group

    @property
    def old_workload(self) -> ApiKind:
        assert self.source.workload is not None  # checked by migration_path
        return self.source.workload

    @property
    def new_workload(self) -> ApiKind:
        assert self.target.workload is not None  # checked by migration_path
        return self.target.workload

    @property
    def workload_changes(self) -> bool:
        return (self.old_workload.api_version, self.old_workload.kind) != (
            self.new_workload.api_version,
            self.new_workload.kind,
        )

    @property
    def old_label(self) -> str:
        """How PLAN.md names the old side: its pool API version when the pools change group, else its release."""
        return self.old_pool_api.rpartition("/")[2] if self.pool_group_changes else self.source.id

    @property
    def new_label(self) -> str:
        return self.new_pool_api.rpartition("/")[2] if self.pool_group_changes else self.target.id

    @property
    def retired_crds(self) -> frozenset[str]:
        """CRDs the source installs and the target does not: the cleanup removes them once unused."""
        return _crd_names(self.source) - _crd_names(self.target)

    @property
    def retiring_kinds(self) -> frozenset[tuple[str, str]]:
        """(group, kind) of the source's kinds the target replaces: the old pool API, the per-workload kind,
        the InferenceModelRewrites (each when it moves)."""
        kinds = set()
        if self.pool_group_changes:
            kinds.add((self.old_pool_group, "InferencePool"))
        if self.workload_changes:
            kinds.add((self.old_workload.group, self.old_workload.kind))
        old, new = self.source.rewrite, self.target.rewrite
        if old is not None and old != new:
            kinds.add((old.group, old.kind))
        return frozenset(kinds)

    @property
    def retiring_crds(self) -> frozenset[str]:
        """The retired CRDs of :attr:`retiring_kinds`: the ones the cleanup deletes once none of their objects
        is left (a retired CRD of a kind that does not move, such as v1.0.2's unused v1alpha2 pool CRD, stays)."""
        return self.retired_crds & {f"{kind.lower()}s.{group}" for group, kind in self.retiring_kinds}

    @property
    def keeps_source_pool_crd(self) -> frozenset[str]:
        """The source's pool CRD when the target no longer installs it (v0.3.0 -> v1.5.0 and llm-d-router):
        it stays installed, never replaced, until the cleanup has deleted every old pool."""
        crd = f"inferencepools.{self.old_pool_group}"
        return frozenset({crd} & self.retired_crds) if self.pool_group_changes else frozenset()

    @property
    def guards_retired_crds(self) -> bool:
        """The cleanup checks that no object of a retired CRD is left before deleting it: on the paths that keep
        the source's CRDs installed or move the objectives between groups. (A target that still installs the old
        pool CRD deletes the CRDs the input carried right after the input's objects.)"""
        return bool(self.keeps_source_pool_crd) or (self.workload_changes and not self.pool_group_changes)

    @property
    def default_suffix(self) -> str:
        """The new pools' name suffix: ``-ga`` when the pools move to the v1 group (the seed's name), else the
        target's project (``-llm-d-router``) or, for a release without one, its version (``-v1-5``), since
        both pools live in one group."""
        if self.pool_group_changes:
            return "-ga"
        project = self.target.id.rpartition("/")[0]
        return f"-{project}" if project else f"-v{self.target.version.major}-{self.target.version.minor}"

    def stages(self, strategy: str, steps: Sequence[int]) -> list[Stage]:
        """The phases of ``strategy``, numbered, with ``steps`` (ascending, ending at 100) as traffic splits."""
        old, new = self.old_label, self.new_label
        workloads = self.source.workload_key if self.source.workload else "models"
        kept = (
            f" The {self.source.id} CRDs stay installed as they are ({', '.join(sorted(self.keeps_source_pool_crd))} "
            f"is not in {self.target.id}): the old stacks need them until the cleanup."
            if self.keeps_source_pool_crd
            else ""
        )
        retire = (
            f"Delete the {old} pools, {workloads}, endpoint pickers and, when nothing uses them, the "
            f"{self.source.id} CRDs."
        )
        if self.guards_retired_crds:
            retire += (
                f" Every {self.old_pool_group if self.pool_group_changes else self.old_workload.group} "
                f"{'pool and ' if self.pool_group_changes else ''}{self.old_workload.kind} is deleted, and checked "
                f"gone, before the retired CRDs ({', '.join(sorted(self.retiring_crds))}) are."
            )
        out: list[Stage] = []
        for kind in STRATEGIES[strategy]:
            number = f"{len(out) + 1:02d}"
            if kind == "side-by-side":
                out.append(
                    Stage(
                        kind,
                        f"{number}-side-by-side",
                        f"Phase {len(out) + 1}: {new} stack beside the {old} stack",
                        "Install the target release's CRDs, the "
                        f"{new} pools and their endpoint pickers, and the objectives. Traffic is unchanged." + kept,
                        0,
                    )
                )
            elif kind == "split":
                split_phase = len(out) + 1
                for step in steps[:-1]:
                    out.append(
                        Stage(
                            kind,
                            f"{len(out) + 1:02d}-split-{step}",
                            f"Phase {split_phase}: {step}% of traffic on {new}",
                            f"Routes send {step}% of each old pool's traffic to its {new} pool.",
                            step,
                        )
                    )
            elif kind == "cutover":
                out.append(
                    Stage(
                        kind,
                        f"{number}-cutover",
                        f"Phase {_title_number(out)}: all traffic on {new}",
                        f"Routes send all traffic to the {new} pools; the {old} stacks still run, for rollback.",
                        100,
                    )
                )
            elif kind == "cleanup":
                out.append(
                    Stage(kind, f"{number}-cleanup", f"Phase {_title_number(out)}: {old} stack removed", retire, 100)
                )
            elif kind == "remove-old":
                out.append(
                    Stage(
                        kind,
                        f"{number}-remove-old",
                        f"Step 1: remove the {old} stack (downtime starts)",
                        "Traffic to the migrated pools fails (HTTP 500) until step 2 is applied.",
                        None,
                        "starts: requests to the migrated pools fail until step 2's checks pass.",
                    )
                )
            else:
                out.append(
                    Stage(
                        kind,
                        f"{number}-install-new",
                        f"Step 2: install the {new} stack (downtime ends)",
                        f"Install the {self.target.id} CRDs and the {new} stack; routes point at the {new} pools.",
                        100,
                        f"ends once the {new} endpoint pickers have rolled out and the Gateway is programmed "
                        "(bounded by the rollout: minutes).",
                    )
                )
        return out


def _title_number(stages: Sequence[Stage]) -> int:
    """Phase numbers in titles count the split steps as one phase (the seed's "Phase 2")."""
    return len({s.kind for s in stages}) + 1


def _picker_images(objects: Sequence[Mapping[str, Any]]) -> set[str]:
    images = set()
    for obj in objects:
        if obj.get("kind") != "Deployment":
            continue
        pod = (((obj.get("spec") or {}).get("template") or {}).get("spec")) or {}
        images |= {str(c.get("image", "")) for c in pod.get("containers") or [] if isinstance(c, Mapping)}
    return images


def _version_labels(objects: Sequence[Mapping[str, Any]]) -> set[str]:
    return {
        str(((o.get("metadata") or {}).get("labels") or {}).get("app.kubernetes.io/version"))
        for o in objects
        if o.get("kind") == "InferencePool"
    }


def candidate_releases(objects: Sequence[Mapping[str, Any]]) -> list[Release]:
    """Deployable releases whose default pool API or per-workload kind the input's objects use, oldest first."""
    present = {(str(o.get("apiVersion", "")), o.get("kind")) for o in objects}
    out = []
    for release in RELEASES.values():
        workload = release.workload
        if workload is None or release.chart is None:
            continue
        if (release.pool_api_versions[0], "InferencePool") in present or (
            workload.api_version,
            workload.kind,
        ) in present:
            out.append(release)
    return out


def source_release(objects: Sequence[Mapping[str, Any]]) -> Release | None:
    """The release the input runs: among the releases whose pool API and per-workload kind it uses, the
    one whose endpoint picker image a Deployment runs, else the one its pools' ``app.kubernetes.io/version``
    label names, else the oldest (its metric names are the ones the alerts of such a stack read). None when
    the input holds no pool or workload object of a deployable release."""
    candidates = _narrowed(candidate_releases(objects), objects)
    if not candidates:
        return None
    images = _picker_images(objects)
    by_image = [r for r in candidates if r.image is not None and r.image.reference in images]
    if len(by_image) == 1:
        return by_image[0]
    labels = _version_labels(objects)
    by_label = [r for r in candidates if r.id.replace("/", "-") in labels]
    if len(by_label) == 1:
        return by_label[0]
    return candidates[0]


def _narrowed(candidates: list[Release], objects: Sequence[Mapping[str, Any]]) -> list[Release]:
    """Prefer the releases whose pool API *and* per-workload kind are both in the input."""
    present = {(str(o.get("apiVersion", "")), o.get("kind")) for o in objects}
    both = [
        r
        for r in candidates
        if r.workload is not None
        and (r.pool_api_versions[0], "InferencePool") in present
        and (r.workload.api_version, r.workload.kind) in present
    ]
    return both or candidates


def migration_path(source: str, target: str) -> MigrationPath:
    """The path from release ``source`` to release ``target``.

    :raises MigrationError: when no plan exists between them (the message says why and names the targets)
    """
    old, new = get_release(source), get_release(target)
    targets = supported_targets(source)
    if new.id not in targets:
        if new.order <= old.order:
            why = f"{new.id} is not newer than {old.id}"
        elif new.chart is None or new.workload is None:
            why = f"{new.id} ships CRDs only (no endpoint picker chart), so there is no stack to migrate to"
        elif old.workload is not None and not _moves(old, new):
            why = (
                f"{new.id} serves pools and {old.workload.kind}s in the same API groups as {old.id}, and objectives "
                "are keyed by name, so old and new stacks cannot run side by side; upgrade in place instead "
                f"(synthesize the stack with release {new.id} and apply it)"
            )
        else:
            why = f"{new.id} is not a release this version plans a migration to"
        raise MigrationError(
            f"to_release {new.id}: {why}; a migration from {old.id} can go to "
            + (", ".join(targets) if targets else "no release yet")
        )
    return MigrationPath(old, new)


def supported_targets(source: str) -> tuple[str, ...]:
    """Releases a plan from ``source`` can reach: newer, deployable, with a per-workload kind, and moving the
    pools to another API group or the per-workload kind to another API (so old and new stacks run side by
    side, each with its own objects, and routes can split between them)."""
    old = get_release(source)
    if old.workload is None or old.chart is None:
        return ()
    return tuple(
        r.id
        for r in RELEASES.values()
        if r.order > old.order and r.chart is not None and r.workload is not None and _moves(old, r)
    )


def every_target() -> tuple[str, ...]:
    """Every release some plan can reach, oldest first (the command line's ``--to-release`` choices)."""
    reachable = {t for r in RELEASES.values() for t in supported_targets(r.id)}
    return tuple(r for r in RELEASES if r in reachable)
