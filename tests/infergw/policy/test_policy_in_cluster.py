"""The shipped ValidatingAdmissionPolicies behave in a cluster as offline: a cluster knows nothing of
infergw's exception handling, so evaluating them with it switched off must flag the same objects,
and an exception annotation must skip (with a reason) or refuse (without one) on its own."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from conftest import REPO
from infergw.policy import engine, evaluate_policies, load_policies, loading
from infergw.validation.loader import Document, load_paths

POLICY = REPO / "policy"
SCAFFOLD = REPO / "constructs" / "infergw" / "scaffold" / "policy"  # what `infergw init` gives users to copy
ADMISSION = [
    p for folder in (POLICY, SCAFFOLD) for p in load_policies(folder).policies if p.kind == "ValidatingAdmissionPolicy"
]


def cases():
    """``(policy folder, case name, fixture paths)`` of every shipped test case."""
    for test_file in sorted([*POLICY.glob("*/tests.yaml"), *SCAFFOLD.glob("*/tests.yaml")]):
        for case in yaml.safe_load(test_file.read_text())["cases"]:
            yield test_file.parent.name, case["name"], [str(test_file.parent / r) for r in case["resources"]]


def flagged(documents: list[Document], policies) -> set[tuple[str, str]]:
    return {(f.kind, f.name) for f in evaluate_policies(documents, policies)}


@pytest.fixture
def in_cluster(monkeypatch):
    """Evaluation without infergw's own exception handling, as the API server evaluates the policy."""
    monkeypatch.setattr(engine, "_exception", lambda doc, policy, findings: False)


@pytest.mark.parametrize("policy", ADMISSION, ids=lambda p: p.name)
def test_every_shipped_admission_policy_skips_excepted_objects_itself(policy):
    conditions = policy.spec.get("matchConditions") or []
    key = f"policy.infergw.dev/except-{policy.name}"
    assert any(c["name"] == "not-excepted" and key in c["expression"] for c in conditions), (
        f"{policy.source}: add the not-excepted matchCondition for {key} (policy/README.md, Exceptions)"
    )


@pytest.mark.parametrize(("folder", "name", "paths"), list(cases()), ids=lambda v: v if isinstance(v, str) else "")
def test_shipped_fixtures_flag_the_same_objects_in_a_cluster(folder, name, paths, request):
    documents, _ = load_paths(paths)
    policies = loading.PolicySet(ADMISSION)
    offline = flagged(documents, policies)
    request.getfixturevalue("in_cluster")
    assert flagged(documents, policies) == offline


@pytest.mark.parametrize("policy", ADMISSION, ids=lambda p: p.name)
def test_an_exception_annotation_alone_skips_or_refuses_in_a_cluster(policy, in_cluster):
    failing = [
        paths for folder, _, paths in cases() if folder == Path(policy.source).parent.name and "/fail/" in paths[0]
    ]
    documents = [d for paths in failing for d in load_paths(paths)[0]]
    policies = loading.PolicySet([policy])
    refused = {(f.kind, f.name) for f in evaluate_policies(documents, policies) if f.rule == policy.rule_id}
    assert refused, f"no failing fixture of {policy.name}"
    for reason, expected in (("needed because ...", set()), (" ", refused)):
        excepted = []
        for doc in documents:
            obj = copy.deepcopy(doc.obj)
            obj.setdefault("metadata", {}).setdefault("annotations", {})[f"policy.infergw.dev/except-{policy.name}"] = (
                reason
            )
            excepted.append(Document(doc.source, doc.line, obj, doc.node))
        findings = evaluate_policies(excepted, policies)
        assert {(f.kind, f.name) for f in findings} >= expected
        if reason.strip():
            assert findings == []
        else:
            assert all(
                any("gives no reason" in f.message for f in findings if (f.kind, f.name) == obj) for obj in refused
            )
