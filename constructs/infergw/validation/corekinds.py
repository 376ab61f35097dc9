"""Go-side checks of the API server for the core kinds infergw emits or its seeds contain.

The OpenAPI schemas of built-in kinds carry types, not the rules Kubernetes' ``validation`` packages
apply in Go. They are here: field rules as data (:data:`FIELD_RULES`: rule id, kinds, path, check,
message in the API server's words) and, for rules that relate fields, one small function per kind
(:data:`OBJECT_CHECKS`). Each check yields ``(path, message, rule)``; paths use ``*`` for every
list item or map value. Checks that need the cluster's state (quota, admission, existing objects)
are out of reach of an offline validator.
"""

from __future__ import annotations

import marshal
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeGuard

from infergw.names import DNS_LABEL, DNS_SUBDOMAIN
from infergw.selectors import label_selector_matches
from infergw.validation.fields import as_list as _list
from infergw.validation.fields import as_map as _map
from infergw.validation.fields import field as _get

Problem = tuple[tuple[str | int, ...], str, str]
Path = tuple[str, ...]

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
#: resource.ParseQuantity's grammar: sign, digits with at most one point, then a binary or decimal
#: SI suffix or a decimal exponent.
QUANTITY = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[munkMGTPE]?|[eE][+-]?[0-9]+)$")
QUANTITY_MESSAGE = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
DNS_LABEL_MESSAGE = (
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and "
    "end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
)
DNS_SUBDOMAIN_MESSAGE = (
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
    "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
)
_IANA_SVC_NAME = re.compile(r"^[-a-z0-9]{1,15}$")
_PERCENT = re.compile(r"^[0-9]+%$")
RBAC_GROUP = "rbac.authorization.k8s.io"
SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token"
SERVICE_ACCOUNT_NAME_KEY = "kubernetes.io/service-account.name"


def _quoted(values: tuple[str, ...]) -> str:
    return ", ".join(f'"{v}"' for v in values)


def _shown(value: Any) -> str:
    return f'"{value}"' if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)


def not_supported(value: Any, allowed: tuple[str, ...]) -> str:
    """The API server's ``field.NotSupported`` text."""
    return f"Unsupported value: {_shown(value)}: supported values: {_quoted(allowed)}"


def invalid(value: Any, why: str) -> str:
    """The API server's ``field.Invalid`` text."""
    return f"Invalid value: {_shown(value)}: {why}"


REQUIRED = "Required value"


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def parse_quantity(value: Any) -> float | None:
    """The quantity's value (an approximation good for signs and comparisons), None when it is not one."""
    if _is_int(value) or isinstance(value, float):
        return float(value)
    if not isinstance(value, str) or not QUANTITY.match(value):
        return None
    number = re.match(r"^[+-]?[0-9.]+", value)
    assert number is not None
    suffix = value[number.end() :]
    scale = {"m": 1e-3, "u": 1e-6, "n": 1e-9, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18}
    binary = {"Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}
    if suffix[:1] in ("e", "E"):
        factor = 10.0 ** min(int(suffix[1:]), 308)
    else:
        factor = float(binary.get(suffix) or scale.get(suffix, 1))
    return float(number.group()) * factor


# Field checks: value -> message or None.
def quantity(value: Any) -> str | None:
    return None if parse_quantity(value) is not None else invalid(value, QUANTITY_MESSAGE)


def nonnegative_quantity(value: Any) -> str | None:
    parsed = parse_quantity(value)
    if parsed is None:
        return invalid(value, QUANTITY_MESSAGE)
    return invalid(value, "must be greater than or equal to 0") if parsed < 0 else None


def positive_quantity(value: Any) -> str | None:
    parsed = parse_quantity(value)
    if parsed is None:
        return invalid(value, QUANTITY_MESSAGE)
    return invalid(value, "must be positive") if parsed <= 0 else None


def int32(value: Any) -> str | None:
    if _is_int(value) and not INT32_MIN <= value <= INT32_MAX:
        return invalid(value, f"must fit in a 32-bit integer ({INT32_MIN} to {INT32_MAX})")
    return None


def nonnegative_int32(value: Any) -> str | None:
    if _is_int(value) and value < 0:
        return invalid(value, "must be greater than or equal to 0")
    return int32(value)


def dns_label(value: Any) -> str | None:
    if isinstance(value, str) and (len(value) > 63 or not DNS_LABEL.match(value)):
        return invalid(value, DNS_LABEL_MESSAGE if len(value) <= 63 else "must be no more than 63 characters")
    return None


def dns_subdomain(value: Any) -> str | None:
    if isinstance(value, str) and (len(value) > 253 or not DNS_SUBDOMAIN.match(value)):
        return invalid(value, DNS_SUBDOMAIN_MESSAGE if len(value) <= 253 else "must be no more than 253 characters")
    return None


def iana_service_name_problem(name: str) -> str | None:
    """Why ``name`` is not an IANA service name (a named port), or None."""
    if len(name) > 15:
        return "must be no more than 15 characters"
    if not _IANA_SVC_NAME.match(name):
        return "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
    if "--" in name:
        return "must not contain consecutive hyphens"
    if not re.search("[a-z]", name):
        return "must contain at least one letter (a-z)"
    if name.startswith("-") or name.endswith("-"):
        return "must not begin or end with a hyphen"
    return None


def port_or_name(value: Any) -> str | None:
    """An int-or-string port (probes): a number 1-65535 or an IANA service name."""
    if _is_int(value):
        return None if 1 <= value <= 65535 else invalid(value, "must be between 1 and 65535, inclusive")
    if isinstance(value, str):
        problem = iana_service_name_problem(value)
        return invalid(value, problem) if problem else None
    return None


def target_port(value: Any) -> str | None:
    """A Service's targetPort: ``0`` (or unset) is defaulted to ``port`` by the server, not refused."""
    return None if value == 0 and _is_int(value) else port_or_name(value)


def non_empty_string(value: Any) -> str | None:
    return REQUIRED if value == "" else None


def int_or_percent(value: Any) -> str | None:
    """PDB minAvailable/maxUnavailable: a non-negative number or a percent string."""
    if _is_int(value):
        return invalid(value, "must be greater than or equal to 0") if value < 0 else int32(value)
    if isinstance(value, str) and not _PERCENT.match(value):
        return invalid(
            value,
            "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', "
            "regex used for validation is '[0-9]+%')",
        )
    return None


def enum(*allowed: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        return not_supported(value, allowed) if isinstance(value, str) and value not in allowed else None

    return check


@dataclass(frozen=True)
class FieldRule:
    """One Go-side rule on the values at ``path`` of the objects of ``kinds``."""

    rule: str
    kinds: frozenset[tuple[str, str]]
    path: Path
    check: Callable[[Any], str | None]


#: Where each kind keeps its pod spec.
POD_SPECS: dict[tuple[str, str], Path] = {
    ("", "Pod"): ("spec",),
    ("", "PodTemplate"): ("template", "spec"),
    ("", "ReplicationController"): ("spec", "template", "spec"),
    ("apps", "Deployment"): ("spec", "template", "spec"),
    ("apps", "StatefulSet"): ("spec", "template", "spec"),
    ("apps", "DaemonSet"): ("spec", "template", "spec"),
    ("apps", "ReplicaSet"): ("spec", "template", "spec"),
    ("batch", "Job"): ("spec", "template", "spec"),
    ("batch", "CronJob"): ("spec", "jobTemplate", "spec", "template", "spec"),
}
_CONTAINER_LISTS = ("containers", "initContainers")
_PROBES = ("livenessProbe", "readinessProbe", "startupProbe")
_PROBE_INTS = ("initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold")

#: Container-relative field rules (``path`` below one container).
CONTAINER_RULES: tuple[tuple[str, Path, Callable[[Any], str | None]], ...] = (
    ("pod/container-name", ("name",), dns_label),
    ("pod/resources", ("resources", "limits", "*"), nonnegative_quantity),
    ("pod/resources", ("resources", "requests", "*"), nonnegative_quantity),
    (
        "pod/port-name",
        ("ports", "*", "name"),
        lambda v: invalid(v, p) if isinstance(v, str) and (p := iana_service_name_problem(v)) else None,
    ),
    ("pod/protocol", ("ports", "*", "protocol"), enum("SCTP", "TCP", "UDP")),
    ("pod/mount-path", ("volumeMounts", "*", "mountPath"), non_empty_string),
    *(
        ("pod/probe-port", (probe, handler, "port"), port_or_name)
        for probe in _PROBES
        for handler in ("httpGet", "tcpSocket")
    ),
    *(("pod/probe-port", (probe, "grpc", "port"), port_or_name) for probe in _PROBES),
    *(("int32", (probe, field), nonnegative_int32) for probe in _PROBES for field in _PROBE_INTS),
)

_HPA = frozenset({("autoscaling", "HorizontalPodAutoscaler")})
_METRIC_SOURCES = ("object", "pods", "resource", "containerResource", "external")

#: Field rules of whole objects (pod templates' container rules are expanded from :data:`CONTAINER_RULES`).
FIELD_RULES: tuple[FieldRule, ...] = (
    *(
        FieldRule(rule, frozenset({kind}), (*spec, containers, "*", *path), check)
        for kind, spec in POD_SPECS.items()
        for containers in _CONTAINER_LISTS
        for rule, path, check in CONTAINER_RULES
    ),
    *(
        FieldRule("pod/volume-name", frozenset({kind}), (*spec, "volumes", "*", "name"), dns_label)
        for kind, spec in POD_SPECS.items()
    ),
    *(
        FieldRule("pod/overhead", frozenset({kind}), (*spec, "overhead", "*"), nonnegative_quantity)
        for kind, spec in POD_SPECS.items()
    ),
    *(
        FieldRule("int32", frozenset({("apps", kind)}), ("spec", field), nonnegative_int32)
        for kind in ("Deployment", "StatefulSet", "ReplicaSet", "DaemonSet")
        for field in ("replicas", "minReadySeconds", "revisionHistoryLimit", "progressDeadlineSeconds")
    ),
    FieldRule(
        "service/protocol", frozenset({("", "Service")}), ("spec", "ports", "*", "protocol"), enum("SCTP", "TCP", "UDP")
    ),
    FieldRule("service/port-name", frozenset({("", "Service")}), ("spec", "ports", "*", "name"), dns_label),
    FieldRule("service/target-port", frozenset({("", "Service")}), ("spec", "ports", "*", "targetPort"), target_port),
    FieldRule("int32", frozenset({("", "Service")}), ("spec", "ports", "*", "nodePort"), int32),
    FieldRule(
        "service/type",
        frozenset({("", "Service")}),
        ("spec", "type"),
        enum("ClusterIP", "ExternalName", "LoadBalancer", "NodePort"),
    ),
    *(FieldRule("int32", _HPA, ("spec", field), int32) for field in ("minReplicas", "maxReplicas")),
    FieldRule(
        "hpa/metric-type",
        _HPA,
        ("spec", "metrics", "*", "type"),
        enum("ContainerResource", "External", "Object", "Pods", "Resource"),
    ),
    *(
        FieldRule("hpa/target", _HPA, ("spec", "metrics", "*", source, "target", field), positive_quantity)
        for source in _METRIC_SOURCES
        for field in ("value", "averageValue")
    ),
    *(
        FieldRule(
            "hpa/target",
            _HPA,
            ("spec", "metrics", "*", source, "target", "type"),
            enum("AverageValue", "Utilization", "Value"),
        )
        for source in _METRIC_SOURCES
    ),
    *(
        FieldRule(
            "hpa/target",
            _HPA,
            ("spec", "metrics", "*", source, "target", "averageUtilization"),
            lambda v: invalid(v, "must be greater than 0") if _is_int(v) and v <= 0 else int32(v),
        )
        for source in _METRIC_SOURCES
    ),
    *(
        FieldRule("pdb/int-or-percent", frozenset({("policy", "PodDisruptionBudget")}), ("spec", field), int_or_percent)
        for field in ("minAvailable", "maxUnavailable")
    ),
    *(
        FieldRule("rbac/verbs", frozenset({(RBAC_GROUP, kind)}), ("rules", "*", "verbs", "*"), non_empty_string)
        for kind in ("Role", "ClusterRole")
    ),
    *(
        FieldRule(
            "rbac/subject-kind",
            frozenset({(RBAC_GROUP, kind)}),
            ("subjects", "*", "kind"),
            enum("Group", "ServiceAccount", "User"),
        )
        for kind in ("RoleBinding", "ClusterRoleBinding")
    ),
    FieldRule(
        "rbac/role-ref", frozenset({(RBAC_GROUP, "RoleBinding")}), ("roleRef", "kind"), enum("ClusterRole", "Role")
    ),
    FieldRule(
        "rbac/role-ref", frozenset({(RBAC_GROUP, "ClusterRoleBinding")}), ("roleRef", "kind"), enum("ClusterRole")
    ),
    *(
        FieldRule("rbac/role-ref", frozenset({(RBAC_GROUP, kind)}), ("roleRef", "apiGroup"), enum(RBAC_GROUP))
        for kind in ("RoleBinding", "ClusterRoleBinding")
    ),
)


#: The field rules of each kind as a tree of path parts (``*``: every item), so one walk of an object
#: visits each field once whatever the number of rules: {part: subtree}, rules at key ``None``.
_Tree = dict[str | None, Any]
_TREES: dict[tuple[str, str], _Tree] = {}
for _rule in FIELD_RULES:
    for _kind in _rule.kinds:
        _node = _TREES.setdefault(_kind, {})
        for _part in _rule.path:
            _node = _node.setdefault(_part, {})
        _node.setdefault(None, []).append(_rule)


def _walk(tree: _Tree, value: Any, at: tuple[str | int, ...]) -> Iterator[Problem]:
    for rule in tree.get(None, ()):
        message = rule.check(value)
        if message:
            yield at, message, rule.rule
    if isinstance(value, dict):
        for part, subtree in tree.items():
            if part == "*":
                for key, item in value.items():
                    yield from _walk(subtree, item, (*at, key))
            elif part is not None and part in value:
                yield from _walk(subtree, value[part], (*at, part))
    elif isinstance(value, list) and "*" in tree:
        subtree = tree["*"]
        for index, item in enumerate(value):
            yield from _walk(subtree, item, (*at, index))


def values_at(value: Any, path: Path, at: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """``(path, value)`` of every value at ``path``; ``*`` is every list item or map value."""
    if not path:
        yield at, value
    elif path[0] == "*":
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield from values_at(item, path[1:], (*at, index))
        elif isinstance(value, dict):
            for key, item in value.items():
                yield from values_at(item, path[1:], (*at, key))
    elif isinstance(value, dict) and path[0] in value:
        yield from values_at(value[path[0]], path[1:], (*at, path[0]))


# Checks that relate fields: one function per kind.
def _pod_spec(obj: dict[str, Any], spec_path: Path) -> Iterator[Problem]:
    spec = _map(_get(obj, *spec_path))
    if not spec:
        return
    volumes = [v.get("name") if isinstance(v, dict) else None for v in _list(spec.get("volumes"))]
    seen: set[str] = set()
    for index, name in enumerate(volumes):
        if isinstance(name, str) and name in seen:
            yield (*spec_path, "volumes", index, "name"), f"Duplicate value: {_shown(name)}", "pod/volume-name"
        if isinstance(name, str):
            seen.add(name)
    names: set[str] = set()
    for containers in _CONTAINER_LISTS:
        for index, container in enumerate(_list(spec.get(containers))):
            if not isinstance(container, dict):
                continue
            at: tuple[str | int, ...] = (*spec_path, containers, index)
            name = container.get("name")
            if isinstance(name, str) and name in names:
                yield (*at, "name"), f"Duplicate value: {_shown(name)}", "pod/container-name"
            if isinstance(name, str):
                names.add(name)
            for m, mount in enumerate(_list(container.get("volumeMounts"))):
                mount_name = _map(mount).get("name")
                if isinstance(mount_name, str) and mount_name not in volumes:
                    yield (*at, "volumeMounts", m, "name"), f"Not found: {_shown(mount_name)}", "pod/volume-mount"
            resources = _map(container.get("resources"))
            limits, requests = _map(resources.get("limits")), _map(resources.get("requests"))
            for resource, request in requests.items():
                if resource not in limits:
                    continue
                asked, limit = parse_quantity(request), parse_quantity(limits[resource])
                if asked is not None and limit is not None and asked > limit:
                    yield (
                        (*at, "resources", "requests", resource),
                        invalid(request, f"must be less than or equal to {resource} limit of {limits[resource]}"),
                        "pod/resources",
                    )


def _workload(obj: dict[str, Any]) -> Iterator[Problem]:
    selector = _map(_get(obj, "spec", "selector"))
    labels = _map(_get(obj, "spec", "template", "metadata", "labels"))
    if "selector" in _map(obj.get("spec")) and not (selector.get("matchLabels") or selector.get("matchExpressions")):
        yield ("spec", "selector"), invalid(selector, "empty selector is invalid for deployment"), "workload/selector"
        return
    if selector and label_selector_matches(selector, labels) is False:
        yield (
            ("spec", "template", "metadata", "labels"),
            invalid(labels, "`selector` does not match template `labels`"),
            "workload/selector",
        )


def _service(obj: dict[str, Any]) -> Iterator[Problem]:
    from infergw.validation.apiserver import label_problem

    spec = _map(obj.get("spec"))
    kind = spec.get("type", "ClusterIP")
    ports = _list(spec.get("ports"))
    if not ports and spec.get("clusterIP") != "None" and kind != "ExternalName":
        yield ("spec", "ports"), REQUIRED, "service/ports"
    names: set[str] = set()
    numbers: set[tuple[int, str]] = set()
    for index, port in enumerate(ports):
        if not isinstance(port, dict):
            continue
        name = port.get("name")
        if len(ports) > 1 and not name:
            yield ("spec", "ports", index, "name"), REQUIRED, "service/port-name"
        elif isinstance(name, str) and name in names:
            yield ("spec", "ports", index, "name"), f"Duplicate value: {_shown(name)}", "service/port-name"
        if isinstance(name, str):
            names.add(name)
        number, protocol = port.get("port"), port.get("protocol", "TCP")
        if not (_is_int(number) and isinstance(protocol, str)):
            continue  # the schema reports values of the wrong type
        if (number, protocol) in numbers:
            yield (
                ("spec", "ports", index),
                f"Duplicate value: port {number} with protocol {protocol} is already defined",
                "service/port-unique",
            )
        numbers.add((number, protocol))
    for key, value in _map(spec.get("selector")).items():
        if isinstance(key, str) and (problem := label_problem(key, value if isinstance(value, str) else "")):
            yield ("spec", "selector", key), problem, "service/selector"


def _hpa(obj: dict[str, Any]) -> Iterator[Problem]:
    spec = _map(obj.get("spec"))
    low, high = spec.get("minReplicas", 1), spec.get("maxReplicas")
    if _is_int(low) and low < 1:
        yield ("spec", "minReplicas"), invalid(low, "must be greater than or equal to 1"), "hpa/replicas"
    if _is_int(high) and high < 1:
        yield ("spec", "maxReplicas"), invalid(high, "must be greater than 0"), "hpa/replicas"
    elif _is_int(high) and _is_int(low) and high < low:
        yield ("spec", "maxReplicas"), invalid(high, "must be greater than or equal to `minReplicas`"), "hpa/replicas"
    sources = dict(zip(("Object", "Pods", "Resource", "ContainerResource", "External"), _METRIC_SOURCES, strict=True))
    for index, metric in enumerate(_list(spec.get("metrics"))):
        if not isinstance(metric, dict) or not isinstance(metric.get("type"), str) or metric["type"] not in sources:
            continue  # the type enum rule reports it
        wanted = sources[metric["type"]]
        if not isinstance(metric.get(wanted), dict):
            yield (
                ("spec", "metrics", index, wanted),
                f"{REQUIRED}: must populate information for the given metric source",
                "hpa/metric-source",
            )
        for other in _METRIC_SOURCES:
            if other != wanted and other in metric:
                yield (
                    ("spec", "metrics", index, other),
                    "Forbidden: must populate the given metric source only",
                    "hpa/metric-source",
                )


def _rbac_rules(obj: dict[str, Any], namespaced: bool) -> Iterator[Problem]:
    for index, rule in enumerate(_list(obj.get("rules"))):
        if not isinstance(rule, dict):
            continue
        at = ("rules", index)
        if not rule.get("verbs"):
            yield (*at, "verbs"), f"{REQUIRED}: verbs must contain at least one value", "rbac/verbs"
        if rule.get("nonResourceURLs"):
            if namespaced:
                yield (
                    (*at, "nonResourceURLs"),
                    invalid(rule["nonResourceURLs"], "namespaced rules cannot apply to non-resource URLs"),
                    "rbac/rule",
                )
            elif rule.get("apiGroups") or rule.get("resources") or rule.get("resourceNames"):
                yield (
                    (*at, "nonResourceURLs"),
                    invalid(
                        rule["nonResourceURLs"], "rules cannot apply to both regular resources and non-resource URLs"
                    ),
                    "rbac/rule",
                )
            continue
        if not rule.get("apiGroups"):
            yield (
                (*at, "apiGroups"),
                f"{REQUIRED}: resource rules must supply at least one api group",
                "rbac/api-groups",
            )
        if not rule.get("resources"):
            yield (*at, "resources"), f"{REQUIRED}: resource rules must supply at least one resource", "rbac/resources"


def _binding(obj: dict[str, Any], namespaced: bool) -> Iterator[Problem]:
    if not _get(obj, "roleRef", "name"):
        yield ("roleRef", "name"), REQUIRED, "rbac/role-ref"
    for index, subject in enumerate(_list(obj.get("subjects"))):
        if not isinstance(subject, dict):
            continue
        at = ("subjects", index)
        name, kind, group = subject.get("name"), subject.get("kind"), subject.get("apiGroup", "")
        if not name:
            yield (*at, "name"), REQUIRED, "rbac/subject"
        if kind == "ServiceAccount":
            if name and (problem := dns_subdomain(name)):
                yield (*at, "name"), problem, "rbac/subject"
            if group:
                yield (*at, "apiGroup"), not_supported(group, ("",)), "rbac/subject"
            if not namespaced and not subject.get("namespace"):
                yield (*at, "namespace"), REQUIRED, "rbac/subject"
        elif kind in ("User", "Group") and group != RBAC_GROUP:
            yield (*at, "apiGroup"), not_supported(group, (RBAC_GROUP,)), "rbac/subject"


def _api_service(obj: dict[str, Any]) -> Iterator[Problem]:
    spec = _map(obj.get("spec"))
    version, group = spec.get("version", ""), spec.get("group", "")
    name = _get(obj, "metadata", "name")
    required = f"{version}.{group}"
    if isinstance(name, str) and name != required:
        yield (
            ("metadata", "name"),
            invalid(name, f'must be `spec.version+"."+spec.group`: "{required}"'),
            "apiservice/name",
        )
    if not group and version != "v1":
        yield (
            ("spec", "group"),
            f"{REQUIRED}: only v1 may have an empty group and it better be legacy kube",
            "apiservice/group",
        )
    low = spec.get("groupPriorityMinimum", 0)
    if _is_int(low) and not 0 < low <= 20000:
        yield (
            ("spec", "groupPriorityMinimum"),
            invalid(low, "must be positive and less than 20000"),
            "apiservice/priority",
        )
    priority = spec.get("versionPriority", 0)
    if _is_int(priority) and not 0 < priority <= 1000:
        yield (
            ("spec", "versionPriority"),
            invalid(priority, "must be positive and less than 1000"),
            "apiservice/priority",
        )
    service = spec.get("service")
    if isinstance(service, dict):
        for field in ("namespace", "name"):
            if not service.get(field):
                yield ("spec", "service", field), REQUIRED, "apiservice/service"
    elif spec.get("caBundle"):
        yield (
            ("spec", "caBundle"),
            invalid(spec["caBundle"], "local APIServices may not have a caBundle"),
            "apiservice/service",
        )


def _secret(obj: dict[str, Any]) -> Iterator[Problem]:
    if obj.get("type") == SERVICE_ACCOUNT_TOKEN:
        annotations = _map(_get(obj, "metadata", "annotations"))
        if not annotations.get(SERVICE_ACCOUNT_NAME_KEY):
            yield (
                ("metadata", "annotations", SERVICE_ACCOUNT_NAME_KEY),
                f"{REQUIRED}: a {SERVICE_ACCOUNT_TOKEN} Secret names its ServiceAccount in this annotation",
                "secret/service-account",
            )
    data = _map(obj.get("data"))
    for key in (*data, *_map(obj.get("stringData"))):
        if isinstance(key, str) and not re.match(r"^[-._a-zA-Z0-9]+$", key):
            yield (
                ("data" if key in data else "stringData", key),
                invalid(key, "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"),
                "secret/key",
            )


def _config_map(obj: dict[str, Any]) -> Iterator[Problem]:
    for field in ("data", "binaryData"):
        for key in _map(obj.get(field)):
            if isinstance(key, str) and (not re.match(r"^[-._a-zA-Z0-9]+$", key) or len(key) > 253):
                yield (
                    (field, key),
                    invalid(key, "a valid config key must consist of alphanumeric characters, '-', '_' or '.'"),
                    "configmap/key",
                )


#: Checks that relate fields, per kind.
OBJECT_CHECKS: dict[tuple[str, str], Callable[[dict[str, Any]], Iterator[Problem]]] = {
    **{kind: partial(_pod_spec, spec_path=spec) for kind, spec in POD_SPECS.items()},
    ("", "Service"): _service,
    ("autoscaling", "HorizontalPodAutoscaler"): _hpa,
    (RBAC_GROUP, "Role"): lambda obj: _rbac_rules(obj, True),
    (RBAC_GROUP, "ClusterRole"): lambda obj: _rbac_rules(obj, False),
    (RBAC_GROUP, "RoleBinding"): lambda obj: _binding(obj, True),
    (RBAC_GROUP, "ClusterRoleBinding"): lambda obj: _binding(obj, False),
    ("apiregistration.k8s.io", "APIService"): _api_service,
    ("", "Secret"): _secret,
    ("", "ConfigMap"): _config_map,
}
_WORKLOADS = frozenset({("apps", "Deployment"), ("apps", "StatefulSet"), ("apps", "DaemonSet"), ("apps", "ReplicaSet")})


#: Field-rule problems of one top-level field of a kind, by the field's ``marshal`` form: the rules
#: read nothing but the values they check, so a field repeated across a set is walked once.
_REMEMBERED: dict[tuple[str, str, str], dict[bytes, list[Problem]]] = {}
REMEMBERED_PER_FIELD = 2048


def _walk_fields(key: tuple[str, str], tree: _Tree, obj: dict[str, Any]) -> Iterator[Problem]:
    """:func:`_walk` of an object, the problems of each field but ``metadata`` (unique to the object,
    as a rule) remembered by its exact value; same problems, same order."""
    for rule in tree.get(None, ()):
        message = rule.check(obj)
        if message:
            yield (), message, rule.rule
    for part, subtree in tree.items():
        if part is None:
            continue
        if part == "*":
            for name, item in obj.items():
                yield from _walk(subtree, item, (name,))
            continue
        if part not in obj:
            continue
        item = obj[part]
        try:
            form = None if part == "metadata" else marshal.dumps(item, 2)
        except ValueError:  # not plain data
            form = None
        if form is None:
            yield from _walk(subtree, item, (part,))
            continue
        remembered = _REMEMBERED.setdefault((*key, part), {})
        found = remembered.get(form)
        if found is None:
            found = list(_walk(subtree, item, (part,)))
            if len(remembered) >= REMEMBERED_PER_FIELD:
                remembered.clear()
            remembered[form] = found
        yield from found


def core_problems(group: str, kind: str, obj: dict[str, Any]) -> Iterator[Problem]:
    """Every Go-side problem of a built-in object (field rules, then the kind's relational checks)."""
    tree = _TREES.get((group, kind))
    if tree is not None:
        yield from _walk_fields((group, kind), tree, obj) if isinstance(obj, dict) else _walk(tree, obj, ())
    check = OBJECT_CHECKS.get((group, kind))
    if check is not None:
        yield from check(obj)
    if (group, kind) in _WORKLOADS:
        yield from _workload(obj)
