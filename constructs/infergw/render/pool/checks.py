"""What a pool stack's values must satisfy: the settings' limits, then what the chosen release allows.

The chart's ``_validations.tpl`` fails ``helm install``; here the same refusals (and the ones that
would give a stack that cannot work) raise :class:`~infergw.settings.PropsError` naming the value.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from infergw.names import POOL_NAME, POOL_NAME_RULE
from infergw.releases import RELEASES, Release, get_release
from infergw.render.backend_policy import check_backend_policy
from infergw.render.pool.props import DEFAULT_PLUGINS_FILE, InferencePoolProps
from infergw.settings import PropsError, check_props
from infergw.validation.apiserver import label_key_problem, label_value_problem

#: Values every release's chart reads; the per-release extras are ``ChartFacts.values``.
COMMON_VALUES = frozenset(
    {
        "match_labels",
        "release",
        "namespace",
        "provider",
        "replicas",
        "image",
        "ext_proc_port",
        "metrics_port",
        "target_port_number",
        "monitoring_secret",
    }
)
#: Values of ours, not of the chart (see the profiles in README): allowed on every release.
OWN_VALUES = frozenset({"profile", "epp_requests", "pool_annotations", "backend_policy"})


def env_entries(env: tuple[Mapping[str, Any], ...] | Mapping[str, str]) -> list[Any]:
    """``inferenceExtension.env`` as container env entries (the {NAME: value} form is expanded)."""
    if isinstance(env, Mapping):
        return [{"name": k, "value": v} for k, v in env.items()]
    return [dict(e) if isinstance(e, Mapping) else e for e in env]


def _releases_with(value_name: str) -> str:
    found = [r.id for r in RELEASES.values() if r.chart is not None and value_name in COMMON_VALUES | r.chart.values]
    return ", ".join(found) or "none"


def check_pool(name: str, props: InferencePoolProps) -> Release:
    """Refuse impossible values, naming the value and the fix; return the release to render."""
    if not isinstance(name, str) or not POOL_NAME.match(name):
        raise PropsError("name", name, f"use {POOL_NAME_RULE.rule} (the endpoint picker's Service is named after it)")
    check_props(props)
    release = get_release(props.release).deployable()
    if props.backend_policy is not None:
        if props.provider != "gke":
            raise PropsError(
                "backend_policy", "set", "a GCPBackendPolicy configures GKE's load balancer: set provider='gke'"
            )
        try:
            check_backend_policy(props.backend_policy)
        except PropsError as exc:
            raise exc.within("backend_policy") from None
    chart = release.chart
    assert chart is not None  # deployable() guarantees it
    api_version = props.api_version or release.pool_api_versions[0]
    if api_version not in release.pool_api_versions:
        raise PropsError(
            "api_version", api_version, f"release {release.id} renders {' or '.join(release.pool_api_versions)}"
        )
    for f in dataclasses.fields(props):
        if f.name in COMMON_VALUES or f.name in OWN_VALUES or f.name in chart.values or f.name == "api_version":
            continue
        default = f.default_factory() if callable(f.default_factory) else f.default
        value = getattr(props, f.name)
        if value != default:
            raise PropsError(
                f.name,
                value,
                f"the chart of release {release.id} has no such value (releases with it: "
                f"{_releases_with(f.name)}); leave it unset or change the release",
            )
    if not props.prometheus_auth and props.prometheus_monitoring and chart.metrics_auth_arg == "without-prometheus":
        raise PropsError(
            "prometheus_auth",
            False,
            f"the chart of release {release.id} keeps the picker's metrics auth on with a ServiceMonitor, so a "
            "tokenless scrape would be refused; keep prometheus_auth, or use release v1.3.1 or later",
        )
    image = props.image
    if (image.hub is not None or image.name is not None) and (
        image.registry is not None or image.repository is not None
    ):
        raise PropsError(
            "image",
            image,
            "give hub and name (the charts up to v1.4) or registry and repository (v1.5 on), not both: "
            "they name the same image path",
        )
    for key, value in props.match_labels.items():
        if (problem := label_key_problem(key) or label_value_problem(value)) is not None:
            raise PropsError(f"match_labels[{key!r}]", value, problem)
    if len(props.target_ports) > chart.max_target_ports:
        raise PropsError(
            "target_ports",
            props.target_ports,
            f"the InferencePool CRD of release {release.id} takes at most {chart.max_target_ports} "
            "model-server port(s)",
        )
    if chart.arg_sections == ("legacy",) and props.ext_proc_port != 9002:
        raise PropsError(
            "ext_proc_port",
            props.ext_proc_port,
            "the v0.3.0 picker always listens on 9002 and its pool has no port field; keep 9002",
        )
    if props.model_server_type not in chart.model_servers:
        raise PropsError(
            "model_server_type",
            props.model_server_type,
            f"release {release.id} supports {', '.join(chart.model_servers)}",
        )
    shipped = (DEFAULT_PLUGINS_FILE, *chart.extra_plugins_files)
    if chart.template == "routerlib":
        _check_router_values(props, release)
    if shipped_file := next((f for f in shipped if f in props.plugins_custom_config), None):
        raise PropsError(
            "plugins_custom_config", shipped_file, "the chart already ships this file; give yours another name"
        )
    if props.plugins_config_file not in {*shipped, *props.plugins_custom_config}:
        raise PropsError(
            "plugins_config_file",
            props.plugins_config_file,
            f"the picker loads it from its ConfigMap: use {' or '.join(shipped)} or add the file to "
            "plugins_custom_config",
        )
    for entry in env_entries(props.env):
        if not isinstance(entry, Mapping) or not entry.get("name"):
            raise PropsError("env", entry, "give container env entries with a name, e.g. {'name': 'X', 'value': '1'}")
    for field_name, key in (("extra_container_ports", "containerPort"), ("extra_service_ports", "port")):
        for entry in getattr(props, field_name):
            if key not in entry:
                raise PropsError(field_name, entry, f"each entry is a port object with {key!r} (and a name)")
    if props.monitoring_secret.namespace != "default" and chart.gke_monitoring != "cluster-pod-monitoring":
        raise PropsError(
            "monitoring_secret.namespace",
            props.monitoring_secret.namespace,
            f"release {release.id} creates the Secret in the pool's namespace; leave the namespace unset",
        )
    return release


def _check_router_values(props: InferencePoolProps, release: Release) -> None:
    """What llm-d-router's ``llm-d-router-gateway`` chart cannot take from the shared props."""
    if props.target_port_number not in (None, props.target_ports[0]):
        raise PropsError(
            "target_port_number",
            props.target_port_number,
            f"release {release.id} health-checks the first of target_ports; leave it unset and order target_ports",
        )
    if props.gke_monitoring and props.prometheus_monitoring:
        raise PropsError(
            "gke_monitoring",
            True,
            f"release {release.id} has one monitoring provider (router.monitoring.provider.name): choose "
            "gke_monitoring (gmp, a PodMonitoring) or prometheus_monitoring (prometheusoperator, a ServiceMonitor)",
        )
    if isinstance(props.env, Mapping):
        raise PropsError(
            "env",
            dict(props.env),
            f"release {release.id} takes env as a list of entries ({{'name': ..., 'value': ...}})",
        )
