"""The Gateway API kinds beyond Gateway and HTTPRoute, per release: GRPCRoute and BackendTLSPolicy
(v1.4.1 on in the catalogue), ListenerSet (v1.5.1 on). For each release that has the kind, the valid
fixture passes and the invalid one fails on its CEL rule; a release without it says where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from infergw.catalogue import GATEWAY_API_RELEASES
from infergw.validation import ValidationOptions, validate_objects, validate_paths

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "gateway-api"

#: kind -> (fixture stem, the releases whose CRDs carry it, the invalid fixture's finding: path, message)
KINDS = {
    "GRPCRoute": (
        "grpcroute",
        ("v1.4.1", "v1.5.1", "v1.6.1"),
        ("spec.rules[0].matches[0].method", "One or both of 'service' or 'method' must be specified"),
    ),
    "BackendTLSPolicy": (
        "backendtlspolicy",
        ("v1.4.1", "v1.5.1", "v1.6.1"),
        ("spec.validation", "must not contain both CACertificateRefs and WellKnownCACertificates"),
    ),
    "ListenerSet": (
        "listenerset",
        ("v1.5.1", "v1.6.1"),
        ("spec.listeners", "Combination of port, protocol and hostname must be unique for each listener"),
    ),
}
CASES = [(kind, release) for kind in KINDS for release in GATEWAY_API_RELEASES]


def check(stem: str, release: str):
    options = ValidationOptions(gateway_release=release, kubernetes_version="1.37", allow_external_refs=True)
    return [f for f in validate_paths([str(FIXTURES / f"{stem}.yaml")], options) if f.severity == "error"]


def test_the_catalogue_has_the_five_gateway_api_releases():
    assert GATEWAY_API_RELEASES == ("v1.3.0", "v1.4.0", "v1.4.1", "v1.5.1", "v1.6.1")


@pytest.mark.parametrize(("kind", "release"), CASES)
def test_valid_fixture_passes_where_the_release_has_the_kind(kind, release):
    stem, releases, _ = KINDS[kind]
    findings = check(f"{stem}_valid", release)
    if release in releases:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.rule == "unknown-kind"
        assert f"infergw has it in {', '.join(releases)}" in finding.message


@pytest.mark.parametrize(("kind", "release"), [(k, r) for k, r in CASES if r in KINDS[k][1]])
def test_invalid_fixture_fails_on_its_cel_rule(kind, release):
    stem, _, (path, message) = KINDS[kind]
    assert [(f.path, f.message, f.rule) for f in check(f"{stem}_invalid", release)] == [(path, message, "cel")]


def test_grpc_service_names_follow_the_case_insensitive_pattern():
    # The CRD's rule uses RE2's inline (?i) after ^, which Python's re refuses: it must still run.
    text = (FIXTURES / "grpcroute_valid.yaml").read_text().replace("inference.v1.Generate", "inference-v1.Generate")
    options = ValidationOptions(gateway_release="v1.6.1", allow_external_refs=True)

    findings = validate_objects([("grpc.yaml", yaml.safe_load(text))], options)
    assert [f.message for f in findings if f.rule == "cel"] == [
        r"service must only contain valid characters (matching ^(?i)\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$)"
    ]


GOLDEN = Path(__file__).resolve().parents[2] / "golden"


@pytest.mark.parametrize("release", GATEWAY_API_RELEASES)
@pytest.mark.parametrize("stack", ["default-stack-v1.0.2", "full-v1.0.2"])
def test_the_synthesized_stacks_are_valid_for_every_gateway_api_release(stack, release):
    options = ValidationOptions(gateway_release=release, kubernetes_version="1.37", allow_external_refs=True)
    assert [f.as_text() for f in validate_paths([str(GOLDEN / stack)], options) if f.severity == "error"] == []
