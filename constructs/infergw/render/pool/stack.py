"""A pool stack's objects: the InferencePool and everything the chart installs beside it.

Chart templates and where they are rendered here:

=====================================  ===================================================
chart template                         here
=====================================  ===================================================
``_helpers.tpl`` (names, labels)       :mod:`.names`
``_validations.tpl``                   :func:`.checks.check_pool` (raised, not rendered)
``inferencepool.yaml``                 :func:`pool_object`
``epp-deployment.yaml``                :func:`.picker.deployment` (arguments per release)
``epp-service.yaml``                   :func:`.picker.service`
``epp-config.yaml``                    :func:`.picker.plugins_config`
``rbac.yaml``, leader election         :mod:`.rbac`
token Secret, ServiceMonitor,          :mod:`.gke`
``gke.yaml``
``istio.yaml``                         not rendered: only the gke and none providers
=====================================  ===================================================

llm-d-router's ``llm-d-router-gateway`` chart (``ChartFacts.template == "routerlib"``) is rendered by
:mod:`.router`.
"""

from __future__ import annotations

from typing import Any

from infergw.refs import PoolRef
from infergw.releases import POOL_V1, Release
from infergw.render.pool.checks import check_pool
from infergw.render.pool.gke import (
    cluster_pod_monitoring,
    gke_epp_monitoring,
    gke_policies,
    health_port,
    prometheus_monitoring,
)
from infergw.render.pool.names import epp_name, picker_selector, stack_labels
from infergw.render.pool.picker import deployment, leader_election, plugins_config, service
from infergw.render.pool.props import InferencePoolProps
from infergw.render.pool.rbac import leader_election_rbac, rbac
from infergw.render.pool.router import render_router_stack

#: ``inferencePool.modelServerProtocol`` -> the v1 pool's ``appProtocol`` (v1.5 chart).
APP_PROTOCOLS = {"http": "http", "grpc": "kubernetes.io/h2c"}


def pool_api_version(props: InferencePoolProps, release: Release) -> str:
    """The pool's API version: the one asked for, else the release's default."""
    return props.api_version or release.pool_api_versions[0]


def pool_object(
    name: str, ns: str, labels: dict[str, str], props: InferencePoolProps, release: Release, epp: str
) -> dict[str, Any]:
    """The InferencePool, v1 or v1alpha2."""
    assert release.chart is not None
    api_version = pool_api_version(props, release)
    meta: dict[str, Any] = {"name": name, "namespace": ns, "labels": labels}
    if props.pool_annotations:
        meta["annotations"] = dict(props.pool_annotations)
    selector = {k: str(v) for k, v in props.match_labels.items()}
    if api_version == POOL_V1:
        spec: dict[str, Any] = {
            "targetPorts": [{"number": p} for p in props.target_ports],
            "selector": {"matchLabels": selector},
            "endpointPickerRef": {"name": epp, "port": {"number": props.ext_proc_port}},
        }
        if release.chart.v1_failure_mode:
            spec["endpointPickerRef"]["failureMode"] = props.failure_mode or release.chart.default_failure_mode
        if release.chart.app_protocol:
            spec["appProtocol"] = APP_PROTOCOLS[props.model_server_protocol]
    else:
        extension: dict[str, Any] = {"name": epp}
        if release.chart.alpha_extension_port:
            failure_mode = props.failure_mode or release.chart.default_failure_mode
            extension |= {"portNumber": props.ext_proc_port, "failureMode": failure_mode}
        spec = {"targetPortNumber": health_port(props), "selector": selector, "extensionRef": extension}
    return {"apiVersion": api_version, "kind": "InferencePool", "metadata": meta, "spec": spec}


def render_pool_stack(name: str, props: InferencePoolProps) -> list[dict[str, Any]]:
    """The objects of pool ``name`` as the release's chart renders them (checked first)."""
    release = check_pool(name, props)
    chart = release.chart
    assert chart is not None
    if chart.template == "routerlib":
        return render_router_stack(name, props, release)
    ns = props.namespace
    epp = epp_name(name)
    group = pool_api_version(props, release).split("/")[0]
    labels = stack_labels(epp, props.release)
    selector = picker_selector(epp)
    ha = leader_election(props, release)
    objects: list[dict[str, Any]] = [
        pool_object(name, ns, labels, props, release, epp),
        deployment(name, ns, epp, labels, selector, props, release, group, ha),
        service(ns, epp, labels, selector, props),
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": epp, "namespace": ns, "labels": labels}},
        *rbac(name, ns, epp, labels, props, release, group),
    ]
    if chart.plugins_config_map:
        objects.append(plugins_config(ns, epp, props, release))
    if ha:
        objects.extend(leader_election_rbac(ns, epp, labels))
    if props.profile == "hardened" and props.replicas > 1:
        objects.append(
            {
                "apiVersion": "policy/v1",
                "kind": "PodDisruptionBudget",
                "metadata": {"name": epp, "namespace": ns, "labels": labels},
                "spec": {"minAvailable": 1, "selector": {"matchLabels": selector}},
            }
        )
    if props.prometheus_monitoring and not (chart.prometheus_off_gke and props.provider == "gke"):
        objects.extend(prometheus_monitoring(ns, epp, labels, props))
    if props.provider == "gke":
        objects.extend(gke_policies(name, ns, labels, props, release, group))
        pod_monitoring = {
            "cluster-pod-monitoring": False,
            "pod-monitoring": props.gke_monitoring,
            "pod-monitoring-or-prometheus": props.gke_monitoring
            or (props.prometheus_monitoring and props.prometheus_auth),
            "prometheus": props.prometheus_monitoring and props.prometheus_auth,
        }[chart.gke_monitoring]
        if chart.gke_monitoring == "cluster-pod-monitoring":
            objects.append(cluster_pod_monitoring(name, ns, labels, selector, props))
        elif pod_monitoring:
            objects.extend(
                gke_epp_monitoring(
                    name, ns, labels, selector, interval=props.monitoring_interval, autopilot=props.autopilot
                )
            )
    return objects


def pool_ref(name: str, props: InferencePoolProps) -> PoolRef:
    """What routes, objectives, policies and autoscalers need to point at pool ``name``."""
    release = check_pool(name, props)
    api_version = pool_api_version(props, release)
    return PoolRef(
        api_version,
        "InferencePool",
        name,
        props.namespace,
        selector=tuple(sorted(props.match_labels.items())),
        target_port=props.target_ports[0] if api_version == POOL_V1 else health_port(props),
        release=props.release,
    )
