"""Which objects a policy applies to, as the API server decides it for a CREATE.

``ValidatingAdmissionPolicy``: ``matchConstraints`` (``resourceRules`` and ``excludeResourceRules``
by group, version, resource, operation, ``resourceNames`` and ``scope``; ``objectSelector``;
``namespaceSelector`` against the labels of Namespace objects in the set plus
``kubernetes.io/metadata.name``). The admission configuration kinds are exempt. The scope
(``Cluster``/``Namespaced``) of a kind comes from the CRDs in the checked set, the catalogue's CRDs
and the built-in cluster-scoped kinds; a kind none of them knows is namespaced when its object has
``metadata.namespace``. ``SetPolicy``: its ``match`` list of groups and kinds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infergw.catalogue import ENTRIES
from infergw.errors import InfergwError
from infergw.policy.loading import Policy
from infergw.selectors import label_selector_matches
from infergw.validation.fields import as_map
from infergw.validation.loader import Document
from infergw.validation.references import name_of, namespace_of
from infergw.validation.schemas import CLUSTER_SCOPED_CORE, KUBERNETES_VERSIONS, core_schema

#: Resource (plural) names of the core kinds policies usually match; custom kinds come from the catalogue.
CORE_RESOURCES = {
    "Deployment": "deployments",
    "StatefulSet": "statefulsets",
    "DaemonSet": "daemonsets",
    "ReplicaSet": "replicasets",
    "Job": "jobs",
    "CronJob": "cronjobs",
    "Pod": "pods",
    "Service": "services",
    "ServiceAccount": "serviceaccounts",
    "ConfigMap": "configmaps",
    "Secret": "secrets",
    "Namespace": "namespaces",
    "Role": "roles",
    "RoleBinding": "rolebindings",
    "ClusterRole": "clusterroles",
    "ClusterRoleBinding": "clusterrolebindings",
    "HorizontalPodAutoscaler": "horizontalpodautoscalers",
    "PodDisruptionBudget": "poddisruptionbudgets",
    "APIService": "apiservices",
    "CustomResourceDefinition": "customresourcedefinitions",
}
RESOURCES = CORE_RESOURCES | {e.kind: e.crd["spec"]["names"]["plural"] for e in ENTRIES}
#: ``(group, kind) -> (plural, namespaced)`` of the catalogue's CRDs.
CATALOGUE_KINDS = {
    (e.crd["spec"]["group"], e.kind): (e.crd["spec"]["names"]["plural"], e.crd["spec"]["scope"] == "Namespaced")
    for e in ENTRIES
}
#: Kinds a ValidatingAdmissionPolicy never sees (the API server exempts its own admission configuration).
EXEMPT_KINDS = frozenset(
    {
        "ValidatingWebhookConfiguration",
        "MutatingWebhookConfiguration",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
    }
)


@dataclass(frozen=True)
class Kinds:
    """Plural resource names and scopes of kinds: the checked set's CRDs first, then the catalogue, then built-ins."""

    crds: dict[tuple[str, str], tuple[str, bool]]

    @classmethod
    def of(cls, documents: list[Document]) -> Kinds:
        crds: dict[tuple[str, str], tuple[str, bool]] = {}
        for doc in documents:
            if doc.obj.get("kind") == "CustomResourceDefinition" and str(doc.obj.get("apiVersion", "")).startswith(
                "apiextensions.k8s.io/"
            ):
                spec = as_map(doc.obj.get("spec"))
                names = as_map(spec.get("names"))
                if (
                    isinstance(spec.get("group"), str)
                    and isinstance(names.get("kind"), str)
                    and isinstance(names.get("plural"), str)
                ):
                    crds[(spec["group"], names["kind"])] = (names["plural"], spec.get("scope") != "Cluster")
        return cls(crds)

    def resource(self, doc: Document, group: str, kind: str) -> tuple[str, bool]:
        """``(plural, namespaced)`` of ``doc``'s kind."""
        known = self.crds.get((group, kind)) or CATALOGUE_KINDS.get((group, kind))
        if known:
            return known
        plural = RESOURCES.get(kind) or f"{kind.lower()}s"
        if (group, kind) in CLUSTER_SCOPED_CORE:
            return plural, False
        if _is_core_kind(str(doc.obj.get("apiVersion", "")), kind):
            return plural, True
        return plural, bool(namespace_of(doc))


def _is_core_kind(api_version: str, kind: str) -> bool:
    """Whether Kubernetes itself defines ``kind`` (its schema ships with the validator)."""
    try:
        return core_schema(KUBERNETES_VERSIONS[-1], api_version, kind) is not None
    except (InfergwError, OSError, ValueError):
        return False


def _matches_rule(rule: dict[str, Any], group: str, version: str, resource: str, name: str, namespaced: bool) -> bool:
    """Kubernetes' NamedRuleWithOperations match of a CREATE of ``resource`` (no subresource) named ``name``."""

    def has(values: list[str] | None, value: str) -> bool:
        return values is not None and ("*" in values or value in values)

    def resource_matches(pattern: str) -> bool:
        main, _, sub = pattern.partition("/")  # "pods/*" also matches pods itself, as in the API server
        return main in ("*", resource) and sub in ("*", "")

    scope = rule.get("scope") or "*"
    if (scope == "Cluster" and namespaced) or (scope == "Namespaced" and not namespaced):
        return False
    operations = rule.get("operations") or []
    names = rule.get("resourceNames") or []
    return (
        has(rule.get("apiGroups"), group)
        and has(rule.get("apiVersions"), version)
        and any(resource_matches(r) for r in rule.get("resources") or [])
        and ("*" in operations or "CREATE" in operations)
        and (not names or name in names)
    )


def _selector_matches(selector: dict[str, Any] | None, labels: dict[str, str]) -> bool:
    """A policy's objectSelector or namespaceSelector: empty selects everything."""
    return not selector or label_selector_matches(selector, labels) is not False


def namespace_labels(documents: list[Document]) -> dict[str, dict[str, str]]:
    """The labels of each namespace: its Namespace object's, when in the set, plus the
    ``kubernetes.io/metadata.name`` label the API server gives every namespace."""
    labels: dict[str, dict[str, str]] = {}
    for doc in documents:
        if doc.obj.get("apiVersion") == "v1" and doc.obj.get("kind") == "Namespace" and name_of(doc):
            own = (doc.obj.get("metadata") or {}).get("labels")
            labels[name_of(doc)] = dict(own) if isinstance(own, dict) else {}
    return labels


def _namespace_selected(
    selector: dict[str, Any] | None, doc: Document, namespaced: bool, namespaces: dict[str, dict[str, str]]
) -> bool:
    """Kubernetes' namespaceSelector: a Namespace is matched by its own labels, another cluster-scoped
    object always matches, a namespaced one by its namespace's labels (``default`` when unset)."""
    if not selector:
        return True
    if doc.obj.get("apiVersion") == "v1" and doc.obj.get("kind") == "Namespace":
        namespace = name_of(doc)
    elif not namespaced:
        return True
    else:
        namespace = namespace_of(doc) or "default"
    return _selector_matches(selector, {**namespaces.get(namespace, {}), "kubernetes.io/metadata.name": namespace})


def admission_applies(policy: Policy, doc: Document, kinds: Kinds, namespaces: dict[str, dict[str, str]]) -> bool:
    group, _, version = str(doc.obj.get("apiVersion", "")).rpartition("/")
    kind = str(doc.obj.get("kind", ""))
    if group == "admissionregistration.k8s.io" and kind in EXEMPT_KINDS:
        return False
    resource, namespaced = kinds.resource(doc, group, kind)
    name = name_of(doc)
    constraints = policy.spec.get("matchConstraints") or {}
    if not any(
        _matches_rule(r, group, version, resource, name, namespaced) for r in constraints.get("resourceRules") or []
    ):
        return False
    if any(
        _matches_rule(r, group, version, resource, name, namespaced)
        for r in constraints.get("excludeResourceRules") or []
    ):
        return False
    labels = (doc.obj.get("metadata") or {}).get("labels") or {}
    return _selector_matches(constraints.get("objectSelector"), labels) and _namespace_selected(
        constraints.get("namespaceSelector"), doc, namespaced, namespaces
    )


def set_applies(policy: Policy, doc: Document) -> bool:
    group = str(doc.obj.get("apiVersion", "")).rpartition("/")[0]
    return any(m.get("group", group) == group and doc.obj.get("kind") in m["kinds"] for m in policy.spec["match"])
