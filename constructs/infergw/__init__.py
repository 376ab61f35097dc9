"""infergw: typed cdk8s constructs and offline checks for the GKE Inference Gateway.

Names load on first use, so importing the package (for the validator or the command line) does
not start Node.js; a type checker sees the real classes through the imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.2.0"

#: Public name -> module that defines it. A test checks that it matches the imports below.
_EXPORTS = {
    # constructs (cdk8s layer: loading one starts Node.js)
    "Chart": "infergw.cdk.chart",
    "InferenceCrds": "infergw.cdk.crds",
    "InferencePoolStack": "infergw.cdk.pool",
    "InferenceObjective": "infergw.cdk.objective",
    "InferenceModel": "infergw.cdk.model",
    "InferenceModelRewrite": "infergw.cdk.model_rewrite",
    "InferenceGateway": "infergw.cdk.gateway",
    "InferenceRoute": "infergw.cdk.route",
    "BodyBasedRouter": "infergw.cdk.body_router",
    "ModelArmorExtension": "infergw.cdk.model_armor",
    "ApigeeExtension": "infergw.cdk.apigee",
    "BackendPolicy": "infergw.cdk.backend_policy",
    "HealthCheck": "infergw.cdk.health_check",
    "ErrorDetailMetric": "infergw.cdk.log_metric",
    "MetricsAdapter": "infergw.cdk.metrics_adapter",
    "PoolAutoscaler": "infergw.cdk.autoscaler",
    "InferenceAlerts": "infergw.cdk.alerts",
    "ModelServerMonitoring": "infergw.cdk.model_server_monitoring",
    "EppMonitoring": "infergw.cdk.epp_monitoring",
    "MetricsReaderSecret": "infergw.cdk.metrics_reader_secret",
    "StackNamespace": "infergw.cdk.namespace",
    "Migration": "infergw.cdk.migration",
    "MigrationPhase": "infergw.cdk.migration",
    "build_app": "infergw.cdk.app",
    "synthesize": "infergw.cdk.synthesis",
    # props and plain data (Node-free)
    "InferencePoolProps": "infergw.render.pool",
    "EppImage": "infergw.render.pool",
    "MonitoringSecret": "infergw.render.pool",
    "ObjectiveProps": "infergw.render.objective",
    "ModelProps": "infergw.render.objective",
    "TargetModel": "infergw.render.objective",
    "ModelRewriteProps": "infergw.render.model_rewrite",
    "RewriteRule": "infergw.render.model_rewrite",
    "RewriteTarget": "infergw.render.model_rewrite",
    "GatewayProps": "infergw.render.gateway",
    "Listener": "infergw.render.gateway",
    "RouteProps": "infergw.render.route",
    "RouteRule": "infergw.render.route",
    "Backend": "infergw.render.route",
    "Match": "infergw.render.route",
    "HeaderMatch": "infergw.render.route",
    "model_rule": "infergw.render.route",
    "BodyRouterProps": "infergw.render.body_router",
    "BodyRouterImage": "infergw.render.body_router",
    "BodyRouterPlugin": "infergw.render.body_router",
    "BodyRouterTracing": "infergw.render.body_router",
    "ModelArmorProps": "infergw.render.model_armor",
    "ModelArmorTemplate": "infergw.render.model_armor",
    "ApigeeProps": "infergw.render.apigee",
    "ApigeeLocation": "infergw.render.apigee",
    "BackendPolicyProps": "infergw.render.backend_policy",
    "AccessLogging": "infergw.render.backend_policy",
    "CustomMetric": "infergw.render.backend_policy",
    "Iap": "infergw.render.backend_policy",
    "HealthCheckProps": "infergw.render.health_check",
    "ErrorDetailMetricProps": "infergw.render.log_metric",
    "AdapterProps": "infergw.render.metrics_adapter",
    "AutoscalerProps": "infergw.render.autoscaler",
    "AlertsProps": "infergw.render.alerts",
    "Thresholds": "infergw.render.alerts",
    "Alert": "infergw.render.alerts",
    "EppMonitoringProps": "infergw.render.monitoring",
    "MetricsReaderSecretProps": "infergw.render.monitoring",
    "ModelServerMonitoringProps": "infergw.render.monitoring",
    "plan_migration": "infergw.migration.plan",
    "MigrationOptions": "infergw.migration.plan",
    "StackConfig": "infergw.config.loader",
    "load_config": "infergw.config.loader",
    "GkeVersion": "infergw.versions",
    "PoolRef": "infergw.refs",
    "ObjectRef": "infergw.refs",
}

# The imports below are re-exports (``__all__`` is built from ``_EXPORTS``, which ruff cannot read).
# ruff: noqa: F401
if TYPE_CHECKING:
    from infergw.cdk.alerts import InferenceAlerts
    from infergw.cdk.apigee import ApigeeExtension
    from infergw.cdk.app import build_app
    from infergw.cdk.autoscaler import PoolAutoscaler
    from infergw.cdk.backend_policy import BackendPolicy
    from infergw.cdk.body_router import BodyBasedRouter
    from infergw.cdk.chart import Chart
    from infergw.cdk.crds import InferenceCrds
    from infergw.cdk.epp_monitoring import EppMonitoring
    from infergw.cdk.gateway import InferenceGateway
    from infergw.cdk.health_check import HealthCheck
    from infergw.cdk.log_metric import ErrorDetailMetric
    from infergw.cdk.metrics_adapter import MetricsAdapter
    from infergw.cdk.metrics_reader_secret import MetricsReaderSecret
    from infergw.cdk.migration import Migration, MigrationPhase
    from infergw.cdk.model import InferenceModel
    from infergw.cdk.model_armor import ModelArmorExtension
    from infergw.cdk.model_rewrite import InferenceModelRewrite
    from infergw.cdk.model_server_monitoring import ModelServerMonitoring
    from infergw.cdk.namespace import StackNamespace
    from infergw.cdk.objective import InferenceObjective
    from infergw.cdk.pool import InferencePoolStack
    from infergw.cdk.route import InferenceRoute
    from infergw.cdk.synthesis import synthesize
    from infergw.config.loader import StackConfig, load_config
    from infergw.migration.plan import MigrationOptions, plan_migration
    from infergw.refs import ObjectRef, PoolRef
    from infergw.render.alerts import Alert, AlertsProps, Thresholds
    from infergw.render.apigee import ApigeeLocation, ApigeeProps
    from infergw.render.autoscaler import AutoscalerProps
    from infergw.render.backend_policy import AccessLogging, BackendPolicyProps, CustomMetric, Iap
    from infergw.render.body_router import BodyRouterImage, BodyRouterPlugin, BodyRouterProps, BodyRouterTracing
    from infergw.render.gateway import GatewayProps, Listener
    from infergw.render.health_check import HealthCheckProps
    from infergw.render.log_metric import ErrorDetailMetricProps
    from infergw.render.metrics_adapter import AdapterProps
    from infergw.render.model_armor import ModelArmorProps, ModelArmorTemplate
    from infergw.render.model_rewrite import ModelRewriteProps, RewriteRule, RewriteTarget
    from infergw.render.monitoring import EppMonitoringProps, MetricsReaderSecretProps, ModelServerMonitoringProps
    from infergw.render.objective import ModelProps, ObjectiveProps, TargetModel
    from infergw.render.pool import EppImage, InferencePoolProps, MonitoringSecret
    from infergw.render.route import Backend, HeaderMatch, Match, RouteProps, RouteRule, model_rule
    from infergw.versions import GkeVersion

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'infergw' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
