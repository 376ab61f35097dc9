"""PLAN.md: the migration as a runbook a kubectl or Argo CD user follows command by command.

Per phase, in order: pre-flight (cluster version, the CRDs the phase needs, a backup of what it
changes or deletes), the apply (CRDs first, then ``kubectl apply --server-side -k``) or the Argo CD
step, the explicit deletes in a safe order (:data:`DELETE_ORDER`: routes, then what points at pools,
objectives and models, pools, endpoint pickers, cluster RBAC, CRDs last), the checks that must pass
before the next phase (rollout of every endpoint picker, pool and Gateway conditions, a request per
model name of the input) and a rollback that returns to the previous phase.

Every command block is plain shell: ``tests/infergw/test_migration_runbook.py`` runs them against a
fake ``kubectl`` and checks their order and completeness.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from infergw.diff import Key, diff, key_of, label
from infergw.releases import ALPHA_GROUP, POOL_V1
from infergw.versions import ships_inferencepool_v1

if TYPE_CHECKING:
    from infergw.migration.paths import MigrationPath
    from infergw.migration.plan import MigrationPlan, Phase

V1_GROUP = POOL_V1.split("/")[0]
GATEWAY_GROUP = "gateway.networking.k8s.io"
CRD_GROUP = "apiextensions.k8s.io"
#: Where the pre-flight backups go, relative to the directory the commands run in (the plan's root).
BACKUP_DIR = "backup"
#: The GKE version from which GKE installs the v1 InferencePool CRD itself.
GKE_SHIPS_V1 = "1.34.0-gke.1626000"

#: Deletion rank per kind (lower first): nothing is deleted while something still points at it.
DELETE_ORDER: Mapping[str, int] = {
    "HTTPRoute": 0,
    "GRPCRoute": 0,
    "HorizontalPodAutoscaler": 1,
    "GCPBackendPolicy": 1,
    "HealthCheckPolicy": 1,
    "PodMonitoring": 1,
    "ClusterPodMonitoring": 1,
    "InferenceModel": 2,
    "InferenceObjective": 2,
    "InferencePool": 3,
    "Deployment": 4,
    "ClusterRoleBinding": 6,
    "ClusterRole": 7,
    "CustomResourceDefinition": 9,
}
_OTHER_RANK = 5  # Service, ConfigMap, ServiceAccount, Role, RoleBinding: after their Deployment

#: Where an InferencePool's API version reports its Gateway parents: v1alpha2 ``status.parent``, v1 ``status.parents``.
POOL_STATUS: Mapping[str, str] = {ALPHA_GROUP: "parent", V1_GROUP: "parents"}

#: Kinds without a namespace (no ``-n``).
CLUSTER_SCOPED = frozenset(
    {"CustomResourceDefinition", "ClusterRole", "ClusterRoleBinding", "Namespace", "ClusterPodMonitoring"}
)


@dataclass(frozen=True)
class ArgoTarget:
    """The one Argo CD Application that moves through the phases.

    :param name: the Application's name
    :param path_prefix: the plan's directory inside the Git repository
    :param file: the Application's file in the output (``argocd/application-<name>.yaml``)
    """

    name: str
    path_prefix: str
    file: str


def _group(obj: Mapping[str, Any]) -> str:
    return str(obj.get("apiVersion", "")).rpartition("/")[0]


def resource(key: Key) -> str:
    """``kind.group/name`` as kubectl takes it (``deployment.apps/x``, ``service/x``)."""
    group, kind, _, name = key
    return f"{kind.lower()}{'.' + group if group else ''}/{name}"


def _ns_flag(key: Key) -> str:
    return f"-n {key[2]} " if key[2] and key[1] not in CLUSTER_SCOPED else ""


def delete_commands(keys: Sequence[Key]) -> list[str]:
    """One ``kubectl delete`` per object, in :data:`DELETE_ORDER`."""
    ordered = sorted(keys, key=lambda k: (DELETE_ORDER.get(k[1], _OTHER_RANK), k))
    return [f"kubectl delete {_ns_flag(k)}{resource(k)} --ignore-not-found --wait=true" for k in ordered]


def apply_commands(directory: str, objects: Sequence[Mapping[str, Any]]) -> list[str]:
    """The CRDs of ``directory`` first (a kind must exist before an object of it is applied), then the rest."""
    crds = sorted(o["metadata"]["name"] for o in objects if o.get("kind") == "CustomResourceDefinition")
    lines = []
    if crds:
        lines += [f"kubectl apply --server-side -f {directory}/customresourcedefinition-{name}.yaml" for name in crds]
        lines.append(f"kubectl wait --for=condition=Established --timeout=60s {' '.join('crd/' + n for n in crds)}")
    lines.append(f"kubectl apply --server-side -k {directory}/")
    return lines


def _path(plan: MigrationPlan) -> MigrationPath:
    assert plan.path is not None, "plan_migration sets the path of every plan"
    return plan.path


def _inference_groups(path: MigrationPath) -> set[str]:
    """API groups of the kinds the migration moves (pools, per-workload kinds, rewrites)."""
    groups = {path.old_pool_group, path.new_pool_group, path.old_workload.group, path.new_workload.group}
    return groups | {r.group for r in (path.source.rewrite, path.target.rewrite) if r is not None}


def retire_guard(crd: str) -> str:
    """A command that fails while an object of CRD ``crd`` (``plural.group``) is left anywhere in the cluster."""
    return (
        f'test -z "$(kubectl get {crd} --all-namespaces -o name 2>/dev/null)"   '
        "# none left in any namespace: only then may its CRD go"
    )


def _real_change(fields: Sequence[Any]) -> bool:
    return any(not c.path.startswith("metadata.annotations") for c in fields)


def _routes_to(objects: Sequence[Mapping[str, Any]], group: str) -> set[tuple[str, str]]:
    """(namespace, name) of the pools of ``group`` that some HTTPRoute sends traffic to."""
    pools = set()
    for route in (o for o in objects if _group(o) == GATEWAY_GROUP and o.get("kind") == "HTTPRoute"):
        namespace = route["metadata"].get("namespace") or ""
        for rule in (route.get("spec") or {}).get("rules") or []:
            for ref in rule.get("backendRefs") or []:
                if ref.get("group") == group and ref.get("kind") == "InferencePool" and ref.get("weight", 1) != 0:
                    pools.add((ref.get("namespace") or namespace, ref["name"]))
    # A route without a namespace finds the pool where it was planned.
    planned = {
        o["metadata"]["name"]: o["metadata"].get("namespace") or ""
        for o in objects
        if _group(o) == group and o.get("kind") == "InferencePool"
    }
    return {(namespace or planned.get(name, ""), name) for namespace, name in pools}


@dataclass(frozen=True)
class _Entrance:
    """How a request reaches the migrated routes: a Gateway and its listener."""

    namespace: str
    name: str
    port: int
    scheme: str
    known: bool  # the Gateway is in the input (else port 80 is a guess)


def _entrances(plan: MigrationPlan) -> list[_Entrance]:
    gateways = {
        (o["metadata"].get("namespace") or "", o["metadata"]["name"]): o
        for o in plan.current
        if _group(o) == GATEWAY_GROUP and o.get("kind") == "Gateway"
    }
    found: dict[tuple[str, str], _Entrance] = {}
    for route in (o for o in plan.current if _group(o) == GATEWAY_GROUP and o.get("kind") == "HTTPRoute"):
        refs = [
            ref
            for rule in (route.get("spec") or {}).get("rules") or []
            for ref in rule.get("backendRefs") or []
            if ref.get("group") == _path(plan).old_pool_group and ref.get("kind") == "InferencePool"
        ]
        if not refs:
            continue
        for parent in (route.get("spec") or {}).get("parentRefs") or []:
            if parent.get("kind", "Gateway") != "Gateway":
                continue
            namespace = parent.get("namespace") or route["metadata"].get("namespace") or ""
            gateway = gateways.get((namespace, parent["name"])) or next(
                (g for (ns, n), g in gateways.items() if n == parent["name"] and not (ns and namespace)), None
            )
            listeners = ((gateway or {}).get("spec") or {}).get("listeners") or []
            listener = next(
                (item for item in listeners if item.get("name") == parent.get("sectionName")),
                listeners[0] if listeners else {},
            )
            port = int(parent.get("port") or listener.get("port") or 80)
            scheme = "https" if listener.get("protocol") == "HTTPS" else "http"
            found.setdefault(
                (namespace, parent["name"]), _Entrance(namespace, parent["name"], port, scheme, gateway is not None)
            )
    return [found[k] for k in sorted(found)]


def _request_names(plan: MigrationPlan, v1_share: int) -> list[tuple[str, str]]:
    """(model name, comment) to request: the names clients send today while the old pools serve all traffic;
    once the new pools take traffic, the names they serve: the same where a rewrite carries the
    ``targetModels`` split over, else the target models (v1 passes the name through unchanged). An
    InferenceObjective names no model: its name stands in unless ``request_models`` gives the names."""
    if plan.options.request_models:
        return [(name, "a model name given to the plan") for name in plan.options.request_models]
    rewrites = {
        (o["metadata"].get("namespace") or "", o["metadata"]["name"])
        for o in (plan.phases[-1].objects if plan.phases else [])
        if o.get("kind") == "InferenceModelRewrite"
    }
    names: dict[str, str] = {}
    for stack in plan.stacks:
        for model in stack.models:
            spec = model.get("spec") or {}
            if model.get("kind") != "InferenceModel":
                names.setdefault(
                    model["metadata"]["name"],
                    f"{model['kind']} {model['metadata']['name']}: its name, as it names no model (give the served "
                    "model names with --model)",
                )
                continue
            requested = str(spec.get("modelName") or model["metadata"]["name"])
            targets = [str(t["name"]) for t in spec.get("targetModels") or [] if isinstance(t, dict) and t.get("name")]
            rewritten = (model["metadata"].get("namespace") or "", model["metadata"]["name"]) in rewrites
            if v1_share == 0 or not targets or rewritten:
                names.setdefault(requested, f"InferenceModel {model['metadata']['name']}")
            else:
                for target in targets:
                    names.setdefault(
                        target,
                        f"target of InferenceModel {model['metadata']['name']}: a request for {requested!r} is no "
                        "longer split on v1 (see the warnings)",
                    )
    return list(names.items())


def _crd_check(names: Sequence[str]) -> str:
    return (
        f"kubectl get crd {' '.join(sorted(names))} "
        "-o custom-columns=NAME:.metadata.name,SERVED:.spec.versions[*].name   # fails if one is missing"
    )


def _preflight(plan: MigrationPlan, index: int, phase: Phase, before: Sequence[Mapping[str, Any]]) -> list[str]:
    o = plan.options
    lines = []
    if index == 0:
        if o.gke_version is None:
            lines.append(
                "kubectl version | grep -i 'server version'   # this plan installs the v1 InferencePool CRD: "
                f"from {GKE_SHIPS_V1} GKE installs it, plan again with --gke-version"
            )
        else:
            lines.append(
                f"kubectl version | grep -i 'server version'   # planned for GKE {o.gke_version}: if the cluster "
                "runs another version, plan again with its --gke-version"
            )
        # Everything of the old kinds in the cluster must be in the plan's table, or it is left behind.
        path = _path(plan)
        old_kinds = {f"inferencepools.{path.old_pool_group}", f"{path.old_workload.resource}.{path.old_workload.group}"}
        lines += [
            f"kubectl get {resource_name} --all-namespaces   # every one must be in the table above"
            for resource_name in sorted(old_kinds)
        ]
    needed = {obj["metadata"]["name"] for obj in before if obj.get("kind") == "CustomResourceDefinition"}
    # The kinds the state before the phase uses, whether or not the input carries their CRDs.
    needed |= {
        f"{obj['kind'].lower()}s.{_group(obj)}"
        for obj in before
        if _group(obj) in _inference_groups(_path(plan)) and str(obj.get("kind", "")).startswith("Inference")
    }
    if o.gke_version is not None and ships_inferencepool_v1(o.gke_version):
        needed.add(f"inferencepools.{V1_GROUP}")  # GKE's own, which the plan does not install
    if needed:
        lines.append(_crd_check(sorted(needed)))
    change = diff(before, phase.objects)
    touched = [k for k in change.removed] + [k for k, fields in change.changed.items() if _real_change(fields)]
    if not touched:  # nothing existing changes: keep the routes, which the next phases change
        touched = [key_of(r) for r in before if _group(r) == GATEWAY_GROUP and r.get("kind") == "HTTPRoute"]
    if touched:
        lines.append(f"mkdir -p {BACKUP_DIR}")
        by_ns: dict[str, list[Key]] = {}
        for key in sorted(touched):
            by_ns.setdefault(_ns_flag(key), []).append(key)
        redirect = ">"
        for flag, keys in sorted(by_ns.items()):
            lines.append(
                f"kubectl get {flag}{' '.join(resource(k) for k in keys)} -o yaml "
                f"{redirect} {BACKUP_DIR}/{phase.directory}.yaml"
            )
            redirect = ">>"
    return lines


def _checks(plan: MigrationPlan, phase: Phase) -> list[str]:
    lines = []
    for key in sorted(key_of(o) for o in phase.objects if o.get("kind") == "Deployment"):
        if any(
            key[2:] == (stack.namespace, name) or (not stack.namespace and key[3] == name)
            for stack in plan.stacks
            for name in _picker_names(stack, phase)
        ):
            lines.append(f"kubectl rollout status {_ns_flag(key)}deployment.apps/{key[3]} --timeout=5m")
    path = _path(plan)
    for group in dict.fromkeys((path.old_pool_group, path.new_pool_group)):
        status = POOL_STATUS.get(group, "parents")
        for namespace, name in sorted(_routes_to(phase.objects, group)):
            flag = f"-n {namespace} " if namespace else ""
            for condition in ("Accepted", "ResolvedRefs"):
                lines.append(
                    f"kubectl get {flag}inferencepool.{group}/{name} "
                    f"-o jsonpath='{{.status.{status}[*].conditions[?(@.type==\"{condition}\")].status}}' "
                    "| grep -w True"
                )
    share = phase.v1_share
    for entrance in _entrances(plan):
        flag = f"-n {entrance.namespace} " if entrance.namespace else ""
        gateway = f"gateway.{GATEWAY_GROUP}/{entrance.name}"
        lines.append(f"kubectl wait {flag}--for=condition=Programmed {gateway} --timeout=5m")
        if share is None:
            continue
        variable = "IP"
        lines.append(f"{variable}=$(kubectl get {flag}{gateway} -o jsonpath='{{.status.addresses[0].value}}')")
        guess = "" if entrance.known else f"   # port {entrance.port}: the Gateway is not in the input, check it"
        for name, why in _request_names(plan, share):
            body = f'{{"model": "{name}", "prompt": "Say hello", "max_tokens": 10, "temperature": 0}}'
            lines.append(
                f"curl -sS -k -o /dev/null -w '%{{http_code}}' {entrance.scheme}://${{{variable}}}:{entrance.port}"
                f"/v1/completions -H 'Content-Type: application/json' -d '{body}' | grep -x 200   # {why}{guess}"
            )
    return lines


def _picker_names(stack: Any, phase: Phase) -> list[str]:
    """Endpoint picker Deployments of ``stack`` in ``phase``: the old one and the v1 one."""
    old = [m["metadata"]["name"] for m in stack.members if m.get("kind") == "Deployment"]
    new = [
        o["metadata"]["name"]
        for o in phase.objects
        if o.get("kind") == "Deployment" and o["metadata"]["name"].startswith(stack.new_name)
    ]
    return old + new


def _guarded(plan: MigrationPlan, keys: Sequence[Key]) -> list[str]:
    """The deletes of ``keys`` in a safe order, each retired CRD preceded by a check that none of its objects
    is left (in the input or not: another team's pool would lose its CRD)."""
    path = _path(plan)
    guard = path.guards_retired_crds
    lines = []
    for line, key in zip(
        delete_commands(keys), sorted(keys, key=lambda k: (DELETE_ORDER.get(k[1], _OTHER_RANK), k)), strict=True
    ):
        if guard and key[1] == "CustomResourceDefinition" and key[3] in path.retiring_crds:
            lines.append(retire_guard(key[3]))
        lines.append(line)
    return lines


def _argocd_step(plan: MigrationPlan, phase: Phase, index: int, deletes: Sequence[str]) -> list[str]:
    argo = plan.argocd
    if argo is None:
        where = "the Argo CD Application that syncs this plan"
        path = f"<this plan's path in Git>/{phase.directory}"
        name = "APPLICATION"
    else:
        where = f"`{argo.file}`"
        path = f"{argo.path_prefix.rstrip('/')}/{phase.directory}"
        name = argo.name
    out = []
    if index == 0:
        out += [
            "1. If an Application syncs the input manifests today, let go of them without deleting them: "
            "`argocd app delete <it> --cascade=false`. One Application must own each object.",
            f"2. In Git, set `spec.source.path` in {where} to `{path}`, commit and push; create the Application "
            + (f"(`kubectl apply -n argocd -f {argo.file}`)." if argo else "once, by hand."),
        ]
    else:
        out.append(f"1. In Git, set `spec.source.path` in {where} to `{path}`, commit and push.")
    out.append(
        f"{len(out) + 1}. `argocd app sync {name} --prune` (the Application syncs by hand; "
        "pruning runs last, so objects are removed after the new state is applied)."
    )
    if deletes:
        out.append(
            f"{len(out) + 1}. Run the `kubectl delete` commands above: they remove nothing a prune already removed "
            "(`--ignore-not-found`), and they do remove what Argo CD will not prune, such as CRDs an earlier "
            "output marked `Prune=false`."
        )
    return out


def _rollback(plan: MigrationPlan, index: int, phase: Phase, before: Sequence[Mapping[str, Any]]) -> list[str]:
    change = diff(before, phase.objects)
    created = [k for k in change.added if k[1] != "CustomResourceDefinition"]
    crds = [k for k in change.added if k[1] == "CustomResourceDefinition"]
    restored = change.removed or [k for k, fields in change.changed.items() if _real_change(fields)]
    lines = []
    if restored:
        if index:
            previous = plan.phases[index - 1]
            lines += apply_commands(previous.directory, previous.objects)
        else:
            source = plan.source or "PREVIOUS_MANIFESTS"
            lines.append(
                f"kubectl apply --server-side -R -f {source}   # the migration input; if it holds CRDs and reports "
                '"no matches for kind", run it again once they are Established'
            )
    lines += delete_commands(created)
    lines += [f"# kept: {resource(k)} (installed by this phase; harmless, and GKE may manage it)" for k in crds]
    return lines


def _phase_warnings(plan: MigrationPlan, index: int) -> list[str]:
    """The behaviour warnings, where traffic first reaches the v1 pools."""
    first_v1 = next((i for i, p in enumerate(plan.phases) if p.v1_share), 0)
    kind = _path(plan).old_workload.kind
    return [w for w in plan.warnings if w.startswith(f"{kind} ")] if index == first_v1 else []


def _downtime(plan: MigrationPlan, phase: Phase) -> str:
    return (
        phase.downtime or f"none: the old pools serve until the routes move, then the {_path(plan).new_label} pools do."
    )


def plan_markdown(plan: MigrationPlan) -> str:
    """PLAN.md: the runbook."""
    o = plan.options
    path = _path(plan)
    out = [
        f"# Migration plan: {path.old_label} -> {path.new_label}",
        "",
        f"Generated by `infergw migrate` (target release {o.to_release}, strategy {o.strategy}"
        + (f", GKE {o.gke_version}" if o.gke_version else "")
        + "). Each directory is the complete desired state of one phase. Run the phases in order, from this",
        "directory: pre-flight, apply (kubectl or Argo CD), delete, then the checks; start the next phase only when",
        "every check passed. Every command block is plain shell (bash).",
        "",
        f"| {path.old_label} pool | {path.new_label} pool | objectives |",
        "|---|---|---|",
        *(
            f"| {s.namespace + '/' if s.namespace else ''}{s.name} | {s.new_name} | "
            f"{', '.join(m['metadata']['name'] for m in s.models) or '-'} |"
            for s in plan.stacks
        ),
        "",
    ]
    if o.strategy == "simple":
        out += [
            "**Downtime:** between applying step 1 and step 2, requests to the migrated pools fail (the routes have no",
            "backend). Apply step 2 right after step 1.",
            "",
        ]
    if plan.warnings:
        out += ["## Warnings: behaviour that changes", "", *(f"- {w}" for w in plan.warnings), ""]
    previous: Sequence[Mapping[str, Any]] = plan.current
    for index, phase in enumerate(plan.phases):
        out += [
            f"## {phase.title} (`{phase.directory}/`)",
            "",
            phase.purpose,
            "",
            f"Downtime: {_downtime(plan, phase)}",
            "",
        ]
        change = diff(previous, phase.objects)
        out += [
            "Changes from the "
            + ("previous phase" if index else "current state (the input)")
            + " (annotations added for Argo CD sync waves not listed):",
            "",
        ]
        out += [f"- created: {label(k)}" for k in change.added]
        out += [f"- deleted: {label(k)}" for k in change.removed]
        for key, fields in change.changed.items():
            fields = [c for c in fields if not c.path.startswith("metadata.annotations")]
            if fields:
                out.append(
                    f"- changed: {label(key)}: "
                    + "; ".join(c.describe() for c in fields[:6])
                    + (" ..." if len(fields) > 6 else "")
                )
        out.append("")
        notes = _phase_warnings(plan, index)
        if notes:
            out += ["Before you apply it, read what changes for clients from here on:", ""]
            out += [f"- {w}" for w in notes] + [""]
        out += ["### Pre-flight", "", "```sh", *_preflight(plan, index, phase, previous), "```", ""]
        deletes = _guarded(plan, change.removed)
        out += ["### Apply with kubectl", "", "```sh", *apply_commands(phase.directory, phase.objects)]
        if deletes:
            out += ["# what this phase removes, in a safe order (routes, pools, endpoint pickers, CRDs last)"]
            out += deletes
        out += [
            "```",
            "",
            "If `apply` reports conflicts with another field manager (Helm, an earlier tool), check them and run it "
            "again with `--force-conflicts`.",
            "",
            "### Or apply with Argo CD",
            "",
            *_argocd_step(plan, phase, index, deletes),
            "",
            "### Checks before the next phase",
            "",
            "```sh",
            *_checks(plan, phase),
            "```",
            "",
            "### Rollback to "
            + (f"`{plan.phases[index - 1].directory}/`" if index else "the state before the migration"),
            "",
            "```sh",
            *_rollback(plan, index, phase, previous),
            "```",
            "",
        ]
        back = (
            f"set `spec.source.path` back to `{plan.phases[index - 1].directory}` and sync with `--prune`"
            if index
            else "run the commands above, then `argocd app delete "
            + (plan.argocd.name if plan.argocd else "APPLICATION")
            + " --cascade=false` and give the input back to the Application that owned it"
        )
        out += [f"Under Argo CD: {back}.", ""]
        previous = phase.objects
    return "\n".join(out).rstrip() + "\n"
