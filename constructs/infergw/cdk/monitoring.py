"""Managed Prometheus collection for a pool: its endpoint picker and its model servers.

Three constructs, for three situations:

* :class:`EppMonitoring`: the endpoint picker's metrics (``inference_pool_*``,
  ``inference_model_*``: what the alerts and the autoscaler read), collected the way the v1.0.2
  chart does it on GKE with ``inferenceExtension.monitoring.gke.enabled``: a namespaced
  ``PodMonitoring`` that authenticates with a service-account token, plus the reader
  ServiceAccount, its token Secret, the ``/metrics`` reader RBAC and the grant that lets the
  managed collector read the Secret. Use it for a pool that does not get this from
  :class:`~infergw.inferencepool.InferencePoolStack` (installed by Helm without the option, or by
  another tool). The picker serves metrics only to authorized callers, hence the token.
* :class:`MetricsReaderSecret`: the Secret that the v0.3.0 and v1.0.0 charts' ``ClusterPodMonitoring``
  points at (``gke.monitoringSecret``) but never creates, with the RBAC around it, as the upstream
  guides have users apply by hand.
* :class:`ModelServerMonitoring`: the model servers themselves (vLLM serves ``/metrics``
  unauthenticated on its serving port), which the model-server dashboards read.
"""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.names import DNS_LABEL, DNS_SUBDOMAIN, PROMETHEUS_DURATION
from infergw.refs import PoolRef
from infergw.render.pool.gke import GMP_NAMESPACE, gke_epp_monitoring
from infergw.render.pool.names import epp_name

MONITORING_API = "monitoring.googleapis.com/v1"
RBAC_API = "rbac.authorization.k8s.io/v1"
RBAC_GROUP = "rbac.authorization.k8s.io"
#: The Secret name the charts default to (``gke.monitoringSecret.name``, ``monitoring.secret.name``).
DEFAULT_READER_SECRET = "inference-gateway-sa-metrics-reader-secret"


def _check_interval(path: str, field_name: str, value: str) -> None:
    if not value or value == "0" or not PROMETHEUS_DURATION.match(value):
        raise ConstructError(path, f"{field_name}={value!r}: write a scrape interval such as 10s, 15s or 1m")


def epp_monitoring_objects(pool: PoolRef, *, interval: str = "10s", autopilot: bool = False) -> list[dict]:
    """The v1.0.2 chart's GKE monitoring objects for ``pool``, as :class:`InferencePoolStack` renders them."""
    epp = epp_name(pool.name)
    labels = {"app.kubernetes.io/name": epp} | ({"app.kubernetes.io/version": pool.release} if pool.release else {})
    return gke_epp_monitoring(
        pool.name, pool.namespace or "default", labels, {"inferencepool": epp}, interval=interval, autopilot=autopilot
    )


class EppMonitoring(Construct):
    """Collection of a pool's endpoint-picker metrics by Managed Prometheus, as the v1.0.2 chart does on GKE.

    :param pool: the pool whose picker to scrape; the picker is found by the chart's selector
        label ``inferencepool: <pool>-epp``
    :param interval: scrape interval (``inferenceExtension.monitoring.interval``). default: 10s
    :param autopilot: the cluster is GKE Autopilot, whose collector runs in ``gke-gmp-system``
        (``provider.gke.autopilot``). default: False
    """

    def __init__(
        self, scope: Construct, construct_id: str, *, pool: PoolRef, interval: str = "10s", autopilot: bool = False
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if pool.kind != "InferencePool":
            raise ConstructError(
                path, f"pool: {pool.kind} {pool.name} is not an InferencePool; pass the pool stack's pool_ref"
            )
        _check_interval(path, "interval", interval)
        if not isinstance(autopilot, bool):
            raise ConstructError(path, f"autopilot={autopilot!r}: give True for an Autopilot cluster, else False")
        self.objects = epp_monitoring_objects(pool, interval=interval, autopilot=autopilot)
        for obj in self.objects:
            emit(self, f"{obj['kind']}-{obj['metadata']['name']}", obj)


class MetricsReaderSecret(Construct):
    """The token Secret a v0.3.0 / v1.0.0 chart's ``ClusterPodMonitoring`` authenticates with, and its RBAC.

    Those charts reference ``gke.monitoringSecret`` (default ``inference-gateway-sa-metrics-reader-secret``
    in ``default``) without creating it; without it the collector cannot scrape the picker. This
    creates, with the upstream guides' names as defaults: a ServiceAccount, its token Secret, a
    ClusterRole allowing ``GET /metrics`` bound to the ServiceAccount, and a ClusterRole allowing
    the managed collector to read that one Secret, bound to the collector.

    :param name: the Secret (``gke.monitoringSecret.name``). default: inference-gateway-sa-metrics-reader-secret
    :param namespace: its namespace (``gke.monitoringSecret.namespace``). default: default
    :param service_account: default: inference-gateway-sa-metrics-reader
    :param reader_role: the ``/metrics`` ClusterRole. default: inference-gateway-metrics-reader
    :param autopilot: the collector runs in ``gke-gmp-system`` (Autopilot). default: False
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        name: str = DEFAULT_READER_SECRET,
        namespace: str = "default",
        service_account: str = "inference-gateway-sa-metrics-reader",
        reader_role: str = "inference-gateway-metrics-reader",
        autopilot: bool = False,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        for field_name, value, pattern, what in (
            ("name", name, DNS_SUBDOMAIN, "a DNS subdomain"),
            ("namespace", namespace, DNS_LABEL, "a DNS label"),
            ("service_account", service_account, DNS_SUBDOMAIN, "a DNS subdomain"),
            ("reader_role", reader_role, None, "a non-empty name without '/' or '%'"),
        ):
            bad = (
                not value
                or len(value) > 253
                or (pattern.match(value) is None if pattern else any(c in value for c in "/%"))
            )
            if bad:
                raise ConstructError(path, f"{field_name}={value!r}: use {what}")
        gmp_ns = GMP_NAMESPACE[bool(autopilot)]
        secret_role = f"{service_account}-secret-read"
        self.objects = [
            {
                "apiVersion": "v1",
                "kind": "ServiceAccount",
                "metadata": {"name": service_account, "namespace": namespace},
            },
            {
                "apiVersion": "v1",
                "kind": "Secret",
                "type": "kubernetes.io/service-account-token",
                "metadata": {
                    "name": name,
                    "namespace": namespace,
                    "annotations": {"kubernetes.io/service-account.name": service_account},
                },
            },
            {
                "apiVersion": RBAC_API,
                "kind": "ClusterRole",
                "metadata": {"name": reader_role},
                "rules": [{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}],
            },
            {
                "apiVersion": RBAC_API,
                "kind": "ClusterRoleBinding",
                "metadata": {"name": f"{service_account}-role-binding"},
                "subjects": [{"kind": "ServiceAccount", "name": service_account, "namespace": namespace}],
                "roleRef": {"kind": "ClusterRole", "name": reader_role, "apiGroup": RBAC_GROUP},
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
        for obj in self.objects:
            emit(self, f"{obj['kind']}-{obj['metadata']['name']}", obj)


class ModelServerMonitoring(Construct):
    """A PodMonitoring for the model-server pods a pool selects.

    :param pool: the pool; its selector finds the pods
    :param port: metrics port, a number or a container port name. default: the pool's first target port
    :param interval: scrape interval. default: 15s
    :param path: default: /metrics
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        pool: PoolRef,
        port: int | str | None = None,
        interval: str = "15s",
        path: str = "/metrics",
    ) -> None:
        super().__init__(scope, construct_id)
        where = LazyPath(self)
        if not pool.selector:
            raise ConstructError(where, f"pool: {pool.name} has no selector to find its model servers by")
        _check_interval(where, "interval", interval)
        if not path.startswith("/"):
            raise ConstructError(where, f"path={path!r}: start it with '/'")
        if port is None:
            port = pool.target_port
        if isinstance(port, bool) or (isinstance(port, int) and not 1 <= port <= 65535):
            raise ConstructError(where, f"port={port!r}: give a port number from 1 to 65535 or a container port name")
        if isinstance(port, str) and (
            len(port) > 15 or not DNS_LABEL.match(port) or not any(c.isalpha() for c in port)
        ):
            raise ConstructError(
                where,
                f"port={port!r}: a container port name has at most 15 lower-case letters, digits and '-', with a letter",
            )
        # In the pool's namespace: a PodMonitoring selects pods of its own namespace only.
        meta = {"name": f"{pool.name}-model-servers", "namespace": pool.namespace or "default"}
        self.body = {
            "apiVersion": MONITORING_API,
            "kind": "PodMonitoring",
            "metadata": meta,
            "spec": {
                "selector": {"matchLabels": pool.match_labels},
                "endpoints": [{"port": port, "interval": interval, "path": path}],
            },
        }
        emit(self, "Resource", self.body)
