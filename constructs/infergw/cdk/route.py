"""``InferenceRoute``: an HTTPRoute that sends traffic to inference pools, weighted.

Each backend's group and kind come from the pool object passed in (``InferencePoolStack.pool_ref``),
never from a string the user types, so a route always matches the pools' API versions, including a
split across v1alpha2 and v1 pools during a migration. A pool in another namespace than the route
gets ``namespace`` on its backendRef (that namespace then needs a ReferenceGrant for the route).

The limits checked here are the Gateway API HTTPRoute CRD's: 1 to 16 rules, 1 to 64 matches per
rule, 16 headers per match, weights 0 to 1000000, durations ``^([0-9]{1,5}(h|m|s|ms)){1,4}$``, and
a backend request timeout no longer than the request timeout.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.names import GATEWAY_DURATION
from infergw.refs import ObjectRef, PoolRef
from infergw.render.gateway import GATEWAY_API

_TIMEOUT_PART = re.compile(r"([0-9]{1,5})(h|ms|m|s)")
_HEADER_NAME = re.compile(r"^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$")
_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
MAX_WEIGHT = 1_000_000
#: Gateway API HTTPRoute limits (the CRD's maxItems).
MAX_RULES, MAX_BACKENDS, MAX_MATCHES, MAX_HEADERS = 16, 16, 64, 16


@dataclass(frozen=True)
class Backend:
    """A pool and its share of the rule's traffic.

    :param pool: the pool (``InferencePoolStack.pool_ref``); gives the backendRef's group, kind and name
    :param weight: 0 to 1000000, relative to the rule's other backends. default: unset (Gateway API's 1)
    """

    pool: PoolRef
    weight: int | None = None


@dataclass(frozen=True)
class HeaderMatch:
    """A request header the rule matches.

    :param name: header name (case-insensitive on the wire)
    :param value: the value to match
    :param type: ``Exact`` or ``RegularExpression``. default: ``Exact``
    """

    name: str
    value: str
    type: Literal["Exact", "RegularExpression"] = "Exact"


@dataclass(frozen=True)
class Match:
    """One way a request can match a rule (path and, optionally, headers, all of which must match).

    :param path: default: ``/``
    :param path_type: ``PathPrefix``, ``Exact`` or ``RegularExpression``. default: ``PathPrefix``
    :param headers: default: none
    """

    path: str = "/"
    path_type: Literal["PathPrefix", "Exact", "RegularExpression"] = "PathPrefix"
    headers: Sequence[HeaderMatch] = field(default_factory=tuple)


@dataclass(frozen=True)
class RouteRule:
    """One rule: which requests (matches), where they go (backends), and how long they may take.

    ``path``, ``path_type`` and ``headers`` describe the rule's first match; ``extra_matches`` adds
    alternatives (a request matching any of them is routed).

    :param backends: 1 to 16 pools with weights
    :param path: path the rule matches. default: ``/``
    :param path_type: PathPrefix, Exact or RegularExpression. default: PathPrefix
    :param headers: header matches (all must match). default: none
    :param extra_matches: further matches, any of which also selects the rule. default: none
    :param request_timeout: Gateway API duration for the whole request, e.g. ``300s``; ``0s`` disables
        it. default: the gateway's
    :param backend_request_timeout: duration for one try against a backend; at most ``request_timeout``.
        default: the gateway's
    """

    backends: Sequence[Backend]
    path: str = "/"
    path_type: Literal["PathPrefix", "Exact", "RegularExpression"] = "PathPrefix"
    headers: Sequence[HeaderMatch] = field(default_factory=tuple)
    extra_matches: Sequence[Match] = field(default_factory=tuple)
    request_timeout: str | None = None
    backend_request_timeout: str | None = None


def _seconds(duration: str) -> float:
    return sum(int(n) * _SECONDS[unit] for n, unit in _TIMEOUT_PART.findall(duration))


class InferenceRoute(Construct):
    """An HTTPRoute attached to a Gateway, routing to inference pools.

    Written in the gateway's namespace.

    :param name: object name
    :param gateway: the Gateway (``InferenceGateway.ref``)
    :param rules: 1 to 16 rules, each with 1 to 16 backends
    """

    def __init__(
        self, scope: Construct, construct_id: str, name: str, *, gateway: ObjectRef, rules: Sequence[RouteRule]
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if gateway.kind != "Gateway":
            raise ConstructError(
                path, f"gateway: {gateway.kind} {gateway.name} is not a Gateway; pass InferenceGateway.ref"
            )
        if not 1 <= len(rules) <= MAX_RULES:
            raise ConstructError(path, f"rules: {len(rules)} given; an HTTPRoute has 1 to {MAX_RULES}")
        self.ref = ObjectRef(GATEWAY_API, "HTTPRoute", name, gateway.namespace)
        meta = {"name": name} | ({"namespace": gateway.namespace} if gateway.namespace else {})
        self.body = {
            "apiVersion": GATEWAY_API,
            "kind": "HTTPRoute",
            "metadata": meta,
            "spec": {
                "parentRefs": [gateway.target_ref()],
                "rules": [self._rule(path, i, r, gateway.namespace) for i, r in enumerate(rules)],
            },
        }
        emit(self, "Resource", self.body)

    @staticmethod
    def _rule(path: str, index: int, rule: RouteRule, namespace: str | None) -> dict[str, object]:
        where = f"rules[{index}]"
        if not 1 <= len(rule.backends) <= MAX_BACKENDS:
            raise ConstructError(path, f"{where}.backends: {len(rule.backends)} given; a rule has 1 to {MAX_BACKENDS}")
        refs = []
        for backend in rule.backends:
            pool = backend.pool
            if pool.kind != "InferencePool":
                raise ConstructError(
                    path,
                    f"{where}.backends: {pool.kind} {pool.name} is not an InferencePool; pass InferencePoolStack.pool_ref",
                )
            weight = backend.weight
            if weight is not None and (
                isinstance(weight, bool) or not isinstance(weight, int) or not 0 <= weight <= MAX_WEIGHT
            ):
                raise ConstructError(
                    path, f"{where}.backends[{pool.name}].weight={weight!r}: use a whole number from 0 to {MAX_WEIGHT}"
                )
            ref: dict[str, object] = dict(pool.target_ref())
            if pool.namespace and pool.namespace != namespace:  # also when the route's namespace is left open
                ref["namespace"] = pool.namespace
            if weight is not None:
                ref["weight"] = weight
            refs.append(ref)
        if all(b.weight == 0 for b in rule.backends):
            raise ConstructError(path, f"{where}.backends: every weight is 0, so the rule would reject all requests")
        matches = [Match(rule.path, rule.path_type, rule.headers), *rule.extra_matches]
        if len(matches) > MAX_MATCHES:
            raise ConstructError(path, f"{where}: {len(matches)} matches; a rule has at most {MAX_MATCHES}")
        out: dict[str, object] = {"backendRefs": refs, "matches": [_match(path, where, m) for m in matches]}
        timeouts = {}
        for key, value in (("request", rule.request_timeout), ("backendRequest", rule.backend_request_timeout)):
            if value is None:
                continue
            if not GATEWAY_DURATION.match(value):
                field_name = "request_timeout" if key == "request" else "backend_request_timeout"
                raise ConstructError(
                    path, f"{where}.{field_name}={value!r}: write a duration such as 300s, 5m or 1h30m"
                )
            timeouts[key] = value
        if (
            "request" in timeouts
            and "backendRequest" in timeouts
            and _seconds(timeouts["request"]) != 0
            and _seconds(timeouts["backendRequest"]) > _seconds(timeouts["request"])
        ):
            raise ConstructError(
                path,
                f"{where}.backend_request_timeout={timeouts['backendRequest']!r}: "
                f"cannot be longer than request_timeout {timeouts['request']!r}",
            )
        if timeouts:
            out["timeouts"] = timeouts
        return out


def _match(path: str, where: str, match: Match) -> dict[str, object]:
    if match.path_type not in ("PathPrefix", "Exact", "RegularExpression"):
        raise ConstructError(
            path, f"{where}.path_type={match.path_type!r}: choose PathPrefix, Exact or RegularExpression"
        )
    if match.path_type != "RegularExpression" and not match.path.startswith("/"):
        raise ConstructError(path, f"{where}.path={match.path!r}: a {match.path_type} path starts with '/'")
    out: dict[str, object] = {"path": {"type": match.path_type, "value": match.path}}
    if len(match.headers) > MAX_HEADERS:
        raise ConstructError(path, f"{where}.headers: {len(match.headers)} given; a match has at most {MAX_HEADERS}")
    names = [h.name.lower() for h in match.headers]
    if len(set(names)) != len(names):
        raise ConstructError(path, f"{where}.headers: names {names} repeat; match each header once")
    for header in match.headers:
        if not _HEADER_NAME.match(header.name) or len(header.name) > 256:
            raise ConstructError(
                path, f"{where}.headers.name={header.name!r}: use an HTTP header name (letters, digits, '-' ...)"
            )
        if header.type not in ("Exact", "RegularExpression"):
            raise ConstructError(
                path, f"{where}.headers[{header.name}].type={header.type!r}: choose Exact or RegularExpression"
            )
    if match.headers:
        out["headers"] = [{"name": h.name, "value": h.value, "type": h.type} for h in match.headers]
    return out
