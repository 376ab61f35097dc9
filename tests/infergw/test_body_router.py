"""The BodyBasedRouter construct and model_rule: namespaces, the header, and refusals at construction."""

from __future__ import annotations

import pytest
from infergw.cdk.body_router import BodyBasedRouter
from infergw.cdk.chart import Chart
from infergw.cdk.runtime import cdk8s
from infergw.errors import ConstructError
from infergw.refs import ObjectRef, PoolRef
from infergw.render.body_router import BodyRouterPlugin, BodyRouterProps
from infergw.render.route import Backend, RouteProps, model_rule, render_route
from infergw.settings import PropsError

GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "gw", "llm")
POOL = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "p", "llm", release="llm-d-router/v0.10.0")


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def test_the_router_goes_in_the_gateways_namespace(chart):
    router = BodyBasedRouter(chart, "bbr", gateway=GATEWAY)
    assert {o["metadata"].get("namespace") for o in router.objects if o["kind"] != "ClusterRole"} == {"llm"}
    assert router.model_header == "X-Gateway-Model-Name"
    extension = next(o for o in router.objects if o["kind"] == "GCPRoutingExtension")
    assert extension["spec"]["targetRefs"] == [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}]


def test_a_custom_header_plugin_names_the_header(chart):
    plugin = BodyRouterPlugin("body-field-to-header", "m", {"fieldName": "model", "headerName": "X-Model"})
    assert BodyBasedRouter(chart, "bbr", gateway=GATEWAY, props=BodyRouterProps(plugins=(plugin,))).model_header == (
        "X-Model"
    )


def test_without_provider_gke_no_gke_objects(chart):
    kinds = {
        o["kind"]
        for o in BodyBasedRouter(chart, "bbr", gateway=GATEWAY, props=BodyRouterProps(provider="none")).objects
    }
    assert not kinds & {"GCPRoutingExtension", "HealthCheckPolicy"} and "Deployment" in kinds


@pytest.mark.parametrize(
    ("gateway", "props", "message"),
    [
        (POOL, BodyRouterProps(), r"c/bbr: gateway=.*InferencePool p is not a Gateway; pass InferenceGateway.ref"),
        (GATEWAY, BodyRouterProps(namespace="other"), r"c/bbr: namespace='other': the GCPRoutingExtension attaches"),
        (GATEWAY, BodyRouterProps(health_check_port=9004), r"health_check_port=9004: use a port other than port"),
        (
            GATEWAY,
            BodyRouterProps(plugins=("model-extractor",)),
            r"plugins\[0\]='model-extractor': expected a mapping with the keys type, name, json",
        ),
        (GATEWAY, BodyRouterProps(release="v1.0.2"), r"release='v1.0.2'"),
        (
            GATEWAY,
            BodyRouterProps(plugins=(BodyRouterPlugin("a:b", "m"),)),
            r"plugins\[0\].type='a:b': expected lower-case letters, digits and '-'",
        ),
    ],
)
def test_the_router_refuses(chart, gateway, props, message):
    with pytest.raises(ConstructError, match=message):
        BodyBasedRouter(chart, "bbr", gateway=gateway, props=props)


def test_model_rule_matches_each_model_on_the_header():
    route = render_route("r", GATEWAY, [model_rule([Backend(POOL, 5)], ["a", "b"])], props=RouteProps())
    (rule,) = route["spec"]["rules"]
    assert [m["headers"] for m in rule["matches"]] == [
        [{"name": "X-Gateway-Model-Name", "type": "Exact", "value": "a"}],
        [{"name": "X-Gateway-Model-Name", "type": "Exact", "value": "b"}],
    ]
    assert rule["backendRefs"][0]["weight"] == 5


def test_model_rule_needs_models():
    with pytest.raises(PropsError, match="give the model names"):
        model_rule([Backend(POOL)], [])
