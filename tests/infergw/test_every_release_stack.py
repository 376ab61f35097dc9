"""Every deployable release: a one-pool config synthesizes and validates on Kubernetes 1.37, its
objectives (or models) are in the release's group, and every picker flag is one `--name=value`."""

from __future__ import annotations

import pytest
import yaml
from infergw.cdk.app import build_app
from infergw.cdk.synthesis import render
from infergw.config.loader import parse_config
from infergw.releases import chart_release_ids
from infergw.validation import ValidationOptions

#: The per-workload object each release family writes (group/version as upstream publishes them).
WORKLOAD_API = {
    "v0.3.0": "inference.networking.x-k8s.io/v1alpha2",
    "llm-d-router/v0.9.0": "llm-d.ai/v1alpha2",
    "llm-d-router/v0.10.0": "llm-d.ai/v1alpha2",
}


def stack(release: str, **pool: object) -> dict[str, dict]:
    workload = (
        {"models": [{"name": "chat", "modelName": "chat"}]}
        if release == "v0.3.0"
        else {"objectives": [{"name": "chat"}]}
    )
    document = {"release": release, "pools": [{"name": "chat", "matchLabels": {"app": "chat"}, **workload, **pool}]}
    options = ValidationOptions(kubernetes_version="1.37", inference_release=release, allow_external_refs=True)
    files = render(build_app(parse_config(document, "infergw.yaml")), options)  # raises on any error finding
    return {path: yaml.safe_load(text) for path, text in files.items() if path.endswith(".yaml")}


@pytest.mark.parametrize("release", chart_release_ids())
def test_one_pool_stack_of_every_release(release):
    flags = {} if release == "v0.3.0" else {"flags": {"v": 2, "enable-pprof": False}}  # v0.3.0's chart takes none
    objects = [o for o in stack(release, **flags).values() if isinstance(o, dict)]
    (workload,) = [o for o in objects if o.get("kind") in ("InferenceObjective", "InferenceModel")]
    assert workload["apiVersion"] == WORKLOAD_API.get(release, "inference.networking.x-k8s.io/v1alpha2")
    (picker,) = [o for o in objects if o.get("kind") == "Deployment"]
    args = picker["spec"]["template"]["spec"]["containers"][0]["args"]
    assert all(a.startswith("-") for a in args), args  # no value stands alone, where Go's parser would stop
    if flags:
        assert "--v=2" in args and "--enable-pprof=false" in args


def test_a_three_port_pool_on_v150():
    (pool,) = [o for o in stack("v1.5.0", targetPorts=[8000, 8001, 8002]).values() if o.get("kind") == "InferencePool"]
    assert pool["spec"]["targetPorts"] == [{"number": 8000}, {"number": 8001}, {"number": 8002}]
