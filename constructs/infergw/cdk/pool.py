"""``InferencePoolStack``: an InferencePool and its endpoint picker, as the upstream chart installs them."""

from __future__ import annotations

from infergw.cdk.chart import emit_all
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.pool import InferencePoolProps, epp_name, pool_ref, render_pool_stack
from infergw.settings import PropsError


class InferencePoolStack(Construct):
    """An InferencePool with its endpoint picker: what the upstream chart of ``props.release`` renders.

    :param scope: parent construct (a chart)
    :param construct_id: construct id, unique in ``scope``
    :param name: the pool's name (the Helm release name): at most 53 characters
    :param props: the chart values, with the chart's defaults
    """

    def __init__(self, scope: constructs.Construct, construct_id: str, name: str, props: InferencePoolProps) -> None:
        super().__init__(scope, construct_id)
        try:
            self.objects = render_pool_stack(name, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.props = props
        self.name = name
        self.pool_ref: PoolRef = pool_ref(name, props)
        """What routes, objectives, policies and autoscalers need to point at this pool."""
        emit_all(self, self.objects)

    @property
    def api_version(self) -> str:
        return self.pool_ref.api_version

    @property
    def epp_name(self) -> str:
        """Name of the endpoint picker's Deployment and Service."""
        return epp_name(self.name)
