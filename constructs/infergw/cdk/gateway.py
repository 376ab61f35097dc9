"""``InferenceGateway``: a Gateway API ``Gateway`` on one of GKE's managed classes."""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import ObjectRef
from infergw.render.gateway import GatewayProps, gateway_ref, render_gateway
from infergw.settings import PropsError


class InferenceGateway(Construct):
    """A Gateway for inference traffic on one of GKE's managed Gateway classes.

    :param name: object name
    :param props: its class, listeners, namespace and annotations. default: gke-l7-regional-external-managed
        with one HTTP listener on port 80, namespace unset

    ``ref`` is what routes and traffic extensions attach to.
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        name: str,
        *,
        props: GatewayProps = GatewayProps(),  # noqa: B008 (frozen)
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_gateway(name, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.props = props
        self.ref: ObjectRef = gateway_ref(name, props)
        """What routes and traffic extensions attach to."""
        self.listener_names = tuple(listener.name for listener in props.listeners)
        emit(self, "Resource", self.body)
