"""MetricsAdapter: the seed's custom-metrics Stackdriver adapter set field for field, its IAM
script as gcloud would receive it, options, refusals, schema validation and the golden tree."""

from __future__ import annotations

import os
import re
import stat
import subprocess

import pytest
import seed003
import yaml
from golden import GOLDEN_ROOT, assert_golden
from infergw.argocd import SYNC_WAVE
from infergw.cdk.chart import Chart
from infergw.cdk.metrics_adapter import MetricsAdapter
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cli import main
from infergw.errors import ConstructError
from infergw.render.metrics_adapter import IMAGE, AdapterProps, render_adapter
from infergw.validation import ValidationOptions, validate_objects


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def _without_sync_wave(objects):
    """The objects without the annotations we add: the sync wave and the documented policy exceptions."""
    out = []
    for obj in objects:
        obj = {**obj, "metadata": dict(obj["metadata"])}
        annotations = dict(obj["metadata"].pop("annotations"))
        assert annotations.pop(SYNC_WAVE) == "-1"  # applied before the HPAs that read through it
        exceptions = {k for k in annotations if k.startswith("policy.infergw.dev/except-")}
        assert all(annotations.pop(k).strip() for k in exceptions)  # each exception states its reason
        assert not annotations
        out.append(obj)
    return out


def test_reproduces_the_seed_field_for_field_except_the_deployment_namespace(chart, reference):
    seed = [d for d in yaml.safe_load_all(seed003.adapter(reference)) if d]
    ours = _without_sync_wave(MetricsAdapter(chart, "adapter").objects)
    assert [(o["kind"], o["metadata"]["name"]) for o in ours] == [(o["kind"], o["metadata"]["name"]) for o in seed]
    (deployment,) = [o for o in ours if o["kind"] == "Deployment"]
    # The seed's Deployment has no namespace: applied as is, it lands in the current namespace, away
    # from its ServiceAccount and from the Service that must select it. Upstream's file has it.
    assert "namespace" not in next(o for o in seed if o["kind"] == "Deployment")["metadata"]
    assert deployment["metadata"].pop("namespace") == "custom-metrics"
    assert ours == seed


def test_options_reach_every_object(chart):
    adapter = MetricsAdapter(
        chart,
        "adapter",
        props=AdapterProps(
            namespace="metrics", image_tag="v0.16.1-gke.0", cpu="500m", memory="1Gi", extra_args=("--v=2",)
        ),
    )
    by_kind = {}
    for obj in adapter.objects:
        by_kind.setdefault(obj["kind"], []).append(obj)
    container = by_kind["Deployment"][0]["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == f"{IMAGE}:v0.16.1-gke.0"
    assert container["command"] == [
        "/adapter",
        "--use-new-resource-model=true",
        "--fallback-for-container-metrics=true",
        "--v=2",
    ]
    assert container["resources"] == {
        "limits": {"cpu": "500m", "memory": "1Gi"},
        "requests": {"cpu": "500m", "memory": "1Gi"},
    }
    assert by_kind["Namespace"][0]["metadata"]["name"] == "metrics"
    assert {s["service"]["namespace"] for s in (o["spec"] for o in by_kind["APIService"])} == {"metrics"}
    subjects = [s for o in by_kind["ClusterRoleBinding"] + by_kind["RoleBinding"] for s in o["subjects"]]
    adapter_subjects = [s for s in subjects if s["name"] == "custom-metrics-stackdriver-adapter"]
    assert len(adapter_subjects) == 3 and {s["namespace"] for s in adapter_subjects} == {"metrics"}
    assert "/subject/ns/metrics/sa/custom-metrics-stackdriver-adapter" in adapter.iam_script


def test_a_digest_pins_the_image(chart):
    digest = "sha256:" + "ab" * 32
    adapter = MetricsAdapter(chart, "adapter", props=AdapterProps(image_tag=digest))
    (deployment,) = [o for o in adapter.objects if o["kind"] == "Deployment"]
    assert deployment["spec"]["template"]["spec"]["containers"][0]["image"] == f"{IMAGE}@{digest}"


def _run_with_fake_gcloud(tmp_path, script_text):
    """Run a script with a ``gcloud`` that records its arguments (one call per line) and answers
    ``projects describe`` with a project number."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "calls"
    fake = bin_dir / "gcloud"
    fake.write_text(
        f'#!/usr/bin/env bash\nprintf "%s\\n" "$(printf "%s|" "$@")" >> {log}\n'
        '[ "$1 $2" = "projects describe" ] && echo 123456789012\nexit 0\n'
    )
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    script = tmp_path / "script.sh"
    script.write_text(script_text)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    subprocess.run(["bash", str(script)], check=True, env=env, timeout=30)
    calls = [line.rstrip("|").split("|") for line in log.read_text().splitlines()]
    log.unlink()
    return calls


def test_iam_script_makes_the_seeds_grant(chart, reference, tmp_path):
    ours = _run_with_fake_gcloud(
        tmp_path, MetricsAdapter(chart, "adapter", props=AdapterProps(project="my-project")).iam_script
    )
    # The seed's commands, with its placeholder replaced as it instructs. It writes PROJECT_NUMBER
    # literally in the member (a placeholder it never asks to replace); ours uses the looked-up number.
    seed_text = re.sub(r"(?<![$\w])PROJECT_ID(?!=)", "my-project", seed003.iam_commands(reference))
    seed_text = seed_text.replace("projects/PROJECT_NUMBER", "projects/123456789012")
    seed = _run_with_fake_gcloud(tmp_path, seed_text)
    assert ours[0][:3] == seed[0][:3] == ["projects", "describe", "my-project"]
    assert (
        ours[1]
        == seed[1]
        == [
            "projects",
            "add-iam-policy-binding",
            "projects/my-project",
            "--role",
            "roles/monitoring.viewer",
            "--member=principal://iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/"
            "my-project.svc.id.goog/subject/ns/custom-metrics/sa/custom-metrics-stackdriver-adapter",
        ]
    )
    assert len(ours) == 2


def test_iam_script_is_a_file_of_the_chart(chart):
    adapter = MetricsAdapter(chart, "adapter")
    assert adapter.files == {"metrics-adapter-iam.sh": adapter.iam_script}
    assert chart.files["metrics-adapter-iam.sh"] == adapter.iam_script
    assert adapter.iam_script.startswith("#!/usr/bin/env bash\n") and "PROJECT_ID=PROJECT_ID" in adapter.iam_script


def test_the_set_is_valid_and_complete_on_its_own(chart):
    # Core schemas (APIService, RBAC, Deployment, Service) and every reference inside the set:
    # the APIServices' Service, the bindings' roles and service account.
    objects = MetricsAdapter(chart, "adapter").objects
    assert (
        validate_objects([(f"{o['kind']}-{o['metadata']['name']}.yaml", o) for o in objects], ValidationOptions()) == []
    )


def test_validation_would_catch_a_broken_api_service(chart):
    objects = MetricsAdapter(chart, "adapter").objects
    broken = [dict(o) for o in objects]
    api_service = next(o for o in broken if o["kind"] == "APIService")
    api_service["spec"] = {**api_service["spec"], "groupPriorityMinimum": "high"}
    assert any(f.kind == "APIService" for f in validate_objects([(f"{i}.yaml", o) for i, o in enumerate(broken)]))


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (AdapterProps(namespace="Custom"), r"namespace='Custom': expected a namespace name"),
        (AdapterProps(cpu="a lot"), r"cpu='a lot': expected a Kubernetes quantity such as 250m, 1, 200Mi or 1Gi"),
        (AdapterProps(memory="200MB"), r"memory='200MB': expected a Kubernetes quantity"),
        (
            AdapterProps(image_tag="v1 latest"),
            r"image_tag='v1 latest': expected an image tag such as v1.2.3, or sha256:<digest>",
        ),
        (AdapterProps(image_tag="sha256:abc"), r"image_tag='sha256:abc': expected an image tag"),
        (AdapterProps(image_tag=5), r"image_tag=5: expected an image tag .* got 5"),  # type: ignore[arg-type]
        (
            AdapterProps(project="My Project"),
            r"project='My Project': expected a Google Cloud project id: 6 to 30 lower-case letters, digits and '-', "
            r"starting with a letter, or PROJECT_ID",
        ),
        (AdapterProps(project="proj"), r"project='proj': expected a Google Cloud project id"),
        (AdapterProps(extra_args="--v=2"), r"extra_args='--v=2': expected a list of a flag such as --v=2"),  # type: ignore[arg-type]
        (AdapterProps(extra_args=("v=2",)), r"extra_args\[0\]='v=2': expected a flag such as --v=2"),
    ],
)
def test_refuses(chart, props, message):
    with pytest.raises(ConstructError, match=rf"^c/adapter: {message}"):
        MetricsAdapter(chart, "adapter", props=props)


def test_renders_without_a_construct():
    # The renderer is what the construct emits (Node-free; migration and the config can use it).
    rendered = render_adapter(AdapterProps(project="my-project"))
    adapter = MetricsAdapter(Chart(cdk8s.App(), "c"), "adapter", props=AdapterProps(project="my-project"))
    assert list(rendered.objects) == adapter.objects
    assert dict(rendered.files) == adapter.files == {"metrics-adapter-iam.sh": rendered.iam_script}


def test_golden():
    app = cdk8s.App()
    MetricsAdapter(Chart(app, "observability"), "adapter", props=AdapterProps(project="my-project"))
    assert_golden("observability-adapter", render(app, ValidationOptions()))


@pytest.mark.parametrize("managed_prometheus", ["v0.15.3", "v0.17.2"])
def test_golden_tree_passes_infergw_validate(managed_prometheus, capsys):
    # The adapter set is complete: strict, no reference leaves it.
    assert (
        main(
            [
                "validate",
                *[],
                "--managed-prometheus-release",
                managed_prometheus,
                str(GOLDEN_ROOT / "observability-adapter"),
            ]
        )
        == 0
    )
    assert " 0 errors" in capsys.readouterr().out
