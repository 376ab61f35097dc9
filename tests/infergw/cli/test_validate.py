"""`infergw validate`: exact output per format, exit codes, stdin, usage errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from infergw import __version__
from infergw.cli import main

FIXTURES = Path(__file__).resolve().parents[1] / "validation" / "fixtures"
EXTRA = str(FIXTURES / "extra_property.yaml")
BOTH = str(FIXTURES / "both_backend_and_service_name.yaml")


def run(capsys, *argv):
    code = main(["validate", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_is_one_line_per_finding_and_a_summary(capsys):
    code, out, _ = run(capsys, EXTRA)
    assert code == 1
    assert out == (
        f"{EXTRA}:11: Service serving/epp: spec.ports[0].protcol: unknown field 'protcol': the API server rejects it "
        "(strict field validation); remove it or check its spelling [schema/unknown-field]\n"
        "1 objects checked: 1 errors, 0 warnings\n"
    )


def test_cel_finding_in_text_carries_the_crd_message(capsys):
    code, out, _ = run(capsys, BOTH, "--allow-external-refs")
    assert code == 1
    lines = out.splitlines()
    assert (
        f"{BOTH}:13: GCPTrafficExtension armor: spec.extensionChains[0].extensions[0]: Exactly one of backendRef or googleAPIServiceName should be set [cel]"
        in lines
    )
    assert lines[-1] == "1 objects checked: 1 errors, 2 warnings"


def test_json_output(capsys):
    code, out, _ = run(capsys, EXTRA, "--format", "json")
    assert code == 1
    assert json.loads(out) == [
        {
            "file": EXTRA,
            "line": 11,
            "kind": "Service",
            "namespace": "serving",
            "name": "epp",
            "path": "spec.ports[0].protcol",
            "message": "unknown field 'protcol': the API server rejects it (strict field validation); remove it or check its spelling",
            "rule": "schema/unknown-field",
            "severity": "error",
        }
    ]


def test_junit_output(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    code, out, _ = run(capsys, "extra_property.yaml", "--format", "junit")
    assert code == 1
    assert (
        out
        == """\
<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="1" failures="1" errors="0">
  <testsuite name="infergw validate" tests="1" failures="1" errors="0">
    <testcase classname="infergw.validate" name="extra_property.yaml">
      <failure message="1 error" type="validation">extra_property.yaml:11: Service serving/epp: spec.ports[0].protcol: \
unknown field 'protcol': the API server rejects it (strict field validation); remove it or check its spelling \
[schema/unknown-field]</failure>
    </testcase>
  </testsuite>
</testsuites>
"""
    )


def test_sarif_output(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    code, out, _ = run(capsys, "extra_property.yaml", "--format", "sarif")
    assert code == 1
    assert (
        out
        == f"""\
{{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {{
      "tool": {{
        "driver": {{
          "name": "infergw validate",
          "version": "{__version__}",
          "rules": [
            {{
              "id": "schema/unknown-field",
              "name": "schema/unknown-field"
            }}
          ]
        }}
      }},
      "results": [
        {{
          "ruleId": "schema/unknown-field",
          "ruleIndex": 0,
          "level": "error",
          "message": {{
            "text": "Service serving/epp: spec.ports[0].protcol: unknown field 'protcol': the API server rejects it \
(strict field validation); remove it or check its spelling"
          }},
          "locations": [
            {{
              "physicalLocation": {{
                "artifactLocation": {{
                  "uri": "extra_property.yaml"
                }},
                "region": {{
                  "startLine": 11
                }}
              }},
              "logicalLocations": [
                {{
                  "fullyQualifiedName": "Service serving/epp.spec.ports[0].protcol",
                  "kind": "object"
                }}
              ]
            }}
          ]
        }}
      ]
    }}
  ]
}}
"""
    )


def test_valid_input_exits_zero(capsys, tmp_path):
    fixed = tmp_path / "ok.yaml"
    fixed.write_text(Path(EXTRA).read_text().replace("    protcol: TCP\n", "    protocol: TCP\n"))
    assert run(capsys, str(fixed)) == (0, "1 objects checked: 0 errors, 0 warnings\n", "")


def test_stdin(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(Path(EXTRA).read_bytes())))
    code, out, _ = run(capsys, "-")
    assert code == 1 and out.startswith("<stdin>:11: Service serving/epp")


def test_unreadable_input_and_bad_crds_are_usage_errors(capsys):
    assert run(capsys, "missing.yaml")[0] == 2
    code, _, err = run(capsys, EXTRA, "--crds", EXTRA)
    assert code == 2 and "no CustomResourceDefinition found" in err


def test_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["validate", EXTRA, "--format", "xml"])
    assert exc.value.code == 2


def test_text_output_with_warnings_exactly(capsys, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    code, out, _ = run(capsys, "both_backend_and_service_name.yaml", "--allow-external-refs")
    assert code == 1
    assert out == (
        "both_backend_and_service_name.yaml:7: GCPTrafficExtension armor: spec.targetRefs[0]: warning: refers to Gateway "
        "inference-gateway (group gateway.networking.k8s.io), which is not in the validated set [reference/missing]\n"
        "both_backend_and_service_name.yaml:13: GCPTrafficExtension armor: spec.extensionChains[0].extensions[0]: "
        "Exactly one of backendRef or googleAPIServiceName should be set [cel]\n"
        "both_backend_and_service_name.yaml:17: GCPTrafficExtension armor: spec.extensionChains[0].extensions[0].backendRef: "
        "warning: refers to ApigeeBackendService apigee (group apim.googleapis.com), which is not in the validated set "
        "[reference/missing]\n"
        "1 objects checked: 1 errors, 2 warnings\n"
    )


@pytest.mark.parametrize(
    ("content", "line", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", 1, "binary file: expected YAML or JSON text"),
        (
            b"apiVersion: v1\nkind: [\n",
            3,
            "malformed YAML: did not find expected node content (while parsing a flow node)",
        ),
        (b"- a\n", 1, "document is a list, not a Kubernetes object (a mapping)"),
        (
            b"apiVersion: v1\nmetadata: {name: x}\n",
            1,
            "missing kind: every Kubernetes object needs both (for example apiVersion: apps/v1, kind: Deployment)",
        ),
        (
            b"a: &a [1,1,1,1,1,1,1,1,1,1]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
            b"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n",
            1,
            "YAML aliases expand this document past 1000000 nodes; remove the anchors",
        ),
    ],
    ids=["binary", "malformed", "not-a-mapping", "missing-kind", "alias-bomb"],
)
def test_bad_input_is_a_finding_with_file_and_line(capsys, tmp_path, monkeypatch, content, line, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.yaml").write_bytes(content)
    code, out, err = run(capsys, "bad.yaml")
    assert (code, err) == (1, "")
    first, summary = out.splitlines()
    assert first.startswith(f"bad.yaml:{line}: ") and first.endswith(f"{message} [input]")
    assert summary == "0 objects checked: 1 errors, 0 warnings"


def test_a_broken_crd_is_a_usage_error_naming_it(capsys, tmp_path):
    crd = tmp_path / "crd.yaml"
    crd.write_text(
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: widgets.example.com}\n"
        "spec:\n  group: example.com\n  scope: Namespaced\n  names: {kind: Widget, plural: widgets}\n  versions:\n"
        "  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n"
        "        properties:\n          spec: {type: string, pattern: '(?<=a)b['}\n"
    )
    code, out, err = run(capsys, EXTRA, "--crds", str(crd))
    assert (code, out) == (2, "")
    assert err.startswith("infergw validate: error: CRD widgets.example.com version v1: cannot be used: ")


def test_verbose_reports_skipped_transition_rules(capsys, tmp_path):
    gateway_class = tmp_path / "class.yaml"
    gateway_class.write_text(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: c}\n"
        "spec: {controllerName: example.com/gateway}\n"
    )
    assert run(capsys, str(gateway_class))[:2] == (0, "1 objects checked: 0 errors, 0 warnings\n")
    code, out, _ = run(capsys, str(gateway_class), "--verbose")
    assert code == 0
    assert out.splitlines()[0] == (
        f"{gateway_class}:4: GatewayClass c: spec.controllerName: info: transition rule skipped for a new object: "
        "self == oldSelf [cel/transition]"
    )


def test_release_flags_select_the_crds(capsys, tmp_path):
    route = tmp_path / "route.yaml"
    route.write_text(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\n"
        "spec:\n  rules:\n  - name: main\n"
    )
    assert run(capsys, str(route))[0] == 0
    code, out, _ = run(capsys, str(route), "--gateway-release", "v1.3.0")
    assert code == 1 and "spec.rules[0].name: unknown field 'name'" in out


GATEWAY_API_FIXTURES = FIXTURES / "gateway-api"


def test_the_assumed_gateway_api_release_is_printed_when_not_given(capsys):
    listeners = str(GATEWAY_API_FIXTURES / "listenerset_valid.yaml")
    code, out, err = run(capsys, listeners, "--allow-external-refs")
    assert (code, out) == (0, "1 objects checked: 0 errors, 0 warnings\n")
    assert err == (
        "note: Gateway API objects checked against Gateway API v1.6.1 (the newest release infergw has); "
        "say which release the cluster serves with --cluster-gateway-api\n"
    )
    assert run(capsys, listeners, "--allow-external-refs", "--cluster-gateway-api", "v1.6.1") == (
        0,
        "1 objects checked: 0 errors, 0 warnings\n",
        "",
    )


def test_cluster_gateway_api_without_the_kind_says_which_releases_have_it(capsys):
    listeners = str(GATEWAY_API_FIXTURES / "listenerset_valid.yaml")
    code, out, _ = run(capsys, listeners, "--cluster-gateway-api", "v1.4.1")
    assert code == 1
    assert (
        "ListenerSet (gateway.networking.k8s.io/v1) is not in the CRDs of the chosen release; infergw has it in " in out
    )
    assert (
        "v1.5.1, v1.6.1: choose one of those (--cluster-gateway-api) or pass its CRD with --crds [unknown-kind]" in out
    )


@pytest.mark.parametrize("version", ["1.33", "1.35", "1.36", "1.37"])
def test_every_kubernetes_version_is_accepted(capsys, version):
    assert run(capsys, str(FIXTURES / "int_or_string.yaml"), "--kubernetes-version", version)[0] in (0, 1)


def test_an_unsupported_kubernetes_version_lists_the_supported_ones(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["validate", EXTRA, "--kubernetes-version", "1.38"])
    assert exit_.value.code == 2
    assert "(choose from '1.33', '1.34', '1.35', '1.36', '1.37')" in capsys.readouterr().err


def test_cluster_inferencepool_crd_takes_the_releases_with_a_v1_pool_crd(capsys, tmp_path):
    pool = tmp_path / "pool.yaml"
    pool.write_text(
        "apiVersion: inference.networking.k8s.io/v1\nkind: InferencePool\nmetadata: {name: p}\n"
        "spec:\n  selector: {matchLabels: {app: p}}\n  targetPorts: [{number: 8000}]\n"
        "  endpointPickerRef: {name: p-epp, port: {number: 9002}}\n"
    )
    assert run(capsys, str(pool), "--allow-external-refs", "--cluster-inferencepool-crd", "v1.0.0")[0] == 0
    with pytest.raises(SystemExit):
        main(["validate", str(pool), "--cluster-inferencepool-crd", "v0.3.0"])
    assert "invalid choice: 'v0.3.0' (choose from 'v1.0.0', 'v1.0.2'" in capsys.readouterr().err


def test_crds_add_kinds_and_must_themselves_be_valid(capsys, tmp_path):
    crd = tmp_path / "crd.yaml"
    crd.write_text(
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: widgets.example.com}\n"
        "spec:\n  group: example.com\n  scope: Namespaced\n  names: {kind: Widget, plural: widgets}\n  versions:\n"
        "  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema:\n        type: object\n"
        "        properties:\n          spec: {type: object, properties: {size: {type: integer, maximum: 3}}}\n"
    )
    widget = tmp_path / "widget.yaml"
    widget.write_text("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 4}\n")
    code, out, _ = run(capsys, str(widget))
    assert code == 1 and "unknown kind Widget (example.com/v1)" in out
    code, out, _ = run(capsys, str(widget), "--crds", str(crd))
    assert (
        code == 1
        and f"{widget}:4: Widget w: spec.size: 4 is greater than the maximum of 3 [schema]" in out.splitlines()
    )
    crd.write_text(crd.read_text().replace("names: {kind: Widget, plural: widgets}", "names: {kind: Widget}"))
    code, out, err = run(capsys, str(widget), "--crds", str(crd))
    assert (code, out) == (2, "")
    assert (
        err
        == f'infergw validate: error: --crds: {crd}:7: CustomResourceDefinition widgets.example.com: spec.names: "plural" is a required property [schema]\n'
    )


def test_no_path_means_dist(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys)
    assert (code, out) == (2, "")
    assert (
        err
        == "infergw validate: error: no PATH given and no dist/ here: name the files or directories to check, or - for stdin\n"
    )
    (tmp_path / "dist").mkdir()
    (tmp_path / "dist" / "cm.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n")
    assert run(capsys) == (0, "1 objects checked: 0 errors, 0 warnings\n", "")


def test_validate_needs_no_cdk8s_or_node():
    code = (
        "import sys\nfrom infergw.cli import main\n"
        f"status = main(['validate', {EXTRA!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('cdk8s', 'jsii', 'constructs'))\n"
        "print(status, loaded, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stderr == "1 []\n"


def test_gke_version_picks_the_cluster_profile_and_prints_what_it_assumes(capsys):
    listeners = str(FIXTURES / "gateway-api" / "listenerset_valid.yaml")
    # GKE 1.34.1-gke.1822000 installs Gateway API v1.4.0, which has no ListenerSet.
    code, out, err = run(capsys, listeners, "--allow-external-refs", "--gke-version", "1.34.1-gke.1822000")
    assert code == 1 and "is not in the CRDs of the chosen release; infergw has it in v1.5.1, v1.6.1" in out
    assert err.startswith("note: GKE 1.34.1-gke.1822000 installs the v1 InferencePool CRD itself")
    # Past the GKE table: v1.5.0 is assumed (checked with v1.5.1), as is the Kubernetes version.
    code, out, err = run(capsys, listeners, "--allow-external-refs", "--gke-version", "1.38.0-gke.1")
    assert code == 0
    notes = err.splitlines()
    assert notes[0].startswith("note: what GKE 1.38.0-gke.1 installs is not known here")
    assert (
        notes[-1]
        == "note: GKE 1.38.0-gke.1 is Kubernetes 1.38, newer than the core schemas infergw has: checking with 1.37"
    )
    # What the flags say wins, and is not a note.
    code, _, err = run(
        capsys,
        listeners,
        "--allow-external-refs",
        "--gke-version",
        "1.38.0-gke.1",
        "--cluster-gateway-api",
        "v1.6.1",
        "--cluster-inferencepool-crd",
        "v1.0.2",
        "--kubernetes-version",
        "1.37",
    )
    assert (code, err) == (0, "")


def test_an_unsupported_gke_version_is_a_usage_error(capsys):
    code, out, err = run(capsys, EXTRA, "--gke-version", "1.30.0-gke.1")
    assert (code, out) == (2, "")
    assert err.startswith("infergw validate: error: GKE 1.30.0-gke.1 predates Gateway API support")
