"""A pool stack as llm-d-router's ``llm-d-router-gateway`` chart (on the ``routerlib`` library) renders it.

Used for the releases whose ``ChartFacts.template`` is ``routerlib``. Chart templates and where they are
rendered here:

======================================================  ==============================================
chart template                                          here
======================================================  ==============================================
``routerlib/_inferencepool.yaml``                       :func:`router_pool`
``routerlib/_config.yaml`` (``EndpointPickerConfig``)   :func:`router_plugins_config`
``routerlib/_deployment.yaml``                          :func:`router_deployment`
``routerlib/_service.yaml``                             :func:`router_service`
``routerlib/_leader-election-rbac.yaml``                :func:`.rbac.leader_election_rbac`
``routerlib/_sa-token-secret.yaml``,                    :func:`.gke.prometheus_monitoring`
``routerlib/_servicemonitor.yaml``                      (monitoring provider ``prometheusoperator``)
``routerlib/_gke.yaml``                                 :func:`.gke.gke_epp_monitoring` (provider ``gmp``)
``routerlib/_rbac.yaml``, gateway ``rbac.yaml``         :func:`router_rbac`
gateway ``gke.yaml``                                    :func:`.gke.gke_policies` (as for the GAIE charts)
``routerlib/_inferenceobjective.yaml``                  not rendered: ``InferenceObjective`` constructs
gateway ``httproute.yaml``, ``istio.yaml``              not rendered: ``InferenceRoute``; gke/none only
======================================================  ==============================================

How the props map onto ``router.*``: ``replicas`` -> ``router.epp.replicas``; ``image`` -> ``router.epp.image``
(``registry``/``repository``, or ``hub``/``name`` for the same path); ``flags`` -> ``router.epp.flags``
(``ChartFacts.flags_form`` ``map``: in key order as Go's template ``range`` writes a map; every argument is
written ``--name=value`` by :func:`.picker.container_args`); ``ext_proc_port`` ->
``router.epp.extProcPort``; ``metrics_port`` -> ``router.metricsPort``; ``target_ports``, ``match_labels``,
``model_server_type`` -> ``router.modelServers``; ``failure_mode`` -> ``router.inferencePool.failureMode``;
``prometheus_monitoring`` -> ``router.monitoring.prometheus.enabled`` with monitoring provider
``prometheusoperator`` (a ServiceMonitor); ``gke_monitoring`` -> the same with provider ``gmp`` (a
PodMonitoring; what the chart also picks for ``provider.name: gke`` when no monitoring provider is named);
``autopilot`` -> ``router.monitoring.provider.gmp.autopilot``; ``monitoring_secret.name`` ->
``router.monitoring.prometheus.auth.secretName``.

The hardened profile adds the security contexts and a PodDisruptionBudget (replicas > 1), as for the GAIE
charts; it keeps the chart's resources (``ChartFacts.default_resources``), which are larger than ``epp_requests``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from infergw.releases import POOL_V1, Release
from infergw.render.pool.checks import env_entries
from infergw.render.pool.gke import gke_epp_monitoring, gke_policies, prometheus_monitoring
from infergw.render.pool.names import cluster_rbac_name, epp_name, stack_labels
from infergw.render.pool.picker import (
    EPP_CONTAINER_PORTS,
    HEALTH_PORT,
    container_args,
    epp_resources,
    harden,
    image_reference,
    leader_election,
)
from infergw.render.pool.props import DEFAULT_PLUGINS_FILE, InferencePoolProps
from infergw.render.pool.rbac import METRICS_RULE, RBAC_API, RBAC_GROUP, READ, leader_election_rbac

POOL_GROUP = POOL_V1.split("/")[0]
#: ``llm-d.ai/igw-mode`` of the gateway chart (the standalone chart, not rendered here, says standalone).
MODE_LABELS = {"llm-d.ai/igw-mode": "llm-d-router-gateway"}
#: The plugins file the chart offers beside ``default-plugins.yaml`` (``pluginsConfigFile`` may name it).
PAYLOAD_AGNOSTIC_FILE = "payload-agnostic.yaml"  # ChartFacts.extra_plugins_files
#: The ``payload-agnostic.yaml`` profile of the chart's plugins ConfigMap.
PAYLOAD_AGNOSTIC_PLUGINS = """apiVersion: llm-d.ai/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: passthrough-parser
- type: active-request-scorer
- type: session-affinity-scorer
requestHandler:
  parsers:
  - pluginRef: passthrough-parser
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: active-request-scorer
    weight: 1
  - pluginRef: session-affinity-scorer
    weight: 1
"""
#: Resources llm-d-router's picker reads (gateway ``rbac.yaml``): objectives and rewrites in both groups.
_WATCH_RULES = (
    {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferenceobjectives", "inferencemodelrewrites"]},
    {"apiGroups": ["llm-d.ai"], "resources": ["inferenceobjectives", "inferencemodelrewrites"]},
    {"apiGroups": [POOL_GROUP], "resources": ["inferencepools"]},
)
_TOKEN_REVIEW_RULES = (
    {"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]},
    {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
)


def router_selector(epp: str) -> dict[str, str]:
    """The picker pods' selector labels (gateway mode)."""
    return {"llm-d-router-gateway": epp}


def monitoring_provider(props: InferencePoolProps) -> str | None:
    """``gmp``, ``prometheusoperator`` or None (no picker metric collection)."""
    if props.gke_monitoring:
        return "gmp"
    if props.prometheus_monitoring:
        return "prometheusoperator"
    return None


def router_args(name: str, ns: str, props: InferencePoolProps, release: Release) -> list[str]:
    """The picker's arguments, in the order ``_deployment.yaml`` writes them (``ChartFacts.arg_sections``),
    each ``--name=value`` as for the GAIE charts."""
    return container_args(name, ns, props, release, POOL_GROUP, leader_election(props, release))


def router_pool(
    name: str, ns: str, labels: Mapping[str, str], props: InferencePoolProps, release: Release, epp: str
) -> dict[str, Any]:
    """The v1 InferencePool (``appProtocol: http``: the chart's default ``router.modelServers.protocol``)."""
    assert release.chart is not None
    meta: dict[str, Any] = {"name": name, "namespace": ns, "labels": dict(labels)}
    if props.pool_annotations:
        meta["annotations"] = dict(props.pool_annotations)
    return {
        "apiVersion": POOL_V1,
        "kind": "InferencePool",
        "metadata": meta,
        "spec": {
            "targetPorts": [{"number": p} for p in props.target_ports],
            "appProtocol": "http",
            "selector": {"matchLabels": {k: str(v) for k, v in props.match_labels.items()}},
            "endpointPickerRef": {
                "name": epp,
                "port": {"number": props.ext_proc_port},
                "failureMode": props.failure_mode or release.chart.default_failure_mode,
            },
        },
    }


def default_plugins(model_server_type: str) -> str:
    """The chart's ``default-plugins.yaml`` for a model-server type (HTTP model servers, no latency predictor)."""
    extractor = "- type: core-metrics-extractor\n"
    if model_server_type != "vllm":
        extractor += f'  parameters:\n    defaultEngine: "{model_server_type}"\n'
    parsers = ["passthrough-parser"] if model_server_type == "triton" else []
    text = (
        "apiVersion: llm-d.ai/v1alpha1\n"
        "kind: EndpointPickerConfig\n"
        "plugins:\n"
        "- type: queue-scorer\n"
        "- type: kv-cache-utilization-scorer\n"
        "- type: prefix-cache-scorer\n"
        "- type: metrics-data-source\n"
        "  parameters:\n"
        '    scheme: "http"\n'
        '    path: "/metrics"\n'
        "    insecureSkipVerify: true\n"
        + extractor
        + "".join(f"- type: {p}\n" for p in parsers)
        + "schedulingProfiles:\n"
        "- name: default\n"
        "  plugins:\n"
        "  - pluginRef: queue-scorer\n"
        "    weight: 2\n"
        "  - pluginRef: kv-cache-utilization-scorer\n"
        "    weight: 2\n"
        "  - pluginRef: prefix-cache-scorer\n"
        "    weight: 3\n"
    )
    if parsers:
        text += "requestHandler:\n  parsers:\n" + "".join(f"  - pluginRef: {p}\n" for p in parsers)
    return text


def router_plugins_config(ns: str, epp: str, props: InferencePoolProps) -> dict[str, Any]:
    """The plugins ConfigMap: the chart's two profiles and the custom files."""
    data = {
        DEFAULT_PLUGINS_FILE: default_plugins(props.model_server_type),
        PAYLOAD_AGNOSTIC_FILE: PAYLOAD_AGNOSTIC_PLUGINS,
        **props.plugins_custom_config,
    }
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": epp, "namespace": ns}, "data": data}


def router_deployment(
    name: str, ns: str, epp: str, labels: Mapping[str, str], props: InferencePoolProps, release: Release
) -> dict[str, Any]:
    """The picker's Deployment (``_deployment.yaml``, without GKE preferred backends)."""
    chart, image = release.chart, release.image
    assert chart is not None and image is not None
    ha = leader_election(props, release)
    probe_services = ("liveness", "readiness") if ha else ("inference-extension",) * 2
    container: dict[str, Any] = {
        "name": "epp",
        "image": image_reference(props, release),
        "imagePullPolicy": props.image.pull_policy or image.pull_policy,
        "args": router_args(name, ns, props, release),
    }
    if (resources := epp_resources(props, release)) is not None:
        container["resources"] = resources
    container |= {
        "ports": [*map(dict, EPP_CONTAINER_PORTS), *map(dict, props.extra_container_ports)],
        "livenessProbe": {
            "grpc": {"port": HEALTH_PORT, "service": probe_services[0]},
            "initialDelaySeconds": 5,
            "periodSeconds": 10,
        },
        "readinessProbe": {"grpc": {"port": HEALTH_PORT, "service": probe_services[1]}, **chart.readiness_timing},
        "env": [*(dict(e) for e in chart.base_env), *env_entries(props.env)],
        "volumeMounts": [{"name": "plugins-config-volume", "mountPath": "/config"}],
    }
    pod: dict[str, Any] = {
        "serviceAccountName": epp,
        "terminationGracePeriodSeconds": 130,
        "containers": [container],
        "volumes": [{"name": "plugins-config-volume", "configMap": {"name": epp}}],
    }
    if props.profile == "hardened":
        harden(pod, container)
    if props.affinity:
        pod["affinity"] = dict(props.affinity)
    if props.tolerations:
        pod["tolerations"] = [dict(t) for t in props.tolerations]
    selector = router_selector(epp)
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": epp, "namespace": ns, "labels": {**labels, **MODE_LABELS}},
        "spec": {
            "replicas": props.replicas or 1,
            "strategy": {"type": "Recreate"},
            "selector": {"matchLabels": selector},
            "template": {"metadata": {"labels": {**selector, **MODE_LABELS}}, "spec": pod},
        },
    }


def router_service(
    ns: str, epp: str, labels: Mapping[str, str], props: InferencePoolProps, release: Release
) -> dict[str, Any]:
    """The picker's Service (its ext-proc port h2c where the release says so)."""
    assert release.chart is not None
    ext_proc: dict[str, Any] = {"name": "grpc-ext-proc", "protocol": "TCP", "port": props.ext_proc_port}
    if release.chart.ext_proc_app_protocol:
        ext_proc["appProtocol"] = release.chart.ext_proc_app_protocol
    ports = [
        ext_proc,
        {"name": "http-metrics", "protocol": "TCP", "port": props.metrics_port},
        *map(dict, props.extra_service_ports),
    ]
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": epp, "namespace": ns, "labels": dict(labels)},
        "spec": {"selector": router_selector(epp), "ports": ports, "type": "ClusterIP"},
    }


def router_rbac(
    name: str, ns: str, epp: str, labels: Mapping[str, str], props: InferencePoolProps, release: Release
) -> list[Any]:
    """The picker's ServiceAccount and RBAC: watch rights, pod reads, and token reviews with monitoring."""

    def role_pair(role: str, rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [
            {
                "apiVersion": RBAC_API,
                "kind": "Role",
                "metadata": {"name": role, "namespace": ns, "labels": dict(labels)},
                "rules": rules,
            },
            {
                "apiVersion": RBAC_API,
                "kind": "RoleBinding",
                "metadata": {"name": role, "namespace": ns},
                "subjects": [{"kind": "ServiceAccount", "name": epp, "namespace": ns}],
                "roleRef": {"apiGroup": RBAC_GROUP, "kind": "Role", "name": role},
            },
        ]

    objects = [
        *role_pair(f"{epp}-non-sa", [{**rule, "verbs": list(READ)} for rule in _WATCH_RULES]),
        *role_pair(f"{epp}-sa", [{"apiGroups": [""], "resources": ["pods"], "verbs": list(READ)}]),
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": epp, "namespace": ns, "labels": labels}},
    ]
    if (props.prometheus_monitoring or props.gke_monitoring) and release.chart is not None:
        cluster = cluster_rbac_name(name, ns, release.chart)
        objects += [
            {
                "apiVersion": RBAC_API,
                "kind": "ClusterRole",
                "metadata": {"name": cluster, "labels": dict(labels)},
                "rules": [*map(dict, _TOKEN_REVIEW_RULES), dict(METRICS_RULE)],
            },
            {
                "apiVersion": RBAC_API,
                "kind": "ClusterRoleBinding",
                "metadata": {"name": cluster},
                "subjects": [{"kind": "ServiceAccount", "name": epp, "namespace": ns}],
                "roleRef": {"apiGroup": RBAC_GROUP, "kind": "ClusterRole", "name": cluster},
            },
        ]
    return objects


def render_router_stack(name: str, props: InferencePoolProps, release: Release) -> list[dict[str, Any]]:
    """The objects of pool ``name`` as ``helm template`` of the release's ``llm-d-router-gateway`` renders them."""
    ns = props.namespace
    epp = epp_name(name)
    labels = stack_labels(epp, props.release)
    objects: list[dict[str, Any]] = [
        router_pool(name, ns, labels, props, release, epp),
        router_plugins_config(ns, epp, props),
        router_deployment(name, ns, epp, labels, props, release),
        router_service(ns, epp, labels, props, release),
        *router_rbac(name, ns, epp, labels, props, release),
    ]
    if leader_election(props, release):
        objects.extend(leader_election_rbac(ns, epp, labels))
    if props.profile == "hardened" and props.replicas > 1:
        objects.append(
            {
                "apiVersion": "policy/v1",
                "kind": "PodDisruptionBudget",
                "metadata": {"name": epp, "namespace": ns, "labels": dict(labels)},
                "spec": {"minAvailable": 1, "selector": {"matchLabels": router_selector(epp)}},
            }
        )
    provider = monitoring_provider(props)
    if provider == "prometheusoperator":
        objects.extend(prometheus_monitoring(ns, epp, labels, props))
    elif provider == "gmp":
        objects.extend(
            gke_epp_monitoring(
                name, ns, labels, router_selector(epp), interval=props.monitoring_interval, autopilot=props.autopilot
            )
        )
    if props.provider == "gke":
        objects.extend(gke_policies(name, ns, labels, props, release, POOL_GROUP))
    return objects
