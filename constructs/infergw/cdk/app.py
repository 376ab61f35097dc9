"""The default app: what ``infergw synth`` and ``cdk8s synth`` build from a :class:`StackConfig`.

Charts, each an output directory:

* ``crds/``: the inference-extension CRDs the cluster needs (:class:`InferenceCrds`), applied first;
* the stack (``config.name``, default ``inference-gateway/``): its Namespace unless ``default``,
  every pool with its endpoint picker (:class:`InferencePoolStack`, the chart's objects), its
  objectives or models, rewrites, autoscaler and metric collection, the Gateway, the body-based
  router when ``bodyBasedRouting`` is set, the HTTPRoute that sends traffic to the pools (by weight,
  or by model name: :mod:`infergw.config.routing`), the traffic extensions of ``security`` and the alerts;
* ``metrics-adapter/`` when ``observability.metricsAdapter`` is set; gcloud scripts and the
  log-based metric in ``prerequisites/``.

Every object carries ``app.kubernetes.io/managed-by: infergw``, the way a Helm install is labelled
``managed-by: Helm``, so ``kubectl get ... -l app.kubernetes.io/managed-by=infergw`` finds them.
"""

from __future__ import annotations

import dataclasses

from infergw.argocd import application_files
from infergw.cdk.alerts import InferenceAlerts
from infergw.cdk.apigee import ApigeeExtension
from infergw.cdk.autoscaler import PoolAutoscaler
from infergw.cdk.body_router import BodyBasedRouter
from infergw.cdk.chart import Chart
from infergw.cdk.crds import InferenceCrds
from infergw.cdk.epp_monitoring import EppMonitoring
from infergw.cdk.gateway import InferenceGateway
from infergw.cdk.log_metric import ErrorDetailMetric
from infergw.cdk.metrics_adapter import MetricsAdapter
from infergw.cdk.metrics_reader_secret import MetricsReaderSecret
from infergw.cdk.model import InferenceModel
from infergw.cdk.model_armor import ModelArmorExtension
from infergw.cdk.model_rewrite import InferenceModelRewrite
from infergw.cdk.model_server_monitoring import ModelServerMonitoring
from infergw.cdk.namespace import StackNamespace
from infergw.cdk.objective import InferenceObjective
from infergw.cdk.pool import InferencePoolStack
from infergw.cdk.route import InferenceRoute
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cluster import ClusterProfile, cluster_profile
from infergw.config.model import PoolEntry, StackConfig
from infergw.config.routing import route_rules
from infergw.errors import ConfigError
from infergw.policy.engine import EXCEPTION_PREFIX
from infergw.refs import ObjectRef, PoolRef
from infergw.releases import POOL_V1ALPHA2, get_release
from infergw.render.monitoring import EppMonitoringProps, MetricsReaderSecretProps
from infergw.render.pool import InferencePoolProps
from infergw.settings import PropsError, in_config_words
from infergw.validation import ValidationOptions
from infergw.versions import GkeVersion

#: Output directory (chart id) of the custom-metrics adapter.
METRICS_ADAPTER_CHART = "metrics-adapter"
#: Output directory (chart id) of the inference-extension CRDs.
CRDS_CHART = "crds"
#: Labels of every object the default app synthesizes.
LABELS = {"app.kubernetes.io/managed-by": "infergw"}
#: Why a pool of provider none needs no GKE policies (the exception the pool-gke-policies rule reads).
PROVIDER_NONE_REASON = (
    "provider none: no GKE load balancer serves this pool, so GKE backend and health-check policies do not apply"
)


def gke_version(config: StackConfig) -> GkeVersion | None:
    """The cluster's GKE version, if the config gives it."""
    return GkeVersion.parse(config.gke_version) if config.gke_version else None


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


def cluster(config: StackConfig) -> ClusterProfile:
    """What the cluster of ``config`` serves: from its GKE version and its ``cluster*`` keys (with the
    notes on what was assumed, which ``infergw synth`` prints)."""
    return cluster_profile(
        gke_version(config),
        release=config.release,
        gateway_api=config.cluster_gateway_api,
        inferencepool_crd=config.cluster_inference_pool_crd,
    )


def validation_options(config: StackConfig) -> ValidationOptions:
    """How to validate the app of ``config``: its release's CRDs, the Gateway API and InferencePool
    CRDs its cluster serves, the Kubernetes version of its GKE version, references to objects
    outside the app (model servers, the cluster's) as warnings."""
    profile = cluster(config)
    return ValidationOptions(
        kubernetes_version=profile.kubernetes_version,
        inference_release=config.release,
        gateway_release=profile.gateway_api,
        inferencepool_crd=profile.inferencepool_crd,
        allow_external_refs=True,
    )


def exception_annotations(exceptions: dict[str, str]) -> dict[str, str]:
    """Policy exceptions (policy name -> reason) as the annotations the policy engine reads."""
    return {f"{EXCEPTION_PREFIX}{policy}": reason for policy, reason in sorted(exceptions.items())}


def pool_props(pool: PoolEntry, config: StackConfig) -> InferencePoolProps:
    """The chart values of a pool entry, with its policy exceptions as the pool's annotations, and the
    chart's picker monitoring (``monitoring.gke``) on when an autoscaler or alerts read its metrics."""
    exceptions = dict(pool.policy_exceptions)
    if pool.chart.provider == "none":
        exceptions = {"pool-gke-policies": PROVIDER_NONE_REASON} | exceptions
    chart = get_release(config.release).chart
    opt_in = chart is not None and chart.gke_monitoring == "pod-monitoring"  # older charts always collect on GKE
    collected = pool.chart.gke_monitoring or (
        opt_in and pool.chart.provider == "gke" and reads_picker_metrics(pool, config)
    )
    return dataclasses.replace(pool.chart, pool_annotations=exception_annotations(exceptions), gke_monitoring=collected)


def reads_picker_metrics(pool: PoolEntry, config: StackConfig) -> bool:
    """Whether something in the stack reads ``pool``'s endpoint-picker metrics (its HPA, the alerts)."""
    return pool.autoscaling is not None or config.observability.alerts is not None


def build_app(config: StackConfig) -> cdk8s.App:
    """Build the cdk8s app for ``config``; each chart becomes one output directory."""
    app = cdk8s.App()
    crds = Chart(app, CRDS_CHART, labels=LABELS)
    # A v1alpha2 pool on a release with v1 pools needs that release's v1alpha2 InferencePool CRD too.
    alpha = any(p.chart.api_version == POOL_V1ALPHA2 for p in config.pools)
    InferenceCrds(
        crds,
        "inference",
        release=config.release,
        gke_version=gke_version(config),
        include_alpha_pool=alpha,
        cluster_has_pool_crd=config.cluster_inference_pool_crd is not None,
    )
    stack = Chart(app, config.name, labels=LABELS)
    if config.namespace != "default":
        # A fresh cluster has no such namespace; Argo CD syncs Namespaces in wave -1, before the rest.
        StackNamespace(stack, "namespace", config.namespace)
    gateway = InferenceGateway(
        stack,
        "gateway",
        config.gateway.name,
        props=dataclasses.replace(
            config.gateway.gateway,
            namespace=config.namespace,
            annotations=exception_annotations(dict(config.gateway.policy_exceptions)),
        ),
    )
    refs = [_pool(stack, pool, config) for pool in config.pools]
    _metrics_reader_secret(stack, config)
    if config.body_based_routing is not None:
        BodyBasedRouter(stack, "body-based-router", gateway=gateway.ref, props=config.body_based_routing.router)
    try:
        rules = route_rules(config, refs)
    except PropsError as exc:  # a StackConfig built in Python, not through the loader's checks
        raise ConfigError(in_config_words(StackConfig, str(exc))) from None
    InferenceRoute(stack, "route", config.route.name, gateway=gateway.ref, rules=rules, props=config.route.route)
    _security(stack, config, gateway.ref)
    _observability(app, stack, config)
    return app


def _pool(stack: Chart, pool: PoolEntry, config: StackConfig) -> PoolRef:
    """One pool entry: the pool stack, its objectives or models, rewrites, autoscaler and monitoring."""
    pool_stack = InferencePoolStack(stack, pool.name, pool.name, pool_props(pool, config))
    ref = pool_stack.pool_ref
    if pool.chart.provider == "none" and reads_picker_metrics(pool, config):
        # No chart monitoring without GKE: collect the picker's metrics as the v1.0.2 chart does.
        EppMonitoring(
            pool_stack, "picker-monitoring", pool=ref, props=EppMonitoringProps(autopilot=pool.chart.autopilot)
        )
    for objective in pool.objectives:
        InferenceObjective(
            pool_stack, f"objective-{objective.name}", objective.name, pool=ref, props=objective.objective
        )
    for model in pool.models:
        InferenceModel(pool_stack, f"model-{model.name}", model.name, pool=ref, props=model.model)
    for rewrite in pool.rewrites:
        InferenceModelRewrite(pool_stack, f"rewrite-{rewrite.name}", rewrite.name, pool=ref, props=rewrite.rewrite)
    if pool.autoscaling is not None:
        PoolAutoscaler(pool_stack, "autoscaler", pool=ref, props=pool.autoscaling.autoscaler)
    if config.observability.model_servers:
        ModelServerMonitoring(pool_stack, "model-servers", pool=ref)
    return ref


def _metrics_reader_secret(stack: Chart, config: StackConfig) -> None:
    """The token Secret a ClusterPodMonitoring of the v0.3.0/v1.0.0 charts authenticates with: those
    charts render the collector on GKE but never the Secret. One per stack, as the charts share it."""
    chart = get_release(config.release).chart
    gke = [p for p in config.pools if p.chart.provider == "gke"]
    if chart is None or chart.gke_monitoring != "cluster-pod-monitoring" or not gke:
        return
    secret = gke[0].chart.monitoring_secret
    props = MetricsReaderSecretProps(name=secret.name, namespace=secret.namespace, autopilot=gke[0].chart.autopilot)
    MetricsReaderSecret(stack, "metrics-reader-secret", props=props)


def _security(stack: Chart, config: StackConfig, gateway: ObjectRef) -> None:
    """The Gateway's traffic extensions from ``security`` (Model Armor, Apigee)."""
    armor, apigee = config.security.model_armor, config.security.apigee
    if armor is not None:
        ModelArmorExtension(stack, "model-armor", armor.name, gateway=gateway, props=armor.armor)
    if apigee is not None:
        ApigeeExtension(stack, "apigee", apigee.name, gateway=gateway, props=apigee.apigee)


def _observability(app: cdk8s.App, stack: Chart, config: StackConfig) -> None:
    """Alerts (in the stack), the custom-metrics adapter (its own directory) and the log-based metric
    (``prerequisites/``) from ``observability``."""
    alerts, adapter = config.observability.alerts, config.observability.metrics_adapter
    if alerts is not None:
        InferenceAlerts(stack, "alerts", props=alerts.alerts)
    if config.observability.error_detail_metric is not None:
        ErrorDetailMetric(stack, "error-detail-metric", props=config.observability.error_detail_metric.metric)
    if adapter is not None:
        MetricsAdapter(Chart(app, METRICS_ADAPTER_CHART, labels=LABELS), "adapter", props=adapter)
