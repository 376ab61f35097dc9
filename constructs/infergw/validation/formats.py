"""Output formats for findings: text, JSON, JUnit XML and SARIF 2.1.0, one small function each.

Every format takes the findings and the source label of every object checked (one entry per
object, so files with several objects repeat) and returns the whole report as text.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from urllib.parse import quote
from xml.etree import ElementTree

from infergw import __version__
from infergw.validation.findings import Finding

SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def as_text(findings: Sequence[Finding], sources: Sequence[str]) -> str:
    """One line per finding, then a summary line."""
    lines = [f.as_text() for f in findings]
    errors = sum(f.severity == "error" for f in findings)
    warnings = sum(f.severity == "warning" for f in findings)
    lines.append(f"{len(sources)} objects checked: {errors} errors, {warnings} warnings")
    return "\n".join(lines) + "\n"


def as_json(findings: Sequence[Finding], sources: Sequence[str]) -> str:
    """A JSON list of findings (file, line, kind, namespace, name, path, message, rule, severity)."""
    return json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"


def as_junit(findings: Sequence[Finding], sources: Sequence[str]) -> str:
    """JUnit XML: one test case per file read, failing with its errors; warnings and notes go to
    the case's ``system-out``."""
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for finding in findings:
        by_file[finding.file].append(finding)
    files = sorted(set(sources) | set(by_file))
    failing_files = sum(any(f.severity == "error" for f in by_file[file]) for file in files)
    counts = {"tests": str(len(files)), "failures": str(failing_files), "errors": "0"}
    root = ElementTree.Element("testsuites", **counts)
    suite = ElementTree.SubElement(root, "testsuite", name="infergw validate", **counts)
    for file in files:
        case = ElementTree.SubElement(suite, "testcase", classname="infergw.validate", name=file)
        failing = [f for f in by_file[file] if f.severity == "error"]
        if failing:
            failure = ElementTree.SubElement(case, "failure", message=_count(len(failing), "error"), type="validation")
            failure.text = "\n".join(f.as_text() for f in failing)
        others = [f for f in by_file[file] if f.severity != "error"]
        if others:
            ElementTree.SubElement(case, "system-out").text = "\n".join(f.as_text() for f in others)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode") + "\n"


def as_sarif(findings: Sequence[Finding], sources: Sequence[str]) -> str:
    """SARIF 2.1.0: one run, one result per finding with its file, line and object."""
    rules = sorted({f.rule for f in findings})
    results = []
    for f in findings:
        uri = quote(f.file, safe="/:._-~")  # a URI reference: "<stdin>" and spaces percent-encoded
        location: dict = {"physicalLocation": {"artifactLocation": {"uri": uri}, "region": {"startLine": f.line}}}
        if f.kind or f.name:
            location["logicalLocations"] = [
                {"fullyQualifiedName": f.object_label + (f".{f.path}" if f.path else ""), "kind": "object"}
            ]
        results.append(
            {
                "ruleId": f.rule,
                "ruleIndex": rules.index(f.rule),
                "level": SARIF_LEVELS[f.severity],
                "message": {
                    "text": (f"{f.object_label}: " if f.kind or f.name else "")
                    + (f"{f.path}: " if f.path else "")
                    + f.message
                },
                "locations": [location],
            }
        )
    document = {
        "$schema": SARIF_SCHEMA,
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
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


#: ``--format`` name -> formatter.
FORMATS: dict[str, Callable[[Sequence[Finding], Sequence[str]], str]] = {
    "text": as_text,
    "json": as_json,
    "junit": as_junit,
    "sarif": as_sarif,
}
