"""``InferenceModelRewrite``: rewrite the model a request names, with weighted targets (llm-d-router on)."""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.model_rewrite import ModelRewriteProps, render_model_rewrite
from infergw.render.objective import object_ref
from infergw.settings import PropsError


class InferenceModelRewrite(Construct):
    """An InferenceModelRewrite for ``pool``, written in the pool's namespace and its release's group.

    :param name: object name
    :param pool: the pool whose requests it rewrites (``InferencePoolStack.pool_ref``)
    :param props: its rules (required: at least one rule with a target)
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        props: ModelRewriteProps,
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_model_rewrite(name, pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.ref = object_ref(self.body)
        emit(self, "Resource", self.body)
