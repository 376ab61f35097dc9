"""``InferencePoolStack``: an InferencePool and its endpoint picker, as the upstream chart renders them.

For each supported release this reproduces what the ``inferencepool`` Helm chart of that release
renders with ``provider.name`` ``gke`` or ``none``. Where each object comes from:

=====================================  ==========================================================
chart template                         here
=====================================  ==========================================================
``_helpers.tpl`` (names, labels)       :func:`epp_name`, :func:`cluster_rbac_name`, ``_labels``
``_validations.tpl``                   :func:`_check` (raised in the constructor instead)
``inferencepool.yaml``                 ``_pool``
``epp-deployment.yaml``                ``_deployment``, ``_container_args`` (argument order per
                                       release in :attr:`ChartRelease.arg_sections`)
``epp-service.yaml``                   ``_service``
``epp-config.yaml`` (v1.0.x)           ``_plugins_config``
``rbac.yaml``                          ``_rbac`` (layout per release in :attr:`ChartRelease.rbac`)
``leader-election-rbac.yaml`` (v1.0.x) ``_leader_election``
``epp-sa-token-secret.yaml``,          ``_prometheus`` (``prometheus_monitoring``)
``epp-servicemonitor.yaml`` (v1.0.2)
``gke.yaml``                           ``_gke`` (policies), ``_cluster_pod_monitoring`` (v0.3.0,
                                       v1.0.0), ``gke_epp_monitoring`` (v1.0.2, opt-in)
``istio.yaml`` (v1.0.2)                not rendered: only the gke and none providers are supported
=====================================  ==========================================================

Release differences are data (:data:`RELEASES`), not branches spread over the code. Every chart
value is a typed property of :class:`InferencePoolProps` with the chart's default; a value the
chosen release's chart does not read is refused rather than silently dropped.

Profiles: ``hardened`` (the default) adds what the chart lacks: a non-root, read-only,
capability-free security context with the RuntimeDefault seccomp profile for the endpoint picker,
cpu and memory requests, a PodDisruptionBudget when it runs more than one replica, and
least-privilege RBAC: a namespaced Role with exactly what the picker reads (its own InferencePool
by name, objectives or models and Pods of its namespace; see ``_OBJECTIVE_RESOURCE``), where the
charts grant both pool groups (v1.0.0) or cluster-wide read access (v0.3.0).
``chart-compatible`` renders what the chart renders (the parity tests use it).

Deliberate differences from the chart in both profiles, each tested in
``tests/infergw/test_inferencepool_parity.py``:

* HealthCheckPolicy: the chart sets ``httpHealthCheck.port`` without ``portSpecification``. The GKE
  CRD then takes the default ``USE_SERVING_PORT``, for which its CEL rule forbids ``port``, so the
  API server rejects the chart's object. We add ``portSpecification: USE_FIXED_PORT``, which keeps
  the chart's intent (probe the model-server port) and is accepted.
* v1.0.0 HealthCheckPolicy and GCPBackendPolicy always target the ``inference.networking.k8s.io``
  group, even for a v1alpha2 pool, so they would attach to nothing; ours target the pool's group.
* The health-check port: the chart always uses ``targetPortNumber`` (default 8000), even for a v1
  pool whose ``targetPorts`` were changed. ``target_port_number`` defaults to the first target port
  here, which is the chart's 8000 unless you change the ports.
* v0.3.0 ClusterRoleBinding: the chart leaves out ``roleRef.apiGroup``. The API server fills it in,
  but the RoleRef schema lists it as required and offline validators reject the object; we write it.
* v1.0.2 metrics-reader Role (``monitoring.gke.enabled``): the chart gives it no namespace, which
  Helm fills in with the release namespace on install; we write it, as for every other object.
* v1.0.2 ``affinity`` and ``tolerations``: the chart declares them in values.yaml but its
  Deployment never uses them; ours puts them in the pod spec when set (unset, the output is equal).
* ``app.kubernetes.io/version`` is the release (the chart in the reference is unpublished and says
  ``0.0.0``; the published chart of a release carries the release as its appVersion).
* v1.0.2 cluster RBAC name: the chart quotes the name before truncating it to 84 characters, which
  breaks the YAML once pool and namespace are long; we truncate the unquoted name.

Refused although the chart renders it (the result could not work): v0.3.0 with ``extProcPort`` other
than 9002 (only the Service port moves; the picker and the pool stay on 9002), a plugins file that
is not in the ConfigMap, more target ports than the release's CRD takes.

Outside the cluster's own kinds: ``prometheus_monitoring`` renders a prometheus-operator
``ServiceMonitor``, whose CRD the cluster needs (it is not in infergw's CRD catalogue).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any, Literal

from infergw.catalogue import INFERENCE_RELEASES
from infergw.errors import ConstructError
from infergw.names import DNS_LABEL, POOL_NAME
from infergw.objects import emit
from infergw.refs import PoolRef
from infergw.runtime import Construct, LazyPath
from infergw.validation.apiserver import label_key_problem, label_value_problem

POOL_V1 = "inference.networking.k8s.io/v1"
POOL_V1ALPHA2 = "inference.networking.x-k8s.io/v1alpha2"
RBAC_API = "rbac.authorization.k8s.io/v1"
RBAC_GROUP = "rbac.authorization.k8s.io"

#: The plugins file every v1.0.x chart ships in its ConfigMap (``epp-config.yaml``).
DEFAULT_PLUGINS_FILE = "default-plugins.yaml"
DEFAULT_PLUGINS = """apiVersion: inference.networking.x-k8s.io/v1alpha1
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

#: Metric names the endpoint picker reads from Triton TensorRT-LLM servers (``modelServerType``).
MODEL_SERVER_ARGS: dict[str, tuple[str, ...]] = {
    "vllm": (),
    "triton-tensorrt-llm": (
        "--total-queued-requests-metric",
        "nv_trt_llm_request_metrics{request_type=waiting}",
        "--kv-cache-usage-percentage-metric",
        "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=fraction}",
        "--lora-info-metric",
        "",  # empty: Triton exposes no LoRA metric
    ),
}

#: Ports the endpoint picker container listens on in every release (fixed in the templates).
EPP_CONTAINER_PORTS = (
    {"name": "grpc", "containerPort": 9002},
    {"name": "grpc-health", "containerPort": 9003},
    {"name": "metrics", "containerPort": 9090},
)
HEALTH_PORT = 9003
DEFAULT_MONITORING_SECRET = "inference-gateway-sa-metrics-reader-secret"

#: Chart values every release reads; the per-release extras are :attr:`ChartRelease.values`.
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
#: Properties of ours, not values of the chart (see "Profiles" above): allowed on every release.
OWN_VALUES = frozenset({"profile", "epp_requests", "pool_annotations"})
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


@dataclass(frozen=True)
class ChartRelease:
    """What one release of the upstream chart renders, as data."""

    image_tag: str
    pull_policy: str
    #: Pool API versions ``inferencePool.apiVersion`` can select, the chart's default first.
    api_versions: tuple[str, ...]
    #: Values of :class:`InferencePoolProps` this release's chart reads besides :data:`COMMON_VALUES`.
    values: frozenset[str]
    #: ``inferenceExtension.flags`` default.
    default_flags: tuple[tuple[str, str | int], ...]
    #: Container argument groups in the order the Deployment template writes them (see ``_ARG_SECTIONS``).
    arg_sections: tuple[str, ...]
    #: Environment the template always sets, before ``inferenceExtension.env``.
    base_env: tuple[dict[str, Any], ...]
    #: What turns on leader election: nothing, ``enableLeaderElection`` (v1.0.0) or replicas > 1 (v1.0.2).
    ha_trigger: Literal["none", "flag", "replicas"]
    readiness_timing: dict[str, int]
    recreate_strategy: bool
    #: The v1alpha2 pool's ``extensionRef`` carries ``portNumber`` and ``failureMode``.
    alpha_extension_port: bool
    plugins_config_map: bool
    #: ``cluster-only`` (v0.3.0), ``both-groups`` (v1.0.0) or ``pool-group`` (v1.0.2) RBAC layout.
    rbac: Literal["cluster-only", "both-groups", "pool-group"]
    cluster_rbac_name_has_namespace: bool
    health_check_timing: dict[str, int]
    backend_logging: bool
    #: ``cluster-pod-monitoring`` (always with gke) or ``pod-monitoring`` (with ``monitoring.gke.enabled``).
    gke_monitoring: Literal["cluster-pod-monitoring", "pod-monitoring"]
    #: Most ``targetPorts`` the release's v1 InferencePool CRD accepts.
    max_target_ports: int


RELEASES: dict[str, ChartRelease] = {
    "v0.3.0": ChartRelease(
        image_tag="v0.3.0",
        pull_policy="IfNotPresent",
        api_versions=(POOL_V1ALPHA2,),
        values=frozenset(),
        default_flags=(),
        arg_sections=("legacy",),
        base_env=({"name": "USE_STREAMING", "value": "true"},),
        ha_trigger="none",
        readiness_timing={"initialDelaySeconds": 5, "periodSeconds": 10},
        recreate_strategy=False,
        alpha_extension_port=False,
        plugins_config_map=False,
        rbac="cluster-only",
        cluster_rbac_name_has_namespace=False,
        health_check_timing={},
        backend_logging=False,
        gke_monitoring="cluster-pod-monitoring",
        max_target_ports=1,
    ),
    "v1.0.0": ChartRelease(
        image_tag="v1.0.0",
        pull_policy="Always",
        api_versions=(POOL_V1, POOL_V1ALPHA2),
        values=_V1_VALUES | {"enable_leader_election"},
        default_flags=(("v", 1),),
        arg_sections=("pool", "config", "flags", "model-server"),
        base_env=(),
        ha_trigger="flag",
        readiness_timing={"initialDelaySeconds": 5, "periodSeconds": 10},
        recreate_strategy=False,
        alpha_extension_port=True,
        plugins_config_map=True,
        rbac="both-groups",
        cluster_rbac_name_has_namespace=False,
        health_check_timing={},
        backend_logging=True,
        gke_monitoring="cluster-pod-monitoring",
        max_target_ports=1,
    ),
    "v1.0.2": ChartRelease(
        image_tag="v1.0.2",
        pull_policy="Always",
        api_versions=(POOL_V1, POOL_V1ALPHA2),
        values=_V1_VALUES
        | {"affinity", "tolerations", "monitoring_interval", "prometheus_monitoring", "gke_monitoring", "autopilot"},
        default_flags=(("v", 1),),
        arg_sections=("pool", "pool-group", "config", "model-server", "ha", "flags"),
        base_env=({"name": "NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}},),
        ha_trigger="replicas",
        readiness_timing={"periodSeconds": 2},
        recreate_strategy=True,
        alpha_extension_port=True,
        plugins_config_map=True,
        rbac="pool-group",
        cluster_rbac_name_has_namespace=True,
        health_check_timing={"timeoutSec": 2, "checkIntervalSec": 2},
        backend_logging=True,
        gke_monitoring="pod-monitoring",
        max_target_ports=1,
    ),
}
assert tuple(RELEASES) == INFERENCE_RELEASES, "every supported release needs a chart entry"

#: Google Managed Prometheus namespace per cluster mode (``provider.gke.autopilot``, v1.0.2).
GMP_NAMESPACE = {False: "gmp-system", True: "gke-gmp-system"}


@dataclass(frozen=True)
class EppImage:
    """``inferenceExtension.image``: the endpoint picker image.

    :param hub: registry path. default: ``registry.k8s.io/gateway-api-inference-extension``
    :param name: image name. default: ``epp``
    :param tag: image tag. default: the release (``v1.0.2`` for release v1.0.2)
    :param pull_policy: ``Always``, ``IfNotPresent`` or ``Never``. default: the release's
        (``IfNotPresent`` for v0.3.0, ``Always`` after)
    """

    hub: str = "registry.k8s.io/gateway-api-inference-extension"
    name: str = "epp"
    tag: str | None = None
    pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = None


@dataclass(frozen=True)
class MonitoringSecret:
    """The service-account token Secret that metrics collection authenticates with.

    v0.3.0 and v1.0.0 (``gke.monitoringSecret``) point their ClusterPodMonitoring at an existing
    Secret anywhere; v1.0.2 (``inferenceExtension.monitoring.secret.name``) creates it in the
    pool's namespace for the Prometheus ServiceMonitor, so only ``name`` applies there.

    :param name: default: ``inference-gateway-sa-metrics-reader-secret``
    :param namespace: v0.3.0 and v1.0.0 only. default: ``default``
    """

    name: str = DEFAULT_MONITORING_SECRET
    namespace: str = "default"


@dataclass(frozen=True)
class InferencePoolProps:
    """Properties of :class:`InferencePoolStack`; each mirrors a value of the chart, with its default.

    :param match_labels: ``inferencePool.modelServers.matchLabels``: labels of the model-server pods. Required.
    :param release: inference-extension release whose chart to reproduce. default: ``v1.0.2``
    :param namespace: the Helm release namespace. default: ``default``
    :param provider: ``provider.name``: ``gke`` adds the GKE policies and monitoring. default: ``none``
    :param api_version: ``inferencePool.apiVersion`` (v1.0.x): ``inference.networking.k8s.io/v1`` or
        ``inference.networking.x-k8s.io/v1alpha2``. default: v1 (v0.3.0 only has v1alpha2)
    :param target_ports: ``inferencePool.targetPorts`` (v1.0.x, v1 pool). default: ``(8000,)``
    :param target_port_number: ``inferencePool.targetPortNumber``: the port of a v1alpha2 pool and of
        the GKE health check. default: the first of ``target_ports`` (8000)
    :param model_server_type: ``inferencePool.modelServerType`` (v1.0.x). default: ``vllm``
    :param replicas: ``inferenceExtension.replicas``; on v1.0.2 more than 1 runs the endpoint picker
        highly available (leader election); 0 means 1, as in the chart. default: 1
    :param enable_leader_election: ``inferenceExtension.enableLeaderElection`` (v1.0.0). default: False
    :param image: ``inferenceExtension.image``. default: the release's endpoint picker image
    :param ext_proc_port: ``inferenceExtension.extProcPort``: Service port of the ext-proc gRPC
        endpoint. default: 9002
    :param metrics_port: ``inferenceExtension.metricsPort``: Service port of the metrics. default: 9090
    :param env: ``inferenceExtension.env`` (v1.0.x): container env entries (``{"name", "value"}`` or
        ``valueFrom``); a ``{name: value}`` mapping is accepted too. default: none
    :param flags: ``inferenceExtension.flags`` (v1.0.x) as (name, value) pairs, passed as ``--name value``.
        default: ``(("v", 1),)``
    :param plugins_config_file: ``inferenceExtension.pluginsConfigFile`` (v1.0.x): the file in the
        plugins ConfigMap the picker loads. default: ``default-plugins.yaml``
    :param plugins_custom_config: ``inferenceExtension.pluginsCustomConfig`` (v1.0.x): more files for
        the ConfigMap (file name -> text). default: none
    :param extra_container_ports: ``inferenceExtension.extraContainerPorts`` (v1.0.x). default: none
    :param extra_service_ports: ``inferenceExtension.extraServicePorts`` (v1.0.x). default: none
    :param failure_mode: ``inferenceExtension.failureMode`` (v1.0.x, v1alpha2 pool): ``FailClose`` or
        ``FailOpen``. default: ``FailClose``
    :param affinity: ``inferenceExtension.affinity`` (v1.0.2) for the endpoint picker pods. default: none
    :param tolerations: ``inferenceExtension.tolerations`` (v1.0.2). default: none
    :param monitoring_interval: ``inferenceExtension.monitoring.interval`` (v1.0.2). default: ``10s``
    :param monitoring_secret: the metrics token Secret. default: ``inference-gateway-sa-metrics-reader-secret``
        (in ``default`` for v0.3.0 and v1.0.0)
    :param prometheus_monitoring: ``inferenceExtension.monitoring.prometheus.enabled`` (v1.0.2): a
        prometheus-operator ServiceMonitor, its token Secret and metrics RBAC. default: False
    :param gke_monitoring: ``inferenceExtension.monitoring.gke.enabled`` (v1.0.2, provider gke): a
        PodMonitoring with its reader ServiceAccount, token Secret and RBAC. default: False
    :param autopilot: ``provider.gke.autopilot`` (v1.0.2): the cluster is Autopilot, whose managed
        Prometheus runs in ``gke-gmp-system``. default: False
    :param profile: ``hardened`` or ``chart-compatible`` (see "Profiles" in the module docstring).
        default: hardened
    :param epp_requests: endpoint-picker resource requests (hardened profile). default: cpu 500m, memory 1Gi
    :param pool_annotations: annotations of the InferencePool object (for example a policy exception).
        default: none
    """

    match_labels: Mapping[str, str]
    release: str = "v1.0.2"
    namespace: str = "default"
    provider: Literal["none", "gke"] = "none"
    api_version: str | None = None
    target_ports: tuple[int, ...] = (8000,)
    target_port_number: int | None = None
    model_server_type: Literal["vllm", "triton-tensorrt-llm"] = "vllm"
    replicas: int = 1
    enable_leader_election: bool = False
    image: EppImage = field(default_factory=EppImage)
    ext_proc_port: int = 9002
    metrics_port: int = 9090
    env: tuple[Mapping[str, Any], ...] | Mapping[str, str] = ()
    flags: tuple[tuple[str, str | int], ...] | None = None
    plugins_config_file: str = DEFAULT_PLUGINS_FILE
    plugins_custom_config: Mapping[str, str] = field(default_factory=dict)
    extra_container_ports: tuple[Mapping[str, Any], ...] = ()
    extra_service_ports: tuple[Mapping[str, Any], ...] = ()
    failure_mode: Literal["FailClose", "FailOpen"] = "FailClose"
    affinity: Mapping[str, Any] = field(default_factory=dict)
    tolerations: tuple[Mapping[str, Any], ...] = ()
    monitoring_interval: str = "10s"
    monitoring_secret: MonitoringSecret = field(default_factory=MonitoringSecret)
    prometheus_monitoring: bool = False
    gke_monitoring: bool = False
    autopilot: bool = False
    profile: Literal["hardened", "chart-compatible"] = "hardened"
    epp_requests: Mapping[str, str] = field(default_factory=lambda: {"cpu": "500m", "memory": "1Gi"})
    pool_annotations: Mapping[str, str] = field(default_factory=dict)


# --- names (the chart's _helpers.tpl) ---------------------------------------------------------

_DURATION = re.compile(r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$")
#: Helm's limit on release names, so that every name the chart accepts is accepted here.
MAX_NAME = 53


def epp_name(name: str) -> str:
    """Name of the endpoint picker's Deployment, Service, ServiceAccount, ConfigMap and Role."""
    return f"{name.lower().strip()[:40]}-epp"


def cluster_rbac_name(name: str, namespace: str, release: ChartRelease) -> str:
    """Name of the endpoint picker's ClusterRole and ClusterRoleBinding."""
    if not release.cluster_rbac_name_has_namespace:
        return epp_name(name)
    return f"{name.lower().strip()[:40]}-{namespace.lower().strip()[:40]}-epp"[:84]


def _labels(epp: str, props: InferencePoolProps) -> dict[str, str]:
    return {"app.kubernetes.io/name": epp, "app.kubernetes.io/version": props.release}


# --- construction-time checks -------------------------------------------------------------------


def _supported_by(value_name: str) -> list[str]:
    return [r for r, rel in RELEASES.items() if value_name in COMMON_VALUES | rel.values]


def _check(props: InferencePoolProps, name: str, path: str) -> ChartRelease:
    """Refuse impossible input, naming the property, its value and the fix."""

    def fail(field_name: str, value: Any, fix: str) -> None:
        raise ConstructError(path, f"{field_name}={value!r}: {fix}")

    if props.release not in RELEASES:
        fail("release", props.release, f"unsupported inference-extension release; choose one of {', '.join(RELEASES)}")
    release = RELEASES[props.release]
    api_version = props.api_version or release.api_versions[0]
    if api_version not in release.api_versions:
        fail("api_version", api_version, f"release {props.release} renders {' or '.join(release.api_versions)}")
    for f in fields(props):
        if f.name in COMMON_VALUES or f.name in OWN_VALUES or f.name in release.values or f.name == "api_version":
            continue
        default = f.default_factory() if callable(f.default_factory) else f.default  # type: ignore[misc]
        value = getattr(props, f.name)
        if value != default:
            fail(
                f.name,
                value,
                f"the chart of release {props.release} has no such value (releases with it: "
                f"{', '.join(_supported_by(f.name)) or 'none'}); leave it unset or change the release",
            )
    if not POOL_NAME.match(name):
        fail(
            "name",
            name,
            f"use at most {MAX_NAME} lower-case letters, digits and '-', starting with a letter "
            "(the endpoint picker's Service is named after the pool)",
        )
    if not DNS_LABEL.match(props.namespace) or len(props.namespace) > 63:
        fail("namespace", props.namespace, "use a namespace name: at most 63 lower-case letters, digits and '-'")
    if not props.match_labels:
        fail(
            "match_labels",
            dict(props.match_labels),
            "give the labels of the model-server pods, e.g. {'app': 'vllm-llama3-8b-instruct'}",
        )
    if len(props.match_labels) > 64:
        fail("match_labels", f"{len(props.match_labels)} labels", "the InferencePool CRD takes at most 64 labels")
    for key, value in props.match_labels.items():
        if not isinstance(key, str) or label_key_problem(key):
            fail("match_labels", key, "label keys are [prefix/]name with letters, digits, '-', '_' and '.'")
        if not isinstance(value, str) or label_value_problem(value):
            fail(f"match_labels[{key}]", value, "label values are text of at most 63 letters, digits, '-', '_' and '.'")
    if not props.target_ports:
        fail("target_ports", props.target_ports, "give the model-server port, e.g. (8000,)")
    if len(props.target_ports) > release.max_target_ports:
        fail(
            "target_ports",
            props.target_ports,
            f"the release {props.release} InferencePool CRD takes at most {release.max_target_ports} model-server port(s)",
        )
    for field_name, port in (("target_ports", p) for p in props.target_ports):
        _check_port(fail, field_name, port)
    for field_name in ("target_port_number", "ext_proc_port", "metrics_port"):
        if getattr(props, field_name) is not None:
            _check_port(fail, field_name, getattr(props, field_name))
    if release.arg_sections == ("legacy",) and props.ext_proc_port != 9002:
        fail(
            "ext_proc_port",
            props.ext_proc_port,
            "the v0.3.0 picker always listens on 9002 and its pool has no port field; keep 9002",
        )
    if isinstance(props.replicas, bool) or not isinstance(props.replicas, int) or props.replicas < 0:
        fail("replicas", props.replicas, "use 0 or more endpoint-picker replicas (0 means 1, as in the chart)")
    if props.provider not in ("none", "gke"):
        fail("provider", props.provider, "choose gke or none (the chart's istio provider is not supported)")
    if props.model_server_type not in MODEL_SERVER_ARGS:
        fail("model_server_type", props.model_server_type, f"choose {' or '.join(MODEL_SERVER_ARGS)}")
    if props.failure_mode not in ("FailClose", "FailOpen"):
        fail("failure_mode", props.failure_mode, "choose FailClose or FailOpen")
    if props.image.pull_policy not in (None, "Always", "IfNotPresent", "Never"):
        fail("image.pull_policy", props.image.pull_policy, "choose Always, IfNotPresent or Never")
    if not _DURATION.match(props.monitoring_interval):
        fail("monitoring_interval", props.monitoring_interval, "write a duration such as 10s or 1m")
    if DEFAULT_PLUGINS_FILE in props.plugins_custom_config:
        fail(
            "plugins_custom_config",
            DEFAULT_PLUGINS_FILE,
            "the chart already ships this file; give your file another name",
        )
    if props.plugins_config_file not in {DEFAULT_PLUGINS_FILE, *props.plugins_custom_config}:
        fail(
            "plugins_config_file",
            props.plugins_config_file,
            f"the picker loads it from its ConfigMap: use {DEFAULT_PLUGINS_FILE} or add the file to plugins_custom_config",
        )
    for entry in _env_entries(props.env):
        if not isinstance(entry, Mapping) or not entry.get("name"):
            fail("env", entry, "give container env entries with a name, e.g. {'name': 'X', 'value': '1'}")
    for field_name, key in (("extra_container_ports", "containerPort"), ("extra_service_ports", "port")):
        for entry in getattr(props, field_name):
            if not isinstance(entry, Mapping) or key not in entry:
                fail(field_name, entry, f"each entry is a port object with {key!r} (and a name)")
    if props.monitoring_secret.namespace != "default" and release.gke_monitoring == "pod-monitoring":
        fail(
            "monitoring_secret.namespace",
            props.monitoring_secret.namespace,
            f"release {props.release} creates the Secret in the pool's namespace; leave the namespace unset",
        )
    return release


def _check_port(fail: Callable[[str, Any, str], None], field_name: str, port: Any) -> None:
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        fail(field_name, port, "ports are whole numbers from 1 to 65535")


def _env_entries(env: tuple[Mapping[str, Any], ...] | Mapping[str, str]) -> list[Any]:
    if isinstance(env, Mapping):  # the {NAME: value} form of the chart's values.yaml comment
        return [{"name": k, "value": v} for k, v in env.items()]
    return [dict(e) if isinstance(e, Mapping) else e for e in env]


# --- the construct --------------------------------------------------------------------------------


class InferencePoolStack(Construct):
    """An InferencePool with its endpoint picker: what the upstream chart installs (module docstring).

    :param scope: parent construct (a chart)
    :param construct_id: construct id, unique in ``scope``
    :param name: the pool's name (the Helm release name): at most 53 characters
    :param props: chart values, with the chart's defaults
    """

    def __init__(self, scope: Construct, construct_id: str, name: str, props: InferencePoolProps) -> None:
        super().__init__(scope, construct_id)
        release = _check(props, name, LazyPath(self))
        self.props = props
        self.name = name
        self.chart_release = release
        self.api_version = props.api_version or release.api_versions[0]
        self.objects = render_pool_stack(name, props, release)
        for obj in self.objects:
            emit(self, f"{obj['kind']}-{obj['metadata']['name']}", obj)

    @property
    def pool_ref(self) -> PoolRef:
        """What routes, objectives, policies and autoscalers need to point at this pool."""
        return PoolRef(
            self.api_version,
            "InferencePool",
            self.name,
            self.props.namespace,
            selector=tuple(sorted(self.props.match_labels.items())),
            target_port=self.props.target_ports[0] if self.api_version == POOL_V1 else _health_port(self.props),
            release=self.props.release,
        )

    @property
    def epp_name(self) -> str:
        """Name of the endpoint picker's Deployment and Service."""
        return epp_name(self.name)


# --- rendering ------------------------------------------------------------------------------------


def _health_port(props: InferencePoolProps) -> int:
    return props.target_port_number if props.target_port_number is not None else props.target_ports[0]


def _ha(props: InferencePoolProps, release: ChartRelease) -> bool:
    return {"none": False, "flag": props.enable_leader_election, "replicas": props.replicas > 1}[release.ha_trigger]


def render_pool_stack(name: str, props: InferencePoolProps, release: ChartRelease) -> list[dict[str, Any]]:
    """The objects of one pool stack, as plain dicts (unchecked: :class:`InferencePoolStack` checks)."""
    ns = props.namespace
    epp = epp_name(name)
    api_version = props.api_version or release.api_versions[0]
    group = api_version.split("/")[0]
    labels = _labels(epp, props)
    selector = {"inferencepool": epp}
    ha = _ha(props, release)
    objects: list[dict[str, Any]] = [
        _pool(name, ns, labels, props, release, api_version, epp),
        _deployment(name, ns, epp, labels, selector, props, release, group, ha),
        _service(ns, epp, labels, selector, props),
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": epp, "namespace": ns, "labels": labels}},
        *_rbac(name, ns, epp, labels, props, release, group),
    ]
    if release.plugins_config_map:
        objects.append(_plugins_config(ns, epp, props))
    if ha:
        objects.extend(_leader_election(ns, epp, labels))
    if props.profile == "hardened" and props.replicas > 1:
        objects.append(
            {
                "apiVersion": "policy/v1",
                "kind": "PodDisruptionBudget",
                "metadata": {"name": epp, "namespace": ns, "labels": labels},
                "spec": {"minAvailable": 1, "selector": {"matchLabels": selector}},
            }
        )
    if props.prometheus_monitoring:
        objects.extend(_prometheus(ns, epp, labels, props))
    if props.provider == "gke":
        objects.extend(_gke(name, ns, labels, props, release, group))
        if release.gke_monitoring == "cluster-pod-monitoring":
            objects.append(_cluster_pod_monitoring(name, ns, labels, selector, props))
        elif props.gke_monitoring:
            objects.extend(
                gke_epp_monitoring(
                    name, ns, labels, selector, interval=props.monitoring_interval, autopilot=props.autopilot
                )
            )
    return objects


def _pool(
    name: str, ns: str, labels: dict, props: InferencePoolProps, release: ChartRelease, api_version: str, epp: str
) -> dict[str, Any]:
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
    else:
        extension: dict[str, Any] = {"name": epp}
        if release.alpha_extension_port:
            extension |= {"portNumber": props.ext_proc_port, "failureMode": props.failure_mode}
        spec = {"targetPortNumber": _health_port(props), "selector": selector, "extensionRef": extension}
    return {"apiVersion": api_version, "kind": "InferencePool", "metadata": meta, "spec": spec}


def _flag_args(props: InferencePoolProps, release: ChartRelease) -> list[str]:
    flags = props.flags if props.flags is not None else release.default_flags
    return [
        arg
        for flag, value in flags
        for arg in (f"--{flag}", str(value).lower() if isinstance(value, bool) else str(value))
    ]


#: One function per argument group of the Deployment template; each release lists its order.
_ARG_SECTIONS: dict[str, Callable[[str, str, InferencePoolProps, ChartRelease, str, bool], list[str]]] = {
    # v0.3.0: Go-style single-dash flags, all fixed but the pool's name and namespace
    "legacy": lambda name, ns, props, release, group, ha: [
        "-poolName",
        name,
        "-poolNamespace",
        ns,
        "-v",
        "3",
        "-grpcPort",
        "9002",
        "-grpcHealthPort",
        "9003",
        "-metricsPort",
        "9090",
    ],
    "pool": lambda name, ns, props, release, group, ha: ["--pool-name", name, "--pool-namespace", ns],
    "pool-group": lambda name, ns, props, release, group, ha: ["--pool-group", group],
    "config": lambda name, ns, props, release, group, ha: [
        "--zap-encoder",
        "json",
        "--config-file",
        f"/config/{props.plugins_config_file}",
    ],
    "model-server": lambda name, ns, props, release, group, ha: list(MODEL_SERVER_ARGS[props.model_server_type]),
    "ha": lambda name, ns, props, release, group, ha: ["--ha-enable-leader-election"] if ha else [],
    "flags": lambda name, ns, props, release, group, ha: _flag_args(props, release),
}


def _container_args(
    name: str, ns: str, props: InferencePoolProps, release: ChartRelease, group: str, ha: bool
) -> list[str]:
    return [
        arg for section in release.arg_sections for arg in _ARG_SECTIONS[section](name, ns, props, release, group, ha)
    ]


def _deployment(
    name: str,
    ns: str,
    epp: str,
    labels: dict,
    selector: dict,
    props: InferencePoolProps,
    release: ChartRelease,
    group: str,
    ha: bool,
) -> dict[str, Any]:
    liveness_service, readiness_service = (
        ("liveness", "readiness") if ha else ("inference-extension", "inference-extension")
    )
    container: dict[str, Any] = {
        "name": "epp",
        "image": f"{props.image.hub}/{props.image.name}:{props.image.tag or release.image_tag}",
        "imagePullPolicy": props.image.pull_policy or release.pull_policy,
        "args": _container_args(name, ns, props, release, group, ha),
        "ports": [*map(dict, EPP_CONTAINER_PORTS), *map(dict, props.extra_container_ports)],
        "livenessProbe": {
            "grpc": {"port": HEALTH_PORT, "service": liveness_service},
            "initialDelaySeconds": 5,
            "periodSeconds": 10,
        },
        "readinessProbe": {"grpc": {"port": HEALTH_PORT, "service": readiness_service}, **release.readiness_timing},
    }
    env = [*map(dict, release.base_env), *_env_entries(props.env)]
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
    if release.plugins_config_map:
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
    if release.recreate_strategy:  # one active picker at a time: old leader goes before the new one starts
        spec["strategy"] = {"type": "Recreate"}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": epp, "namespace": ns, "labels": labels},
        "spec": spec,
    }


def _service(ns: str, epp: str, labels: dict, selector: dict, props: InferencePoolProps) -> dict[str, Any]:
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


def _plugins_config(ns: str, epp: str, props: InferencePoolProps) -> dict[str, Any]:
    data = {DEFAULT_PLUGINS_FILE: DEFAULT_PLUGINS, **props.plugins_custom_config}
    return {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": epp, "namespace": ns}, "data": data}


_READ = ["get", "watch", "list"]
_TOKEN_REVIEW_RULES = (
    {"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]},
    {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
)
_METRICS_RULE = {"nonResourceURLs": ["/metrics"], "verbs": ["get"]}
_PODS_RULE = {"apiGroups": [""], "resources": ["pods"], "verbs": _READ}
#: Rules of the picker's watch permissions per RBAC layout (``{group}``: the pool's API group).
_WATCH_RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "cluster-only": (
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferencemodels", "inferencepools"],
            "verbs": _READ,
        },
        _PODS_RULE,
    ),
    "both-groups": (
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferenceobjectives", "inferencepools"],
            "verbs": _READ,
        },
        {"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools"], "verbs": _READ},
        _PODS_RULE,
    ),
    "pool-group": (
        {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferenceobjectives"], "verbs": _READ},
        {"apiGroups": ["{group}"], "resources": ["inferencepools"], "verbs": _READ},
        _PODS_RULE,
    ),
}


#: What the endpoint picker reads, by release, from its controller manager's cache configuration at
#: each release tag (pkg/epp/server/controller_manager.go): Pods and objectives (models on v0.3.0)
#: in the pool's namespace, and its own InferencePool by name (a field selector on metadata.name).
_OBJECTIVE_RESOURCE = {"v0.3.0": "inferencemodels", "v1.0.0": "inferenceobjectives", "v1.0.2": "inferenceobjectives"}


def _least_privilege_rules(name: str, props: InferencePoolProps, group: str) -> list[dict[str, Any]]:
    """The hardened profile's namespaced watch rules: exactly what the endpoint picker reads."""
    return [
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": [_OBJECTIVE_RESOURCE[props.release]],
            "verbs": list(_READ),
        },
        {"apiGroups": [group], "resources": ["inferencepools"], "resourceNames": [name], "verbs": list(_READ)},
        dict(_PODS_RULE, verbs=list(_READ)),
    ]


def _rules(rules: tuple[dict[str, Any], ...], group: str) -> list[dict[str, Any]]:
    """Private copies of ``rules`` with ``{group}`` replaced by the pool's API group."""
    out = copy.deepcopy(list(rules))
    for rule in out:
        if "apiGroups" in rule:
            rule["apiGroups"] = [group if g == "{group}" else g for g in rule["apiGroups"]]
    return out


def _rbac(
    name: str, ns: str, epp: str, labels: dict, props: InferencePoolProps, release: ChartRelease, group: str
) -> list[dict[str, Any]]:
    subject = [{"kind": "ServiceAccount", "name": epp, "namespace": ns}]
    cluster_name = cluster_rbac_name(name, ns, release)
    metrics = (_METRICS_RULE,) if props.prometheus_monitoring else ()
    hardened = props.profile == "hardened"
    watch = _least_privilege_rules(name, props, group) if hardened else _rules(_WATCH_RULES[release.rbac], group)
    if release.rbac == "cluster-only" and not hardened:  # v0.3.0 chart: watch rights cluster-wide, in the ClusterRole
        cluster_rules = [*watch, *_rules(_TOKEN_REVIEW_RULES, group)]
    else:  # the metrics endpoint authenticates its callers: token and access reviews are cluster-scoped
        cluster_rules = _rules(_TOKEN_REVIEW_RULES + metrics, group)
    objects = [
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRole",
            "metadata": {"name": cluster_name, "labels": labels},
            "rules": cluster_rules,
        },
        {
            "apiVersion": RBAC_API,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": cluster_name},
            "subjects": subject,
            "roleRef": {"apiGroup": RBAC_GROUP, "kind": "ClusterRole", "name": cluster_name},
        },
    ]
    if release.rbac != "cluster-only" or hardened:
        objects += [
            {
                "apiVersion": RBAC_API,
                "kind": "Role",
                "metadata": {"name": epp, "namespace": ns, "labels": labels},
                "rules": watch,
            },
            {
                "apiVersion": RBAC_API,
                "kind": "RoleBinding",
                "metadata": {"name": epp, "namespace": ns},
                "subjects": subject,
                "roleRef": {"apiGroup": RBAC_GROUP, "kind": "Role", "name": epp},
            },
        ]
    return objects


def _leader_election(ns: str, epp: str, labels: dict) -> list[dict[str, Any]]:
    role = f"{epp}-leader-election"
    return [
        {
            "apiVersion": RBAC_API,
            "kind": "Role",
            "metadata": {"name": role, "namespace": ns, "labels": labels},
            "rules": [
                {
                    "apiGroups": ["coordination.k8s.io"],
                    "resources": ["leases"],
                    "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
                {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]},
            ],
        },
        {
            "apiVersion": RBAC_API,
            "kind": "RoleBinding",
            "metadata": {"name": f"{epp}-leader-election-binding", "namespace": ns},
            "subjects": [{"kind": "ServiceAccount", "name": epp}],
            "roleRef": {"apiGroup": RBAC_GROUP, "kind": "Role", "name": role},
        },
    ]


def _prometheus(ns: str, epp: str, labels: dict, props: InferencePoolProps) -> list[dict[str, Any]]:
    secret = props.monitoring_secret.name
    return [
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "kubernetes.io/service-account-token",
            "metadata": {
                "name": secret,
                "namespace": ns,
                "labels": labels,
                "annotations": {"kubernetes.io/service-account.name": epp},
            },
        },
        {
            "apiVersion": "monitoring.coreos.com/v1",
            "kind": "ServiceMonitor",
            "metadata": {"name": f"{epp}-monitor", "namespace": ns, "labels": labels},
            "spec": {
                "endpoints": [
                    {
                        "interval": props.monitoring_interval,
                        "port": "http-metrics",
                        "path": "/metrics",
                        "authorization": {"credentials": {"key": "token", "name": secret}},
                    }
                ],
                "jobLabel": epp,
                "namespaceSelector": {"matchNames": [ns]},
                "selector": {"matchLabels": dict(labels)},
            },
        },
    ]


def _gke(
    name: str, ns: str, labels: dict, props: InferencePoolProps, release: ChartRelease, group: str
) -> list[dict[str, Any]]:
    target = {"group": group, "kind": "InferencePool", "name": name}
    check = {"requestPath": "/health", "port": _health_port(props), "portSpecification": "USE_FIXED_PORT"}
    health = {**release.health_check_timing, "config": {"type": "HTTP", "httpHealthCheck": check}}
    backend: dict[str, Any] = {"timeoutSec": 300}
    if release.backend_logging:
        backend["logging"] = {"enabled": True}
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


def _cluster_pod_monitoring(
    name: str, ns: str, labels: dict, selector: dict, props: InferencePoolProps
) -> dict[str, Any]:
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
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "type": "kubernetes.io/service-account-token",
            "metadata": {
                "name": secret,
                "namespace": ns,
                "labels": labels,
                "annotations": {"kubernetes.io/service-account.name": reader_sa},
            },
        },
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
            "rules": _rules((_METRICS_RULE,), ""),
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
