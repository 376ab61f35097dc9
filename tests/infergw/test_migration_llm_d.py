"""Migrations to llm-d-router: a held-out-style v0.3.0 stack and the v1.0.2 seed stack both reach
llm-d-router/v0.10.0 on both GKE branches, with a weighted split across old and new pools, a last phase
without x-k8s.io pools, models or objectives, no pool ever without the objectives its endpoint picker
reads, metric readers working in every phase, a tree `infergw validate` accepts and one Argo CD
Application per plan."""

from __future__ import annotations

import copy
from itertools import combinations

import pytest
import yaml
from infergw.cli import main
from infergw.migration.plan import MigrationOptions, plan_migration
from infergw.output import render_tree, write_tree
from infergw.versions import GkeVersion
from test_migration_runbook import held_out_style_input, seed_v102_input
from test_migration_tree import keys_in

ALPHA = "inference.networking.x-k8s.io"
TARGET = "llm-d-router/v0.10.0"
GKE_BRANCHES = ("1.33.5-gke.1080000", "1.34.0-gke.1626000")

#: input, extra CLI arguments, old pool, new pool, fewest phases
INPUTS = {
    "held-out-v0.3.0": (held_out_style_input, (), "chat", "chat-ga", 4),
    "seed-v1.0.2": (
        seed_v102_input,
        ("--model", "food-review", "--model", "meta-llama/Llama-3.1-8B-Instruct"),
        "vllm-llama3-8b-instruct",
        "vllm-llama3-8b-instruct-llm-d-router",
        3,
    ),
}


def group(obj):
    return obj["apiVersion"].rpartition("/")[0]


def phase_objects(directory):
    return [
        obj
        for path in sorted(directory.glob("*.yaml"))
        if (obj := yaml.safe_load(path.read_text())) and obj.get("kind") != "Kustomization"
    ]


def make_input(name, gke):
    build = INPUTS[name][0]
    return build(gke) if build is seed_v102_input else build()


def migrate(tmp_path, name, gke, *args):
    source = tmp_path / "current"
    write_tree(render_tree({"stack": make_input(name, gke)}), source)
    repo = tmp_path / "repo"
    repo.mkdir(exist_ok=True)
    out = repo / "migration"
    argv = ["migrate", "--from", str(source), "--out", str(out), "--to-release", TARGET, "--gke-version", gke]
    assert main([*argv, *INPUTS[name][1], *args]) == 0
    return repo, out


@pytest.mark.parametrize("gke", GKE_BRANCHES)
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_both_stacks_migrate_to_llm_d_router(tmp_path, capsys, name, gke):
    repo, out = migrate(
        tmp_path, name, gke, "--argocd", "https://git.example.com/platform.git", "--argocd-path", "migration"
    )
    _, _, old_pool, new_pool, fewest = INPUTS[name]
    phases = sorted(p for p in out.iterdir() if p.is_dir() and p.name[:2].isdigit())
    assert len(phases) >= fewest
    states = {p.name: phase_objects(p) for p in phases}

    # a weighted split across the old and the new pool
    def weights(objects):
        return {
            ref["name"]: ref.get("weight", 1)
            for o in objects
            if o["kind"] == "HTTPRoute"
            for rule in o["spec"]["rules"]
            for ref in rule.get("backendRefs", [])
        }

    assert any(
        w.get(old_pool, 0) > 0 and w.get(new_pool, 0) > 0 for w in (weights(objects) for objects in states.values())
    )

    # the last phase: no x-k8s.io pools, models or objectives; every objective in llm-d.ai on a v1 pool
    # that selects the model servers the old pool selected
    last = states[phases[-1].name]
    assert not [o for o in last if group(o) == ALPHA and o["kind"].startswith("Inference")]
    assert not [o for o in last if o["kind"] == "CustomResourceDefinition" and o["spec"]["group"] == ALPHA]
    objectives = [o for o in last if o["kind"] == "InferenceObjective"]
    assert objectives and all(o["apiVersion"] == "llm-d.ai/v1alpha2" for o in objectives)
    pools = {p["metadata"]["name"]: p for p in last if p["kind"] == "InferencePool"}
    old = next(p for p in make_input(name, gke) if p["kind"] == "InferencePool")
    old_selector = old["spec"]["selector"].get("matchLabels", old["spec"]["selector"])
    old_ports = [p["number"] for p in old["spec"].get("targetPorts", [])] or [old["spec"].get("targetPortNumber")]
    for objective in objectives:
        pool = pools[objective["spec"]["poolRef"]["name"]]
        assert pool["apiVersion"] == "inference.networking.k8s.io/v1"
        assert pool["spec"]["selector"]["matchLabels"] == old_selector
        assert [p["number"] for p in pool["spec"]["targetPorts"]] == old_ports  # the same model-server port

    # PLAN.md: version, pre-flight, apply, delete, rollout checks, real model names
    plan_md = (out / "PLAN.md").read_text()
    for needle in (
        "kubectl version",
        "### Pre-flight",
        "kubectl apply --server-side -k ",
        "kubectl delete ",
        f"kubectl rollout status -n {old['metadata'].get('namespace', 'default')} deployment.apps/{new_pool}-epp",
        "mkdir -p backup",
    ):
        assert needle in plan_md, needle
    model = "tweet-summary" if name.startswith("held-out") else "meta-llama/Llama-3.1-8B-Instruct"
    assert f'"model": "{model}"' in plan_md

    # infergw validate on the output root, and on the repository holding it
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0, capsys.readouterr().out
    assert main(["validate", str(repo)]) == 0, capsys.readouterr().out

    # with --argocd, no object is in the source of two Applications
    apps = [yaml.safe_load(p.read_text()) for p in (out / "argocd").glob("application-*.yaml")]
    sources = {a["metadata"]["name"]: keys_in(repo / a["spec"]["source"]["path"]) for a in apps}
    assert len(apps) == 1
    for (one, a), (other, b) in combinations(sources.items(), 2):
        assert not a & b, f"{one} and {other} both own {sorted(a & b)[:3]}"


def _readers_of(objects, pool):
    return [o for o in objects if o["kind"] == "InferenceObjective" and o["spec"]["poolRef"]["name"] == pool]


@pytest.mark.parametrize("gke", GKE_BRANCHES)
def test_no_pool_is_ever_without_the_objectives_its_picker_reads(gke):
    """The v1.0.2 picker reads x-k8s.io objectives, llm-d-router's only llm-d.ai ones: each pool has its own
    in every phase it exists in."""
    plan = plan_migration(seed_v102_input(gke), MigrationOptions(to_release=TARGET, gke_version=GkeVersion.parse(gke)))
    reads = {"vllm-llama3-8b-instruct": ALPHA, "vllm-llama3-8b-instruct-llm-d-router": "llm-d.ai"}
    for phase in plan.phases:
        for pool in (o for o in phase.objects if o["kind"] == "InferencePool"):
            mine = _readers_of(phase.objects, pool["metadata"]["name"])
            assert {o["metadata"]["name"] for o in mine} == {"base-model", "food-review"}, phase.directory
            assert {group(o) for o in mine} == {reads[pool["metadata"]["name"]]}, phase.directory
        crds = {o["metadata"]["name"] for o in phase.objects if o["kind"] == "CustomResourceDefinition"}
        assert "inferenceobjectives.llm-d.ai" in crds  # installed with, and before, the objectives (CRDs apply first)
    assert any("no pool is ever without its objectives" in w for w in plan.warnings)


def test_metric_readers_work_in_every_phase():
    """Alerts read both pickers while both run (the deprecated alias where llm-d-router serves one, both names
    where not); from the cleanup on llm-d-router's own names, and the HPA the new pool."""
    plan = plan_migration(seed_v102_input(), MigrationOptions(to_release=TARGET))

    def exprs(phase):
        (rules,) = [o for o in phase.objects if o["kind"] == "Rules"]
        return [r["expr"] for g in rules["spec"]["groups"] for r in g["rules"]]

    def hpa(phase):
        (obj,) = [o for o in phase.objects if o["kind"] == "HorizontalPodAutoscaler"]
        return obj["spec"]["metrics"][0]["external"]["metric"]

    for phase in plan.phases[:-1]:
        text = " ".join(exprs(phase))
        assert '{__name__=~"inference_model_request_total|llm_d_epp_request_total"}' in text, phase.directory
        assert "inference_pool_average_kv_cache_utilization > 0.9" in text  # alias llm-d-router still serves
        assert hpa(phase)["name"] == "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge"
        assert hpa(phase)["selector"]["matchLabels"]["metric.labels.name"] == "vllm-llama3-8b-instruct"
    cleanup = plan.phases[-1]
    assert "llm_d_epp_average_kv_cache_utilization > 0.9" in exprs(cleanup)
    assert not [e for e in exprs(cleanup) if "inference_" in e]
    assert hpa(cleanup)["name"] == "prometheus.googleapis.com|llm_d_epp_average_kv_cache_utilization|gauge"
    assert hpa(cleanup)["selector"]["matchLabels"]["metric.labels.name"] == "vllm-llama3-8b-instruct-llm-d-router"
    # the new picker's metrics are collected (its PodMonitoring and token Secret), or the HPA would never scale
    kinds = {(o["kind"], o["metadata"]["name"]) for o in cleanup.objects}
    assert ("PodMonitoring", "vllm-llama3-8b-instruct-llm-d-router") in kinds
    assert ("Secret", "vllm-llama3-8b-instruct-llm-d-router-metrics-reader-secret") in kinds
    assert any("deprecated alias" in w and "HorizontalPodAutoscaler" in w for w in plan.warnings)


@pytest.mark.parametrize("gke", GKE_BRANCHES)
def test_held_out_targets_keep_their_split_as_a_rewrite_and_the_old_crds_until_cleanup(gke):
    plan = plan_migration(
        held_out_style_input(), MigrationOptions(to_release=TARGET, gke_version=GkeVersion.parse(gke))
    )
    side = plan.phases[0]
    (rewrite,) = [o for o in side.objects if o["kind"] == "InferenceModelRewrite"]
    assert rewrite["apiVersion"] == "llm-d.ai/v1alpha2" and rewrite["metadata"]["namespace"] == "llm"
    assert rewrite["spec"]["rules"] == [
        {
            "matches": [{"model": {"type": "Exact", "value": "tweet-summary"}}],
            "targets": [
                {"modelRewrite": "tweet-summary-0", "weight": 70},
                {"modelRewrite": "tweet-summary-1", "weight": 30},
            ],
        }
    ]
    # the target has no v1alpha2 pool CRD: the plan never replaces or removes the v0.3.0 ones before the
    # cleanup, which deletes them after every old pool and model
    from infergw.catalogue import inference_crds

    shipped = {c["metadata"]["name"]: c for c in inference_crds("v0.3.0")}
    for phase in plan.phases[:-1]:
        kept = {o["metadata"]["name"]: o for o in phase.objects if o["kind"] == "CustomResourceDefinition"}
        assert set(shipped) <= set(kept), phase.directory
        for name, crd in shipped.items():  # as v0.3.0 ships them: not replaced by another version
            assert kept[name]["spec"] == crd["spec"], (phase.directory, name)
    assert not [
        o for o in plan.phases[-1].objects if o["kind"] == "CustomResourceDefinition" and ALPHA in o["metadata"]["name"]
    ]
    assert "checked gone, before the retired CRDs" in plan.phases[-1].purpose
    new_crds = {o["metadata"]["name"] for o in side.objects if o["kind"] == "CustomResourceDefinition"}
    ships = gke.startswith("1.34")
    assert ("inferencepools.inference.networking.k8s.io" in new_crds) is not ships


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_the_simple_strategy_to_llm_d_router(name):
    plan = plan_migration(make_input(name, None), MigrationOptions(to_release=TARGET, strategy="simple"))
    removed, installed = plan.phases
    assert not [o for o in removed.objects if o["kind"] == "InferencePool" and o["metadata"]["name"] == INPUTS[name][2]]
    assert removed.downtime and installed.downtime
    assert {o["apiVersion"] for o in installed.objects if o["kind"] == "InferenceObjective"} == {"llm-d.ai/v1alpha2"}
    assert not [o for o in installed.objects if group(o) == ALPHA and o["kind"].startswith("Inference")]


def test_an_app_moves_through_the_v1_0_2_phases():
    """`Migration` plans the same path from Python and emits each phase's desired state."""
    from infergw.cdk.chart import Chart
    from infergw.cdk.migration import Migration
    from infergw.cdk.runtime import cdk8s
    from infergw.cdk.synthesis import render
    from infergw.validation import ValidationOptions

    options = MigrationOptions(to_release=TARGET, gke_version=GkeVersion.parse(GKE_BRANCHES[0]))
    expected = plan_migration(seed_v102_input(), options).files()
    for phase in ("02-split-50", "04-cleanup"):
        app = cdk8s.App()
        migration = Migration(Chart(app, phase), "migration", seed_v102_input(), phase=phase, options=options)
        crds = tuple(o for o in migration.plan.phases[0].objects if o["kind"] == "CustomResourceDefinition")
        files = render(app, ValidationOptions(inference_release="v1.0.2", allow_external_refs=True, extra_crds=crds))
        assert {k: v for k, v in files.items() if k != "kustomization.yaml"} == {
            k: v for k, v in expected.items() if k.startswith(phase + "/")
        }
    assert migration.plan.path.source.id == "v1.0.2" and migration.plan.path.target.id == TARGET


def test_cli_default_target_and_refusals(tmp_path, capsys):
    source = tmp_path / "current"
    write_tree(render_tree({"stack": seed_v102_input()}), source)
    assert main(["migrate", "--from", str(source), "--out", str(tmp_path / "plan")]) == 0
    assert "target release llm-d-router/v0.10.0" in (tmp_path / "plan" / "PLAN.md").read_text()
    capsys.readouterr()
    # an in-place upgrade is not a migration: refused with the reason, nothing written
    assert main(["migrate", "--from", str(source), "--out", str(tmp_path / "x"), "--to-release", "v1.5.0"]) == 2
    assert "objectives are keyed by name, so old and new stacks cannot run side by side" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    # the release the input runs can be given; an unknown one is refused
    assert main(["migrate", "--from", str(source), "--out", str(tmp_path / "x"), "--from-release", "v1.9.9"]) == 2
    assert "unknown inference release 'v1.9.9'" in capsys.readouterr().err


def test_rewrites_move_to_llm_d_ai_with_the_target_rule_field():
    """A v1.2.1 pool's InferenceModelRewrite (weighted ``split``) becomes an llm-d.ai one (``targets``) of the
    new pool; the last phase has no x-k8s.io rewrite or objective, and their CRDs go after a check."""
    from infergw.refs import PoolRef
    from infergw.render.model_rewrite import ModelRewriteProps, RewriteRule, RewriteTarget, render_model_rewrite
    from infergw.render.objective import ObjectiveProps, render_objective
    from infergw.render.pool import InferencePoolProps, render_pool_stack

    release = "v1.2.1"
    pool = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "chat", "llm", release=release)
    rule = RewriteRule(targets=(RewriteTarget("chat-v2", 90), RewriteTarget("chat-v3", 10)), matches=("chat",))
    objects = [
        *render_pool_stack("chat", InferencePoolProps(match_labels={"app": "chat"}, release=release, namespace="llm")),
        render_objective("chat", pool, ObjectiveProps(priority=1)),
        render_model_rewrite("chat-rollout", pool, ModelRewriteProps(rules=(rule,))),
    ]
    plan = plan_migration(objects, MigrationOptions(to_release=TARGET))
    assert plan.path.source.id == release
    side = plan.phases[0]
    (old,) = [o for o in side.objects if o["kind"] == "InferenceModelRewrite" and group(o) == ALPHA]
    (new,) = [o for o in side.objects if o["kind"] == "InferenceModelRewrite" and group(o) == "llm-d.ai"]
    assert old["spec"]["rules"][0]["split"] == new["spec"]["rules"][0]["targets"]
    assert new["spec"]["poolRef"] == {
        "group": "inference.networking.k8s.io",
        "kind": "InferencePool",
        "name": "chat-llm-d-router",
    }
    last = plan.phases[-1]
    assert not [o for o in last.objects if group(o) == ALPHA]
    assert {f"inferencemodelrewrites.{ALPHA}", f"inferenceobjectives.{ALPHA}"} <= set(plan.path.retiring_crds)


def test_rolling_back_the_cleanup_puts_the_v0_3_0_crds_back_first(tmp_path):
    from test_migration_runbook import index_of, run, sections

    _, out = migrate(tmp_path, "held-out-v0.3.0", GKE_BRANCHES[1])
    blocks = sections((out / "PLAN.md").read_text())
    calls = run(blocks[("04-cleanup", "Rollback")], out, tmp_path)
    pools = index_of(
        calls, "apply --server-side -f 03-cutover/customresourcedefinition-inferencepools.inference.networking.x-k8s.io"
    )
    models = index_of(
        calls,
        "apply --server-side -f 03-cutover/customresourcedefinition-inferencemodels.inference.networking.x-k8s.io",
    )
    assert max(pools, models) < index_of(calls, "apply --server-side -k 03-cutover/")


@pytest.mark.parametrize("target", ["v1.0.2", "v1.5.0", TARGET])
def test_a_v0_3_0_hpa_and_alerts_follow_the_pool(target):
    """The v0.3.0 chart's picker metrics are collected (ClusterPodMonitoring and its token Secret) and read
    by an HPA and alerts: the new picker is collected too (monitoring.gke, or from v1.3 the chart's Prometheus
    monitoring, a PodMonitoring on GKE) and the readers move to it in the cleanup."""
    from infergw.render.monitoring import MetricsReaderSecretProps, render_metrics_reader_secret
    from test_migration import seed_input

    readers = [copy.deepcopy(o) for o in seed_v102_input() if o["kind"] in ("HorizontalPodAutoscaler", "Rules")]
    for obj in readers:
        if obj["kind"] == "HorizontalPodAutoscaler":
            obj["spec"]["metrics"][0]["external"]["metric"]["selector"]["matchLabels"]["metric.labels.name"] = (
                "vllm-llama3-8b-instruct-preview"
            )
    objects = [*seed_input(), *readers, *render_metrics_reader_secret(MetricsReaderSecretProps())]
    plan = plan_migration(objects, MigrationOptions(to_release=target))
    last = plan.phases[-1]
    (hpa,) = [o for o in last.objects if o["kind"] == "HorizontalPodAutoscaler"]
    metric = hpa["spec"]["metrics"][0]["external"]["metric"]
    assert metric["selector"]["matchLabels"]["metric.labels.name"] == "vllm-llama3-8b-instruct-ga"
    served = plan.path.target.metrics.pool_kv_cache_utilization
    assert metric["name"] == f"prometheus.googleapis.com|{served}|gauge"
    assert ("PodMonitoring", "vllm-llama3-8b-instruct-ga") in {(o["kind"], o["metadata"]["name"]) for o in last.objects}


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # the series' own label matchers join the name selector; histogram suffixes follow each name
        (
            'rate(inference_model_request_total{model_name="x"}[5m])',
            'rate({__name__=~"inference_model_request_total|llm_d_epp_request_total", model_name="x"}[5m])',
        ),
        (
            "rate(inference_model_request_total_bucket[5m])",
            'rate({__name__=~"inference_model_request_total_bucket|llm_d_epp_request_total_bucket"}[5m])',
        ),
        # a longer name that merely starts with the old one is another series
        ("inference_model_request_total_other", "inference_model_request_total_other"),
    ],
)
def test_an_expression_reads_both_names(expr, expected):
    from infergw.migration.plan import _rename_in_expr

    assert (
        _rename_in_expr(
            expr, "inference_model_request_total", "{inference_model_request_total|llm_d_epp_request_total}"
        )
        == expected
    )
