"""``ModelServerMonitoring``: a Managed Prometheus PodMonitoring for the model servers a pool selects."""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.monitoring import ModelServerMonitoringProps, render_model_server_monitoring
from infergw.settings import PropsError


class ModelServerMonitoring(Construct):
    """A PodMonitoring for the model-server pods ``pool`` selects, in the pool's namespace.

    :param pool: the pool; its selector finds the pods
    :param props: port, interval and path. default: the pool's first target port, every 15s, /metrics

    Attributes: ``body``.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        pool: PoolRef,
        props: ModelServerMonitoringProps = ModelServerMonitoringProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_model_server_monitoring(pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        emit(self, "Resource", self.body)
