"""A Gateway API ``Gateway`` on one of GKE's managed Gateway classes: settings, checks and the object.

Node-free: :func:`render_gateway` gives the Gateway as a dict; the ``InferenceGateway`` construct
(:mod:`infergw.cdk.gateway`) emits it. The limits are the Gateway CRD's (1 to 64 listeners, ports 1
to 65535, the listener and host-name grammars) and its CEL rules (unique listener names; unique
port, protocol and host name; TLS only on HTTPS), plus GKE's: HTTP and HTTPS cannot share a port.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from infergw.names import GATEWAY_HOSTNAME_RULE, LABEL_KEY, NAMESPACE_NAME, OBJECT_NAME
from infergw.refs import ObjectRef, object_metadata
from infergw.settings import PropsError, check_props, setting

GATEWAY_API = "gateway.networking.k8s.io/v1"
#: GKE GatewayClasses that support inference pools.
GKE_CLASSES = (
    "gke-l7-regional-external-managed",
    "gke-l7-rilb",
    "gke-l7-global-external-managed",
    "gke-l7-cross-regional-internal-managed",
)
DEFAULT_CLASS = GKE_CLASSES[0]
#: A listener's port when it names none, by protocol.
DEFAULT_PORTS = {"HTTP": 80, "HTTPS": 443}


@dataclass(frozen=True)
class Listener:
    """A Gateway listener: where the Gateway accepts requests (``gateway.listeners[]``)."""

    name: str = setting(
        "http", grammar=OBJECT_NAME, doc="Unique in the Gateway; HTTPRoutes may attach to the listener by this name."
    )
    port: int | None = setting(None, minimum=1, maximum=65535, doc="Port. default: 80 for HTTP, 443 for HTTPS")
    protocol: Literal["HTTP", "HTTPS"] = setting("HTTP", doc="HTTP or HTTPS (HTTPS needs a TLS certificate).")
    hostname: str | None = setting(
        None, grammar=GATEWAY_HOSTNAME_RULE, doc="Only requests for this host name. default: any host name"
    )
    tls_certificate: str | None = setting(
        None, grammar=OBJECT_NAME, doc="Name of the Secret with the certificate; HTTPS only, and HTTPS needs it."
    )

    @property
    def effective_port(self) -> int:
        """The port the listener is written with (the protocol's port when unset)."""
        return self.port if self.port is not None else DEFAULT_PORTS[self.protocol]


@dataclass(frozen=True)
class GatewayProps:
    """A Gateway's settings: its GKE class, its listeners, where it lives."""

    gateway_class: str = setting(
        DEFAULT_CLASS, key="class", choices=GKE_CLASSES, doc="The GKE GatewayClass (which load balancer serves it)."
    )
    listeners: Sequence[Listener] = setting(
        (Listener(),), min_items=1, max_items=64, doc="1 to 64 listeners with distinct names; default: one HTTP on 80."
    )
    namespace: str | None = setting(
        None, grammar=NAMESPACE_NAME, doc="Namespace of the Gateway. default: unset (where the manifests are applied)"
    )
    annotations: Mapping[str, str] = setting(
        default_factory=dict, grammar=LABEL_KEY, doc="Annotations of the Gateway (for example a policy exception)."
    )


def check_name(name: str) -> None:
    """Refuse an object name that is not a DNS subdomain (the Gateway API objects' names)."""
    problem = OBJECT_NAME.problem(name) if isinstance(name, str) else OBJECT_NAME.rule
    if problem is not None:
        raise PropsError("name", name, f"use {problem}")


def check_gateway(name: str, props: GatewayProps) -> None:
    """Refuse what the Gateway CRD or GKE would refuse, naming the field and the fix."""
    check_name(name)
    check_props(props)
    names = [listener.name for listener in props.listeners]
    if len(set(names)) != len(names):
        raise PropsError("listeners", names, "give every listener its own name")
    protocols: dict[int, str] = {}
    seen: dict[tuple[int, str, str | None], str] = {}
    for index, listener in enumerate(props.listeners):
        where = f"listeners[{index}]"
        if listener.protocol == "HTTPS" and not listener.tls_certificate:
            raise PropsError(
                f"{where}.tls_certificate", listener.tls_certificate, "an HTTPS listener needs one: give a Secret name"
            )
        if listener.protocol == "HTTP" and listener.tls_certificate:
            raise PropsError(
                f"{where}.tls_certificate", listener.tls_certificate, "only an HTTPS listener takes a certificate"
            )
        port = listener.effective_port
        if protocols.setdefault(port, listener.protocol) != listener.protocol:
            raise PropsError(f"{where}.port", port, "HTTP and HTTPS listeners cannot share a port; choose another")
        other = seen.setdefault((port, listener.protocol, listener.hostname), listener.name)
        if other != listener.name:
            hosts = f"host name {listener.hostname}" if listener.hostname else "no host name"
            raise PropsError(
                f"{where}.hostname",
                listener.hostname,
                f"listener {other!r} already takes {listener.protocol} on port {port} with {hosts}; "
                "give one of them another port or host name",
            )


def gateway_ref(name: str, props: GatewayProps) -> ObjectRef:
    """What routes and traffic extensions attach to."""
    return ObjectRef(GATEWAY_API, "Gateway", name, props.namespace)


def _listener(listener: Listener) -> dict[str, Any]:
    entry: dict[str, Any] = {"name": listener.name, "port": listener.effective_port, "protocol": listener.protocol}
    if listener.hostname:
        entry["hostname"] = listener.hostname
    if listener.tls_certificate:
        entry["tls"] = {"mode": "Terminate", "certificateRefs": [{"name": listener.tls_certificate}]}
    return entry


def render_gateway(name: str, props: GatewayProps) -> dict[str, Any]:
    """The Gateway ``name``, checked (:func:`check_gateway`)."""
    check_gateway(name, props)
    meta = object_metadata(name, props.namespace)
    if props.annotations:
        meta["annotations"] = dict(props.annotations)
    return {
        "apiVersion": GATEWAY_API,
        "kind": "Gateway",
        "metadata": meta,
        "spec": {"gatewayClassName": props.gateway_class, "listeners": [_listener(x) for x in props.listeners]},
    }
