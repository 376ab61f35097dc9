"""infergw: typed cdk8s constructs and checks for the GKE Inference Gateway.

Construct classes are loaded on first use, so that importing the package (for example for the
validator or the command line) does not start Node.js.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: Public name -> module that defines it.
_EXPORTS = {
    "InferenceCrds": "infergw.crds",
    "InferencePoolStack": "infergw.inferencepool",
    "InferencePoolProps": "infergw.inferencepool",
    "EppImage": "infergw.inferencepool",
    "MonitoringSecret": "infergw.inferencepool",
    "InferenceObjective": "infergw.objective",
    "InferenceModel": "infergw.objective",
    "TargetModel": "infergw.objective",
    "InferenceGateway": "infergw.gateway",
    "Listener": "infergw.gateway",
    "InferenceRoute": "infergw.route",
    "RouteRule": "infergw.route",
    "Backend": "infergw.route",
    "Match": "infergw.route",
    "HeaderMatch": "infergw.route",
    "Chart": "infergw.objects",
    "ModelArmorExtension": "infergw.model_armor",
    "ModelArmorTemplate": "infergw.model_armor",
    "ApigeeExtension": "infergw.apigee",
    "ApigeeLocation": "infergw.apigee",
    "BackendPolicy": "infergw.backend_policy",
    "AccessLogging": "infergw.backend_policy",
    "CustomMetric": "infergw.backend_policy",
    "Iap": "infergw.backend_policy",
    "HealthCheck": "infergw.backend_policy",
    "ErrorDetailMetric": "infergw.log_metric",
    "MetricsAdapter": "infergw.metrics_adapter",
    "AdapterOptions": "infergw.metrics_adapter",
    "PoolAutoscaler": "infergw.autoscaler",
    "InferenceAlerts": "infergw.alerts",
    "Thresholds": "infergw.alerts",
    "Alert": "infergw.alerts",
    "ModelServerMonitoring": "infergw.monitoring",
    "EppMonitoring": "infergw.monitoring",
    "MetricsReaderSecret": "infergw.monitoring",
    "plan_migration": "infergw.migration",
    "MigrationOptions": "infergw.migration",
    "Migration": "infergw.migration_phase",
    "MigrationPhase": "infergw.migration_phase",
    "StackConfig": "infergw.config",
    "load_config": "infergw.config",
    "build_app": "infergw.stack",
    "synthesize": "infergw.synthesis",
    "GkeVersion": "infergw.versions",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'infergw' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
