"""``BodyBasedRouter``: the router that puts the request body's model into a header, for model-aware
routes (:mod:`infergw.render.body_router`)."""

from __future__ import annotations

import dataclasses

from infergw.cdk.chart import emit_all
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import ObjectRef
from infergw.render.body_router import BodyRouterProps, model_header, render_body_router
from infergw.settings import PropsError


class BodyBasedRouter(Construct):
    """GAIE's body-based router for ``gateway``: its Deployment, Service, RBAC and, on GKE, the
    GCPRoutingExtension that calls it before routes are chosen and its HealthCheckPolicy.

    :param gateway: the Gateway it serves (``InferenceGateway.ref``); the router goes in its namespace
    :param props: the chart's values. default: the chart's, hardened
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        gateway: ObjectRef,
        props: BodyRouterProps = BodyRouterProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        if props.namespace is None and gateway.namespace:
            props = dataclasses.replace(props, namespace=gateway.namespace)
        try:
            self.objects = render_body_router(gateway, props)
            self.model_header: str | None = model_header(props)
            """The header route rules match to select a pool by model (None if no plugin writes one)."""
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.props = props
        emit_all(self, self.objects)
