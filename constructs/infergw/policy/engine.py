"""Loading and evaluating policies offline.

Supported from ``ValidatingAdmissionPolicy`` (admissionregistration.k8s.io/v1): ``matchConstraints``
(``resourceRules`` and ``excludeResourceRules`` by group, version, resource and operation;
``objectSelector``), ``matchConditions``, ``variables``, ``validations`` (``expression``,
``message``, ``messageExpression``) and ``failurePolicy``; severity from a
``ValidatingAdmissionPolicyBinding``'s ``validationActions`` (Deny: error; only Warn or Audit:
warning; no binding: error). Every object is judged as a CREATE. Not supported offline, and
refused when a policy uses them: ``paramKind`` (no parameter objects), a non-empty
``namespaceSelector``, and the ``authorizer`` variable.

``SetPolicy`` (policy.infergw.dev/v1alpha1) is this project's kind for rules over the whole set: for
every object its ``match`` selects, each validation's CEL sees ``object`` and ``objects`` (every
object of the set).

Exceptions: an annotation ``policy.infergw.dev/except-<policy name>: <reason>`` on an object skips
that policy for it; an exception without a reason is itself a finding (``policy/exception``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from infergw.catalogue import ENTRIES
from infergw.errors import InfergwError
from infergw.validation.cel import CelCompileError, compile_expression, escape_reserved, evaluate
from infergw.validation.engine import validate_documents
from infergw.validation.findings import Finding
from infergw.validation.loader import Document, load_paths
from infergw.validation.references import name_of, namespace_of

SET_POLICY_API = "policy.infergw.dev/v1alpha1"
EXCEPTION_PREFIX = "policy.infergw.dev/except-"
ADMISSION_VARIABLES = ("object", "oldObject", "request", "params", "namespaceObject", "variables")
SET_VARIABLES = ("object", "objects", "variables")
#: Folders inside a policy directory that hold test fixtures, not policies.
FIXTURE_DIRS = frozenset({"pass", "fail", "fixtures"})
TEST_FILE = "tests.yaml"

#: Resource (plural) names of the core kinds policies usually match; custom kinds come from the catalogue.
CORE_RESOURCES = {
    "Deployment": "deployments", "StatefulSet": "statefulsets", "DaemonSet": "daemonsets", "ReplicaSet": "replicasets",
    "Job": "jobs", "CronJob": "cronjobs", "Pod": "pods", "Service": "services", "ServiceAccount": "serviceaccounts",
    "ConfigMap": "configmaps", "Secret": "secrets", "Namespace": "namespaces", "Role": "roles", "RoleBinding": "rolebindings",
    "ClusterRole": "clusterroles", "ClusterRoleBinding": "clusterrolebindings", "HorizontalPodAutoscaler": "horizontalpodautoscalers",
    "PodDisruptionBudget": "poddisruptionbudgets", "APIService": "apiservices", "CustomResourceDefinition": "customresourcedefinitions",
}
RESOURCES = CORE_RESOURCES | {e.kind: e.crd["spec"]["names"]["plural"] for e in ENTRIES}

SET_POLICY_SCHEMA = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
    "properties": {
        "apiVersion": {"const": SET_POLICY_API},
        "kind": {"const": "SetPolicy"},
        "metadata": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 1}},
                     "additionalProperties": True},
        "spec": {
            "type": "object",
            "required": ["match", "validations"],
            "additionalProperties": False,
            "properties": {
                "match": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["kinds"], "additionalProperties": False,
                    "properties": {"group": {"type": "string"}, "kinds": {"type": "array", "minItems": 1, "items": {"type": "string"}}}}},
                "variables": {"type": "array", "items": {"type": "object", "required": ["name", "expression"], "additionalProperties": False,
                                                         "properties": {"name": {"type": "string"}, "expression": {"type": "string"}}}},
                "validations": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["expression"], "additionalProperties": False,
                    "properties": {"expression": {"type": "string"}, "message": {"type": "string"}, "messageExpression": {"type": "string"}}}},
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


def _compile(policy: Policy, where: str, expression: str, variables: tuple[str, ...]) -> None:
    try:
        policy.compiled[expression] = compile_expression(expression, variables)
    except CelCompileError as exc:
        raise PolicyError(f"{policy.source}:{policy.line}: policy {policy.name}: {where}: {exc}") from None


def _load_admission(doc: Document) -> Policy:
    spec = doc.obj.get("spec") or {}
    policy = Policy(doc.obj["metadata"]["name"], "ValidatingAdmissionPolicy", spec, doc.source, doc.line)
    where = f"{doc.source}:{doc.line}: policy {policy.name}"
    if spec.get("paramKind"):
        raise PolicyError(f"{where}: paramKind is not supported offline (no parameter objects); inline the values in the expressions")
    for rule_key in ("matchConstraints",):
        selector = (spec.get(rule_key) or {}).get("namespaceSelector") or {}
        if selector.get("matchLabels") or selector.get("matchExpressions"):
            raise PolicyError(f"{where}: matchConstraints.namespaceSelector is not supported offline; match by objectSelector or in a matchCondition")
    for index, condition in enumerate(spec.get("matchConditions") or []):
        _compile(policy, f"matchConditions[{index}].expression", condition["expression"], ADMISSION_VARIABLES)
    for index, variable in enumerate(spec.get("variables") or []):
        _compile(policy, f"variables[{index}].expression", variable["expression"], ADMISSION_VARIABLES)
    for index, validation in enumerate(spec.get("validations") or []):
        _compile(policy, f"validations[{index}].expression", validation["expression"], ADMISSION_VARIABLES)
        if validation.get("messageExpression"):
            _compile(policy, f"validations[{index}].messageExpression", validation["messageExpression"], ADMISSION_VARIABLES)
    if any("authorizer" in text for text in policy.compiled):
        raise PolicyError(f"{where}: the authorizer variable is not available offline")
    return policy


def _load_set_policy(doc: Document) -> Policy:
    errors = sorted(jsonschema.Draft202012Validator(SET_POLICY_SCHEMA).iter_errors(doc.obj), key=lambda e: list(e.path))
    if errors:
        error = errors[0]
        path = ".".join(str(p) for p in error.path) or "(root)"
        raise PolicyError(f"{doc.source}:{doc.line_of(list(error.path))}: SetPolicy: {path}: {error.message}")
    spec = doc.obj["spec"]
    policy = Policy(doc.obj["metadata"]["name"], "SetPolicy", spec, doc.source, doc.line)
    for index, variable in enumerate(spec.get("variables") or []):
        _compile(policy, f"variables[{index}].expression", variable["expression"], SET_VARIABLES)
    for index, validation in enumerate(spec["validations"]):
        _compile(policy, f"validations[{index}].expression", validation["expression"], SET_VARIABLES)
        if validation.get("messageExpression"):
            _compile(policy, f"validations[{index}].messageExpression", validation["messageExpression"], SET_VARIABLES)
    return policy


def load_policies(directory: str | Path) -> PolicySet:
    """Every policy under ``directory`` (fixture folders and ``tests.yaml`` skipped); raise :class:`PolicyError`."""
    root = Path(directory)
    if not root.is_dir():
        raise PolicyError(f"{root}: not a policy directory")
    files = [str(p) for p in sorted(root.rglob("*")) if p.suffix in (".yaml", ".yml") and p.is_file() and not _is_fixture(p, root)]
    documents, problems = load_paths(files) if files else ([], [])
    if problems:
        raise PolicyError(problems[0].as_text())
    admission = [d for d in documents if d.obj.get("apiVersion") == "admissionregistration.k8s.io/v1"]
    others = [d for d in documents if d not in admission]
    for doc in others:
        if (doc.obj.get("apiVersion"), doc.obj.get("kind")) != (SET_POLICY_API, "SetPolicy"):
            raise PolicyError(
                f"{doc.source}:{doc.line}: {doc.obj.get('kind')} is not a policy: use ValidatingAdmissionPolicy(Binding) "
                f"(admissionregistration.k8s.io/v1) or SetPolicy ({SET_POLICY_API}); put fixtures under pass/ or fail/"
            )
    schema_errors = [f for f in validate_documents(admission) if f.severity == "error" and not f.rule.startswith("reference/")]
    if schema_errors:
        raise PolicyError(f"invalid policy: {schema_errors[0].as_text()}")
    policies = [_load_admission(d) for d in admission if d.obj["kind"] == "ValidatingAdmissionPolicy"]
    policies += [_load_set_policy(d) for d in others]
    names = [p.name for p in policies]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise PolicyError(f"{root}: two policies are named {duplicate!r}")
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


def _matches_rule(rule: dict[str, Any], group: str, version: str, resource: str) -> bool:
    def has(values: list[str] | None, value: str) -> bool:
        return bool(values) and ("*" in values or value in values)

    operations = rule.get("operations") or []
    return (has(rule.get("apiGroups"), group) and has(rule.get("apiVersions"), version) and has(rule.get("resources"), resource)
            and ("*" in operations or "CREATE" in operations))


def _selector_matches(selector: dict[str, Any] | None, labels: dict[str, str]) -> bool:
    if not selector:
        return True
    if any(labels.get(k) != v for k, v in (selector.get("matchLabels") or {}).items()):
        return False
    for expression in selector.get("matchExpressions") or []:
        key, operator, values = expression["key"], expression["operator"], expression.get("values") or []
        present = key in labels
        if (operator == "In" and labels.get(key) not in values) or (operator == "NotIn" and present and labels[key] in values) \
                or (operator == "Exists" and not present) or (operator == "DoesNotExist" and present):
            return False
    return True


def _admission_applies(policy: Policy, doc: Document) -> bool:
    group, _, version = str(doc.obj.get("apiVersion", "")).rpartition("/")
    resource = RESOURCES.get(str(doc.obj.get("kind")), f"{str(doc.obj.get('kind', '')).lower()}s")
    constraints = policy.spec.get("matchConstraints") or {}
    if not any(_matches_rule(r, group, version, resource) for r in constraints.get("resourceRules") or []):
        return False
    if any(_matches_rule(r, group, version, resource) for r in constraints.get("excludeResourceRules") or []):
        return False
    labels = (doc.obj.get("metadata") or {}).get("labels") or {}
    return _selector_matches(constraints.get("objectSelector"), labels)


def _set_applies(policy: Policy, doc: Document) -> bool:
    group = str(doc.obj.get("apiVersion", "")).rpartition("/")[0]
    return any(m.get("group", group) == group and doc.obj.get("kind") in m["kinds"] for m in policy.spec["match"])


@dataclass
class _Evaluation:
    policy: Policy
    doc: Document
    findings: list[Finding]

    def add(self, message: str, rule: str | None = None, severity: str | None = None) -> None:
        doc = self.doc
        self.findings.append(Finding(doc.source, doc.line, str(doc.obj.get("kind", "")), namespace_of(doc), name_of(doc), "",
                                     message, rule or self.policy.rule_id, severity or self.policy.severity))  # type: ignore[arg-type]

    def run(self, data: dict[str, Any]) -> None:
        policy = self.policy
        failure_ignored = policy.spec.get("failurePolicy") == "Ignore"
        for condition in policy.spec.get("matchConditions") or []:
            value, error = evaluate(policy.compiled[condition["expression"]], data)
            if error or value is not True:
                if error and not failure_ignored:
                    self.add(f"matchCondition {condition.get('name', '')!r} could not be evaluated: {error}")
                return
        variables: dict[str, Any] = {}
        data["variables"] = variables
        for variable in policy.spec.get("variables") or []:
            value, error = evaluate(policy.compiled[variable["expression"]], data)
            if error:
                if not failure_ignored:
                    self.add(f"variable {variable['name']} could not be evaluated: {error}")
                return
            variables[variable["name"]] = value
        for validation in policy.spec["validations"]:
            value, error = evaluate(policy.compiled[validation["expression"]], data)
            if error:
                if not failure_ignored:
                    self.add(f"could not be evaluated ({error}): {validation['expression']}")
                continue
            if value is not True:
                self.add(self._message(validation, data))

    def _message(self, validation: dict[str, Any], data: dict[str, Any]) -> str:
        if validation.get("messageExpression"):
            text, error = evaluate(self.policy.compiled[validation["messageExpression"]], data)
            if not error and isinstance(text, str) and text.strip():
                return text
        return validation.get("message") or f"failed expression: {validation['expression']}"


def _exception(doc: Document, policy: Policy, findings: list[Finding]) -> bool:
    """Whether ``doc`` is excepted from ``policy``; an exception without a reason is a finding."""
    annotations = (doc.obj.get("metadata") or {}).get("annotations") or {}
    key = f"{EXCEPTION_PREFIX}{policy.name}"
    if key not in annotations:
        return False
    if not str(annotations[key]).strip():
        findings.append(Finding(doc.source, doc.line, str(doc.obj.get("kind", "")), namespace_of(doc), name_of(doc),
                                f'metadata.annotations["{key}"]', f"the exception from policy {policy.name} gives no reason; write why it is needed",
                                "policy/exception"))
    return True


def evaluate_policies(documents: list[Document], policies: PolicySet) -> list[Finding]:
    """Findings of every policy on every object it matches."""
    findings: list[Finding] = []
    escaped = [escape_reserved(d.obj) for d in documents]
    for policy in policies.policies:
        for doc, view in zip(documents, escaped, strict=True):
            applies = _admission_applies(policy, doc) if policy.kind == "ValidatingAdmissionPolicy" else _set_applies(policy, doc)
            if not applies or _exception(doc, policy, findings):
                continue
            if policy.kind == "ValidatingAdmissionPolicy":
                group, _, version = str(doc.obj["apiVersion"]).rpartition("/")
                request = {"operation": "CREATE", "name": name_of(doc), "namespace": namespace_of(doc),
                           "kind": {"group": group, "version": version, "kind": doc.obj["kind"]}, "userInfo": {"username": "infergw"}}
                data = {"object": view, "oldObject": None, "request": request, "params": None, "namespaceObject": None}
            else:
                data = {"object": view, "objects": escaped}
            _Evaluation(policy, doc, findings).run(data)
    return findings

