"""The v1alpha2 -> v1 migration as a plan of complete desired states, one per phase.

Input: the objects a cluster runs today (a previous ``dist/`` or hand-written YAML) with v1alpha2
InferencePools (release v0.3.0). For each old pool the plan finds its endpoint picker, models,
GKE policies and monitoring, and adds a v1 pool stack of the target release beside it (same model
servers, new name), with InferenceObjectives converted from the InferenceModels. Phases:

* zero-downtime: ``01-side-by-side`` (old and new stacks), one ``NN-split-<percent>`` per traffic
  step, ``NN-cutover`` (all traffic on v1), ``NN-cleanup`` (old stacks and, when unused, the
  v0.3.0 CRDs removed);
* simple: ``01-remove-old`` (downtime starts), ``02-install-new`` (downtime ends).

Each phase directory is a complete desired state (an Argo CD Application pointed at it converges to
exactly that state), validated before anything is written; ``PLAN.md`` lists per phase what is
created, changed and deleted, how to verify it and how to roll back.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from infergw.argocd import APPLICATIONS_DIR, allow_prune, annotate, migration_application
from infergw.catalogue import check_release, inference_crds
from infergw.diff import Key, key_of
from infergw.migration.paths import (
    STRATEGIES,
    MigrationError,
    MigrationPath,
    migration_path,
    source_release,
    supported_targets,
)
from infergw.migration.runbook import ArgoTarget, plan_markdown
from infergw.names import POOL_NAME
from infergw.output import KUSTOMIZATION, render_tree, write_tree
from infergw.releases import ALPHA_GROUP, POOL_V1, get_release, serving
from infergw.render.pool import MAX_NAME, InferencePoolProps, render_pool_stack
from infergw.selectors import label_selector_matches, service_selects
from infergw.validation import ValidationOptions, validate_objects
from infergw.versions import GkeVersion, ships_inferencepool_v1

V1_GROUP = POOL_V1.split("/")[0]
#: The release of the v1alpha2 objects a migration starts from.
SOURCE_RELEASE = serving("InferenceModel")[-1].id

#: The newest release a plan reaches (v1.0.2 today): the default target.
DEFAULT_TARGET = supported_targets(SOURCE_RELEASE)[-1]

#: Marks objects that belong to a migration phase (read by the shipped policies).
MIGRATION_ANNOTATION = "policy.infergw.dev/migration"

#: InferenceModel criticality -> InferenceObjective priority (higher is served first; requests with
#: no objective count as 0, so Sheddable goes below them, as it was shed first before).
DEFAULT_PRIORITIES: Mapping[str, int] = {"Critical": 2, "Standard": 1, "Sheddable": -1}


@dataclass(frozen=True)
class MigrationOptions:
    """How to migrate.

    :param to_release: target release, one of :func:`~infergw.migration.paths.supported_targets`.
        default: the newest of them (v1.0.2)
    :param gke_version: the cluster's GKE version (from 1.34.0-gke.1626000 GKE ships the v1 pool CRD). default: unknown
    :param strategy: zero-downtime or simple. default: zero-downtime
    :param steps: percentages of traffic on v1, ascending, ending at 100. default: 50, 100
    :param name_suffix: new pool name: the old one with ``-preview`` replaced by (or else followed by)
        this suffix. default: -ga
    :param priorities: criticality -> priority. default: :data:`DEFAULT_PRIORITIES`
    """

    to_release: str = DEFAULT_TARGET
    gke_version: GkeVersion | None = None
    strategy: Literal["zero-downtime", "simple"] = "zero-downtime"
    steps: tuple[int, ...] = (50, 100)
    name_suffix: str = "-ga"
    priorities: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_PRIORITIES))


@dataclass
class OldStack:
    """One v1alpha2 pool and everything that exists for it."""

    pool: dict[str, Any]
    new_name: str
    members: list[dict[str, Any]]  # pool, EPP objects, models, policies, monitoring
    models: list[dict[str, Any]]
    provider: str

    @property
    def namespace(self) -> str:
        return self.pool["metadata"].get("namespace") or ""

    @property
    def name(self) -> str:
        return str(self.pool["metadata"]["name"])


@dataclass
class Phase:
    """One complete desired state.

    :param v1_share: percent of the migrated traffic on the v1 pools; None while no pool serves it
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


def find_old_stacks(objects: Sequence[dict[str, Any]], options: MigrationOptions) -> list[OldStack]:
    """Every v1alpha2 pool with its endpoint picker, models, policies and monitoring."""
    stacks = []
    for pool in (o for o in objects if _is(o, ALPHA_GROUP, "InferencePool")):
        name = pool["metadata"]["name"]
        where = f"InferencePool {_ns(pool) + '/' if _ns(pool) else ''}{name}"
        epp_name = ((pool.get("spec") or {}).get("extensionRef") or {}).get("name")
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
                f"{where}: its endpoint picker Service {epp_name!r} (spec.extensionRef.name) is not in the input; "
                "add the endpoint picker's manifests to the input directory"
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
        models = [
            o
            for o in objects
            if _is(o, ALPHA_GROUP, "InferenceModel")
            and (o.get("spec") or {}).get("poolRef", {}).get("name") == name
            and _same_ns(o, pool)
        ]
        policies = [
            o
            for o in objects
            if _group(o) == "networking.gke.io"
            and o.get("kind") in ("HealthCheckPolicy", "GCPBackendPolicy")
            and (o.get("spec") or {}).get("targetRef", {}).get("name") == name
            and (o.get("spec") or {}).get("targetRef", {}).get("group") == ALPHA_GROUP
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
        members.extend(m for m in [*models, *policies, *monitoring] if m not in members)
        stacks.append(
            OldStack(pool, new_pool_name(name, options.name_suffix), members, models, "gke" if policies else "none")
        )
    return stacks


def _old_pool(ref: Mapping[str, Any], route: Mapping[str, Any], stacks: Sequence[OldStack]) -> OldStack | None:
    """The old stack a backendRef points at (objects without a namespace match any namespace)."""
    if ref.get("group") != ALPHA_GROUP or ref.get("kind") != "InferencePool":
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


def _check_routes(objects: Sequence[dict[str, Any]], stacks: Sequence[OldStack]) -> None:
    for route in (o for o in objects if _is(o, "gateway.networking.k8s.io", "HTTPRoute")):
        for rule in (route.get("spec") or {}).get("rules") or []:
            for ref in rule.get("backendRefs") or []:
                if (
                    ref.get("group") == ALPHA_GROUP
                    and ref.get("kind") == "InferencePool"
                    and _old_pool(ref, route, stacks) is None
                ):
                    raise MigrationError(
                        f"HTTPRoute {route['metadata']['name']}: routes to InferencePool {ref['name']} "
                        f"({ALPHA_GROUP}), "
                        "which is not in the input; add the pool's manifests or remove the reference"
                    )


def convert_models(
    stack: OldStack, priorities: Mapping[str, int], objective_api: str
) -> tuple[list[dict[str, Any]], list[str]]:
    """InferenceObjectives (``objective_api``) for the new pool, and a warning for what does not carry over."""
    objectives, warnings = [], []
    for model in stack.models:
        spec = model.get("spec") or {}
        name = model["metadata"]["name"]
        objective_spec: dict[str, Any] = {"poolRef": {"group": V1_GROUP, "name": stack.new_name}}
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
        meta = {"name": name} | ({"namespace": _ns(model)} if _ns(model) else {})
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
            warnings.append(
                f"InferenceModel {name}: targetModels ({split}) have no InferenceObjective equivalent; the pool no "
                "longer "
                "rewrites or splits requests between model names. Serve the target models under the requested name, or "
                "split with HTTPRoute rules on separate pools."
            )
    return objectives, warnings


def _rewrite_routes(
    objects: list[dict[str, Any]], stacks: Sequence[OldStack], percent: int | None
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
                stack = _old_pool(ref, route, stacks)
                if stack is None:
                    refs.append(ref)
                    continue
                if percent is None:
                    continue
                weight = ref.get("weight", 1)
                if percent < 100:
                    refs.append({**ref, "weight": weight * (100 - percent)})
                new_ref = {k: v for k, v in ref.items() if k != "weight"} | {"group": V1_GROUP, "name": stack.new_name}
                new_ref["weight"] = weight * percent
                refs.append(new_ref)
            if "backendRefs" in rule:
                rule["backendRefs"] = refs
        out.append(route)
    return out


def _replace(base: list[dict[str, Any]], additions: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``base`` with ``additions`` added, an addition replacing a base object of the same key."""
    keys = {key_of(o) for o in additions}
    return [o for o in base if key_of(o) not in keys] + list(additions)


def _without(objects: Sequence[dict[str, Any]], removed: set[Key]) -> list[dict[str, Any]]:
    return [o for o in objects if key_of(o) not in removed]


def _unused_old_crds(objects: Sequence[dict[str, Any]], path: MigrationPath) -> set[Key]:
    """CRDs of the old pool and workload kinds in ``objects`` that no remaining object uses."""
    old_kinds = {"InferencePool", path.old_workload.kind}
    used = {o.get("kind") for o in objects if _group(o) == path.old_pool_group}
    return {
        key_of(o)
        for o in objects
        if o.get("kind") == "CustomResourceDefinition"
        and (o.get("spec") or {}).get("group") == path.old_pool_group
        and o["spec"]["names"]["kind"] in old_kinds
        and o["spec"]["names"]["kind"] not in used
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


def _check_alpha_objects(objects: Sequence[dict[str, Any]]) -> None:
    """The v1alpha2 pools and models must be valid v0.3.0 objects before they can be converted."""
    alpha = [o for o in objects if _group(o) == ALPHA_GROUP and o.get("kind") in ("InferencePool", "InferenceModel")]
    items = [(f"{o.get('kind')} {(o.get('metadata') or {}).get('name')}", o) for o in alpha]
    findings = validate_objects(items, ValidationOptions(inference_release=SOURCE_RELEASE, allow_external_refs=True))
    errors = [
        f"{f.file}: {f.path or '(object)'}: {f.message}"
        for f in findings
        if f.severity == "error" and not f.rule.startswith("reference/")
    ]
    if errors:
        raise MigrationError(
            "the input's v1alpha2 objects are invalid, so they cannot be converted; fix them first:\n  "
            + "\n  ".join(errors[:20])
        )


def _check_new_names(stacks: Sequence[OldStack], suffix: str) -> None:
    for stack in stacks:
        if stack.new_name == stack.name:
            raise MigrationError(
                f"InferencePool {stack.name}: suffix {suffix!r} gives the v1 pool the same name; choose a suffix such "
                "as -ga"
            )
        if not POOL_NAME.match(stack.new_name):
            raise MigrationError(
                f"InferencePool {stack.name}: suffix {suffix!r} gives the v1 pool the name {stack.new_name!r}, which "
                "is not a "
                f"lower-case RFC 1035 label of at most {MAX_NAME} characters; choose a shorter suffix of lower-case "
                "letters, digits and '-'"
            )


def _check_orphan_models(objects: Sequence[dict[str, Any]], stacks: Sequence[OldStack]) -> None:
    """A model whose pool is not in the input would survive every phase with nothing to serve it."""
    placed = {id(m) for s in stacks for m in s.models}
    for model in (o for o in objects if _is(o, ALPHA_GROUP, "InferenceModel") and id(o) not in placed):
        pool = ((model.get("spec") or {}).get("poolRef") or {}).get("name")
        raise MigrationError(
            f"InferenceModel {_ns(model) + '/' if _ns(model) else ''}{model['metadata']['name']}: its poolRef names "
            "InferencePool "
            f"{pool!r}, which is not in the input (in its namespace); add the pool's manifests or remove the model"
        )


def _carry_failure_mode(stack: OldStack, rendered: Sequence[dict[str, Any]], pool_api: str) -> None:
    """The old pool's ``extensionRef.failureMode``, when set, on the new pool's ``endpointPickerRef``
    (the target chart writes none, and the v1 default FailClose would turn a FailOpen pool strict)."""
    mode = (stack.pool["spec"].get("extensionRef") or {}).get("failureMode")
    for pool in rendered:
        if mode and pool.get("apiVersion") == pool_api and pool.get("kind") == "InferencePool":
            pool["spec"].setdefault("endpointPickerRef", {})["failureMode"] = mode


def _picker_differences(stack: OldStack, props: InferencePoolProps) -> list[str]:
    """What the old endpoint picker Deployment ran that the v1 one, rendered from the target chart's
    defaults, does not (so it is said, not dropped silently)."""
    notes = []
    for deployment in (m for m in stack.members if m.get("kind") == "Deployment"):
        replicas = (deployment.get("spec") or {}).get("replicas", 1)
        if isinstance(replicas, int) and replicas > props.replicas:
            notes.append(
                f"Deployment {deployment['metadata']['name']}: the v1alpha2 endpoint picker runs {replicas} replicas, "
                f"the v1 one {stack.new_name}-epp {props.replicas}; scale it (replicas in infergw.yaml) before the "
                "routes move if it carried that load."
            )
    return notes


def _objective_api(release: str) -> str:
    workload = get_release(release).workload
    if workload is None or workload.kind != "InferenceObjective":
        raise MigrationError(f"release {release} serves no InferenceObjective to convert the models to")
    return workload.api_version


def plan_migration(
    objects: Sequence[dict[str, Any]], options: MigrationOptions = MigrationOptions()
) -> MigrationPlan | None:
    """The migration plan for ``objects``, or None when nothing uses the v1alpha2 API."""
    check_release(options.to_release)
    if options.to_release not in supported_targets(SOURCE_RELEASE):
        migration_path(SOURCE_RELEASE, options.to_release)  # raises, saying why
    if options.strategy not in STRATEGIES:
        raise MigrationError(f"strategy {options.strategy!r}: choose one of {', '.join(STRATEGIES)}")
    _check_steps(options.steps)
    objects = [_without_server_fields(copy.deepcopy(dict(o))) for o in objects]
    _check_alpha_objects(objects)
    stacks = find_old_stacks(objects, options)
    if not stacks and not any(_is(o, ALPHA_GROUP, "InferenceModel") for o in objects):
        return None
    if not stacks:
        raise MigrationError("the input has InferenceModels but no v1alpha2 InferencePool; add the pools they refer to")
    source = source_release(objects)
    path = migration_path(source.id if source else SOURCE_RELEASE, options.to_release)
    if path.old_pool_group != ALPHA_GROUP or path.old_workload.kind != "InferenceModel":
        raise MigrationError(
            f"the input runs {path.source.id}: planning a migration from it is not supported yet; this version "
            f"plans from {SOURCE_RELEASE} (v1alpha2 InferencePools and InferenceModels)"
        )
    _check_new_names(stacks, options.name_suffix)
    _check_orphan_models(objects, stacks)
    _check_routes(objects, stacks)
    names = [(s.namespace, s.new_name) for s in stacks]
    clash = {key_of(o)[2:] for o in objects if _is(o, V1_GROUP, "InferencePool")} & set(names)
    if clash or len(set(names)) != len(names):
        raise MigrationError(
            f"new pool names {sorted(n for _, n in names)} collide with existing pools; choose another name suffix"
        )

    # Desired states carry no status (the vendored CRDs have upstream's empty placeholder).
    new_objects: list[dict[str, Any]] = [
        _without_server_fields(crd) for crd in inference_crds(options.to_release, options.gke_version)
    ]
    warnings: list[str] = []
    for stack in stacks:
        target = stack.pool["spec"].get("targetPortNumber", 8000)
        props = InferencePoolProps(
            match_labels=dict(stack.pool["spec"]["selector"]),
            release=options.to_release,
            namespace=stack.namespace or "default",
            provider=stack.provider,  # type: ignore[arg-type]
            target_ports=(target,),
            target_port_number=target,
        )
        rendered = render_pool_stack(stack.new_name, props)
        _carry_failure_mode(stack, rendered, path.new_pool_api)
        new_objects += rendered
        warnings += _picker_differences(stack, props)
        if not stack.namespace:
            warnings.append(
                f"InferencePool {stack.name} has no namespace in the input: the v1 stack {stack.new_name} is written "
                "for "
                "namespace default (its RBAC names the namespace). Apply every phase to default, or give the input "
                "objects their namespace and plan again."
            )
        objectives, notes = convert_models(stack, options.priorities, _objective_api(options.to_release))
        new_objects += objectives
        warnings += notes
    if options.gke_version is None:
        warnings.append(
            "No GKE version given: the plan installs the v1 InferencePool CRD, which GKE 1.34.0-gke.1626000 and later "
            "install themselves. Give the cluster's version (--gke-version) to plan for it exactly."
        )
    elif ships_inferencepool_v1(options.gke_version):
        warnings.append(
            f"GKE {options.gke_version} ships the v1 InferencePool CRD: the plan installs only the InferenceObjective "
            "CRD."
        )

    old_members = {key_of(m) for s in stacks for m in s.members}
    routes = [o for o in objects if _is(o, "gateway.networking.k8s.io", "HTTPRoute")]
    side = _replace(objects, new_objects)
    removed = _without(_rewrite_routes(objects, stacks, None), old_members)
    removed = _without(removed, _unused_old_crds(removed, path))
    cutover = _rewrite_routes(side, stacks, 100)
    cleanup = _without(cutover, old_members)
    states: dict[str, Any] = {
        "side-by-side": lambda stage: side,
        "split": lambda stage: _rewrite_routes(side, stacks, stage.v1_share),
        "cutover": lambda stage: cutover,
        "cleanup": lambda stage: _without(cleanup, _unused_old_crds(cleanup, path)),
        "remove-old": lambda stage: removed,
        "install-new": lambda stage: _replace(removed, [*new_objects, *_rewrite_routes(routes, stacks, 100)]),
    }
    phases = [
        Phase(stage.directory, stage.title, states[stage.kind](stage), stage.purpose, stage.v1_share, stage.downtime)
        for stage in path.stages(options.strategy, options.steps)
    ]
    # A CRD the plan removes must be prunable while it is still in a phase: Argo CD reads Prune=false
    # from the live object, i.e. from the phase before the one that drops it.
    removed_crds = {key_of(o) for p in phases for o in p.objects if o.get("kind") == "CustomResourceDefinition"} - {
        key_of(o) for o in phases[-1].objects
    }
    for phase in phases:
        phase.objects = copy.deepcopy(phase.objects)  # phases share input objects: mark each phase's own copy
        _mark_migrating(phase)
        annotate(phase.objects)
        for obj in phase.objects:
            if key_of(obj) in removed_crds:
                allow_prune(obj)
        _validate(phase, path.source.id)
    return MigrationPlan(options, stacks, phases, warnings, objects, path)


def _mark_migrating(phase: Phase) -> None:
    """Annotate what only exists because of the migration (v1alpha2 objects, routes) with the phase.

    The shipped policies accept v1alpha2 objects and mixed-group routes only with this annotation.
    """
    for obj in phase.objects:
        if (_group(obj) == ALPHA_GROUP and obj.get("kind") in ("InferencePool", "InferenceModel")) or _is(
            obj, "gateway.networking.k8s.io", "HTTPRoute"
        ):
            obj.setdefault("metadata", {}).setdefault("annotations", {})[MIGRATION_ANNOTATION] = phase.directory


def _validate(phase: Phase, source_release: str) -> None:
    crds = tuple(o for o in phase.objects if o.get("kind") == "CustomResourceDefinition")
    findings = validate_objects(
        [(f"{phase.directory}/{key_of(o)[1].lower()}-{key_of(o)[3]}", o) for o in phase.objects],
        ValidationOptions(inference_release=source_release, extra_crds=crds, allow_external_refs=True),
    )
    errors = [f.as_text() for f in findings if f.severity == "error"]
    if errors:
        raise MigrationError(
            f"phase {phase.directory} would be invalid; nothing was written:\n  " + "\n  ".join(errors[:20])
        )
