"""One tiny named fixture per check class, through the command: its exact text output.

Each fixture's first comment (except extra_property.yaml's, whose lines other tests pin) says which
API-server rule or cross-object check it exercises.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from infergw.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
REJECTS = "the API server rejects the object"
EXTERNAL = (
    "which is not in the validated set (pass --allow-external-refs if it is applied separately) [reference/missing]"
)

EXPECTED = {
    "duplicate_keys.yaml": [
        "duplicate_keys.yaml:8: duplicate key 'mode': the API server would keep only one of them [duplicate-key]",
        "0 objects checked: 1 errors, 0 warnings",
    ],
    "unknown_kind.yaml": [
        "unknown_kind.yaml:2: Widget w: unknown kind Widget (example.com/v1) for Kubernetes 1.34: if it is a custom "
        "resource, pass its CRD with --crds FILE_OR_DIR [unknown-kind]",
        "1 objects checked: 1 errors, 0 warnings",
    ],
    "extra_property.yaml": [
        "extra_property.yaml:11: Service serving/epp: spec.ports[0].protcol: unknown field 'protcol': the API server "
        "rejects it (strict field validation); remove it or check its spelling [schema/unknown-field]",
        "1 objects checked: 1 errors, 0 warnings",
    ],
    "int_or_string.yaml": [
        'int_or_string.yaml:14: PodMonitoring epp: spec.endpoints[2].port: 90.5 is not of types "integer", "string" [schema]',
        "2 objects checked: 1 errors, 0 warnings",
    ],
    "go_duration.yaml": [
        'go_duration.yaml:12: ClusterPodMonitoring pool: spec.endpoints[0].interval: "PT30S" is not a "duration" [schema]',
        "go_duration.yaml:13: ClusterPodMonitoring pool: spec.endpoints[1]: scrape timeout (60s) must not be greater "
        "than scrape interval (30s) [cel]",
        "2 objects checked: 2 errors, 0 warnings",
    ],
    "list_map_keys.yaml": [
        "list_map_keys.yaml:9: Gateway gw: spec.listeners: Listener name must be unique within the Gateway [cel]",
        "list_map_keys.yaml:9: Gateway gw: spec.listeners: duplicate entry (name='http'): the list's entries must be "
        "unique by name [list-type]",
        "1 objects checked: 2 errors, 0 warnings",
    ],
    "healthcheck_port_without_specification.yaml": [
        "healthcheck_port_without_specification.yaml:16: HealthCheckPolicy health-check-policy: "
        "spec.default.config.httpHealthCheck: portSpecification is not set: the HealthCheckPolicy CRD this cluster "
        "runs reads it in its port rules without a has() guard, so the API server rejects the object; set "
        "portSpecification: USE_FIXED_PORT [healthcheck/port-specification]",
        "3 objects checked: 1 errors, 0 warnings",
    ],
    "missing_references.yaml": [
        "missing_references.yaml:9: HTTPRoute llm-route: spec.parentRefs[0]: refers to Gateway inference-gateway "
        f"(group gateway.networking.k8s.io), {EXTERNAL}",
        "missing_references.yaml:12: HTTPRoute llm-route: spec.rules[0].backendRefs[0]: refers to InferencePool vllm "
        f"(group inference.networking.k8s.io), {EXTERNAL}",
        "missing_references.yaml:23: InferenceObjective food-review: spec.poolRef: refers to InferencePool vllm "
        f"(group inference.networking.k8s.io), {EXTERNAL}",
        "3 objects checked: 3 errors, 0 warnings",
    ],
    "duplicate_objects.yaml": [
        "duplicate_objects.yaml:8: ServiceAccount serving/epp: duplicate object: the same ServiceAccount is also "
        "defined at duplicate_objects.yaml:2 [duplicate]",
        "2 objects checked: 1 errors, 0 warnings",
    ],
}


#: What `infergw validate` says on stderr when Gateway API objects are checked and no release was named.
GATEWAY_NOTE = (
    "note: Gateway API objects checked against Gateway API v1.6.1 (the newest release infergw has); "
    "say which release the cluster serves with --cluster-gateway-api\n"
)
#: The fixtures with Gateway API objects.
WITH_GATEWAY_API = {"list_map_keys.yaml", "missing_references.yaml"}
#: Flags a fixture is validated with.
ARGS = {"healthcheck_port_without_specification.yaml": ["--healthcheck-crd", "unguarded"]}


@pytest.mark.parametrize("fixture", sorted(EXPECTED))
def test_fixture_output(fixture, capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    code = main(["validate", *ARGS.get(fixture, []), fixture])
    out, err = capsys.readouterr()
    assert (code, err) == (1, GATEWAY_NOTE if fixture in WITH_GATEWAY_API else "")
    assert out.splitlines() == EXPECTED[fixture]


def test_healthcheck_without_port_specification_is_one_warning_unless_the_crd_is_named(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    fixture = "healthcheck_port_without_specification.yaml"
    assert main(["validate", fixture]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and "warning: portSpecification is not set" in lines[0], lines
    assert "portSpecification: USE_FIXED_PORT" in lines[0] and "--healthcheck-crd guarded|unguarded" in lines[0]
    assert lines[1] == "3 objects checked: 0 errors, 1 warnings"
    assert main(["validate", "--healthcheck-crd", "guarded", fixture]) == 0
    assert capsys.readouterr().out.splitlines() == ["3 objects checked: 0 errors, 0 warnings"]
