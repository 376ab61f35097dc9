"""The v1alpha2 -> v1 migration: the seed's scenario reproduced, both strategies, both GKE branches,
multi-pool multi-namespace input, and every bad input refused with nothing written."""

from __future__ import annotations

import copy

import pytest
import yaml
from conftest import REPO
from golden import assert_golden
from infergw.argocd import SYNC_OPTIONS, SYNC_WAVE
from infergw.cli import main
from infergw.diff import key_of
from infergw.migration.plan import MIGRATION_ANNOTATION, MigrationError, MigrationOptions, plan_migration
from infergw.output import MARKER, render_tree, write_tree
from infergw.render.pool import InferencePoolProps, render_pool_stack
from infergw.versions import GkeVersion

SEEDS = REPO / "tests" / "infergw" / "validation" / "fixtures" / "seeds"
PREVIEW = "vllm-llama3-8b-instruct-preview"


def model(name, model_name, pool=PREVIEW, namespace=None, **spec):
    meta = {"name": name} | ({"namespace": namespace} if namespace else {})
    return {
        "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
        "kind": "InferenceModel",
        "metadata": meta,
        "spec": {"modelName": model_name, "poolRef": {"name": pool}, **spec},
    }


def route(backends, name="llm-route", namespace=None):
    meta = {"name": name} | ({"namespace": namespace} if namespace else {})
    return {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "HTTPRoute",
        "metadata": meta,
        "spec": {
            "parentRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "inference-gateway"}],
            "rules": [{"backendRefs": backends}],
        },
    }


def alpha_ref(name=PREVIEW, **extra):
    return {"group": "inference.networking.x-k8s.io", "kind": "InferencePool", "name": name, **extra}


GATEWAY = {
    "apiVersion": "gateway.networking.k8s.io/v1",
    "kind": "Gateway",
    "metadata": {"name": "inference-gateway"},
    "spec": {
        "gatewayClassName": "gke-l7-regional-external-managed",
        "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}],
    },
}


def seed_input():
    """What a v0.3.0 user runs before the seed's migration: the chart's stack, two models, gateway, route."""
    stack = render_pool_stack(
        PREVIEW, InferencePoolProps(match_labels={"app": "vllm-llama3-8b-instruct"}, release="v0.3.0", provider="gke")
    )
    from infergw.catalogue import inference_crds

    return [
        *inference_crds("v0.3.0"),
        *stack,
        model("food-review", "food-review", criticality="Critical"),
        model("base-model", "meta-llama/Llama-3.1-8B-Instruct", criticality="Critical"),
        GATEWAY,
        route([alpha_ref()]),
    ]


def strip(obj):
    obj = copy.deepcopy(obj)
    annotations = obj["metadata"].pop("annotations", {})
    annotations.pop(SYNC_WAVE, None)
    annotations.pop(SYNC_OPTIONS, None)
    annotations.pop(MIGRATION_ANNOTATION, None)
    if annotations:
        obj["metadata"]["annotations"] = annotations
    return obj


def find(phase, kind, name):
    (obj,) = [o for o in phase.objects if o["kind"] == kind and o["metadata"]["name"] == name]
    return strip(obj)


def seed_docs(name):
    return [d for d in yaml.safe_load_all((SEEDS / name).read_text()) if d]


def test_seed_scenario_reproduces_the_seed_field_for_field():
    # The seed's migration goes to v1.0.x (the planner's default target is the newest, llm-d-router/v0.10.0).
    plan = plan_migration(seed_input(), MigrationOptions(to_release="v1.0.2"))
    assert [p.directory for p in plan.phases] == ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"]
    side, split, cutover, cleanup = plan.phases
    for objective in seed_docs("000-objectives.yaml"):
        assert find(side, "InferenceObjective", objective["metadata"]["name"]) == objective
    assert find(side, "InferencePool", "vllm-llama3-8b-instruct-ga")["spec"]["selector"] == {
        "matchLabels": {"app": "vllm-llama3-8b-instruct"}
    }
    assert find(split, "HTTPRoute", "llm-route") == seed_docs("000-route-split.yaml")[0]
    assert find(cutover, "HTTPRoute", "llm-route") == seed_docs("000-route-cutover.yaml")[0]
    assert not [
        o
        for o in cleanup.objects
        if o["apiVersion"].startswith("inference.networking.x-k8s.io/")
        and o["kind"] in ("InferencePool", "InferenceModel")
    ]
    assert not [
        o
        for o in cleanup.objects
        if o["kind"] == "CustomResourceDefinition"
        and o["spec"]["group"] == "inference.networking.x-k8s.io"
        and o["spec"]["names"]["kind"] in ("InferencePool", "InferenceModel")
    ]
    assert find(cleanup, "InferencePool", "vllm-llama3-8b-instruct-ga")


def test_seed_scenario_golden():
    # The seed document's migration: v0.3.0 to v1.0.x (the planner's default target is the newest).
    assert_golden("migration-seed", plan_migration(seed_input(), MigrationOptions(to_release="v1.0.2")).files())


def test_old_stack_is_untouched_until_cleanup():
    current = {key_of(o): strip(o) for o in seed_input()}
    side = {key_of(o): strip(o) for o in plan_migration(seed_input()).phases[0].objects}
    assert all(side[k] == v for k, v in current.items())


@pytest.mark.parametrize(
    ("gke", "crds"),
    [
        (
            "1.33.5-gke.1080000",
            {"inferencepools.inference.networking.k8s.io", "inferenceobjectives.inference.networking.x-k8s.io"},
        ),
        ("1.34.0-gke.1626000", {"inferenceobjectives.inference.networking.x-k8s.io"}),
    ],
)
def test_gke_version_decides_the_crds_installed(gke, crds):
    plan = plan_migration(seed_input(), MigrationOptions(to_release="v1.0.2", gke_version=GkeVersion.parse(gke)))
    side = plan.phases[0]
    installed = {o["metadata"]["name"] for o in side.objects if o["kind"] == "CustomResourceDefinition"} - {
        o["metadata"]["name"] for o in seed_input() if o["kind"] == "CustomResourceDefinition"
    }
    assert installed == crds


def test_simple_strategy_two_states_and_the_downtime_is_stated():
    plan = plan_migration(seed_input(), MigrationOptions(strategy="simple"))
    removed, installed = plan.phases
    assert (removed.directory, installed.directory) == ("01-remove-old", "02-install-new")
    assert find(removed, "HTTPRoute", "llm-route")["spec"]["rules"][0]["backendRefs"] == []
    assert not [o for o in removed.objects if o["kind"] in ("InferencePool", "InferenceModel")]
    assert find(installed, "HTTPRoute", "llm-route") == seed_docs("000-route-cutover.yaml")[0]
    assert "**Downtime:**" in plan.files()["PLAN.md"]


def test_steps_make_one_directory_each():
    plan = plan_migration(seed_input(), MigrationOptions(steps=(10, 50, 100)))
    assert [p.directory for p in plan.phases] == [
        "01-side-by-side",
        "02-split-10",
        "03-split-50",
        "04-cutover",
        "05-cleanup",
    ]
    weights = [r["weight"] for r in find(plan.phases[1], "HTTPRoute", "llm-route")["spec"]["rules"][0]["backendRefs"]]
    assert weights == [90, 10]


def test_model_fields_without_v1_equivalent_become_warnings():
    objects = seed_input()
    objects[-4] = model(
        "food-review",
        "food-review-v2",
        criticality="Standard",
        targetModels=[{"name": "a", "weight": 50}, {"name": "b", "weight": 50}],
    )
    plan = plan_migration(objects, MigrationOptions(to_release="v1.0.2"))
    assert find(plan.phases[0], "InferenceObjective", "food-review")["spec"]["priority"] == 1
    text = "\n".join(plan.warnings)
    assert "modelName 'food-review-v2' does not carry over" in text
    assert "targetModels (a: 50, b: 50) have no InferenceObjective equivalent" in text
    assert "## Warnings: behaviour that changes" in plan.files()["PLAN.md"]


def test_priority_mapping_is_overridable():
    plan = plan_migration(seed_input(), MigrationOptions(priorities={"Critical": 10, "Standard": 5, "Sheddable": 0}))
    assert find(plan.phases[0], "InferenceObjective", "base-model")["spec"]["priority"] == 10


def stack_in(namespace, name, app):
    return render_pool_stack(
        name, InferencePoolProps(match_labels={"app": app}, release="v0.3.0", namespace=namespace, provider="none")
    )


def test_multi_pool_multi_namespace():
    objects = [
        *stack_in("team-a", "chat", "chat"),
        *stack_in("team-b", "code", "code"),
        model("chat", "chat", pool="chat", namespace="team-a", criticality="Critical"),
        model("code", "code", pool="code", namespace="team-b"),
        route([alpha_ref("chat", weight=3)], name="chat", namespace="team-a"),
        route([alpha_ref("code")], name="code", namespace="team-b"),
    ]
    plan = plan_migration(objects)
    assert sorted((s.namespace, s.name, s.new_name) for s in plan.stacks) == [
        ("team-a", "chat", "chat-ga"),
        ("team-b", "code", "code-ga"),
    ]
    split = plan.phases[1]
    chat = next(o for o in split.objects if o["kind"] == "HTTPRoute" and o["metadata"]["name"] == "chat")
    assert [(r["name"], r["weight"]) for r in chat["spec"]["rules"][0]["backendRefs"]] == [
        ("chat", 150),
        ("chat-ga", 150),
    ]
    cleanup_kinds = {
        (o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]) for o in plan.phases[-1].objects
    }
    assert ("InferencePool", "team-a", "chat-ga") in cleanup_kinds and (
        "InferencePool",
        "team-b",
        "code-ga",
    ) in cleanup_kinds
    assert ("InferenceObjective", "team-b", "code") in cleanup_kinds


def test_nothing_to_migrate():
    v1 = render_pool_stack("p", InferencePoolProps(match_labels={"app": "p"}))
    assert plan_migration(v1) is None


def _without_spec_field(obj, field):
    if obj["kind"] != "InferencePool":
        return obj
    obj = copy.deepcopy(obj)
    del obj["spec"][field]
    return obj


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda objs: [o for o in objs if not (o["kind"] == "Service" and o["metadata"]["name"].endswith("-epp"))],
            r"InferencePool default/vllm-llama3-8b-instruct-preview: its endpoint picker Service 'vllm-llama3-8b-instruct-preview-epp'",
        ),
        (
            lambda objs: [o for o in objs if o["kind"] != "Deployment"],
            "no Deployment matches its endpoint picker Service",
        ),
        (
            lambda objs: [*objs, route([alpha_ref("elsewhere")], name="other")],
            r"HTTPRoute other: routes to InferencePool elsewhere",
        ),
        (
            lambda objs: [o for o in objs if o["kind"] != "InferencePool"],
            "InferenceModels but no v1alpha2 InferencePool",
        ),
        (
            lambda objs: [*objs, model("ghost", "ghost", pool="ghost-pool")],
            r"InferenceModel ghost: its poolRef names InferencePool 'ghost-pool', which is not in the input",
        ),
        (
            lambda objs: [_without_spec_field(o, "extensionRef") for o in objs],
            r"(?s)the input's v1alpha2 objects are invalid.*InferencePool vllm-llama3-8b-instruct-preview: spec: \"extensionRef\" is a required",
        ),
        (
            lambda objs: [_without_spec_field(o, "selector") for o in objs],
            r"(?s)the input's v1alpha2 objects are invalid.*InferencePool vllm-llama3-8b-instruct-preview: spec: .*selector",
        ),
        (
            lambda objs: [*objs, model("split", "split", targetModels=[{"weight": 10}])],
            r"(?s)the input's v1alpha2 objects are invalid.*InferenceModel split: spec.targetModels\[0\]: .*name",
        ),
    ],
)
def test_bad_input_is_refused(mutate, message):
    with pytest.raises(MigrationError, match=message):
        plan_migration(mutate(seed_input()))


@pytest.mark.parametrize("steps", [(50,), (50, 30, 100), (0, 100), (50, 100, 100)])
def test_steps_must_increase_and_end_at_100(steps):
    with pytest.raises(MigrationError, match="give increasing percentages of traffic on v1 that end at 100"):
        plan_migration(seed_input(), MigrationOptions(steps=steps))


def write_input(tmp_path, objects):
    source = tmp_path / "current"
    write_tree(render_tree({"stack": objects}), source)
    return source


def test_cli_writes_the_plan_and_nothing_on_error(tmp_path, capsys):
    source = write_input(tmp_path, seed_input())
    out = tmp_path / "plan"
    assert (
        main(
            [
                "migrate",
                "--from",
                str(source),
                "--to-release",
                "v1.0.2",
                "--gke-version",
                "1.33.5-gke.1080000",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    phases = ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"]
    assert sorted(p.name for p in out.iterdir()) == [MARKER, *phases, "PLAN.md"]
    for phase in phases:
        assert main(["validate", str(out / phase)]) == 0, phase
    bad = write_input(tmp_path / "bad", [o for o in seed_input() if o["kind"] != "Deployment"])
    capsys.readouterr()
    assert main(["migrate", "--from", str(bad), "--out", str(tmp_path / "nothing")]) == 2
    assert "no Deployment matches" in capsys.readouterr().err
    assert not (tmp_path / "nothing").exists()


def test_cli_reports_no_migration_needed(tmp_path, capsys):
    source = write_input(tmp_path, render_pool_stack("p", InferencePoolProps(match_labels={"app": "p"})))
    assert main(["migrate", "--from", str(source), "--out", str(tmp_path / "out")]) == 0
    assert "no migration needed" in capsys.readouterr().out
    assert not (tmp_path / "out").exists()


def test_a_phase_composes_into_a_users_app():
    from infergw.cdk.chart import Chart
    from infergw.cdk.migration import MigrationPhase
    from infergw.cdk.runtime import cdk8s
    from infergw.cdk.synthesis import render

    plan = plan_migration(seed_input())
    app = cdk8s.App()
    MigrationPhase(Chart(app, "phase"), "split", plan, "02-split-50")
    files = render(app)
    assert "phase/httproute-llm-route.yaml" in files
    with pytest.raises(Exception, match="the plan's phases are 01-side-by-side"):
        MigrationPhase(Chart(cdk8s.App(), "x"), "bad", plan, "07-nope")


def test_cli_never_writes_over_its_input(tmp_path, capsys):
    source = write_input(tmp_path, seed_input())
    before = {p: p.read_bytes() for p in source.rglob("*") if p.is_file()}
    for out in (source, source / "plan"):
        assert main(["migrate", "--from", str(source), "--out", str(out)]) == 2
        assert "overlaps the input" in capsys.readouterr().err
    assert {p: p.read_bytes() for p in source.rglob("*") if p.is_file()} == before


def test_each_phase_marks_its_own_objects():
    plan = plan_migration(seed_input())
    for phase in plan.phases:
        marks = {o["metadata"].get("annotations", {}).get(MIGRATION_ANNOTATION) for o in phase.objects} - {None}
        assert marks <= {phase.directory}, phase.directory


@pytest.mark.parametrize(
    ("suffix", "message"),
    [
        ("-preview", "gives the v1 pool the same name"),
        ("-GA", "is not a lower-case RFC 1035 label of at most 53 characters"),
        ("-" + "g" * 40, "is not a lower-case RFC 1035 label of at most 53 characters"),
    ],
)
def test_the_suffix_must_give_a_new_valid_name(suffix, message):
    objects = seed_input()
    if suffix == "-preview":
        objects = [o for o in objects if o["kind"] not in ("InferencePool",)] + [
            o for o in plan_input_without_preview_suffix() if o["kind"] == "InferencePool"
        ]
    with pytest.raises(MigrationError, match=message):
        plan_migration(objects, MigrationOptions(name_suffix=suffix))


def plan_input_without_preview_suffix():
    stack = render_pool_stack(
        PREVIEW, InferencePoolProps(match_labels={"app": "vllm-llama3-8b-instruct"}, release="v0.3.0", provider="none")
    )
    return [copy.deepcopy(o) for o in stack]


def test_unset_criticality_is_standard_and_said_so():
    objects = [*seed_input(), model("plain", "plain")]
    plan = plan_migration(objects, MigrationOptions(gke_version=GkeVersion.parse("1.33.5-gke.1080000")))
    assert find(plan.phases[0], "InferenceObjective", "plain")["spec"]["priority"] == 1
    assert any(
        w.startswith("InferenceModel plain: no criticality, taken as Standard (priority 1)") for w in plan.warnings
    )


def test_live_cluster_fields_are_dropped_and_a_missing_gke_version_is_a_warning():
    objects = seed_input()
    for obj in objects:
        obj["metadata"] |= {
            "uid": "1234",
            "resourceVersion": "99",
            "creationTimestamp": "2025-01-01T00:00:00Z",
            "annotations": {
                **obj["metadata"].get("annotations", {}),
                "kubectl.kubernetes.io/last-applied-configuration": "{}",
            },
        }
        obj["status"] = {"observedGeneration": 1}
    plan = plan_migration(objects)
    for obj in (o for phase in plan.phases for o in phase.objects if o["kind"] != "CustomResourceDefinition"):
        assert not {"uid", "resourceVersion", "creationTimestamp"} & set(obj["metadata"]) and "status" not in obj
        assert "kubectl.kubernetes.io/last-applied-configuration" not in obj["metadata"].get("annotations", {})
    assert any(w.startswith("No GKE version given") for w in plan.warnings)


def test_cli_priority_mapping_and_flag_errors(tmp_path, capsys):
    source = write_input(tmp_path, seed_input())
    out = tmp_path / "plan"
    assert (
        main(["migrate", "--from", str(source), "--out", str(out), "--priority", "Critical=5,Standard=1,Sheddable=-1"])
        == 0
    )
    objective = yaml.safe_load((out / "01-side-by-side" / "inferenceobjective-food-review.yaml").read_text())
    assert objective["spec"]["priority"] == 5
    capsys.readouterr()
    for args, message in (
        (["--priority", "Critical:5"], "give CRITICALITY=INTEGER pairs"),
        (
            ["--priority", "Standard=1"],
            "no priority for criticality 'Critical'; add it to the priority mapping (--priority",
        ),
        (["--strategy", "simple", "--steps", "50,100"], "--steps applies to --strategy zero-downtime"),
    ):
        assert main(["migrate", "--from", str(source), "--out", str(tmp_path / "other"), *args]) == 2
        assert message in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_an_app_moves_through_the_phases():
    from infergw.cdk.chart import Chart
    from infergw.cdk.migration import Migration
    from infergw.cdk.runtime import cdk8s
    from infergw.cdk.synthesis import render
    from infergw.errors import ConstructError
    from infergw.validation import ValidationOptions

    options = MigrationOptions(gke_version=GkeVersion.parse("1.33.5-gke.1080000"))
    expected = plan_migration(seed_input(), options).files()
    for phase in ("01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"):
        app = cdk8s.App()
        migration = Migration(Chart(app, phase), "migration", seed_input(), phase=phase, options=options)
        files = render(app, ValidationOptions(inference_release="v0.3.0", allow_external_refs=True))
        assert {k: v for k, v in files.items() if k != "kustomization.yaml"} == {
            k: v for k, v in expected.items() if k.startswith(phase + "/")
        }
    assert migration.plan_markdown == expected["PLAN.md"]
    with pytest.raises(ConstructError, match="nothing to migrate"):
        Migration(
            Chart(cdk8s.App(), "c"),
            "m",
            render_pool_stack("p", InferencePoolProps(match_labels={"app": "p"})),
            phase="01-side-by-side",
        )


def test_picker_failure_mode_carries_over_and_replicas_are_a_warning():
    objects = seed_input()
    for obj in objects:
        if obj["kind"] == "InferencePool":
            obj["spec"]["extensionRef"]["failureMode"] = "FailOpen"
        if obj["kind"] == "Deployment":
            obj["spec"]["replicas"] = 3
    plan = plan_migration(objects)
    pool = find(plan.phases[0], "InferencePool", "vllm-llama3-8b-instruct-ga")
    assert pool["spec"]["endpointPickerRef"]["failureMode"] == "FailOpen"
    assert any(
        w.startswith("Deployment vllm-llama3-8b-instruct-preview-epp: the v1alpha2 endpoint picker runs 3 replicas")
        for w in plan.warnings
    )
