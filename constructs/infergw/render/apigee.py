"""Apigee API management on a Gateway.

An ``ApigeeBackendService`` (``apim.googleapis.com/v1``; shaped as Google's guide writes it, since
no public CRD exists) and a ``GCPTrafficExtension`` that calls it, with the
``apigee-extension-processor`` metadata naming it. Needs GKE 1.34 or later. Node-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infergw.names import GCP_NETWORK_RULE, GCP_REGION_RULE, GCP_SUBNETWORK_RULE, OBJECT_NAME
from infergw.refs import ObjectRef, object_metadata
from infergw.render.traffic_extension import (
    EXTENSION_NAME,
    EXTENSION_TIMEOUT,
    BackendRef,
    Event,
    Extension,
    check_name,
    check_timeout,
    path_matcher,
    traffic_extension,
)
from infergw.settings import Grammar, check_props, setting

APIGEE_API = "apim.googleapis.com/v1"
#: The port the traffic extension calls the ApigeeBackendService on (Google's guide).
APIGEE_PORT = 443
#: The metadata key naming the ApigeeBackendService.
PROCESSOR_KEY = "apigee-extension-processor"
#: Apigee environment names (the ApigeeBackendService schema: not empty).
APIGEE_ENV = Grammar(r".+", "an Apigee environment name (not empty)")


@dataclass(frozen=True)
class ApigeeLocation:
    """Where the Apigee instance runs and the cluster network it reaches."""

    name: str = setting(grammar=GCP_REGION_RULE, doc="Region of the Apigee instance, e.g. us-central1.")
    network: str = setting(grammar=GCP_NETWORK_RULE, doc="``projects/<project>/global/networks/<network>``.")
    subnetwork: str = setting(
        grammar=GCP_SUBNETWORK_RULE,
        doc="``projects/<project>/regions/<region>/subnetworks/<subnet>`` (Private Service Connect).",
    )


@dataclass(frozen=True)
class ApigeeProps:
    """Apigee on a Gateway: the Apigee instance's location and the traffic extension's settings."""

    location: ApigeeLocation = setting(doc="The Apigee instance's location and network.")
    apigee_env: str | None = setting(
        None, grammar=APIGEE_ENV, doc="Apigee environment. default: unset (the operator generates one)"
    )
    default_security_enabled: bool | None = setting(
        None, doc="Apigee's default API-key check. default: unset (Apigee's default)"
    )
    traffic_extension_name: str | None = setting(
        None, grammar=OBJECT_NAME, doc="Name of the GCPTrafficExtension. default: ``<name>-traffic-extension``"
    )
    chain_name: str | None = setting(
        None, grammar=EXTENSION_NAME, doc="Name of the extension chain. default: ``<name>-chain``"
    )
    extension_name: str | None = setting(
        None, grammar=EXTENSION_NAME, doc="Name of the extension in the chain. default: ``<name>-extension``"
    )
    supported_events: tuple[Event, ...] = setting(
        ("RequestHeaders", "ResponseHeaders", "ResponseBody"),
        min_items=1,
        unique=True,
        doc="Events sent to Apigee. default: RequestHeaders, ResponseHeaders, ResponseBody (Google's guide)",
    )
    timeout: str = setting("1s", grammar=EXTENSION_TIMEOUT, doc="Time Apigee has per call, 10ms to 10s.")
    fail_open: bool = setting(False, doc="Let requests through when Apigee fails.")
    path_prefix: str | None = setting(
        "/", doc="Requests sent to Apigee: those whose path starts with it; None sends all without a match condition."
    )


def _names(name: str, props: ApigeeProps) -> tuple[str, str, str]:
    """The traffic extension's, the chain's and the extension's names."""
    return (
        props.traffic_extension_name or f"{name}-traffic-extension",
        props.chain_name or f"{name}-chain",
        props.extension_name or f"{name}-extension",
    )


def check_apigee(name: str, props: ApigeeProps) -> None:
    """Raise :class:`~infergw.settings.PropsError` for ``props`` (and the derived names) the CRDs refuse."""
    check_name("name", name, OBJECT_NAME)
    check_props(props)
    traffic, chain, extension = _names(name, props)
    check_name("traffic_extension_name", traffic, OBJECT_NAME, default=f"{name}-traffic-extension")
    check_name("chain_name", chain, EXTENSION_NAME, default=f"{name}-chain")
    check_name("extension_name", extension, EXTENSION_NAME, default=f"{name}-extension")
    check_timeout("timeout", props.timeout)
    if props.path_prefix is not None:
        path_matcher(props.path_prefix)


def render_apigee(name: str, gateway: ObjectRef, props: ApigeeProps) -> list[dict[str, Any]]:
    """The ApigeeBackendService ``name`` and the GCPTrafficExtension calling it, in the Gateway's namespace."""
    check_apigee(name, props)
    location = props.location
    spec: dict[str, Any] = {
        "locations": {"name": location.name, "network": location.network, "subnetwork": location.subnetwork}
    }
    if props.apigee_env is not None:
        spec["apigeeEnv"] = props.apigee_env
    if props.default_security_enabled is not None:
        spec["defaultSecurityEnabled"] = props.default_security_enabled
    backend_service = {
        "apiVersion": APIGEE_API,
        "kind": "ApigeeBackendService",
        "metadata": object_metadata(name, gateway.namespace),
        "spec": spec,
    }
    traffic, chain, extension_name = _names(name, props)
    extension = Extension(
        name=extension_name,
        supported_events=tuple(props.supported_events),
        backend=BackendRef(name, kind="ApigeeBackendService", port=APIGEE_PORT),
        timeout=props.timeout,
        fail_open=props.fail_open,
        metadata={PROCESSOR_KEY: name},
    )
    return [backend_service, traffic_extension(traffic, gateway, chain, [extension], path_prefix=props.path_prefix)]
