"""Cross-references inside a manifest set: every object another object points at must exist.

A reference with no namespace means the referrer's namespace. Objects written without a namespace
(applied into whatever namespace the tool targets) match any namespace. Objects every cluster has
are never missing (see :data:`BUILT_IN`). With ``allow_external_refs`` a missing target is a
warning, for sets that are applied next to objects kept elsewhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from infergw.selectors import label_selector_matches
from infergw.validation.fields import as_list as _list
from infergw.validation.fields import as_map as _map
from infergw.validation.fields import field as _get
from infergw.validation.findings import Finding, Severity
from infergw.validation.loader import Document

Key = tuple[str, str, str]  # (group, kind, name)

#: (group, kind, namespace or "*", name or prefix ending in "*") of objects a cluster always has.
BUILT_IN = (
    ("", "Namespace", "", "default"),
    ("", "Namespace", "", "kube-system"),
    ("", "Namespace", "", "kube-public"),
    ("", "Namespace", "", "kube-node-lease"),
    ("", "ServiceAccount", "*", "default"),
    ("", "ServiceAccount", "kube-system", "*"),  # controllers' accounts, e.g. horizontal-pod-autoscaler
    ("", "ServiceAccount", "gmp-system", "collector"),  # Managed Prometheus' collector (GKE Standard)
    ("", "ServiceAccount", "gke-gmp-system", "collector"),  # the same on Autopilot
    ("rbac.authorization.k8s.io", "ClusterRole", "", "system:*"),
    ("rbac.authorization.k8s.io", "ClusterRole", "", "cluster-admin"),
    ("rbac.authorization.k8s.io", "ClusterRole", "", "admin"),
    ("rbac.authorization.k8s.io", "ClusterRole", "", "edit"),
    ("rbac.authorization.k8s.io", "ClusterRole", "", "view"),
    ("rbac.authorization.k8s.io", "Role", "kube-system", "extension-apiserver-authentication-reader"),
)

WORKLOAD_KINDS = {("apps", "Deployment"), ("apps", "StatefulSet"), ("apps", "DaemonSet"), ("apps", "ReplicaSet")}


def group_of(api_version: str) -> str:
    return api_version.rpartition("/")[0]


def namespace_of(doc: Document) -> str:
    meta = doc.obj.get("metadata") if isinstance(doc.obj.get("metadata"), dict) else {}
    return str(meta.get("namespace") or "")


def name_of(doc: Document) -> str:
    meta = doc.obj.get("metadata") if isinstance(doc.obj.get("metadata"), dict) else {}
    return str(meta.get("name") or "")


class Index:
    """The objects of a set by (group, kind, name) and namespace, for lookups in constant time."""

    def __init__(self, documents: list[Document]) -> None:
        self.by_kind: dict[tuple[str, str], list[Document]] = {}
        self._by_name: dict[Key, dict[str, Document]] = {}
        for doc in documents:
            group, kind = group_of(str(doc.obj.get("apiVersion", ""))), str(doc.obj.get("kind", ""))
            self.by_kind.setdefault((group, kind), []).append(doc)
            self._by_name.setdefault((group, kind, name_of(doc)), {}).setdefault(namespace_of(doc), doc)

    def find(self, group: str, kind: str, name: str, namespace: str) -> Document | None:
        """The object, in ``namespace`` or without one (or in any namespace when ``namespace`` is empty)."""
        by_namespace = self._by_name.get((group, kind, name))
        if not by_namespace:
            return None
        if not namespace:
            return next(iter(by_namespace.values()))
        return by_namespace.get(namespace) or by_namespace.get("")

    def of_kinds(self, kinds: set[tuple[str, str]]) -> Iterator[Document]:
        for kind in kinds:
            yield from self.by_kind.get(kind, ())


def built_in(group: str, kind: str, name: str, namespace: str) -> bool:
    """Whether every cluster has this object, so a reference to it is never missing."""
    return any(
        (g, k) == (group, kind)
        and ns in ("*", namespace)
        and (n == name or (n.endswith("*") and name.startswith(n[:-1])))
        for g, k, ns, n in BUILT_IN
    )


@dataclass(frozen=True)
class Ref:
    """One reference found in a referrer: what it points at and where in the referrer it is written."""

    group: str
    kind: str
    name: str
    namespace: str
    path: tuple[str | int, ...]
    port: int | None = None
    section: str | None = None
    parent: bool = False  # a route's parentRef: admitted by the Gateway's listeners, not by a ReferenceGrant


def _route_refs(doc: Document, ns: str) -> Iterator[Ref]:
    spec = _map(_get(doc.obj, "spec"))
    for i, parent in enumerate(_list(spec.get("parentRefs"))):
        if isinstance(parent, dict) and parent.get("name"):
            yield Ref(
                parent.get("group", "gateway.networking.k8s.io"),
                parent.get("kind", "Gateway"),
                parent["name"],
                parent.get("namespace", ns),
                ("spec", "parentRefs", i),
                section=parent.get("sectionName"),
                parent=True,
            )
    for r, rule in enumerate(_list(spec.get("rules"))):
        for b, backend in enumerate(_list(_get(rule, "backendRefs"))):
            if isinstance(backend, dict) and backend.get("name"):
                yield Ref(
                    backend.get("group", ""),
                    backend.get("kind", "Service"),
                    backend["name"],
                    backend.get("namespace", ns),
                    ("spec", "rules", r, "backendRefs", b),
                    port=backend.get("port"),
                )


def _pool_refs(doc: Document, ns: str) -> Iterator[Ref]:
    spec = _map(_get(doc.obj, "spec"))
    epp = spec.get("endpointPickerRef")
    if isinstance(epp, dict) and epp.get("name"):
        yield Ref(
            epp.get("group", ""),
            epp.get("kind", "Service"),
            epp["name"],
            ns,
            ("spec", "endpointPickerRef"),
            port=_get(epp, "port", "number"),
        )
    ext = spec.get("extensionRef")
    if isinstance(ext, dict) and ext.get("name"):
        yield Ref(
            ext.get("group", ""),
            ext.get("kind", "Service"),
            ext["name"],
            ns,
            ("spec", "extensionRef"),
            port=ext.get("portNumber"),
        )


def _pool_ref_of(default_group: str) -> Callable[[Document, str], Iterator[Ref]]:
    def refs(doc: Document, ns: str) -> Iterator[Ref]:
        pool = _get(doc.obj, "spec", "poolRef")
        if isinstance(pool, dict) and pool.get("name"):
            yield Ref(
                pool.get("group", default_group),
                pool.get("kind", "InferencePool"),
                pool["name"],
                ns,
                ("spec", "poolRef"),
            )

    return refs


def _target_ref(doc: Document, ns: str) -> Iterator[Ref]:
    target = _get(doc.obj, "spec", "targetRef")
    if isinstance(target, dict) and target.get("name"):
        yield Ref(
            target.get("group", ""),
            target.get("kind", ""),
            target["name"],
            target.get("namespace", ns),
            ("spec", "targetRef"),
        )


def _extension_refs(doc: Document, ns: str) -> Iterator[Ref]:
    spec = _map(_get(doc.obj, "spec"))
    for i, target in enumerate(_list(spec.get("targetRefs"))):
        if isinstance(target, dict) and target.get("name"):
            yield Ref(target.get("group", ""), target.get("kind", ""), target["name"], ns, ("spec", "targetRefs", i))
    for c, chain in enumerate(_list(spec.get("extensionChains"))):
        for e, extension in enumerate(_list(_get(chain, "extensions"))):
            backend = _get(extension, "backendRef")
            if isinstance(backend, dict) and backend.get("name"):
                yield Ref(
                    backend.get("group", ""),
                    backend.get("kind", "Service"),
                    backend["name"],
                    ns,
                    ("spec", "extensionChains", c, "extensions", e, "backendRef"),
                    port=backend.get("port") if backend.get("kind", "Service") == "Service" else None,
                )


def _hpa_refs(doc: Document, ns: str) -> Iterator[Ref]:
    target = _get(doc.obj, "spec", "scaleTargetRef")
    if isinstance(target, dict) and target.get("name"):
        yield Ref(
            group_of(str(target.get("apiVersion", ""))),
            target.get("kind", ""),
            target["name"],
            ns,
            ("spec", "scaleTargetRef"),
        )


def _binding_refs(doc: Document, ns: str) -> Iterator[Ref]:
    role = _map(_get(doc.obj, "roleRef"))
    if isinstance(role, dict) and role.get("name"):
        role_ns = "" if role.get("kind") == "ClusterRole" else ns
        # A missing apiGroup is a schema error of its own; resolve the role as RBAC would have it.
        yield Ref(
            role.get("apiGroup") or "rbac.authorization.k8s.io",
            role.get("kind", ""),
            role["name"],
            role_ns,
            ("roleRef",),
        )
    for i, subject in enumerate(_list(doc.obj.get("subjects"))):
        if isinstance(subject, dict) and subject.get("kind") == "ServiceAccount" and subject.get("name"):
            yield Ref("", "ServiceAccount", subject["name"], subject.get("namespace", ns), ("subjects", i))


def _api_service_refs(doc: Document, ns: str) -> Iterator[Ref]:
    service = _get(doc.obj, "spec", "service")
    if isinstance(service, dict) and service.get("name"):
        yield Ref(
            "", "Service", service["name"], service.get("namespace", ""), ("spec", "service"), port=service.get("port")
        )


#: (group, kind) of a referrer -> the references it makes.
REFERRERS: dict[tuple[str, str], Callable[[Document, str], Iterator[Ref]]] = {
    ("gateway.networking.k8s.io", "HTTPRoute"): _route_refs,
    ("inference.networking.k8s.io", "InferencePool"): _pool_refs,
    ("inference.networking.x-k8s.io", "InferencePool"): _pool_refs,
    ("inference.networking.x-k8s.io", "InferenceObjective"): _pool_ref_of("inference.networking.k8s.io"),
    ("inference.networking.x-k8s.io", "InferenceModel"): _pool_ref_of("inference.networking.x-k8s.io"),
    ("inference.networking.x-k8s.io", "InferenceModelRewrite"): _pool_ref_of("inference.networking.k8s.io"),
    ("llm-d.ai", "InferenceObjective"): _pool_ref_of("inference.networking.k8s.io"),
    ("llm-d.ai", "InferenceModelRewrite"): _pool_ref_of("inference.networking.k8s.io"),
    ("networking.gke.io", "GCPBackendPolicy"): _target_ref,
    ("networking.gke.io", "HealthCheckPolicy"): _target_ref,
    ("networking.gke.io", "GCPGatewayPolicy"): _target_ref,
    ("networking.gke.io", "GCPTrafficExtension"): _extension_refs,
    ("networking.gke.io", "GCPRoutingExtension"): _extension_refs,
    ("autoscaling", "HorizontalPodAutoscaler"): _hpa_refs,
    ("rbac.authorization.k8s.io", "RoleBinding"): _binding_refs,
    ("rbac.authorization.k8s.io", "ClusterRoleBinding"): _binding_refs,
    ("apiregistration.k8s.io", "APIService"): _api_service_refs,
}


def _service_ports(doc: Document) -> set[int]:
    return {
        p["port"]
        for p in _list(_get(doc.obj, "spec", "ports"))
        if isinstance(p, dict) and isinstance(p.get("port"), int)
    }


def _listener_names(doc: Document) -> set[str]:
    return {
        listener["name"]
        for listener in _list(_get(doc.obj, "spec", "listeners"))
        if isinstance(listener, dict) and isinstance(listener.get("name"), str)
    }


def _granted(index: Index, referrer: Document, ref: Ref) -> bool:
    """Whether a ReferenceGrant in the target namespace allows this cross-namespace reference."""
    source_group = group_of(str(referrer.obj.get("apiVersion", "")))
    for doc in index.of_kinds({("gateway.networking.k8s.io", "ReferenceGrant")}):
        if namespace_of(doc) != ref.namespace:
            continue
        spec = _map(doc.obj.get("spec"))
        allowed_from = any(
            f.get("group") == source_group
            and f.get("kind") == referrer.obj.get("kind")
            and f.get("namespace") == namespace_of(referrer)
            for f in _list(spec.get("from"))
            if isinstance(f, dict)
        )
        allowed_to = any(
            t.get("group") == ref.group and t.get("kind") == ref.kind and t.get("name", ref.name) == ref.name
            for t in _list(spec.get("to"))
            if isinstance(t, dict)
        )
        if allowed_from and allowed_to:
            return True
    return False


#: Route kinds a listener admits when its allowedRoutes.kinds is empty, by protocol (HTTPRoute only here).
DEFAULT_ROUTE_PROTOCOLS = frozenset({"HTTP", "HTTPS"})


def _admits(index: Index, gateway: Document, route: Document, section: Any) -> bool:
    """Whether some listener of ``gateway`` (the one named ``section``, if given) admits ``route``
    by its ``allowedRoutes``: route kinds, and namespaces ``Same`` (default), ``All`` or ``Selector``."""
    route_ns, gateway_ns = namespace_of(route), namespace_of(gateway)
    route_group = group_of(str(route.obj.get("apiVersion", "")))
    listeners = [
        listener
        for listener in _list(_get(gateway.obj, "spec", "listeners"))
        if isinstance(listener, dict) and (not isinstance(section, str) or listener.get("name") == section)
    ]
    if not listeners:
        return True  # no such listener: reported as reference/section
    for listener in listeners:
        allowed = _map(listener.get("allowedRoutes"))
        kinds = [k for k in _list(allowed.get("kinds")) if isinstance(k, dict)]
        if kinds:
            if not any(
                k.get("kind") == route.obj.get("kind") and k.get("group", "gateway.networking.k8s.io") == route_group
                for k in kinds
            ):
                continue
        elif listener.get("protocol") not in DEFAULT_ROUTE_PROTOCOLS:
            continue
        namespaces = _map(allowed.get("namespaces"))
        origin = namespaces.get("from", "Same")
        if origin == "All" or (origin == "Same" and (not route_ns or not gateway_ns or route_ns == gateway_ns)):
            return True
        if origin == "Selector":
            namespace = index.find("", "Namespace", route_ns, "")
            if namespace is None:
                return True  # the namespace's labels are not in the set: cannot tell
            labels = {**_map(_get(namespace.obj, "metadata", "labels")), "kubernetes.io/metadata.name": route_ns}
            if (
                label_selector_matches(_map(namespaces.get("selector")), labels) is not False
            ):  # an empty selector selects all
                return True
    return False


def check_references(documents: list[Document], *, allow_external: bool, index: Index | None = None) -> list[Finding]:
    """Findings for references to objects missing from ``documents`` (``index``: theirs, if built already)."""
    index = index or Index(documents)
    findings: list[Finding] = []
    severity: Severity = "warning" if allow_external else "error"
    external_hint = "" if allow_external else " (pass --allow-external-refs if it is applied separately)"

    def report(doc: Document, path: tuple[str | int, ...], message: str, rule: str, level: Severity = severity) -> None:
        findings.append(finding_at(doc, path, message, rule, level))

    for doc in documents:
        referrer = REFERRERS.get((group_of(str(doc.obj.get("apiVersion", ""))), str(doc.obj.get("kind", ""))))
        if referrer is None:
            continue
        ns = namespace_of(doc)
        for ref in referrer(doc, ns):
            if not all(isinstance(v, str) for v in (ref.group, ref.kind, ref.name, ref.namespace)):
                continue  # a field of the wrong type: the schema check reports it
            target = index.find(ref.group, ref.kind, ref.name, ref.namespace)
            shown = f"{ref.kind} {ref.namespace + '/' if ref.namespace else ''}{ref.name}" + (
                f" (group {ref.group})" if ref.group else ""
            )
            if target is None:
                if not built_in(ref.group, ref.kind, ref.name, ref.namespace):
                    report(
                        doc,
                        ref.path,
                        f"refers to {shown}, which is not in the validated set{external_hint}",
                        "reference/missing",
                    )
                continue
            if ref.parent and ref.kind == "Gateway" and not _admits(index, target, doc, ref.section):
                listener = f"listener {ref.section!r}" if isinstance(ref.section, str) else "no listener"
                report(
                    doc,
                    ref.path,
                    f"Gateway {ref.name}: {listener} admits HTTPRoutes from namespace {ns!r}; set the "
                    "listener's allowedRoutes (namespaces.from: All or Selector, kinds) to admit it",
                    "reference/parent",
                    "error",
                )
            if (
                not ref.parent
                and ref.namespace
                and ns
                and ref.namespace != ns
                and doc.obj.get("kind") == "HTTPRoute"
                and not _granted(index, doc, ref)
            ):
                report(
                    doc,
                    ref.path,
                    f"refers to {shown} in another namespace without a ReferenceGrant there allowing it",
                    "reference/grant",
                    "error",
                )
            if (
                isinstance(ref.port, int)
                and not isinstance(ref.port, bool)
                and ref.kind == "Service"
                and ref.group == ""
                and ref.port not in _service_ports(target)
            ):
                report(
                    doc,
                    ref.path,
                    f"port {ref.port} is not a port of Service {ref.name} (ports: "
                    f"{sorted(p for p in _service_ports(target) if p is not None)})",
                    "reference/port",
                    "error",
                )
            if isinstance(ref.section, str) and ref.kind == "Gateway" and ref.section not in _listener_names(target):
                report(
                    doc,
                    ref.path,
                    f"sectionName {ref.section!r} is not a listener of Gateway {ref.name}",
                    "reference/section",
                    "error",
                )
    if not allow_external:  # with --allow-external-refs, pods deployed from elsewhere are expected: silent
        _check_monitoring_selectors(index, report)
    return findings


def _check_monitoring_selectors(index: Index, report: Callable[..., None]) -> None:
    """PodMonitoring / ClusterPodMonitoring selectors should select some pod template in the set: a
    warning, since model servers are often deployed from another repository."""
    templates: list[tuple[str, dict[str, Any]]] = []  # (namespace, "" when unset; pod template labels)
    by_label: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}  # each label -> templates carrying it
    for doc in index.of_kinds(WORKLOAD_KINDS):
        labels = _get(doc.obj, "spec", "template", "metadata", "labels") or {}
        if isinstance(labels, dict):
            entry = (namespace_of(doc), labels)
            templates.append(entry)
            for key, value in labels.items():
                if isinstance(key, str) and isinstance(value, str):  # others select nothing (the schema reports them)
                    by_label.setdefault((key, value), []).append(entry)
    for doc in index.of_kinds(
        {("monitoring.googleapis.com", "PodMonitoring"), ("monitoring.googleapis.com", "ClusterPodMonitoring")}
    ):
        selector = _map(_get(doc.obj, "spec", "selector"))
        if label_selector_matches(selector, {}) is None:
            continue
        ns = namespace_of(doc)
        cluster_wide = doc.obj.get("kind") == "ClusterPodMonitoring" or not ns
        # Only templates carrying the selector's rarest label can match: linear in the set's size.
        required = list(_map(selector.get("matchLabels")).items())
        candidates = min((by_label.get(label, []) for label in required), key=len) if required else templates
        if not any(
            (cluster_wide or t_ns in (ns, "")) and label_selector_matches(selector, labels)
            for t_ns, labels in candidates
        ):
            path = (
                ("spec", "selector", "matchLabels")
                if selector.get("matchLabels") and not selector.get("matchExpressions")
                else ("spec", "selector")
            )
            shown = json.dumps(selector, sort_keys=True)
            report(
                doc,
                path,
                f"selector {shown} selects no pod template in the validated set; if the pods are deployed "
                "separately, validate with their manifests or pass --allow-external-refs to silence this",
                "reference/selector",
                "warning",
            )


def finding_at(
    doc: Document, path: tuple[str | int, ...], message: str, rule: str, severity: Severity = "error"
) -> Finding:
    """A finding about ``doc`` at ``path``: its file and line, the object, the JSON path."""
    return Finding(
        doc.source,
        doc.line_of(path),
        str(doc.obj.get("kind", "")),
        namespace_of(doc),
        name_of(doc),
        format_path(path),
        message,
        rule,
        severity,
    )


def format_path(path: tuple[str | int, ...] | list[str | int]) -> str:
    """``spec.rules[0].backendRefs[1]`` style path; keys with dots or slashes in brackets
    (``metadata.labels["app.kubernetes.io/name"]``)."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        elif "." in part or "/" in part:
            text += f'["{part}"]'
        else:
            text += f".{part}" if text else part
    return text
