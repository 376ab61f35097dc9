"""The endpoint picker: its Deployment (container arguments per release), Service and plugins ConfigMap.

Chart templates: ``epp-deployment.yaml``, ``epp-service.yaml``, ``epp-config.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    return [flag(name, value) for name, value in flags.items()]


def _model_server_args(props: InferencePoolProps, release: Release) -> list[str]:
    assert release.chart is not None
    args = release.chart.model_servers[props.model_server_type]
    return [flag(name.removeprefix("--"), value) for name, value in zip(args[::2], args[1::2], strict=True)]


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
    "model-server": lambda name, ns, props, release, group, ha: _model_server_args(props, release),
    "ha": lambda name, ns, props, release, group, ha: ["--ha-enable-leader-election"] if ha else [],
    "flags": lambda name, ns, props, release, group, ha: _flag_args(props, release),
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
    """The picker image: the release's, with the parts the values override."""
    assert release.image is not None
    hub, _, default_name = f"{release.image.registry}/{release.image.repository}".rpartition("/")
    image = props.image
    return f"{image.hub or hub}/{image.name or default_name}:{image.tag or release.image.tag}"


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
    env = [*(dict(e) for e in chart.base_env), *env_entries(props.env)]
    if env:
        container["env"] = env
    pod: dict[str, Any] = {"serviceAccountName": epp, "terminationGracePeriodSeconds": 130, "containers": [container]}
    if props.profile == "hardened":
        pod["securityContext"] = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
        container["securityContext"] = {
            "allowPrivilegeEscalation": False,
            "readOnlyRootFilesystem": True,
            "runAsNonRoot": True,
            "capabilities": {"drop": ["ALL"]},
        }
        container["resources"] = {"requests": dict(props.epp_requests)}
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
        "template": {"metadata": {"labels": selector}, "spec": pod},
    }
    if chart.recreate_strategy:  # one active picker at a time: the old leader goes before the new one starts
        spec["strategy"] = {"type": "Recreate"}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": epp, "namespace": ns, "labels": labels},
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


def plugins_config(ns: str, epp: str, props: InferencePoolProps, release: Release) -> dict[str, Any]:
    """The plugins ConfigMap: the release's default plugins file and the custom ones."""
    data = {DEFAULT_PLUGINS_FILE: release.plugins_config or "", **props.plugins_custom_config}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": epp, "namespace": ns}, "data": data}
