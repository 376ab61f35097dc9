"""Parity with the upstream `inferencepool` chart: `helm template` on the reference chart of each
release renders the same objects as InferencePoolStack for the same values.

Normalized before comparing, each for a documented reason (see infergw.inferencepool):
the `app.kubernetes.io/version` label (the unpublished chart says 0.0.0; we say the release), and
the deliberate fixes: `portSpecification: USE_FIXED_PORT` on the HealthCheckPolicy, and v0.3.0's
missing ClusterRoleBinding `roleRef.apiGroup`, and v1.0.0's policies that target the v1 group even
for a v1alpha2 pool (ours follow the pool's group).
"""

from __future__ import annotations

import copy
import subprocess

import pytest
import yaml

from conftest import tool
from infergw.inferencepool import RELEASES, InferencePoolProps, render_pool_stack

NAME = "vllm-llama3-8b-instruct"
LABELS = {"app": NAME}

CASES = {
    "gke": ({"provider.name": "gke"}, {"provider": "gke"}),
    "none": ({}, {}),
    "ha": ({"inferenceExtension.replicas": "3"}, {"replicas": 3}),
    "alpha-pool": ({"inferencePool.apiVersion": "inference.networking.x-k8s.io/v1alpha2", "provider.name": "gke"},
                   {"api_version": "inference.networking.x-k8s.io/v1alpha2", "provider": "gke"}),
    "gke-monitoring": ({"provider.name": "gke", "inferenceExtension.monitoring.gke.enabled": "true", "provider.gke.autopilot": "true"},
                       {"provider": "gke", "gke_monitoring": True, "autopilot": True}),
    "triton": ({"inferencePool.modelServerType": "triton-tensorrt-llm"}, {"model_server_type": "triton-tensorrt-llm"}),
}
#: Which cases each release's chart supports.
SUPPORTED = {
    "v0.3.0": ("gke", "none"),
    "v1.0.0": ("gke", "none", "alpha-pool", "triton"),
    "v1.0.2": ("gke", "none", "ha", "alpha-pool", "gke-monitoring", "triton"),
}


def helm_objects(reference, release, values):
    chart = reference / "inference-extension" / release / "config" / "charts" / "inferencepool"
    argv = [tool("helm"), "template", NAME, str(chart), "--namespace", "default",
            "--set", f"inferencePool.modelServers.matchLabels.app={NAME}"]
    for key, value in values.items():
        argv += ["--set", f"{key}={value}"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


def normalize(objects, release):
    out = []
    for obj in copy.deepcopy(objects):
        if release == "v1.0.0" and obj["kind"] in ("HealthCheckPolicy", "GCPBackendPolicy"):
            # v1.0.0's chart always targets the v1 group, even for a v1alpha2 pool; we target the pool's group.
            obj["spec"]["targetRef"]["group"] = "<pool group>"
        labels = obj["metadata"].get("labels", {})
        if "app.kubernetes.io/version" in labels:
            labels["app.kubernetes.io/version"] = "<version>"
        if obj["kind"] == "HealthCheckPolicy":
            obj["spec"]["default"]["config"]["httpHealthCheck"].pop("portSpecification", None)
        if obj["kind"] == "ClusterRoleBinding" and release == "v0.3.0":
            obj["roleRef"].pop("apiGroup", None)
        out.append(obj)
    return sorted(out, key=lambda o: (o["kind"], o["metadata"]["name"]))


@pytest.mark.parametrize(("release", "case"), [(r, c) for r, cases in SUPPORTED.items() for c in cases])
def test_objects_equal_helm_template(reference, release, case):
    values, props = CASES[case]
    ours = render_pool_stack(NAME, InferencePoolProps(match_labels=LABELS, release=release, profile="chart-compatible", **props), RELEASES[release])
    theirs = helm_objects(reference, release, values)
    assert normalize(ours, release) == normalize(theirs, release)


@pytest.mark.parametrize("release", sorted(SUPPORTED))
def test_our_deliberate_fixes_are_the_only_differences(reference, release):
    ours = render_pool_stack(NAME, InferencePoolProps(match_labels=LABELS, release=release, provider="gke", profile="chart-compatible"), RELEASES[release])
    (health,) = [o for o in ours if o["kind"] == "HealthCheckPolicy"]
    assert health["spec"]["default"]["config"]["httpHealthCheck"]["portSpecification"] == "USE_FIXED_PORT"
    (theirs,) = [o for o in helm_objects(reference, release, {"provider.name": "gke"}) if o["kind"] == "HealthCheckPolicy"]
    assert "portSpecification" not in theirs["spec"]["default"]["config"]["httpHealthCheck"]


def test_hardened_profile_adds_only_security_context_requests_and_a_budget():
    props = dict(match_labels=LABELS, provider="gke", replicas=3)
    chart = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, InferencePoolProps(profile="chart-compatible", **props), RELEASES["v1.0.2"])}
    hardened = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, InferencePoolProps(**props), RELEASES["v1.0.2"])}
    assert set(hardened) - set(chart) == {("PodDisruptionBudget", f"{NAME}-epp")}
    deployment = hardened[("Deployment", f"{NAME}-epp")]["spec"]["template"]["spec"]
    container = deployment["containers"][0]
    assert container.pop("securityContext") == {"allowPrivilegeEscalation": False, "readOnlyRootFilesystem": True, "runAsNonRoot": True, "capabilities": {"drop": ["ALL"]}}
    assert container.pop("resources") == {"requests": {"cpu": "500m", "memory": "1Gi"}}
    assert deployment.pop("securityContext") == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    assert {k: v for k, v in hardened.items() if k[0] != "PodDisruptionBudget"} == chart
