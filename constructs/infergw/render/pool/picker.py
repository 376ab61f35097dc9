"""The endpoint picker: its Deployment (container arguments per release), Service and plugins ConfigMap.

Chart templates: ``epp-deployment.yaml``, ``epp-service.yaml``, ``epp-config.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml

from infergw.releases import Release
from infergw.render.pool.checks import env_entries
from infergw.render.pool.props import DEFAULT_PLUGINS_FILE, InferencePoolProps

#: Ports the endpoint picker container listens on in every release (fixed in the templates).
EPP_CONTAINER_PORTS = (
    {"name": "grpc", "containerPort": 9002},
    {"name": "grpc-health", "containerPort": 9003},
    {"name": "metrics", "containerPort": 9090},
)
HEALTH_PORT = 9003


def harden(pod: dict[str, Any], container: dict[str, Any]) -> None:
    """The hardened profile's security contexts: non-root, no privilege escalation, read-only root
    filesystem, no capabilities, the runtime's default seccomp profile."""
    pod["securityContext"] = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    container["securityContext"] = {
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
        "capabilities": {"drop": ["ALL"]},
    }


def leader_election(props: InferencePoolProps, release: Release) -> bool:
    """Whether the release's chart runs the picker with leader election for these values."""
    assert release.chart is not None
    trigger = release.chart.ha_trigger
    return {"none": False, "flag": props.enable_leader_election, "replicas": props.replicas > 1}[trigger]


def flag(name: str, value: object) -> str:
    """One picker flag as ``--name=value``: Go's flag parser reads a boolean only in that form (after
    ``--name`` a bare ``true``/``false`` is a positional argument, which ends flag parsing)."""
    return f"--{name}={str(value).lower() if isinstance(value, bool) else value}"


def _flag_args(props: InferencePoolProps, release: Release) -> list[str]:
    assert release.chart is not None
    flags = dict(props.flags) if props.flags is not None else dict(release.chart.default_flags)
    names = sorted(flags) if release.chart.flags_form == "map" else list(flags)  # Helm ranges a map by key
    return [flag(name, flags[name]) for name in names]


def _metrics_auth_off(props: InferencePoolProps, release: Release) -> list[str]:
    """``--metrics-endpoint-auth=false`` where the chart turns the metrics endpoint's auth off.

    v1.1 and v1.2 turn it off without the Prometheus ServiceMonitor; v1.3 on with
    ``monitoring.prometheus.auth.enabled: false``.
    """
    assert release.chart is not None
    trigger = release.chart.metrics_auth_arg
    off = {
        "never": False,
        "without-prometheus": not props.prometheus_monitoring,
        "without-auth": not props.prometheus_auth,
    }[trigger]
    return [flag("metrics-endpoint-auth", False)] if off else []


_Section = Callable[[str, str, InferencePoolProps, Release, str, bool], list[str]]

#: One function per argument group of the Deployment template; each release lists its order
#: (``ChartFacts.arg_sections``). Every flag is written ``--name=value`` (``-name=value`` on v0.3.0).
ARG_SECTIONS: dict[str, _Section] = {
    # v0.3.0: Go-style single-dash flags, all fixed but the pool's name and namespace
    "legacy": lambda name, ns, props, release, group, ha: [
        f"-poolName={name}",
        f"-poolNamespace={ns}",
        "-v=3",
        "-grpcPort=9002",
        "-grpcHealthPort=9003",
        "-metricsPort=9090",
    ],
    "pool": lambda name, ns, props, release, group, ha: [flag("pool-name", name), flag("pool-namespace", ns)],
    "pool-group": lambda name, ns, props, release, group, ha: [flag("pool-group", group)],
    "config": lambda name, ns, props, release, group, ha: [
        flag("zap-encoder", "json"),
        flag("config-file", f"/config/{props.plugins_config_file}"),
    ],
    "model-server": lambda name, ns, props, release, group, ha: [
        flag(flag_name, value)
        for flag_name, value in (release.chart.model_servers[props.model_server_type] if release.chart else ())
    ],
    "ha": lambda name, ns, props, release, group, ha: ["--ha-enable-leader-election"] if ha else [],
    # llm-d-router (routerlib): the health port, which the GAIE charts leave at the picker's default
    "health-port": lambda name, ns, props, release, group, ha: [flag("grpc-health-port", HEALTH_PORT)],
    "flags": lambda name, ns, props, release, group, ha: _flag_args(props, release),
    # v1.1 on: tracing is off (infergw has no tracing values)
    "tracing": lambda name, ns, props, release, group, ha: [flag("tracing", False)],
    "metrics-auth": lambda name, ns, props, release, group, ha: _metrics_auth_off(props, release),
}


def container_args(name: str, ns: str, props: InferencePoolProps, release: Release, group: str, ha: bool) -> list[str]:
    """The picker's arguments in the order the release's template writes them."""
    assert release.chart is not None
    return [
        arg
        for section in release.chart.arg_sections
        for arg in ARG_SECTIONS[section](name, ns, props, release, group, ha)
    ]


def image_reference(props: InferencePoolProps, release: Release) -> str:
    """The picker image: the release's, with the parts the values override.

    ``hub``/``name`` (up to v1.4) and ``registry``/``repository`` (v1.5 on) split the same path at
    different slashes; the pair given replaces the release's path.
    """
    assert release.image is not None
    image = props.image
    tag = image.tag or release.image.tag
    if image.registry is not None or image.repository is not None:
        registry = image.registry or release.image.registry
        return f"{registry}/{image.repository or release.image.repository}:{tag}"
    hub, _, default_name = f"{release.image.registry}/{release.image.repository}".rpartition("/")
    return f"{image.hub or hub}/{image.name or default_name}:{tag}"


def epp_resources(props: InferencePoolProps, release: Release) -> dict[str, Any] | None:
    """The picker container's resources: the values' or the release chart's; the hardened profile's
    requests where the chart sets none (up to v1.3)."""
    assert release.chart is not None
    chosen = props.epp_resources if props.epp_resources is not None else release.chart.default_resources
    if chosen is not None:
        return {kind: dict(amounts) for kind, amounts in chosen.items()}
    if props.profile == "hardened":
        return {"requests": dict(props.epp_requests)}
    return None


def mode_labels(release: Release) -> dict[str, str]:
    """The v1.4+ charts' label telling an InferencePool's picker from a standalone one."""
    assert release.chart is not None
    return {"inference.networking.k8s.io/igw-mode": "inferencepool"} if release.chart.mode_labels else {}


def deployment(
    name: str,
    ns: str,
    epp: str,
    labels: dict[str, str],
    selector: dict[str, str],
    props: InferencePoolProps,
    release: Release,
    group: str,
    ha: bool,
) -> dict[str, Any]:
    """The endpoint picker's Deployment."""
    chart, image = release.chart, release.image
    assert chart is not None and image is not None
    liveness, readiness = ("liveness", "readiness") if ha else ("inference-extension", "inference-extension")
    container: dict[str, Any] = {
        "name": "epp",
        "image": image_reference(props, release),
        "imagePullPolicy": props.image.pull_policy or image.pull_policy,
        "args": container_args(name, ns, props, release, group, ha),
        "ports": [*map(dict, EPP_CONTAINER_PORTS), *map(dict, props.extra_container_ports)],
        "livenessProbe": {
            "grpc": {"port": HEALTH_PORT, "service": liveness},
            "initialDelaySeconds": 5,
            "periodSeconds": 10,
        },
        "readinessProbe": {"grpc": {"port": HEALTH_PORT, "service": readiness}, **chart.readiness_timing},
    }
    resources = epp_resources(props, release)
    if resources is not None:
        container["resources"] = resources
    env = [*(dict(e) for e in chart.base_env), *env_entries(props.env)]
    if env:
        container["env"] = env
    pod: dict[str, Any] = {"serviceAccountName": epp, "terminationGracePeriodSeconds": 130, "containers": [container]}
    if props.profile == "hardened":
        harden(pod, container)
    if chart.plugins_config_map:
        container["volumeMounts"] = [{"name": "plugins-config-volume", "mountPath": "/config"}]
        pod["volumes"] = [{"name": "plugins-config-volume", "configMap": {"name": epp}}]
    if props.affinity:
        pod["affinity"] = dict(props.affinity)
    if props.tolerations:
        pod["tolerations"] = [dict(t) for t in props.tolerations]
    spec: dict[str, Any] = {
        "replicas": props.replicas or 1,
        "selector": {"matchLabels": selector},
        "template": {"metadata": {"labels": {**selector, **mode_labels(release)}}, "spec": pod},
    }
    if chart.recreate_strategy:  # one active picker at a time: the old leader goes before the new one starts
        spec["strategy"] = {"type": "Recreate"}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": epp, "namespace": ns, "labels": {**labels, **mode_labels(release)}},
        "spec": spec,
    }


def service(
    ns: str, epp: str, labels: dict[str, str], selector: dict[str, str], props: InferencePoolProps
) -> dict[str, Any]:
    """The endpoint picker's Service: ext-proc and metrics ports, plus the extra ones."""
    ports = [
        {"name": "grpc-ext-proc", "protocol": "TCP", "port": props.ext_proc_port},
        {"name": "http-metrics", "protocol": "TCP", "port": props.metrics_port},
        *map(dict, props.extra_service_ports),
    ]
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": epp, "namespace": ns, "labels": labels},
        "spec": {"selector": selector, "ports": ports, "type": "ClusterIP"},
    }


#: The request parser a gRPC vLLM needs (v1.5 on), as the chart's ``_config.yaml`` picks it.
GRPC_VLLM_PARSER = "vllmgrpc-parser"


def default_plugins(props: InferencePoolProps, release: Release) -> str:
    """The release's default plugins file; from v1.5 with the model server's engine and parser."""
    assert release.chart is not None
    text = release.plugins_config or ""
    if not release.chart.plugins_engine or (props.model_server_type, props.model_server_protocol) == ("vllm", "http"):
        return text
    config = yaml.safe_load(text)
    if props.model_server_type != "vllm":
        (extractor,) = [p for p in config["plugins"] if p["type"] == "core-metrics-extractor"]
        extractor["parameters"] = {"defaultEngine": props.model_server_type}
    if props.model_server_type == "vllm" and props.model_server_protocol == "grpc":
        config["plugins"].append({"type": GRPC_VLLM_PARSER})
        config["parser"] = {"pluginRef": GRPC_VLLM_PARSER}
    return str(yaml.safe_dump(config, sort_keys=False))


def plugins_config(ns: str, epp: str, props: InferencePoolProps, release: Release) -> dict[str, Any]:
    """The plugins ConfigMap: the release's default plugins file and the custom ones."""
    data = {DEFAULT_PLUGINS_FILE: default_plugins(props, release), **props.plugins_custom_config}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": epp, "namespace": ns}, "data": data}
