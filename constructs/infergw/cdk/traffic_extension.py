"""``GCPTrafficExtension`` bodies, with the CRD's rules enforced before anything is emitted.

Model Armor and Apigee both attach to a Gateway through a traffic extension; this module holds
what they share: the typed extension, its checks (each mirrors a rule of the GKE CRD), and the
object it becomes. Checks raise ``ValueError`` with the field and the fix; constructs prefix the
construct path.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal

from infergw.catalogue import load_crd
from infergw.names import DNS_SUBDOMAIN, GATEWAY_DURATION
from infergw.refs import ObjectRef

EXTENSION_API = "networking.gke.io/v1"
Event = Literal[
    "RequestHeaders", "RequestBody", "ResponseHeaders", "ResponseBody", "RequestTrailers", "ResponseTrailers"
]
EVENTS: tuple[str, ...] = (
    "RequestHeaders",
    "RequestBody",
    "RequestTrailers",
    "ResponseHeaders",
    "ResponseBody",
    "ResponseTrailers",
)

_NAME = re.compile(r"^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")
_DURATION_PART = re.compile(r"([0-9]{1,5})(h|m|s|ms)")
_MS = {"h": 3_600_000, "m": 60_000, "s": 1_000, "ms": 1}
_METADATA_KEY = re.compile(r"^([A-Za-z0-9/\-._~%!$&'()*+,;=:\s{}\[\]]{1,63})$")
_METADATA_VALUE = re.compile(r"^([A-Za-z0-9/\-._~%!$&'()*+,;=:\"\s\[\]{}])*$")
_GOOGLE_SERVICE = re.compile(r"^[a-z0-9.-]+\.(googleapis|sandbox\.googleapis)\.com$")


@dataclass(frozen=True)
class BackendRef:
    """Where a traffic extension sends calls: a Service (with port) or an ApigeeBackendService."""

    name: str
    kind: Literal["Service", "ApigeeBackendService"] = "Service"
    port: int | None = None

    @property
    def group(self) -> str:
        return "apim.googleapis.com" if self.kind == "ApigeeBackendService" else ""


@dataclass(frozen=True)
class Extension:
    """One extension: exactly one of ``backend`` or ``google_api_service_name``.

    :param authority: the ``:authority`` sent to a Service backend (required for Service, not allowed
        otherwise). default: none
    :param timeout: 10ms to 10s, written like ``1s`` or ``500ms``. default: 1s
    :param fail_open: continue when the extension fails. default: False
    :param metadata: at most 16 string entries, each value at most 1023 characters. default: none
    """

    name: str
    supported_events: Sequence[Event]
    backend: BackendRef | None = None
    google_api_service_name: str | None = None
    authority: str | None = None
    timeout: str = "1s"
    fail_open: bool = False
    metadata: Mapping[str, str] = field(default_factory=dict)


def _timeout_ms(text: str) -> int:
    return sum(int(n) * _MS[unit] for n, unit in _DURATION_PART.findall(text))


def check_extension(ext: Extension) -> None:
    """Raise ``ValueError`` for anything the GKE CRD rejects."""
    if not _NAME.match(ext.name):
        raise ValueError(
            f"extension name {ext.name!r}: use 1-63 lower-case letters, digits and '-', starting with a letter"
        )
    if (ext.backend is None) == (ext.google_api_service_name is None):
        raise ValueError(f"extension {ext.name}: set exactly one of backend or google_api_service_name")
    if ext.google_api_service_name is not None and (
        len(ext.google_api_service_name) > 100 or not _GOOGLE_SERVICE.match(ext.google_api_service_name)
    ):
        raise ValueError(
            f"google_api_service_name={ext.google_api_service_name!r}: expected a googleapis.com host such as modelarmor.us-central1.rep.googleapis.com"
        )
    if (ext.backend is not None and ext.backend.kind == "Service") != bool(ext.authority):
        raise ValueError(
            f"extension {ext.name}: authority={ext.authority!r}: a Service backend needs an authority (host name), "
            "Apigee and Google API extensions take none"
        )
    if ext.backend is not None:
        if ext.backend.kind == "Service" and ext.backend.port is None:
            raise ValueError(f"extension {ext.name}: a Service backend needs a port")
        if ext.backend.port is not None and not 1 <= ext.backend.port <= 65535:
            raise ValueError(f"extension {ext.name}: port {ext.backend.port} is not 1 to 65535")
    events = list(ext.supported_events)
    if not events:
        raise ValueError(
            f"extension {ext.name}: supported_events is empty; a traffic extension needs at least one event"
        )
    unknown = [e for e in events if e not in EVENTS]
    if unknown:
        raise ValueError(f"extension {ext.name}: unknown events {unknown}; choose from {', '.join(EVENTS)}")
    if len(set(events)) != len(events):
        raise ValueError(f"extension {ext.name}: supported_events repeats an event: {events}")
    if not GATEWAY_DURATION.match(ext.timeout) or not 10 <= _timeout_ms(ext.timeout) <= 10_000:
        raise ValueError(f"timeout={ext.timeout!r}: write a duration from 10ms to 10s, such as 1s or 500ms")
    if len(ext.metadata) > 16:
        raise ValueError(f"extension {ext.name}: metadata has {len(ext.metadata)} entries; at most 16")
    for key, value in ext.metadata.items():
        if not _METADATA_KEY.match(key):
            raise ValueError(f"metadata key {key!r}: 1-63 characters of letters, digits and URL punctuation")
        if not isinstance(value, str) or not 1 <= len(value) <= 1023 or not _METADATA_VALUE.match(value):
            raise ValueError(
                f"metadata[{key}]: values are 1 to 1023 characters of letters, digits, spaces, quotes, brackets "
                f"and URL punctuation (this one has {len(value) if isinstance(value, str) else type(value).__name__})"
            )


@cache
def _cel_matcher_schema() -> dict[str, Any]:
    """The GKE CRD's schema of ``matchCondition.celExpressions[].celMatcher`` (pattern, maxLength)."""
    crd = load_crd("gke/networking.gke.io_gcptrafficextensions.yaml")
    spec = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
    chain = spec["properties"]["extensionChains"]["items"]["properties"]
    return chain["matchCondition"]["properties"]["celExpressions"]["items"]["properties"]["celMatcher"]


def check_cel_matcher(matcher: str) -> None:
    """Raise ``ValueError`` unless the CRD accepts ``matcher`` (its limited CEL grammar and length)."""
    schema = _cel_matcher_schema()
    if len(matcher) > schema["maxLength"] or not re.match(schema["pattern"], matcher):
        raise ValueError(
            f"match condition {matcher!r}: the GKE CRD allows at most {schema['maxLength']} characters of "
            "letters, digits and URL punctuation in its strings (no spaces, '?', '#' or non-ASCII)"
        )


def traffic_extension(
    name: str, gateway: ObjectRef, chain_name: str, extensions: Sequence[Extension], *, path_prefix: str | None = "/"
) -> dict[str, object]:
    """The GCPTrafficExtension object for one chain of ``extensions`` attached to ``gateway``."""
    if len(name) > 253 or not DNS_SUBDOMAIN.match(name):
        raise ValueError(
            f"name={name!r}: the traffic extension's name must be lower-case letters, digits, '-' and '.' (at most 253)"
        )
    if gateway.kind != "Gateway" or gateway.group != "gateway.networking.k8s.io":
        raise ValueError(f"gateway: {gateway.kind} {gateway.name} is not a Gateway API Gateway")
    if not _NAME.match(chain_name):
        raise ValueError(
            f"chain name {chain_name!r}: use 1-63 lower-case letters, digits and '-', starting with a letter"
        )
    if not 1 <= len(extensions) <= 3:
        raise ValueError(f"a chain has 1 to 3 extensions, got {len(extensions)}")
    for ext in extensions:
        check_extension(ext)
    chain: dict[str, object] = {"name": chain_name, "extensions": [_extension(e) for e in extensions]}
    if path_prefix is not None:
        if '"' in path_prefix or "\\" in path_prefix or not path_prefix.startswith("/"):
            raise ValueError(f"path_prefix={path_prefix!r}: start it with '/'; quotes and backslashes are not allowed")
        matcher = f'request.path.startsWith("{path_prefix}")'
        try:
            check_cel_matcher(matcher)
        except ValueError as exc:
            raise ValueError(f"path_prefix={path_prefix!r}: {exc}") from None
        chain["matchCondition"] = {"celExpressions": [{"celMatcher": matcher}]}
    meta = {"name": name} | ({"namespace": gateway.namespace} if gateway.namespace else {})
    return {
        "apiVersion": EXTENSION_API,
        "kind": "GCPTrafficExtension",
        "metadata": meta,
        "spec": {"targetRefs": [gateway.target_ref()], "extensionChains": [chain]},
    }


def _extension(ext: Extension) -> dict[str, object]:
    out: dict[str, object] = {
        "name": ext.name,
        "supportedEvents": list(ext.supported_events),
        "timeout": ext.timeout,
        "failOpen": ext.fail_open,
    }
    if ext.google_api_service_name is not None:
        out["googleAPIServiceName"] = ext.google_api_service_name
    if ext.backend is not None:
        ref: dict[str, object] = {"group": ext.backend.group, "kind": ext.backend.kind, "name": ext.backend.name}
        if ext.backend.port is not None:
            ref["port"] = ext.backend.port
        out["backendRef"] = ref
    if ext.authority:
        out["authority"] = ext.authority
    if ext.metadata:
        out["metadata"] = dict(ext.metadata)
    return out
