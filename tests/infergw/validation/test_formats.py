"""Each output format on the same three findings (an error, a warning, a note) from two files, and
a third file whose object has no findings."""

from __future__ import annotations

import json

from infergw import __version__
from infergw.validation import Finding
from infergw.validation.formats import FORMATS

FINDINGS = [
    Finding(
        "a.yaml", 3, "Service", "ns", "epp", "spec.ports[0].protcol", "unknown field 'protcol'", "schema/unknown-field"
    ),
    Finding(
        "a.yaml",
        9,
        "HTTPRoute",
        "",
        "route",
        "spec.parentRefs[0]",
        "refers to Gateway gw",
        "reference/missing",
        "warning",
    ),
    Finding("b c.yaml", 1, "", "", "", "", "malformed YAML: x", "input", "info"),
]
SOURCES = ["a.yaml", "a.yaml", "d.yaml"]


def test_text():
    assert FORMATS["text"](FINDINGS, SOURCES) == (
        "a.yaml:3: Service ns/epp: spec.ports[0].protcol: unknown field 'protcol' [schema/unknown-field]\n"
        "a.yaml:9: HTTPRoute route: spec.parentRefs[0]: warning: refers to Gateway gw [reference/missing]\n"
        "b c.yaml:1: info: malformed YAML: x [input]\n"
        "3 objects checked: 1 errors, 1 warnings\n"
    )


def test_json():
    assert json.loads(FORMATS["json"](FINDINGS, SOURCES)) == [
        {
            "file": "a.yaml",
            "line": 3,
            "kind": "Service",
            "namespace": "ns",
            "name": "epp",
            "path": "spec.ports[0].protcol",
            "message": "unknown field 'protcol'",
            "rule": "schema/unknown-field",
            "severity": "error",
        },
        {
            "file": "a.yaml",
            "line": 9,
            "kind": "HTTPRoute",
            "namespace": "",
            "name": "route",
            "path": "spec.parentRefs[0]",
            "message": "refers to Gateway gw",
            "rule": "reference/missing",
            "severity": "warning",
        },
        {
            "file": "b c.yaml",
            "line": 1,
            "kind": "",
            "namespace": "",
            "name": "",
            "path": "",
            "message": "malformed YAML: x",
            "rule": "input",
            "severity": "info",
        },
    ]
    assert FORMATS["json"]([], SOURCES) == "[]\n"


def test_junit_has_a_case_per_file_read_or_reported():
    assert (
        FORMATS["junit"](FINDINGS, SOURCES)
        == """\
<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="3" failures="1" errors="0">
  <testsuite name="infergw validate" tests="3" failures="1" errors="0">
    <testcase classname="infergw.validate" name="a.yaml">
      <failure message="1 error" type="validation">a.yaml:3: Service ns/epp: spec.ports[0].protcol: unknown field 'protcol' [schema/unknown-field]</failure>
      <system-out>a.yaml:9: HTTPRoute route: spec.parentRefs[0]: warning: refers to Gateway gw [reference/missing]</system-out>
    </testcase>
    <testcase classname="infergw.validate" name="b c.yaml">
      <system-out>b c.yaml:1: info: malformed YAML: x [input]</system-out>
    </testcase>
    <testcase classname="infergw.validate" name="d.yaml" />
  </testsuite>
</testsuites>
"""
    )


def test_sarif_2_1_0():
    sarif = json.loads(FORMATS["sarif"](FINDINGS, SOURCES))
    assert sarif["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json" and sarif["version"] == "2.1.0"
    (run,) = sarif["runs"]
    assert run["tool"]["driver"] == {
        "name": "infergw validate",
        "version": __version__,
        "rules": [
            {"id": "input", "name": "input"},
            {"id": "reference/missing", "name": "reference/missing"},
            {"id": "schema/unknown-field", "name": "schema/unknown-field"},
        ],
    }
    assert run["results"] == [
        {
            "ruleId": "schema/unknown-field",
            "ruleIndex": 2,
            "level": "error",
            "message": {"text": "Service ns/epp: spec.ports[0].protcol: unknown field 'protcol'"},
            "locations": [
                {
                    "physicalLocation": {"artifactLocation": {"uri": "a.yaml"}, "region": {"startLine": 3}},
                    "logicalLocations": [
                        {"fullyQualifiedName": "Service ns/epp.spec.ports[0].protcol", "kind": "object"}
                    ],
                }
            ],
        },
        {
            "ruleId": "reference/missing",
            "ruleIndex": 1,
            "level": "warning",
            "message": {"text": "HTTPRoute route: spec.parentRefs[0]: refers to Gateway gw"},
            "locations": [
                {
                    "physicalLocation": {"artifactLocation": {"uri": "a.yaml"}, "region": {"startLine": 9}},
                    "logicalLocations": [
                        {"fullyQualifiedName": "HTTPRoute route.spec.parentRefs[0]", "kind": "object"}
                    ],
                }
            ],
        },
        {
            "ruleId": "input",
            "ruleIndex": 0,
            "level": "note",
            "message": {"text": "malformed YAML: x"},
            "locations": [
                {"physicalLocation": {"artifactLocation": {"uri": "b%20c.yaml"}, "region": {"startLine": 1}}}
            ],
        },
    ]
