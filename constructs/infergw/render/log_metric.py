"""The error-detail log-based metric: the load balancer's ``proxyStatus`` as a metric label.

Two files under ``prerequisites/``: ``<name>.json`` (the LogMetric definition of Google's guide)
and ``<name>.sh`` (the ``gcloud logging metrics create`` call). The monitored resource follows the
Gateway class, since each GKE class is a different load balancer. Node-free.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from infergw.gcloud import script
from infergw.settings import Grammar, PropsError, check_props, setting

#: GatewayClass -> Cloud Logging monitored resource of its load balancer's request logs.
MONITORED_RESOURCES = {
    "gke-l7-global-external-managed": "http_load_balancer",
    "gke-l7-regional-external-managed": "http_external_regional_lb_rule",
    "gke-l7-rilb": "internal_http_lb_rule",
    "gke-l7-cross-regional-internal-managed": "internal_http_lb_rule",
}
#: The metric's name in Google's guide.
DEFAULT_METRIC_NAME = "error_detail_metric"
#: Metric names: what Cloud Logging accepts that is also a plain file name and a shell word.
METRIC_NAME = Grammar(
    r"[A-Za-z0-9_][A-Za-z0-9_.-]*",
    "a metric name: letters, digits, '_', '-' and '.', starting with a letter, digit or '_'",
    100,
)


@dataclass(frozen=True)
class ErrorDetailMetricProps:
    """The load balancer the metric reads and the project the script creates it in."""

    gateway_class: str = setting(
        choices=tuple(MONITORED_RESOURCES), doc="GatewayClass of the Gateway whose load balancer logs are read."
    )
    project: str = setting(
        "PROJECT_ID", doc="Project the script creates the metric in. default: PROJECT_ID (a placeholder to edit)"
    )


def error_detail_metric(monitored_resource: str) -> dict[str, Any]:
    """The LogMetric definition (fields and values as in Google's guide)."""
    return {
        "description": "Metric to extract error details from load balancer logs.",
        "filter": f'resource.type="{monitored_resource}"',
        "metricDescriptor": {
            "metricKind": "DELTA",
            "valueType": "INT64",
            "labels": [
                {
                    "key": "error_detail",
                    "valueType": "STRING",
                    "description": "The detailed error string from the load balancer.",
                }
            ],
        },
        "labelExtractors": {"error_detail": "EXTRACT(jsonPayload.proxyStatus)"},
    }


def error_detail_metric_files(name: str, props: ErrorDetailMetricProps) -> dict[str, str]:
    """``{<name>.json: definition, <name>.sh: script}``, the prerequisites files of metric ``name``."""
    if (problem := METRIC_NAME.problem(name) if isinstance(name, str) else METRIC_NAME.rule) is not None:
        raise PropsError("name", name, f"use {problem}")
    check_props(props)
    definition = json.dumps(error_detail_metric(MONITORED_RESOURCES[props.gateway_class]), indent=2) + "\n"
    text = script(
        f"Creates the log-based metric {name} from {name}.json (written beside this script).",
        {"PROJECT_ID": props.project},
        [
            f'gcloud logging metrics create {name} --project "$PROJECT_ID" \\\n'
            f'    --config-from-file="$(dirname "$0")/{name}.json"'
        ],
    )
    return {f"{name}.json": definition, f"{name}.sh": text}
