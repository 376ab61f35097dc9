"""Policy tests: fixtures that must pass and fixtures that must fail with given rules.

A ``tests.yaml`` beside a policy lists cases::

    apiVersion: policy.infergw.dev/v1alpha1
    kind: PolicyTest
    cases:
    - name: a latest tag is refused
      resources: [fail/latest.yaml]        # relative to tests.yaml
      expect:                              # every finding of the policies under test, exactly
      - {rule: pinned-images, kind: Deployment, name: epp, message: never latest}  # message: optional, a part of it
    - name: a pinned image passes
      resources: [pass/pinned.yaml]
      expect: []

The policies under test are the ones defined in the same folder (``policies: [...]`` names others).
Every policy needs at least one case; a policy without one is reported as a failure.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from infergw.policy.engine import evaluate_policies
from infergw.policy.loading import SET_POLICY_API, TEST_FILE, PolicyError, PolicySet, load_policies
from infergw.validation.loader import Document, InputError, load_paths, parse, walk_files

#: Keys a ``tests.yaml``, a case and an expected finding may have.
FILE_KEYS = frozenset({"apiVersion", "kind", "metadata", "policies", "cases"})
CASE_KEYS = frozenset({"name", "resources", "expect"})
EXPECT_KEYS = frozenset({"rule", "kind", "name", "message"})
EXPECT_REQUIRED = ("rule", "kind", "name")


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one test case: expected and actual ``(rule, kind, name)`` findings, and other problems
    (a finding whose message is not the expected one, a policy without cases)."""

    file: str
    name: str
    expected: frozenset[tuple[str, str, str]]
    actual: frozenset[tuple[str, str, str]]
    problems: tuple[str, ...] = ()

    @property
    def passed(self) -> bool:
        return self.expected == self.actual and not self.problems

    def describe(self) -> str:
        if self.passed:
            return f"PASS {self.file}: {self.name}"
        parts = []
        if self.expected != self.actual:
            missing = ", ".join("/".join(e) for e in sorted(self.expected - self.actual)) or "-"
            unexpected = ", ".join("/".join(a) for a in sorted(self.actual - self.expected)) or "-"
            parts.append(f"missing {missing}; unexpected {unexpected}")
        parts.extend(self.problems)
        return f"FAIL {self.file}: {self.name}: {'; '.join(parts)}"


class _TestFile:
    """One parsed ``tests.yaml``, for errors that name its file, line and case."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise PolicyError(f"{path}: cannot read the policy test: {exc.strerror}") from None
        documents, problems = parse(str(path), data)
        if problems:
            raise PolicyError(
                f"{problems[0].as_text()} (a policy test: apiVersion {SET_POLICY_API}, kind PolicyTest, cases)"
            )
        if len(documents) != 1:
            raise PolicyError(f"{path}: expected one PolicyTest document, found {len(documents)}")
        self.doc: Document = documents[0]
        obj = self.doc.obj
        if obj.get("apiVersion") != SET_POLICY_API or obj.get("kind") != "PolicyTest":
            raise PolicyError(f"{path}:{self.doc.line}: expected apiVersion {SET_POLICY_API} and kind PolicyTest")
        self._unknown(obj, FILE_KEYS, [], "the file")
        if not isinstance(obj.get("cases"), list):
            raise PolicyError(
                f"{self.where(['cases'])}: cases must be a list of cases (name, resources, expect); write cases: [] "
                "for none"
            )
        policies = obj.get("policies")
        if policies is not None and not (
            isinstance(policies, list) and all(isinstance(p, str) and p for p in policies)
        ):
            raise PolicyError(
                f"{self.where(['policies'])}: policies must be a list of policy names, e.g. policies: [pinned-images]"
            )
        self.policies: list[str] = policies or []
        self.cases: list[Any] = obj["cases"]

    def where(self, path: list[str | int]) -> str:
        return f"{self.path}:{self.doc.line_of(path)}"

    def _unknown(self, mapping: dict[str, Any], allowed: frozenset[str], path: list[str | int], what: str) -> None:
        unknown = sorted(str(k) for k in mapping if k not in allowed)
        if unknown:
            raise PolicyError(
                f"{self.where([*path, unknown[0]])}: {what}: unknown key {unknown[0]!r}; "
                f"the keys are {', '.join(sorted(allowed))}"
            )

    def case(self, index: int) -> tuple[str, list[str], list[dict[str, str]]]:
        """``(name, resources, expect)`` of ``cases[index]``, checked."""
        case = self.cases[index]
        path: list[str | int] = ["cases", index]
        if not isinstance(case, dict):
            raise PolicyError(f"{self.where(path)}: cases[{index}] must be a mapping with name, resources and expect")
        name = case.get("name")
        label = f"case {name!r}" if isinstance(name, str) and name.strip() else f"cases[{index}]"
        self._unknown(case, CASE_KEYS, path, label)
        missing = [k for k in ("name", "resources", "expect") if k not in case]
        if missing:
            raise PolicyError(
                f"{self.where(path)}: {label}: missing {', '.join(missing)}; every case gives a name, "
                "resources (fixture files) and expect (the findings, [] for none)"
            )
        if not isinstance(name, str) or not name.strip():
            raise PolicyError(f"{self.where([*path, 'name'])}: {label}: name must be a non-empty string")
        resources = case["resources"]
        if not (isinstance(resources, list) and resources and all(isinstance(r, str) and r for r in resources)):
            raise PolicyError(
                f"{self.where([*path, 'resources'])}: {label}: resources must be a non-empty list of fixture paths "
                "relative to tests.yaml, e.g. resources: [fail/latest.yaml]"
            )
        for position, resource in enumerate(resources):
            if not (self.path.parent / resource).exists():
                raise PolicyError(
                    f"{self.where([*path, 'resources', position])}: {label}: {resource}: no such file or directory "
                    f"(paths are relative to {self.path.parent})"
                )
        expect = case["expect"]
        if not isinstance(expect, list):
            raise PolicyError(
                f"{self.where([*path, 'expect'])}: {label}: expect must be a list of findings "
                "({rule, kind, name}), or [] when the fixtures pass"
            )
        for position, entry in enumerate(expect):
            entry_path = [*path, "expect", position]
            if not isinstance(entry, dict):
                raise PolicyError(
                    f"{self.where(entry_path)}: {label}: expect[{position}] must be a mapping "
                    "{rule: <policy>, kind: <Kind>, name: <object name>}"
                )
            self._unknown(entry, EXPECT_KEYS, entry_path, f"{label}: expect[{position}]")
            absent = [k for k in EXPECT_REQUIRED if not (isinstance(entry.get(k), str) and entry[k])]
            if absent:
                raise PolicyError(
                    f"{self.where(entry_path)}: {label}: expect[{position}] needs {', '.join(absent)} "
                    "(non-empty strings): {rule: <policy>, kind: <Kind>, name: <object name>}"
                )
            if "message" in entry and not (isinstance(entry["message"], str) and entry["message"]):
                raise PolicyError(
                    f"{self.where([*entry_path, 'message'])}: {label}: expect[{position}].message must be "
                    "a non-empty string (a part of the finding's message)"
                )
        return name, resources, expect


def _run_case(test: _TestFile, index: int, policies: PolicySet, root: Path) -> CaseResult:
    name, resources, expect = test.case(index)
    try:
        documents, problems = load_paths([str(test.path.parent / r) for r in resources])
    except InputError as exc:
        raise PolicyError(f"{test.where(['cases', index, 'resources'])}: case {name!r}: {exc}") from None
    if problems:
        raise PolicyError(f"{test.where(['cases', index, 'resources'])}: case {name!r}: {problems[0].as_text()}")
    findings = [f for f in evaluate_policies(documents, policies) if f.severity != "info"]
    actual = frozenset((f.rule.removeprefix("policy/"), f.kind, f.name) for f in findings)
    expected = frozenset((e["rule"].removeprefix("policy/"), e["kind"], e["name"]) for e in expect)
    messages = []
    for entry in expect:
        key = (entry["rule"].removeprefix("policy/"), entry["kind"], entry["name"])
        if "message" not in entry or key not in actual:
            continue
        said = [f.message for f in findings if (f.rule.removeprefix("policy/"), f.kind, f.name) == key]
        if not any(entry["message"] in text for text in said):
            messages.append(
                f"message of {'/'.join(key)}: expected it to contain {entry['message']!r}, got {' | '.join(said)!r}"
            )
    return CaseResult(str(test.path.relative_to(root)), name, expected, actual, tuple(messages))


def run_policy_tests(directory: str | Path) -> list[CaseResult]:
    """Run every ``tests.yaml`` under ``directory``; policies load from ``directory`` as a whole.

    A policy that no case tests is a failed result naming it. An empty result means the directory
    has neither policies nor tests.
    """
    root = Path(directory)
    everything = load_policies(root)
    known = {p.name for p in everything.policies}
    results: list[CaseResult] = []
    tested: set[str] = set()
    empty: dict[str, Path] = {}
    for test_file in [p for p in walk_files(root) if p.name == TEST_FILE]:
        test = _TestFile(test_file)
        local = {p.name for p in everything.policies if Path(p.source).parent == test_file.parent}
        names = set(test.policies or local)
        if not names:
            raise PolicyError(
                f"{test_file}: no policy to test: put the policy file next to tests.yaml, or name policies "
                "from elsewhere in the folder with policies: [<name>, ...]"
            )
        unknown = names - known
        if unknown:
            raise PolicyError(
                f"{test.where(['policies'])}: no policy named {', '.join(sorted(unknown))} under {root} "
                f"(policies there: {', '.join(sorted(known)) or 'none'})"
            )
        if not test.cases:
            empty.update((n, test_file) for n in names)
        else:
            tested |= names
        policies = everything.named(names)
        results.extend(_run_case(test, index, policies, root) for index in range(len(test.cases)))
    for policy in everything.policies:
        if policy.name in tested:
            continue
        source = Path(policy.source)
        where = str(source.relative_to(root)) if source.is_relative_to(root) else str(source)
        if policy.name in empty:
            problem = (
                f"has no test cases: {empty[policy.name]} lists none (cases: []); "
                "add a case that passes and one that fails"
            )
        else:
            problem = (
                f"has no test cases: add {source.parent / TEST_FILE} with a case that passes and one that fails "
                "(see policy/README.md)"
            )
        results.append(CaseResult(where, f"policy {policy.name}", frozenset(), frozenset(), (problem,)))
    return results
