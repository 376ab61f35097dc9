"""The committed dist/ is exactly what the default stack synthesizes, by every entry point."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from infergw.cdk.app import build_app
from infergw.cdk.synthesis import render
from infergw.cli.synth import default_config
from infergw.config.loader import load_config
from infergw.output import MARKER


def tree(root: Path) -> dict[str, str]:
    """The files of an output tree, without the marker that says infergw wrote it."""
    return {
        str(p.relative_to(root)): p.read_text() for p in sorted(root.rglob("*")) if p.is_file() and p.name != MARKER
    }


@pytest.fixture(scope="module")
def fresh() -> dict[str, str]:
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        return render(build_app(load_config(default_config())))
    finally:
        os.chdir(cwd)


def test_committed_dist_equals_a_fresh_synth(fresh):
    committed = tree(REPO / "dist")
    assert sorted(committed) == sorted(fresh), "dist/ is stale: run `make synth` and commit dist/"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"dist/ is stale in {stale}: run `make synth` and commit dist/"


def test_synth_is_byte_identical_across_runs_hash_seeds_and_locales(tmp_path):
    runs = {"a": ("0", "C"), "b": ("12345", "C.UTF-8"), "c": ("random", "POSIX")}
    for out, (seed, locale) in runs.items():
        env = dict(os.environ, PYTHONHASHSEED=seed, LC_ALL=locale, LANG=locale)
        result = subprocess.run(
            [sys.executable, "main.py", "--out", str(tmp_path / out)], cwd=REPO, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
    assert tree(tmp_path / "a") == tree(tmp_path / "b") == tree(tmp_path / "c")


def test_cdk8s_cli_synth_equals_make_synth(tmp_path, fresh):
    cli = REPO / "node_modules" / ".bin" / "cdk8s"
    if not cli.exists():
        pytest.skip("cdk8s-cli is not installed (run `make setup`, which runs `npm ci`)")
    env = dict(os.environ)
    # cdk8s.yaml runs `python main.py`: put this interpreter first on PATH, as an activated venv does.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    out = tmp_path / "cdk8s-out"
    result = subprocess.run(
        [str(cli), "synth", "--no-check-upgrade", "--output", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree(out) == fresh


def test_synth_failure_leaves_previous_output_intact(tmp_path):
    out = tmp_path / "dist"
    shutil.copytree(REPO / "dist", out)
    before = tree(out)
    bad = tmp_path / "bad.yaml"
    bad.write_text("release: v9.9.9\n")
    result = subprocess.run(
        [sys.executable, "main.py", "--config", str(bad), "--out", str(out)], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 2
    known = "v0.3.0, v1.0.0, v1.0.2, v1.1.0, v1.2.1, v1.3.1, v1.4.0, v1.5.0, llm-d-router/v0.9.0, llm-d-router/v0.10.0"
    assert f'{bad}:1: release: expected one of {known}, got "v9.9.9"' in result.stderr
    assert "Traceback" not in result.stderr
    assert tree(out) == before
