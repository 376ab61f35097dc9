"""The stack config file (``infergw.yaml``): a small typed description of what to synthesize.

Every key is checked; an error names the file, the key path and what would be accepted. See
``infergw.yaml`` in the repository for a commented example.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from infergw.catalogue import check_release
from infergw.errors import ConfigError
from infergw.versions import GkeVersion

DEFAULT_CONFIG = "infergw.yaml"


@dataclass(frozen=True)
class ObjectiveConfig:
    """An InferenceObjective (v1.0.x): ``name`` and optional ``priority``."""

    name: str
    priority: int | None = None


@dataclass(frozen=True)
class ModelConfig:
    """An InferenceModel (v0.3.0): ``name``, ``modelName`` and optional ``criticality``."""

    name: str
    model_name: str
    criticality: str | None = None


@dataclass(frozen=True)
class PoolConfig:
    """One pool: the model servers it selects and how its endpoint picker runs.

    :param weight: share of the route's traffic. default: unset (equal shares)
    """

    name: str
    match_labels: dict[str, str]
    policy_exceptions: dict[str, str] = field(default_factory=dict)
    target_ports: tuple[int, ...] = (8000,)
    provider: str = "gke"
    replicas: int = 1
    weight: int | None = None
    objectives: tuple[ObjectiveConfig, ...] = ()
    models: tuple[ModelConfig, ...] = ()


@dataclass(frozen=True)
class StackConfig:
    """What ``infergw synth`` builds.

    :param release: inference-extension release. default: v1.0.2
    :param gke_version: the cluster's GKE version; decides which CRDs GKE already ships.
        default: unknown (every CRD of the release is emitted)
    :param name: output directory of the stack. default: inference-gateway
    :param namespace: namespace of the pools and their objects. default: default
    """

    release: str = "v1.0.2"
    gke_version: GkeVersion | None = None
    name: str = "inference-gateway"
    namespace: str = "default"
    gateway_name: str = "inference-gateway"
    gateway_class: str = "gke-l7-regional-external-managed"
    gateway_policy_exceptions: dict[str, str] = field(default_factory=dict)
    route_name: str = "llm-route"
    pools: tuple[PoolConfig, ...] = field(default_factory=tuple)


class _Reader:
    """Takes typed values out of a parsed document, with errors that name the file and key path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def error(self, where: str, message: str) -> ConfigError:
        return ConfigError(f"{self.source}: {where}: {message}" if where else f"{self.source}: {message}")

    def mapping(self, value: Any, where: str, allowed: set[str], required: set[str] = frozenset()) -> dict[str, Any]:
        if value is None and not required:
            return {}
        if not isinstance(value, dict):
            raise self.error(where, f"expected a mapping, got {type(value).__name__}")
        unknown = sorted(set(value) - allowed, key=str)
        if unknown:
            raise self.error(where, f"unknown key {unknown[0]!r}; allowed keys: {', '.join(sorted(allowed))}")
        missing = sorted(required - set(value))
        if missing:
            raise self.error(where, f"missing required key {missing[0]!r}")
        return value

    def string(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value:
            raise self.error(where, f"expected a non-empty string, got {value!r}")
        return value

    def integer(self, value: Any, where: str, low: int, high: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(where, f"expected a whole number from {low} to {high}, got {value!r}")
        return value

    def exceptions(self, value: Any, where: str) -> dict[str, str]:
        """``policyExceptions``: policy name -> reason (the reason is required)."""
        data = self.mapping(value, where, set(value or {}))
        for policy, reason in data.items():
            if not isinstance(reason, str) or not reason.strip():
                raise self.error(f"{where}.{policy}", "give the reason for the exception as text")
        return dict(data)

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(where, f"expected a list, got {type(value).__name__}")
        return value


def _pool(r: _Reader, data: Any, where: str) -> PoolConfig:
    keys = {"name", "matchLabels", "targetPorts", "provider", "replicas", "weight", "objectives", "models", "policyExceptions"}
    data = r.mapping(data, where, keys, {"name", "matchLabels"})
    labels = r.mapping(data["matchLabels"], f"{where}.matchLabels", set(data["matchLabels"] or {}))
    if not labels or not all(isinstance(k, str) and isinstance(v, str) for k, v in labels.items()):
        raise r.error(f"{where}.matchLabels", "give at least one label of the model-server pods, as text: {app: my-model}")
    provider = data.get("provider", "gke")
    if provider not in ("gke", "none"):
        raise r.error(f"{where}.provider", f"choose gke or none, got {provider!r}")
    objectives = tuple(
        ObjectiveConfig(
            r.string(r.mapping(o, f"{where}.objectives[{i}]", {"name", "priority"}, {"name"})["name"], f"{where}.objectives[{i}].name"),
            None if o.get("priority") is None else r.integer(o["priority"], f"{where}.objectives[{i}].priority", -(2**31), 2**31 - 1),
        )
        for i, o in enumerate(r.items(data.get("objectives"), f"{where}.objectives"))
    )
    models = tuple(
        ModelConfig(
            r.string(r.mapping(m, f"{where}.models[{i}]", {"name", "modelName", "criticality"}, {"name", "modelName"})["name"], f"{where}.models[{i}].name"),
            r.string(m["modelName"], f"{where}.models[{i}].modelName"),
            m.get("criticality"),
        )
        for i, m in enumerate(r.items(data.get("models"), f"{where}.models"))
    )
    return PoolConfig(
        name=r.string(data["name"], f"{where}.name"),
        match_labels=dict(labels),
        policy_exceptions=r.exceptions(data.get("policyExceptions"), f"{where}.policyExceptions"),
        target_ports=tuple(r.integer(p, f"{where}.targetPorts[{i}]", 1, 65535) for i, p in enumerate(r.items(data.get("targetPorts", [8000]), f"{where}.targetPorts"))),
        provider=provider,
        replicas=r.integer(data.get("replicas", 1), f"{where}.replicas", 0, 100),
        weight=None if data.get("weight") is None else r.integer(data["weight"], f"{where}.weight", 0, 1_000_000),
        objectives=objectives,
        models=models,
    )


def parse_config(data: Any, source: str) -> StackConfig:
    """Check a parsed config document and build a :class:`StackConfig`; errors name ``source`` and key."""
    r = _Reader(source)
    keys = {"release", "gkeVersion", "name", "namespace", "gateway", "route", "pools"}
    data = r.mapping(data, "", keys)
    values: dict[str, Any] = {}
    if "release" in data:
        try:
            values["release"] = check_release(data["release"])
        except ConfigError as exc:
            raise r.error("release", str(exc)) from None
    if data.get("gkeVersion") is not None:
        try:
            values["gke_version"] = GkeVersion.parse(str(data["gkeVersion"]))
        except ConfigError as exc:
            raise r.error("gkeVersion", str(exc)) from None
    for key in ("name", "namespace"):
        if key in data:
            values[key] = r.string(data[key], key)
    gateway = r.mapping(data.get("gateway"), "gateway", {"name", "class", "policyExceptions"})
    values["gateway_policy_exceptions"] = r.exceptions(gateway.get("policyExceptions"), "gateway.policyExceptions")
    if "name" in gateway:
        values["gateway_name"] = r.string(gateway["name"], "gateway.name")
    if "class" in gateway:
        values["gateway_class"] = r.string(gateway["class"], "gateway.class")
    route = r.mapping(data.get("route"), "route", {"name"})
    if "name" in route:
        values["route_name"] = r.string(route["name"], "route.name")
    values["pools"] = tuple(_pool(r, p, f"pools[{i}]") for i, p in enumerate(r.items(data.get("pools"), "pools")))
    return StackConfig(**values)


def load_config(path: Path | str | None) -> StackConfig:
    """Read the config at ``path``; ``None`` gives the defaults (no pools)."""
    if path is None:
        return StackConfig()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: the config file is not UTF-8 text") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{where}: not valid YAML: {getattr(exc, 'problem', exc)}") from None
    return parse_config(data, str(path))
