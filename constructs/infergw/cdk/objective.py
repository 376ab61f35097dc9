"""``InferenceObjective``: the objective of a workload on a pool (releases from v1.0 on)."""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.objective import ObjectiveProps, object_ref, render_objective
from infergw.settings import PropsError


class InferenceObjective(Construct):
    """An InferenceObjective for ``pool``, written in the pool's namespace and its release's group.

    :param name: object name (the objective clients select, e.g. ``food-review``)
    :param pool: the pool it applies to (``InferencePoolStack.pool_ref``)
    :param props: its settings. default: no priority
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        props: ObjectiveProps = ObjectiveProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_objective(name, pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.ref = object_ref(self.body)
        emit(self, "Resource", self.body)
