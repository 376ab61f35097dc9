"""The release catalogue: every fact that differs between upstream releases, in one table.

An inference release (:class:`Release`) is what a user picks with ``release:`` in the config,
``infergw crds --release``, ``infergw migrate --to-release`` and ``InferencePoolProps.release``. Its
entry holds the CRD files it installs and the kinds they serve, the pool and objective API groups,
what its endpoint-picker chart renders (:class:`ChartFacts`, ``None`` for a CRD-only release), the
picker's image, flag syntax and metric names. The other product families infergw validates against
(Gateway API, Google Managed Prometheus, prometheus-operator) have a table each below.

Everything else reads this module: the CRD catalogue, ``scripts/vendor_crds.py`` (which copies the
files listed here from the reference material), the constructs and renderers, the config schema,
migration planning and the command line. Adding a release is one entry here, ``make catalogue``
and ``make golden`` (ARCHITECTURE.md).

Releases are ordered by their position in :data:`RELEASES` (oldest first); within one project
the positions follow :class:`Version` order, which a test checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import total_ordering
from types import MappingProxyType
from typing import Literal

from infergw.errors import ConfigError

__all__ = [
    "ALPHA_GROUP",
    "DEFAULT_RELEASE",
    "GATEWAY_API",
    "LLM_D_GROUP",
    "MANAGED_PROMETHEUS",
    "MODEL_FIELD_PLUGIN",
    "MODEL_NAME_HEADER",
    "POOL_V1",
    "POOL_V1ALPHA2",
    "PROMETHEUS_OPERATOR",
    "RELEASES",
    "ApiKind",
    "BodyRouterFacts",
    "ChartFacts",
    "CrdFile",
    "EppImageFacts",
    "MetricNames",
    "ProductRelease",
    "Release",
    "Version",
    "body_router_release_ids",
    "chart_release_ids",
    "get_release",
    "release_ids",
    "release_label",
    "serving",
    "with_v1_pools",
]

_VERSION = re.compile(r"^v(\d+)\.(\d+)\.(\d+)$")


@total_ordering
@dataclass(frozen=True)
class Version:
    """A release tag ``vMAJOR.MINOR.PATCH``, compared as numbers (``v1.10.0`` > ``v1.9.0``)."""

    major: int
    minor: int
    patch: int

    @classmethod
    def parse(cls, tag: str) -> Version:
        """Parse ``vX.Y.Z``; raise :class:`ConfigError` on anything else."""
        match = _VERSION.match(tag)
        if match is None:
            raise ConfigError(f"invalid release tag {tag!r}: expected vMAJOR.MINOR.PATCH, for example v1.0.2")
        return cls(*(int(part) for part in match.groups()))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor, self.patch) < (other.major, other.minor, other.patch)

    def __str__(self) -> str:
        return f"v{self.major}.{self.minor}.{self.patch}"


@dataclass(frozen=True)
class ApiKind:
    """A kind as a release serves it: group, version, kind and resource (plural)."""

    group: str
    version: str
    kind: str
    resource: str

    @property
    def api_version(self) -> str:
        return f"{self.group}/{self.version}"


@dataclass(frozen=True)
class CrdFile:
    """One CRD file of a release: where the reference material has it and where the package keeps it.

    :param source: path under ``../shared/reference``
    :param vendored: path under ``infergw/catalogue/crds``
    """

    source: str
    vendored: str


@dataclass(frozen=True)
class EppImageFacts:
    """The endpoint picker image a release's chart deploys, and how the chart's values spell it.

    :param style: ``hub-name-tag`` (``image.hub``/``image.name``/``image.tag``, up to v1.4) or
        ``registry-repository-tag`` (``image.registry``/``image.repository``/``image.tag``, v1.5 on)
    """

    registry: str
    repository: str
    tag: str
    pull_policy: Literal["Always", "IfNotPresent", "Never"]
    style: Literal["hub-name-tag", "registry-repository-tag"] = "hub-name-tag"

    @property
    def reference(self) -> str:
        return f"{self.registry}/{self.repository}:{self.tag}"


@dataclass(frozen=True)
class BodyRouterFacts:
    """What a release's ``body-based-routing`` chart deploys that its values do not say.

    :param image: the body-based router image (``bbr.image``)
    :param flags: ``bbr.flags`` of the chart's values
    :param plugins: ``bbr.plugins`` of the chart's values: (type, name, JSON parameters or None), in order
    """

    image: EppImageFacts
    flags: Mapping[str, str | int | bool]
    plugins: tuple[tuple[str, str, Mapping[str, str] | None], ...]


@dataclass(frozen=True)
class MetricNames:
    """The endpoint picker's metric names that alerts and autoscalers read.

    :param request_duration: histogram of request latency (``_bucket`` is appended)
    :param request_errors: counter of failed requests
    :param requests: counter of requests
    :param pool_queue_size: gauge of the pool's average queue size
    :param pool_kv_cache_utilization: gauge of the pool's average KV-cache use (0..1)
    :param model_label: label naming the model a request asked for
    :param target_model_label: label naming the model it was served by
    :param pool_label: label naming the pool on the pool gauges
    :param deprecated_aliases: older names the picker still serves beside these (dual emission), if any
    """

    request_duration: str
    request_errors: str
    requests: str
    pool_queue_size: str
    pool_kv_cache_utilization: str
    model_label: str = "model_name"
    target_model_label: str = "target_model_name"
    pool_label: str = "name"
    deprecated_aliases: MetricNames | None = None


@dataclass(frozen=True)
class ChartFacts:
    """What one release's endpoint-picker chart renders, as data the pool renderer reads.

    :param values: props of ``InferencePoolProps`` the chart reads besides the ones every release reads
    :param default_flags: ``inferenceExtension.flags`` default, as (name, value)
    :param flags_form: ``inferenceExtension.flags`` is a list of ``{name, value}`` (up to v1.1), written in
        its order, or a map (v1.2 on; llm-d-router's ``router.epp.flags``), which Helm ranges in name order;
        infergw writes either as ``--name=value``
    :param arg_sections: container argument groups in the order the Deployment template writes them
    :param base_env: environment the template always sets, before ``inferenceExtension.env``
    :param ha_trigger: what turns on leader election: nothing, ``enableLeaderElection`` or replicas > 1
    :param alpha_extension_port: the v1alpha2 pool's ``extensionRef`` carries ``portNumber`` and ``failureMode``
    :param plugins_config_map: the chart ships the plugins ConfigMap
    :param rbac: RBAC layout of the watch rules: ``cluster-only`` (v0.3.0), ``both-groups`` (v1.0.0),
        ``pool-group`` (v1.0.2 to v1.2), ``pool-group-rewrites`` (v1.3, with InferenceModelRewrites),
        ``split-sa`` (v1.4 on: a ``-sa`` Role for pods and a ``-non-sa`` Role for the inference kinds)
    :param gke_monitoring: what renders the picker's GKE metric collection: ``cluster-pod-monitoring``
        (always with gke, up to v1.0.0), ``pod-monitoring`` (``monitoring.gke.enabled``, v1.0.2),
        ``pod-monitoring-or-prometheus`` (that or Prometheus with auth, v1.1 and v1.2) or ``prometheus``
        (Prometheus with auth, v1.3 on: a PodMonitoring stands in for the ServiceMonitor on GKE)
    :param max_target_ports: most ``targetPorts`` the release's v1 InferencePool CRD accepts
    :param model_servers: model-server types and the picker flags each needs, as (name, value)
    :param default_failure_mode: ``inferenceExtension.failureMode`` default
    :param v1_failure_mode: the v1 pool's ``endpointPickerRef`` carries ``failureMode`` (v1.4 on)
    :param app_protocol: the v1 pool carries ``appProtocol`` from ``inferencePool.modelServerProtocol`` (v1.5 on)
    :param grpc_health_check: a gRPC model server gets a GRPC HealthCheckPolicy (v1.5 on)
    :param metrics_auth_arg: when the picker gets ``--metrics-endpoint-auth=false``: never (up to v1.0),
        without the Prometheus ServiceMonitor (v1.1, v1.2) or with its auth turned off (v1.3 on)
    :param prometheus_off_gke: the ServiceMonitor and its token Secret only render off GKE (v1.1 on)
    :param cluster_role_with_prometheus: the picker's ClusterRole and binding only render with Prometheus (v1.2 on)
    :param mode_labels: the Deployment and its pods carry ``inference.networking.k8s.io/igw-mode`` (v1.4 on)
    :param default_resources: ``inferenceExtension.resources`` default (v1.4 on; llm-d-router's
        ``router.epp.resources``), None if the chart sets none
    :param plugins_engine: the default plugins file names the model-server engine and parser (v1.5 on)
    :param template: the chart family: GAIE's ``inferencepool`` (values under ``inferenceExtension``,
        ``inferencePool``) or llm-d-router's ``llm-d-router-gateway`` on ``routerlib`` (values under ``router.*``,
        rendered by :mod:`infergw.render.pool.router`)
    :param extra_plugins_files: plugins files the chart's ConfigMap ships besides ``default-plugins.yaml``
    :param ext_proc_app_protocol: ``appProtocol`` of the picker Service's ext-proc port (None: not set)
    """

    values: frozenset[str]
    default_flags: tuple[tuple[str, str | int], ...]
    arg_sections: tuple[str, ...]
    base_env: tuple[Mapping[str, object], ...]
    ha_trigger: Literal["none", "flag", "replicas"]
    readiness_timing: Mapping[str, int]
    recreate_strategy: bool
    alpha_extension_port: bool
    plugins_config_map: bool
    rbac: Literal["cluster-only", "both-groups", "pool-group", "pool-group-rewrites", "split-sa"]
    cluster_rbac_name_has_namespace: bool
    health_check_timing: Mapping[str, int]
    backend_logging: bool
    gke_monitoring: Literal["cluster-pod-monitoring", "pod-monitoring", "pod-monitoring-or-prometheus", "prometheus"]
    max_target_ports: int
    model_servers: Mapping[str, tuple[tuple[str, str], ...]]
    flags_form: Literal["list", "map"] = "list"
    default_failure_mode: Literal["FailClose", "FailOpen"] = "FailClose"
    v1_failure_mode: bool = False
    app_protocol: bool = False
    grpc_health_check: bool = False
    metrics_auth_arg: Literal["never", "without-prometheus", "without-auth"] = "never"
    prometheus_off_gke: bool = False
    cluster_role_with_prometheus: bool = False
    mode_labels: bool = False
    default_resources: Mapping[str, Mapping[str, str]] | None = None
    plugins_engine: bool = False
    template: Literal["inferencepool", "routerlib"] = "inferencepool"
    extra_plugins_files: tuple[str, ...] = ()
    ext_proc_app_protocol: str | None = None


@dataclass(frozen=True)
class Release:
    """One inference release: the CRDs it installs, the APIs they serve and what its chart renders.

    :param id: the identifier users write (``v1.0.2``, ``llm-d-router/v0.10.0``)
    :param project: the upstream project that publishes it
    :param crds: the CRD files it installs
    :param pool_api_versions: InferencePool API versions its chart can render, the default first
    :param workload: the per-workload kind (InferenceModel, InferenceObjective); None if it has none
    :param rewrite: the InferenceModelRewrite kind, where the release serves one
    :param pool_import: the InferencePoolImport kind, where the release serves one (v1.1 on)
    :param rewrite_targets_field: the InferenceModelRewrite rule's list of weighted targets
        (``split`` in GAIE v1.2, ``targets`` from v1.3 and in llm-d-router)
    :param chart: what its endpoint-picker chart renders; None for a release of CRDs only
    :param image: the endpoint picker image of its chart
    :param metrics: the endpoint picker's metric names
    :param plugins_config: the default plugins file of its chart (``default-plugins.yaml``), if it ships one
    :param body_router: what its ``body-based-routing`` chart deploys, where infergw renders that chart
    """

    id: str
    project: Literal["gateway-api-inference-extension", "llm-d-router"]
    crds: tuple[CrdFile, ...]
    pool_api_versions: tuple[str, ...]
    workload: ApiKind | None
    chart: ChartFacts | None
    image: EppImageFacts | None
    metrics: MetricNames | None
    rewrite: ApiKind | None = None
    plugins_config: str | None = None
    pool_import: ApiKind | None = None
    rewrite_targets_field: Literal["split", "targets"] | None = None
    body_router: BodyRouterFacts | None = None

    @property
    def version(self) -> Version:
        return Version.parse(self.id.rpartition("/")[2])

    @property
    def order(self) -> int:
        """Position in :data:`RELEASES`: a larger number is a newer release."""
        return list(RELEASES).index(self.id)

    @property
    def workload_key(self) -> str:
        """The config key listing the release's per-workload objects (``objectives`` or ``models``)."""
        if self.workload is None:
            raise ConfigError(f"release {self.id} serves no per-workload kind")
        return {"InferenceModel": "models", "InferenceObjective": "objectives"}[self.workload.kind]

    def deployable(self) -> Release:
        """``self`` if its chart can be rendered, else a :class:`ConfigError` naming the releases that can."""
        if self.chart is None:
            raise ConfigError(
                f"release {self.id} ships CRDs only (no endpoint picker chart): deploy one of "
                f"{', '.join(chart_release_ids())}; `infergw crds --release {self.id}` prints its CRDs"
            )
        return self


# --- facts shared by several releases ----------------------------------------------------------------

POOL_V1 = "inference.networking.k8s.io/v1"
POOL_V1ALPHA2 = "inference.networking.x-k8s.io/v1alpha2"
ALPHA_GROUP = "inference.networking.x-k8s.io"

_GAIE: Literal["gateway-api-inference-extension"] = "gateway-api-inference-extension"
_GAIE_IMAGE_REGISTRY = "registry.k8s.io"
_GAIE_IMAGE_REPOSITORY = "gateway-api-inference-extension/epp"
#: The body-based router's plugin type that copies a field of the request body into a header.
MODEL_FIELD_PLUGIN = "body-field-to-header"
#: The header the router's default ``body-field-to-header`` plugin writes the body's ``model`` into.
MODEL_NAME_HEADER = "X-Gateway-Model-Name"

_INFERENCE_MODEL = ApiKind(ALPHA_GROUP, "v1alpha2", "InferenceModel", "inferencemodels")
_INFERENCE_OBJECTIVE = ApiKind(ALPHA_GROUP, "v1alpha2", "InferenceObjective", "inferenceobjectives")
_INFERENCE_MODEL_REWRITE = ApiKind(ALPHA_GROUP, "v1alpha2", "InferenceModelRewrite", "inferencemodelrewrites")
_INFERENCE_POOL_IMPORT = ApiKind(ALPHA_GROUP, "v1alpha1", "InferencePoolImport", "inferencepoolimports")

#: Metric names of the picker up to v1.0.x (renamed ``inference_objective_*`` in v1.1).
_MODEL_METRICS = MetricNames(
    request_duration="inference_model_request_duration_seconds",
    request_errors="inference_model_request_error_total",
    requests="inference_model_request_total",
    pool_queue_size="inference_pool_average_queue_size",
    pool_kv_cache_utilization="inference_pool_average_kv_cache_utilization",
)

#: Metric names of the picker from v1.1 (the per-objective metrics renamed; the pool gauges kept).
_OBJECTIVE_METRICS = MetricNames(
    request_duration="inference_objective_request_duration_seconds",
    request_errors="inference_objective_request_error_total",
    requests="inference_objective_request_total",
    pool_queue_size="inference_pool_average_queue_size",
    pool_kv_cache_utilization="inference_pool_average_kv_cache_utilization",
)

#: Picker flags per model-server type, as (name, value), of the v1.0.x to v1.3 charts (Triton reports
#: other metric names; its empty LoRA metric turns LoRA scraping off).
_TRITON_V1 = (
    ("total-queued-requests-metric", "nv_trt_llm_request_metrics{request_type=waiting}"),
    ("kv-cache-usage-percentage-metric", "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=fraction}"),
    ("lora-info-metric", ""),
)
_V1_MODEL_SERVERS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {"vllm": (), "triton-tensorrt-llm": _TRITON_V1}
)
#: v1.4 adds SGLang (the chart writes its values in literal double quotes, which the picker would keep:
#: here they are the metric names alone, see the parity tests).
_V14_MODEL_SERVERS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {
        "vllm": (),
        "sglang": (
            ("total-queued-requests-metric", "sglang:num_queue_reqs"),
            ("kv-cache-usage-percentage-metric", "sglang:token_usage"),
        ),
        "triton-tensorrt-llm": _TRITON_V1,
    }
)
#: v1.5 adds running-request and cache-info metrics and TensorRT-LLM's own server (trtllm-serve).
_V15_MODEL_SERVERS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {
        "vllm": (),
        "sglang": (
            ("total-queued-requests-metric", "sglang:num_queue_reqs"),
            ("total-running-requests-metric", "sglang:num_running_reqs"),
            ("kv-cache-usage-percentage-metric", "sglang:token_usage"),
            ("cache-info-metric", "sglang:cache_config_info"),
        ),
        "triton-tensorrt-llm": (
            ("total-queued-requests-metric", "nv_trt_llm_request_metrics{request_type=waiting}"),
            ("total-running-requests-metric", "nv_trt_llm_request_metrics{request_type=scheduled}"),
            ("kv-cache-usage-percentage-metric", "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=fraction}"),
            ("lora-info-metric", ""),
        ),
        "trtllm-serve": (
            ("total-queued-requests-metric", "trtllm_num_requests_waiting"),
            ("total-running-requests-metric", "trtllm_num_requests_running"),
            ("kv-cache-usage-percentage-metric", "trtllm_kv_cache_utilization"),
            ("cache-info-metric", "trtllm_cache_config_info"),
            ("model-server-metrics-path", "/prometheus/metrics"),
            ("lora-info-metric", ""),
        ),
    }
)

#: The plugins file every v1.0.x chart ships in its ConfigMap (``epp-config.yaml``).
_V1_DEFAULT_PLUGINS = """apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
- type: kv-cache-utilization-scorer
- type: prefix-cache-scorer
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: queue-scorer
  - pluginRef: kv-cache-utilization-scorer
  - pluginRef: prefix-cache-scorer
"""

#: From v1.2 the default profile weighs its scorers.
_V12_DEFAULT_PLUGINS = """apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
- type: kv-cache-utilization-scorer
- type: prefix-cache-scorer
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: queue-scorer
    weight: 2
  - pluginRef: kv-cache-utilization-scorer
    weight: 2
  - pluginRef: prefix-cache-scorer
    weight: 3
"""

#: From v1.5 the picker reads model-server metrics through data-source plugins; the renderer adds the
#: engine of a non-vLLM model server and the parser of a gRPC vLLM (``ChartFacts.plugins_engine``).
_V15_DEFAULT_PLUGINS = """apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
- type: kv-cache-utilization-scorer
- type: prefix-cache-scorer
- type: metrics-data-source
  parameters:
    scheme: "http"
    path: "/metrics"
    insecureSkipVerify: true
- type: core-metrics-extractor
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: queue-scorer
    weight: 2
  - pluginRef: kv-cache-utilization-scorer
    weight: 2
  - pluginRef: prefix-cache-scorer
    weight: 3
"""

#: Chart values of every v1 chart (besides the values every release reads).
_V1_VALUES = frozenset(
    {
        "api_version",
        "target_ports",
        "model_server_type",
        "env",
        "flags",
        "plugins_config_file",
        "plugins_custom_config",
        "extra_container_ports",
        "extra_service_ports",
        "failure_mode",
    }
)


def _gaie_crds(tag: str, *names: str) -> tuple[CrdFile, ...]:
    return tuple(
        CrdFile(
            f"inference-extension/{tag}/config/crd/bases/{name}.yaml",
            f"inference-extension/{tag}/{name}.yaml",
        )
        for name in names
    )


_V1_CRDS = (
    "inference.networking.k8s.io_inferencepools",
    "inference.networking.x-k8s.io_inferencepools",
    "inference.networking.x-k8s.io_inferenceobjectives",
)


def _gaie_image(
    tag: str,
    pull_policy: Literal["Always", "IfNotPresent"] = "Always",
    style: Literal["hub-name-tag", "registry-repository-tag"] = "hub-name-tag",
) -> EppImageFacts:
    return EppImageFacts(_GAIE_IMAGE_REGISTRY, _GAIE_IMAGE_REPOSITORY, tag, pull_policy, style)


_V11_CRDS = (*_V1_CRDS, "inference.networking.x-k8s.io_inferencepoolimports")
#: v1.2 adds InferenceModelRewrite; v1.5 drops the v1alpha2 InferencePool; v1.6 keeps only the pools.
_V12_CRDS = (*_V11_CRDS, "inference.networking.x-k8s.io_inferencemodelrewrites")
_V15_CRDS = tuple(name for name in _V12_CRDS if name != "inference.networking.x-k8s.io_inferencepools")
_V16_CRDS = ("inference.networking.k8s.io_inferencepools", "inference.networking.x-k8s.io_inferencepoolimports")

#: Chart values of the v1.1 to v1.5 charts besides the v1 ones.
_V11_VALUES = _V1_VALUES | {
    "affinity",
    "tolerations",
    "monitoring_interval",
    "prometheus_monitoring",
    "prometheus_auth",
    "prometheus_extra_labels",
    "autopilot",
}
_NAMESPACE_ENV = MappingProxyType({"name": "NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}})
_POD_NAME_ENV = MappingProxyType({"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}})
_V11_ARGS = ("pool", "pool-group", "config", "model-server", "ha", "flags", "tracing", "metrics-auth")
#: From v1.4 (the ``epplib`` library chart) the model-server flags come before the config file.
_V14_ARGS = ("pool", "pool-group", "model-server", "config", "ha", "flags", "tracing", "metrics-auth")
#: ``inferenceExtension.resources`` of the v1.4 and v1.5 charts: no CPU limit, so the picker may burst.
_V14_RESOURCES = MappingProxyType(
    {"requests": MappingProxyType({"cpu": "4", "memory": "8Gi"}), "limits": MappingProxyType({"memory": "16Gi"})}
)


def _v11_chart(**facts: object) -> ChartFacts:
    """The facts the v1.1 to v1.5 charts share; each release overrides what changed."""
    base: dict[str, object] = dict(
        values=_V11_VALUES | {"gke_monitoring"},
        default_flags=(("v", 1),),
        arg_sections=_V11_ARGS,
        base_env=(_NAMESPACE_ENV, _POD_NAME_ENV),
        ha_trigger="replicas",
        readiness_timing=MappingProxyType({"periodSeconds": 2}),
        recreate_strategy=True,
        alpha_extension_port=True,
        plugins_config_map=True,
        rbac="pool-group",
        cluster_rbac_name_has_namespace=True,
        health_check_timing=MappingProxyType({"timeoutSec": 2, "checkIntervalSec": 2}),
        backend_logging=True,
        gke_monitoring="pod-monitoring-or-prometheus",
        max_target_ports=8,
        model_servers=_V1_MODEL_SERVERS,
        flags_form="map",
        metrics_auth_arg="without-prometheus",
        prometheus_off_gke=True,
        cluster_role_with_prometheus=True,
    )
    base.update(facts)
    return ChartFacts(**base)  # type: ignore[arg-type]


# --- llm-d-router: the endpoint picker, objectives and charts after GAIE v1.6 (in _RELEASES after v1.6.0) ---

_LLM_D: Literal["llm-d-router"] = "llm-d-router"
LLM_D_GROUP = "llm-d.ai"
_LLM_D_OBJECTIVE = ApiKind(LLM_D_GROUP, "v1alpha2", "InferenceObjective", "inferenceobjectives")
_LLM_D_REWRITE = ApiKind(LLM_D_GROUP, "v1alpha2", "InferenceModelRewrite", "inferencemodelrewrites")

#: v0.10.0 (llm-d-router #1661, ``docs/metrics.md``): ``llm_d_epp_*`` replaces ``inference_objective_*``
#: and ``inference_pool_*``, which are still served as deprecated aliases.
_LLM_D_EPP_METRICS = MetricNames(
    request_duration="llm_d_epp_request_duration_seconds",
    request_errors="llm_d_epp_request_error_total",
    requests="llm_d_epp_request_total",
    pool_queue_size="llm_d_epp_average_queue_size",
    pool_kv_cache_utilization="llm_d_epp_average_kv_cache_utilization",
    deprecated_aliases=_OBJECTIVE_METRICS,
)
#: The v1 InferencePool CRD llm-d-router installs (``deploy/components/crds-gie``: GAIE v1.5.0's bundle).
_CRDS_GIE = _gaie_crds("v1.5.0", "inference.networking.k8s.io_inferencepools")

#: Model-server types of the ``routerlib`` chart (``router.modelServers.type``); the picker reads the type from
#: its plugins file (``core-metrics-extractor``), not from arguments.
_ROUTER_MODEL_SERVERS: Mapping[str, tuple[tuple[str, str], ...]] = MappingProxyType(
    {t: () for t in ("vllm", "sglang", "triton-tensorrt-llm", "trtllm-serve", "triton")}
)

#: Values of the ``llm-d-router-gateway`` chart the props express (besides the ones every release reads).
_ROUTER_VALUES = frozenset(
    {
        "target_ports",
        "model_server_type",
        "env",
        "flags",
        "plugins_config_file",
        "plugins_custom_config",
        "extra_container_ports",
        "extra_service_ports",
        "failure_mode",
        "affinity",
        "tolerations",
        "monitoring_interval",
        "prometheus_monitoring",
        "gke_monitoring",
        "autopilot",
    }
)


#: ``_deployment.yaml``'s argument order: the picker's health port before ``router.epp.flags``; no
#: model-server flags (the type is in the plugins file) and no ``--metrics-endpoint-auth``.
_ROUTER_ARGS = ("pool", "pool-group", "config", "ha", "health-port", "flags", "tracing")
#: ``router.epp.resources``: as GAIE v1.4's, with twice the CPU request.
_ROUTER_RESOURCES = MappingProxyType(
    {"requests": MappingProxyType({"cpu": "8", "memory": "8Gi"}), "limits": MappingProxyType({"memory": "16Gi"})}
)


def _llm_d_crds(tag: str) -> tuple[CrdFile, ...]:
    return _CRDS_GIE + tuple(
        CrdFile(f"llm-d-router/{tag}/config/crd/bases/{name}.yaml", f"llm-d-router/{tag}/{name}.yaml")
        for name in ("llm-d.ai_inferenceobjectives", "llm-d.ai_inferencemodelrewrites")
    )


def _router_chart(ext_proc_app_protocol: str | None) -> ChartFacts:
    return ChartFacts(
        values=_ROUTER_VALUES,
        default_flags=(),
        arg_sections=_ROUTER_ARGS,
        base_env=(_NAMESPACE_ENV, _POD_NAME_ENV),
        ha_trigger="replicas",
        readiness_timing=MappingProxyType({"periodSeconds": 2}),
        recreate_strategy=True,
        alpha_extension_port=False,
        plugins_config_map=True,
        rbac="pool-group",
        cluster_rbac_name_has_namespace=True,
        health_check_timing=MappingProxyType({"timeoutSec": 2, "checkIntervalSec": 2}),
        backend_logging=True,
        gke_monitoring="pod-monitoring",
        max_target_ports=8,
        model_servers=_ROUTER_MODEL_SERVERS,
        flags_form="map",
        default_failure_mode="FailOpen",
        template="routerlib",
        extra_plugins_files=("payload-agnostic.yaml",),
        ext_proc_app_protocol=ext_proc_app_protocol,
        default_resources=_ROUTER_RESOURCES,
    )


_RELEASES: tuple[Release, ...] = (
    Release(
        id="v0.3.0",
        project=_GAIE,
        crds=_gaie_crds(
            "v0.3.0", "inference.networking.x-k8s.io_inferencepools", "inference.networking.x-k8s.io_inferencemodels"
        ),
        pool_api_versions=(POOL_V1ALPHA2,),
        workload=_INFERENCE_MODEL,
        image=_gaie_image("v0.3.0", "IfNotPresent"),
        metrics=_MODEL_METRICS,
        chart=ChartFacts(
            values=frozenset(),
            default_flags=(),
            arg_sections=("legacy",),
            base_env=(MappingProxyType({"name": "USE_STREAMING", "value": "true"}),),
            ha_trigger="none",
            readiness_timing=MappingProxyType({"initialDelaySeconds": 5, "periodSeconds": 10}),
            recreate_strategy=False,
            alpha_extension_port=False,
            plugins_config_map=False,
            rbac="cluster-only",
            cluster_rbac_name_has_namespace=False,
            health_check_timing=MappingProxyType({}),
            backend_logging=False,
            gke_monitoring="cluster-pod-monitoring",
            max_target_ports=1,
            model_servers=MappingProxyType({"vllm": ()}),
        ),
    ),
    Release(
        id="v1.0.0",
        project=_GAIE,
        crds=_gaie_crds("v1.0.0", *_V1_CRDS),
        pool_api_versions=(POOL_V1, POOL_V1ALPHA2),
        workload=_INFERENCE_OBJECTIVE,
        image=_gaie_image("v1.0.0"),
        metrics=_MODEL_METRICS,
        plugins_config=_V1_DEFAULT_PLUGINS,
        chart=ChartFacts(
            values=_V1_VALUES | {"enable_leader_election"},
            default_flags=(("v", 1),),
            arg_sections=("pool", "config", "flags", "model-server"),
            base_env=(),
            ha_trigger="flag",
            readiness_timing=MappingProxyType({"initialDelaySeconds": 5, "periodSeconds": 10}),
            recreate_strategy=False,
            alpha_extension_port=True,
            plugins_config_map=True,
            rbac="both-groups",
            cluster_rbac_name_has_namespace=False,
            health_check_timing=MappingProxyType({}),
            backend_logging=True,
            gke_monitoring="cluster-pod-monitoring",
            max_target_ports=1,
            model_servers=_V1_MODEL_SERVERS,
        ),
    ),
    Release(
        id="v1.0.2",
        project=_GAIE,
        crds=_gaie_crds("v1.0.2", *_V1_CRDS),
        pool_api_versions=(POOL_V1, POOL_V1ALPHA2),
        workload=_INFERENCE_OBJECTIVE,
        image=_gaie_image("v1.0.2"),
        metrics=_MODEL_METRICS,
        plugins_config=_V1_DEFAULT_PLUGINS,
        chart=ChartFacts(
            values=_V1_VALUES
            | {
                "affinity",
                "tolerations",
                "monitoring_interval",
                "prometheus_monitoring",
                "gke_monitoring",
                "autopilot",
            },
            default_flags=(("v", 1),),
            arg_sections=("pool", "pool-group", "config", "model-server", "ha", "flags"),
            base_env=(
                MappingProxyType({"name": "NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}}),
            ),
            ha_trigger="replicas",
            readiness_timing=MappingProxyType({"periodSeconds": 2}),
            recreate_strategy=True,
            alpha_extension_port=True,
            plugins_config_map=True,
            rbac="pool-group",
            cluster_rbac_name_has_namespace=True,
            health_check_timing=MappingProxyType({"timeoutSec": 2, "checkIntervalSec": 2}),
            backend_logging=True,
            gke_monitoring="pod-monitoring",
            max_target_ports=1,
            model_servers=_V1_MODEL_SERVERS,
        ),
    ),
    Release(
        id="v1.1.0",
        project=_GAIE,
        crds=_gaie_crds("v1.1.0", *_V11_CRDS),
        pool_api_versions=(POOL_V1, POOL_V1ALPHA2),
        workload=_INFERENCE_OBJECTIVE,
        pool_import=_INFERENCE_POOL_IMPORT,
        image=_gaie_image("v1.1.0"),
        metrics=_OBJECTIVE_METRICS,
        plugins_config=_V1_DEFAULT_PLUGINS,
        chart=_v11_chart(base_env=(_NAMESPACE_ENV,), cluster_role_with_prometheus=False, flags_form="list"),
    ),
    Release(
        id="v1.2.1",
        project=_GAIE,
        crds=_gaie_crds("v1.2.1", *_V12_CRDS),
        pool_api_versions=(POOL_V1, POOL_V1ALPHA2),
        workload=_INFERENCE_OBJECTIVE,
        rewrite=_INFERENCE_MODEL_REWRITE,
        rewrite_targets_field="split",
        pool_import=_INFERENCE_POOL_IMPORT,
        image=_gaie_image("v1.2.1"),
        metrics=_OBJECTIVE_METRICS,
        plugins_config=_V12_DEFAULT_PLUGINS,
        chart=_v11_chart(),
    ),
    Release(
        id="v1.3.1",
        project=_GAIE,
        crds=_gaie_crds("v1.3.1", *_V12_CRDS),
        pool_api_versions=(POOL_V1, POOL_V1ALPHA2),
        workload=_INFERENCE_OBJECTIVE,
        rewrite=_INFERENCE_MODEL_REWRITE,
        rewrite_targets_field="targets",
        pool_import=_INFERENCE_POOL_IMPORT,
        image=_gaie_image("v1.3.1"),
        metrics=_OBJECTIVE_METRICS,
        plugins_config=_V12_DEFAULT_PLUGINS,
        chart=_v11_chart(
            values=_V11_VALUES,
            rbac="pool-group-rewrites",
            gke_monitoring="prometheus",
            metrics_auth_arg="without-auth",
        ),
    ),
    Release(
        id="v1.4.0",
        project=_GAIE,
        crds=_gaie_crds("v1.4.0", *_V12_CRDS),
        pool_api_versions=(POOL_V1, POOL_V1ALPHA2),
        workload=_INFERENCE_OBJECTIVE,
        rewrite=_INFERENCE_MODEL_REWRITE,
        rewrite_targets_field="targets",
        pool_import=_INFERENCE_POOL_IMPORT,
        image=_gaie_image("v1.4.0"),
        metrics=_OBJECTIVE_METRICS,
        plugins_config=_V12_DEFAULT_PLUGINS,
        chart=_v11_chart(
            values=_V11_VALUES | {"epp_resources"},
            arg_sections=_V14_ARGS,
            rbac="split-sa",
            gke_monitoring="prometheus",
            metrics_auth_arg="without-auth",
            model_servers=_V14_MODEL_SERVERS,
            default_failure_mode="FailOpen",
            v1_failure_mode=True,
            mode_labels=True,
            default_resources=_V14_RESOURCES,
        ),
    ),
    Release(
        id="v1.5.0",
        project=_GAIE,
        crds=_gaie_crds("v1.5.0", *_V15_CRDS),
        pool_api_versions=(POOL_V1,),
        workload=_INFERENCE_OBJECTIVE,
        rewrite=_INFERENCE_MODEL_REWRITE,
        rewrite_targets_field="targets",
        pool_import=_INFERENCE_POOL_IMPORT,
        image=_gaie_image("v1.5.0", style="registry-repository-tag"),
        metrics=_OBJECTIVE_METRICS,
        plugins_config=_V15_DEFAULT_PLUGINS,
        body_router=BodyRouterFacts(
            image=EppImageFacts(
                _GAIE_IMAGE_REGISTRY,
                "gateway-api-inference-extension/bbr",
                "v1.5.0",
                "Always",
                "registry-repository-tag",
            ),
            flags=MappingProxyType({"v": 3}),
            plugins=(
                (
                    MODEL_FIELD_PLUGIN,
                    "model-extractor",
                    MappingProxyType({"fieldName": "model", "headerName": MODEL_NAME_HEADER}),
                ),
                ("base-model-to-header", "base-model-mapper", None),
            ),
        ),
        chart=_v11_chart(
            values=(_V11_VALUES - {"api_version"}) | {"epp_resources", "model_server_protocol"},
            arg_sections=_V14_ARGS,
            rbac="split-sa",
            gke_monitoring="prometheus",
            metrics_auth_arg="without-auth",
            model_servers=_V15_MODEL_SERVERS,
            default_failure_mode="FailOpen",
            v1_failure_mode=True,
            mode_labels=True,
            default_resources=_V14_RESOURCES,
            app_protocol=True,
            grpc_health_check=True,
            plugins_engine=True,
        ),
    ),
    Release(
        id="v1.6.0",
        project=_GAIE,
        crds=_gaie_crds("v1.6.0", *_V16_CRDS),
        pool_api_versions=(POOL_V1,),
        workload=None,
        pool_import=_INFERENCE_POOL_IMPORT,
        chart=None,
        image=None,
        metrics=None,
    ),
    # llm-d-router: the endpoint picker, objectives and charts after GAIE v1.6 (definitions above)
    Release(
        id="llm-d-router/v0.9.0",
        project=_LLM_D,
        crds=_llm_d_crds("v0.9.0"),
        pool_api_versions=(POOL_V1,),
        workload=_LLM_D_OBJECTIVE,
        rewrite=_LLM_D_REWRITE,
        rewrite_targets_field="targets",
        image=EppImageFacts(
            "ghcr.io/llm-d", "llm-d-router-endpoint-picker-dev", "main", "Always", "registry-repository-tag"
        ),
        # v0.9.0 documents no request or pool metric under a new name (its docs/metrics.md lists only the
        # disaggregation and ext_proc stream metrics; llm_d_epp_ arrives in v0.10.0): the names it certainly
        # serves are GAIE's v1.1+ ones, kept as aliases through v0.10.0.
        metrics=_OBJECTIVE_METRICS,
        chart=_router_chart(ext_proc_app_protocol=None),
    ),
    Release(
        id="llm-d-router/v0.10.0",
        project=_LLM_D,
        crds=_llm_d_crds("v0.10.0"),
        pool_api_versions=(POOL_V1,),
        workload=_LLM_D_OBJECTIVE,
        rewrite=_LLM_D_REWRITE,
        rewrite_targets_field="targets",
        image=EppImageFacts(
            "ghcr.io/llm-d", "llm-d-router-endpoint-picker", "main", "Always", "registry-repository-tag"
        ),
        metrics=_LLM_D_EPP_METRICS,
        chart=_router_chart(ext_proc_app_protocol="kubernetes.io/h2c"),
    ),
)

#: Every inference release, oldest first, by identifier.
RELEASES: Mapping[str, Release] = MappingProxyType({r.id: r for r in _RELEASES})

#: The release used where none is given: the config's ``release``, ``InferencePoolProps.release``,
#: ``infergw crds``, ``migrate --to-release`` and validation.
DEFAULT_RELEASE = "llm-d-router/v0.10.0"


def release_ids() -> tuple[str, ...]:
    """Every release identifier, oldest first."""
    return tuple(RELEASES)


def release_label(release_id: str) -> str:
    """``release_id`` as a label value (``app.kubernetes.io/version``): ``/`` is not allowed there, so
    ``llm-d-router/v0.10.0`` becomes ``llm-d-router-v0.10.0``; GAIE tags are unchanged."""
    return release_id.replace("/", "-")


def chart_release_ids() -> tuple[str, ...]:
    """The releases whose endpoint picker can be rendered (not CRD-only releases), oldest first."""
    return tuple(r.id for r in _RELEASES if r.chart is not None)


def body_router_release_ids() -> tuple[str, ...]:
    """Releases whose ``body-based-routing`` chart infergw renders (``bodyBasedRouting.release``), oldest first.

    The GAIE charts of v1.1 to v1.4 differ from v1.5's (other image fields, no RBAC before v1.3, no
    plugins before v1.4, whose one plugin is a no-op, no tracing) and are not modelled; GAIE v1.6 and
    llm-d-router ship no such chart.
    """
    return tuple(r.id for r in _RELEASES if r.body_router is not None)


def get_release(release_id: str) -> Release:
    """The release ``release_id``; a :class:`ConfigError` listing the known ones otherwise."""
    found = RELEASES.get(release_id) if isinstance(release_id, str) else None
    if found is None:
        raise ConfigError(f"unknown inference release {release_id!r}: choose one of {', '.join(RELEASES)}")
    return found


def serving(kind: str) -> tuple[Release, ...]:
    """The releases whose per-workload kind is ``kind`` (``InferenceModel``: the v1alpha2 preview)."""
    return tuple(r for r in _RELEASES if r.workload is not None and r.workload.kind == kind)


def with_v1_pools() -> tuple[str, ...]:
    """The deployable releases that render v1 pools (the targets of a v1alpha2 migration)."""
    return tuple(r.id for r in _RELEASES if r.chart is not None and POOL_V1 in r.pool_api_versions)


# --- the other product families ------------------------------------------------------------------------


@dataclass(frozen=True)
class ProductRelease:
    """A release of a product whose CRDs infergw validates against (Gateway API, Managed Prometheus).

    :param crds: the CRD files of the release infergw keeps
    """

    id: str
    crds: tuple[CrdFile, ...] = field(default=())

    @property
    def version(self) -> Version:
        return Version.parse(self.id)


def _gateway_api(tag: str, *plurals: str) -> ProductRelease:
    return ProductRelease(
        tag,
        tuple(
            CrdFile(
                f"crds/gateway.networking.k8s.io/{tag}/gateway.networking.k8s.io_{plural}.yaml",
                f"gateway-api/{tag}/gateway.networking.k8s.io_{plural}.yaml",
            )
            for plural in plurals
        ),
    )


def _managed_prometheus(tag: str) -> ProductRelease:
    plurals = ("podmonitorings", "clusterpodmonitorings", "rules", "clusterrules", "globalrules")
    return ProductRelease(
        tag,
        tuple(
            CrdFile(
                f"crds/monitoring.googleapis.com/{tag}/monitoring.googleapis.com_{plural}.yaml",
                f"managed-prometheus/{tag}/monitoring.googleapis.com_{plural}.yaml",
            )
            for plural in plurals
        ),
    )


_GATEWAY_KINDS = ("gatewayclasses", "gateways", "httproutes", "referencegrants")
#: Standard-channel kinds the reference material carries from v1.4.1 on (GRPCRoute, BackendTLSPolicy v1).
_GATEWAY_KINDS_V1_4_1 = (*_GATEWAY_KINDS, "grpcroutes", "backendtlspolicies")
#: ... and from v1.5 on, ListenerSet (v1).
_GATEWAY_KINDS_V1_5 = (*_GATEWAY_KINDS_V1_4_1, "listenersets")

#: Gateway API standard-channel releases, oldest first. v1.3.0 and v1.4.0 are the releases GKE 1.34
#: installs (:mod:`infergw.versions`); v1.4.1, v1.5.1 and v1.6.1 are the current upstream releases.
GATEWAY_API: Mapping[str, ProductRelease] = MappingProxyType(
    {
        r.id: r
        for r in (
            _gateway_api("v1.3.0", *_GATEWAY_KINDS),
            _gateway_api("v1.4.0", *_GATEWAY_KINDS),
            _gateway_api("v1.4.1", *_GATEWAY_KINDS_V1_4_1),
            _gateway_api("v1.5.1", *_GATEWAY_KINDS_V1_5),
            _gateway_api("v1.6.1", *_GATEWAY_KINDS_V1_5),
        )
    }
)

#: Google Managed Service for Prometheus CRD releases, oldest first.
MANAGED_PROMETHEUS: Mapping[str, ProductRelease] = MappingProxyType(
    {r.id: r for r in (_managed_prometheus("v0.15.3"), _managed_prometheus("v0.17.2"))}
)

#: prometheus-operator releases (for ``PrometheusRule``), oldest first.
PROMETHEUS_OPERATOR: Mapping[str, ProductRelease] = MappingProxyType(
    {
        "v0.93.0": ProductRelease(
            "v0.93.0",
            (
                CrdFile(
                    "crds/monitoring.coreos.com/v0.93.0/monitoring.coreos.com_prometheusrules.yaml",
                    "prometheus-operator/v0.93.0/monitoring.coreos.com_prometheusrules.yaml",
                ),
            ),
        )
    }
)
