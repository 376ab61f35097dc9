"""InferenceModelRewrite: the release's group and targets field, weighted targets, checks, and the CRD schema."""

from __future__ import annotations

import dataclasses

import pytest
from infergw.cdk.chart import Chart
from infergw.cdk.model_rewrite import InferenceModelRewrite
from infergw.cdk.runtime import cdk8s
from infergw.errors import ConstructError
from infergw.refs import PoolRef
from infergw.releases import RELEASES
from infergw.render.model_rewrite import ModelRewriteProps, RewriteRule, RewriteTarget, render_model_rewrite
from infergw.render.pool import InferencePoolProps, pool_ref, render_pool_stack
from infergw.settings import PropsError
from infergw.validation import ValidationOptions, validate_objects

NAME = "vllm-llama3-8b-instruct"
RELEASE = "llm-d-router/v0.10.0"
POOL_PROPS = InferencePoolProps(match_labels={"app": NAME}, release=RELEASE, namespace="serving")
POOL = pool_ref(NAME, POOL_PROPS)
#: A LoRA rollout: 90% of food-review requests stay on v1, 10% go to v2.
ROLLOUT = ModelRewriteProps(
    rules=(
        RewriteRule(
            matches=("food-review",),
            targets=(RewriteTarget("food-review-v1", 90), RewriteTarget("food-review-v2", 10)),
        ),
    )
)


def test_lora_rollout_90_10():
    assert render_model_rewrite("food-review-rollout", POOL, ROLLOUT) == {
        "apiVersion": "llm-d.ai/v1alpha2",
        "kind": "InferenceModelRewrite",
        "metadata": {"name": "food-review-rollout", "namespace": "serving"},
        "spec": {
            "poolRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": NAME},
            "rules": [
                {
                    "matches": [{"model": {"type": "Exact", "value": "food-review"}}],
                    "targets": [
                        {"modelRewrite": "food-review-v1", "weight": 90},
                        {"modelRewrite": "food-review-v2", "weight": 10},
                    ],
                }
            ],
        },
    }


def test_a_rule_without_matches_and_one_unweighted_target():
    props = ModelRewriteProps(rules=(RewriteRule(targets=(RewriteTarget("base"),)),))
    assert render_model_rewrite("all-to-base", POOL, props)["spec"]["rules"] == [
        {"targets": [{"modelRewrite": "base"}]}
    ]


@pytest.mark.parametrize("release", [r.id for r in RELEASES.values() if r.rewrite is not None and r.chart is not None])
def test_passes_the_release_crd_schema_with_its_pool(release):
    props = dataclasses.replace(POOL_PROPS, release=release)
    pool = pool_ref(NAME, props)
    objects = [*render_pool_stack(NAME, props), render_model_rewrite("food-review-rollout", pool, ROLLOUT)]
    findings = validate_objects(
        [(f"{o['kind']}-{o['metadata']['name']}.yaml", o) for o in objects],
        ValidationOptions(inference_release=release, allow_external_refs=True),
    )
    assert [f.as_text() for f in findings if f.severity == "error"] == []


def test_the_schema_check_would_catch_a_bad_weight():
    body = render_model_rewrite("food-review-rollout", POOL, ROLLOUT)
    body["spec"]["rules"][0]["targets"][0]["weight"] = 0  # the CRD's minimum is 1
    findings = validate_objects([("rewrite.yaml", body)], ValidationOptions(inference_release=RELEASE))
    assert any("weight" in f.path for f in findings), [f.as_text() for f in findings]


def test_targets_field_is_the_releases():
    # GAIE v1.2 calls the weighted targets `split`; the field comes from the table, not from a literal.
    assert RELEASES[RELEASE].rewrite_targets_field == "targets"
    assert RELEASES["v1.2.1"].rewrite_targets_field == "split"
    pool = pool_ref(NAME, dataclasses.replace(POOL_PROPS, release="v1.2.1"))
    body = render_model_rewrite("r", pool, ROLLOUT)
    assert body["apiVersion"] == "inference.networking.x-k8s.io/v1alpha2"
    (rule,) = body["spec"]["rules"]
    assert rule["split"] == [
        {"modelRewrite": "food-review-v1", "weight": 90},
        {"modelRewrite": "food-review-v2", "weight": 10},
    ]
    assert "targets" not in rule


@pytest.mark.parametrize(
    ("props", "field"),
    [
        (ModelRewriteProps(rules=()), "rules"),
        (ModelRewriteProps(rules=(RewriteRule(targets=()),)), "rules[0].targets"),
        (
            ModelRewriteProps(rules=(RewriteRule(targets=(RewriteTarget("a", 1), RewriteTarget("b"))),)),
            "rules[0].targets",
        ),
        (ModelRewriteProps(rules=(RewriteRule(targets=(RewriteTarget("a", 0),)),)), "rules[0].targets[0].weight"),
        (ModelRewriteProps(rules=(RewriteRule(targets=(RewriteTarget(""),)),)), "rules[0].targets[0].model_rewrite"),
        (ModelRewriteProps(rules=(RewriteRule(targets=(RewriteTarget("a"),), matches=("",)),)), "rules[0].matches[0]"),
    ],
)
def test_refuses(props, field):
    with pytest.raises(PropsError) as error:
        render_model_rewrite("r", POOL, props)
    assert error.value.field == field


def test_refuses_a_pool_whose_release_has_no_rewrite():
    pool = dataclasses.replace(POOL, release="v1.0.2")
    with pytest.raises(PropsError, match=r"release v1.0.2, which has no InferenceModelRewrite.*llm-d-router/v0.9.0"):
        render_model_rewrite("r", pool, ROLLOUT)


def test_refuses_what_is_not_a_pool():
    with pytest.raises(PropsError, match="Service is not an InferencePool"):
        render_model_rewrite("r", PoolRef("v1", "Service", "svc", release=RELEASE), ROLLOUT)


def test_construct_emits_the_object_and_names_its_path_on_error():
    chart = Chart(cdk8s.App(), "c")
    construct = InferenceModelRewrite(chart, "rewrite", "food-review-rollout", pool=POOL, props=ROLLOUT)
    assert construct.body["kind"] == "InferenceModelRewrite"
    assert construct.ref.name == "food-review-rollout"
    assert [o["kind"] for o in chart.to_json()] == ["InferenceModelRewrite"]
    with pytest.raises(ConstructError, match=r"^c/bad: rules=\[\]: at least 1 entry needed"):
        InferenceModelRewrite(chart, "bad", "r", pool=POOL, props=ModelRewriteProps(rules=()))
