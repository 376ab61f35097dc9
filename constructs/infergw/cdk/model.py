"""``InferenceModel``: a model served by a v0.3.0 pool (``inference.networking.x-k8s.io/v1alpha2``)."""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.objective import ModelProps, object_ref, render_model
from infergw.settings import PropsError


class InferenceModel(Construct):
    """An InferenceModel for a v0.3.0 ``pool``.

    :param name: object name
    :param pool: the pool it applies to (``InferencePoolStack.pool_ref`` of a v0.3.0 pool)
    :param props: the model name clients send, criticality and rewrites
    """

    def __init__(
        self, scope: constructs.Construct, construct_id: str, name: str, *, pool: PoolRef, props: ModelProps
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_model(name, pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.ref = object_ref(self.body)
        emit(self, "Resource", self.body)
