"""``MetricsReaderSecret``: the token Secret a v0.3.0 / v1.0.0 chart's ``ClusterPodMonitoring``
authenticates with, and its RBAC (see :mod:`infergw.render.monitoring`)."""

from __future__ import annotations

from infergw.cdk.chart import emit_all
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.render.monitoring import MetricsReaderSecretProps, render_metrics_reader_secret
from infergw.settings import PropsError


class MetricsReaderSecret(Construct):
    """The token Secret the older charts' ClusterPodMonitoring reads but never creates, with its RBAC.

    Those charts reference ``gke.monitoringSecret`` (default ``inference-gateway-sa-metrics-reader-secret``
    in ``default``) without creating it; without it the collector cannot scrape the picker. This
    creates, with the upstream guides' names as defaults: a ServiceAccount, its token Secret, a
    ClusterRole allowing ``GET /metrics`` bound to the ServiceAccount, and a ClusterRole allowing
    the managed collector to read that one Secret, bound to the collector.

    :param props: the names and Autopilot. default: the upstream guides' names, a Standard cluster

    Attributes: ``objects``.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        props: MetricsReaderSecretProps = MetricsReaderSecretProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.objects = render_metrics_reader_secret(props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        emit_all(self, self.objects)
