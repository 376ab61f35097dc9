"""``InferenceRoute``: an HTTPRoute that sends traffic to inference pools, weighted (:mod:`infergw.render.route`)."""

from __future__ import annotations

from collections.abc import Sequence

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import ObjectRef
from infergw.render.route import RouteProps, RouteRule, render_route, route_ref
from infergw.settings import PropsError


class InferenceRoute(Construct):
    """An HTTPRoute attached to a Gateway, routing to inference pools; written in the gateway's namespace.

    :param name: object name
    :param gateway: the Gateway (``InferenceGateway.ref``)
    :param rules: 1 to 16 rules, each with 1 to 16 backends (``Backend(pool.pool_ref, weight)``)
    :param props: the timeouts of every rule that sets none. default: unset (the Gateway's)
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str,
        *,
        gateway: ObjectRef,
        rules: Sequence[RouteRule],
        props: RouteProps = RouteProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_route(name, gateway, rules, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.props = props
        self.ref: ObjectRef = route_ref(name, gateway)
        emit(self, "Resource", self.body)
