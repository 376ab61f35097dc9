"""``MetricsAdapter``: the custom-metrics Stackdriver adapter, so HPAs can read Cloud Monitoring metrics.

The objects and the IAM script are :mod:`infergw.render.metrics_adapter`'s; this construct emits
them (the script as ``prerequisites/metrics-adapter-iam.sh``).
"""

from __future__ import annotations

from infergw.cdk.chart import emit_all, emit_file
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.render.metrics_adapter import AdapterProps, render_adapter
from infergw.settings import PropsError


class MetricsAdapter(Construct):
    """The custom-metrics Stackdriver adapter (see :mod:`infergw.render.metrics_adapter`).

    :param props: namespace, image tag, resources, project, flags. default: the guide's values

    Attributes: ``objects`` (the Kubernetes objects, in the guide's order), ``iam_script`` (the
    reviewable gcloud script) and ``files`` (``{file name: text}`` written under ``prerequisites/``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        props: AdapterProps = AdapterProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            rendered = render_adapter(props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.props = props
        self.objects = list(rendered.objects)
        self.iam_script = rendered.iam_script
        self.files = dict(rendered.files)
        emit_all(self, self.objects)
        for file_name, text in self.files.items():
            emit_file(self, file_name, text)
