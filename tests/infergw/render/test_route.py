"""The HTTPRoute renderer: backends from pool references, matches, timeouts, and the CRD's limits and CEL rules."""

from __future__ import annotations

import pytest
from infergw.refs import ObjectRef, PoolRef
from infergw.render.route import Backend, HeaderMatch, Match, RouteProps, RouteRule, render_route, route_ref
from infergw.settings import PropsError, schema_of

V1_POOL = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "p", release="v1.0.2")
V030_POOL = PoolRef("inference.networking.x-k8s.io/v1alpha2", "InferencePool", "old", release="v0.3.0")
ALPHA_POOL = PoolRef("inference.networking.x-k8s.io/v1alpha2", "InferencePool", "alpha", "serving", release="v1.0.2")
GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "gw")


def route(*rules: RouteRule, props: RouteProps = RouteProps(), gateway: ObjectRef = GATEWAY) -> dict:  # noqa: B008
    return render_route("r", gateway, rules, props)


def test_backend_groups_follow_each_pool():
    body = route(RouteRule(backends=[Backend(V030_POOL, 50), Backend(V1_POOL, 50)]))
    assert body["spec"]["rules"][0]["backendRefs"] == [
        {"group": "inference.networking.x-k8s.io", "kind": "InferencePool", "name": "old", "weight": 50},
        {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "p", "weight": 50},
    ]
    assert body["spec"]["parentRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}]


def test_matches_timeouts_and_cross_namespace_backends():
    gateway = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "gw", "edge")
    local = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "near", "edge", release="v1.0.2")
    rule = RouteRule(
        backends=[Backend(local, 90), Backend(ALPHA_POOL, 10)],
        path="/v1/completions",
        path_type="Exact",
        headers=[HeaderMatch("x-model", "llama.*", "RegularExpression")],
        extra_matches=[Match("/v1/chat")],
        request_timeout="300s",
        backend_request_timeout="0s",
    )
    body = route(rule, gateway=gateway)
    assert body["metadata"] == {"name": "r", "namespace": "edge"}
    assert body["spec"]["rules"] == [
        {
            "backendRefs": [
                {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "near", "weight": 90},
                # another namespace: written out (and that namespace needs a ReferenceGrant)
                {
                    "group": "inference.networking.x-k8s.io",
                    "kind": "InferencePool",
                    "name": "alpha",
                    "namespace": "serving",
                    "weight": 10,
                },
            ],
            "matches": [
                {
                    "path": {"type": "Exact", "value": "/v1/completions"},
                    "headers": [{"name": "x-model", "value": "llama.*", "type": "RegularExpression"}],
                },
                {"path": {"type": "PathPrefix", "value": "/v1/chat"}},
            ],
            "timeouts": {"request": "300s", "backendRequest": "0s"},
        }
    ]
    assert route_ref("r", gateway) == ObjectRef("gateway.networking.k8s.io/v1", "HTTPRoute", "r", "edge")
    # A route whose Gateway leaves the namespace open names the pool's namespace, wherever it is applied.
    open_route = route(RouteRule(backends=[Backend(local)]))
    assert open_route["spec"]["rules"][0]["backendRefs"][0]["namespace"] == "edge"


def test_route_timeouts_apply_to_every_rule_that_sets_none():
    props = RouteProps(request_timeout="300s", backend_request_timeout="60s")
    body = route(
        RouteRule(backends=[Backend(V1_POOL)]),
        RouteRule(backends=[Backend(V1_POOL)], path="/slow", request_timeout="1h"),
        props=props,
    )
    assert [r["timeouts"] for r in body["spec"]["rules"]] == [
        {"request": "300s", "backendRequest": "60s"},
        {"request": "1h", "backendRequest": "60s"},
    ]
    assert "timeouts" not in route(RouteRule(backends=[Backend(V1_POOL)]))["spec"]["rules"][0]


def test_the_schema_carries_the_limits_and_leaves_the_pools_out():
    rule = schema_of(RouteRule)["properties"]
    assert "backends" not in rule  # references to pools: construct arguments, not config
    assert rule["headers"]["maxItems"] == 16
    assert rule["headers"]["items"]["properties"]["name"]["maxLength"] == 256
    assert rule["requestTimeout"]["anyOf"][0]["pattern"] == "^(?:([0-9]{1,5}(h|m|s|ms)){1,4})$"
    weight = schema_of(Backend)["properties"]["weight"]["anyOf"][0]
    assert weight == {"type": "integer", "minimum": 0, "maximum": 1000000}
    assert set(schema_of(RouteProps)["properties"]) == {"requestTimeout", "backendRequestTimeout"}


def rule(**kwargs) -> RouteRule:
    return RouteRule(**{"backends": [Backend(V1_POOL)], **kwargs})


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            [rule(backends=[Backend(V1_POOL, 1_000_001)])],
            r"rules\[0\].backends\[0\].weight=1000001: expected a whole number from 0 to 1000000",
        ),
        ([rule(backends=[Backend(V1_POOL, True)])], r"rules\[0\].backends\[0\].weight=True: expected a whole number"),
        (
            [rule(backends=[Backend(V1_POOL, 0), Backend(V030_POOL, 0)])],
            r"rules\[0\].backends=\[0, 0\]: every weight is 0, so the rule would reject all requests; "
            "give one backend a weight above 0",
        ),
        (
            [rule(backends=[])],
            r"rules\[0\].backends=0: 0 given, a rule has 1 to 16; give at least one Backend\(pool_ref\)",
        ),
        ([rule(backends=[Backend(V1_POOL)] * 17)], r"rules\[0\].backends=17: 17 given, a rule has 1 to 16; split"),
        (
            [rule(backends=[V1_POOL])],
            r"rules\[0\].backends\[0\]=PoolRef\(.*: give Backend\(pool_ref, weight\)",
        ),
        (
            [rule(backends=[Backend(GATEWAY)])],  # type: ignore[arg-type]
            r"rules\[0\].backends\[0\].pool=ObjectRef\(.*: Gateway gw is not an InferencePool; "
            "pass InferencePoolStack.pool_ref",
        ),
        ([rule()] * 17, r"rules=17: 17 given, an HTTPRoute has 1 to 16; split the rules over several routes"),
        ([], r"rules=0: 0 given, an HTTPRoute has 1 to 16; give at least one RouteRule"),
        # the CRD's CEL rule: at most 128 matches across all rules
        (
            [rule(extra_matches=[Match("/v1")] * 40)] * 4,
            r"rules=164: the rules have 164 matches; an HTTPRoute has at most 128 in all",
        ),
        (
            [rule(extra_matches=[Match("/v1")] * 64)],
            r"rules\[0\].extra_matches=.*: at most 63 entries allowed, got 64",
        ),
        # path rules of the CRD (CEL) for Exact and PathPrefix
        ([rule(path="v1")], r"rules\[0\].path='v1': a PathPrefix path starts with '/'"),
        ([rule(path="/a//b", path_type="Exact")], r"rules\[0\].path='/a//b': an Exact path cannot contain '//'"),
        ([rule(path="/a/..")], r"path='/a/..': a PathPrefix path cannot end with '/..'"),
        ([rule(path="/a%2Fb")], r"path='/a%2Fb': a PathPrefix path cannot contain '%2F'"),
        ([rule(path="/a b")], r"path='/a b': a PathPrefix path has letters, digits"),
        ([rule(path="/" * 1025)], r"rules\[0\].path='/{76}...: expected a path of at most 1024 characters"),
        (
            [rule(extra_matches=[Match("v2")])],
            r"rules\[0\].extra_matches\[0\].path='v2': a PathPrefix path starts with '/'",
        ),
        ([rule(path_type="Prefix")], r"rules\[0\].path_type='Prefix': expected one of PathPrefix, Exact"),
        # timeouts: the Gateway API duration grammar and the CEL rule backendRequest <= request
        ([rule(request_timeout="5 minutes")], r"rules\[0\].request_timeout='5 minutes': expected a duration such as"),
        ([rule(backend_request_timeout="soon")], r"rules\[0\].backend_request_timeout='soon': expected a duration"),
        (
            [rule(request_timeout="30s", backend_request_timeout="1m")],
            r"rules\[0\].backend_request_timeout='1m': cannot be longer than request_timeout '30s'; shorten it",
        ),
        # headers: the CRD's grammar, limits and list-map key (one entry per name, case-insensitive)
        (
            [rule(headers=[HeaderMatch("x model", "a")])],
            r"rules\[0\].headers\[0\].name='x model': expected an HTTP header name",
        ),
        ([rule(headers=[HeaderMatch("x-model", "")])], r"headers\[0\].value='': expected a header value of 1 to 4096"),
        (
            [rule(headers=[HeaderMatch("X-Model", "a"), HeaderMatch("x-model", "b")])],
            r"rules\[0\].headers=\['X-Model', 'x-model'\]: names repeat; match each header once",
        ),
        (
            [rule(headers=[HeaderMatch(f"h{i}", "a") for i in range(17)])],
            r"rules\[0\].headers=.*: at most 16 entries allowed, got 17",
        ),
        (
            [rule(extra_matches=[Match("/v1", headers=[HeaderMatch("a", "b", "Prefix")])])],  # type: ignore[arg-type]
            r"rules\[0\].extra_matches\[0\].headers\[0\].type='Prefix': expected one of Exact, RegularExpression",
        ),
    ],
)
def test_rules_refused(rules, message):
    with pytest.raises(PropsError, match=message):
        render_route("r", GATEWAY, rules, RouteProps())


@pytest.mark.parametrize(
    ("name", "gateway", "props", "message"),
    [
        ("Route 1", GATEWAY, RouteProps(), r"name='Route 1': use a DNS subdomain"),
        (
            "r",
            V1_POOL,
            RouteProps(),
            r"gateway=PoolRef\(.*: InferencePool p is not a Gateway; pass InferenceGateway.ref",
        ),
        (
            "r",
            ObjectRef("networking.istio.io/v1", "Gateway", "gw"),
            RouteProps(),
            r"Gateway gw is not a Gateway; pass InferenceGateway.ref",
        ),
        ("r", GATEWAY, RouteProps(request_timeout="forever"), r"^request_timeout='forever': expected a duration"),
        (
            "r",
            GATEWAY,
            RouteProps(request_timeout="30s", backend_request_timeout="1m"),
            r"^backend_request_timeout='1m': cannot be longer than request_timeout '30s'; shorten it",
        ),
    ],
)
def test_route_refused(name, gateway, props, message):
    with pytest.raises(PropsError, match=message):
        render_route(name, gateway, [rule()], props)


def test_a_rule_timeout_checked_against_the_routes():
    with pytest.raises(
        PropsError,
        match=r"rules\[0\].backend_request_timeout='1m': cannot be longer than request_timeout '30s' \(the route's\)",
    ):
        render_route("r", GATEWAY, [rule(backend_request_timeout="1m")], RouteProps(request_timeout="30s"))
    with pytest.raises(
        PropsError, match=r"^backend_request_timeout='1m': cannot be longer than request_timeout '30s' of rules\[0\]"
    ):
        render_route("r", GATEWAY, [rule(request_timeout="30s")], RouteProps(backend_request_timeout="1m"))
    # 0s disables the request timeout, so any backend timeout fits
    body = render_route("r", GATEWAY, [rule(backend_request_timeout="1h")], RouteProps(request_timeout="0s"))
    assert body["spec"]["rules"][0]["timeouts"] == {"request": "0s", "backendRequest": "1h"}


def test_a_regular_expression_path_skips_the_path_rules():
    body = route(rule(path="^/v[0-9]+//chat", path_type="RegularExpression"))
    assert body["spec"]["rules"][0]["matches"] == [{"path": {"type": "RegularExpression", "value": "^/v[0-9]+//chat"}}]
