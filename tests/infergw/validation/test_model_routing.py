"""Routing by model name: conflicting header rules, a Gateway without the router, unreachable rewrites,
and the references of the llm-d.ai and rewrite kinds. The passing set is the committed
body-based-routing example; each failing case changes one thing in it."""

from __future__ import annotations

import copy

import pytest
import yaml
from conftest import REPO
from infergw.validation import ValidationOptions, validate_objects

DIST = REPO / "examples" / "body-based-routing" / "dist"  # crds/ (the llm-d.ai kinds) and the stack
MODEL_RULES = {"reference/model-conflict", "reference/model-router", "reference/model-rewrite"}


@pytest.fixture(scope="module")
def stack():
    objects = [yaml.safe_load(p.read_text()) for p in sorted(DIST.rglob("*.yaml")) if p.name != "kustomization.yaml"]
    assert any(o["kind"] == "GCPRoutingExtension" for o in objects)
    return objects


def findings(objects, allow_external=False):
    found = validate_objects(
        [(f"o{i}.yaml", o) for i, o in enumerate(objects)], ValidationOptions(allow_external_refs=allow_external)
    )
    return sorted((f.kind, f.name, f.path, f.rule, f.severity) for f in found if f.severity != "info")


def route_of(objects):
    return next(o for o in objects if o["kind"] == "HTTPRoute")


def second_route(objects, model, pool, **match):
    route = copy.deepcopy(route_of(objects))
    route["metadata"]["name"] = "other-route"
    rule = route["spec"]["rules"][0]
    rule["backendRefs"][0]["name"] = pool
    rule["matches"] = [{**rule["matches"][0], **match}]
    rule["matches"][0]["headers"] = [{"name": "X-Gateway-Model-Name", "type": "Exact", "value": model}]
    route["spec"]["rules"] = [rule]
    return route


def rewrite(pool, model):
    return {
        "apiVersion": "llm-d.ai/v1alpha2",
        "kind": "InferenceModelRewrite",
        "metadata": {"name": "rollout", "namespace": "default"},
        "spec": {
            "poolRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": pool},
            "rules": [
                {
                    "matches": [{"model": {"type": "Exact", "value": model}}],
                    "targets": [{"modelRewrite": f"{model}-v2", "weight": 10}, {"modelRewrite": model, "weight": 90}],
                }
            ],
        },
    }


def test_the_example_passes(stack):
    assert findings(stack) == []


def test_the_same_model_to_another_pool_is_a_conflict(stack):
    other = second_route(stack, "food-review-1", "vllm-deepseek-r1")
    assert findings([*stack, other]) == [
        ("HTTPRoute", "other-route", "spec.rules[0].matches[0].headers[0]", "reference/model-conflict", "error")
    ]
    found = validate_objects([(f"o{i}.yaml", o) for i, o in enumerate([*stack, other])])
    message = next(f.message for f in found if f.rule == "reference/model-conflict")
    assert "'food-review-1'" in message and "HTTPRoute default/llm-route rules[0].matches[1]" in message


def test_the_header_name_is_case_insensitive(stack):
    other = second_route(stack, "food-review-1", "vllm-deepseek-r1")
    other["spec"]["rules"][0]["matches"][0]["headers"][0]["name"] = "x-gateway-model-name"
    assert [f[3] for f in findings([*stack, other])] == ["reference/model-conflict"]


def test_the_same_model_to_the_same_pool_is_no_conflict(stack):
    assert findings([*stack, second_route(stack, "food-review-1", "vllm-llama3-8b-instruct")]) == []


@pytest.mark.parametrize(
    "match", [{"path": {"type": "PathPrefix", "value": "/v2"}}, {"method": "GET"}], ids=["other-path", "method"]
)
def test_other_match_conditions_are_no_conflict(stack, match):
    assert findings([*stack, second_route(stack, "food-review-1", "vllm-deepseek-r1", **match)]) == []


def test_other_hostnames_are_no_conflict(stack):
    other = second_route(stack, "food-review-1", "vllm-deepseek-r1")
    other["spec"]["hostnames"] = ["llm.example.com"]
    assert findings([*stack, other]) == []


def test_a_gateway_without_the_router_is_a_warning(stack):
    without = [o for o in stack if o["kind"] != "GCPRoutingExtension"]
    assert findings(without) == [("Gateway", "inference-gateway", "", "reference/model-router", "warning")]
    assert not MODEL_RULES & {f[3] for f in findings(without, allow_external=True)}


def test_a_router_of_another_gateway_does_not_count(stack):
    moved = copy.deepcopy(stack)
    extension = next(o for o in moved if o["kind"] == "GCPRoutingExtension")
    extension["spec"]["targetRefs"][0]["name"] = "other-gateway"
    assert ("Gateway", "inference-gateway", "", "reference/model-router", "warning") in findings(moved)


def test_a_rewrite_on_the_pool_that_serves_the_model_passes(stack):
    assert findings([*stack, rewrite("vllm-llama3-8b-instruct", "food-review-1")]) == []


def test_a_rewrite_of_a_model_routed_elsewhere_is_a_warning(stack):
    assert findings([*stack, rewrite("vllm-deepseek-r1", "food-review-1")]) == [
        (
            "InferenceModelRewrite",
            "rollout",
            "spec.rules[0].matches[0].model.value",
            "reference/model-rewrite",
            "warning",
        )
    ]


def test_a_rewrite_of_a_model_no_rule_names_passes(stack):
    assert findings([*stack, rewrite("vllm-deepseek-r1", "not-routed-by-header")]) == []


@pytest.mark.parametrize(
    "api_version, kind",
    [
        ("llm-d.ai/v1alpha2", "InferenceModelRewrite"),
        ("inference.networking.x-k8s.io/v1alpha2", "InferenceModelRewrite"),
        ("llm-d.ai/v1alpha2", "InferenceObjective"),
    ],
)
def test_rewrites_and_router_objectives_name_an_existing_pool(stack, api_version, kind):
    obj = rewrite("no-such-pool", "food-review-1") | {"apiVersion": api_version, "kind": kind}
    if kind == "InferenceObjective":
        obj["spec"] = {"poolRef": obj["spec"]["poolRef"], "priority": 1}
    assert ("spec.poolRef", "reference/missing", "error") in [f[2:] for f in findings([*stack, obj])]
