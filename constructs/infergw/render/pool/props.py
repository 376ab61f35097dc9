"""The values of a pool stack: every value of the upstream chart, typed, with one default each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from infergw.names import LABEL_KEY, LABEL_VALUE, NAMESPACE_NAME, PROMETHEUS_DURATION_RULE
from infergw.releases import DEFAULT_RELEASE, RELEASES, chart_release_ids
from infergw.render.backend_policy import BackendPolicyProps
from infergw.settings import PORT, setting

#: The plugins file every chart with a plugins ConfigMap ships.
DEFAULT_PLUGINS_FILE = "default-plugins.yaml"
DEFAULT_MONITORING_SECRET = "inference-gateway-sa-metrics-reader-secret"
#: Helm's limit on release names, so that every name the chart accepts is accepted here.
MAX_NAME = 53
#: Every model-server type some release supports (each release narrows it, see ``ChartFacts.model_servers``).
MODEL_SERVER_TYPES = tuple(sorted({t for r in RELEASES.values() if r.chart is not None for t in r.chart.model_servers}))
#: Every InferencePool API version some release renders.
POOL_API_VERSIONS = tuple(dict.fromkeys(v for r in RELEASES.values() for v in r.pool_api_versions))


@dataclass(frozen=True)
class EppImage:
    """``inferenceExtension.image``: the endpoint picker image; unset parts are the release's.

    Up to v1.4 the chart spells it ``hub``/``name``/``tag``; from v1.5 ``registry``/``repository``/``tag``.
    Either spelling works on every release: ``hub`` + ``name`` and ``registry`` + ``repository`` name
    the same ``<hub>/<name>`` = ``<registry>/<repository>`` path, so give one pair, not both.
    """

    hub: str | None = setting(
        None,
        doc="Registry path of the image (``image.hub``, up to v1.4). "
        "default: the release's, registry.k8s.io/gateway-api-inference-extension",
    )
    name: str | None = setting(None, doc="Image name (``image.name``, up to v1.4). default: the release's, epp")
    tag: str | None = setting(None, doc="Image tag. default: the release (v1.0.2 for release v1.0.2)")
    pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = setting(
        None, doc="Image pull policy. default: the release's (IfNotPresent for v0.3.0, Always after)"
    )
    registry: str | None = setting(
        None, doc="Registry of the image (``image.registry``, v1.5 on). default: the release's, registry.k8s.io"
    )
    repository: str | None = setting(
        None,
        doc="Repository of the image (``image.repository``, v1.5 on). "
        "default: the release's, gateway-api-inference-extension/epp",
    )


@dataclass(frozen=True)
class MonitoringSecret:
    """The service-account token Secret that metrics collection authenticates with.

    v0.3.0 and v1.0.0 (``gke.monitoringSecret``) point their ClusterPodMonitoring at an existing
    Secret anywhere; v1.0.2 (``inferenceExtension.monitoring.secret.name``) creates it in the
    pool's namespace for the Prometheus ServiceMonitor, so only ``name`` applies there.
    """

    name: str = setting(DEFAULT_MONITORING_SECRET, doc="Name of the token Secret.")
    namespace: str = setting(
        "default", grammar=NAMESPACE_NAME, doc="Namespace of the token Secret (v0.3.0 and v1.0.0 only)."
    )


@dataclass(frozen=True)
class InferencePoolProps:
    """The chart values of one pool stack; each mirrors a value of the upstream chart, with its default.

    Where infergw's default differs from the chart's, the field says so.
    """

    match_labels: Mapping[str, str] = setting(
        grammar=LABEL_KEY,
        items_grammar=LABEL_VALUE,
        min_items=1,
        max_items=64,
        doc="Labels of the model-server pods the pool selects (``inferencePool.modelServers.matchLabels``).",
        example={"app": "vllm-llama3-8b-instruct"},
    )
    release: str = setting(
        DEFAULT_RELEASE, choices=chart_release_ids(), doc="Inference release whose chart the stack reproduces."
    )
    namespace: str = setting(
        "default", grammar=NAMESPACE_NAME, doc="Namespace of the pool (the Helm release namespace)."
    )
    provider: Literal["none", "gke"] = setting(
        "gke",
        doc="``provider.name``: gke adds the GKE health-check and backend policies and metric collection. "
        "infergw's default is gke (the chart's is none): it builds for GKE.",
    )
    api_version: str | None = setting(
        None,
        choices=POOL_API_VERSIONS,
        doc="``inferencePool.apiVersion``. default: the release's first (v1; v1alpha2 for v0.3.0)",
    )
    target_ports: tuple[int, ...] = setting(
        (8000,),
        min_items=1,
        max_items=8,
        unique=True,
        **PORT,
        doc="``inferencePool.targetPorts``: model-server ports (up to 8 from v1.1, 1 before).",
    )
    model_server_protocol: Literal["http", "grpc"] = setting(
        "http",
        doc="``inferencePool.modelServerProtocol`` (v1.5): the pool's ``appProtocol`` (http, or kubernetes.io/h2c "
        "for grpc), the GKE health check (gRPC for a gRPC vLLM) and the picker's request parser.",
    )
    target_port_number: int | None = setting(
        None,
        **PORT,
        doc="``inferencePool.targetPortNumber``: the port of a v1alpha2 pool and of the GKE health check. "
        "default: the first target port",
    )
    model_server_type: str = setting(
        "vllm", choices=MODEL_SERVER_TYPES, doc="``inferencePool.modelServerType`` (the release decides which exist)."
    )
    replicas: int = setting(
        1,
        minimum=0,
        maximum=100,
        doc="``inferenceExtension.replicas``; 0 means 1, as in the chart. Where the release supports it, "
        "more than 1 runs the endpoint picker highly available (leader election).",
    )
    enable_leader_election: bool = setting(False, doc="``inferenceExtension.enableLeaderElection`` (v1.0.0).")
    image: EppImage = setting(default_factory=EppImage, doc="``inferenceExtension.image``.")
    ext_proc_port: int = setting(9002, **PORT, doc="``inferenceExtension.extProcPort``: Service port of ext-proc.")
    metrics_port: int = setting(9090, **PORT, doc="``inferenceExtension.metricsPort``: Service port of the metrics.")
    env: tuple[Mapping[str, Any], ...] | Mapping[str, str] = setting(
        (),
        doc="``inferenceExtension.env``: container env entries (name/value or valueFrom), or a {NAME: value} mapping.",
    )
    flags: Mapping[str, str | int | float | bool] | None = setting(
        None, doc="``inferenceExtension.flags``: endpoint picker flags {name: value}. default: the release's (v: 1)"
    )
    plugins_config_file: str = setting(
        DEFAULT_PLUGINS_FILE, doc="``inferenceExtension.pluginsConfigFile``: the file of the plugins ConfigMap to load."
    )
    plugins_custom_config: Mapping[str, str] = setting(
        default_factory=dict, doc="``inferenceExtension.pluginsCustomConfig``: more plugins files (name: text)."
    )
    extra_container_ports: tuple[Mapping[str, Any], ...] = setting(
        (), doc="``inferenceExtension.extraContainerPorts``: container port objects."
    )
    extra_service_ports: tuple[Mapping[str, Any], ...] = setting(
        (), doc="``inferenceExtension.extraServicePorts``: Service port objects."
    )
    failure_mode: Literal["FailClose", "FailOpen"] | None = setting(
        None, doc="``inferenceExtension.failureMode``. default: the release's (FailClose up to v1.3, FailOpen after)"
    )
    epp_resources: Mapping[str, Mapping[str, str]] | None = setting(
        None,
        doc="``inferenceExtension.resources`` (v1.4 on): the picker's requests and limits. default: the release's "
        "(v1.4 and v1.5: requests cpu 4, memory 8Gi; limit memory 16Gi)",
    )
    affinity: Mapping[str, Any] = setting(
        default_factory=dict, doc="``inferenceExtension.affinity`` of the picker pods."
    )
    tolerations: tuple[Mapping[str, Any], ...] = setting((), doc="``inferenceExtension.tolerations``.")
    monitoring_interval: str = setting(
        "10s", grammar=PROMETHEUS_DURATION_RULE, doc="``inferenceExtension.monitoring.interval``."
    )
    monitoring_secret: MonitoringSecret = setting(
        default_factory=MonitoringSecret,
        doc="The metrics token Secret (``gke.monitoringSecret``, ``monitoring.secret``).",
    )
    prometheus_monitoring: bool = setting(
        False,
        doc="``inferenceExtension.monitoring.prometheus.enabled``: a prometheus-operator ServiceMonitor, "
        "its token Secret and metrics RBAC.",
    )
    prometheus_extra_labels: Mapping[str, str] = setting(
        default_factory=dict,
        grammar=LABEL_KEY,
        items_grammar=LABEL_VALUE,
        doc="``inferenceExtension.monitoring.prometheus.extraLabels`` (v1.1 on): more labels on the ServiceMonitor "
        "(for a Prometheus that selects ServiceMonitors by label).",
    )
    prometheus_auth: bool = setting(
        True,
        doc="``inferenceExtension.monitoring.prometheus.auth.enabled`` (v1.1 on): the picker's metrics endpoint "
        "authenticates its callers with a service-account token. false serves metrics to anyone "
        "(``--metrics-endpoint-auth=false`` from v1.3) and drops the token Secret and the GKE PodMonitoring.",
    )
    gke_monitoring: bool = setting(
        False, doc="``inferenceExtension.monitoring.gke.enabled`` (v1.0.2): a PodMonitoring of the picker and its RBAC."
    )
    autopilot: bool = setting(False, doc="``provider.gke.autopilot``: the cluster is Autopilot.")
    profile: Literal["hardened", "chart-compatible"] = setting(
        "hardened",
        doc="chart-compatible renders exactly what the release's chart renders (the parity tests' profile). "
        "hardened differs in these places only: a restricted pod and container security context; resource "
        "requests (epp_requests) where the chart sets none (up to v1.3; from v1.4 the chart's resources stay); "
        "a PodDisruptionBudget when replicas > 1; least-privilege watch rules (namespaced, its own "
        "InferencePool by name, the per-workload kind and, where the chart grants them, "
        "InferenceModelRewrites), in the chart's Role names; and the token/access-review ClusterRole always "
        "(v1.2 on the chart drops it without Prometheus, yet the picker's metrics endpoint still "
        "authenticates its callers).",
    )
    epp_requests: Mapping[str, str] = setting(
        default_factory=lambda: {"cpu": "500m", "memory": "1Gi"},
        doc="Endpoint-picker resource requests (hardened profile, releases whose chart sets no resources: up to v1.3).",
    )
    pool_annotations: Mapping[str, str] = setting(
        default_factory=dict, doc="Annotations of the InferencePool object (for example a policy exception)."
    )
    backend_policy: BackendPolicyProps | None = setting(
        None,
        doc="The pool's GCPBackendPolicy (access logging, timeouts, balancing) in place of the chart's "
        "(``timeoutSec: 300``, logging on where the chart turns it on); provider gke. default: the chart's",
    )
