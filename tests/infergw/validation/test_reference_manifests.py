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
    # httpHealthCheck sets port without portSpecification: gke-gateway-api's current CRD reads the
    # field unguarded (the server refuses it), GKE 1.33's guards it with has() (accepted). One cause,
    # one finding: a warning until the cluster's CRD generation is named.
    where = {("healthcheck.yaml", "spec.default.config.httpHealthCheck", "healthcheck/port-specification")}
    for generation, severity in ((None, "warning"), ("unguarded", "error")):
        options = ValidationOptions(allow_external_refs=True, healthcheck_crd=generation)
        findings = [f for f in validate_paths([str(root)], options) if f.severity != "info"]
        assert {(Path(f.file).name, f.path, f.rule) for f in findings} == where
        assert [f.severity for f in findings] == [severity]
        assert "portSpecification: USE_FIXED_PORT" in findings[0].message
    options = ValidationOptions(allow_external_refs=True, healthcheck_crd="guarded")
    assert validate_paths([str(root)], options) == []


def test_upstream_v0_3_0_examples_report_their_real_defects(reference):
    root = reference / "inference-extension" / "v0.3.0" / "config" / "manifests"
    findings = validate_paths([str(root)], ValidationOptions(inference_release="v0.3.0", allow_external_refs=True))
    got = {(Path(f.file).name, f.path, f.rule, f.severity) for f in findings}
    assert got == {
        # the GKE example targets a pool name (vllm-llama2-7b) that the example pool does not have
        ("healthcheck.yaml", "spec.targetRef", "reference/missing", "warning"),
        # the same port-without-portSpecification defect as in v1.0.0 (CRD generation not named)
        ("healthcheck.yaml", "spec.default.config.httpHealthCheck", "healthcheck/port-specification", "warning"),
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
