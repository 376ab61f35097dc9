"""`infergw init`: a scaffolded repository synthesizes, validates and tests its policies as generated."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml
from conftest import REPO
from infergw.cli import main


def test_scaffold_works_as_generated(tmp_path, capsys):
    target = tmp_path / "platform"
    assert main(["init", str(target)]) == 0
    names = sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file())
    assert {
        "cdk8s.yaml",
        "main.py",
        "infergw.yaml",
        "requirements.txt",
        ".github/workflows/infergw.yml",
        "policy/app-selector/policy.yaml",
        "policy/app-selector/tests.yaml",
    } <= set(names)
    workflow = yaml.safe_load((target / ".github/workflows/infergw.yml").read_text())
    steps = " ".join(step.get("run", "") for step in workflow["jobs"]["check"]["steps"])
    assert "infergw validate dist --policy policy" in steps and "infergw policy test policy" in steps
    assert "python main.py" in steps and "git status --porcelain dist" in steps  # the app, and untracked files count
    env = dict(os.environ, PYTHONPATH=str(REPO / "constructs"))
    synth = subprocess.run(
        [sys.executable, "main.py"], cwd=target, env=env, capture_output=True, text=True, timeout=300
    )
    assert synth.returncode == 0, synth.stderr
    assert main(["validate", str(target / "dist"), "--policy", str(target / "policy")]) == 0
    assert main(["policy", "test", str(target / "policy")]) == 0


def test_scaffold_config_is_the_documented_default():
    scaffold = (REPO / "constructs/infergw/scaffold/infergw.yaml").read_text().splitlines()
    repository = (REPO / "infergw.yaml").read_text().splitlines()
    # the same stack; only the schema line points at where each repository keeps the schema
    assert scaffold[1:] == repository[1:]
    assert scaffold[0] == "# yaml-language-server: $schema=./infergw.schema.json"
    assert repository[0] == "# yaml-language-server: $schema=./constructs/infergw/config/infergw.schema.json"


def test_existing_files_are_not_overwritten(tmp_path, capsys):
    (tmp_path / "main.py").write_text("mine\n")
    assert main(["init", str(tmp_path)]) == 2
    assert "main.py already exist" in capsys.readouterr().err
    assert (tmp_path / "main.py").read_text() == "mine\n"


def test_scaffolded_app_reports_config_errors_in_one_line(tmp_path):
    assert main(["init", str(tmp_path)]) == 0
    (tmp_path / "infergw.yaml").write_text("pools: [{name: Bad_Name, matchLabels: {app: x}}]\n")
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "keep.yaml").write_text("kept: true\n")
    env = dict(os.environ, PYTHONPATH=str(REPO / "constructs"))
    result = subprocess.run(
        [sys.executable, "main.py"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 1
    assert (
        result.stderr.startswith("main.py: error: infergw.yaml:1: pools[0].name:") and "Traceback" not in result.stderr
    )
    assert [p.name for p in (tmp_path / "dist").iterdir()] == ["keep.yaml"]


def test_readme_walkthrough_main_py_and_infergw_synth_write_the_same_tree(tmp_path, monkeypatch):
    # The README's platform-admin walkthrough: init, argocd in infergw.yaml, python main.py; CI re-runs it.
    from conftest import tool
    from infergw.output import MARKER

    target = tmp_path / "platform"
    assert main(["init", str(target)]) == 0
    config = (target / "infergw.yaml").read_text()
    (target / "infergw.yaml").write_text(
        config.replace("# argocd:", "argocd:", 1)
        .replace("#   repoURL:", "  repoURL:", 1)
        .replace("#   path: dist", "  path: dist", 1)
    )
    env = dict(os.environ, PYTHONPATH=str(REPO / "constructs"))
    result = subprocess.run(
        [sys.executable, "main.py"], cwd=target, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    app = yaml.safe_load((target / "dist/argocd/application-infergw-inference-gateway.yaml").read_text())
    assert app["spec"]["source"] == {
        "repoURL": "https://git.example.com/platform.git",
        "path": "dist/inference-gateway",
        "targetRevision": "HEAD",
    }
    written = {p.relative_to(target / "dist"): p.read_bytes() for p in (target / "dist").rglob("*") if p.is_file()}
    monkeypatch.chdir(target)
    assert main(["synth", "--out", "again"]) == 0
    again = {p.relative_to(target / "again"): p.read_bytes() for p in (target / "again").rglob("*") if p.is_file()}
    assert again == written and MARKER in {str(p) for p in written}
    kustomize = subprocess.run(
        [tool("kubectl"), "kustomize", "dist/argocd"], cwd=target, capture_output=True, text=True
    )
    assert kustomize.returncode == 0, kustomize.stderr
    assert kustomize.stdout.count("kind: Application") == 3  # crds, inference-gateway, metrics-adapter
