"""Construction-time errors: impossible input is refused with the construct path, field and fix."""

from __future__ import annotations

import pytest

from infergw.errors import ConstructError
from infergw.gateway import InferenceGateway, Listener
from infergw.inferencepool import InferencePoolProps, InferencePoolStack
from infergw.objective import InferenceModel, InferenceObjective, TargetModel
from infergw.objects import Chart
from infergw.refs import ObjectRef, PoolRef
from infergw.route import Backend, InferenceRoute, RouteRule
from infergw.runtime import cdk8s

V1_POOL = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "p", release="v1.0.2")
V030_POOL = PoolRef("inference.networking.x-k8s.io/v1alpha2", "InferencePool", "old", release="v0.3.0")
GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "gw")


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def pool(chart, **props):
    return InferencePoolStack(chart, "pool", "p", InferencePoolProps(**{"match_labels": {"app": "p"}, **props}))


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"match_labels": {}}, r"c/pool: match_labels=\{\}: give the labels of the model-server pods"),
        ({"target_ports": tuple(range(8000, 8009))}, r"target_ports=.*: give 1 to 8 model-server ports"),
        ({"target_ports": (70000,)}, r"port=70000: ports are 1 to 65535"),
        ({"release": "v9"}, r"c/pool: unsupported inference-extension release 'v9'"),
        ({"release": "v0.3.0", "api_version": "inference.networking.k8s.io/v1"}, r"release v0.3.0 renders inference.networking.x-k8s.io/v1alpha2"),
        ({"replicas": -1}, r"replicas=-1"),
    ],
)
def test_pool_stack_refuses(chart, props, message):
    with pytest.raises(ConstructError, match=message):
        pool(chart, **props)


def test_pool_ref_follows_the_api_version(chart):
    assert pool(chart, api_version="inference.networking.x-k8s.io/v1alpha2").pool_ref.group == "inference.networking.x-k8s.io"
    other = Chart(cdk8s.App(), "d")
    assert pool(other).pool_ref.target_ref() == {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "p"}


def test_objective_for_a_v030_pool_is_refused(chart):
    with pytest.raises(ConstructError, match=r"c/o: pool: old comes from release v0.3.0, which has no InferenceObjective; use InferenceModel"):
        InferenceObjective(chart, "o", "o", pool=V030_POOL, priority=1)


def test_objective_pool_ref_group_comes_from_the_pool(chart):
    objective = InferenceObjective(chart, "o", "o", pool=V1_POOL, priority=2)
    assert objective.body["spec"] == {"poolRef": {"group": "inference.networking.k8s.io", "name": "p"}, "priority": 2}


def test_model_for_a_v1_pool_is_refused(chart):
    with pytest.raises(ConstructError, match="InferenceModel only works with v1alpha2"):
        InferenceModel(chart, "m", "m", pool=V1_POOL, model_name="x")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"criticality": "Urgent"}, "criticality='Urgent': choose Critical, Standard or Sheddable"),
        ({"target_models": [TargetModel("a", 50), TargetModel("b")]}, "give a weight to every target model or to none"),
        ({"target_models": [TargetModel("a", 0)]}, r"weights \[0\] must be 1 to 1000000"),
    ],
)
def test_model_refuses(chart, kwargs, message):
    with pytest.raises(ConstructError, match=message):
        InferenceModel(chart, "m", "m", pool=V030_POOL, model_name="x", **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"gateway_class": "istio"}, "gateway_class='istio': choose one of gke-l7-regional-external-managed"),
        ({"listeners": [Listener(), Listener()]}, r"names \['http', 'http'\] must be unique"),
        ({"listeners": [Listener(name="https", port=443, protocol="HTTPS")]}, "HTTPS needs tls_certificate"),
        ({"listeners": [Listener(port=0)]}, "listeners.port=0"),
        ({"listeners": []}, "listeners: 0 given"),
    ],
)
def test_gateway_refuses(chart, kwargs, message):
    with pytest.raises(ConstructError, match=message):
        InferenceGateway(chart, "g", "g", **kwargs)


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ([RouteRule(backends=[Backend(V1_POOL, 1_000_001)])], r"rules\[0\].backends\[p\].weight=1000001: use 0 to 1000000"),
        ([RouteRule(backends=[Backend(V1_POOL, 0)])], "every weight is 0"),
        ([RouteRule(backends=[])], r"rules\[0\].backends: 0 given"),
        ([RouteRule(backends=[Backend(V1_POOL)], path="v1")], r"path='v1': an PathPrefix path starts with '/'"),
        ([RouteRule(backends=[Backend(V1_POOL)], request_timeout="5 minutes")], "request_timeout='5 minutes'"),
        ([RouteRule(backends=[Backend(V1_POOL)])] * 17, "rules: 17 given"),
    ],
)
def test_route_refuses(chart, rules, message):
    with pytest.raises(ConstructError, match=message):
        InferenceRoute(chart, "r", "r", gateway=GATEWAY, rules=rules)


def test_route_backend_groups_follow_each_pool(chart):
    route = InferenceRoute(chart, "r", "llm-route", gateway=GATEWAY, rules=[RouteRule(backends=[Backend(V030_POOL, 50), Backend(V1_POOL, 50)])])
    assert route.body["spec"]["rules"][0]["backendRefs"] == [
        {"group": "inference.networking.x-k8s.io", "kind": "InferencePool", "name": "old", "weight": 50},
        {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "p", "weight": 50},
    ]


def test_route_target_must_be_a_gateway(chart):
    with pytest.raises(ConstructError, match="is not a Gateway"):
        InferenceRoute(chart, "r", "r", gateway=V1_POOL, rules=[RouteRule(backends=[Backend(V1_POOL)])])
