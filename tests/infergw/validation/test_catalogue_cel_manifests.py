"""Every CEL rule of the catalogue again, end to end: each good and bad ``self`` of
``test_catalogue_cel_rules`` is placed where the rule sits in a whole manifest of its kind, for
every served version of every catalogue CRD that carries the rule, and run through
``validate_objects``. The bad manifest must get a finding of that rule at the rule's path (the
node's path plus the rule's ``fieldPath``); the good one must not.

The rest of such a manifest is minimal, so it usually has schema findings of its own (required
fields left out); the assertions only look at the rule under test.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

import pytest
from infergw.catalogue import ENTRIES, CatalogueEntry
from infergw.validation import ValidationOptions, validate_objects
from infergw.validation.engine import field_path_parts
from infergw.validation.references import format_path
from test_catalogue_cel_rules import CASES, RULES, TRANSITION

Path = tuple[str | int, ...]


def _locations() -> dict[str, list[tuple[CatalogueEntry, str, Path, dict[str, Any]]]]:
    """rule text -> (entry, served version, instance path of the node, the rule's entry) for each place it sits."""
    found: dict[str, list[tuple[CatalogueEntry, str, Path, dict[str, Any]]]] = {}

    def walk(entry: CatalogueEntry, version: str, node: Any, path: Path) -> None:
        if not isinstance(node, dict):
            return
        for rule in node.get("x-kubernetes-validations", []):
            found.setdefault(rule["rule"], []).append((entry, version, path, rule))
        for name, sub in node.get("properties", {}).items():
            walk(entry, version, sub, (*path, name))
        walk(entry, version, node.get("items"), (*path, 0))
        walk(entry, version, node.get("additionalProperties"), (*path, "k"))

    for entry in ENTRIES:
        for version in entry.crd["spec"]["versions"]:
            if version.get("served"):
                walk(entry, version["name"], version["schema"]["openAPIV3Schema"], ())
    return found


LOCATIONS = _locations()
PLACES = [
    (fragment, entry, version, path, rule)
    for fragment in sorted(CASES)
    for text in [r for r in RULES if fragment in r]
    for entry, version, path, rule in LOCATIONS[text]
]


def options_for(entry: CatalogueEntry) -> ValidationOptions:
    """The profile whose schema set contains ``entry``."""
    release = {
        "gateway-api": "gateway_release",
        "inference-extension": "inference_release",
        "managed-prometheus": "managed_prometheus_release",
    }.get(entry.family)
    return ValidationOptions(allow_external_refs=True, **({release: entry.release} if release else {}))


def manifest(entry: CatalogueEntry, version: str, path: Path, value: Any) -> dict[str, Any]:
    """A manifest of ``entry``'s kind with ``value`` at ``path`` (lists and mappings created on the way)."""
    obj: dict[str, Any] = {"apiVersion": f"{entry.group}/{version}", "kind": entry.kind, "metadata": {"name": "case"}}
    if not path:  # an object-level rule: the value is the object's body
        return obj | copy.deepcopy(value)
    parent: Any = obj
    for part, following in itertools.pairwise(path):
        child: Any = [] if isinstance(following, int) else {}
        parent.append(child) if isinstance(part, int) else parent.__setitem__(part, child)
        parent = child
    value = copy.deepcopy(value)
    parent.append(value) if isinstance(path[-1], int) else parent.__setitem__(path[-1], value)
    return obj


def findings_of_rule(entry, version, path, rule, value) -> list[str]:
    """Messages of the CEL findings ``rule`` causes on a manifest carrying ``value`` at ``path``."""
    where = format_path((*path, *field_path_parts(rule.get("fieldPath"))))
    others = {r.get("message") for _, _, p, r in PLACES_BY_NODE[(entry.path, version, path)] if r is not rule}

    def from_rule(message: str) -> bool:
        if message == rule.get("message") or rule["rule"] in message:
            return True
        return bool(rule.get("messageExpression")) and message not in others

    findings = validate_objects([("case.yaml", manifest(entry, version, path, value))], options_for(entry))
    return [f.message for f in findings if f.rule == "cel" and f.path == where and from_rule(f.message)]


PLACES_BY_NODE: dict[tuple[str, str, Path], list] = {}
for _rule_text, _places in LOCATIONS.items():
    for _entry, _version, _path, _rule in _places:
        PLACES_BY_NODE.setdefault((_entry.path, _version, _path), []).append((_entry, _version, _path, _rule))


@pytest.mark.parametrize(
    ("fragment", "entry", "version", "path", "rule"),
    PLACES,
    ids=[f"{e.path}@{v}:{format_path(p) or '.'}:{f[:40]}" for f, e, v, p, _ in PLACES],
)
def test_rule_in_a_whole_manifest(fragment, entry, version, path, rule):
    good, bad = CASES[fragment]
    assert findings_of_rule(entry, version, path, rule, good) == []
    assert findings_of_rule(entry, version, path, rule, bad) != []


def test_every_non_transition_rule_is_placed_in_a_manifest():
    placed = {rule["rule"] for *_, rule in PLACES}
    assert set(RULES) - TRANSITION <= placed
