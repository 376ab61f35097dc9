"""Routing by model name and model rewrites from infergw.yaml: the route's rules, and every refusal
named at its config key."""

from __future__ import annotations

import pytest
import yaml
from infergw.cdk.app import build_app
from infergw.cdk.synthesis import render
from infergw.config.loader import parse_config
from infergw.config.routing import route_rules
from infergw.errors import ConfigError
from infergw.render.pool import pool_ref
from infergw.validation import ValidationOptions

LLAMA = {"name": "llama", "matchLabels": {"app": "llama"}, "servedModels": ["llama-3", "food-review-1"]}
QWEN = {"name": "qwen", "matchLabels": {"app": "qwen"}, "servedModels": ["qwen-3"]}
REST = {"name": "rest", "matchLabels": {"app": "rest"}}


def config(*pools, **keys):
    return parse_config({"pools": [dict(p) for p in pools], **keys}, "c.yaml")


def rules_of(cfg):
    """(header values, backend names and weights) of each rule."""
    out = []
    for rule in route_rules(cfg, [pool_ref(p.name, p.chart) for p in cfg.pools]):
        models = [h.value for m in (rule, *rule.extra_matches) for h in m.headers]
        out.append((models, [(b.pool.name, b.weight) for b in rule.backends]))
    return out


def refused(*pools, **keys):
    with pytest.raises(ConfigError) as error:
        config(*pools, **keys)
    return str(error.value)


def test_without_body_routing_one_weighted_rule():
    cfg = config({**REST, "weight": 3}, {**REST, "name": "other"})
    assert rules_of(cfg) == [([], [("rest", 3), ("other", None)])]


def test_one_rule_per_model_set_and_a_catch_all_last():
    cfg = config(LLAMA, QWEN, REST, bodyBasedRouting={})
    assert rules_of(cfg) == [
        (["llama-3", "food-review-1"], [("llama", None)]),
        (["qwen-3"], [("qwen", None)]),
        ([], [("rest", None)]),
    ]


def test_pools_serving_the_same_models_share_them_by_weight():
    cfg = config({**LLAMA, "weight": 9}, {**LLAMA, "name": "llama-canary", "weight": 1}, bodyBasedRouting={})
    assert rules_of(cfg) == [(["llama-3", "food-review-1"], [("llama", 9), ("llama-canary", 1)])]


def test_the_app_emits_the_router_the_rewrites_and_a_route_on_the_header():
    rewrite = {"name": "r", "rules": [{"matches": ["food-review-1"], "targets": [{"modelRewrite": "food-review-2"}]}]}
    app = build_app(config({**LLAMA, "rewrites": [rewrite]}, QWEN, REST, namespace="llm", bodyBasedRouting={}))
    files = {p: yaml.safe_load(t) for p, t in render(app, ValidationOptions(allow_external_refs=True)).items()}
    route = files["inference-gateway/httproute-llm-route.yaml"]
    assert [
        [m["headers"][0]["value"] if "headers" in m else None for m in r.get("matches", [{}])]
        for r in route["spec"]["rules"]
    ] == [["llama-3", "food-review-1"], ["qwen-3"], [None]]
    extension = files["inference-gateway/gcproutingextension-body-based-router.yaml"]
    assert (extension["metadata"]["namespace"], extension["spec"]["targetRefs"][0]["name"]) == (
        "llm",
        "inference-gateway",
    )
    assert files["inference-gateway/inferencemodelrewrite-r.yaml"]["spec"]["poolRef"]["name"] == "llama"


@pytest.mark.parametrize(
    ("pools", "keys", "message"),
    [
        (
            (LLAMA,),
            {},
            "pools[0].servedModels: without body-based routing nothing puts the request's model into a header",
        ),
        ((REST,), {"bodyBasedRouting": {}}, "bodyBasedRouting: no pool lists servedModels"),
        (
            (LLAMA, {**QWEN, "servedModels": ["qwen-3", "llama-3"]}),
            {"bodyBasedRouting": {}},
            "pools[1].servedModels[1]: pool llama serves 'llama-3' too, with other models",
        ),
        (
            (LLAMA,),
            {"bodyBasedRouting": {"plugins": [{"type": "base-model-to-header", "name": "base-model-mapper"}]}},
            "bodyBasedRouting.plugins: no body-field-to-header plugin copies the body's model field into a header",
        ),
        (
            ({**LLAMA, "servedModels": ["llama-3", "llama-3"]},),
            {"bodyBasedRouting": {}},
            "pools[0].servedModels",
        ),
        (
            (
                {
                    **LLAMA,
                    "rewrites": [{"name": "r", "rules": [{"matches": ["qwen-3"], "targets": [{"modelRewrite": "x"}]}]}],
                },
            ),
            {"bodyBasedRouting": {}},
            "pools[0].rewrites[0].rules[0].matches[0]: requests for 'qwen-3' never reach pool llama",
        ),
    ],
    ids=["served-without-router", "router-without-served", "model-in-two-sets", "no-header-plugin", "dup", "rewrite"],
)
def test_routing_refusals_name_the_key(pools, keys, message):
    assert message in refused(*pools, **keys)


def test_rewrites_need_a_release_that_serves_them():
    rewrite = {"name": "r", "rules": [{"targets": [{"modelRewrite": "x"}]}]}
    message = refused({**REST, "rewrites": [rewrite]}, release="v1.0.2")
    assert "c.yaml:1: pools[0].rewrites: release v1.0.2 has no InferenceModelRewrite: use one of v1.2.1," in message


def test_rewrite_names_are_unique_across_pools():
    rewrite = {"name": "r", "rules": [{"targets": [{"modelRewrite": "x"}]}]}
    message = refused({**REST, "rewrites": [rewrite]}, {**REST, "name": "other", "rewrites": [rewrite]})
    assert "pools[0].rewrites[0].name" in message and "pools[1].rewrites[0].name" in message


def test_weights_all_or_none():
    rewrite = {"name": "r", "rules": [{"targets": [{"modelRewrite": "a", "weight": 9}, {"modelRewrite": "b"}]}]}
    assert "pools[0].rewrites[0]" in refused({**REST, "rewrites": [rewrite]})
