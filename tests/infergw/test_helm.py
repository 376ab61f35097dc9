"""The Helm chart form of the output: what `helm template` renders equals the synthesized objects."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml
from conftest import REPO, tool
from infergw.helm import chart_files
from infergw.output import render_tree, write_tree


def objects_of(texts):
    docs = [d for text in texts for d in yaml.safe_load_all(text) if d]
    return sorted(docs, key=lambda d: (d["kind"], d["metadata"]["name"]))


def dist_tree() -> dict[str, str]:
    root = REPO / "dist"
    return {str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*.yaml"))}


def alert_tree():
    rule = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "Rules",
        "metadata": {"name": "alerts"},
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
    return render_tree({"stack": [rule], "crds": [crd]})


def test_layout_crds_verbatim_templates_escaped():
    files = chart_files(alert_tree(), name="n", version="1.0.2", app_version="v1.0.2")
    assert sorted(files) == [
        "Chart.yaml",
        "crds/customresourcedefinition-x.y.yaml",
        "templates/stack-rules-alerts.yaml",
        "values.yaml",
    ]
    assert yaml.safe_load(files["Chart.yaml"]) == {
        "apiVersion": "v2",
        "name": "n",
        "description": "GKE Inference Gateway stack synthesized by infergw",
        "type": "application",
        "version": "1.0.2",
        "appVersion": "v1.0.2",
    }
    assert '{{ "{{" }} $labels.name }}' in files["templates/stack-rules-alerts.yaml"]


def render_chart(tmp_path: Path, tree) -> tuple[subprocess.CompletedProcess, Path]:
    chart = tmp_path / "chart"
    write_tree(chart_files(tree, name="inference-gateway", version="1.0.2", app_version="v1.0.2"), chart)
    helm = tool("helm")
    result = subprocess.run(
        [helm, "template", "release", str(chart), "--include-crds"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result, chart


def test_helm_template_renders_exactly_the_synthesized_objects(tmp_path):
    tree = dist_tree()
    result, chart = render_chart(tmp_path, tree)
    expected = objects_of(
        text
        for path, text in tree.items()
        if not path.endswith("kustomization.yaml") and not path.startswith("prerequisites/")
    )
    assert objects_of([result.stdout]) == expected
    lint = subprocess.run([tool("helm"), "lint", str(chart)], capture_output=True, text=True, timeout=120)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "0 chart(s) failed" in lint.stdout


def test_template_braces_in_objects_survive_helm(tmp_path):
    result, _ = render_chart(tmp_path, alert_tree())
    (rules,) = [d for d in yaml.safe_load_all(result.stdout) if d and d["kind"] == "Rules"]
    assert rules["spec"]["groups"][0]["rules"][0]["annotations"]["summary"] == "pool {{ $labels.name }} is down"
