"""``GCPTrafficExtension`` bodies, with the GKE CRD's rules enforced before anything is emitted.

Model Armor and Apigee both attach to a Gateway through a traffic extension; this module holds
what they share: the typed extension (:class:`Extension`, its single-field limits declared as
settings), the grammars and checks of the CRD's other rules, and the object it becomes. Problems
raise :class:`~infergw.settings.PropsError` naming the field (``extensions[0].timeout``), the
value and the fix. Node-free; the celMatcher grammar is read from the vendored GKE CRD.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from infergw.catalogue import load_crd
from infergw.names import GATEWAY_DURATION, OBJECT_NAME
from infergw.refs import ObjectRef, object_metadata
from infergw.render.checks import check_props_nested
from infergw.settings import Grammar, PropsError, setting

EXTENSION_API = "networking.gke.io/v1"
Event = Literal[
    "RequestHeaders", "RequestBody", "ResponseHeaders", "ResponseBody", "RequestTrailers", "ResponseTrailers"
]
#: Every event, in the order Google's guide lists them (Model Armor's default).
EVENTS: tuple[Event, ...] = (
    "RequestHeaders",
    "RequestBody",
    "RequestTrailers",
    "ResponseHeaders",
    "ResponseBody",
    "ResponseTrailers",
)

#: Names of extension chains and extensions (the CRD's pattern, 1 to 63 characters).
EXTENSION_NAME = Grammar(
    r"[a-z]([a-z0-9-]{0,61}[a-z0-9])?", "1 to 63 lower-case letters, digits and '-', starting with a letter"
)
#: Extension timeouts: a Gateway API duration; the CRD's 10 ms to 10 s range is checked by :func:`check_timeout`.
EXTENSION_TIMEOUT = Grammar(GATEWAY_DURATION.pattern.strip("^$"), "a duration from 10ms to 10s, such as 1s or 500ms")
#: ``googleAPIServiceName``: a googleapis.com host.
GOOGLE_SERVICE = Grammar(
    r"[a-z0-9.-]+\.(googleapis|sandbox\.googleapis)\.com",
    "a googleapis.com host such as modelarmor.us-central1.rep.googleapis.com",
    100,
)
#: ``authority``: the host name sent to a Service backend.
AUTHORITY = Grammar(
    r"[A-Za-z0-9_:%.\[\]-]+", "a host name: letters, digits, '-', '_', ':', '%', '.', '[' and ']'", 1000
)
#: Keys of an extension's ``metadata``.
METADATA_KEY = Grammar(
    r"[A-Za-z0-9/._~%!$&'()*+,;=:\s{}\[\]-]{1,63}", "1 to 63 characters of letters, digits and URL punctuation"
)
#: Values of an extension's ``metadata``.
METADATA_VALUE = Grammar(
    r"""[A-Za-z0-9/._~%!$&'()*+,;=:"\s\[\]{}-]+""",
    "1 to 1023 characters of letters, digits, spaces, quotes, brackets and URL punctuation",
    1023,
)
#: Most entries of an extension's ``metadata``, and most extensions in a chain (the CRD's limits).
MAX_METADATA = 16
MAX_EXTENSIONS = 3

_DURATION_PART = re.compile(r"([0-9]{1,5})(h|m|s|ms)")
_MS = {"h": 3_600_000, "m": 60_000, "s": 1_000, "ms": 1}


@dataclass(frozen=True)
class BackendRef:
    """Where a traffic extension sends calls: a Service (with port) or an ApigeeBackendService."""

    name: str = setting(grammar=OBJECT_NAME, doc="Name of the Service or ApigeeBackendService.")
    kind: Literal["Service", "ApigeeBackendService"] = setting("Service", doc="Kind of the backend.")
    port: int | None = setting(
        None, minimum=1, maximum=65535, doc="Port called; a Service needs one. default: unset (Apigee: 443 is set)"
    )

    @property
    def group(self) -> str:
        return "apim.googleapis.com" if self.kind == "ApigeeBackendService" else ""


@dataclass(frozen=True)
class Extension:
    """One extension of a chain: exactly one of ``backend`` or ``google_api_service_name``."""

    name: str = setting(grammar=EXTENSION_NAME, doc="Name of the extension in its chain.")
    supported_events: tuple[Event, ...] = setting(
        min_items=1, unique=True, doc="Request and response events sent to the extension (at least one)."
    )
    backend: BackendRef | None = setting(None, doc="The Service or ApigeeBackendService called. default: unset")
    google_api_service_name: str | None = setting(
        None, grammar=GOOGLE_SERVICE, doc="The Google API called instead of a backend. default: unset"
    )
    authority: str | None = setting(
        None,
        grammar=AUTHORITY,
        doc="The ``:authority`` sent to a Service backend: required for Service, not allowed otherwise. default: unset",
    )
    timeout: str = setting("1s", grammar=EXTENSION_TIMEOUT, doc="Time the extension has per call, 10ms to 10s.")
    fail_open: bool = setting(False, doc="Continue when the extension fails.")
    metadata: Mapping[str, str] = setting(
        default_factory=dict,
        grammar=METADATA_KEY,
        items_grammar=METADATA_VALUE,
        max_items=MAX_METADATA,
        doc="Metadata sent with every call, at most 16 entries. default: none",
    )


def timeout_ms(text: str) -> int:
    """A Gateway API duration in milliseconds."""
    return sum(int(n) * _MS[unit] for n, unit in _DURATION_PART.findall(text))


def check_name(field: str, value: str, grammar: Grammar, *, default: str | None = None) -> None:
    """Raise :class:`PropsError` unless ``value`` follows ``grammar``; ``default`` says how an unset
    field was derived (``<name>-chain``), so the message tells to set it."""
    problem = grammar.problem(value) if isinstance(value, str) else grammar.rule
    if problem is not None:
        hint = f" (unset, it is {default}: set {field})" if default else ""
        raise PropsError(field, value, f"use {problem}{hint}")


def check_timeout(field: str, timeout: str) -> None:
    """Raise :class:`PropsError` unless ``timeout`` is a duration from 10 ms to 10 s (the CRD's rule)."""
    if not GATEWAY_DURATION.match(timeout) or not 10 <= timeout_ms(timeout) <= 10_000:
        raise PropsError(field, timeout, "write a duration from 10ms to 10s, such as 1s or 500ms")


@cache
def _cel_matcher_schema() -> dict[str, Any]:
    """The GKE CRD's schema of ``matchCondition.celExpressions[].celMatcher`` (pattern, maxLength)."""
    crd = load_crd("gke/networking.gke.io_gcptrafficextensions.yaml")
    spec = crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
    chain = spec["properties"]["extensionChains"]["items"]["properties"]
    return chain["matchCondition"]["properties"]["celExpressions"]["items"]["properties"]["celMatcher"]  # type: ignore[no-any-return]


def cel_matcher_problem(matcher: str) -> str | None:
    """Why the CRD refuses ``matcher`` (its limited CEL grammar and length), or None."""
    schema = _cel_matcher_schema()
    if len(matcher) > schema["maxLength"] or not re.match(schema["pattern"], matcher):
        return (
            f"the match condition {matcher!r} is outside the GKE CRD's grammar: at most {schema['maxLength']} "
            "characters of letters, digits and URL punctuation in its strings (no spaces, '?', '#' or non-ASCII)"
        )
    return None


def check_cel_matcher(matcher: str, field: str = "match_condition") -> None:
    """Raise :class:`PropsError` unless the CRD accepts ``matcher``."""
    if (problem := cel_matcher_problem(matcher)) is not None:
        raise PropsError(field, matcher, problem)


def path_matcher(path_prefix: str, field: str = "path_prefix") -> str:
    """The celMatcher screening requests under ``path_prefix``; :class:`PropsError` if the CRD refuses it."""
    if '"' in path_prefix or "\\" in path_prefix or not path_prefix.startswith("/"):
        raise PropsError(field, path_prefix, "start it with '/'; quotes and backslashes are not allowed")
    matcher = f'request.path.startsWith("{path_prefix}")'
    if (problem := cel_matcher_problem(matcher)) is not None:
        raise PropsError(field, path_prefix, problem)
    return matcher


def check_extension(ext: Extension) -> None:
    """Raise :class:`PropsError` (fields of ``ext``) for anything the GKE CRD rejects."""
    check_props_nested(ext)
    if (ext.backend is None) == (ext.google_api_service_name is None):
        raise PropsError(
            "backend", ext.backend, "set exactly one of backend or google_api_service_name (the CRD's rule)"
        )
    is_service = ext.backend is not None and ext.backend.kind == "Service"
    if is_service != bool(ext.authority):
        raise PropsError(
            "authority",
            ext.authority,
            "a Service backend needs an authority (host name); Apigee and Google API extensions take none",
        )
    if is_service and ext.backend is not None and ext.backend.port is None:
        raise PropsError("backend.port", None, "a Service backend needs a port")
    check_timeout("timeout", ext.timeout)


def traffic_extension(
    name: str, gateway: ObjectRef, chain_name: str, extensions: Sequence[Extension], *, path_prefix: str | None = "/"
) -> dict[str, Any]:
    """The GCPTrafficExtension ``name``: one chain of ``extensions`` attached to ``gateway``.

    :param path_prefix: requests sent through the chain. default: ``/`` (all); None: no match condition
    """
    check_name("name", name, OBJECT_NAME)
    if gateway.kind != "Gateway" or gateway.group != "gateway.networking.k8s.io":
        raise PropsError(
            "gateway", gateway.name, f"{gateway.kind} is not a Gateway API Gateway; pass InferenceGateway.ref"
        )
    check_name("chain_name", chain_name, EXTENSION_NAME)
    if not 1 <= len(extensions) <= MAX_EXTENSIONS:
        raise PropsError(
            "extensions", len(extensions), f"a chain has 1 to {MAX_EXTENSIONS} extensions, got {len(extensions)}"
        )
    for i, ext in enumerate(extensions):
        try:
            check_extension(ext)
        except PropsError as exc:
            raise PropsError(f"extensions[{i}].{exc.field}", exc.value, exc.message) from None
    chain: dict[str, Any] = {"name": chain_name, "extensions": [_extension(e) for e in extensions]}
    if path_prefix is not None:
        chain["matchCondition"] = {"celExpressions": [{"celMatcher": path_matcher(path_prefix)}]}
    return {
        "apiVersion": EXTENSION_API,
        "kind": "GCPTrafficExtension",
        "metadata": object_metadata(name, gateway.namespace),
        "spec": {"targetRefs": [gateway.target_ref()], "extensionChains": [chain]},
    }


def _extension(ext: Extension) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": ext.name,
        "supportedEvents": list(ext.supported_events),
        "timeout": ext.timeout,
        "failOpen": ext.fail_open,
    }
    if ext.google_api_service_name is not None:
        out["googleAPIServiceName"] = ext.google_api_service_name
    if ext.backend is not None:
        ref: dict[str, Any] = {"group": ext.backend.group, "kind": ext.backend.kind, "name": ext.backend.name}
        if ext.backend.port is not None:
            ref["port"] = ext.backend.port
        out["backendRef"] = ref
    if ext.authority:
        out["authority"] = ext.authority
    if ext.metadata:
        out["metadata"] = dict(ext.metadata)
    return out
