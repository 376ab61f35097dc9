"""An HTTPRoute that sends traffic to inference pools, weighted: settings, checks and the object.

Node-free: :func:`render_route` gives the HTTPRoute as a dict; the ``InferenceRoute`` construct
(:mod:`infergw.cdk.route`) emits it.

Each backend's group and kind come from the pool object passed in (``InferencePoolStack.pool_ref``),
never from a string the user types, so a route always matches the pools' API versions, including a
split across v1alpha2 and v1 pools during a migration. A pool in another namespace than the route
gets ``namespace`` on its backendRef (that namespace then needs a ReferenceGrant for the route).

The limits are the Gateway API HTTPRoute CRD's: 1 to 16 rules, 1 to 16 backends and 1 to 64 matches
per rule and at most 128 matches in all, 16 headers per match, weights 0 to 1000000, the header-name
and duration grammars, and its CEL rules: Exact and PathPrefix paths are absolute and clean, and a
backend request timeout is no longer than the request timeout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from infergw.names import GATEWAY_DURATION_RULE, HTTP_HEADER_NAME_RULE
from infergw.refs import ObjectRef, PoolRef, object_metadata
from infergw.releases import MODEL_NAME_HEADER
from infergw.render.gateway import GATEWAY_API, check_name
from infergw.settings import Grammar, PropsError, check_props, setting

PathType = Literal["PathPrefix", "Exact", "RegularExpression"]
MAX_WEIGHT = 1_000_000
#: Gateway API HTTPRoute limits (the CRD's maxItems, and its CEL rule on matches across rules).
MAX_RULES, MAX_BACKENDS, MAX_MATCHES, MAX_HEADERS, MAX_ROUTE_MATCHES = 16, 16, 64, 16, 128
#: ``path.value``: at most 1024 characters (the CRD's maxLength).
PATH_VALUE = Grammar(".*", "a path of at most 1024 characters", max_length=1024)
#: ``headers[].value``: 1 to 4096 characters (the CRD's minLength and maxLength).
HEADER_VALUE = Grammar(".+", "a header value of 1 to 4096 characters", max_length=4096)
#: The characters of an Exact or PathPrefix path (the CRD's CEL rule).
_PATH_CHARACTERS = re.compile(r"^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$")
_TIMEOUT_PART = re.compile(r"([0-9]{1,5})(h|ms|m|s)")
_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}


@dataclass(frozen=True)
class Backend:
    """A pool and its share of the rule's traffic."""

    pool: PoolRef = setting(
        doc="The pool (``InferencePoolStack.pool_ref``): gives the backendRef's group, kind and name.", config=False
    )
    weight: int | None = setting(
        None,
        minimum=0,
        maximum=MAX_WEIGHT,
        doc="Share of the rule's traffic, relative to its other backends. default: unset (Gateway API's 1)",
    )


@dataclass(frozen=True)
class HeaderMatch:
    """A request header the rule matches."""

    name: str = setting(grammar=HTTP_HEADER_NAME_RULE, doc="Header name (case-insensitive on the wire).")
    value: str = setting(grammar=HEADER_VALUE, doc="The value to match (a regular expression for RegularExpression).")
    type: Literal["Exact", "RegularExpression"] = setting("Exact", doc="Exact or RegularExpression.")


@dataclass(frozen=True)
class Match:
    """One way a request can match a rule: a path and, optionally, headers, all of which must match."""

    path: str = setting("/", grammar=PATH_VALUE, doc="The path; Exact and PathPrefix paths start with '/'.")
    path_type: PathType = setting("PathPrefix", doc="PathPrefix, Exact or RegularExpression.")
    headers: Sequence[HeaderMatch] = setting(
        (), max_items=MAX_HEADERS, doc="Header matches, all of which must match (at most 16)."
    )


@dataclass(frozen=True)
class RouteRule:
    """One rule: which requests (matches), where they go (backends), and how long they may take.

    ``path``, ``path_type`` and ``headers`` describe the rule's first match; ``extra_matches`` adds
    alternatives (a request matching any of them is routed).
    """

    backends: Sequence[Backend] = setting(
        doc="1 to 16 pools with weights (``Backend(pool_ref, weight)``).", config=False
    )
    path: str = setting("/", grammar=PATH_VALUE, doc="The path the rule matches; Exact and PathPrefix start with '/'.")
    path_type: PathType = setting("PathPrefix", doc="PathPrefix, Exact or RegularExpression.")
    headers: Sequence[HeaderMatch] = setting(
        (), max_items=MAX_HEADERS, doc="Header matches, all of which must match (at most 16)."
    )
    extra_matches: Sequence[Match] = setting(
        (), max_items=MAX_MATCHES - 1, doc="Further matches, any of which also selects the rule (at most 63)."
    )
    request_timeout: str | None = setting(
        None,
        grammar=GATEWAY_DURATION_RULE,
        doc="Time for the whole request, e.g. 300s; 0s disables it. default: the route's request_timeout",
    )
    backend_request_timeout: str | None = setting(
        None,
        grammar=GATEWAY_DURATION_RULE,
        doc="Time for one try against a backend; at most request_timeout. default: the route's",
    )

    @property
    def matches(self) -> tuple[Match, ...]:
        """Every match of the rule, the first one made of ``path``, ``path_type`` and ``headers``."""
        return (Match(self.path, self.path_type, tuple(self.headers)), *self.extra_matches)


@dataclass(frozen=True)
class RouteProps:
    """An HTTPRoute's settings: what applies to every rule that does not set its own."""

    request_timeout: str | None = setting(
        None,
        grammar=GATEWAY_DURATION_RULE,
        doc="Time for the whole request of every rule that sets none, e.g. 300s; 0s disables it. "
        "default: unset (the Gateway's)",
    )
    backend_request_timeout: str | None = setting(
        None,
        grammar=GATEWAY_DURATION_RULE,
        doc="Time for one try against a backend, for every rule that sets none; at most the request timeout. "
        "default: unset (the Gateway's)",
    )


def _seconds(duration: str) -> float:
    return sum(int(n) * _SECONDS[unit] for n, unit in _TIMEOUT_PART.findall(duration))


def _within(prefix: str, error: PropsError) -> PropsError:
    """``error`` of a nested settings object, its field named from the route's props down."""
    return PropsError(f"{prefix}.{error.field}" if error.field else prefix, error.value, error.message)


def path_problem(path_type: str, value: str) -> str | None:
    """What the HTTPRoute CRD's CEL rules refuse in an Exact or PathPrefix path, or None."""
    if path_type == "RegularExpression":
        return None
    kind = f"{'an' if path_type[:1] in 'AEIOU' else 'a'} {path_type} path"
    if not value.startswith("/"):
        return f"{kind} starts with '/'"
    for part in ("//", "/./", "/../", "%2f", "%2F", "#"):
        if part in value:
            return f"{kind} cannot contain {part!r}"
    for end in ("/..", "/."):
        if value.endswith(end):
            return f"{kind} cannot end with {end!r}"
    if not _PATH_CHARACTERS.match(value):
        return f"{kind} has letters, digits, -/._~!$&'()*+,;=:@ and %XX escapes only"
    return None


def check_gateway_ref(gateway: ObjectRef) -> None:
    """Refuse a parent that is not a Gateway API Gateway."""
    if not isinstance(gateway, ObjectRef) or gateway.kind != "Gateway" or gateway.group != "gateway.networking.k8s.io":
        shown = f"{gateway.kind} {gateway.name}" if isinstance(gateway, ObjectRef) else type(gateway).__name__
        raise PropsError("gateway", gateway, f"{shown} is not a Gateway; pass InferenceGateway.ref")


def _check_match(where: str, match: Match) -> None:
    if (problem := path_problem(match.path_type, match.path)) is not None:
        raise PropsError(f"{where}.path", match.path, problem)
    names = [h.name.lower() for h in match.headers]
    if len(set(names)) != len(names):
        raise PropsError(f"{where}.headers", [h.name for h in match.headers], "names repeat; match each header once")


def _check_timeouts(where: str, rule: RouteRule, props: RouteProps) -> dict[str, str]:
    """The rule's timeouts (its own, else the route's), checked against the CRD's CEL rule."""
    own_request, own_backend = rule.request_timeout is not None, rule.backend_request_timeout is not None
    request = rule.request_timeout if own_request else props.request_timeout
    backend = rule.backend_request_timeout if own_backend else props.backend_request_timeout
    if request is not None and backend is not None and _seconds(request) != 0 and _seconds(backend) > _seconds(request):
        field = f"{where}.backend_request_timeout" if own_backend else "backend_request_timeout"
        whose = "" if own_request == own_backend else (f" of {where}" if own_request else " (the route's)")
        raise PropsError(field, backend, f"cannot be longer than request_timeout {request!r}{whose}; shorten it")
    timeouts = {}
    if request is not None:
        timeouts["request"] = request
    if backend is not None:
        timeouts["backendRequest"] = backend
    return timeouts


def _backend_ref(where: str, backend: Backend, namespace: str | None) -> dict[str, Any]:
    if not isinstance(backend, Backend):
        raise PropsError(where, backend, "give Backend(pool_ref, weight), with InferencePoolStack.pool_ref")
    pool = backend.pool
    if not isinstance(pool, PoolRef) or pool.kind != "InferencePool":
        shown = f"{pool.kind} {pool.name}" if isinstance(pool, ObjectRef) else type(pool).__name__
        raise PropsError(f"{where}.pool", pool, f"{shown} is not an InferencePool; pass InferencePoolStack.pool_ref")
    try:
        check_props(backend)
    except PropsError as exc:
        raise _within(where, exc) from None
    ref: dict[str, Any] = dict(pool.target_ref())
    if pool.namespace and pool.namespace != namespace:  # also when the route's namespace is left open
        ref["namespace"] = pool.namespace
    if backend.weight is not None:
        ref["weight"] = backend.weight
    return ref


def _rule(index: int, rule: RouteRule, props: RouteProps, namespace: str | None) -> dict[str, Any]:
    where = f"rules[{index}]"
    if not isinstance(rule, RouteRule):
        raise PropsError(where, rule, "give RouteRule(backends=[Backend(pool_ref)], ...)")
    try:
        check_props(rule)
    except PropsError as exc:
        raise _within(where, exc) from None
    if not 1 <= len(rule.backends) <= MAX_BACKENDS:
        fix = "give at least one Backend(pool_ref)" if not rule.backends else "split the pools over several rules"
        raise PropsError(
            f"{where}.backends",
            len(rule.backends),
            f"{len(rule.backends)} given, a rule has 1 to {MAX_BACKENDS}; {fix}",
        )
    refs = [_backend_ref(f"{where}.backends[{i}]", b, namespace) for i, b in enumerate(rule.backends)]
    if all(b.weight == 0 for b in rule.backends):
        raise PropsError(
            f"{where}.backends",
            [b.weight for b in rule.backends],
            "every weight is 0, so the rule would reject all requests; give one backend a weight above 0",
        )
    _check_match(where, rule.matches[0])
    for i, match in enumerate(rule.extra_matches):
        _check_match(f"{where}.extra_matches[{i}]", match)
    out: dict[str, Any] = {"backendRefs": refs, "matches": [_match(m) for m in rule.matches]}
    if timeouts := _check_timeouts(where, rule, props):
        out["timeouts"] = timeouts
    return out


def _match(match: Match) -> dict[str, Any]:
    out: dict[str, Any] = {"path": {"type": match.path_type, "value": match.path}}
    if match.headers:
        out["headers"] = [{"name": h.name, "value": h.value, "type": h.type} for h in match.headers]
    return out


def model_rule(backends: Sequence[Backend], models: Sequence[str], header: str = MODEL_NAME_HEADER) -> RouteRule:
    """The rule sending requests for any of ``models`` to ``backends``: one match per model on ``header``,
    the header a body-based router fills from the request body's ``model`` (``BodyBasedRouter.model_header``)."""
    if not models:
        raise PropsError("models", list(models), "give the model names (and LoRA adapters) the pools serve")
    first, *rest = (HeaderMatch(header, model) for model in models)
    return RouteRule(backends=tuple(backends), headers=(first,), extra_matches=tuple(Match(headers=(m,)) for m in rest))


def route_ref(name: str, gateway: ObjectRef) -> ObjectRef:
    """The HTTPRoute ``name`` attached to ``gateway`` (it lives in the gateway's namespace)."""
    return ObjectRef(GATEWAY_API, "HTTPRoute", name, gateway.namespace)


def render_route(name: str, gateway: ObjectRef, rules: Sequence[RouteRule], props: RouteProps) -> dict[str, Any]:
    """The HTTPRoute ``name`` on ``gateway``, written in the gateway's namespace, sending ``rules`` to pools."""
    check_name(name)
    check_gateway_ref(gateway)
    check_props(props)
    if not 1 <= len(rules) <= MAX_RULES:
        fix = "give at least one RouteRule" if not rules else "split the rules over several routes"
        raise PropsError("rules", len(rules), f"{len(rules)} given, an HTTPRoute has 1 to {MAX_RULES}; {fix}")
    rendered = [_rule(i, r, props, gateway.namespace) for i, r in enumerate(rules)]
    total = sum(len(r.matches) for r in rules)
    if total > MAX_ROUTE_MATCHES:
        raise PropsError(
            "rules", total, f"the rules have {total} matches; an HTTPRoute has at most {MAX_ROUTE_MATCHES} in all"
        )
    return {
        "apiVersion": GATEWAY_API,
        "kind": "HTTPRoute",
        "metadata": object_metadata(name, gateway.namespace),
        "spec": {"parentRefs": [gateway.target_ref()], "rules": rendered},
    }
