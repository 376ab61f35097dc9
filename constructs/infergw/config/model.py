"""The config file's shape: sections built from the constructs' own props.

Each section is a settings dataclass whose keys are, where a construct takes them, that
construct's props flattened in (:func:`~infergw.settings.flatten`): the same field, default,
limits and documentation serve the construct, this file's schema and the docs. What only the
config has (names of objects, which pools a route weighs, policy exceptions) is declared here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from infergw.cluster import pool_crd_releases
from infergw.names import GKE_VERSION_RULE, NAMESPACE_NAME, OBJECT_NAME, POOL_NAME_RULE
from infergw.releases import DEFAULT_RELEASE, GATEWAY_API, chart_release_ids
from infergw.render.alerts import AlertsProps
from infergw.render.apigee import ApigeeProps
from infergw.render.autoscaler import AutoscalerProps
from infergw.render.body_router import BodyRouterProps
from infergw.render.gateway import GatewayProps
from infergw.render.log_metric import ErrorDetailMetricProps
from infergw.render.metrics_adapter import AdapterProps
from infergw.render.model_armor import ModelArmorProps
from infergw.render.model_rewrite import ModelRewriteProps
from infergw.render.objective import ModelProps, ObjectiveProps
from infergw.render.pool import InferencePoolProps
from infergw.render.route import RouteProps
from infergw.settings import Grammar, flatten, setting

#: A policy exception's reason: any text that says why.
REASON = Grammar(r"[\s\S]*\S[\s\S]*", "the reason for the exception, as text")
#: The stack's output directory: a DNS label other than the directories of their own.
RESERVED_DIRECTORIES = frozenset({"crds", "metrics-adapter", "argocd", "prerequisites"})
OUTPUT_DIRECTORY = Grammar(
    r"(?!(crds|metrics-adapter|argocd|prerequisites)$)[a-z0-9]([-a-z0-9]*[a-z0-9])?",
    "a directory name of lower-case letters, digits and '-', other than "
    + ", ".join(sorted(RESERVED_DIRECTORIES))
    + " (directories of their own)",
    63,
)
EXCEPTIONS_DOC = "Policy name: reason, written as the exception annotations the policies read (policy/README.md)."


@dataclass(frozen=True)
class ObjectiveEntry:
    """An InferenceObjective of the pool (releases from v1.0 on)."""

    name: str = setting(grammar=OBJECT_NAME, doc="The objective's name (what clients select, e.g. food-review).")
    objective: ObjectiveProps = flatten(doc="The objective's settings.", default_factory=ObjectiveProps)


@dataclass(frozen=True)
class ModelEntry:
    """An InferenceModel of the pool (release v0.3.0)."""

    name: str = setting(grammar=OBJECT_NAME, doc="The InferenceModel object's name.")
    model: ModelProps = flatten(doc="The model's settings.")


@dataclass(frozen=True)
class RewriteEntry:
    """An InferenceModelRewrite of the pool: requests for one model name served by weighted targets."""

    name: str = setting(grammar=OBJECT_NAME, doc="The InferenceModelRewrite object's name.")
    rewrite: ModelRewriteProps = flatten(doc="The rewrite's rules.")


@dataclass(frozen=True)
class AutoscalingEntry:
    """An autoscaler of the pool's model servers (needs the top-level ``cluster``)."""

    autoscaler: AutoscalerProps = flatten(doc="The autoscaler's settings.", exclude=("cluster",))


@dataclass(frozen=True)
class PoolEntry:
    """One pool: the model servers it selects, its endpoint picker, its workloads and policies."""

    name: str = setting(grammar=POOL_NAME_RULE, doc="The pool's name (the Helm release name upstream would use).")
    chart: InferencePoolProps = flatten(
        doc="The pool's chart values.", exclude=("release", "namespace", "pool_annotations")
    )
    weight: int | None = setting(
        None, minimum=0, maximum=1_000_000, doc="Share of the route's traffic. default: equal shares"
    )
    objectives: tuple[ObjectiveEntry, ...] = setting(
        (), unique_by="name", doc="InferenceObjectives (releases from v1.0 on)."
    )
    models: tuple[ModelEntry, ...] = setting((), unique_by="name", doc="InferenceModels (release v0.3.0).")
    served_models: tuple[str, ...] = setting(
        (),
        unique=True,
        items_grammar=Grammar(r".{1,4096}", "a model name of 1 to 4096 characters", 4096),
        doc="The model names (base models and LoRA adapters) clients send to this pool: with bodyBasedRouting, "
        "the route matches them in the router's header. Pools listing the same models share them by weight; "
        "pools listing none take the requests no other rule matches. default: none",
    )
    rewrites: tuple[RewriteEntry, ...] = setting(
        (), unique_by="name", doc="InferenceModelRewrites (releases that serve them: v1.2 on, llm-d-router)."
    )
    autoscaling: AutoscalingEntry | None = setting(None, doc="An HPA for the model servers. default: none")
    policy_exceptions: Mapping[str, str] = setting(default_factory=dict, items_grammar=REASON, doc=EXCEPTIONS_DOC)


@dataclass(frozen=True)
class GatewayEntry:
    """The Gateway every route attaches to."""

    name: str = setting("inference-gateway", grammar=OBJECT_NAME, doc="The Gateway's name.")
    gateway: GatewayProps = flatten(
        doc="The Gateway's settings.", exclude=("namespace", "annotations"), default_factory=GatewayProps
    )
    policy_exceptions: Mapping[str, str] = setting(default_factory=dict, items_grammar=REASON, doc=EXCEPTIONS_DOC)


@dataclass(frozen=True)
class RouteEntry:
    """The HTTPRoute that sends requests to the pools, by weight."""

    name: str = setting("llm-route", grammar=OBJECT_NAME, doc="The HTTPRoute's name.")
    route: RouteProps = flatten(doc="The route's settings.", default_factory=RouteProps)


@dataclass(frozen=True)
class BodyRoutingEntry:
    """Body-based routing: GAIE's router copies the request body's model into a header that the route's
    rules match (pools' ``servedModels``), attached to the Gateway by a GCPRoutingExtension."""

    router: BodyRouterProps = flatten(
        doc="The body-based-routing chart's values.", exclude=("namespace",), default_factory=BodyRouterProps
    )


@dataclass(frozen=True)
class ModelArmorEntry:
    """Model Armor screening on the Gateway (a GCPTrafficExtension)."""

    armor: ModelArmorProps = flatten(doc="Model Armor's settings.")
    name: str = setting("model-armor", grammar=OBJECT_NAME, doc="Name of the GCPTrafficExtension.")


@dataclass(frozen=True)
class ApigeeEntry:
    """Apigee API management on the Gateway (an ApigeeBackendService and its GCPTrafficExtension)."""

    name: str = setting(grammar=OBJECT_NAME, doc="Name of the ApigeeBackendService.")
    apigee: ApigeeProps = flatten(doc="Apigee's settings.")


@dataclass(frozen=True)
class SecurityEntry:
    """Traffic extensions that screen or manage requests at the Gateway."""

    model_armor: ModelArmorEntry | None = setting(None, doc="Model Armor. default: none")
    apigee: ApigeeEntry | None = setting(None, doc="Apigee. default: none")


@dataclass(frozen=True)
class AlertsEntry:
    """The alerts, in the stack's namespace, reading the metric names of the stack's release."""

    alerts: AlertsProps = flatten(
        doc="The alerts' settings.", exclude=("namespace", "release"), default_factory=AlertsProps
    )


@dataclass(frozen=True)
class ErrorDetailMetricEntry:
    """The log-based metric of the load balancer's error details: a LogMetric definition and the
    gcloud script that creates it, in ``prerequisites/``, for the Gateway's class."""

    metric: ErrorDetailMetricProps = flatten(doc="The metric's settings.", exclude=("gateway_class",))


@dataclass(frozen=True)
class ObservabilityEntry:
    """Metric collection, alerts and the custom-metrics adapter."""

    alerts: AlertsEntry | None = setting(None, doc="The four alerts of Google's guide. default: none")
    metrics_adapter: AdapterProps | None = setting(
        None, doc="The custom-metrics Stackdriver adapter, in its own output directory. default: none"
    )
    model_servers: bool = setting(False, doc="A PodMonitoring for every pool's model servers.")
    error_detail_metric: ErrorDetailMetricEntry | None = setting(
        None, doc="The error-detail log-based metric of Google's guide (a script in prerequisites/). default: none"
    )


@dataclass(frozen=True)
class ArgoCdEntry:
    """One Argo CD Application per output directory, written into ``<out>/argocd/``."""

    repo_url: str = setting(key="repoURL", grammar=Grammar(r"\S+", "a Git repository URL"), doc="The repository.")
    path: str = setting(
        "dist",
        grammar=Grammar(r"(?!/)(?!.*(^|/)\.\.(/|$))[^\s]+", "a path inside the repository, such as dist"),
        doc="Where the output directory is in that repository.",
    )


@dataclass(frozen=True)
class StackConfig:
    """``infergw.yaml``: what ``infergw synth`` builds."""

    pools: tuple[PoolEntry, ...] = setting(min_items=1, unique_by="name", doc="The inference pools (at least one).")
    release: str = setting(
        DEFAULT_RELEASE, choices=chart_release_ids(), doc="The inference release every pool is rendered with."
    )
    gke_version: str | None = setting(
        None,
        grammar=GKE_VERSION_RULE,
        doc="The cluster's GKE version: decides which CRDs GKE already ships. default: unknown (all are emitted)",
    )
    cluster_gateway_api: str | None = setting(
        None,
        choices=tuple(GATEWAY_API),
        doc="The Gateway API release whose CRDs the cluster serves, for GKE versions the GKE table does not "
        "cover. default: the one the GKE version installs (up to GKE 1.35), else the newest GKE is known to install",
    )
    cluster_inference_pool_crd: str | None = setting(
        None,
        choices=pool_crd_releases(),
        doc="The release whose v1 InferencePool CRD the cluster already has (GKE's own): it is not emitted and "
        "pools are checked against it. default: the stack's release when the GKE version installs the CRD, else none",
    )
    name: str = setting(
        "inference-gateway", grammar=OUTPUT_DIRECTORY, doc="The stack's output directory (dist/<name>/)."
    )
    namespace: str = setting(
        "default", grammar=NAMESPACE_NAME, doc="Namespace of the pools, their pickers, the Gateway and the route."
    )
    cluster: str | None = setting(
        None, grammar=Grammar(r"\S+", "the GKE cluster name"), doc="GKE cluster name; autoscaling needs it."
    )
    gateway: GatewayEntry = setting(default_factory=GatewayEntry, doc="The Gateway.")
    route: RouteEntry = setting(default_factory=RouteEntry, doc="The HTTPRoute.")
    body_based_routing: BodyRoutingEntry | None = setting(
        None, doc="Body-based routing: one Gateway, each model routed to its pools. default: none"
    )
    security: SecurityEntry = setting(default_factory=SecurityEntry, doc="Traffic extensions.")
    observability: ObservabilityEntry = setting(default_factory=ObservabilityEntry, doc="Observability.")
    argocd: ArgoCdEntry | None = setting(None, doc="Argo CD Applications for the output. default: none")
