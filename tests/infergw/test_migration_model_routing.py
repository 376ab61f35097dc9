"""A stack that routes by model name migrates with its routing intact: the body-based-routing example
on GAIE v1.5.0, synthesized and migrated to llm-d-router/v0.10.0 as a user runs the commands, keeps
one rule per model set in every phase, each split across the pool's old and new stacks, keeps the
router, and every phase validates (the model-routing checks included)."""

from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import REPO

INFERGW = [sys.executable, "-m", "infergw"]
MODEL_SETS = [
    ["meta-llama/Llama-3.1-8B-Instruct", "food-review-1"],
    ["deepseek/vllm-deepseek-r1", "ski-resorts", "movie-critique"],
]


def run(*args):
    done = subprocess.run([*INFERGW, *args], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def rules(phase):
    route = yaml.safe_load((phase / "httproute-llm-route.yaml").read_text())
    return [
        (
            [m["headers"][0]["value"] for m in rule["matches"]],
            {b["name"]: b.get("weight") for b in rule["backendRefs"]},
        )
        for rule in route["spec"]["rules"]
    ]


def test_a_body_routed_stack_migrates_with_its_model_rules(tmp_path):
    text = (REPO / "examples" / "body-based-routing" / "infergw.yaml").read_text()
    config = tmp_path / "infergw.yaml"
    config.write_text(text.replace("bodyBasedRouting:", "release: v1.5.0\nbodyBasedRouting:", 1))
    run("synth", "--config", str(config), "--out", str(tmp_path / "dist"))
    out = tmp_path / "migration"
    run("migrate", "--from", str(tmp_path / "dist" / "inference-gateway"), "--out", str(out))

    phases = sorted(p for p in out.iterdir() if p.is_dir())
    assert [p.name for p in phases] == ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"]
    pools = ["vllm-llama3-8b-instruct", "vllm-deepseek-r1"]
    expected_weights = {
        "01-side-by-side": lambda pool: {pool: None},
        "02-split-50": lambda pool: {pool: 50, f"{pool}-llm-d-router": 50},
        "03-cutover": lambda pool: {f"{pool}-llm-d-router": None},
        "04-cleanup": lambda pool: {f"{pool}-llm-d-router": None},
    }
    for phase in phases:
        assert [models for models, _ in rules(phase)] == MODEL_SETS, phase.name
        backends = [weights for _, weights in rules(phase)]
        want = [expected_weights[phase.name](pool) for pool in pools]
        assert [set(b) for b in backends] == [set(w) for w in want], phase.name
        if phase.name == "02-split-50":
            assert backends == want
        assert (phase / "gcproutingextension-body-based-router.yaml").is_file(), phase.name
    validated = run("validate", str(out))
    assert "0 errors, 0 warnings" in validated.stdout, validated.stdout
