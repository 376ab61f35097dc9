"""Checks the API server makes in Go code rather than in its OpenAPI schemas (a focused subset).

Label keys and values (every object), port ranges of Services and containers. Each finding has
the rule id ``apiserver``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_LABEL_NAME = re.compile(r"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_LABEL_VALUE = re.compile(r"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$")

Problem = tuple[tuple[str | int, ...], str]


def _labels(obj: dict[str, Any]) -> Iterator[Problem]:
    labels = (obj.get("metadata") or {}).get("labels") if isinstance(obj.get("metadata"), dict) else None
    if not isinstance(labels, dict):
        return
    for key, value in labels.items():
        if not isinstance(key, str) or not isinstance(value, str):
            continue  # the schema check reports wrong types
        prefix, _, name = key.rpartition("/")
        if (prefix and (len(prefix) > 253 or not _DNS_SUBDOMAIN.match(prefix))) or len(name) > 63 or not _LABEL_NAME.match(name):
            yield ("metadata", "labels", key), f"label key {key!r} is not [DNS-subdomain/]name (name: at most 63 letters, digits, '-', '_', '.')"
        if len(value) > 63 or not _LABEL_VALUE.match(value):
            yield ("metadata", "labels", key), f"label value {value!r} must be at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric"


def _port(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and not 1 <= value <= 65535


def _service_ports(obj: dict[str, Any]) -> Iterator[Problem]:
    if obj.get("apiVersion") != "v1" or obj.get("kind") != "Service":
        return
    for index, port in enumerate((obj.get("spec") or {}).get("ports") or []):
        if isinstance(port, dict):
            for field in ("port", "targetPort", "nodePort"):
                if _port(port.get(field)) and not (field == "nodePort" and port.get(field) == 0):
                    yield ("spec", "ports", index, field), f"{field} {port[field]} is outside 1-65535"


def _container_ports(obj: dict[str, Any]) -> Iterator[Problem]:
    template = ((obj.get("spec") or {}).get("template") or {}).get("spec") if isinstance(obj.get("spec"), dict) else None
    if not isinstance(template, dict):
        return
    for list_name in ("containers", "initContainers"):
        for c, container in enumerate(template.get(list_name) or []):
            for p, port in enumerate((container or {}).get("ports") or [] if isinstance(container, dict) else []):
                if isinstance(port, dict) and _port(port.get("containerPort")):
                    yield ("spec", "template", "spec", list_name, c, "ports", p, "containerPort"), f"containerPort {port['containerPort']} is outside 1-65535"


CHECKS: tuple[Callable[[dict[str, Any]], Iterator[Problem]], ...] = (_labels, _service_ports, _container_ports)


def apiserver_problems(obj: dict[str, Any]) -> Iterator[Problem]:
    """``(path, message)`` for each violation in ``obj``."""
    for check in CHECKS:
        yield from check(obj)
