"""``ApigeeExtension``: Apigee API management on a Gateway.

Emits what :mod:`infergw.render.apigee` renders: the ``ApigeeBackendService`` and the
``GCPTrafficExtension`` that calls it. Needs GKE 1.34 or later.
"""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.refs import ObjectRef
from infergw.render.apigee import ApigeeProps, render_apigee
from infergw.settings import PropsError


class ApigeeExtension(Construct):
    """Apigee on a Gateway: the ApigeeBackendService ``name`` and the traffic extension calling it.

    :param name: name of the ApigeeBackendService (the traffic extension, chain and extension are
        named after it by default)
    :param gateway: the Gateway governed (``InferenceGateway.ref``)
    :param props: the Apigee instance's location and the traffic extension's settings
    """

    def __init__(
        self, scope: constructs.Construct, construct_id: str, name: str, *, gateway: ObjectRef, props: ApigeeProps
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.backend_service, self.traffic_extension = render_apigee(name, gateway, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        emit(self, "BackendService", self.backend_service)
        emit(self, "TrafficExtension", self.traffic_extension)
