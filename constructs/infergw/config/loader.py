"""The stack config file (``infergw.yaml``): a small typed description of what to synthesize.

Every key is checked; an error names the file, the key path and what would be accepted. See
``infergw.yaml`` in the repository for a commented example.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from infergw.errors import ConfigError
from infergw.names import DNS_LABEL, DNS_SUBDOMAIN, GATEWAY_DURATION, POOL_NAME
from infergw.releases import DEFAULT_RELEASE, get_release
from infergw.render.gateway import GKE_CLASSES as GATEWAY_CLASSES
from infergw.validation.apiserver import label_problem
from infergw.versions import GkeVersion

DEFAULT_CONFIG = "infergw.yaml"
#: Per-workload kind of each release and the config key that lists them.
#: Output directories of their own (the CRDs, the metrics adapter, Argo CD Applications, scripts):
#: the stack's ``name`` cannot be one of them.
RESERVED_DIRECTORIES = frozenset({"crds", "metrics-adapter", "argocd", "prerequisites"})


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
class ImageConfig:
    """The endpoint picker image (``image:``); unset fields keep the release's image."""

    hub: str | None = None
    name: str | None = None
    tag: str | None = None
    pull_policy: str | None = None


@dataclass(frozen=True)
class ListenerConfig:
    """A Gateway listener (``gateway.listeners[]``)."""

    name: str = "http"
    port: int = 80
    protocol: str = "HTTP"
    hostname: str | None = None
    tls_certificate: str | None = None


@dataclass(frozen=True)
class AutoscalingConfig:
    """``pools[].autoscaling``: a PoolAutoscaler for the pool's model servers (needs top-level ``cluster``)."""

    min_replicas: int = 2
    max_replicas: int = 10
    target_kv_cache_utilization: float = 0.8
    target_queue_size: int | None = None
    deployment: str | None = None


@dataclass(frozen=True)
class ModelArmorConfig:
    """``security.modelArmor``: project, location and one template entry per model."""

    project: str
    location: str
    templates: tuple[tuple[str, str, str | None], ...]  # (model, prompt template, response template)


@dataclass(frozen=True)
class ApigeeConfig:
    """``security.apigee``: the ApigeeBackendService name, its location and network."""

    name: str
    location: tuple[str, str, str]  # (region, network, subnetwork)
    apigee_env: str | None = None
    default_security_enabled: bool | None = None


@dataclass(frozen=True)
class ArgoCdConfig:
    """``argocd``: write one Argo CD Application per output directory into ``<out>/argocd/``.

    :param path: the output directory's path in the repository. default: dist
    """

    repo_url: str
    path: str = "dist"


@dataclass(frozen=True)
class ObservabilityConfig:
    """``observability``: alerts, the custom-metrics adapter, model-server monitoring (each off unless given)."""

    alerts: dict[str, Any] | None = None
    metrics_adapter: dict[str, Any] | None = None
    model_servers: bool = False


@dataclass(frozen=True)
class PoolConfig:
    """One pool: the model servers it selects and how its endpoint picker runs.

    :param target_ports: model-server port(s). default: (8000,)
    :param provider: ``gke`` or ``none``. default: gke
    :param replicas: endpoint-picker replicas. default: 1
    :param weight: share of the route's traffic. default: unset (equal shares)
    :param api_version: the pool's API version. default: the release's (v1; v1alpha2 for v0.3.0)
    :param model_server_type: ``vllm`` or ``triton-tensorrt-llm``. default: vllm
    :param image: endpoint picker image overrides. default: the release's image
    :param flags: extra endpoint picker flags ``(name, value)``. default: the release's (``v=1``)
    :param policy_exceptions: policy name -> reason, as exception annotations on the pool. default: none
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
    api_version: str | None = None
    model_server_type: str = "vllm"
    image: ImageConfig = field(default_factory=ImageConfig)
    flags: tuple[tuple[str, str], ...] | None = None
    autoscaling: AutoscalingConfig | None = None


@dataclass(frozen=True)
class StackConfig:
    """What ``infergw synth`` builds.

    :param release: inference-extension release. default: v1.0.2
    :param gke_version: the cluster's GKE version; decides which CRDs GKE already ships.
        default: unknown (every CRD of the release is emitted)
    :param name: output directory of the stack. default: inference-gateway
    :param namespace: namespace of the pools and their objects. default: default
    :param gateway_name: default: inference-gateway
    :param gateway_class: a GKE GatewayClass. default: gke-l7-regional-external-managed
    :param listeners: default: one HTTP listener on port 80
    :param route_name: default: llm-route
    :param request_timeout: the route's request timeout (Gateway API duration). default: unset
    :param pools: default: none (only the CRDs are synthesized)
    :param argocd: Argo CD Applications for the output. default: none
    """

    release: str = DEFAULT_RELEASE
    gke_version: GkeVersion | None = None
    name: str = "inference-gateway"
    namespace: str = "default"
    gateway_name: str = "inference-gateway"
    gateway_class: str = "gke-l7-regional-external-managed"
    gateway_policy_exceptions: dict[str, str] = field(default_factory=dict)
    route_name: str = "llm-route"
    pools: tuple[PoolConfig, ...] = field(default_factory=tuple)
    listeners: tuple[ListenerConfig, ...] = (ListenerConfig(),)
    request_timeout: str | None = None
    cluster: str | None = None
    model_armor: ModelArmorConfig | None = None
    apigee: ApigeeConfig | None = None
    observability: ObservabilityConfig = field(default_factory=ObservabilityConfig)
    argocd: ArgoCdConfig | None = None


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

    def choice(self, value: Any, where: str, choices: tuple[str, ...]) -> str:
        if value not in choices:
            raise self.error(where, f"choose {' or '.join(map(str, choices))}, got {value!r}")
        return value

    def name(self, value: Any, where: str, pattern: re.Pattern[str], rule: str) -> str:
        value = self.string(value, where)
        if not pattern.match(value):
            raise self.error(where, f"{value!r} is not a valid name: {rule}")
        return value

    def items(self, value: Any, where: str) -> list[Any]:
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.error(where, f"expected a list, got {type(value).__name__}")
        return value


_OBJECT_RULE = "use lower-case letters, digits, '-' and '.'"


def _objective(r: _Reader, data: Any, where: str) -> ObjectiveConfig:
    data = r.mapping(data, where, {"name", "priority"}, {"name"})
    priority = (
        None if data.get("priority") is None else r.integer(data["priority"], f"{where}.priority", -(2**31), 2**31 - 1)
    )
    return ObjectiveConfig(r.name(data["name"], f"{where}.name", DNS_SUBDOMAIN, _OBJECT_RULE), priority)


def _model(r: _Reader, data: Any, where: str) -> ModelConfig:
    data = r.mapping(data, where, {"name", "modelName", "criticality"}, {"name", "modelName"})
    criticality = data.get("criticality")
    if criticality is not None:
        criticality = r.choice(criticality, f"{where}.criticality", ("Critical", "Standard", "Sheddable"))
    return ModelConfig(
        r.name(data["name"], f"{where}.name", DNS_SUBDOMAIN, _OBJECT_RULE),
        r.string(data["modelName"], f"{where}.modelName"),
        criticality,
    )


def _image(r: _Reader, data: Any, where: str) -> ImageConfig:
    data = r.mapping(data, where, {"hub", "name", "tag", "pullPolicy"})
    pull_policy = data.get("pullPolicy")
    if pull_policy is not None:
        pull_policy = r.choice(pull_policy, f"{where}.pullPolicy", ("Always", "IfNotPresent", "Never"))
    return ImageConfig(
        *(None if data.get(k) is None else r.string(data[k], f"{where}.{k}") for k in ("hub", "name", "tag")),
        pull_policy,
    )


def _flags(r: _Reader, data: Any, where: str) -> tuple[tuple[str, str], ...] | None:
    if data is None:
        return None
    flags = []
    for i, flag in enumerate(r.items(data, where)):
        flag = r.mapping(flag, f"{where}[{i}]", {"name", "value"}, {"name", "value"})
        value = flag["value"]
        if isinstance(value, bool):
            value = str(value).lower()
        if not isinstance(value, (str, int)):
            raise r.error(f"{where}[{i}].value", f"expected text or a number, got {value!r}")
        flags.append((r.string(flag["name"], f"{where}[{i}].name"), str(value)))
    return tuple(flags)


def _pool(r: _Reader, data: Any, where: str, release: str) -> PoolConfig:
    keys = {
        "name",
        "matchLabels",
        "targetPorts",
        "provider",
        "replicas",
        "weight",
        "objectives",
        "models",
        "apiVersion",
        "modelServerType",
        "image",
        "flags",
        "policyExceptions",
        "autoscaling",
    }
    data = r.mapping(data, where, keys, {"name", "matchLabels"})
    labels = r.mapping(data["matchLabels"], f"{where}.matchLabels", set(data["matchLabels"] or {}))
    if not labels or not all(isinstance(k, str) and isinstance(v, str) for k, v in labels.items()):
        raise r.error(
            f"{where}.matchLabels", "give at least one label of the model-server pods, as text: {app: my-model}"
        )
    for key, value in labels.items():
        if (problem := label_problem(key, value)) is not None:
            raise r.error(f"{where}.matchLabels", problem)
    provider = r.choice(data.get("provider", "gke"), f"{where}.provider", ("gke", "none"))
    workloads = {"objectives": [], "models": []}
    for key, read in (("objectives", _objective), ("models", _model)):
        entries = r.items(data.get(key), f"{where}.{key}")
        if entries and get_release(release).workload_key != key:
            raise r.error(
                f"{where}.{key}",
                f"release {release} uses {get_release(release).workload_key}, not {key}; "
                f"write them as `{get_release(release).workload_key}:` or change the release",
            )
        workloads[key] = [read(r, e, f"{where}.{key}[{i}]") for i, e in enumerate(entries)]
    api_version = data.get("apiVersion")
    if api_version is not None:
        api_version = r.choice(api_version, f"{where}.apiVersion", get_release(release).pool_api_versions)
    target_ports = r.items(data.get("targetPorts", [8000]), f"{where}.targetPorts")
    if len(target_ports) != 1:
        raise r.error(
            f"{where}.targetPorts",
            f"give exactly one model-server port (the InferencePool CRD's limit), got {len(target_ports)}",
        )
    return PoolConfig(
        name=r.name(
            data["name"],
            f"{where}.name",
            POOL_NAME,
            "at most 53 lower-case letters, digits and '-', starting with a letter",
        ),
        match_labels=dict(labels),
        policy_exceptions=r.exceptions(data.get("policyExceptions"), f"{where}.policyExceptions"),
        autoscaling=None
        if data.get("autoscaling") is None
        else _autoscaling(r, data["autoscaling"], f"{where}.autoscaling"),
        target_ports=tuple(r.integer(p, f"{where}.targetPorts[{i}]", 1, 65535) for i, p in enumerate(target_ports)),
        provider=provider,
        replicas=r.integer(data.get("replicas", 1), f"{where}.replicas", 0, 100),
        weight=None if data.get("weight") is None else r.integer(data["weight"], f"{where}.weight", 0, 1_000_000),
        objectives=tuple(workloads["objectives"]),
        models=tuple(workloads["models"]),
        api_version=api_version,
        model_server_type=r.choice(
            data.get("modelServerType", "vllm"), f"{where}.modelServerType", ("vllm", "triton-tensorrt-llm")
        ),
        image=_image(r, data.get("image"), f"{where}.image"),
        flags=_flags(r, data.get("flags"), f"{where}.flags"),
    )


def _number(r: _Reader, value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise r.error(where, f"expected a number, got {value!r}")
    return value


def _autoscaling(r: _Reader, data: Any, where: str) -> AutoscalingConfig:
    data = r.mapping(
        data, where, {"minReplicas", "maxReplicas", "targetKvCacheUtilization", "targetQueueSize", "deployment"}
    )
    defaults = AutoscalingConfig()
    return AutoscalingConfig(
        min_replicas=r.integer(data.get("minReplicas", defaults.min_replicas), f"{where}.minReplicas", 1, 1000),
        max_replicas=r.integer(data.get("maxReplicas", defaults.max_replicas), f"{where}.maxReplicas", 1, 1000),
        target_kv_cache_utilization=_number(
            r,
            data.get("targetKvCacheUtilization", defaults.target_kv_cache_utilization),
            f"{where}.targetKvCacheUtilization",
        ),
        target_queue_size=None
        if data.get("targetQueueSize") is None
        else r.integer(data["targetQueueSize"], f"{where}.targetQueueSize", 1, 1_000_000),
        deployment=None if data.get("deployment") is None else r.string(data["deployment"], f"{where}.deployment"),
    )


def _security(r: _Reader, data: Any) -> dict[str, Any]:
    data = r.mapping(data, "security", {"modelArmor", "apigee"})
    values: dict[str, Any] = {}
    if data.get("modelArmor") is not None:
        armor = r.mapping(
            data["modelArmor"],
            "security.modelArmor",
            {"project", "location", "templates"},
            {"project", "location", "templates"},
        )
        templates = []
        for i, entry in enumerate(r.items(armor["templates"], "security.modelArmor.templates")):
            where = f"security.modelArmor.templates[{i}]"
            entry = r.mapping(
                entry, where, {"model", "promptTemplate", "responseTemplate"}, {"model", "promptTemplate"}
            )
            response = entry.get("responseTemplate")
            templates.append(
                (
                    r.string(entry["model"], f"{where}.model"),
                    r.string(entry["promptTemplate"], f"{where}.promptTemplate"),
                    None if response is None else r.string(response, f"{where}.responseTemplate"),
                )
            )
        values["model_armor"] = ModelArmorConfig(
            r.string(armor["project"], "security.modelArmor.project"),
            r.string(armor["location"], "security.modelArmor.location"),
            tuple(templates),
        )
    if data.get("apigee") is not None:
        apigee = r.mapping(
            data["apigee"],
            "security.apigee",
            {"name", "location", "apigeeEnv", "defaultSecurityEnabled"},
            {"name", "location"},
        )
        location = r.mapping(
            apigee["location"],
            "security.apigee.location",
            {"name", "network", "subnetwork"},
            {"name", "network", "subnetwork"},
        )
        enabled = apigee.get("defaultSecurityEnabled")
        if enabled is not None and not isinstance(enabled, bool):
            raise r.error("security.apigee.defaultSecurityEnabled", f"expected true or false, got {enabled!r}")
        values["apigee"] = ApigeeConfig(
            r.string(apigee["name"], "security.apigee.name"),
            tuple(r.string(location[k], f"security.apigee.location.{k}") for k in ("name", "network", "subnetwork")),  # type: ignore[arg-type]
            None if apigee.get("apigeeEnv") is None else r.string(apigee["apigeeEnv"], "security.apigee.apigeeEnv"),
            enabled,
        )
    return values


def _observability(r: _Reader, data: Any) -> ObservabilityConfig:
    data = r.mapping(data, "observability", {"alerts", "metricsAdapter", "modelServers"})
    alerts = None
    if "alerts" in data:
        alerts = r.mapping(
            data["alerts"] or {},
            "observability.alerts",
            {"forms", "latencyP99Seconds", "errorRate", "queueSize", "kvCacheUtilization", "for"},
        )
    adapter = None
    if "metricsAdapter" in data:
        adapter = r.mapping(
            data["metricsAdapter"] or {}, "observability.metricsAdapter", {"namespace", "imageTag", "project"}
        )
    model_servers = data.get("modelServers", False)
    if not isinstance(model_servers, bool):
        raise r.error("observability.modelServers", f"expected true or false, got {model_servers!r}")
    return ObservabilityConfig(alerts, adapter, model_servers)


def _listener(r: _Reader, data: Any, where: str) -> ListenerConfig:
    data = r.mapping(data, where, {"name", "port", "protocol", "hostname", "tlsCertificate"}, {"name"})
    protocol = r.choice(data.get("protocol", "HTTP"), f"{where}.protocol", ("HTTP", "HTTPS"))
    certificate = (
        None if data.get("tlsCertificate") is None else r.string(data["tlsCertificate"], f"{where}.tlsCertificate")
    )
    if (protocol == "HTTPS") != (certificate is not None):
        raise r.error(
            where, "an HTTPS listener needs tlsCertificate (a Secret name), and only an HTTPS listener takes one"
        )
    return ListenerConfig(
        name=r.name(data["name"], f"{where}.name", DNS_SUBDOMAIN, _OBJECT_RULE),
        port=r.integer(data.get("port", 80 if protocol == "HTTP" else 443), f"{where}.port", 1, 65535),
        protocol=protocol,
        hostname=None if data.get("hostname") is None else r.string(data["hostname"], f"{where}.hostname"),
        tls_certificate=certificate,
    )


def parse_config(data: Any, source: str) -> StackConfig:
    """Check a parsed config document and build a :class:`StackConfig`; errors name ``source`` and key."""
    r = _Reader(source)
    keys = {
        "release",
        "gkeVersion",
        "name",
        "namespace",
        "gateway",
        "route",
        "pools",
        "cluster",
        "security",
        "observability",
        "argocd",
    }
    data = r.mapping(data, "", keys)
    values: dict[str, Any] = {}
    if "release" in data:
        try:
            values["release"] = get_release(data["release"]).deployable().id
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
    if "name" in values and (not DNS_LABEL.match(values["name"]) or values["name"] in RESERVED_DIRECTORIES):
        raise r.error(
            "name",
            f"{values['name']!r} cannot name the output directory: use lower-case letters, digits and '-', "
            f"other than {', '.join(sorted(RESERVED_DIRECTORIES))} (directories of their own)",
        )
    if "namespace" in values and (len(values["namespace"]) > 63 or not DNS_LABEL.match(values["namespace"])):
        raise r.error(
            "namespace",
            f"{values['namespace']!r} is not a namespace name: at most 63 lower-case letters, digits and '-'",
        )
    gateway = r.mapping(data.get("gateway"), "gateway", {"name", "class", "listeners", "policyExceptions"})
    values["gateway_policy_exceptions"] = r.exceptions(gateway.get("policyExceptions"), "gateway.policyExceptions")
    if "name" in gateway:
        values["gateway_name"] = r.name(gateway["name"], "gateway.name", DNS_SUBDOMAIN, _OBJECT_RULE)
    if "class" in gateway:
        values["gateway_class"] = r.choice(gateway["class"], "gateway.class", GATEWAY_CLASSES)
    if "listeners" in gateway:
        listeners = tuple(
            _listener(r, x, f"gateway.listeners[{i}]")
            for i, x in enumerate(r.items(gateway["listeners"], "gateway.listeners"))
        )
        names = [x.name for x in listeners]
        if not listeners or len(set(names)) != len(names):
            raise r.error("gateway.listeners", f"give one or more listeners with distinct names, got {names}")
        values["listeners"] = listeners
    route = r.mapping(data.get("route"), "route", {"name", "requestTimeout"})
    if "name" in route:
        values["route_name"] = r.name(route["name"], "route.name", DNS_SUBDOMAIN, _OBJECT_RULE)
    if route.get("requestTimeout") is not None:
        timeout = r.string(route["requestTimeout"], "route.requestTimeout")
        if not GATEWAY_DURATION.match(timeout):
            raise r.error("route.requestTimeout", f"write a duration such as 300s, 5m or 1h30m, got {timeout!r}")
        values["request_timeout"] = timeout
    release = values.get("release", StackConfig.release)
    pools = tuple(_pool(r, p, f"pools[{i}]", release) for i, p in enumerate(r.items(data.get("pools"), "pools")))
    names = [p.name for p in pools]
    if len(set(names)) != len(names):
        raise r.error("pools", f"pool names {names} must be distinct")
    counts = Counter(
        (kind, w.name) for p in pools for kind, ws in (("objective", p.objectives), ("model", p.models)) for w in ws
    )
    repeated = sorted(name for (_, name), n in counts.items() if n > 1)
    if repeated:
        raise r.error(
            "pools",
            f"objective or model names {repeated} appear more than once; each names one object in the "
            "stack's namespace, so give every objective (or model) of every pool its own name",
        )
    values["pools"] = pools
    if data.get("cluster") is not None:
        values["cluster"] = r.string(data["cluster"], "cluster")
    if any(p.autoscaling for p in pools) and "cluster" not in values:
        raise r.error(
            "cluster", "pools with autoscaling need the GKE cluster name (the metric's resource.labels.cluster)"
        )
    values.update(_security(r, data.get("security")))
    values["observability"] = _observability(r, data.get("observability"))
    if data.get("argocd") is not None:
        argocd = r.mapping(data["argocd"], "argocd", {"repoURL", "path"}, {"repoURL"})
        path = r.string(argocd.get("path", "dist"), "argocd.path")
        if path.startswith("/") or ".." in path.split("/"):
            raise r.error(
                "argocd.path", f"{path!r}: give the output directory's path inside the repository, such as dist"
            )
        values["argocd"] = ArgoCdConfig(r.string(argocd["repoURL"], "argocd.repoURL"), path.strip("/"))
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
