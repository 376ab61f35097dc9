"""`infergw validate`: exact output per format, exit codes, stdin, usage errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

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
    assert f"{BOTH}:13: GCPTrafficExtension armor: spec.extensionChains[0].extensions[0]: Exactly one of backendRef or googleAPIServiceName should be set [cel]" in lines
    assert lines[-1] == "1 objects checked: 1 errors, 2 warnings"


def test_json_output(capsys):
    code, out, _ = run(capsys, EXTRA, "--format", "json")
    assert code == 1
    assert json.loads(out) == [
        {
            "file": EXTRA, "line": 11, "kind": "Service", "namespace": "serving", "name": "epp",
            "path": "spec.ports[0].protcol",
            "message": "unknown field 'protcol': the API server rejects it (strict field validation); remove it or check its spelling",
            "rule": "schema/unknown-field", "severity": "error",
        }
    ]


def test_junit_output(capsys):
    code, out, _ = run(capsys, EXTRA, "--format", "junit")
    root = ElementTree.fromstring(out)
    (suite,) = root
    assert (root.tag, suite.get("tests"), suite.get("failures")) == ("testsuites", "1", "1")
    (case,) = suite
    assert case.get("name") == EXTRA
    assert case.find("failure").text.endswith("[schema/unknown-field]")


def test_sarif_output(capsys):
    code, out, _ = run(capsys, EXTRA, "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    (result,) = sarif["runs"][0]["results"]
    assert result["ruleId"] == "schema/unknown-field" and result["level"] == "error"
    assert result["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": EXTRA}, "region": {"startLine": 11}}
    assert sarif["runs"][0]["tool"]["driver"]["rules"] == [{"id": "schema/unknown-field", "name": "schema/unknown-field"}]


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
