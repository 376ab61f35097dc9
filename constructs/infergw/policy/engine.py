"""Evaluating policies offline, object by object, with the validator's CEL engine.

Every object is judged as a CREATE: ``matchConditions`` (any false skips the policy), ``variables``
(an error fails only the validations that use it), ``validations`` (``expression``, ``message``,
``messageExpression``) and ``failurePolicy``. ``namespaceObject`` is the object's Namespace when the
set holds it, else null; ``matchPolicy`` and ``auditAnnotations`` have no effect offline.
``SetPolicy`` (policy.infergw.dev/v1alpha1) validations see ``object`` and ``objects`` (the whole set).

Exceptions: an annotation ``policy.infergw.dev/except-<policy name>: <reason>`` on an object skips
that policy for it; an exception without a reason is itself a finding (``policy/exception``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from infergw.policy.loading import Policy, PolicySet
from infergw.policy.matching import Kinds, admission_applies, namespace_labels, set_applies
from infergw.validation.cel import escape_reserved, evaluate
from infergw.validation.findings import Finding
from infergw.validation.loader import Document
from infergw.validation.references import name_of, namespace_of

EXCEPTION_PREFIX = "policy.infergw.dev/except-"


def _mentions(expression: str, variable: str) -> bool:
    return bool(
        re.search(
            rf"\bvariables\s*(?:\.\s*{re.escape(variable)}\b|\[\s*['\"]{re.escape(variable)}['\"]\s*\])", expression
        )
    )


@dataclass
class _Evaluation:
    policy: Policy
    doc: Document
    findings: list[Finding]

    def add(self, message: str, rule: str | None = None, severity: str | None = None) -> None:
        doc = self.doc
        self.findings.append(
            Finding(
                doc.source,
                doc.line,
                str(doc.obj.get("kind", "")),
                namespace_of(doc),
                name_of(doc),
                "",
                message,
                rule or self.policy.rule_id,
                severity or self.policy.severity,
            )
        )  # type: ignore[arg-type]

    def _bool(self, expression: str, data: dict[str, Any]) -> tuple[bool | None, str | None]:
        value, error = evaluate(self.policy.compiled[expression], data)
        if error is None and not isinstance(value, bool):
            return None, f"it returned {type(value).__name__}, not a bool"
        return value, error

    def run(self, data: dict[str, Any]) -> None:
        """As the API server: any false matchCondition skips the policy, else an error applies failurePolicy;
        a variable's error fails only the validations that use it."""
        policy = self.policy
        failure_ignored = policy.spec.get("failurePolicy") == "Ignore"
        errors = []
        for condition in policy.spec.get("matchConditions") or []:
            value, error = self._bool(condition["expression"], data)
            if value is False:
                return
            if error:
                errors.append(f"matchCondition {condition.get('name', '')!r} could not be evaluated: {error}")
        if errors:
            if not failure_ignored:
                self.add(errors[0])
            return
        variables: dict[str, Any] = {}
        failed: dict[str, str] = {}
        data["variables"] = variables
        for variable in policy.spec.get("variables") or []:
            upstream = next(
                (f"variable {n}: {e}" for n, e in failed.items() if _mentions(variable["expression"], n)), None
            )
            value, error = (None, upstream) if upstream else evaluate(policy.compiled[variable["expression"]], data)
            if error:
                failed[variable["name"]] = error
            else:
                variables[variable["name"]] = value
        for validation in policy.spec.get("validations") or []:
            upstream = next(
                (f"variable {n}: {e}" for n, e in failed.items() if _mentions(validation["expression"], n)), None
            )
            value, error = (None, upstream) if upstream else self._bool(validation["expression"], data)
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
    """Whether ``doc`` is excepted from ``policy``; an exception without a reason is a finding.

    The shipped admission policies carry a matchCondition that does the same in a cluster (see policy/README.md).
    """
    annotations = (doc.obj.get("metadata") or {}).get("annotations") or {}
    key = f"{EXCEPTION_PREFIX}{policy.name}"
    if key not in annotations:
        return False
    if not str(annotations[key]).strip():
        findings.append(
            Finding(
                doc.source,
                doc.line,
                str(doc.obj.get("kind", "")),
                namespace_of(doc),
                name_of(doc),
                f'metadata.annotations["{key}"]',
                f"the exception from policy {policy.name} gives no reason; write why it is needed",
                "policy/exception",
            )
        )
    return True


def evaluate_policies(documents: list[Document], policies: PolicySet) -> list[Finding]:
    """Findings of every policy on every object it matches."""
    findings: list[Finding] = []
    escaped = [escape_reserved(d.obj) for d in documents]
    kinds = Kinds.of(documents)
    namespaces = namespace_labels(documents)
    namespace_objects = {
        name_of(d): view
        for d, view in zip(documents, escaped, strict=True)
        if d.obj.get("apiVersion") == "v1" and d.obj.get("kind") == "Namespace"
    }
    for policy in policies.policies:
        for doc, view in zip(documents, escaped, strict=True):
            applies = (
                admission_applies(policy, doc, kinds, namespaces)
                if policy.kind == "ValidatingAdmissionPolicy"
                else set_applies(policy, doc)
            )
            if not applies or _exception(doc, policy, findings):
                continue
            if policy.kind == "ValidatingAdmissionPolicy":
                group, _, version = str(doc.obj["apiVersion"]).rpartition("/")
                request = {
                    "operation": "CREATE",
                    "name": name_of(doc),
                    "namespace": namespace_of(doc),
                    "kind": {"group": group, "version": version, "kind": doc.obj["kind"]},
                    "userInfo": {"username": "infergw"},
                }
                data = {
                    "object": view,
                    "oldObject": None,
                    "request": request,
                    "params": None,
                    "namespaceObject": namespace_objects.get(namespace_of(doc)) if namespace_of(doc) else None,
                }
            else:
                data = {"object": view, "objects": escaped}
            _Evaluation(policy, doc, findings).run(data)
    return findings
