"""The README's library example runs as written and produces a valid, complete tree."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml

from conftest import REPO

EXAMPLE = REPO / "examples" / "library_app.py"


def test_readme_embeds_the_example_verbatim():
    assert EXAMPLE.read_text() .split('"""', 2)[2].strip() in (REPO / "README.md").read_text()


def test_example_synthesizes(tmp_path):
    env = dict(os.environ, CDK8S_OUTDIR=str(tmp_path / "out"), PYTHONPATH=f"{REPO / 'constructs'}{os.pathsep}{REPO}")
    result = subprocess.run([sys.executable, str(EXAMPLE)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in (tmp_path / "out" / "serving").iterdir())
    assert "inferencepool-llama3-8b.yaml" in files and "resourcequota-llm.yaml" in files
    route = yaml.safe_load((tmp_path / "out" / "serving" / "httproute-llm.yaml").read_text())
    assert route["metadata"]["namespace"] == "llm"
    assert route["spec"]["rules"][0]["backendRefs"] == [{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "llama3-8b"}]
