"""Construction-time errors: impossible input is refused with the construct path, field and fix."""

from __future__ import annotations

import pytest
from infergw.cdk.chart import Chart
from infergw.cdk.gateway import InferenceGateway
from infergw.cdk.model import InferenceModel
from infergw.cdk.objective import InferenceObjective
from infergw.cdk.pool import InferencePoolProps, InferencePoolStack
from infergw.cdk.route import InferenceRoute
from infergw.cdk.runtime import cdk8s
from infergw.errors import ConstructError
from infergw.refs import ObjectRef, PoolRef
from infergw.render.gateway import GatewayProps, Listener
from infergw.render.objective import ModelProps, ObjectiveProps, TargetModel
from infergw.render.route import Backend, RouteProps, RouteRule

V1_POOL = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "p", release="v1.0.2")
V030_POOL = PoolRef("inference.networking.x-k8s.io/v1alpha2", "InferencePool", "old", release="v0.3.0")
GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "gw")


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def pool(chart, **props):
    # The v1.0.2 chart's values (the release of the source documents) unless a case names another.
    return InferencePoolStack(
        chart, "pool", "p", InferencePoolProps(**{"match_labels": {"app": "p"}, "release": "v1.0.2", **props})
    )


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"match_labels": {}}, r"c/pool: match_labels=\{\}: at least 1 entry needed, got 0"),
        # the v1.0.x v1 InferencePool CRD: targetPorts maxItems 1
        (
            {"target_ports": (8000, 8001)},
            r"c/pool: target_ports=\(8000, 8001\): the InferencePool CRD of release v1.0.2 takes at most 1",
        ),
        ({"target_ports": ()}, r"target_ports=\[\]: at least 1 entry needed, got 0"),
        ({"target_ports": (70000,)}, r"target_ports\[0\]=70000: expected a whole number from 1 to 65535"),
        (
            {"release": "v9"},
            r"c/pool: release='v9': expected one of v0.3.0, v1.0.0, v1.0.2",
        ),
        (
            {"release": "v0.3.0", "api_version": "inference.networking.k8s.io/v1"},
            r"release v0.3.0 renders inference.networking.x-k8s.io/v1alpha2",
        ),
        ({"replicas": -1}, r"replicas=-1"),
    ],
)
def test_pool_stack_refuses(chart, props, message):
    with pytest.raises(ConstructError, match=message):
        pool(chart, **props)


def test_pool_ref_follows_the_api_version(chart):
    assert (
        pool(chart, api_version="inference.networking.x-k8s.io/v1alpha2").pool_ref.group
        == "inference.networking.x-k8s.io"
    )
    other = Chart(cdk8s.App(), "d")
    assert pool(other).pool_ref.target_ref() == {
        "group": "inference.networking.k8s.io",
        "kind": "InferencePool",
        "name": "p",
    }


def test_objective_for_a_v030_pool_is_refused(chart):
    with pytest.raises(
        ConstructError,
        match=r"c/o: pool='old': the pool comes from release v0.3.0, which has no InferenceObjective; "
        "use InferenceModel",
    ):
        InferenceObjective(chart, "o", "o", pool=V030_POOL, props=ObjectiveProps(priority=1))


def test_objective_pool_ref_group_comes_from_the_pool(chart):
    objective = InferenceObjective(chart, "o", "o", pool=V1_POOL, props=ObjectiveProps(priority=2))
    assert objective.body["spec"] == {"poolRef": {"group": "inference.networking.k8s.io", "name": "p"}, "priority": 2}


def test_model_for_a_v1_pool_is_refused(chart):
    with pytest.raises(ConstructError, match=r"the pool comes from release v1\.0\.2, which has no InferenceModel"):
        InferenceModel(chart, "m", "m", pool=V1_POOL, props=ModelProps(model_name="x"))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"criticality": "Urgent"}, "criticality='Urgent': expected one of Critical, Standard, Sheddable"),
        ({"target_models": (TargetModel("a", 50), TargetModel("b"))}, "give a weight to every target model or to none"),
        (
            {"target_models": (TargetModel("a", 0),)},
            r"target_models\[0\].weight=0: expected a whole number from 1 to 1000000",
        ),
    ],
)
def test_model_refuses(chart, kwargs, message):
    with pytest.raises(ConstructError, match=message):
        InferenceModel(chart, "m", "m", pool=V030_POOL, props=ModelProps(model_name="x", **kwargs))


# The checks of the Gateway and the HTTPRoute are tested on their renderers (tests/infergw/render/);
# here, that the constructs report them with their construct path, and what the constructs expose.


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            GatewayProps(gateway_class="istio"),
            r"^c/g: gateway_class='istio': expected one of gke-l7-regional-external-managed, gke-l7-rilb",
        ),
        (
            GatewayProps(listeners=[Listener(name="https", port=443, protocol="HTTPS")]),
            r"^c/g: listeners\[0\].tls_certificate=None: an HTTPS listener needs one: give a Secret name",
        ),
        (GatewayProps(listeners=[]), r"^c/g: listeners=\[\]: at least 1 entry needed, got 0"),
    ],
)
def test_gateway_refuses(chart, props, message):
    with pytest.raises(ConstructError, match=message):
        InferenceGateway(chart, "g", "g", props=props)


def test_gateway_name_must_be_a_dns_name(chart):
    with pytest.raises(ConstructError, match=r"^c/g: name='Inference Gateway': use a DNS subdomain"):
        InferenceGateway(chart, "g", "Inference Gateway")


def test_gateway_exposes_its_ref_and_listener_names(chart):
    props = GatewayProps(
        namespace="edge", listeners=[Listener(), Listener(name="https", protocol="HTTPS", tls_certificate="cert")]
    )
    gateway = InferenceGateway(chart, "g", "gw", props=props)
    assert gateway.ref == ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "gw", "edge")
    assert gateway.listener_names == ("http", "https")
    assert gateway.body["spec"]["listeners"][1]["port"] == 443


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        (
            [RouteRule(backends=[Backend(V1_POOL, 1_000_001)])],
            r"^c/r: rules\[0\].backends\[0\].weight=1000001: expected a whole number from 0 to 1000000",
        ),
        ([RouteRule(backends=[Backend(V1_POOL)])] * 17, r"^c/r: rules=17: 17 given, an HTTPRoute has 1 to 16"),
    ],
)
def test_route_refuses(chart, rules, message):
    with pytest.raises(ConstructError, match=message):
        InferenceRoute(chart, "r", "r", gateway=GATEWAY, rules=rules)


def test_route_target_must_be_a_gateway(chart):
    with pytest.raises(ConstructError, match=r"^c/r: gateway=.*: InferencePool p is not a Gateway"):
        InferenceRoute(chart, "r", "r", gateway=V1_POOL, rules=[RouteRule(backends=[Backend(V1_POOL)])])


def test_route_on_a_gateway_construct(chart):
    gateway = InferenceGateway(chart, "g", "gw", props=GatewayProps(namespace="edge"))
    route = InferenceRoute(
        chart,
        "r",
        "llm-route",
        gateway=gateway.ref,
        rules=[RouteRule(backends=[Backend(V030_POOL, 50), Backend(V1_POOL, 50)])],
        props=RouteProps(request_timeout="300s"),
    )
    assert route.ref == ObjectRef("gateway.networking.k8s.io/v1", "HTTPRoute", "llm-route", "edge")
    assert route.body["spec"]["parentRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}]
    assert route.body["spec"]["rules"][0]["timeouts"] == {"request": "300s"}
    with pytest.raises(ConstructError, match=r"^c/r2: request_timeout='5 minutes': expected a duration"):
        InferenceRoute(
            chart,
            "r2",
            "r2",
            gateway=gateway.ref,
            rules=[RouteRule(backends=[Backend(V1_POOL)])],
            props=RouteProps(request_timeout="5 minutes"),
        )


V102_ALPHA_POOL = PoolRef(
    "inference.networking.x-k8s.io/v1alpha2", "InferencePool", "alpha", "serving", release="v1.0.2"
)


def test_model_for_a_v1alpha2_pool_of_a_v1_release_is_refused(chart):
    # v1.0.x renders v1alpha2 pools on request, but its CRDs have no InferenceModel
    with pytest.raises(
        ConstructError,
        match=r"c/m: pool='alpha': the pool comes from release v1.0.2, which has no InferenceModel; "
        "use InferenceObjective",
    ):
        InferenceModel(chart, "m", "m", pool=V102_ALPHA_POOL, props=ModelProps(model_name="x"))


def test_objective_for_a_v1alpha2_pool_of_a_v1_release_names_the_alpha_group(chart):
    objective = InferenceObjective(chart, "o", "o", pool=V102_ALPHA_POOL)
    assert objective.body["metadata"] == {"name": "o", "namespace": "serving"}
    assert objective.body["spec"] == {"poolRef": {"group": "inference.networking.x-k8s.io", "name": "alpha"}}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"priority": 2**31}, r"priority=2147483648: expected a whole number from -2147483648 to 2147483647"),
        ({"priority": True}, r"priority=True"),
        ({"pool": GATEWAY}, r"pool='gw': Gateway is not an InferencePool"),
    ],
)
def test_objective_refuses(chart, kwargs, message):
    with pytest.raises(ConstructError, match=message):
        InferenceObjective(chart, "o", "o", pool=kwargs.pop("pool", V1_POOL), props=ObjectiveProps(**kwargs))


def test_objective_name_must_be_a_dns_name(chart):
    with pytest.raises(ConstructError, match=r"c/o: name='Food_Review'"):
        InferenceObjective(chart, "o", "Food_Review", pool=V1_POOL)


def test_model_name_length_is_the_crds(chart):
    with pytest.raises(
        ConstructError, match=r"model_name='x{76}...: give the model name clients send \(1 to 256 characters\)"
    ):
        InferenceModel(chart, "m", "m", pool=V030_POOL, props=ModelProps(model_name="x" * 257))
