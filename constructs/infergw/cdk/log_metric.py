"""``ErrorDetailMetric``: a log-based metric extracting the load balancer's ``proxyStatus``.

Written as ``prerequisites/<name>.json`` (the LogMetric definition of Google's guide) and
``prerequisites/<name>.sh`` (the ``gcloud logging metrics create`` call). The monitored resource
follows the Gateway class, since each GKE class is a different load balancer.
"""

from __future__ import annotations

import json

from infergw.cdk.chart import emit_file
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.gcloud import script

#: GatewayClass -> Cloud Logging monitored resource of its load balancer's request logs.
MONITORED_RESOURCES = {
    "gke-l7-global-external-managed": "http_load_balancer",
    "gke-l7-regional-external-managed": "http_external_regional_lb_rule",
    "gke-l7-rilb": "internal_http_lb_rule",
    "gke-l7-cross-regional-internal-managed": "internal_http_lb_rule",
}


def error_detail_metric(monitored_resource: str) -> dict[str, object]:
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


class ErrorDetailMetric(Construct):
    """The error-detail log-based metric for the load balancer of ``gateway_class``.

    :param name: metric name. default: error_detail_metric
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        gateway_class: str,
        name: str = "error_detail_metric",
        project: str = "PROJECT_ID",
    ) -> None:
        super().__init__(scope, construct_id)
        resource = MONITORED_RESOURCES.get(gateway_class)
        if resource is None:
            raise ConstructError(
                LazyPath(self), f"gateway_class={gateway_class!r}: choose one of {', '.join(MONITORED_RESOURCES)}"
            )
        self.definition = json.dumps(error_detail_metric(resource), indent=2) + "\n"
        self.script = script(
            f"Creates the log-based metric {name} from {name}.json (written beside this script).",
            {"PROJECT_ID": project},
            [
                f'gcloud logging metrics create {name} --project "$PROJECT_ID" \\\n    --config-from-file="$(dirname "$0")/{name}.json"'
            ],
        )
        emit_file(self, f"{name}.json", self.definition)
        emit_file(self, f"{name}.sh", self.script)
