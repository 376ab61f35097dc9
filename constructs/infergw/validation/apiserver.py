"""Checks the API server makes in Go code rather than in OpenAPI schemas.

For every kind: the object's name (by kind), its namespace, label keys and values, annotation keys
and their total size (Kubernetes' ObjectMeta validation). For built-in kinds: the port numbers
their schemas leave unbounded. Each check yields ``(path, message, rule)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from infergw.names import DNS_1035_LABEL, DNS_LABEL, DNS_SUBDOMAIN

Problem = tuple[tuple[str | int, ...], str, str]

_QUALIFIED_NAME = re.compile(r"^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$")
_LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$")
ANNOTATIONS_MAX_BYTES = 256 * 1024

_SUBDOMAIN_RULE = (DNS_SUBDOMAIN, 253, "a DNS subdomain (lower-case letters, digits, '-' and '.')")
#: Kinds whose names the API server checks more strictly than a DNS subdomain.
NAME_RULES = {
    ("", "Service"): (
        DNS_1035_LABEL,
        63,
        "an RFC 1035 label (lower-case letters, digits, '-', starting with a letter)",
    ),
    ("", "Namespace"): (DNS_LABEL, 63, "an RFC 1123 label (lower-case letters, digits, '-')"),
}
#: Kinds whose names are path segments (any text without '/' or '%', not '.' or '..').
PATH_SEGMENT_NAMES = frozenset(
    {
        ("rbac.authorization.k8s.io", "ClusterRole"),
        ("rbac.authorization.k8s.io", "Role"),
        ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        ("rbac.authorization.k8s.io", "RoleBinding"),
    }
)

_POD_TEMPLATE_KINDS = (
    ("apps", "Deployment"),
    ("apps", "StatefulSet"),
    ("apps", "DaemonSet"),
    ("apps", "ReplicaSet"),
    ("batch", "Job"),
)
_CONTAINER_PORTS = (
    ("containers", "*", "ports", "*", "containerPort"),
    ("initContainers", "*", "ports", "*", "containerPort"),
)
#: Port fields of built-in kinds (``*``: every list item) that must be 1-65535 when they are numbers.
PORT_FIELDS: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {
    ("", "Service"): (("spec", "ports", "*", "port"),),  # targetPort 0 is defaulted to port (corekinds)
    ("", "Pod"): tuple(("spec", *p) for p in _CONTAINER_PORTS),
    **{kind: tuple(("spec", "template", "spec", *p) for p in _CONTAINER_PORTS) for kind in _POD_TEMPLATE_KINDS},
    ("apiregistration.k8s.io", "APIService"): (("spec", "service", "port"),),
}


def _qualified_name_problem(key: str) -> str | None:
    """Why ``key`` is not a qualified name (``[prefix/]name``), or None."""
    prefix, slash, name = key.rpartition("/")
    if slash and (not prefix or len(prefix) > 253 or not DNS_SUBDOMAIN.match(prefix)):
        return "its prefix must be a DNS subdomain (lower-case letters, digits, '-' and '.') of at most 253 characters"
    if not name or len(name) > 63 or not _QUALIFIED_NAME.match(name):
        return (
            "its name must be at most 63 characters: letters, digits, '-', '_' or '.', "
            "starting and ending with a letter or digit"
        )
    return None


def label_key_problem(key: str) -> str | None:
    """Why ``key`` is not a valid Kubernetes label key (``[prefix/]name``), or None."""
    problem = _qualified_name_problem(key)
    return None if problem is None else f"label key {key!r} is not valid: {problem}"


def label_value_problem(value: str) -> str | None:
    """Why ``value`` is not a valid Kubernetes label value, or None."""
    if len(value) > 63 or not _LABEL_VALUE.match(value):
        return (
            f"label value {value!r} is not valid: at most 63 characters, letters, digits, '-', '_' or '.', "
            "starting and ending with a letter or digit (or empty)"
        )
    return None


def label_problem(key: str, value: str) -> str | None:
    """Why ``key: value`` is not a valid Kubernetes label (also for label selectors), or None."""
    return label_key_problem(key) or label_value_problem(value)


def _name_problem(group: str, kind: str, name: str) -> str | None:
    if (group, kind) in PATH_SEGMENT_NAMES:
        if name in (".", "..") or "/" in name or "%" in name:
            return f"name {name!r} must not be '.' or '..' or contain '/' or '%'"
        return None
    pattern, limit, what = NAME_RULES.get((group, kind), _SUBDOMAIN_RULE)
    if len(name) > limit or not pattern.match(name):
        return f"name {name!r} must be {what} of at most {limit} characters"
    return None


def metadata_problems(group: str, kind: str, obj: dict[str, Any], *, namespaced: bool) -> Iterator[Problem]:
    """The API server's ObjectMeta checks: name, namespace, labels, annotations."""
    meta = obj.get("metadata")
    if not isinstance(meta, dict) or not (meta.get("name") or meta.get("generateName")):
        yield ("metadata",), "metadata.name is required", "metadata/name"
        return
    name = meta.get("name")
    if isinstance(name, str) and (problem := _name_problem(group, kind, name)):
        yield ("metadata", "name"), problem, "metadata/name"
    namespace = meta.get("namespace")
    if (
        namespaced
        and isinstance(namespace, str)
        and namespace
        and (len(namespace) > 63 or not DNS_LABEL.match(namespace))
    ):
        yield (
            ("metadata", "namespace"),
            f"namespace {namespace!r} must be an RFC 1123 label (lower-case letters, digits, '-') of at most 63 "
            "characters",
            "metadata/namespace",
        )
    labels = meta.get("labels")
    for key, value in labels.items() if isinstance(labels, dict) else ():
        if not isinstance(key, str):
            continue  # only in-memory objects: the schema check reports it
        if (problem := label_problem(key, value if isinstance(value, str) else "")) is not None:
            yield ("metadata", "labels", key), problem, "metadata/labels"
    annotations = meta.get("annotations")
    if isinstance(annotations, dict):
        for key in annotations:
            if isinstance(key, str) and (problem := _qualified_name_problem(key.lower())) is not None:
                yield (
                    ("metadata", "annotations", key),
                    f"annotation key {key!r} is not valid: {problem}",
                    "metadata/annotations",
                )
        size = sum(
            len(k.encode(errors="replace")) + len(v.encode(errors="replace"))
            for k, v in annotations.items()
            if isinstance(k, str) and isinstance(v, str)
        )
        if size > ANNOTATIONS_MAX_BYTES:
            yield (
                ("metadata", "annotations"),
                f"annotations total {size} bytes; the limit is {ANNOTATIONS_MAX_BYTES} (256 KiB)",
                "metadata/annotations",
            )


def _values(
    value: Any, path: tuple[str, ...], at: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    if not path:
        yield at, value
    elif path[0] == "*":
        for index, item in enumerate(value if isinstance(value, list) else ()):
            yield from _values(item, path[1:], (*at, index))
    elif isinstance(value, dict) and path[0] in value:
        yield from _values(value[path[0]], path[1:], (*at, path[0]))


def port_problems(group: str, kind: str, obj: dict[str, Any]) -> Iterator[Problem]:
    """Numeric ports of built-in kinds outside 1-65535 (:data:`PORT_FIELDS`)."""
    for path in PORT_FIELDS.get((group, kind), ()):
        for at, value in _values(obj, path):
            if isinstance(value, int) and not isinstance(value, bool) and not 1 <= value <= 65535:
                yield at, f"port {value} is out of range: it must be between 1 and 65535", "port-range"
