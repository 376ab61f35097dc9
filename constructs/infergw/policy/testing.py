"""Policy tests: fixtures that must pass and fixtures that must fail with given rules.

A ``tests.yaml`` beside a policy lists cases::

    apiVersion: policy.infergw.dev/v1alpha1
    kind: PolicyTest
    cases:
    - name: a latest tag is refused
      resources: [fail/latest.yaml]        # relative to tests.yaml
      expect:                              # every finding of the policies under test, exactly
      - {rule: pinned-images, kind: Deployment, name: epp}
    - name: a pinned image passes
      resources: [pass/pinned.yaml]
      expect: []

The policies under test are the ones defined in the same folder (``policies: [...]`` names others).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from infergw.policy.engine import SET_POLICY_API, TEST_FILE, PolicyError, evaluate_policies, load_policies
from infergw.validation.loader import load_paths


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one test case: expected and actual ``(rule, kind, name)`` findings."""

    file: str
    name: str
    expected: frozenset[tuple[str, str, str]]
    actual: frozenset[tuple[str, str, str]]

    @property
    def passed(self) -> bool:
        return self.expected == self.actual

    def describe(self) -> str:
        if self.passed:
            return f"PASS {self.file}: {self.name}"
        missing = ", ".join("/".join(e) for e in sorted(self.expected - self.actual)) or "-"
        unexpected = ", ".join("/".join(a) for a in sorted(self.actual - self.expected)) or "-"
        return f"FAIL {self.file}: {self.name}: missing {missing}; unexpected {unexpected}"


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError(f"{path}: cannot read the policy test: {exc}") from None
    if not isinstance(data, dict) or data.get("apiVersion") != SET_POLICY_API or data.get("kind") != "PolicyTest" or not isinstance(data.get("cases"), list):
        raise PolicyError(f"{path}: expected apiVersion {SET_POLICY_API}, kind PolicyTest and a list of cases")
    return data


def run_policy_tests(directory: str | Path) -> list[CaseResult]:
    """Run every ``tests.yaml`` under ``directory``; policies load from ``directory`` as a whole."""
    root = Path(directory)
    everything = load_policies(root)
    results = []
    for test_file in sorted(root.rglob(TEST_FILE)):
        data = _read(test_file)
        local = {p.name for p in everything.policies if Path(p.source).parent == test_file.parent}
        names = set(data.get("policies") or local)
        unknown = names - {p.name for p in everything.policies}
        if unknown or not names:
            raise PolicyError(f"{test_file}: no policy named {sorted(unknown) or '(none)'} to test")
        policies = everything.named(names)
        for index, case in enumerate(data["cases"]):
            if not isinstance(case, dict) or not case.get("resources"):
                raise PolicyError(f"{test_file}: cases[{index}]: give a name, resources and expect")
            documents, problems = load_paths([str(test_file.parent / r) for r in case["resources"]])
            if problems:
                raise PolicyError(problems[0].as_text())
            actual = frozenset(
                (f.rule.removeprefix("policy/"), f.kind, f.name) for f in evaluate_policies(documents, policies) if f.severity != "info"
            )
            expected = frozenset((e["rule"], e["kind"], e["name"]) for e in case.get("expect") or [])
            results.append(CaseResult(str(test_file.relative_to(root)), str(case.get("name", f"case {index}")), expected, actual))
    return results
