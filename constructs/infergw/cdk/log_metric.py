"""``ErrorDetailMetric``: the log-based metric extracting the load balancer's ``proxyStatus``.

Writes what :mod:`infergw.render.log_metric` renders to ``prerequisites/``: ``<name>.json`` (the
LogMetric definition) and ``<name>.sh`` (the ``gcloud logging metrics create`` call).
"""

from __future__ import annotations

from infergw.cdk.chart import emit_file
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.render.log_metric import DEFAULT_METRIC_NAME, ErrorDetailMetricProps, error_detail_metric_files
from infergw.settings import PropsError


class ErrorDetailMetric(Construct):
    """The error-detail log-based metric ``name`` for the load balancer of ``props.gateway_class``.

    :param name: metric name (and the files' names). default: error_detail_metric, as Google's guide
    :param props: the Gateway class and the project
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str = DEFAULT_METRIC_NAME,
        *,
        props: ErrorDetailMetricProps,
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.files = error_detail_metric_files(name, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.definition = self.files[f"{name}.json"]
        """The LogMetric definition (JSON)."""
        self.script = self.files[f"{name}.sh"]
        """The script creating the metric."""
        for file_name, text in self.files.items():
            emit_file(self, file_name, text)
