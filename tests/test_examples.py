"""Every examples/<name>/ synthesizes to exactly its committed dist/ and that output validates."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO

EXAMPLES = sorted(p.parent.name for p in (REPO / "examples").glob("*/infergw.yaml"))


def tree(root):
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_output_is_current_and_valid(name, tmp_path):
    example = REPO / "examples" / name
    out = tmp_path / "dist"
    infergw = [sys.executable, "-m", "infergw"]
    synth = subprocess.run(
        [*infergw, "synth", "--config", str(example / "infergw.yaml"), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert synth.returncode == 0, synth.stderr
    assert tree(out) == tree(example / "dist"), f"examples/{name}/dist is stale: run `make examples` and commit it"
    validate = subprocess.run(
        [*infergw, "validate", "--kubernetes-version", "1.37", str(out), "--policy", str(REPO / "policy")],
        capture_output=True,
        text=True,
    )
    assert validate.returncode == 0, validate.stdout + validate.stderr
    assert (example / "README.md").is_file()


def test_the_examples_together_show_the_patterns():
    kinds = b"".join(b for name in EXAMPLES for b in tree(REPO / "examples" / name / "dist").values())
    for needle in (
        b"kind: ApigeeBackendService",
        b"appProtocol: kubernetes.io/h2c",
        b"type: GRPC",
        b"number: 8003",
        b"kind: GCPRoutingExtension",
        b"name: X-Gateway-Model-Name",
        b"kind: InferenceModelRewrite",
    ):
        assert needle in kinds, needle
