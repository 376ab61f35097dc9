"""``HealthCheck``: a HealthCheckPolicy probing an inference pool's model servers.

Emits what :mod:`infergw.render.health_check` renders; ``targetRef`` follows the pool's API version.
"""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.health_check import HealthCheckProps, render_health_check
from infergw.settings import PropsError


class HealthCheck(Construct):
    """A HealthCheckPolicy ``name`` for ``pool``, in the pool's namespace.

    :param name: object name
    :param pool: the pool probed (``InferencePoolStack.pool_ref``)
    :param props: its settings. default: HTTP on /health at the pool's first target port, GKE's timings
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        props: HealthCheckProps = HealthCheckProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_health_check(name, pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        emit(self, "Resource", self.body)
