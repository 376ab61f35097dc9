"""``InferenceRoute``: an HTTPRoute that sends traffic to inference pools, weighted.

Each backend's group and kind come from the pool object passed in, so a route always matches the
pools' API versions, including a split across v1alpha2 and v1 pools during a migration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from infergw.errors import ConstructError
from infergw.gateway import GATEWAY_API
from infergw.objects import emit
from infergw.refs import ObjectRef, PoolRef
from infergw.runtime import Construct, LazyPath

_TIMEOUT = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
MAX_WEIGHT = 1_000_000


@dataclass(frozen=True)
class Backend:
    """A pool and its share of the rule's traffic (0..1000000; Gateway API's default is 1)."""

    pool: PoolRef
    weight: int | None = None


@dataclass(frozen=True)
class HeaderMatch:
    name: str
    value: str
    type: Literal["Exact", "RegularExpression"] = "Exact"


@dataclass(frozen=True)
class RouteRule:
    """One rule: matches, backends, timeouts.

    :param path: path the rule matches. default: ``/``
    :param path_type: PathPrefix, Exact or RegularExpression. default: PathPrefix
    :param headers: header matches (all must match). default: none
    :param request_timeout: Gateway API duration, e.g. ``300s``. default: the gateway's
    """

    backends: Sequence[Backend]
    path: str = "/"
    path_type: Literal["PathPrefix", "Exact", "RegularExpression"] = "PathPrefix"
    headers: Sequence[HeaderMatch] = field(default_factory=tuple)
    request_timeout: str | None = None


class InferenceRoute(Construct):
    """An HTTPRoute attached to a Gateway, routing to inference pools.

    :param gateway: the Gateway (``InferenceGateway.ref``)
    :param rules: 1 to 16 rules, each with 1 to 16 backends
    """

    def __init__(self, scope: Construct, construct_id: str, name: str, *, gateway: ObjectRef, rules: Sequence[RouteRule]) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if gateway.kind != "Gateway":
            raise ConstructError(path, f"gateway: {gateway.kind} {gateway.name} is not a Gateway")
        if not 1 <= len(rules) <= 16:
            raise ConstructError(path, f"rules: {len(rules)} given; an HTTPRoute has 1 to 16")
        self.ref = ObjectRef(GATEWAY_API, "HTTPRoute", name, gateway.namespace)
        meta = {"name": name} | ({"namespace": gateway.namespace} if gateway.namespace else {})
        self.body = {
            "apiVersion": GATEWAY_API,
            "kind": "HTTPRoute",
            "metadata": meta,
            "spec": {"parentRefs": [gateway.target_ref()], "rules": [self._rule(path, i, r) for i, r in enumerate(rules)]},
        }
        emit(self, "Resource", self.body)

    @staticmethod
    def _rule(path: str, index: int, rule: RouteRule) -> dict[str, object]:
        where = f"rules[{index}]"
        if not 1 <= len(rule.backends) <= 16:
            raise ConstructError(path, f"{where}.backends: {len(rule.backends)} given; a rule has 1 to 16")
        refs = []
        for backend in rule.backends:
            if backend.pool.kind != "InferencePool":
                raise ConstructError(path, f"{where}.backends: {backend.pool.kind} {backend.pool.name} is not an InferencePool")
            if backend.weight is not None and not 0 <= backend.weight <= MAX_WEIGHT:
                raise ConstructError(path, f"{where}.backends[{backend.pool.name}].weight={backend.weight}: use 0 to {MAX_WEIGHT}")
            ref = backend.pool.target_ref()
            if backend.weight is not None:
                ref["weight"] = backend.weight
            refs.append(ref)
        if rule.backends and all(b.weight == 0 for b in rule.backends):
            raise ConstructError(path, f"{where}.backends: every weight is 0, so the rule would reject all requests")
        if rule.path_type != "RegularExpression" and not rule.path.startswith("/"):
            raise ConstructError(path, f"{where}.path={rule.path!r}: an {rule.path_type} path starts with '/'")
        match: dict[str, object] = {"path": {"type": rule.path_type, "value": rule.path}}
        if rule.headers:
            match["headers"] = [{"name": h.name, "value": h.value, "type": h.type} for h in rule.headers]
        out: dict[str, object] = {"backendRefs": refs, "matches": [match]}
        if rule.request_timeout is not None:
            if not _TIMEOUT.match(rule.request_timeout):
                raise ConstructError(path, f"{where}.request_timeout={rule.request_timeout!r}: write a duration such as 300s, 5m or 1h30m")
            out["timeouts"] = {"request": rule.request_timeout}
        return out
