"""Without Node.js, loading cdk8s gives advice instead of a bare FileNotFoundError."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_without_node(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PATH"}
    env["PATH"] = "/nonexistent"
    env["PYTHONPATH"] = f"{REPO / 'constructs'}{os.pathsep}{REPO}"
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, cwd=REPO, timeout=120)


def test_synth_without_node_explains_how_to_install_it():
    result = run_without_node("-m", "infergw", "synth", "--out", "/nonexistent/out")
    assert result.returncode == 2
    assert "Node.js was not found on PATH" in result.stderr
    assert "Traceback" not in result.stderr


def test_commands_that_do_not_need_cdk8s_work_without_node():
    result = run_without_node("-m", "infergw", "crds", "--release", "v0.3.0")
    assert result.returncode == 0, result.stderr
    assert "inferencemodels.inference.networking.x-k8s.io" in result.stdout
