"""Reading a policy directory: ``ValidatingAdmissionPolicy`` (and its bindings) and ``SetPolicy``
files, checked against their schemas and with every CEL expression compiled and type-checked as the
API server does (validations and matchConditions to bool, messages to string). Fixture folders
(``pass/``, ``fail/``, ``fixtures/``) and ``tests.yaml`` are not policies.

Refused offline: ``paramKind`` (no parameter objects) and the ``authorizer`` variable (no API server
to ask). A binding whose ``validationActions`` lack ``Deny`` makes its policy's findings warnings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from infergw.errors import InfergwError
from infergw.validation.cel import CelCompileError, compile_expression
from infergw.validation.engine import validate_documents
from infergw.validation.loader import Document, load_paths, walk_files

SET_POLICY_API = "policy.infergw.dev/v1alpha1"
ADMISSION_VARIABLES = ("object", "oldObject", "request", "params", "namespaceObject", "variables")
SET_VARIABLES = ("object", "objects", "variables")
#: Folders inside a policy directory that hold test fixtures, not policies.
FIXTURE_DIRS = frozenset({"pass", "fail", "fixtures"})
TEST_FILE = "tests.yaml"

#: CEL result types the API server accepts where a bool (or a string) is required: the type, or dyn.
_BOOL_TYPES = ("BOOL", "DYN")
_STRING_TYPES = ("STRING", "DYN")
_AUDIT_TYPES = ("STRING", "NULL", "DYN")

SET_POLICY_SCHEMA = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
    "properties": {
        "apiVersion": {"const": SET_POLICY_API},
        "kind": {"const": "SetPolicy"},
        "metadata": {
            "type": "object",
            "required": ["name"],
            "properties": {"name": {"type": "string", "minLength": 1}},
            "additionalProperties": True,
        },
        "spec": {
            "type": "object",
            "required": ["match", "validations"],
            "additionalProperties": False,
            "properties": {
                "match": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["kinds"],
                        "additionalProperties": False,
                        "properties": {
                            "group": {"type": "string"},
                            "kinds": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                        },
                    },
                },
                "variables": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["name", "expression"],
                        "additionalProperties": False,
                        "properties": {"name": {"type": "string"}, "expression": {"type": "string"}},
                    },
                },
                "validations": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "required": ["expression"],
                        "additionalProperties": False,
                        "properties": {
                            "expression": {"type": "string"},
                            "message": {"type": "string"},
                            "messageExpression": {"type": "string"},
                        },
                    },
                },
            },
        },
    },
}


class PolicyError(InfergwError):
    """A policy file is unusable (invalid CEL, unknown fields, unsupported feature)."""


@dataclass
class Policy:
    """One loaded policy, its expressions compiled."""

    name: str
    kind: str  # ValidatingAdmissionPolicy or SetPolicy
    spec: dict[str, Any]
    source: str
    line: int
    severity: str = "error"
    compiled: dict[str, Any] = field(default_factory=dict)

    @property
    def rule_id(self) -> str:
        return f"policy/{self.name}"


@dataclass
class PolicySet:
    policies: list[Policy]

    def named(self, names: set[str]) -> PolicySet:
        return PolicySet([p for p in self.policies if p.name in names])


def _is_fixture(path: Path, root: Path) -> bool:
    parts = path.relative_to(root).parts
    return path.name == TEST_FILE or any(part in FIXTURE_DIRS for part in parts[:-1])


_RESULT_HINT = {
    _BOOL_TYPES: "a bool: compare or test the value (for example `x == 'y'`, `has(x)`, `list.all(...)`)",
    _STRING_TYPES: "a string: build the message with + and string(...)",
    _AUDIT_TYPES: "a string or null",
}


def _compile(
    policy: Policy,
    doc: Document,
    path: list[str | int],
    variables: tuple[str, ...],
    result: tuple[str, ...] | None = None,
) -> None:
    """Compile the expression at ``path`` of ``doc``; with ``result``, require one of those CEL result types."""
    expression = _at(doc.obj, path)
    where = f"{doc.source}:{doc.line_of(path)}: policy {policy.name}: {_dotted(path[1:])}"
    if not isinstance(expression, str) or not expression.strip():
        raise PolicyError(f"{where}: give a CEL expression (a non-empty string)")
    try:
        compiled = compile_expression(expression, variables)
    except CelCompileError as exc:
        raise PolicyError(f"{where}: {exc}") from None
    if result is not None:
        returned = compiled.return_type().name()
        if returned not in result:
            raise PolicyError(
                f"{where}: {expression!r} returns {returned.lower()}, but the API server requires "
                f"{_RESULT_HINT[result]}"
            )
    policy.compiled[expression] = compiled


def _at(value: Any, path: list[str | int]) -> Any:
    for part in path:
        value = value[part]
    return value


def _dotted(path: list[str | int]) -> str:
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")


def _load_admission(doc: Document) -> Policy:
    spec = doc.obj.get("spec") or {}
    policy = Policy(doc.obj["metadata"]["name"], "ValidatingAdmissionPolicy", spec, doc.source, doc.line)
    where = f"{doc.source}:{doc.line}: policy {policy.name}"
    if spec.get("paramKind"):
        raise PolicyError(
            f"{doc.source}:{doc.line_of(['spec', 'paramKind'])}: policy {policy.name}: "
            "paramKind is not supported offline (no parameter objects); inline the values in the expressions"
        )
    constraints = spec.get("matchConstraints") or {}
    if not constraints.get("resourceRules"):
        raise PolicyError(
            f"{doc.source}:{doc.line_of(['spec', 'matchConstraints'])}: policy {policy.name}: "
            "spec.matchConstraints.resourceRules is required (the API server refuses the policy without it): "
            "name the apiGroups, apiVersions, resources and operations it checks"
        )
    if not spec.get("validations") and not spec.get("auditAnnotations"):
        raise PolicyError(
            f"{where}: a ValidatingAdmissionPolicy needs spec.validations or spec.auditAnnotations "
            "(the API server refuses it otherwise): add a validation"
        )
    texts = [
        str(entry.get(key, ""))
        for section, key in (
            ("matchConditions", "expression"),
            ("variables", "expression"),
            ("validations", "expression"),
            ("validations", "messageExpression"),
            ("auditAnnotations", "valueExpression"),
        )
        for entry in spec.get(section) or []
        if isinstance(entry, dict)
    ]
    if any(re.search(r"\bauthorizer\b", text) for text in texts):
        raise PolicyError(
            f"{where}: the authorizer variable is not available offline (no API server to ask); "
            "check the object's own fields instead"
        )
    for index, _ in enumerate(spec.get("matchConditions") or []):
        _compile(policy, doc, ["spec", "matchConditions", index, "expression"], ADMISSION_VARIABLES, _BOOL_TYPES)
    for index, _ in enumerate(spec.get("variables") or []):
        _compile(policy, doc, ["spec", "variables", index, "expression"], ADMISSION_VARIABLES)
    for index, validation in enumerate(spec.get("validations") or []):
        _compile(policy, doc, ["spec", "validations", index, "expression"], ADMISSION_VARIABLES, _BOOL_TYPES)
        if validation.get("messageExpression"):
            _compile(
                policy, doc, ["spec", "validations", index, "messageExpression"], ADMISSION_VARIABLES, _STRING_TYPES
            )
    for index, _ in enumerate(spec.get("auditAnnotations") or []):
        _compile(policy, doc, ["spec", "auditAnnotations", index, "valueExpression"], ADMISSION_VARIABLES, _AUDIT_TYPES)
    return policy


def _load_set_policy(doc: Document) -> Policy:
    errors = sorted(jsonschema.Draft202012Validator(SET_POLICY_SCHEMA).iter_errors(doc.obj), key=lambda e: list(e.path))
    if errors:
        error = errors[0]
        path = ".".join(str(p) for p in error.path) or "(root)"
        raise PolicyError(f"{doc.source}:{doc.line_of(list(error.path))}: SetPolicy: {path}: {error.message}")
    spec = doc.obj["spec"]
    policy = Policy(doc.obj["metadata"]["name"], "SetPolicy", spec, doc.source, doc.line)
    for index, _ in enumerate(spec.get("variables") or []):
        _compile(policy, doc, ["spec", "variables", index, "expression"], SET_VARIABLES)
    for index, validation in enumerate(spec["validations"]):
        _compile(policy, doc, ["spec", "validations", index, "expression"], SET_VARIABLES, _BOOL_TYPES)
        if validation.get("messageExpression"):
            _compile(policy, doc, ["spec", "validations", index, "messageExpression"], SET_VARIABLES, _STRING_TYPES)
    return policy


def load_policies(directory: str | Path) -> PolicySet:
    """Every policy under ``directory`` (fixture folders and ``tests.yaml`` skipped); raise :class:`PolicyError`."""
    root = Path(directory)
    if not root.is_dir():
        raise PolicyError(f"{root}: not a policy directory")
    files = [
        str(p)
        for p in walk_files(root)  # an unreadable folder raises: no policy goes unseen
        if p.suffix in (".yaml", ".yml") and p.is_file() and not _is_fixture(p, root)
    ]
    documents, problems = load_paths(files) if files else ([], [])
    if problems:
        raise PolicyError(problems[0].as_text())
    admission = [d for d in documents if d.obj.get("apiVersion") == "admissionregistration.k8s.io/v1"]
    others = [d for d in documents if d not in admission]
    for doc in others:
        if (doc.obj.get("apiVersion"), doc.obj.get("kind")) != (SET_POLICY_API, "SetPolicy"):
            raise PolicyError(
                f"{doc.source}:{doc.line}: {doc.obj.get('kind')} is not a policy: use "
                "ValidatingAdmissionPolicy(Binding) "
                f"(admissionregistration.k8s.io/v1) or SetPolicy ({SET_POLICY_API}); put fixtures under pass/ or fail/"
            )
    schema_errors = [
        f for f in validate_documents(admission) if f.severity == "error" and not f.rule.startswith("reference/")
    ]
    if schema_errors:
        raise PolicyError(f"invalid policy: {schema_errors[0].as_text()}")
    policies = [_load_admission(d) for d in admission if d.obj["kind"] == "ValidatingAdmissionPolicy"]
    policies += [_load_set_policy(d) for d in others]
    first: dict[str, Policy] = {}
    for policy in policies:
        earlier = first.setdefault(policy.name, policy)
        if earlier is not policy:
            raise PolicyError(
                f"{policy.source}:{policy.line}: policy {policy.name!r} is also defined in "
                f"{earlier.source}:{earlier.line}; "
                "policy names must be unique (the rule id is policy/<name>): rename one of them"
            )
    actions: dict[str, set[str]] = {}
    for doc in admission:
        if doc.obj["kind"] == "ValidatingAdmissionPolicyBinding":
            spec = doc.obj.get("spec") or {}
            actions.setdefault(spec.get("policyName", ""), set()).update(spec.get("validationActions") or [])
    for policy in policies:
        bound = actions.get(policy.name)
        if bound and "Deny" not in bound:
            policy.severity = "warning"
    return PolicySet(policies)
