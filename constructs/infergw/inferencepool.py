"""``InferencePoolStack``: an InferencePool and its endpoint picker, as the upstream chart renders them.

For each supported release this reproduces what the ``inferencepool`` Helm chart of that release
renders (``provider.name`` ``gke`` or ``none``): the pool, the endpoint picker (EPP) Deployment,
Service, ServiceAccount, RBAC (and leader-election RBAC with more than one replica), the plugins
ConfigMap, and on GKE the HealthCheckPolicy, GCPBackendPolicy and metrics collection. Every chart
value is a typed property with the chart's default. Release differences are data
(:data:`RELEASES`), not branches scattered through the code.

Profiles: ``hardened`` (the default) adds what the chart lacks: a non-root, read-only,
capability-free security context with the RuntimeDefault seccomp profile for the endpoint picker,
resource requests, and a PodDisruptionBudget when it runs more than one replica.
``chart-compatible`` renders exactly what the chart renders (used by the parity tests).

Deliberate differences from the chart in both profiles, each because the chart's output is
rejected or unusable:

* HealthCheckPolicy: the chart sets ``httpHealthCheck.port`` without ``portSpecification``; the
  GKE CRD's rules then treat the check as ``USE_SERVING_PORT`` and reject the port. We add
  ``portSpecification: USE_FIXED_PORT``, which keeps the chart's intent and passes.
* v0.3.0 ClusterRoleBinding: the chart omits ``roleRef.apiGroup``, which the API server requires.
* ``app.kubernetes.io/version`` is the release (the unpublished chart in the reference says 0.0.0).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from infergw.catalogue import check_release
from infergw.errors import ConstructError
from infergw.objects import emit
from infergw.refs import PoolRef
from infergw.runtime import Construct, LazyPath

POOL_V1 = "inference.networking.k8s.io/v1"
POOL_V1ALPHA2 = "inference.networking.x-k8s.io/v1alpha2"

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

TRITON_ARGS = (
    "--total-queued-requests-metric", "nv_trt_llm_request_metrics{request_type=waiting}",
    "--kv-cache-usage-percentage-metric", "nv_trt_llm_kv_cache_block_metrics{kv_cache_block_type=fraction}",
    "--lora-info-metric", "",
)


@dataclass(frozen=True)
class ChartRelease:
    """What one release of the upstream chart renders, as data."""

    image_tag: str
    pull_policy: str
    api_versions: tuple[str, ...]  # pool API versions the chart can render, default first
    default_flags: tuple[tuple[str, str], ...]
    config_map: bool  # plugins ConfigMap and --config-file
    leader_election: bool  # HA via replicas > 1 (v1.0.2) or enable_leader_election (v1.0.0)
    replicas_enable_leader_election: bool
    recreate_strategy: bool
    pool_group_arg: bool
    cluster_rbac_name_has_namespace: bool
    namespaced_role: bool  # pool/objective watch rights in a Role (v1.x) or a ClusterRole (v0.3.0)
    aggressive_health_check: bool
    backend_logging: bool
    monitoring: Literal["cluster-pod-monitoring", "pod-monitoring-optional"]
    readiness_initial_delay: bool
    env_always_namespace: bool


RELEASES: dict[str, ChartRelease] = {
    "v0.3.0": ChartRelease(
        image_tag="v0.3.0", pull_policy="IfNotPresent", api_versions=(POOL_V1ALPHA2,), default_flags=(),
        config_map=False, leader_election=False, replicas_enable_leader_election=False, recreate_strategy=False,
        pool_group_arg=False, cluster_rbac_name_has_namespace=False, namespaced_role=False,
        aggressive_health_check=False, backend_logging=False, monitoring="cluster-pod-monitoring",
        readiness_initial_delay=True, env_always_namespace=False,
    ),
    "v1.0.0": ChartRelease(
        image_tag="v1.0.0", pull_policy="Always", api_versions=(POOL_V1, POOL_V1ALPHA2), default_flags=(("v", "1"),),
        config_map=True, leader_election=True, replicas_enable_leader_election=False, recreate_strategy=False,
        pool_group_arg=False, cluster_rbac_name_has_namespace=False, namespaced_role=True,
        aggressive_health_check=False, backend_logging=True, monitoring="cluster-pod-monitoring",
        readiness_initial_delay=True, env_always_namespace=False,
    ),
    "v1.0.2": ChartRelease(
        image_tag="v1.0.2", pull_policy="Always", api_versions=(POOL_V1, POOL_V1ALPHA2), default_flags=(("v", "1"),),
        config_map=True, leader_election=True, replicas_enable_leader_election=True, recreate_strategy=True,
        pool_group_arg=True, cluster_rbac_name_has_namespace=True, namespaced_role=True,
        aggressive_health_check=True, backend_logging=True, monitoring="pod-monitoring-optional",
        readiness_initial_delay=False, env_always_namespace=True,
    ),
}


@dataclass(frozen=True)
class EppImage:
    """The endpoint picker image. default: ``registry.k8s.io/gateway-api-inference-extension/epp`` at the release tag."""

    hub: str = "registry.k8s.io/gateway-api-inference-extension"
    name: str = "epp"
    tag: str | None = None  # default: the release
    pull_policy: str | None = None  # default: the release's (Always; IfNotPresent for v0.3.0)


@dataclass(frozen=True)
class InferencePoolProps:
    """Properties of :class:`InferencePoolStack`; each mirrors a value of the chart.

    :param match_labels: ``inferencePool.modelServers.matchLabels``: labels of the model-server pods (required)
    :param release: inference-extension release. default: v1.0.2
    :param namespace: the release namespace. default: ``default``
    :param provider: ``provider.name``: ``gke`` adds GKE policies and monitoring. default: ``none``
    :param api_version: ``inferencePool.apiVersion``. default: v1 (v1alpha2 for v0.3.0)
    :param target_ports: ``inferencePool.targetPorts`` (v1 pool). default: (8000,)
    :param target_port_number: ``inferencePool.targetPortNumber`` (v1alpha2 pool, health check). default: 8000
    :param model_server_type: ``inferencePool.modelServerType``. default: vllm
    :param replicas: ``inferenceExtension.replicas``. default: 1
    :param enable_leader_election: v1.0.0's ``inferenceExtension.enableLeaderElection``. default: False
    :param image: ``inferenceExtension.image``. default: the release's EPP image
    :param ext_proc_port: ``inferenceExtension.extProcPort``. default: 9002
    :param env: ``inferenceExtension.env`` (container env entries). default: none
    :param flags: ``inferenceExtension.flags`` as (name, value) pairs. default: the release's (``v=1``)
    :param plugins_config_file: ``inferenceExtension.pluginsConfigFile``. default: default-plugins.yaml
    :param plugins_custom_config: ``inferenceExtension.pluginsCustomConfig`` (file name -> text). default: none
    :param extra_container_ports: ``inferenceExtension.extraContainerPorts``. default: none
    :param extra_service_ports: ``inferenceExtension.extraServicePorts``. default: none
    :param failure_mode: ``inferenceExtension.failureMode`` (v1alpha2 pool). default: FailClose
    :param monitoring_interval: ``inferenceExtension.monitoring.interval`` (v1.0.2). default: 10s
    :param gke_monitoring: ``inferenceExtension.monitoring.gke.enabled`` (v1.0.2). default: False
    :param autopilot: ``provider.gke.autopilot``. default: False
    :param monitoring_secret: ``gke.monitoringSecret`` (name, namespace) of v0.3.0/v1.0.0.
        default: (inference-gateway-sa-metrics-reader-secret, default)
    :param profile: ``hardened`` or ``chart-compatible`` (see the module docstring). default: hardened
    :param epp_requests: endpoint-picker resource requests (hardened profile). default: cpu 500m, memory 1Gi
    :param pool_annotations: annotations of the InferencePool object (for example a policy exception). default: none
    """

    match_labels: Mapping[str, str]
    release: str = "v1.0.2"
    namespace: str = "default"
    provider: Literal["none", "gke"] = "none"
    api_version: str | None = None
    target_ports: tuple[int, ...] = (8000,)
    target_port_number: int = 8000
    model_server_type: Literal["vllm", "triton-tensorrt-llm"] = "vllm"
    replicas: int = 1
    enable_leader_election: bool = False
    image: EppImage = field(default_factory=EppImage)
    ext_proc_port: int = 9002
    env: tuple[Mapping[str, Any], ...] = ()
    flags: tuple[tuple[str, str | int], ...] | None = None
    plugins_config_file: str = "default-plugins.yaml"
    plugins_custom_config: Mapping[str, str] = field(default_factory=dict)
    extra_container_ports: tuple[Mapping[str, Any], ...] = ()
    extra_service_ports: tuple[Mapping[str, Any], ...] = ()
    failure_mode: str = "FailClose"
    monitoring_interval: str = "10s"
    gke_monitoring: bool = False
    autopilot: bool = False
    monitoring_secret: tuple[str, str] = ("inference-gateway-sa-metrics-reader-secret", "default")
    profile: Literal["hardened", "chart-compatible"] = "hardened"
    epp_requests: Mapping[str, str] = field(default_factory=lambda: {"cpu": "500m", "memory": "1Gi"})
    pool_annotations: Mapping[str, str] = field(default_factory=dict)


class _Problems:
    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, field_name: str, value: Any, fix: str) -> None:
        raise ConstructError(self.path, f"{field_name}={value!r}: {fix}")


def _check(props: InferencePoolProps, name: str, path: str) -> ChartRelease:
    problems = _Problems(path)
    try:
        release = RELEASES[check_release(props.release)]
    except Exception as exc:  # noqa: BLE001 - re-raised with the construct path
        raise ConstructError(path, str(exc)) from None
    if not props.match_labels:
        problems.fail("match_labels", dict(props.match_labels), "give the labels of the model-server pods, e.g. {'app': 'vllm-llama3-8b-instruct'}")
    api_version = props.api_version or release.api_versions[0]
    if api_version not in release.api_versions:
        problems.fail("api_version", api_version, f"release {props.release} renders {' or '.join(release.api_versions)}")
    if not 1 <= len(props.target_ports) <= 8:
        problems.fail("target_ports", props.target_ports, "give 1 to 8 model-server ports (the v1 CRD's limit)")
    for port in (*props.target_ports, props.target_port_number, props.ext_proc_port):
        if not 1 <= port <= 65535:
            problems.fail("port", port, "ports are 1 to 65535")
    if props.replicas < 0:
        problems.fail("replicas", props.replicas, "use 0 or more endpoint-picker replicas")
    if len(name) > 40:
        problems.fail("name", name, "the chart truncates names to 40 characters; use a shorter pool name")
    if props.profile not in ("hardened", "chart-compatible"):
        problems.fail("profile", props.profile, "choose hardened or chart-compatible")
    return release


class InferencePoolStack(Construct):
    """An InferencePool with its endpoint picker, what the upstream chart installs (see the module docstring).

    :param name: the pool's name (the Helm release name)
    """

    def __init__(self, scope: Construct, construct_id: str, name: str, props: InferencePoolProps) -> None:
        super().__init__(scope, construct_id)
        release = _check(props, name, LazyPath(self))
        self.props = props
        self.name = name
        self.api_version = props.api_version or release.api_versions[0]
        self.objects = render_pool_stack(name, props, release)
        for obj in self.objects:
            emit(self, f"{obj['kind']}-{obj['metadata']['name']}", obj)

    @property
    def pool_ref(self) -> PoolRef:
        """What routes, objectives, policies and autoscalers need to point at this pool."""
        return PoolRef(
            self.api_version, "InferencePool", self.name, self.props.namespace,
            selector=tuple(sorted(self.props.match_labels.items())),
            target_port=self.props.target_ports[0] if self.api_version == POOL_V1 else self.props.target_port_number,
            release=self.props.release,
        )

    @property
    def epp_name(self) -> str:
        return f"{self.name}-epp"


def render_pool_stack(name: str, props: InferencePoolProps, release: ChartRelease) -> list[dict[str, Any]]:
    """The objects of one pool stack, as plain dicts."""
    ns = props.namespace
    epp = f"{name.lower().strip()[:40]}-epp"
    api_version = props.api_version or release.api_versions[0]
    group = api_version.split("/")[0]
    labels = {"app.kubernetes.io/name": epp, "app.kubernetes.io/version": props.release}
    selector = {"inferencepool": epp}
    ha = props.replicas > 1 if release.replicas_enable_leader_election else props.enable_leader_election
    objects: list[dict[str, Any]] = [
        _pool(name, ns, labels, props, api_version, epp),
        _deployment(name, ns, epp, labels, selector, props, release, group, ha),
        _service(ns, epp, labels, selector, props),
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": epp, "namespace": ns, "labels": labels}},
        *_rbac(name, ns, epp, labels, release, group),
    ]
    if release.config_map:
        data = {"default-plugins.yaml": DEFAULT_PLUGINS, **props.plugins_custom_config}
        objects.append({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": epp, "namespace": ns}, "data": data})
    if ha and release.leader_election:
        objects.extend(_leader_election(ns, epp, labels))
    if props.profile == "hardened" and props.replicas > 1:
        objects.append({"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": epp, "namespace": ns, "labels": labels},
                        "spec": {"minAvailable": 1, "selector": {"matchLabels": selector}}})
    if props.provider == "gke":
        objects.extend(_gke(name, ns, epp, labels, selector, props, release, group))
    return objects


def _pool(name: str, ns: str, labels: dict, props: InferencePoolProps, api_version: str, epp: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"name": name, "namespace": ns, "labels": labels}
    if props.pool_annotations:
        meta["annotations"] = dict(props.pool_annotations)
    if api_version == POOL_V1:
        spec: dict[str, Any] = {
            "targetPorts": [{"number": p} for p in props.target_ports],
            "selector": {"matchLabels": dict(props.match_labels)},
            "endpointPickerRef": {"name": epp, "port": {"number": props.ext_proc_port}},
        }
    else:
        extension: dict[str, Any] = {"name": epp}
        if props.release != "v0.3.0":
            extension |= {"portNumber": props.ext_proc_port, "failureMode": props.failure_mode}
        spec = {"targetPortNumber": props.target_port_number, "selector": dict(props.match_labels), "extensionRef": extension}
    return {"apiVersion": api_version, "kind": "InferencePool", "metadata": meta, "spec": spec}


def _container_args(name: str, ns: str, props: InferencePoolProps, release: ChartRelease, group: str, ha: bool) -> list[str]:
    if props.release == "v0.3.0":
        return ["-poolName", name, "-poolNamespace", ns, "-v", "3", "-grpcPort", "9002", "-grpcHealthPort", "9003", "-metricsPort", "9090"]
    args = ["--pool-name", name, "--pool-namespace", ns]
    if release.pool_group_arg:
        args += ["--pool-group", group]
    args += ["--zap-encoder", "json", "--config-file", f"/config/{props.plugins_config_file}"]
    flags = [arg for n, v in (props.flags if props.flags is not None else release.default_flags) for arg in (f"--{n}", str(v))]
    triton = list(TRITON_ARGS) if props.model_server_type == "triton-tensorrt-llm" else []
    if release.replicas_enable_leader_election:  # v1.0.2 order: triton metrics, HA flag, then flags
        return args + triton + (["--ha-enable-leader-election"] if ha else []) + flags
    return args + flags + triton


def _deployment(name: str, ns: str, epp: str, labels: dict, selector: dict, props: InferencePoolProps,
                release: ChartRelease, group: str, ha: bool) -> dict[str, Any]:
    probe_service = ("liveness", "readiness") if ha else ("inference-extension", "inference-extension")
    readiness: dict[str, Any] = {"grpc": {"port": 9003, "service": probe_service[1]}}
    readiness |= {"initialDelaySeconds": 5, "periodSeconds": 10} if release.readiness_initial_delay else {"periodSeconds": 2}
    container: dict[str, Any] = {
        "name": "epp",
        "image": f"{props.image.hub}/{props.image.name}:{props.image.tag or release.image_tag}",
        "imagePullPolicy": props.image.pull_policy or release.pull_policy,
        "args": _container_args(name, ns, props, release, group, ha),
        "ports": [
            {"name": "grpc", "containerPort": 9002},
            {"name": "grpc-health", "containerPort": 9003},
            {"name": "metrics", "containerPort": 9090},
            *[dict(p) for p in props.extra_container_ports],
        ],
        "livenessProbe": {"grpc": {"port": 9003, "service": probe_service[0]}, "initialDelaySeconds": 5, "periodSeconds": 10},
        "readinessProbe": readiness,
    }
    if props.release == "v0.3.0":
        container["env"] = [{"name": "USE_STREAMING", "value": "true"}]
    elif release.env_always_namespace:
        container["env"] = [{"name": "NAMESPACE", "valueFrom": {"fieldRef": {"fieldPath": "metadata.namespace"}}}, *map(dict, props.env)]
    elif props.env:
        container["env"] = [dict(e) for e in props.env]
    pod: dict[str, Any] = {"serviceAccountName": epp, "terminationGracePeriodSeconds": 130, "containers": [container]}
    if props.profile == "hardened":
        pod["securityContext"] = {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
        container["securityContext"] = {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True,
                                         "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}
        container["resources"] = {"requests": dict(props.epp_requests)}
    if release.config_map:
        container["volumeMounts"] = [{"name": "plugins-config-volume", "mountPath": "/config"}]
        pod["volumes"] = [{"name": "plugins-config-volume", "configMap": {"name": epp}}]
    spec: dict[str, Any] = {
        "replicas": props.replicas or 1,
        "selector": {"matchLabels": selector},
        "template": {"metadata": {"labels": selector}, "spec": pod},
    }
    if release.recreate_strategy:
        spec["strategy"] = {"type": "Recreate"}
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": epp, "namespace": ns, "labels": labels}, "spec": spec}


def _service(ns: str, epp: str, labels: dict, selector: dict, props: InferencePoolProps) -> dict[str, Any]:
    ports = [
        {"name": "grpc-ext-proc", "protocol": "TCP", "port": props.ext_proc_port},
        {"name": "http-metrics", "protocol": "TCP", "port": 9090},
        *[dict(p) for p in props.extra_service_ports],
    ]
    return {"apiVersion": "v1", "kind": "Service", "metadata": {"name": epp, "namespace": ns, "labels": labels},
            "spec": {"selector": selector, "ports": ports, "type": "ClusterIP"}}


def _rbac(name: str, ns: str, epp: str, labels: dict, release: ChartRelease, group: str) -> list[dict[str, Any]]:
    rbac = "rbac.authorization.k8s.io/v1"
    token_rules = [
        {"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]},
        {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
    ]
    subject = [{"kind": "ServiceAccount", "name": epp, "namespace": ns}]
    if not release.namespaced_role:  # v0.3.0: everything in one ClusterRole
        rules = [
            {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferencemodels", "inferencepools"], "verbs": ["get", "watch", "list"]},
            {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]},
            *token_rules,
        ]
        return [
            {"apiVersion": rbac, "kind": "ClusterRole", "metadata": {"name": epp, "labels": labels}, "rules": rules},
            {"apiVersion": rbac, "kind": "ClusterRoleBinding", "metadata": {"name": epp}, "subjects": subject,
             "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": epp}},
        ]
    cluster_name = f"{name.lower().strip()[:40]}-{ns.lower().strip()[:40]}-epp"[:84] if release.cluster_rbac_name_has_namespace else epp
    if release.pool_group_arg:
        watch = [
            {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferenceobjectives"], "verbs": ["get", "watch", "list"]},
            {"apiGroups": [group], "resources": ["inferencepools"], "verbs": ["get", "watch", "list"]},
        ]
    else:
        watch = [
            {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferenceobjectives", "inferencepools"], "verbs": ["get", "watch", "list"]},
            {"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools"], "verbs": ["get", "watch", "list"]},
        ]
    return [
        {"apiVersion": rbac, "kind": "ClusterRole", "metadata": {"name": cluster_name, "labels": labels}, "rules": token_rules},
        {"apiVersion": rbac, "kind": "ClusterRoleBinding", "metadata": {"name": cluster_name}, "subjects": subject,
         "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": cluster_name}},
        {"apiVersion": rbac, "kind": "Role", "metadata": {"name": epp, "namespace": ns, "labels": labels},
         "rules": [*watch, {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]}]},
        {"apiVersion": rbac, "kind": "RoleBinding", "metadata": {"name": epp, "namespace": ns}, "subjects": subject,
         "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": epp}},
    ]


def _leader_election(ns: str, epp: str, labels: dict) -> list[dict[str, Any]]:
    rbac = "rbac.authorization.k8s.io/v1"
    return [
        {"apiVersion": rbac, "kind": "Role", "metadata": {"name": f"{epp}-leader-election", "namespace": ns, "labels": labels},
         "rules": [
             {"apiGroups": ["coordination.k8s.io"], "resources": ["leases"], "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"]},
             {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]},
         ]},
        {"apiVersion": rbac, "kind": "RoleBinding", "metadata": {"name": f"{epp}-leader-election-binding", "namespace": ns},
         "subjects": [{"kind": "ServiceAccount", "name": epp}],
         "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": f"{epp}-leader-election"}},
    ]


def _gke(name: str, ns: str, epp: str, labels: dict, selector: dict, props: InferencePoolProps,
         release: ChartRelease, group: str) -> list[dict[str, Any]]:
    target = {"group": group, "kind": "InferencePool", "name": name}
    health: dict[str, Any] = {}
    if release.aggressive_health_check:
        health |= {"timeoutSec": 2, "checkIntervalSec": 2}
    health["config"] = {"type": "HTTP", "httpHealthCheck": {
        "requestPath": "/health", "port": props.target_port_number, "portSpecification": "USE_FIXED_PORT"}}
    backend: dict[str, Any] = {"timeoutSec": 300}
    if release.backend_logging:
        backend["logging"] = {"enabled": True}
    objects: list[dict[str, Any]] = [
        {"apiVersion": "networking.gke.io/v1", "kind": "HealthCheckPolicy", "metadata": {"name": name, "namespace": ns, "labels": labels},
         "spec": {"targetRef": target, "default": health}},
        {"apiVersion": "networking.gke.io/v1", "kind": "GCPBackendPolicy", "metadata": {"name": name, "namespace": ns, "labels": labels},
         "spec": {"targetRef": target, "default": backend}},
    ]
    if release.monitoring == "cluster-pod-monitoring":
        secret_name, secret_ns = props.monitoring_secret
        objects.append({
            "apiVersion": "monitoring.googleapis.com/v1", "kind": "ClusterPodMonitoring",
            "metadata": {"name": f"{ns}-{name}", "labels": labels},
            "spec": {"endpoints": [{"port": "metrics", "scheme": "http", "interval": "5s", "path": "/metrics",
                                    "authorization": {"type": "Bearer", "credentials": {"secret": {"name": secret_name, "key": "token", "namespace": secret_ns}}}}],
                     "selector": {"matchLabels": selector}},
        })
    elif props.gke_monitoring:
        objects.extend(_gke_pod_monitoring(name, ns, labels, selector, props))
    return objects


def _gke_pod_monitoring(name: str, ns: str, labels: dict, selector: dict, props: InferencePoolProps) -> list[dict[str, Any]]:
    reader_sa = f"{name}-metrics-reader-sa"
    secret = f"{name}-metrics-reader-secret"
    reader_role = f"{ns}-{name}-metrics-reader"
    secret_role = f"{name}-metrics-reader-secret-read"
    gmp_ns = "gke-gmp-system" if props.autopilot else "gmp-system"
    rbac = "rbac.authorization.k8s.io/v1"
    return [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": reader_sa, "namespace": ns}},
        {"apiVersion": "v1", "kind": "Secret", "type": "kubernetes.io/service-account-token",
         "metadata": {"name": secret, "namespace": ns, "labels": labels, "annotations": {"kubernetes.io/service-account.name": reader_sa}}},
        {"apiVersion": "monitoring.googleapis.com/v1", "kind": "PodMonitoring", "metadata": {"name": name, "namespace": ns, "labels": labels},
         "spec": {"endpoints": [{"port": "metrics", "scheme": "http", "interval": props.monitoring_interval, "path": "/metrics",
                                 "authorization": {"type": "Bearer", "credentials": {"secret": {"name": secret, "key": "token"}}}}],
                  "selector": {"matchLabels": selector}}},
        {"apiVersion": rbac, "kind": "ClusterRole", "metadata": {"name": reader_role},
         "rules": [{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}]},
        {"apiVersion": rbac, "kind": "ClusterRoleBinding", "metadata": {"name": f"{ns}-{name}-metrics-reader-role-binding"},
         "subjects": [{"kind": "ServiceAccount", "name": reader_sa, "namespace": ns}],
         "roleRef": {"kind": "ClusterRole", "name": reader_role, "apiGroup": "rbac.authorization.k8s.io"}},
        {"apiVersion": rbac, "kind": "Role", "metadata": {"name": secret_role},
         "rules": [{"resources": ["secrets"], "apiGroups": [""], "verbs": ["get", "list", "watch"], "resourceNames": [secret]}]},
        {"apiVersion": rbac, "kind": "RoleBinding", "metadata": {"name": f"{gmp_ns}:collector:{ns}-{name}-metrics-reader-secret-read", "namespace": ns},
         "roleRef": {"name": secret_role, "kind": "Role", "apiGroup": "rbac.authorization.k8s.io"},
         "subjects": [{"name": "collector", "namespace": gmp_ns, "kind": "ServiceAccount"}]},
    ]
