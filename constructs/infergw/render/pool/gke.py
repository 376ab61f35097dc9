"""What the chart renders for collection and for GKE: the Prometheus ServiceMonitor, the GKE
HealthCheckPolicy and GCPBackendPolicy, and the picker's metric collection on GKE.

Chart templates: ``epp-sa-token-secret.yaml``, ``epp-servicemonitor.yaml`` and ``gke.yaml``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from infergw.releases import Release
from infergw.render.backend_policy import policy_defaults
from infergw.render.pool.props import InferencePoolProps
from infergw.render.pool.rbac import METRICS_RULE, RBAC_API, RBAC_GROUP, rules_for

#: Google Managed Prometheus namespace per cluster mode (``provider.gke.autopilot``).
GMP_NAMESPACE = {False: "gmp-system", True: "gke-gmp-system"}
#: The gRPC health service of vLLM's gRPC engine, which the v1.5 chart's health check calls.
VLLM_GRPC_HEALTH = "/vllm.grpc.engine.VllmEngine/HealthCheck"


def health_port(props: InferencePoolProps) -> int:
    """The model-server port the GKE health check probes (and a v1alpha2 pool's port)."""
    return props.target_port_number if props.target_port_number is not None else props.target_ports[0]


def token_secret(
    name: str, namespace: str, service_account: str, labels: dict[str, str] | None = None
) -> dict[str, Any]:
    """A ``kubernetes.io/service-account-token`` Secret holding ``service_account``'s token."""
    meta: dict[str, Any] = {"name": name, "namespace": namespace}
    if labels is not None:
        meta["labels"] = labels
    meta["annotations"] = {"kubernetes.io/service-account.name": service_account}
    return {"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/service-account-token", "metadata": meta}


def prometheus_monitoring(ns: str, epp: str, labels: dict[str, str], props: InferencePoolProps) -> list[dict[str, Any]]:
    """The token Secret and ServiceMonitor of ``inferenceExtension.monitoring.prometheus`` (without auth,
    v1.1 on: the ServiceMonitor alone, scraping without a token)."""
    secret = props.monitoring_secret.name
    endpoint: dict[str, Any] = {"interval": props.monitoring_interval, "port": "http-metrics", "path": "/metrics"}
    objects: list[dict[str, Any]] = []
    if props.prometheus_auth:
        endpoint["authorization"] = {"credentials": {"key": "token", "name": secret}}
        objects.append(token_secret(secret, ns, epp, labels))
    objects.append(
        {
            "apiVersion": "monitoring.coreos.com/v1",
            "kind": "ServiceMonitor",
            "metadata": {
                "name": f"{epp}-monitor",
                "namespace": ns,
                "labels": {**labels, **props.prometheus_extra_labels},
            },
            "spec": {
                "endpoints": [endpoint],
                "jobLabel": epp,
                "namespaceSelector": {"matchNames": [ns]},
                "selector": {"matchLabels": dict(labels)},
            },
        }
    )
    return objects


def gke_policies(
    name: str, ns: str, labels: dict[str, str], props: InferencePoolProps, release: Release, group: str
) -> list[dict[str, Any]]:
    """The HealthCheckPolicy and GCPBackendPolicy of ``provider.name: gke``.

    The chart sets ``httpHealthCheck.port`` without ``portSpecification``, which the GKE CRD refuses
    (its default USE_SERVING_PORT forbids ``port``); ``USE_FIXED_PORT`` keeps the chart's intent.
    """
    assert release.chart is not None
    target = {"group": group, "kind": "InferencePool", "name": name}
    health: dict[str, Any] = dict(release.chart.health_check_timing)
    if release.chart.grpc_health_check and props.model_server_protocol == "grpc":
        # v1.5: a gRPC vLLM is probed on its engine's health service; other gRPC servers get no probe config
        if props.model_server_type == "vllm":
            grpc_check = {
                "portSpecification": "USE_FIXED_PORT",
                "port": health_port(props),
                "grpcServiceName": VLLM_GRPC_HEALTH,
            }
            health["config"] = {"type": "GRPC", "grpcHealthCheck": grpc_check}
    else:
        check = {"requestPath": "/health", "port": health_port(props), "portSpecification": "USE_FIXED_PORT"}
        health["config"] = {"type": "HTTP", "httpHealthCheck": check}
    backend: dict[str, Any] = {"timeoutSec": 300}
    if release.chart.backend_logging:
        backend["logging"] = {"enabled": True}
    if props.backend_policy is not None:
        backend = policy_defaults(props.backend_policy)
    meta = {"name": name, "namespace": ns, "labels": labels}
    return [
        {
            "apiVersion": "networking.gke.io/v1",
            "kind": "HealthCheckPolicy",
            "metadata": dict(meta),
            "spec": {"targetRef": dict(target), "default": health},
        },
        {
            "apiVersion": "networking.gke.io/v1",
            "kind": "GCPBackendPolicy",
            "metadata": dict(meta),
            "spec": {"targetRef": dict(target), "default": backend},
        },
    ]


def cluster_pod_monitoring(
    name: str, ns: str, labels: dict[str, str], selector: dict[str, str], props: InferencePoolProps
) -> dict[str, Any]:
    """The v0.3.0/v1.0.0 chart's ClusterPodMonitoring of the picker (its token Secret is not the chart's)."""
    secret = {"name": props.monitoring_secret.name, "key": "token", "namespace": props.monitoring_secret.namespace}
    return {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "ClusterPodMonitoring",
        "metadata": {"name": f"{ns}-{name}", "labels": labels},
        "spec": {
            "endpoints": [
                {
                    "port": "metrics",
                    "scheme": "http",
                    "interval": "5s",
                    "path": "/metrics",
                    "authorization": {"type": "Bearer", "credentials": {"secret": secret}},
                }
            ],
            "selector": {"matchLabels": dict(selector)},
        },
    }


def gke_epp_monitoring(
    name: str, ns: str, labels: Mapping[str, str], selector: Mapping[str, str], *, interval: str, autopilot: bool
) -> list[dict[str, Any]]:
    """The v1.0.2 chart's GKE monitoring objects (``templates/gke.yaml``) for pool ``name``: a
    PodMonitoring of the picker (``selector``) authenticated by a reader ServiceAccount's token,
    the ``/metrics`` reader RBAC and the grant letting Managed Prometheus' collector read the token.

    The chart leaves the secret-read Role's namespace to Helm (the release namespace); we write it.
    """
    labels = dict(labels)
    reader_sa = f"{name}-metrics-reader-sa"
    secret = f"{name}-metrics-reader-secret"
    reader_role = f"{ns}-{name}-metrics-reader"
    secret_role = f"{name}-metrics-reader-secret-read"
    gmp_ns = GMP_NAMESPACE[autopilot]
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": reader_sa, "namespace": ns}},
        token_secret(secret, ns, reader_sa, labels),
        {
            "apiVersion": "monitoring.googleapis.com/v1",
            "kind": "PodMonitoring",
            "metadata": {"name": name, "namespace": ns, "labels": labels},
            "spec": {
                "endpoints": [
                    {
                        "port": "metrics",
                        "scheme": "http",
                        "interval": interval,
                        "path": "/metrics",
                        "authorization": {
                            "type": "Bearer",
                            "credentials": {"secret": {"name": secret, "key": "token"}},
                        },
                    }
                ],
                "selector": {"matchLabels": dict(selector)},
            },
        },
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRole",
            "metadata": {"name": reader_role},
            "rules": rules_for((METRICS_RULE,), ""),
        },
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": f"{ns}-{name}-metrics-reader-role-binding"},
            "subjects": [{"kind": "ServiceAccount", "name": reader_sa, "namespace": ns}],
            "roleRef": {"kind": "ClusterRole", "name": reader_role, "apiGroup": RBAC_GROUP},
        },
        {
            "apiVersion": RBAC_API,
            "kind": "Role",
            "metadata": {"name": secret_role, "namespace": ns},
            "rules": [
                {
                    "resources": ["secrets"],
                    "apiGroups": [""],
                    "verbs": ["get", "list", "watch"],
                    "resourceNames": [secret],
                }
            ],
        },
        {
            "apiVersion": RBAC_API,
            "kind": "RoleBinding",
            "metadata": {"name": f"{gmp_ns}:collector:{ns}-{name}-metrics-reader-secret-read", "namespace": ns},
            "roleRef": {"name": secret_role, "kind": "Role", "apiGroup": RBAC_GROUP},
            "subjects": [{"name": "collector", "namespace": gmp_ns, "kind": "ServiceAccount"}],
        },
    ]
