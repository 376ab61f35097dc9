"""Validating across processes gives exactly what one process gives: same findings, same lines,
same order, including findings that relate objects of files checked by different workers."""

from __future__ import annotations

import copy

import pytest
import yaml
from infergw.validation import ValidationOptions
from infergw.validation.engine import check_paths

POOL = {
    "apiVersion": "inference.networking.k8s.io/v1",
    "kind": "InferencePool",
    "metadata": {"name": "vllm"},
    "spec": {
        "selector": {"matchLabels": {"app": "vllm"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "vllm-epp", "port": {"number": 9002}},
    },
}
SERVICE = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {"name": "vllm-epp"},
    "spec": {"selector": {"app": "vllm-epp"}, "ports": [{"name": "grpc", "port": 9002}]},
}
MONITORING = {
    "apiVersion": "monitoring.googleapis.com/v1",
    "kind": "PodMonitoring",
    "metadata": {"name": "vllm"},
    "spec": {"selector": {"matchLabels": {"app": "vllm"}}, "endpoints": [{"port": 8000, "interval": "15 seconds"}]},
}


def tree(tmp_path, files: int):
    """Files of a few objects each; some with errors, the Service of namespace i in file i+1 (so
    references cross the workers' chunks), a duplicate across files, and a file that is not YAML."""
    for i in range(files):
        namespace = {"namespace": f"ns-{i}"}
        pool = copy.deepcopy(POOL) | {"metadata": {"name": "vllm", **namespace}}
        if i % 7 == 3:
            pool["spec"]["targetPorts"][0]["number"] = 0  # schema error
        service = copy.deepcopy(SERVICE) | {"metadata": {"name": "vllm-epp", "namespace": f"ns-{(i + 1) % files}"}}
        if i % 5 == 2:
            service["spec"]["ports"][0]["protocol"] = "tcp"  # Go-side rule
        monitoring = copy.deepcopy(MONITORING) | {"metadata": {"name": "vllm", **namespace}}
        objects = [pool, service, monitoring]
        if i == files - 1:
            objects.append(copy.deepcopy(SERVICE) | {"metadata": {"name": "vllm-epp", "namespace": "ns-0"}})
        text = yaml.safe_dump_all(objects, sort_keys=False)
        (tmp_path / f"f{i:03}.yaml").write_text(text)
    (tmp_path / "broken.yaml").write_text("a: [b\n")
    return tmp_path


@pytest.mark.parametrize("jobs", [2, 3])
def test_parallel_equals_one_process(tmp_path, monkeypatch, jobs):
    monkeypatch.setattr("infergw.validation.engine.PARALLEL_MIN_BYTES", 0)  # small files, still in parallel
    root = str(tree(tmp_path, 40))
    options = ValidationOptions()
    one_docs, one = check_paths([root], options, jobs=1)
    many_docs, many = check_paths([root], options, jobs=jobs)
    assert many == one
    assert [(d.source, d.line) for d in many_docs] == [(d.source, d.line) for d in one_docs]
    rules = {f.rule for f in one}
    # the run has every kind of finding: per object, across files (references, duplicates), input
    assert {"schema", "service/protocol", "reference/selector", "duplicate", "input"} <= rules, rules
    assert any(f.line > 1 and f.rule == "duplicate" for f in one)
