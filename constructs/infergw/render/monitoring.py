"""Managed Prometheus collection for a pool: its endpoint picker and its model servers (Node-free).

Three renderers, for three situations (one construct each in :mod:`infergw.cdk`):

* :func:`render_epp_monitoring` (``EppMonitoring``): the endpoint picker's metrics (what the alerts
  and the autoscaler read), collected the way the v1.0.2 chart does it on GKE with
  ``inferenceExtension.monitoring.gke.enabled``: a namespaced ``PodMonitoring`` that authenticates
  with a service-account token, plus the reader ServiceAccount, its token Secret, the ``/metrics``
  reader RBAC and the grant that lets the managed collector read the Secret. The objects are the
  pool renderer's own (:func:`infergw.render.pool.gke.gke_epp_monitoring`), for a pool that does not
  get them from its stack (installed by Helm without the option, or by another tool). The picker
  serves metrics only to authorized callers, hence the token.
* :func:`render_metrics_reader_secret` (``MetricsReaderSecret``): the Secret that the v0.3.0 and
  v1.0.0 charts' ``ClusterPodMonitoring`` points at (``gke.monitoringSecret``) but never creates,
  with the RBAC around it, as the upstream guides have users apply by hand.
* :func:`render_model_server_monitoring` (``ModelServerMonitoring``): the model servers themselves
  (vLLM serves ``/metrics`` unauthenticated on its serving port), which the model-server
  dashboards read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infergw.names import (
    CONTAINER_PORT_NAME,
    HTTP_PATH,
    NAMESPACE_NAME,
    OBJECT_NAME,
    RBAC_NAME,
    SCRAPE_INTERVAL,
)
from infergw.refs import PoolRef
from infergw.releases import get_release, release_label
from infergw.render.pool.gke import GMP_NAMESPACE, gke_epp_monitoring, token_secret
from infergw.render.pool.names import epp_name
from infergw.render.pool.props import DEFAULT_MONITORING_SECRET
from infergw.render.pool.rbac import RBAC_API, RBAC_GROUP
from infergw.render.pool.router import router_selector
from infergw.settings import PropsError, check_props, setting

MONITORING_API = "monitoring.googleapis.com/v1"
#: The Secret name the charts default to (``gke.monitoringSecret.name``, ``monitoring.secret.name``).
DEFAULT_READER_SECRET = DEFAULT_MONITORING_SECRET


@dataclass(frozen=True)
class EppMonitoringProps:
    """How the endpoint picker's metrics are collected."""

    interval: str = setting(
        "10s", grammar=SCRAPE_INTERVAL, doc="Scrape interval (``inferenceExtension.monitoring.interval``)."
    )
    autopilot: bool = setting(
        False,
        doc="The cluster is GKE Autopilot, whose collector runs in gke-gmp-system (``provider.gke.autopilot``).",
    )


@dataclass(frozen=True)
class MetricsReaderSecretProps:
    """The names of the token Secret and its RBAC (defaults are the upstream guides' names)."""

    name: str = setting(
        DEFAULT_READER_SECRET, grammar=OBJECT_NAME, doc="The token Secret (``gke.monitoringSecret.name``)."
    )
    namespace: str = setting(
        "default", grammar=NAMESPACE_NAME, doc="Its namespace (``gke.monitoringSecret.namespace``)."
    )
    service_account: str = setting(
        "inference-gateway-sa-metrics-reader", grammar=OBJECT_NAME, doc="The ServiceAccount whose token it holds."
    )
    reader_role: str = setting(
        "inference-gateway-metrics-reader", grammar=RBAC_NAME, doc="The ClusterRole allowing GET /metrics."
    )
    autopilot: bool = setting(False, doc="The cluster is GKE Autopilot: the collector runs in gke-gmp-system.")


@dataclass(frozen=True)
class ModelServerMonitoringProps:
    """How the model servers' metrics are scraped."""

    port: int | str | None = setting(
        None,
        minimum=1,
        maximum=65535,
        grammar=CONTAINER_PORT_NAME,
        doc="Metrics port: a port number or a container port name. default: the pool's first target port",
    )
    interval: str = setting("15s", grammar=SCRAPE_INTERVAL, doc="Scrape interval.")
    path: str = setting("/metrics", grammar=HTTP_PATH, doc="Path of the metrics endpoint.")


def _inference_pool(pool: PoolRef) -> None:
    if pool.kind != "InferencePool":
        raise PropsError("pool", pool.name, f"{pool.kind} is not an InferencePool; pass InferencePoolStack.pool_ref")


def render_epp_monitoring(pool: PoolRef, props: EppMonitoringProps) -> list[dict[str, Any]]:
    """The v1.0.2 chart's GKE monitoring objects for ``pool``, as the pool stack renders them."""
    _inference_pool(pool)
    check_props(props)
    epp = epp_name(pool.name)
    labels = {"app.kubernetes.io/name": epp} | (
        {"app.kubernetes.io/version": release_label(pool.release)} if pool.release else {}
    )
    chart = get_release(pool.release).chart if pool.release else None
    # The picker pods' selector label: the routerlib chart's, or the inferencepool chart's.
    selector = router_selector(epp) if chart is not None and chart.template == "routerlib" else {"inferencepool": epp}
    return gke_epp_monitoring(
        pool.name,
        pool.namespace or "default",
        labels,
        selector,
        interval=props.interval,
        autopilot=props.autopilot,
    )


def render_metrics_reader_secret(props: MetricsReaderSecretProps) -> list[dict[str, Any]]:
    """A ServiceAccount, its token Secret, the ``/metrics`` reader RBAC and the collector's grant to read it."""
    check_props(props)
    gmp_ns = GMP_NAMESPACE[props.autopilot]
    sa, namespace, name = props.service_account, props.namespace, props.name
    secret_role = f"{sa}-secret-read"
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": sa, "namespace": namespace}},
        token_secret(name, namespace, sa),
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRole",
            "metadata": {"name": props.reader_role},
            "rules": [{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}],
        },
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": f"{sa}-role-binding"},
            "subjects": [{"kind": "ServiceAccount", "name": sa, "namespace": namespace}],
            "roleRef": {"kind": "ClusterRole", "name": props.reader_role, "apiGroup": RBAC_GROUP},
        },
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRole",
            "metadata": {"name": secret_role},
            "rules": [
                {
                    "resources": ["secrets"],
                    "apiGroups": [""],
                    "verbs": ["get", "list", "watch"],
                    "resourceNames": [name],
                }
            ],
        },
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": f"{gmp_ns}:collector:{secret_role}"},
            "roleRef": {"name": secret_role, "kind": "ClusterRole", "apiGroup": RBAC_GROUP},
            "subjects": [{"name": "collector", "namespace": gmp_ns, "kind": "ServiceAccount"}],
        },
    ]


def render_model_server_monitoring(pool: PoolRef, props: ModelServerMonitoringProps) -> dict[str, Any]:
    """A PodMonitoring of the model-server pods ``pool`` selects, in the pool's namespace (a
    PodMonitoring selects pods of its own namespace only)."""
    if not pool.selector:
        raise PropsError(
            "pool", pool.name, "the pool has no selector to find its model servers by; pass InferencePoolStack.pool_ref"
        )
    check_props(props)
    port = pool.target_port if props.port is None else props.port
    return {
        "apiVersion": MONITORING_API,
        "kind": "PodMonitoring",
        "metadata": {"name": f"{pool.name}-model-servers", "namespace": pool.namespace or "default"},
        "spec": {
            "selector": {"matchLabels": pool.match_labels},
            "endpoints": [{"port": port, "interval": props.interval, "path": props.path}],
        },
    }


__all__ = [
    "DEFAULT_READER_SECRET",
    "MONITORING_API",
    "EppMonitoringProps",
    "MetricsReaderSecretProps",
    "ModelServerMonitoringProps",
    "render_epp_monitoring",
    "render_metrics_reader_secret",
    "render_model_server_monitoring",
]
