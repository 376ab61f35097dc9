"""``InferenceGateway``: a Gateway API ``Gateway`` on one of GKE's managed classes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.names import DNS_SUBDOMAIN
from infergw.refs import ObjectRef

GATEWAY_API = "gateway.networking.k8s.io/v1"
#: GKE GatewayClasses that support inference pools.
GKE_CLASSES = (
    "gke-l7-regional-external-managed",
    "gke-l7-rilb",
    "gke-l7-global-external-managed",
    "gke-l7-cross-regional-internal-managed",
)


@dataclass(frozen=True)
class Listener:
    """A Gateway listener.

    :param name: unique in the Gateway; HTTPRoutes may attach to it by this name. default: ``http``
    :param port: default: 80
    :param protocol: ``HTTP`` or ``HTTPS``. default: ``HTTP``
    :param hostname: only requests for this host name. default: any
    :param tls_certificate: Secret name of the certificate for HTTPS. default: none
    """

    name: str = "http"
    port: int = 80
    protocol: Literal["HTTP", "HTTPS"] = "HTTP"
    hostname: str | None = None
    tls_certificate: str | None = None


class InferenceGateway(Construct):
    """A Gateway for inference traffic on one of GKE's managed Gateway classes.

    :param name: object name
    :param gateway_class: one of :data:`GKE_CLASSES`. default: gke-l7-regional-external-managed
    :param listeners: 1 to 64 listeners. default: one HTTP listener on port 80
    :param namespace: default: unset (the namespace the manifests are applied to)

    :param annotations: annotations of the Gateway (for example a policy exception). default: none

    ``ref`` is what routes and traffic extensions attach to.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str,
        *,
        gateway_class: str = "gke-l7-regional-external-managed",
        listeners: Sequence[Listener] = (Listener(),),
        namespace: str | None = None,
        annotations: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if not DNS_SUBDOMAIN.match(name) or len(name) > 253:
            raise ConstructError(path, f"name={name!r}: use lower-case letters, digits, '-' and '.'")
        if gateway_class not in GKE_CLASSES:
            raise ConstructError(path, f"gateway_class={gateway_class!r}: choose one of {', '.join(GKE_CLASSES)}")
        if not 1 <= len(listeners) <= 64:
            raise ConstructError(path, f"listeners: {len(listeners)} given; a Gateway has 1 to 64")
        names = [l.name for l in listeners]
        if len(set(names)) != len(names):
            raise ConstructError(path, f"listeners: names {names} must be unique")
        rendered = []
        ports: dict[int, str] = {}
        for listener in listeners:
            if listener.protocol not in ("HTTP", "HTTPS"):
                raise ConstructError(
                    path, f"listeners[{listener.name}].protocol={listener.protocol!r}: choose HTTP or HTTPS"
                )
            if ports.setdefault(listener.port, listener.protocol) != listener.protocol:
                raise ConstructError(
                    path, f"listeners.port={listener.port}: HTTP and HTTPS listeners cannot share a port"
                )
            if not DNS_SUBDOMAIN.match(listener.name):
                raise ConstructError(
                    path, f"listeners.name={listener.name!r}: use lower-case letters, digits, '-' and '.'"
                )
            if not 1 <= listener.port <= 65535:
                raise ConstructError(path, f"listeners.port={listener.port}: ports are 1 to 65535")
            if listener.protocol == "HTTPS" and not listener.tls_certificate:
                raise ConstructError(path, f"listeners[{listener.name}]: HTTPS needs tls_certificate (a Secret name)")
            if listener.protocol == "HTTP" and listener.tls_certificate:
                raise ConstructError(path, f"listeners[{listener.name}]: tls_certificate only applies to HTTPS")
            entry: dict[str, object] = {"name": listener.name, "port": listener.port, "protocol": listener.protocol}
            if listener.hostname:
                entry["hostname"] = listener.hostname
            if listener.tls_certificate:
                entry["tls"] = {"mode": "Terminate", "certificateRefs": [{"name": listener.tls_certificate}]}
            rendered.append(entry)
        self.ref = ObjectRef(GATEWAY_API, "Gateway", name, namespace)
        self.listener_names = tuple(names)
        meta: dict[str, object] = {"name": name} | ({"namespace": namespace} if namespace else {})
        if annotations:
            meta["annotations"] = dict(annotations)
        self.body = {
            "apiVersion": GATEWAY_API,
            "kind": "Gateway",
            "metadata": meta,
            "spec": {"gatewayClassName": gateway_class, "listeners": rendered},
        }
        emit(self, "Resource", self.body)
