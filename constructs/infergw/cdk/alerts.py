"""``InferenceAlerts``: the four alerts of Google's guide (and any of your own), in the forms you choose.

The rules, their forms and their checks are :mod:`infergw.render.alerts`; this construct emits them.
"""

from __future__ import annotations

from infergw.cdk.chart import emit, emit_file
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.render.alerts import AlertsProps, render_alerts
from infergw.settings import PropsError


class InferenceAlerts(Construct):
    """The guide's four alerts (and ``props.extra_alerts``) in ``props.forms``.

    :param props: name, namespace, release, thresholds, forms, extra alerts. default: the guide's
        alerts as the rules file and a Managed Prometheus Rules object in ``default``

    Attributes: ``rules`` (the alerts), ``rules_file`` (the plain file's text), ``objects`` (the
    emitted Kubernetes objects), ``files`` (``{file name: text}`` written under ``prerequisites/``).
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        props: AlertsProps = AlertsProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            rendered = render_alerts(props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.props = props
        self.rules = list(rendered.rules)
        self.rules_file = rendered.rules_file
        self.files = dict(rendered.files)
        self.objects = list(rendered.objects)
        for file_name, text in self.files.items():
            emit_file(self, file_name, text)
        for obj in self.objects:
            emit(self, obj["kind"], obj)
