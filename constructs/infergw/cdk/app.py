"""The default app: what ``infergw synth`` and ``cdk8s synth`` build from a :class:`StackConfig`.

Two charts, each an output directory:

* ``crds/``: the inference-extension CRDs the cluster needs (:class:`InferenceCrds`), applied first;
* the stack (``config.name``, default ``inference-gateway/``): every pool with its endpoint picker
  (:class:`InferencePoolStack`, the chart's objects), its objectives (v1.0.x) or models (v0.3.0),
  the Gateway and the HTTPRoute that sends traffic to every pool.

Every object carries ``app.kubernetes.io/managed-by: infergw``, the way a Helm install is labelled
``managed-by: Helm``, so ``kubectl get ... -l app.kubernetes.io/managed-by=infergw`` finds them.
"""

from __future__ import annotations

from typing import Any

from infergw.argocd import application_files
from infergw.cdk.alerts import InferenceAlerts
from infergw.cdk.apigee import ApigeeExtension
from infergw.cdk.autoscaler import PoolAutoscaler
from infergw.cdk.chart import Chart
from infergw.cdk.crds import InferenceCrds
from infergw.cdk.gateway import InferenceGateway
from infergw.cdk.metrics_adapter import MetricsAdapter
from infergw.cdk.model import InferenceModel
from infergw.cdk.model_armor import ModelArmorExtension
from infergw.cdk.model_server_monitoring import ModelServerMonitoring
from infergw.cdk.objective import InferenceObjective
from infergw.cdk.pool import InferencePoolStack
from infergw.cdk.route import InferenceRoute
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.config.loader import PoolConfig, StackConfig
from infergw.errors import ConfigError
from infergw.policy.engine import EXCEPTION_PREFIX
from infergw.refs import ObjectRef
from infergw.releases import POOL_V1ALPHA2, get_release
from infergw.render.alerts import AlertsProps, Thresholds
from infergw.render.apigee import ApigeeLocation, ApigeeProps
from infergw.render.autoscaler import AutoscalerProps
from infergw.render.gateway import GatewayProps, Listener
from infergw.render.metrics_adapter import AdapterProps
from infergw.render.model_armor import ModelArmorProps, ModelArmorTemplate
from infergw.render.objective import ModelProps, ObjectiveProps
from infergw.render.pool import EppImage, InferencePoolProps
from infergw.render.route import Backend, RouteProps, RouteRule
from infergw.validation import ValidationOptions
from infergw.versions import gateway_api_release

#: Output directory (chart id) of the custom-metrics adapter.
METRICS_ADAPTER_CHART = "metrics-adapter"

#: Output directory (chart id) of the inference-extension CRDs.
CRDS_CHART = "crds"
#: Labels of every object the default app synthesizes.
LABELS = {"app.kubernetes.io/managed-by": "infergw"}


def render_stack(app: cdk8s.App, config: StackConfig, argocd: tuple[str, str] | None = None) -> dict[str, str]:
    """The output tree of ``app`` (built from ``config``, plus any constructs added to it), validated
    for the config's releases, with Argo CD Applications for ``argocd`` (repository URL, the output's
    path in it) or else for ``config.argocd``. What ``infergw synth`` and a scaffolded ``main.py`` write."""
    files = render(app, validation_options(config))
    target = argocd or ((config.argocd.repo_url, config.argocd.path) if config.argocd else None)
    if target is not None:
        try:
            files |= application_files(files, *target)
        except ValueError as exc:
            raise ConfigError(f"argocd: {exc}") from None
    return files


def validation_options(config: StackConfig) -> ValidationOptions:
    """How to validate the app of ``config``: its release's CRDs, the Gateway API its GKE version
    serves, references to objects outside the app (model servers, the cluster's) as warnings."""
    return ValidationOptions(
        inference_release=config.release,
        gateway_release=gateway_api_release(config.gke_version),
        allow_external_refs=True,
    )


def pool_props(pool: PoolConfig, config: StackConfig) -> InferencePoolProps:
    """The chart values a pool entry of the config file stands for."""
    chart = get_release(config.release).deployable().chart
    assert chart is not None
    ports: dict[str, Any] = {"target_port_number": pool.target_ports[0]}
    if "target_ports" in chart.values:  # v0.3.0's pool only has targetPortNumber
        ports["target_ports"] = pool.target_ports
    image = EppImage(hub=pool.image.hub, name=pool.image.name, tag=pool.image.tag, pull_policy=pool.image.pull_policy)  # type: ignore[arg-type]
    optional: dict[str, Any] = {}
    if pool.api_version is not None:
        optional["api_version"] = pool.api_version
    if pool.model_server_type != "vllm":
        optional["model_server_type"] = pool.model_server_type
    if pool.flags is not None:
        optional["flags"] = dict(pool.flags)
    return InferencePoolProps(
        match_labels=pool.match_labels,
        release=config.release,
        namespace=config.namespace,
        provider=pool.provider,
        replicas=pool.replicas,
        image=image,
        **ports,
        **optional,  # type: ignore[arg-type]
        pool_annotations=exception_annotations(_provider_exceptions(pool) | pool.policy_exceptions),
    )


#: Why a pool of provider none needs no GKE policies (the exception the pool-gke-policies rule reads).
PROVIDER_NONE_REASON = (
    "provider none: no GKE load balancer serves this pool, so GKE backend and health-check policies do not apply"
)


def _provider_exceptions(pool: PoolConfig) -> dict[str, str]:
    return {"pool-gke-policies": PROVIDER_NONE_REASON} if pool.provider == "none" else {}


def exception_annotations(exceptions: dict[str, str]) -> dict[str, str]:
    """Policy exceptions (policy name -> reason) as the annotations the policy engine reads."""
    return {f"{EXCEPTION_PREFIX}{policy}": reason for policy, reason in sorted(exceptions.items())}


def build_app(config: StackConfig) -> cdk8s.App:
    """Build the cdk8s app for ``config``; each chart becomes one output directory."""
    app = cdk8s.App()
    crds = Chart(app, CRDS_CHART, labels=LABELS)
    # A v1alpha2 pool on v1.0.x needs that release's v1alpha2 InferencePool CRD too.
    alpha = any(p.api_version == POOL_V1ALPHA2 for p in config.pools)
    InferenceCrds(crds, "inference", release=config.release, gke_version=config.gke_version, include_alpha_pool=alpha)
    if not config.pools:
        return app
    stack = Chart(app, config.name, labels=LABELS)
    listeners = [Listener(x.name, x.port, x.protocol, x.hostname, x.tls_certificate) for x in config.listeners]  # type: ignore[arg-type]
    gateway = InferenceGateway(
        stack,
        "gateway",
        config.gateway_name,
        props=GatewayProps(
            gateway_class=config.gateway_class,
            listeners=listeners,
            namespace=config.namespace,
            annotations=exception_annotations(config.gateway_policy_exceptions),
        ),
    )
    backends = []
    for pool in config.pools:
        pool_stack = InferencePoolStack(stack, pool.name, pool.name, pool_props(pool, config))
        for objective in pool.objectives:
            InferenceObjective(
                pool_stack,
                f"objective-{objective.name}",
                objective.name,
                pool=pool_stack.pool_ref,
                props=ObjectiveProps(priority=objective.priority),
            )
        for model in pool.models:
            InferenceModel(
                pool_stack,
                f"model-{model.name}",
                model.name,
                pool=pool_stack.pool_ref,
                props=ModelProps(model_name=model.model_name, criticality=model.criticality),  # type: ignore[arg-type]
            )
        backends.append(Backend(pool_stack.pool_ref, pool.weight))
        if pool.autoscaling is not None:
            a = pool.autoscaling
            PoolAutoscaler(
                pool_stack,
                "autoscaler",
                pool=pool_stack.pool_ref,
                props=AutoscalerProps(
                    cluster=config.cluster or "",
                    deployment=a.deployment,
                    min_replicas=a.min_replicas,
                    max_replicas=a.max_replicas,
                    target_kv_cache_utilization=a.target_kv_cache_utilization,
                    target_queue_size=a.target_queue_size,
                ),
            )
        if config.observability.model_servers:
            ModelServerMonitoring(pool_stack, "model-servers", pool=pool_stack.pool_ref)
    InferenceRoute(
        stack,
        "route",
        config.route_name,
        gateway=gateway.ref,
        rules=[RouteRule(backends=backends)],
        props=RouteProps(request_timeout=config.request_timeout),
    )
    _security(stack, config, gateway.ref)
    _observability(app, stack, config)
    return app


def _security(stack: Chart, config: StackConfig, gateway: ObjectRef) -> None:
    """The Gateway's traffic extensions from ``security`` (Model Armor, Apigee)."""
    if config.model_armor is not None:
        armor = config.model_armor
        ModelArmorExtension(
            stack,
            "model-armor",
            "model-armor",
            gateway=gateway,
            props=ModelArmorProps(
                project=armor.project,
                location=armor.location,
                templates=tuple(ModelArmorTemplate(m, prompt, response) for m, prompt, response in armor.templates),
            ),
        )
    if config.apigee is not None:
        apigee = config.apigee
        ApigeeExtension(
            stack,
            "apigee",
            apigee.name,
            gateway=gateway,
            props=ApigeeProps(
                location=ApigeeLocation(*apigee.location),
                apigee_env=apigee.apigee_env,
                default_security_enabled=apigee.default_security_enabled,
            ),
        )


def _observability(app: cdk8s.App, stack: Chart, config: StackConfig) -> None:
    """Alerts (in the stack) and the custom-metrics adapter (its own directory) from ``observability``."""
    alerts = config.observability.alerts
    if alerts is not None:
        defaults = Thresholds()
        thresholds = Thresholds(
            latency_p99_seconds=alerts.get("latencyP99Seconds", defaults.latency_p99_seconds),
            error_rate=alerts.get("errorRate", defaults.error_rate),
            queue_size=alerts.get("queueSize", defaults.queue_size),
            kv_cache_utilization=alerts.get("kvCacheUtilization", defaults.kv_cache_utilization),
            for_duration=alerts.get("for", defaults.for_duration),
        )
        forms = alerts.get("forms", AlertsProps().forms)
        props = AlertsProps(
            namespace=config.namespace,
            release=config.release,
            thresholds=thresholds,
            forms=tuple(forms) if isinstance(forms, list) else forms,
        )
        InferenceAlerts(stack, "alerts", props=props)
    adapter = config.observability.metrics_adapter
    if adapter is not None:
        defaults_adapter = AdapterProps()
        MetricsAdapter(
            Chart(app, METRICS_ADAPTER_CHART, labels=LABELS),
            "adapter",
            props=AdapterProps(
                namespace=adapter.get("namespace", defaults_adapter.namespace),
                image_tag=adapter.get("imageTag", defaults_adapter.image_tag),
                project=adapter.get("project", defaults_adapter.project),
            ),
        )
