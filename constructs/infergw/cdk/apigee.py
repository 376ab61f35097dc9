"""``ApigeeExtension``: Apigee API management on a Gateway.

An ``ApigeeBackendService`` (``apim.googleapis.com/v1``; shaped as Google's guide writes it, since
no public CRD exists) and a ``GCPTrafficExtension`` that calls it, with the
``apigee-extension-processor`` metadata naming it. Needs GKE 1.34 or later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, LazyPath
from infergw.cdk.traffic_extension import BackendRef, Event, Extension, traffic_extension
from infergw.errors import ConstructError
from infergw.names import DNS_SUBDOMAIN, GCP_REGION
from infergw.refs import ObjectRef

APIGEE_API = "apim.googleapis.com/v1"
_NETWORK = re.compile(r"^projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/global/networks/[a-z]([-a-z0-9]*[a-z0-9])?$")
_SUBNETWORK = re.compile(
    r"^projects/[a-z][a-z0-9-]{4,28}[a-z0-9]/regions/[a-z]+-[a-z]+[0-9]+/subnetworks/[a-z]([-a-z0-9]*[a-z0-9])?$"
)


@dataclass(frozen=True)
class ApigeeLocation:
    """Where the Apigee instance runs and the cluster network it reaches.

    :param name: region, e.g. us-central1
    :param network: ``projects/<project>/global/networks/<network>``
    :param subnetwork: ``projects/<project>/regions/<region>/subnetworks/<subnet>`` (Private Service Connect)
    """

    name: str
    network: str
    subnetwork: str


class ApigeeExtension(Construct):
    """Apigee on a Gateway: the ApigeeBackendService ``name`` and the traffic extension calling it.

    :param gateway: the Gateway (``InferenceGateway.ref``)
    :param location: the Apigee instance's location and network
    :param apigee_env: Apigee environment. default: unset (the operator generates one)
    :param default_security_enabled: Apigee's default API-key check. default: unset
    :param traffic_extension_name: default: ``<name>-traffic-extension``
    :param chain_name: default: ``<name>-chain``
    :param extension_name: default: ``<name>-extension``
    :param supported_events: default: RequestHeaders, ResponseHeaders, ResponseBody
    :param timeout: default: 1s
    :param fail_open: default: False
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str,
        *,
        gateway: ObjectRef,
        location: ApigeeLocation,
        apigee_env: str | None = None,
        default_security_enabled: bool | None = None,
        traffic_extension_name: str | None = None,
        chain_name: str | None = None,
        extension_name: str | None = None,
        supported_events: Sequence[Event] = ("RequestHeaders", "ResponseHeaders", "ResponseBody"),
        timeout: str = "1s",
        fail_open: bool = False,
        path_prefix: str | None = "/",
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if len(name) > 253 or not DNS_SUBDOMAIN.match(name):
            raise ConstructError(
                path, f"name={name!r}: the ApigeeBackendService's name must be lower-case letters, digits, '-' and '.'"
            )
        if not GCP_REGION.match(location.name):
            raise ConstructError(
                path, f"location.name={location.name!r}: give the Apigee instance's region, e.g. us-central1"
            )
        if not _NETWORK.match(location.network):
            raise ConstructError(
                path, f"location.network={location.network!r}: write projects/<project>/global/networks/<network>"
            )
        if not _SUBNETWORK.match(location.subnetwork):
            raise ConstructError(
                path,
                f"location.subnetwork={location.subnetwork!r}: write projects/<project>/regions/<region>/subnetworks/<subnet>",
            )
        if apigee_env is not None and not apigee_env:
            raise ConstructError(path, "apigee_env: give the environment name, or leave it unset")
        spec: dict[str, object] = {
            "locations": {"name": location.name, "network": location.network, "subnetwork": location.subnetwork}
        }
        if apigee_env is not None:
            spec["apigeeEnv"] = apigee_env
        if default_security_enabled is not None:
            spec["defaultSecurityEnabled"] = default_security_enabled
        meta = {"name": name} | ({"namespace": gateway.namespace} if gateway.namespace else {})
        self.backend_service = {
            "apiVersion": APIGEE_API,
            "kind": "ApigeeBackendService",
            "metadata": meta,
            "spec": spec,
        }
        extension = Extension(
            name=extension_name or f"{name}-extension",
            supported_events=tuple(supported_events),
            backend=BackendRef(name, kind="ApigeeBackendService", port=443),
            timeout=timeout,
            fail_open=fail_open,
            metadata={"apigee-extension-processor": name},
        )
        try:
            self.traffic_extension = traffic_extension(
                traffic_extension_name or f"{name}-traffic-extension",
                gateway,
                chain_name or f"{name}-chain",
                [extension],
                path_prefix=path_prefix,
            )
        except ValueError as exc:
            raise ConstructError(path, str(exc)) from None
        emit(self, "BackendService", self.backend_service)
        emit(self, "TrafficExtension", self.traffic_extension)
