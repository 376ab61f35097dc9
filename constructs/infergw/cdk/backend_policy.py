"""``BackendPolicy``: a GCPBackendPolicy for an inference pool (access logging and the rest).

Emits what :mod:`infergw.render.backend_policy` renders; ``targetRef`` follows the pool's API version.
"""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.backend_policy import BackendPolicyProps, render_backend_policy
from infergw.settings import PropsError


class BackendPolicy(Construct):
    """A GCPBackendPolicy ``name`` for ``pool``, in the pool's namespace.

    :param name: object name
    :param pool: the pool it applies to (``InferencePoolStack.pool_ref``)
    :param props: its settings. default: access logging of half the requests, the rest GKE's
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        props: BackendPolicyProps = BackendPolicyProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_backend_policy(name, pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        emit(self, "Resource", self.body)
