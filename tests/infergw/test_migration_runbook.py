"""PLAN.md is a runbook: its command blocks run, in order, against a fake kubectl that records every
call, and they delete everything a phase removes (routes before pools before CRDs), wait for every
endpoint picker and request real model names. Expected objects come from the phase directories on
disk, not from the runbook code."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import REPO
from infergw.cli import main
from infergw.output import render_tree, write_tree
from infergw.render.pool import InferencePoolProps, render_pool_stack
from infergw.validation.loader import load_paths
from infergw.versions import GkeVersion, ships_inferencepool_v1
from test_migration import GATEWAY, alpha_ref, model, route, seed_input

FAKE_KUBECTL = """#!/bin/sh
echo "kubectl $*" >> "$CALLS"
case "$*" in
  version*) echo "Server Version: v1.33.5-gke.1080000" ;;
  *"status.addresses"*) printf 10.0.0.1 ;;
  *conditions*) printf True ;;
  *"-o yaml"*) echo "kind: List" ;;
esac
"""
FAKE_CURL = """#!/bin/sh
echo "curl $*" >> "$CALLS"
echo 200
"""


def sections(plan_md: str) -> dict[tuple[str, str], str]:
    """(phase directory, section title) -> the shell of that section's first ```sh block."""
    out: dict[tuple[str, str], str] = {}
    phase = section = ""
    lines = iter(plan_md.splitlines())
    for line in lines:
        if m := re.match(r"## .*\(`([^`]+)/`\)$", line):
            phase = m.group(1)
        elif line.startswith("### "):
            section = line[4:].split(" to ")[0]
        elif line == "```sh":
            block = []
            for inner in lines:
                if inner == "```":
                    break
                block.append(inner)
            out.setdefault((phase, section), "\n".join(block))
    return out


def run(script: str, where: Path, tmp_path: Path) -> list[str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name, text in (("kubectl", FAKE_KUBECTL), ("curl", FAKE_CURL)):
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    calls = tmp_path / "calls.log"
    calls.write_text("")
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "CALLS": str(calls)}
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script], cwd=where, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr + script
    return calls.read_text().splitlines()


def objects_of(directory: Path) -> dict[tuple[str, str, str], dict]:
    """(kind, namespace, name) of every object file of a phase directory."""
    found = {}
    for path in directory.glob("*.yaml"):
        obj = yaml.safe_load(path.read_text())
        if path.name != "kustomization.yaml":
            meta = obj["metadata"]
            found[(obj["kind"], meta.get("namespace") or "", meta["name"])] = obj
    return found


def index_of(calls: list[str], *parts: str) -> int:
    hits = [i for i, c in enumerate(calls) if all(p in c for p in parts)]
    assert hits, f"no call with {parts}"
    return hits[0]


def plan_into(tmp_path: Path, objects, *args: str) -> Path:
    source = tmp_path / "current"
    write_tree(render_tree({"stack": objects}), source)
    out = tmp_path / "plan"
    assert main(["migrate", "--from", str(source), "--out", str(out), *args]) == 0
    return out


def seed_v102_input(gke=None):
    """The v1.0.2 stack of examples/seed-v1.0.2 (HPA, alert rules, monitoring); on a GKE that ships the v1
    pool CRD a dist carries no copy of it."""
    documents, problems = load_paths([str(REPO / "examples" / "seed-v1.0.2" / "dist")])
    assert not problems
    objects = [d.obj for d in documents]
    if gke and ships_inferencepool_v1(GkeVersion.parse(gke)):
        objects = [o for o in objects if o["metadata"]["name"] != "inferencepools.inference.networking.k8s.io"]
    return objects


#: (input, planner arguments, model names requested, new pool, phases): the seed's path and the newer ones.
RUNBOOK_CASES = {
    "seed-v0.3.0-to-v1.0.2": (
        seed_input,
        ("--to-release", "v1.0.2"),
        {"food-review", "meta-llama/Llama-3.1-8B-Instruct"},
        "vllm-llama3-8b-instruct-ga",
        ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"],
    ),
    "seed-v0.3.0-to-llm-d-router": (
        seed_input,
        (),
        {"food-review", "meta-llama/Llama-3.1-8B-Instruct"},
        "vllm-llama3-8b-instruct-ga",
        ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"],
    ),
    **{
        f"held-out-v0.3.0-to-llm-d-router-gke-{gke}": (
            lambda: held_out_style_input(),
            ("--to-release", "llm-d-router/v0.10.0", "--gke-version", gke, "--steps", "10,50,100"),
            {"tweet-summary"},
            "chat-ga",
            ["01-side-by-side", "02-split-10", "03-split-50", "04-cutover", "05-cleanup"],
        )
        for gke in ("1.33.5-gke.1080000", "1.34.0-gke.1626000")
    },
    **{
        f"v1.0.2-to-llm-d-router-gke-{gke}": (
            lambda gke=gke: seed_v102_input(gke),
            (
                "--to-release",
                "llm-d-router/v0.10.0",
                "--gke-version",
                gke,
                "--model",
                "food-review",
                "--model",
                "meta-llama/Llama-3.1-8B-Instruct",
            ),
            {"food-review", "meta-llama/Llama-3.1-8B-Instruct"},
            "vllm-llama3-8b-instruct-llm-d-router",
            ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"],
        )
        for gke in ("1.33.5-gke.1080000", "1.34.0-gke.1626000")
    },
}


@pytest.mark.parametrize("case", sorted(RUNBOOK_CASES))
def test_every_phase_runs_in_order_against_a_fake_kubectl(tmp_path, case):
    make_input, args, model_names, new_pool, phases = RUNBOOK_CASES[case]
    out = plan_into(tmp_path, make_input(), *args)
    plan_md = (out / "PLAN.md").read_text()
    assert "YOUR_MODEL" not in plan_md and "YOUR_PROMPT" not in plan_md
    blocks = sections(plan_md)
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == phases
    previous: dict = {}
    for phase in phases:
        objects = objects_of(out / phase)
        script = "\n".join(
            blocks[(phase, title)] for title in ("Pre-flight", "Apply with kubectl", "Checks before the next phase")
        )
        calls = run(script, out, tmp_path)
        if phase == phases[0]:
            assert calls[0].startswith("kubectl version")  # the cluster's version is checked first
        applied = index_of(calls, "apply --server-side -k", f"{phase}/")
        # every CRD of the phase exists before its objects are applied
        crds = [n for k, _, n in objects if k == "CustomResourceDefinition"]
        for name in crds:
            assert index_of(calls, "apply --server-side -f", name) < applied
        assert (out / "backup" / f"{phase}.yaml").is_file()
        # every object the phase removes is deleted, after the apply, in a safe order
        removed = set(previous) - set(objects) if previous else set()
        deletes = {
            key: index_of(
                calls, "delete", f"{key[0].lower()}.{group}/" if group else f"{key[0].lower()}/", f"/{key[2]} "
            )
            for key, group in ((k, previous[k]["apiVersion"].rpartition("/")[0]) for k in removed)
        }
        assert all(i > applied for i in deletes.values())
        order = {
            "HTTPRoute": 0,
            "InferenceModel": 1,
            "InferenceObjective": 1,
            "InferencePool": 2,
            "Deployment": 3,
            "CustomResourceDefinition": 4,
        }
        ranked = sorted((order[k[0]], i) for k, i in deletes.items() if k[0] in order)
        assert [i for _, i in ranked] == sorted(i for _, i in ranked), phase
        assert len(calls[applied:]) > len(deletes)
        for key in removed:  # what the phase removes is in its backup
            assert f"/{key[2]}" in next(c for c in calls if "-o yaml" in c and f"/{key[2]} " in c + " ")
        # a CRD goes only after a check that none of its objects is left, wherever the input had them
        for index, call in enumerate(calls):
            if call.startswith("kubectl delete customresourcedefinition") and "x-k8s.io" in call:
                crd = call.split("/")[1].split()[0]
                if not case.startswith("seed-v0.3.0-to-v1.0.2"):
                    assert calls[index - 1] == f"kubectl get {crd} --all-namespaces -o name", call
        # each endpoint picker rolled out, the Gateway is programmed, real model names are requested
        for kind, namespace, name in objects:
            if kind == "Deployment" and name.endswith("-epp"):
                assert any(f"rollout status -n {namespace} deployment.apps/{name}" in c for c in calls), name
        assert any("--for=condition=Programmed gateway.gateway.networking.k8s.io/" in c for c in calls)
        requests = [c for c in calls if c.startswith("curl")]
        assert {m for c in requests for m in re.findall(r'"model": "([^"]+)"', c)} == model_names
        if phase != phases[0]:
            assert any(f"inferencepool.inference.networking.k8s.io/{new_pool} " in c for c in calls)
        previous = objects
    # the last phase never checks with what it deleted
    checks = run(blocks[(phases[-1], "Checks before the next phase")], out, tmp_path)
    assert not [c for c in checks if "inference.networking.x-k8s.io" in c and "inferenceobjective" not in c]


def test_phase_one_rollback_deletes_the_v1_objects(tmp_path):
    out = plan_into(tmp_path, seed_input(), "--to-release", "v1.0.2")
    blocks = sections((out / "PLAN.md").read_text())
    calls = run(blocks[("01-side-by-side", "Rollback")], out, tmp_path)
    before = {(o["kind"], o["metadata"]["name"]) for o in seed_input()}
    created = [k for k in objects_of(out / "01-side-by-side") if (k[0], k[2]) not in before]
    assert created
    for kind, _, name in created:
        if kind != "CustomResourceDefinition":
            assert any(c.startswith("kubectl delete") and f"{kind.lower()}" in c and f"/{name} " in c for c in calls)
    assert not [c for c in calls if "apply" in c]  # phase 1 changed nothing that existed


def test_a_later_rollback_applies_the_previous_phase(tmp_path):
    out = plan_into(tmp_path, seed_input(), "--to-release", "v1.0.2")
    blocks = sections((out / "PLAN.md").read_text())
    calls = run(blocks[("04-cleanup", "Rollback")], out, tmp_path)
    crd = index_of(calls, "apply --server-side -f 03-cutover/customresourcedefinition-inferencepools.inference")
    assert crd < index_of(calls, "apply --server-side -k 03-cutover/")


def held_out_style_input():
    """A v0.3.0 stack in namespace llm, its model servers on port 8200, behind a Gateway on port 8080, with a
    LoRA model split by targetModels."""
    props = InferencePoolProps(
        match_labels={"app": "chat"}, release="v0.3.0", namespace="llm", provider="gke", target_port_number=8200
    )
    stack = render_pool_stack("chat", props)
    gateway = {**GATEWAY, "metadata": {"name": "edge", "namespace": "llm"}}
    gateway["spec"] = {**GATEWAY["spec"], "listeners": [{"name": "http", "port": 8080, "protocol": "HTTP"}]}
    lora = model(
        "tweets",
        "tweet-summary",
        pool="chat",
        namespace="llm",
        criticality="Standard",
        targetModels=[{"name": "tweet-summary-0", "weight": 70}, {"name": "tweet-summary-1", "weight": 30}],
    )
    routed = route([alpha_ref("chat")], name="chat", namespace="llm")
    routed["spec"]["parentRefs"] = [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "edge"}]
    return [*stack, lora, gateway, routed]


@pytest.mark.parametrize("gke", ["1.33.5-gke.1080000", "1.34.0-gke.1626000"])
def test_namespace_port_and_target_models_reach_the_commands(tmp_path, gke):
    # v1.0.x has no InferenceModelRewrite: the split's targets are requested by their own names
    out = plan_into(tmp_path, held_out_style_input(), "--gke-version", gke, "--to-release", "v1.0.2")
    plan_md = (out / "PLAN.md").read_text()
    blocks = sections(plan_md)
    first = run(blocks[("01-side-by-side", "Checks before the next phase")], out, tmp_path)
    assert any("rollout status -n llm deployment.apps/chat-epp" in c for c in first)
    assert any("rollout status -n llm deployment.apps/chat-ga-epp" in c for c in first)
    assert any("-n llm --for=condition=Programmed gateway.gateway.networking.k8s.io/edge" in c for c in first)
    assert [c for c in first if c.startswith("curl")] and all(
        ":8080/v1/completions" in c and '"model": "tweet-summary"' in c for c in first if c.startswith("curl")
    )
    cutover = run(blocks[("03-cutover", "Checks before the next phase")], out, tmp_path)
    models = {m for c in cutover if c.startswith("curl") for m in re.findall(r'"model": "([^"]+)"', c)}
    assert models == {"tweet-summary-0", "tweet-summary-1"}
    assert "targetModels (tweet-summary-0: 70, tweet-summary-1: 30)" in plan_md.split("### Pre-flight")[1]
    preflight = run(blocks[("01-side-by-side", "Pre-flight")], out, tmp_path)
    needs_v1 = [c for c in preflight if c.startswith("kubectl get crd")]
    assert ("inferencepools.inference.networking.k8s.io" in needs_v1[0]) == gke.startswith("1.34")


def test_the_simple_strategy_deletes_before_it_installs(tmp_path):
    out = plan_into(tmp_path, seed_input(), "--strategy", "simple")
    blocks = sections((out / "PLAN.md").read_text())
    calls = run(blocks[("01-remove-old", "Apply with kubectl")], out, tmp_path)
    route_apply = index_of(calls, "apply --server-side -k 01-remove-old/")
    pool = index_of(calls, "delete", "inferencepool.inference.networking.x-k8s.io/vllm-llama3-8b-instruct-preview")
    crd = index_of(calls, "delete", "customresourcedefinition.apiextensions.k8s.io/inferencepools.inference")
    assert route_apply < pool < crd
    rollback = run(blocks[("01-remove-old", "Rollback")], out, tmp_path)
    assert any(c.startswith(f"kubectl apply --server-side -R -f {(tmp_path / 'current').resolve()}") for c in rollback)
