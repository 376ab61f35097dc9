"""The scaffold's CI workflow, run step by step as a fresh runner would, on a scaffold with every
optional section of infergw.yaml turned on (the network step, `pip install`, is checked, not run)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import REPO
from infergw.cli import main

SOURCE = f"infergw @ file://{REPO}"
GIT = {
    "GIT_AUTHOR_NAME": "ci",
    "GIT_AUTHOR_EMAIL": "ci@example.com",
    "GIT_COMMITTER_NAME": "ci",
    "GIT_COMMITTER_EMAIL": "ci@example.com",
}


def every_section_on(config: dict) -> dict:
    config["gkeVersion"] = "1.34.1-gke.1822000"
    config["argocd"] = {"repoURL": "https://git.example.com/platform.git"}
    config["namespace"] = "llm"
    config["security"]["apigee"] = {
        "name": "apigee-backend",
        "apigeeEnv": "prod",
        "location": {
            "name": "us-central1",
            "network": "projects/acme-prod/global/networks/default",
            "subnetwork": "projects/acme-prod/regions/us-central1/subnetworks/default",
        },
    }
    config["gateway"]["listeners"] = [{"name": "http", "port": 80, "protocol": "HTTP"}]
    config["route"]["requestTimeout"] = "300s"
    first = config["pools"][0]
    first["weight"] = 80
    second = {
        "name": "vllm-gemma-3-1b",
        "matchLabels": {"app": "vllm-gemma-3-1b"},
        "weight": 20,
        "flags": {"v": 2},
        "autoscaling": {"minReplicas": 2, "maxReplicas": 4},
        "objectives": [{"name": "gemma-chat", "priority": 1}],
    }
    config["pools"].append(second)
    config["observability"]["alerts"] = {"forms": ["rules-file", "managed-prometheus", "prometheus-operator"]}
    return config


def run(step: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, **GIT, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run(["bash", "-e", "-c", step], cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_workflow_passes_on_a_scaffold_with_every_optional_section(tmp_path, capsys):
    target = tmp_path / "platform"
    assert main(["init", str(target), "--source", SOURCE]) == 0
    assert "placeholder" not in capsys.readouterr().err
    assert SOURCE in (target / "requirements.txt").read_text().splitlines()
    config_path = target / "infergw.yaml"
    config = every_section_on(yaml.safe_load(config_path.read_text()))
    config_path.write_text(yaml.safe_dump(config, sort_keys=False))
    # The user synthesizes once and commits, as the README says; then CI checks out that commit.
    for command in ("git init -q", "python main.py", "git add -A", "git commit -qm scaffold"):
        done = run(command, target)
        assert done.returncode == 0, (command, done.stderr)
    workflow = yaml.safe_load((target / ".github/workflows/infergw.yml").read_text())
    steps = [step["run"] for step in workflow["jobs"]["check"]["steps"] if "run" in step]
    assert steps[0] == "pip install -r requirements.txt"
    for step in steps[1:]:
        done = run(step, target)
        assert done.returncode == 0, (step, done.stdout, done.stderr)
    kinds = {yaml.safe_load(p.read_text()).get("kind") for p in (target / "dist").rglob("*.yaml")}
    assert {"ApigeeBackendService", "PrometheusRule", "Namespace", "Application"} <= kinds


def test_init_without_source_says_loudly_that_requirements_is_a_placeholder(tmp_path, capsys):
    assert main(["init", str(tmp_path / "p")]) == 0
    err = capsys.readouterr().err
    assert "requirements.txt installs infergw from a placeholder" in err and "--source" in err
    assert "replace-me" in (tmp_path / "p" / "requirements.txt").read_text()


def test_scaffold_ignores_local_environments(tmp_path):
    assert main(["init", str(tmp_path / "p"), "--source", SOURCE]) == 0
    ignored = (tmp_path / "p" / ".gitignore").read_text().splitlines()
    assert ".venv/" in ignored and "dist/" not in ignored


def test_scaffold_comments_name_only_what_a_user_repository_has(tmp_path):
    assert main(["init", str(tmp_path / "p"), "--source", SOURCE]) == 0
    text = "\n".join(p.read_text() for p in (tmp_path / "p").rglob("*") if p.is_file() and p.suffix != ".json")
    for foreign in ("tests/infergw", "make synth", "examples/", "constructs/infergw"):
        assert foreign not in text, foreign


def test_scaffolded_main_py_strict_refuses_the_placeholders(tmp_path):
    target = tmp_path / "platform"
    assert main(["init", str(target), "--source", SOURCE]) == 0
    (target / "dist").mkdir()
    (target / "dist" / "keep.yaml").write_text("kept: true\n")
    strict = run("python main.py --strict", target)
    assert strict.returncode != 0 and "Traceback" not in strict.stderr
    assert "infergw.yaml:" in strict.stderr and "is a placeholder" in strict.stderr and "--strict" in strict.stderr
    assert (target / "dist" / "keep.yaml").read_text() == "kept: true\n"  # nothing written
