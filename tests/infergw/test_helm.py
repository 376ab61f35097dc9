"""The Helm chart form of the output (`infergw synth --format helm`), checked with the real helm:
`helm lint --strict`, `helm template -n` puts every namespaced object in the release's namespace,
two releases do not collide, the values change what they name, the packaged chart is clean."""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_infergw, tool
from infergw.helm import chart_files, values_of
from infergw.output import MARKER, render_tree

FULL = REPO / "tests" / "infergw" / "fixtures" / "config" / "full.yaml"
POOL = "vllm-llama3-8b-instruct"
EPP = f"{POOL}-epp"


def objects_of(texts):
    docs = [d for text in texts for d in yaml.safe_load_all(text) if d]
    return sorted(docs, key=lambda d: (d["kind"], d["metadata"].get("namespace", ""), d["metadata"]["name"]))


def helm(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([tool("helm"), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def template(chart: Path, release: str, namespace: str, *extra: str) -> list[dict]:
    result = helm("template", release, str(chart), "-n", namespace, *extra)
    assert result.returncode == 0, result.stderr
    return objects_of([result.stdout])


def synth_chart(tmp_path: Path, config: Path, *extra: str) -> Path:
    """`infergw synth --format helm` as a user runs it, in a directory holding only the config."""
    root = tmp_path / "repo"
    root.mkdir(exist_ok=True)
    shutil.copy(config, root / "infergw.yaml")
    result = run_infergw("synth", "--format", "helm", "--out", "chart", *extra, cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "chart"


@pytest.fixture(scope="module")
def default_chart(tmp_path_factory) -> Path:
    return synth_chart(tmp_path_factory.mktemp("default"), REPO / "infergw.yaml")


@pytest.fixture(scope="module")
def full_chart(tmp_path_factory) -> Path:
    return synth_chart(tmp_path_factory.mktemp("full"), FULL)


def dist_objects() -> list[tuple[str, dict]]:
    """``(directory, object)`` of every object of the committed dist/ (prerequisites are not objects)."""
    root = REPO / "dist"
    return [
        (path.relative_to(root).parts[0], obj)
        for path in sorted(root.rglob("*.yaml"))
        if path.name != "kustomization.yaml" and path.relative_to(root).parts[0] != "prerequisites"
        for obj in yaml.safe_load_all(path.read_text())
        if obj
    ]


# --- the chart's files ---------------------------------------------------------------------------


def test_chart_layout(default_chart):
    names = sorted(str(p.relative_to(default_chart)) for p in default_chart.rglob("*") if p.is_file())
    assert {
        ".helmignore",
        "Chart.yaml",
        "README.md",
        "values.yaml",
        "values.schema.json",
        "templates/NOTES.txt",
    } <= set(names)
    assert all(n.startswith("crds/customresourcedefinition-") for n in names if n.startswith("crds/"))
    chart = yaml.safe_load((default_chart / "Chart.yaml").read_text())
    assert (chart["name"], chart["version"], chart["appVersion"]) == (
        "inference-gateway",
        "0.1.0",
        "llm-d-router/v0.10.0",
    )
    assert MARKER in (default_chart / ".helmignore").read_text().splitlines()
    readme = (default_chart / "README.md").read_text()
    assert "**never upgrades or deletes them**" in readme
    assert "infergw crds --release RELEASE | kubectl apply --server-side -f -" in readme


def test_helm_lint_strict_passes(default_chart, full_chart):
    for chart in (default_chart, full_chart):
        lint = helm("lint", "--strict", str(chart))
        assert lint.returncode == 0, lint.stdout + lint.stderr
        assert "1 chart(s) linted, 0 chart(s) failed" in lint.stdout


def test_packaged_chart_has_no_output_marker_and_keeps_the_prerequisites(full_chart, tmp_path):
    result = helm("package", str(full_chart), "-d", str(tmp_path))
    assert result.returncode == 0, result.stderr
    (package,) = tmp_path.glob("*.tgz")
    with tarfile.open(package) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames()}
    assert MARKER not in names
    assert {
        "files/prerequisites/metrics-adapter-iam.sh",
        "files/prerequisites/model-armor-model-armor.sh",
        "files/prerequisites/inference-alerts.rules.yaml",
    } <= names
    install_notes = (full_chart / "templates" / "NOTES.txt").read_text()
    assert "files/prerequisites/metrics-adapter-iam.sh" in install_notes
    assert "set\nmetricsAdapter.install=true in exactly one release of this cluster" in install_notes


def test_chart_version_must_be_semver(tmp_path):
    result = run_infergw(
        "synth", "--format", "helm", "--chart-version", "v2", "--config", str(FULL), "--out", "x", cwd=tmp_path
    )
    assert result.returncode == 2 and "--chart-version 'v2': Helm needs SemVer, such as 1.4.0" in result.stderr


def test_chart_version_flag(tmp_path):
    chart = synth_chart(tmp_path, REPO / "infergw.yaml", "--chart-version", "3.1.0")
    meta = yaml.safe_load((chart / "Chart.yaml").read_text())
    assert (meta["version"], meta["appVersion"]) == ("3.1.0", "llm-d-router/v0.10.0")


# --- helm template -------------------------------------------------------------------------------


def test_defaults_render_exactly_the_synthesized_objects(default_chart):
    # With the namespace synthesized for and the per-cluster adapter on, the only difference is the
    # release-unique cluster names.
    rendered = template(default_chart, "rel", "default", "--include-crds", "--set", "metricsAdapter.install=true")
    expected = []
    for directory, obj in dist_objects():
        # the metrics adapter, one per cluster, keeps its names (it registers an APIService)
        if directory != "metrics-adapter":
            if "namespace" not in obj["metadata"] and obj["kind"] != "CustomResourceDefinition":
                obj["metadata"]["name"] = f"rel-{obj['metadata']['name']}"
            if obj["kind"] in ("ClusterRoleBinding", "RoleBinding") and obj["roleRef"]["kind"] == "ClusterRole":
                obj["roleRef"]["name"] = f"rel-{obj['roleRef']['name']}"
        expected.append(obj)
    assert rendered == objects_of([yaml.safe_dump_all(expected)])
    # by default the adapter is left out, and only it
    adapter = objects_of([yaml.safe_dump_all([o for d, o in dist_objects() if d == "metrics-adapter"])])
    assert adapter and template(default_chart, "rel", "default", "--include-crds") == [
        o for o in rendered if o not in adapter
    ]


def test_every_namespaced_object_goes_to_the_release_namespace(default_chart):
    rendered = template(default_chart, "rel", "prod")
    namespaced = [o for o in rendered if "namespace" in o["metadata"]]
    assert len(namespaced) >= 12
    assert {o["metadata"]["namespace"] for o in namespaced} == {"prod"}
    text = yaml.safe_dump_all(rendered)
    assert "default" not in {s.get("namespace") for o in rendered for s in o.get("subjects", [])}
    (picker,) = [o for o in rendered if o["kind"] == "Deployment" and o["metadata"]["name"].endswith("-epp")]
    args = picker["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "--pool-namespace=prod" in args or args[args.index("--pool-namespace") + 1] == "prod"
    assert "rel-vllm-llama3-8b-instruct-prod-epp" in text


def test_two_releases_do_not_collide(default_chart, full_chart):
    def keys(objects):
        return {(o["kind"], o["metadata"].get("namespace"), o["metadata"]["name"]) for o in objects}

    for chart in (default_chart,):
        assert not keys(template(chart, "a", "prod")) & keys(template(chart, "b", "staging"))
    # the metrics adapter is one per cluster: one release installs it, the others leave it out (the default)
    first = template(full_chart, "a", "prod", "--set", "metricsAdapter.install=true")
    second = template(full_chart, "b", "staging")
    assert not keys(first) & keys(second)
    assert {o["kind"] for o in first} - {o["kind"] for o in second} == {"APIService", "Namespace"}


def test_full_stack_namespaced_objects_in_prod_the_per_cluster_adapter_where_it_must_be(full_chart):
    rendered = template(full_chart, "rel", "prod", "--set", "metricsAdapter.install=true")
    elsewhere = {
        (o["metadata"]["namespace"], o["kind"])
        for o in rendered
        if o["metadata"].get("namespace") not in (None, "prod")
    }
    # the adapter lives in custom-metrics, and reads the API server's authentication config in kube-system
    assert elsewhere == {
        ("custom-metrics", "Deployment"),
        ("custom-metrics", "Service"),
        ("custom-metrics", "ServiceAccount"),
        ("kube-system", "RoleBinding"),
    }
    (hpa,) = [o for o in rendered if o["kind"] == "HorizontalPodAutoscaler"]
    assert (
        hpa["spec"]["metrics"][0]["external"]["metric"]["selector"]["matchLabels"]["resource.labels.namespace"]
        == "prod"
    )
    without = template(full_chart, "rel", "prod")
    assert {o["metadata"].get("namespace") for o in without} == {None, "prod"}
    assert "APIService" not in {o["kind"] for o in without}


# --- values --------------------------------------------------------------------------------------


def test_values_set_what_changes_per_environment(full_chart, tmp_path):
    values = values_of({"values.yaml": (full_chart / "values.yaml").read_text()})
    assert values["deployments"][EPP]["replicas"] == 1
    assert values["deployments"][EPP]["containers"]["epp"]["image"]["tag"] == "v1.0.2"
    assert values["autoscalers"][POOL] == {"minReplicas": 2, "maxReplicas": 8}
    assert values["backendPolicies"][POOL] == {"logSampleRate": None}
    assert values["metricsAdapter"] == {"install": False}
    overrides = tmp_path / "prod.yaml"
    overrides.write_text(
        yaml.safe_dump(
            {
                "deployments": {
                    EPP: {
                        "replicas": 3,
                        "containers": {
                            "epp": {
                                "image": {"repository": "mirror.example.com/epp", "tag": "v1.0.2-patched"},
                                "resources": {"requests": {"cpu": "2", "memory": "4Gi"}, "limits": {"memory": "4Gi"}},
                            }
                        },
                    }
                },
                "backendPolicies": {POOL: {"logSampleRate": 0}},
                "autoscalers": {POOL: {"minReplicas": 4, "maxReplicas": 20}},
            }
        )
    )
    rendered = {
        (o["kind"], o["metadata"]["name"]): o for o in template(full_chart, "rel", "prod", "-f", str(overrides))
    }
    picker = rendered[("Deployment", EPP)]
    container = picker["spec"]["template"]["spec"]["containers"][0]
    assert picker["spec"]["replicas"] == 3
    assert container["image"] == "mirror.example.com/epp:v1.0.2-patched"
    assert container["resources"] == {"requests": {"cpu": "2", "memory": "4Gi"}, "limits": {"memory": "4Gi"}}
    assert rendered[("GCPBackendPolicy", POOL)]["spec"]["default"]["logging"] == {"enabled": True, "sampleRate": 0}
    hpa = rendered[("HorizontalPodAutoscaler", POOL)]["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (4, 20)
    default = {(o["kind"], o["metadata"]["name"]): o for o in template(full_chart, "rel", "prod")}
    assert "sampleRate" not in default[("GCPBackendPolicy", POOL)]["spec"]["default"]["logging"]


@pytest.mark.parametrize(
    "setting",
    [
        f"deployments.{EPP}.replicas=-1",
        f"backendPolicies.{POOL}.logSampleRate=2000000",
        f"autoscalers.{POOL}.minReplicas=0",
        "imageTag=v9",
    ],
    ids=["negative-replicas", "sample-rate-over-a-million", "zero-min-replicas", "unknown-key"],
)
def test_the_values_schema_refuses_what_the_chart_does_not_read(full_chart, setting):
    result = helm("template", "rel", str(full_chart), "-n", "prod", "--set", setting)
    assert result.returncode != 0
    assert "values don't meet the specifications of the schema" in result.stderr


def test_the_schema_lists_every_value():
    tree = render_tree({"s": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "n"}}]})
    files = chart_files(tree, name="n", version="0.1.0", app_version="v1.0.2", namespace="n")
    assert json.loads(files["values.schema.json"])["additionalProperties"] is False
    assert values_of(files) == {}


# --- escaping and the namespace object -----------------------------------------------------------


def alert_tree(namespace: str = "default"):
    rule = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "Rules",
        "metadata": {"name": "alerts", "namespace": namespace},
        "spec": {
            "groups": [
                {
                    "name": "g",
                    "rules": [
                        {"alert": "A", "expr": "up == 0", "annotations": {"summary": "pool {{ $labels.name }} is down"}}
                    ],
                }
            ]
        },
    }
    crd = {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition", "metadata": {"name": "x.y"}}
    ns = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": namespace}}
    return render_tree({"stack": [ns, rule], "crds": [crd]})


def test_template_braces_in_objects_survive_helm_and_the_stack_namespace_object_is_left_to_helm(tmp_path):
    chart = tmp_path / "chart"
    chart.mkdir()
    for path, text in chart_files(
        alert_tree("team-a"), name="n", version="0.1.0", app_version="v1.0.2", namespace="team-a"
    ).items():
        (chart / path).parent.mkdir(parents=True, exist_ok=True)
        (chart / path).write_text(text)
    rendered = template(chart, "rel", "prod")
    (rules,) = rendered  # the Namespace team-a is not rendered: `helm install --create-namespace` makes prod
    assert rules["metadata"]["namespace"] == "prod"
    assert rules["spec"]["groups"][0]["rules"][0]["annotations"]["summary"] == "pool {{ $labels.name }} is down"


def test_cluster_names_spell_the_release_namespace_wherever_the_stack_namespace_was(tmp_path):
    def role(name):
        return {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": name}}

    tree = render_tree(
        {"s": [role("team-a-reader"), role("pool-team-a-epp"), role("collector:team-a-x"), role("other")]}
    )
    chart = tmp_path / "chart"
    for path, text in chart_files(tree, name="n", version="0.1.0", app_version="v1.0.2", namespace="team-a").items():
        (chart / path).parent.mkdir(parents=True, exist_ok=True)
        (chart / path).write_text(text)
    assert sorted(o["metadata"]["name"] for o in template(chart, "rel", "prod")) == [
        "rel-collector:prod-x",
        "rel-pool-prod-epp",
        "rel-prod-other",
        "rel-prod-reader",
    ]
