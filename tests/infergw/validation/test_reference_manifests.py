"""Real-world input: the seeds' manifests and the upstream examples validate clean, except for the
defects the upstream files really have, which must be reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from infergw.validation import ValidationOptions, validate_paths

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@pytest.mark.parametrize("fixture", sorted(p.name for p in SEEDS.glob("*.yaml")))
def test_every_seed_manifest_is_valid(fixture):
    # The seeds show fragments of a deployment: targets living elsewhere are warnings, not errors.
    findings = validate_paths([str(SEEDS / fixture)], ValidationOptions(allow_external_refs=True))
    assert [f.as_text() for f in findings if f.severity == "error"] == []


def test_seed_adapter_set_refers_only_to_its_own_objects_and_built_ins():
    assert validate_paths([str(SEEDS / "003-adapter.yaml")]) == []


def rules_by_file(findings, root):
    return sorted((str(Path(f.file).relative_to(root)), f.line, f.rule, f.message.split(";")[0]) for f in findings)


def test_upstream_v1_0_0_examples_only_the_healthcheck_port_defect(reference):
    root = reference / "inference-extension" / "v1.0.0" / "config" / "manifests"
    findings = validate_paths([str(root)], ValidationOptions(allow_external_refs=True))
    errors = [f for f in findings if f.severity == "error"]
    # httpHealthCheck sets port without portSpecification: the GKE CRD's unguarded rules treat a
    # missing portSpecification as USE_SERVING_PORT (port forbidden) and fail to evaluate the others.
    assert {(Path(f.file).name, f.path) for f in errors} == {
        ("healthcheck.yaml", "spec.default.config.httpHealthCheck")
    }
    assert any(
        "port and portName must be unset for portSpecification being USE_SERVING_PORT" in f.message for f in errors
    )
    assert len(errors) == 3


def test_upstream_v0_3_0_examples_report_their_real_defects(reference):
    root = reference / "inference-extension" / "v0.3.0" / "config" / "manifests"
    findings = validate_paths([str(root)], ValidationOptions(inference_release="v0.3.0", allow_external_refs=True))
    got = {(Path(f.file).name, f.path, f.rule, f.severity) for f in findings}
    assert got == {
        # the GKE example targets a pool name (vllm-llama2-7b) that the example pool does not have
        ("healthcheck.yaml", "spec.targetRef", "reference/missing", "warning"),
        # the same port-without-portSpecification defect as in v1.0.0
        ("healthcheck.yaml", "spec.default.config.httpHealthCheck", "cel", "error"),
    }


def test_rbac_role_ref_without_api_group_is_accepted_as_the_api_server_defaults_it(reference):
    # v0.3.0's ClusterRoleBinding omits roleRef.apiGroup, which its schema marks required.
    source = reference / "inference-extension" / "v0.3.0" / "config" / "manifests" / "inferencepool-resources.yaml"
    bindings = [f for f in validate_paths([str(source)]) if f.kind == "ClusterRoleBinding"]
    assert bindings == []


@pytest.mark.parametrize("release", ["v0.3.0", "v1.0.0", "v1.0.2", "v1.2.0"])
def test_upstream_crds_are_valid_core_objects(reference, release):
    root = reference / "inference-extension" / release / "config" / "crd" / "bases"
    assert validate_paths([str(root)]) == []
