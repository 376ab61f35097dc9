"""Which migrations can be planned, and the phases each one takes, as data read from ``releases.py``.

A :class:`MigrationPath` pairs the release the input runs (found from the objects it holds) with the
target release, and says what moves between them: the pool API, the per-workload kind (InferenceModel
-> InferenceObjective), the CRDs only the source serves. A strategy is a sequence of :class:`Stage`
kinds (:data:`STRATEGIES`); the planner builds one complete desired state per stage. A new path is
new facts in the release table, plus, if it moves something no stage handles yet, a stage kind here
and its builder in ``plan.py``: no ``if release == ...``.
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
    def old_workload(self) -> ApiKind:
        assert self.source.workload is not None  # checked by migration_path
        return self.source.workload

    @property
    def new_workload(self) -> ApiKind:
        assert self.target.workload is not None  # checked by migration_path
        return self.target.workload

    @property
    def retired_crds(self) -> frozenset[str]:
        """CRDs the source installs and the target does not: the cleanup removes them once unused."""
        return _crd_names(self.source) - _crd_names(self.target)

    def stages(self, strategy: str, steps: Sequence[int]) -> list[Stage]:
        """The phases of ``strategy``, numbered, with ``steps`` (ascending, ending at 100) as traffic splits."""
        old, new = self.source.id, self.target.id
        out: list[Stage] = []
        for kind in STRATEGIES[strategy]:
            number = f"{len(out) + 1:02d}"
            if kind == "side-by-side":
                out.append(
                    Stage(
                        kind,
                        f"{number}-side-by-side",
                        f"Phase {len(out) + 1}: v1 stack beside the v1alpha2 stack",
                        "Install the target release's CRDs, the v1 pools and their endpoint pickers, and the "
                        "objectives. Traffic is unchanged.",
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
                            f"Phase {split_phase}: {step}% of traffic on v1",
                            f"Routes send {step}% of each old pool's traffic to its v1 pool.",
                            step,
                        )
                    )
            elif kind == "cutover":
                out.append(
                    Stage(
                        kind,
                        f"{number}-cutover",
                        f"Phase {_title_number(out)}: all traffic on v1",
                        "Routes send all traffic to the v1 pools; the v1alpha2 stacks still run, for rollback.",
                        100,
                    )
                )
            elif kind == "cleanup":
                out.append(
                    Stage(
                        kind,
                        f"{number}-cleanup",
                        f"Phase {_title_number(out)}: v1alpha2 stack removed",
                        "Delete the v1alpha2 pools, models, endpoint pickers and, when nothing uses them, the "
                        f"{old} CRDs.",
                        100,
                    )
                )
            elif kind == "remove-old":
                out.append(
                    Stage(
                        kind,
                        f"{number}-remove-old",
                        "Step 1: remove the v1alpha2 stack (downtime starts)",
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
                        "Step 2: install the v1 stack (downtime ends)",
                        f"Install the {new} CRDs and the v1 stack; routes point at the v1 pools.",
                        100,
                        "ends once the v1 endpoint pickers have rolled out and the Gateway is programmed "
                        "(bounded by the rollout: minutes).",
                    )
                )
        return out


def _title_number(stages: Sequence[Stage]) -> int:
    """Phase numbers in titles count the split steps as one phase (the seed's "Phase 2")."""
    return len({s.kind for s in stages}) + 1


def source_release(objects: Sequence[Mapping[str, Any]]) -> Release | None:
    """The newest release whose default pool API and per-workload kind are the input's old objects, or
    None when the input holds no pool or workload object that a newer release replaces."""
    present = {(str(o.get("apiVersion", "")), o.get("kind")) for o in objects}
    for release in reversed(list(RELEASES.values())):
        workload = release.workload
        if workload is None or release.chart is None:
            continue
        pool = (release.pool_api_versions[0], "InferencePool")
        if (pool in present or (workload.api_version, workload.kind) in present) and _replaced(release):
            return release
    return None


def _replaced(release: Release) -> bool:
    """A later release serves pools in another API group (so a side-by-side migration exists)."""
    return any(
        r.order > release.order
        and r.chart is not None
        and _group(r.pool_api_versions[0]) != _group(release.pool_api_versions[0])
        for r in RELEASES.values()
    )


def migration_path(source: str, target: str) -> MigrationPath:
    """The path from release ``source`` to release ``target``.

    :raises MigrationError: when no plan exists between them (the message says why and names the targets)
    """
    old, new = get_release(source), get_release(target)
    targets = supported_targets(source)
    if new.id not in targets:
        if new.order <= old.order:
            why = f"{new.id} is not newer than {old.id}"
        elif f"inferencepools.{_group(old.pool_api_versions[0])}" not in _crd_names(new):
            why = (
                f"{new.id} no longer installs the {old.pool_api_versions[0]} InferencePool CRD, so the old pools "
                "cannot run beside the new ones; that path is not planned yet"
            )
        else:
            why = f"{new.id} is not a release this version plans a migration to"
        raise MigrationError(
            f"to_release {new.id}: {why}; a migration from {old.id} can go to "
            + (", ".join(targets) if targets else "no release yet")
        )
    return MigrationPath(old, new)


def supported_targets(source: str) -> tuple[str, ...]:
    """Releases a plan from ``source`` can reach: newer, deployable, with a per-workload kind, serving pools
    in another API group and still installing the source's pool CRD, so old and new stacks run side by
    side and routes can split between them."""
    old = get_release(source)
    old_pool_crd = f"inferencepools.{_group(old.pool_api_versions[0])}"
    return tuple(
        r.id
        for r in RELEASES.values()
        if r.order > old.order
        and r.chart is not None
        and r.workload is not None
        and _group(r.pool_api_versions[0]) != _group(old.pool_api_versions[0])
        and old_pool_crd in _crd_names(r)
    )
