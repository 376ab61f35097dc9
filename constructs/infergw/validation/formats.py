"""Output formats for findings: text, JSON, JUnit XML and SARIF 2.1.0, one small function each."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from xml.etree import ElementTree

from infergw import __version__
from infergw.validation.findings import Finding

SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def as_text(findings: Sequence[Finding], checked: int) -> str:
    """One line per finding, then a summary line."""
    lines = [f.as_text() for f in findings]
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    lines.append(f"{checked} objects checked: {errors} errors, {warnings} warnings")
    return "\n".join(lines) + "\n"


def as_json(findings: Sequence[Finding], checked: int) -> str:
    """A JSON list of findings (file, line, kind, namespace, name, path, message, rule, severity)."""
    return json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"


def as_junit(findings: Sequence[Finding], checked: int) -> str:
    """JUnit XML: one test case per file, failing with its error findings."""
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_file[finding.file].append(finding)
    failing_files = sum(any(f.severity == "error" for f in items) for items in by_file.values())
    counts = {"tests": str(max(len(by_file), 1)), "failures": str(failing_files), "errors": "0"}
    suite = ElementTree.Element("testsuite", name="infergw validate", **counts)
    if not by_file:
        ElementTree.SubElement(suite, "testcase", classname="infergw.validate", name=f"{checked} objects")
    for file, items in sorted(by_file.items()):
        case = ElementTree.SubElement(suite, "testcase", classname="infergw.validate", name=file)
        failing = [f for f in items if f.severity == "error"]
        if failing:
            failure = ElementTree.SubElement(case, "failure", message=f"{len(failing)} findings", type="validation")
            failure.text = "\n".join(f.as_text() for f in failing)
        others = [f for f in items if f.severity != "error"]
        if others:
            ElementTree.SubElement(case, "system-out").text = "\n".join(f.as_text() for f in others)
    root = ElementTree.Element("testsuites", **counts)
    root.append(suite)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def as_sarif(findings: Sequence[Finding], checked: int) -> str:
    """SARIF 2.1.0, one run, one result per finding with its file and line."""
    rules = sorted({f.rule for f in findings})
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "infergw validate",
                        "version": __version__,
                        "rules": [{"id": rule, "name": rule} for rule in rules],
                    }
                },
                "results": [
                    {
                        "ruleId": f.rule,
                        "ruleIndex": rules.index(f.rule),
                        "level": SARIF_LEVELS[f.severity],
                        "message": {"text": f"{f.object_label}: {f.path + ': ' if f.path else ''}{f.message}"},
                        "locations": [
                            {"physicalLocation": {"artifactLocation": {"uri": f.file}, "region": {"startLine": f.line}}}
                        ],
                    }
                    for f in findings
                ],
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


FORMATS: dict[str, Callable[[Sequence[Finding], int], str]] = {
    "text": as_text,
    "json": as_json,
    "junit": as_junit,
    "sarif": as_sarif,
}
