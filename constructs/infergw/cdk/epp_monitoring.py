"""``EppMonitoring``: collection of a pool's endpoint-picker metrics by Managed Prometheus, as the
v1.0.2 chart does it on GKE (for a pool installed without it; see :mod:`infergw.render.monitoring`)."""

from __future__ import annotations

from infergw.cdk.chart import emit_all
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.monitoring import EppMonitoringProps, render_epp_monitoring
from infergw.settings import PropsError


class EppMonitoring(Construct):
    """The picker's PodMonitoring with its token Secret and RBAC, as the v1.0.2 chart renders them on GKE.

    :param pool: the pool whose picker to scrape; the picker is found by the chart's selector
        label ``inferencepool: <pool>-epp``
    :param props: scrape interval and Autopilot. default: every 10s, a Standard cluster

    Attributes: ``objects``.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        pool: PoolRef,
        props: EppMonitoringProps = EppMonitoringProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.objects = render_epp_monitoring(pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        emit_all(self, self.objects)
