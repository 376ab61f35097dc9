"""A migration between releases as a plan of complete desired states, one per phase.

Input: the objects a cluster runs today (a previous ``dist/`` or hand-written YAML): v1alpha2
InferencePools with InferenceModels (release v0.3.0), or v1 InferencePools with
``inference.networking.x-k8s.io`` InferenceObjectives (GAIE v1.x). The source release is found from the
objects (:func:`~infergw.migration.paths.source_release`), the path to the target from the release table
(:mod:`infergw.migration.paths`). For each old pool the plan finds its endpoint picker, per-workload
objects, GKE policies and monitoring, and adds a pool stack of the target release beside it (same model
servers, new name), with the target's objectives converted from the old ones (and, where the target
serves InferenceModelRewrites, a rewrite for each weighted ``targetModels`` list). Readers of the picker's
metrics (HPAs, alert rules) are moved along: in the phases where both pickers run they read names both
serve, from the cleanup on the target's own names. Phases:

* zero-downtime: ``01-side-by-side`` (old and new stacks), one ``NN-split-<percent>`` per traffic
  step, ``NN-cutover`` (all traffic on the new pools), ``NN-cleanup`` (old stacks and, when unused, the
  source's CRDs removed);
* simple: ``01-remove-old`` (downtime starts), ``02-install-new`` (downtime ends).

Each phase directory is a complete desired state (an Argo CD Application pointed at it converges to
exactly that state), validated before anything is written; ``PLAN.md`` lists per phase what is
created, changed and deleted, how to verify it and how to roll back.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from infergw.argocd import APPLICATIONS_DIR, allow_prune, annotate, migration_application
from infergw.catalogue import check_release, inference_crds
from infergw.cluster import cluster_profile
from infergw.diff import Key, key_of
from infergw.migration.paths import (
    STRATEGIES,
    MigrationError,
    MigrationPath,
    StageKind,
    migration_path,
    source_release,
    supported_targets,
)
from infergw.migration.runbook import ArgoTarget, plan_markdown
from infergw.names import POOL_NAME
from infergw.output import KUSTOMIZATION, render_tree, write_tree
from infergw.refs import PoolRef
from infergw.releases import ALPHA_GROUP, POOL_V1, MetricNames, Release, get_release, serving
from infergw.render.model_rewrite import ModelRewriteProps, RewriteRule, RewriteTarget, render_model_rewrite
from infergw.render.pool import MAX_NAME, InferencePoolProps, render_pool_stack
from infergw.selectors import label_selector_matches, service_selects
from infergw.validation import ValidationOptions, validate_objects
from infergw.versions import GkeVersion, ships_inferencepool_v1

V1_GROUP = POOL_V1.split("/")[0]
#: The release of the v1alpha2 objects a migration starts from.
SOURCE_RELEASE = serving("InferenceModel")[-1].id

#: The newest release a plan from v0.3.0 reaches: the default target of a v0.3.0 input.
DEFAULT_TARGET = supported_targets(SOURCE_RELEASE)[-1]

#: Marks objects that belong to a migration phase (read by the shipped policies).
MIGRATION_ANNOTATION = "policy.infergw.dev/migration"

#: InferenceModel criticality -> InferenceObjective priority (higher is served first; requests with
#: no objective count as 0, so Sheddable goes below them, as it was shed first before).
DEFAULT_PRIORITIES: Mapping[str, int] = {"Critical": 2, "Standard": 1, "Sheddable": -1}


@dataclass(frozen=True)
class MigrationOptions:
    """How to migrate.

    :param to_release: target release, one of :func:`~infergw.migration.paths.supported_targets` of the
        input's release. default: the newest of them (llm-d-router/v0.10.0)
    :param gke_version: the cluster's GKE version (from 1.34.0-gke.1626000 GKE ships the v1 pool CRD). default: unknown
    :param strategy: zero-downtime or simple. default: zero-downtime
    :param steps: percentages of traffic on the new pools, ascending, ending at 100. default: 50, 100
    :param name_suffix: new pool name: the old one with ``-preview`` replaced by (or else followed by)
        this suffix. default: -ga when the pools move to the v1 group, else the target release
        (``-llm-d-router-v0-10``: both pools live in one group)
    :param priorities: criticality -> priority. default: :data:`DEFAULT_PRIORITIES`
    :param from_release: the release the input runs. default: found from the objects (the endpoint picker's
        image, else the pools' ``app.kubernetes.io/version``, else the oldest release serving its kinds)
    :param request_models: model names the runbook's checks request. default: the input's model names
        (InferenceModels), or the objectives' names (an InferenceObjective has no model name)
    """

    to_release: str | None = None
    gke_version: GkeVersion | None = None
    strategy: Literal["zero-downtime", "simple"] = "zero-downtime"
    steps: tuple[int, ...] = (50, 100)
    name_suffix: str | None = None
    priorities: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_PRIORITIES))
    from_release: str | None = None
    request_models: tuple[str, ...] = ()


@dataclass
class OldStack:
    """One old pool and everything that exists for it.

    :param models: its per-workload objects (InferenceModels or InferenceObjectives of the source release)
    :param rewrites: its InferenceModelRewrites
    :param collected: its picker's metrics are collected (a PodMonitoring or ClusterPodMonitoring selects it)
    """

    pool: dict[str, Any]
    new_name: str
    members: list[dict[str, Any]]  # pool, EPP objects, models, policies, monitoring
    models: list[dict[str, Any]]
    provider: str
    rewrites: list[dict[str, Any]] = field(default_factory=list)
    collected: bool = False

    @property
    def namespace(self) -> str:
        return self.pool["metadata"].get("namespace") or ""

    @property
    def name(self) -> str:
        return str(self.pool["metadata"]["name"])


@dataclass
class Phase:
    """One complete desired state.

    :param v1_share: percent of the migrated traffic on the new pools; None while no pool serves it
    :param downtime: what the phase costs in availability; None for nothing
    """

    directory: str
    title: str
    objects: list[dict[str, Any]]
    purpose: str
    v1_share: int | None = 0
    downtime: str | None = None


@dataclass
class MigrationPlan:
    """The phases, the warnings about behaviour that changes, and what the last phase deletes."""

    options: MigrationOptions
    stacks: list[OldStack]
    phases: list[Phase]
    warnings: list[str]
    current: list[dict[str, Any]]  # the input: what runs before the first phase
    path: MigrationPath | None = None  # the releases migrated between
    #: where the input came from, for the rollback of a phase that changes it (the CLI's ``--from``)
    source: str | None = None
    #: the Argo CD Application that moves through the phases, when one is written (:meth:`use_argocd`)
    argocd: ArgoTarget | None = None
    argocd_application: dict[str, Any] | None = None

    def use_argocd(self, repo_url: str, path_prefix: str, name: str = "infergw-migration") -> None:
        """Write one Argo CD Application (``argocd/``) whose source path PLAN.md advances phase by phase.

        :raises ValueError: when ``repo_url`` is empty
        """
        app = migration_application(
            name, repo_url=repo_url, path=f"{path_prefix.rstrip('/')}/{self.phases[0].directory}"
        )
        self.argocd_application = app
        self.argocd = ArgoTarget(name, path_prefix, f"{APPLICATIONS_DIR}/application-{name}.yaml")

    def files(self) -> dict[str, str]:
        """Every phase directory (objects and kustomization.yaml), PLAN.md and the Argo CD Application."""
        files: dict[str, str] = {}
        for phase in self.phases:
            tree = render_tree({phase.directory: phase.objects})
            files |= {path: text for path, text in tree.items() if path != KUSTOMIZATION}
        if self.argocd_application is not None:
            tree = render_tree({APPLICATIONS_DIR: [self.argocd_application]})
            files |= {path: text for path, text in tree.items() if path != KUSTOMIZATION}
        files["PLAN.md"] = plan_markdown(self)
        return files

    def write(self, outdir: Path | str) -> dict[str, str]:
        """Replace ``outdir`` with the plan atomically."""
        files = self.files()
        write_tree(files, outdir)
        return files


def _group(obj: Mapping[str, Any]) -> str:
    return str(obj.get("apiVersion", "")).rpartition("/")[0]


def _ns(obj: Mapping[str, Any]) -> str:
    return (obj.get("metadata") or {}).get("namespace") or ""


def _is(obj: Mapping[str, Any], group: str, kind: str) -> bool:
    return _group(obj) == group and obj.get("kind") == kind


def new_pool_name(old: str, suffix: str) -> str:
    """``x-preview`` -> ``x-ga``; ``x`` -> ``x-ga``."""
    return old.removesuffix("-preview") + suffix


def _same_ns(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    return not _ns(a) or not _ns(b) or _ns(a) == _ns(b)


# The two shapes of an InferencePool's spec (v1alpha2 and v1), read by what they hold, not by release.


def _picker_ref(pool: Mapping[str, Any]) -> Mapping[str, Any]:
    """``spec.endpointPickerRef`` (v1) or ``spec.extensionRef`` (v1alpha2)."""
    spec = pool.get("spec") or {}
    return spec.get("endpointPickerRef") or spec.get("extensionRef") or {}


def _picker_field(pool: Mapping[str, Any]) -> str:
    return "endpointPickerRef" if "endpointPickerRef" in (pool.get("spec") or {}) else "extensionRef"


def _pool_selector(pool: Mapping[str, Any]) -> dict[str, str]:
    """The model-server labels: ``spec.selector.matchLabels`` (v1) or the flat ``spec.selector`` (v1alpha2)."""
    selector = (pool.get("spec") or {}).get("selector") or {}
    return dict(selector["matchLabels"] if isinstance(selector.get("matchLabels"), Mapping) else selector)


def _pool_ports(pool: Mapping[str, Any]) -> tuple[int, ...]:
    """``spec.targetPorts[].number`` (v1) or ``spec.targetPortNumber`` (v1alpha2)."""
    spec = pool.get("spec") or {}
    ports = tuple(int(p["number"]) for p in spec.get("targetPorts") or [] if isinstance(p, Mapping) and "number" in p)
    return ports or (int(spec.get("targetPortNumber", 8000)),)


def _refers_to(obj: Mapping[str, Any], pool: Mapping[str, Any], group: str) -> bool:
    """``obj``'s ``spec.poolRef`` names ``pool`` (a poolRef without a group means the pool's own)."""
    ref = (obj.get("spec") or {}).get("poolRef") or {}
    return ref.get("name") == pool["metadata"]["name"] and ref.get("group", group) == group and _same_ns(obj, pool)


def _collector_members(monitoring: Sequence[dict[str, Any]], objects: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """The token Secrets PodMonitorings authenticate with, their ServiceAccounts and the RBAC naming either."""
    secrets = {
        (_ns(m), str(((e.get("authorization") or {}).get("credentials") or {}).get("secret", {}).get("name")))
        for m in monitoring
        for e in (m.get("spec") or {}).get("endpoints") or []
        if isinstance(e, Mapping)
    }
    found = [o for o in objects if o.get("kind") == "Secret" and (_ns(o), o["metadata"]["name"]) in secrets]
    accounts = {
        (_ns(s), ((s["metadata"].get("annotations") or {}).get("kubernetes.io/service-account.name"))) for s in found
    }
    secret_names = {s["metadata"]["name"] for s in found}
    found += [o for o in objects if o.get("kind") == "ServiceAccount" and (_ns(o), o["metadata"]["name"]) in accounts]
    account_names = {name for _, name in accounts}
    roles = {
        (o.get("kind"), _ns(o), o["metadata"]["name"])
        for o in objects
        if o.get("kind") in ("Role", "ClusterRole")
        and any(set(r.get("resourceNames") or []) & secret_names for r in o.get("rules") or [])
    }
    for binding in (o for o in objects if o.get("kind") in ("RoleBinding", "ClusterRoleBinding")):
        role = binding.get("roleRef") or {}
        role_key = (role.get("kind"), _ns(binding) if role.get("kind") == "Role" else "", role.get("name"))
        if role_key in roles or any(
            s.get("kind") == "ServiceAccount" and s.get("name") in account_names for s in binding.get("subjects") or []
        ):
            found.append(binding)
            found += [
                r
                for r in objects
                if r.get("kind") == role.get("kind")
                and r["metadata"]["name"] == role.get("name")
                and (role.get("kind") == "ClusterRole" or _ns(r) == _ns(binding))
            ]
    found += [o for o in objects if (o.get("kind"), _ns(o), o["metadata"]["name"]) in roles]
    unique: list[dict[str, Any]] = []
    for obj in found:
        if all(obj is not u for u in unique):
            unique.append(obj)
    return unique


def find_old_stacks(
    objects: Sequence[dict[str, Any]], options: MigrationOptions, path: MigrationPath | None = None
) -> list[OldStack]:
    """Every old pool with its endpoint picker, per-workload objects, rewrites, policies and monitoring."""
    path = path or migration_path(SOURCE_RELEASE, DEFAULT_TARGET)
    suffix = options.name_suffix if options.name_suffix is not None else path.default_suffix
    pool_group, workload, rewrite = path.old_pool_group, path.old_workload, path.source.rewrite
    stacks = []
    for pool in (o for o in objects if o.get("apiVersion") == path.old_pool_api and o.get("kind") == "InferencePool"):
        name = pool["metadata"]["name"]
        where = f"InferencePool {_ns(pool) + '/' if _ns(pool) else ''}{name}"
        epp_name = _picker_ref(pool).get("name")
        service = next(
            (
                o
                for o in objects
                if _is(o, "", "Service") and o["metadata"].get("name") == epp_name and _same_ns(o, pool)
            ),
            None,
        )
        if service is None:
            raise MigrationError(
                f"{where}: its endpoint picker Service {epp_name!r} (spec.{_picker_field(pool)}.name) is not in the "
                "input; add the endpoint picker's manifests to the input directory"
            )
        selector = (service.get("spec") or {}).get("selector") or {}
        deployments = [
            o
            for o in objects
            if _is(o, "apps", "Deployment")
            and _same_ns(o, pool)
            and service_selects(
                selector, ((o.get("spec") or {}).get("template") or {}).get("metadata", {}).get("labels") or {}
            )
        ]
        if not deployments:
            raise MigrationError(
                f"{where}: no Deployment matches its endpoint picker Service {epp_name!r} (selector {selector}); add "
                "it to the input"
            )
        members = [pool, service, *deployments]
        accounts = {d["spec"]["template"]["spec"].get("serviceAccountName") for d in deployments} - {None}
        config_maps = {
            v["configMap"]["name"]
            for d in deployments
            for v in d["spec"]["template"]["spec"].get("volumes", [])
            if "configMap" in v
        }
        for obj in objects:
            kind = obj.get("kind")
            if (kind == "ServiceAccount" and obj["metadata"]["name"] in accounts and _same_ns(obj, pool)) or (
                kind == "ConfigMap" and obj["metadata"]["name"] in config_maps and _same_ns(obj, pool)
            ):
                members.append(obj)
            elif kind in ("RoleBinding", "ClusterRoleBinding") and any(
                s.get("kind") == "ServiceAccount" and s.get("name") in accounts for s in obj.get("subjects") or []
            ):
                members.append(obj)
                role = obj.get("roleRef") or {}
                members.extend(
                    r
                    for r in objects
                    if r.get("kind") == role.get("kind")
                    and r["metadata"]["name"] == role.get("name")
                    and r not in members
                )
        models = [o for o in objects if _is(o, workload.group, workload.kind) and _refers_to(o, pool, pool_group)]
        rewrites = (
            [o for o in objects if _is(o, rewrite.group, rewrite.kind) and _refers_to(o, pool, pool_group)]
            if rewrite is not None and rewrite != path.target.rewrite
            else []
        )
        policies = [
            o
            for o in objects
            if _group(o) == "networking.gke.io"
            and o.get("kind") in ("HealthCheckPolicy", "GCPBackendPolicy")
            and (o.get("spec") or {}).get("targetRef", {}).get("name") == name
            and (o.get("spec") or {}).get("targetRef", {}).get("group") == pool_group
        ]
        epp_labels = [
            ((d.get("spec") or {}).get("template") or {}).get("metadata", {}).get("labels") or {} for d in deployments
        ]
        monitoring = [
            o
            for o in objects
            if _group(o) == "monitoring.googleapis.com"
            and o.get("kind") in ("PodMonitoring", "ClusterPodMonitoring")
            and any(
                label_selector_matches((o.get("spec") or {}).get("selector") or {}, labels) is True
                for labels in epp_labels
            )
        ]
        # Only a PodMonitoring's reader objects are the stack's own (v1.0.2 on); the v0.3.0 chart's
        # ClusterPodMonitoring reads a Secret shared by every pool.
        readers = _collector_members([m for m in monitoring if m.get("kind") == "PodMonitoring"], objects)
        members.extend(m for m in [*models, *rewrites, *policies, *monitoring, *readers] if m not in members)
        stacks.append(
            OldStack(
                pool,
                new_pool_name(name, suffix),
                members,
                models,
                "gke" if policies else "none",
                rewrites,
                collected=bool(monitoring),
            )
        )
    return stacks


def _old_pool(
    ref: Mapping[str, Any], route: Mapping[str, Any], stacks: Sequence[OldStack], group: str = ALPHA_GROUP
) -> OldStack | None:
    """The old stack a backendRef points at (objects without a namespace match any namespace)."""
    if ref.get("group") != group or ref.get("kind") != "InferencePool":
        return None
    namespace = ref.get("namespace") or _ns(route)
    return next(
        (
            s
            for s in stacks
            if s.name == ref.get("name") and (not namespace or not s.namespace or s.namespace == namespace)
        ),
        None,
    )


def _check_routes(objects: Sequence[dict[str, Any]], stacks: Sequence[OldStack], path: MigrationPath) -> None:
    group = path.old_pool_group
    if not path.pool_group_changes:
        return  # a v1 pool not in the input is another team's: the plan leaves its routes alone
    for route in (o for o in objects if _is(o, "gateway.networking.k8s.io", "HTTPRoute")):
        for rule in (route.get("spec") or {}).get("rules") or []:
            for ref in rule.get("backendRefs") or []:
                if (
                    ref.get("group") == group
                    and ref.get("kind") == "InferencePool"
                    and _old_pool(ref, route, stacks, group) is None
                ):
                    raise MigrationError(
                        f"HTTPRoute {route['metadata']['name']}: routes to InferencePool {ref['name']} "
                        f"({group}), "
                        "which is not in the input; add the pool's manifests or remove the reference"
                    )


def convert_models(
    stack: OldStack,
    priorities: Mapping[str, int],
    objective_api: str,
    pool_group: str = V1_GROUP,
    rewrite_release: Release | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """InferenceObjectives (``objective_api``) for the new pool, and a warning for what does not carry over.

    With ``rewrite_release`` (a target serving InferenceModelRewrites) a model's weighted ``targetModels``
    become a rewrite of its ``modelName`` on the new pool instead of a warning.
    """
    objectives, warnings = [], []
    for model in stack.models:
        spec = model.get("spec") or {}
        name = model["metadata"]["name"]
        meta = {"name": name} | ({"namespace": _ns(model)} if _ns(model) else {})
        if model.get("kind") == "InferenceObjective":  # an objective moving to another API group: same spec
            objective_spec = copy.deepcopy(dict(spec))
            objective_spec["poolRef"] = {
                k: v for k, v in (spec.get("poolRef") or {}).items() if k not in ("name", "group")
            } | {"group": pool_group, "name": stack.new_name}
            labels = (model.get("metadata") or {}).get("labels")
            objectives.append(
                {
                    "apiVersion": objective_api,
                    "kind": "InferenceObjective",
                    "metadata": meta | ({"labels": dict(labels)} if labels else {}),
                    "spec": objective_spec,
                }
            )
            continue
        objective_spec = {"poolRef": {"group": pool_group, "name": stack.new_name}}
        criticality = spec.get("criticality")
        if criticality is None and "Standard" in priorities:
            # v0.3.0 lets consumers treat an unset criticality as Standard; v1 treats an unset priority as 0.
            objective_spec["priority"] = priorities["Standard"]
            warnings.append(
                f"InferenceModel {name}: no criticality, taken as Standard (priority {priorities['Standard']}), "
                "as the v0.3.0 API allows; set the objective's priority if it should rank differently."
            )
        elif criticality is not None:
            if criticality not in priorities:
                raise MigrationError(
                    f"InferenceModel {name}: no priority for criticality {criticality!r}; add it to the priority "
                    "mapping (--priority on the command line, MigrationOptions.priorities in Python)"
                )
            objective_spec["priority"] = priorities[criticality]
        objectives.append(
            {"apiVersion": objective_api, "kind": "InferenceObjective", "metadata": meta, "spec": objective_spec}
        )
        if spec.get("modelName") and spec["modelName"] != name:
            warnings.append(
                f"InferenceModel {name}: modelName {spec['modelName']!r} does not carry over. In v1 an "
                "InferenceObjective has no "
                "model name: requests are no longer matched to it by the model in their body. Have clients name the "
                "objective "
                "(its name is the key), or keep the model served under the same name."
            )
        if spec.get("targetModels"):
            split = ", ".join(
                f"{t.get('name')}: {t.get('weight', 'equal')}" for t in spec["targetModels"] if isinstance(t, dict)
            )
            if rewrite_release is not None and rewrite_release.rewrite is not None:
                pool = PoolRef(
                    rewrite_release.pool_api_versions[0],
                    "InferencePool",
                    stack.new_name,
                    stack.namespace or None,
                    release=rewrite_release.id,
                )
                rule = RewriteRule(
                    targets=tuple(
                        RewriteTarget(str(t["name"]), t.get("weight"))
                        for t in spec["targetModels"]
                        if isinstance(t, dict)
                    ),
                    matches=(str(spec.get("modelName") or name),),
                )
                objectives.append(render_model_rewrite(name, pool, ModelRewriteProps(rules=(rule,))))
                warnings.append(
                    f"InferenceModel {name}: targetModels ({split}) carry over as InferenceModelRewrite {name} "
                    f"({rewrite_release.rewrite.group}) of {stack.new_name}: requests for "
                    f"{spec.get('modelName') or name!r} are split between the same models, with the same weights."
                )
            else:
                warnings.append(
                    f"InferenceModel {name}: targetModels ({split}) have no InferenceObjective equivalent; the pool no "
                    "longer "
                    "rewrites or splits requests between model names. Serve the target models under the requested "
                    "name, or "
                    "split with HTTPRoute rules on separate pools."
                )
    return objectives, warnings


def convert_rewrites(stack: OldStack, release: Release, pool_group: str) -> list[dict[str, Any]]:
    """The old pool's InferenceModelRewrites in ``release``'s kind and rule field, for the new pool."""
    kind, field_name = release.rewrite, release.rewrite_targets_field
    if kind is None or field_name is None:
        return []
    out = []
    for rewrite in stack.rewrites:
        spec = copy.deepcopy(dict(rewrite.get("spec") or {}))
        rules = []
        for rule in spec.get("rules") or []:
            targets = rule.get("targets", rule.get("split", []))
            rules.append({k: v for k, v in rule.items() if k not in ("targets", "split")} | {field_name: targets})
        spec["rules"] = rules
        spec["poolRef"] = {"group": pool_group, "kind": "InferencePool", "name": stack.new_name}
        meta = {"name": rewrite["metadata"]["name"]} | ({"namespace": _ns(rewrite)} if _ns(rewrite) else {})
        out.append({"apiVersion": kind.api_version, "kind": kind.kind, "metadata": meta, "spec": spec})
    return out


def _rewrite_routes(
    objects: list[dict[str, Any]],
    stacks: Sequence[OldStack],
    percent: int | None,
    old_group: str = ALPHA_GROUP,
    new_group: str = V1_GROUP,
) -> list[dict[str, Any]]:
    """Route every reference to an old pool: ``percent`` of its weight to the new pool, the rest to the old one.

    ``None`` removes the old references without adding new ones (the simple strategy's first phase).
    """
    out = []
    for obj in objects:
        if not _is(obj, "gateway.networking.k8s.io", "HTTPRoute"):
            out.append(obj)
            continue
        route = copy.deepcopy(obj)
        for rule in (route.get("spec") or {}).get("rules") or []:
            refs = []
            for ref in rule.get("backendRefs") or []:
                stack = _old_pool(ref, route, stacks, old_group)
                if stack is None:
                    refs.append(ref)
                    continue
                if percent is None:
                    continue
                weight = ref.get("weight", 1)
                if percent < 100:
                    refs.append({**ref, "weight": weight * (100 - percent)})
                new_ref = {k: v for k, v in ref.items() if k != "weight"} | {"group": new_group, "name": stack.new_name}
                new_ref["weight"] = weight * percent
                refs.append(new_ref)
            if "backendRefs" in rule:
                rule["backendRefs"] = refs
        out.append(route)
    return out


# --- readers of the picker's metrics: HPAs and alert rules ---------------------------------------------

_METRIC_FIELDS = ("request_duration", "request_errors", "requests", "pool_queue_size", "pool_kv_cache_utilization")
_RULE_KINDS = {
    ("monitoring.googleapis.com", "Rules"),
    ("monitoring.googleapis.com", "ClusterRules"),
    ("monitoring.googleapis.com", "GlobalRules"),
    ("monitoring.coreos.com", "PrometheusRule"),
}
_SERIES_SUFFIX = "(_bucket|_sum|_count)?"


def _served(metrics: MetricNames | None, field_name: str) -> set[str]:
    """Names the picker serves for ``field_name``: its own and its deprecated aliases."""
    names = set()
    while metrics is not None:
        names.add(str(getattr(metrics, field_name)))
        metrics = metrics.deprecated_aliases
    return names


def _rename_in_expr(expr: str, old: str, replacement: str) -> str:
    """Replace the series ``old`` (with any histogram suffix) in a PromQL expression by ``replacement``, a
    name or a ``{__name__=~"a|b"}`` selector (merged with the series' own label matchers)."""
    pattern = re.compile(rf"(?<![A-Za-z0-9_:]){re.escape(old)}{_SERIES_SUFFIX}(?![A-Za-z0-9_:])(\{{)?")

    def substitute(match: re.Match[str]) -> str:
        suffix, brace = match.group(1) or "", match.group(2)
        if not replacement.startswith("{"):
            return replacement + suffix + (brace or "")
        names = "|".join(n + suffix for n in replacement[1:-1].split("|"))
        return '{__name__=~"' + names + '"' + (", " if brace else "}")

    out = pattern.sub(substitute, expr)
    return out.replace(", }", "}")


def _both_pickers(path: MigrationPath) -> dict[str, str]:
    """Source metric name -> what reads it from both pickers: unchanged where the target serves the name
    too (its own or a deprecated alias), else a selector of the old and the new name."""
    out = {}
    for field_name in _METRIC_FIELDS:
        old = str(getattr(path.source.metrics, field_name))
        if old in _served(path.target.metrics, field_name):
            continue
        new = str(getattr(path.target.metrics, field_name))
        out[old] = "{" + old + "|" + new + "}"
    return out


def _target_names(path: MigrationPath) -> dict[str, str]:
    """Source metric name -> the target's own name (after the cleanup only the new pickers remain)."""
    return {
        str(getattr(path.source.metrics, f)): str(getattr(path.target.metrics, f))
        for f in _METRIC_FIELDS
        if getattr(path.source.metrics, f) != getattr(path.target.metrics, f)
    }


def metric_readers(objects: Sequence[Mapping[str, Any]], path: MigrationPath) -> list[Mapping[str, Any]]:
    """HPAs and rule objects that read a metric of the source's endpoint picker."""
    if path.source.metrics is None:
        return []
    names = [str(getattr(path.source.metrics, f)) for f in _METRIC_FIELDS]
    out = []
    for obj in objects:
        if (_group(obj), obj.get("kind")) in _RULE_KINDS or obj.get("kind") == "HorizontalPodAutoscaler":
            text = repr(obj.get("spec"))
            if any(re.search(rf"(?<![A-Za-z0-9_:]){re.escape(n)}", text) for n in names):
                out.append(obj)
    return out


def _move_readers(
    objects: Sequence[dict[str, Any]], path: MigrationPath, stacks: Sequence[OldStack], mode: Literal["both", "new"]
) -> list[dict[str, Any]]:
    """``objects`` with their metric readers moved: ``both`` pickers running, or only the ``new`` ones."""
    if path.source.metrics is None or path.target.metrics is None:
        return list(objects)
    readers = {id(o) for o in metric_readers(objects, path)}
    names = _both_pickers(path) if mode == "both" else _target_names(path)
    pool_label = path.source.metrics.pool_label
    pools = {(s.namespace, s.name): s.new_name for s in stacks}
    out = []
    for obj in objects:
        if id(obj) not in readers:
            out.append(obj)
            continue
        obj = copy.deepcopy(obj)
        if obj.get("kind") == "HorizontalPodAutoscaler":
            if mode == "new":  # an HPA reads one series: it moves with its pool, once the old picker is gone
                for metric in (obj.get("spec") or {}).get("metrics") or []:
                    source = metric.get("external") or metric.get("object") or {}
                    target = source.get("metric") or {}
                    for old, new in names.items():
                        target["name"] = re.sub(
                            rf"(?<![A-Za-z0-9_:]){re.escape(old)}(?![A-Za-z0-9_:])", new, str(target.get("name", ""))
                        )
                    labels = (target.get("selector") or {}).get("matchLabels") or {}
                    for key, value in list(labels.items()):
                        if key.rpartition(".")[2] == pool_label:
                            namespace = labels.get("resource.labels.namespace") or _ns(obj)
                            labels[key] = pools.get((namespace, value)) or pools.get(("", value)) or value
        else:
            for group in (obj.get("spec") or {}).get("groups") or []:
                for rule in group.get("rules") or []:
                    expr = str(rule.get("expr", ""))
                    for old, new in names.items():
                        expr = _rename_in_expr(expr, old, new)
                    if mode == "new":
                        for (_, old_pool), new_pool in pools.items():
                            expr = expr.replace(f'{pool_label}="{old_pool}"', f'{pool_label}="{new_pool}"')
                    if "expr" in rule:
                        rule["expr"] = expr
        out.append(obj)
    return out


def _reader_warnings(
    objects: Sequence[Mapping[str, Any]], path: MigrationPath, cleanup: str, side_by_side: bool
) -> list[str]:
    """What happens to each metric reader, phase by phase, and when the deprecated names it relies on go.

    :param cleanup: the phase that moves the readers to the target's names
    :param side_by_side: old and new pickers run together before it (zero-downtime)
    """
    if path.source.metrics is None or path.target.metrics is None:
        return []
    aliases = {
        str(getattr(path.source.metrics, f)): str(getattr(path.target.metrics, f))
        for f in _METRIC_FIELDS
        if getattr(path.source.metrics, f) in _served(path.target.metrics.deprecated_aliases, f)
    }
    both = _both_pickers(path)
    out = []
    for reader in metric_readers(objects, path):
        text = repr(reader.get("spec"))
        used = [n for n in (*aliases, *both) if re.search(rf"(?<![A-Za-z0-9_:]){re.escape(n)}", text)]
        label = f"{reader.get('kind')} {_ns(reader) + '/' if _ns(reader) else ''}{reader['metadata']['name']}"
        parts = []
        for name in used:
            if name in aliases:
                parts.append(
                    f"{name} is served by {path.target.id} only as a deprecated alias of {aliases[name]}"
                    + (", so it keeps reading both endpoint pickers until the cleanup" if side_by_side else "")
                )
            else:
                parts.append(
                    f"{name} is not served by {path.target.id} (it serves {both[name][1:-1].split('|')[1]})"
                    + (": until the cleanup it reads both names" if side_by_side else "")
                )
        if used:
            out.append(
                f"{label} reads the endpoint picker's metrics: "
                + "; ".join(parts)
                + f". {cleanup} moves it to {path.target.id}'s own names"
                + (" and the new pools" if reader.get("kind") == "HorizontalPodAutoscaler" else "")
                + (
                    ", so nothing depends on the deprecated aliases, which the release notes say will be removed "
                    "(no release named yet)."
                    if aliases
                    else "."
                )
            )
    return out


def _replace(base: list[dict[str, Any]], additions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``base`` with ``additions`` added, an addition replacing a base object of the same key."""
    keys = {key_of(o) for o in additions}
    return [o for o in base if key_of(o) not in keys] + list(additions)


def _without(objects: Sequence[dict[str, Any]], removed: set[Key]) -> list[dict[str, Any]]:
    return [o for o in objects if key_of(o) not in removed]


def _unused_old_crds(objects: Sequence[dict[str, Any]], path: MigrationPath) -> set[Key]:
    """CRDs of the old pool and workload kinds in ``objects`` that no remaining object uses."""
    retiring = path.retiring_kinds
    used = {(_group(o), o.get("kind")) for o in objects}
    return {
        key_of(o)
        for o in objects
        if o.get("kind") == "CustomResourceDefinition"
        and ((o.get("spec") or {}).get("group"), o["spec"]["names"]["kind"]) in retiring
        and ((o.get("spec") or {}).get("group"), o["spec"]["names"]["kind"]) not in used
    }


def _check_steps(steps: Sequence[int]) -> None:
    if not steps or list(steps) != sorted(set(steps)) or steps[-1] != 100 or steps[0] <= 0:
        raise MigrationError(
            f"steps {','.join(map(str, steps)) or '(none)'}: give increasing percentages of traffic on v1 that end at "
            "100, e.g. 10,50,100"
        )


#: Fields a live cluster adds (``kubectl get -o yaml``) that no desired state should carry.
_SERVER_METADATA = ("resourceVersion", "uid", "creationTimestamp", "generation", "managedFields", "selfLink")
_LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration"


def _without_server_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """``obj`` without status and server-set metadata, so exported live objects can be the input."""
    obj.pop("status", None)
    meta = obj.get("metadata")
    if isinstance(meta, dict):
        for name in _SERVER_METADATA:
            meta.pop(name, None)
        annotations = meta.get("annotations")
        if isinstance(annotations, dict):
            annotations.pop(_LAST_APPLIED, None)
            if not annotations:
                del meta["annotations"]
    return obj


def _check_old_objects(objects: Sequence[dict[str, Any]], source: Release) -> None:
    """The old pools and per-workload objects must be valid objects of the source release before they can be
    converted."""
    assert source.workload is not None
    kinds = {(source.pool_api_versions[0], "InferencePool"), (source.workload.api_version, source.workload.kind)}
    old = [o for o in objects if (o.get("apiVersion"), o.get("kind")) in kinds]
    items = [(f"{o.get('kind')} {(o.get('metadata') or {}).get('name')}", o) for o in old]
    findings = validate_objects(items, ValidationOptions(inference_release=source.id, allow_external_refs=True))
    errors = [
        f"{f.file}: {f.path or '(object)'}: {f.message}"
        for f in findings
        if f.severity == "error" and not f.rule.startswith("reference/")
    ]
    if errors:
        label = source.pool_api_versions[0].rpartition("/")[2]
        raise MigrationError(
            f"the input's {label} objects are invalid, so they cannot be converted; fix them first:\n  "
            + "\n  ".join(errors[:20])
        )


def _check_new_names(stacks: Sequence[OldStack], suffix: str, path: MigrationPath) -> None:
    for stack in stacks:
        if stack.new_name == stack.name:
            raise MigrationError(
                f"InferencePool {stack.name}: suffix {suffix!r} gives the {path.new_label} pool the same name; choose "
                f"a suffix such as {path.default_suffix}"
            )
        if not POOL_NAME.match(stack.new_name):
            raise MigrationError(
                f"InferencePool {stack.name}: suffix {suffix!r} gives the {path.new_label} pool the name "
                f"{stack.new_name!r}, which "
                "is not a "
                f"lower-case RFC 1035 label of at most {MAX_NAME} characters; choose a shorter suffix of lower-case "
                "letters, digits and '-'"
            )


def _check_orphan_models(objects: Sequence[dict[str, Any]], stacks: Sequence[OldStack], path: MigrationPath) -> None:
    """A model whose pool is not in the input would survive every phase with nothing to serve it."""
    workload = path.old_workload
    if not path.pool_group_changes:
        return  # an objective of a v1 pool not in the input stays as it is (its pool is not migrated)
    placed = {id(m) for s in stacks for m in s.models}
    for model in (o for o in objects if _is(o, workload.group, workload.kind) and id(o) not in placed):
        pool = ((model.get("spec") or {}).get("poolRef") or {}).get("name")
        raise MigrationError(
            f"{workload.kind} {_ns(model) + '/' if _ns(model) else ''}{model['metadata']['name']}: its poolRef names "
            "InferencePool "
            f"{pool!r}, which is not in the input (in its namespace); add the pool's manifests or remove the model"
        )


def _carry_failure_mode(stack: OldStack, rendered: Sequence[dict[str, Any]], pool_api: str) -> None:
    """The old pool's picker ``failureMode``, when set, on the new pool's ``endpointPickerRef``
    (the target chart may write none, and the v1 default FailClose would turn a FailOpen pool strict)."""
    mode = _picker_ref(stack.pool).get("failureMode")
    for pool in rendered:
        if mode and pool.get("apiVersion") == pool_api and pool.get("kind") == "InferencePool":
            pool["spec"].setdefault("endpointPickerRef", {})["failureMode"] = mode


def _picker_differences(stack: OldStack, props: InferencePoolProps, path: MigrationPath) -> list[str]:
    """What the old endpoint picker Deployment ran that the new one, rendered from the target chart's
    defaults, does not (so it is said, not dropped silently)."""
    notes = []
    for deployment in (m for m in stack.members if m.get("kind") == "Deployment"):
        replicas = (deployment.get("spec") or {}).get("replicas", 1)
        if isinstance(replicas, int) and replicas > props.replicas:
            notes.append(
                f"Deployment {deployment['metadata']['name']}: the {path.old_label} endpoint picker runs {replicas} "
                f"replicas, the {path.new_label} one {stack.new_name}-epp {props.replicas}; scale it (replicas in "
                "infergw.yaml) before the routes move if it carried that load."
            )
    return notes


def _objective_api(release: str) -> str:
    workload = get_release(release).workload
    if workload is None or workload.kind != "InferenceObjective":
        raise MigrationError(f"release {release} serves no InferenceObjective to convert the models to")
    return workload.api_version


def _source_crds(objects: Sequence[Mapping[str, Any]], path: MigrationPath) -> list[dict[str, Any]]:
    """The source's CRDs that the target retires and the input does not carry, on the paths whose target
    lacks them (:attr:`~infergw.migration.paths.MigrationPath.guards_retired_crds`). The cluster has them
    (its old pools and models need them), so every phase up to the cleanup keeps them as the source release
    ships them, the cleanup deletes them once none of their objects is left, and its rollback (the phase
    before) puts them back."""
    if not path.guards_retired_crds:
        return []
    carried = {(o.get("metadata") or {}).get("name") for o in objects if o.get("kind") == "CustomResourceDefinition"}
    return [
        _without_server_fields(crd)
        for crd in inference_crds(path.source.id, include_alpha_pool=True)
        if crd["metadata"]["name"] in path.retiring_crds and crd["metadata"]["name"] not in carried
    ]


def _target_crds(
    objects: Sequence[Mapping[str, Any]], path: MigrationPath, options: MigrationOptions
) -> list[dict[str, Any]]:
    """The target's CRDs for the cluster, plus the target's version of a CRD GKE would ship that the input
    carries itself (applied by hand, so GKE does not manage it, and the new pools need the target's schema)."""
    crds = inference_crds(path.target.id, options.gke_version)
    names = {c["metadata"]["name"] for c in crds}
    carried = {(o.get("metadata") or {}).get("name") for o in objects if o.get("kind") == "CustomResourceDefinition"}
    return crds + [
        c
        for c in inference_crds(path.target.id)
        if c["metadata"]["name"] not in names and c["metadata"]["name"] in carried
    ]


def _resolve(objects: Sequence[dict[str, Any]], options: MigrationOptions) -> MigrationPath | None:
    """The path the plan takes: the input's release (or ``from_release``) to ``to_release`` (or the newest)."""
    if options.to_release is not None:
        check_release(options.to_release)
    source = get_release(options.from_release) if options.from_release else source_release(objects)
    if source is None or not supported_targets(source.id):
        if options.to_release is not None and options.to_release not in supported_targets(SOURCE_RELEASE):
            migration_path(source.id if source else SOURCE_RELEASE, options.to_release)  # raises, saying why
        return None
    return migration_path(source.id, options.to_release or supported_targets(source.id)[-1])


def plan_migration(
    objects: Sequence[dict[str, Any]], options: MigrationOptions = MigrationOptions()
) -> MigrationPlan | None:
    """The migration plan for ``objects``, or None when nothing in them has a newer release to move to."""
    if options.strategy not in STRATEGIES:
        raise MigrationError(f"strategy {options.strategy!r}: choose one of {', '.join(STRATEGIES)}")
    _check_steps(options.steps)
    objects = [_without_server_fields(copy.deepcopy(dict(o))) for o in objects]
    path = _resolve(objects, options)
    if path is None:
        return None
    suffix = options.name_suffix if options.name_suffix is not None else path.default_suffix
    options = replace(options, to_release=path.target.id, from_release=path.source.id, name_suffix=suffix)
    target = path.target.id
    _check_old_objects(objects, path.source)
    stacks = find_old_stacks(objects, options, path)
    workload = path.old_workload
    if not stacks and not any(_is(o, workload.group, workload.kind) for o in objects):
        return None
    if not stacks:
        raise MigrationError(
            f"the input has {workload.kind}s but no {path.old_pool_api.rpartition('/')[2]} InferencePool; add the "
            "pools they refer to"
        )
    _check_new_names(stacks, suffix, path)
    _check_orphan_models(objects, stacks, path)
    _check_routes(objects, stacks, path)
    names = [(s.namespace, s.new_name) for s in stacks]
    clash = {key_of(o)[2:] for o in objects if _is(o, path.new_pool_group, "InferencePool")} & set(names)
    if clash or len(set(names)) != len(names):
        raise MigrationError(
            f"new pool names {sorted(n for _, n in names)} collide with existing pools; choose another name suffix"
        )

    objects += _source_crds(objects, path)
    readers = metric_readers(objects, path)
    # Desired states carry no status (the vendored CRDs have upstream's empty placeholder).
    new_objects: list[dict[str, Any]] = [_without_server_fields(crd) for crd in _target_crds(objects, path, options)]
    warnings: list[str] = []
    chart = path.target.chart
    for stack in stacks:
        ports = _pool_ports(stack.pool)
        # The new picker's metrics are collected where the old one's were and something reads them, or the
        # old stack had its own PodMonitoring (an opt-in of the v1 charts).
        collect = stack.provider == "gke" and (
            (stack.collected and bool(readers)) or any(m.get("kind") == "PodMonitoring" for m in stack.members)
        )
        # On GKE the target chart collects with monitoring.gke (v1.0.2 to v1.2, llm-d-router) or, from v1.3,
        # with its Prometheus monitoring, which renders a PodMonitoring there.
        values = chart.values if chart is not None else frozenset()
        collector = (
            next((v for v in ("gke_monitoring", "prometheus_monitoring") if v in values), None) if collect else None
        )
        props = InferencePoolProps(
            match_labels=_pool_selector(stack.pool),
            release=target,
            namespace=stack.namespace or "default",
            provider=stack.provider,  # type: ignore[arg-type]
            target_ports=ports[: chart.max_target_ports] if chart is not None else ports[:1],
            target_port_number=ports[0],
            gke_monitoring=collector == "gke_monitoring",
            prometheus_monitoring=collector == "prometheus_monitoring",
        )
        rendered = render_pool_stack(stack.new_name, props)
        _carry_failure_mode(stack, rendered, path.new_pool_api)
        new_objects += rendered
        warnings += _picker_differences(stack, props, path)
        if not stack.namespace:
            warnings.append(
                f"InferencePool {stack.name} has no namespace in the input: the new stack {stack.new_name} is written "
                "for "
                "namespace default (its RBAC names the namespace). Apply every phase to default, or give the input "
                "objects their namespace and plan again."
            )
        objectives, notes = convert_models(
            stack, options.priorities, _objective_api(target), path.new_pool_group, path.target
        )
        new_objects += objectives + convert_rewrites(stack, path.target, path.new_pool_group)
        warnings += notes
    if options.gke_version is None:
        warnings.append(
            "No GKE version given: the plan installs the v1 InferencePool CRD, which GKE 1.34.0-gke.1626000 and later "
            "install themselves. Give the cluster's version (--gke-version) to plan for it exactly."
        )
    elif ships_inferencepool_v1(options.gke_version):
        note = cluster_profile(options.gke_version, release=target).pool_note
        if note is not None:
            warnings.append(note[0].upper() + note[1:].split("; say which")[0] + " (the phases are validated so).")
        others = sorted(o["metadata"]["name"] for o in new_objects if o.get("kind") == "CustomResourceDefinition")
        warnings.append(
            f"GKE {options.gke_version} ships the v1 InferencePool CRD: the plan installs only the "
            + (
                "InferenceObjective CRD."
                if others == [f"{path.new_workload.resource}.{path.new_workload.group}"]
                else f"{', '.join(others)} CRDs."
            )
        )
    warnings += _path_notes(path)
    if workload.kind == "InferenceObjective" and not options.request_models:
        warnings.append(
            f"{workload.kind}s name no model: PLAN.md's checks request each objective's name as the model. Give "
            "the model names the servers serve (--model NAME, MigrationOptions.request_models) and plan again if "
            "those names differ."
        )
    cleanup_name = "The cleanup" if options.strategy == "zero-downtime" else "Step 2"
    warnings += _reader_warnings(objects, path, cleanup_name, options.strategy == "zero-downtime")

    old_members = {key_of(m) for s in stacks for m in s.members}
    old_group, new_group = path.old_pool_group, path.new_pool_group
    routes = [o for o in objects if _is(o, "gateway.networking.k8s.io", "HTTPRoute")]
    side = _replace(objects, new_objects)
    removed = _without(_rewrite_routes(objects, stacks, None, old_group, new_group), old_members)
    removed = _without(removed, _unused_old_crds(removed, path))
    cutover = _rewrite_routes(side, stacks, 100, old_group, new_group)
    cleanup = _without(cutover, old_members)
    both: dict[StageKind, Any] = {
        "side-by-side": lambda stage: side,
        "split": lambda stage: _rewrite_routes(side, stacks, stage.v1_share, old_group, new_group),
        "cutover": lambda stage: cutover,
    }
    states: dict[StageKind, Any] = {
        **{kind: _reading_both(build, path, stacks) for kind, build in both.items()},
        "cleanup": lambda stage: _move_readers(_without(cleanup, _unused_old_crds(cleanup, path)), path, stacks, "new"),
        "remove-old": lambda stage: removed,
        "install-new": lambda stage: _move_readers(
            _replace(removed, [*new_objects, *_rewrite_routes(routes, stacks, 100, old_group, new_group)]),
            path,
            stacks,
            "new",
        ),
    }
    phases = [
        Phase(stage.directory, stage.title, states[stage.kind](stage), stage.purpose, stage.v1_share, stage.downtime)
        for stage in path.stages(options.strategy, options.steps)
    ]
    listed = {o["metadata"]["name"] for p in phases for o in p.objects if o.get("kind") == "CustomResourceDefinition"}
    # What GKE installs itself (the v1 pool CRD from 1.34.0-gke.1626000), assumed to be the target's bundle.
    cluster_crds = tuple(
        _without_server_fields(c) for c in inference_crds(target) if c["metadata"]["name"] not in listed
    )
    # A CRD the plan removes must be prunable while it is still in a phase: Argo CD reads Prune=false
    # from the live object, i.e. from the phase before the one that drops it.
    removed_crds = {key_of(o) for p in phases for o in p.objects if o.get("kind") == "CustomResourceDefinition"} - {
        key_of(o) for o in phases[-1].objects
    }
    migrating = {key_of(o) for s in stacks for o in (s.pool, *s.models, *s.rewrites)}
    for phase in phases:
        phase.objects = copy.deepcopy(phase.objects)  # phases share input objects: mark each phase's own copy
        _mark_migrating(phase, migrating)
        annotate(phase.objects)
        for obj in phase.objects:
            if key_of(obj) in removed_crds:
                allow_prune(obj)
        _validate(phase, path.source.id, cluster_crds)
    return MigrationPlan(options, stacks, phases, warnings, objects, path)


def _reading_both(build: Any, path: MigrationPath, stacks: Sequence[OldStack]) -> Any:
    return lambda stage: _move_readers(build(stage), path, stacks, "both")


def _path_notes(path: MigrationPath) -> list[str]:
    """What the path itself changes that a reader of PLAN.md must know (CRDs kept, objectives moving)."""
    notes = []
    if path.keeps_source_pool_crd:
        notes.append(
            f"{path.target.id} does not install the {path.old_pool_api} InferencePool CRD: the plan leaves the "
            f"{path.source.id} CRDs installed, never replaced, while the old pools run; the last phase deletes them "
            "only after every old pool and model is gone (its commands check that none is left)."
        )
    if path.workload_changes and path.old_workload.kind == path.new_workload.kind:
        notes.append(
            f"InferenceObjectives move from {path.old_workload.group} to {path.new_workload.group}: the "
            f"{path.target.id} endpoint pickers read only {path.new_workload.group} objectives (they ignore "
            f"{path.old_workload.group} ones once the {path.new_workload.group} CRDs are installed), and the old "
            f"pickers only {path.old_workload.group} ones. So each new pool gets its {path.new_workload.group} "
            "objectives in the phase that creates it (CRDs first, then objectives, then pickers), and each old pool "
            "keeps its own until the phase that deletes the pool: no pool is ever without its objectives."
        )
    old_chart, new_chart = path.source.chart, path.target.chart
    if old_chart is not None and new_chart is not None and old_chart.template != new_chart.template:
        assert path.source.image is not None and path.target.image is not None
        notes.append(
            f"The endpoint picker changes from {path.source.image.reference} to {path.target.image.reference}, and "
            f"its chart from GAIE's {old_chart.template} to {new_chart.template} (other values, flags and "
            "configuration API): the new pickers are rendered from the target chart's defaults; carry over the flags, "
            "plugins configuration and resources you changed."
        )
    return notes


def _mark_migrating(phase: Phase, migrating: set[Key]) -> None:
    """Annotate what only exists because of the migration (the old pools and models, routes) with the phase.

    The shipped policies accept v1alpha2 objects and mixed-group routes only with this annotation.
    """
    for obj in phase.objects:
        if key_of(obj) in migrating or _is(obj, "gateway.networking.k8s.io", "HTTPRoute"):
            obj.setdefault("metadata", {}).setdefault("annotations", {})[MIGRATION_ANNOTATION] = phase.directory


def _validate(phase: Phase, source_release: str, cluster_crds: Sequence[dict[str, Any]] = ()) -> None:
    crds = (*cluster_crds, *(o for o in phase.objects if o.get("kind") == "CustomResourceDefinition"))
    findings = validate_objects(
        [(f"{phase.directory}/{key_of(o)[1].lower()}-{key_of(o)[3]}", o) for o in phase.objects],
        ValidationOptions(inference_release=source_release, extra_crds=crds, allow_external_refs=True),
    )
    errors = [f.as_text() for f in findings if f.severity == "error"]
    if errors:
        raise MigrationError(
            f"phase {phase.directory} would be invalid; nothing was written:\n  " + "\n  ".join(errors[:20])
        )
