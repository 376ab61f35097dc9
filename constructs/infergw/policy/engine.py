"""Loading and evaluating policies offline.

Supported from ``ValidatingAdmissionPolicy`` (admissionregistration.k8s.io/v1): ``matchConstraints``
(``resourceRules`` and ``excludeResourceRules`` by group, version, resource, operation,
``resourceNames`` and ``scope``; ``objectSelector``; ``namespaceSelector`` against the labels of
Namespace objects in the set plus ``kubernetes.io/metadata.name``), ``matchConditions``, ``variables``,
``validations`` (``expression``, ``message``, ``messageExpression``) and ``failurePolicy``; severity
from a ``ValidatingAdmissionPolicyBinding``'s ``validationActions`` (Deny: error; only Warn or
Audit: warning; no binding: error). Every object is judged as a CREATE. As in the API server,
expressions must type-check (validations and matchConditions to bool, messages to string) and a
policy needs ``validations`` or ``auditAnnotations``. ``matchPolicy`` and ``auditAnnotations`` are
accepted and have no effect offline. Not supported offline, and refused when a policy uses them:
``paramKind`` (no parameter objects) and the ``authorizer`` variable. ``namespaceObject`` is the
object's Namespace when the set holds it, else null.

Scope (``Cluster``/``Namespaced``) of a kind comes from the CRDs in the checked set, the catalogue's
CRDs and the built-in cluster-scoped kinds; a kind none of them knows is namespaced when its object
has ``metadata.namespace``.

``SetPolicy`` (policy.infergw.dev/v1alpha1) is this project's kind for rules over the whole set: for
every object its ``match`` selects, each validation's CEL sees ``object`` and ``objects`` (every
object of the set).

Exceptions: an annotation ``policy.infergw.dev/except-<policy name>: <reason>`` on an object skips
that policy for it; an exception without a reason is itself a finding (``policy/exception``).
"""

from __future__ import annotations

import re
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
from infergw.validation.references import label_selector_matches, name_of, namespace_of
from infergw.validation.schemas import CLUSTER_SCOPED_CORE, KUBERNETES_VERSIONS, core_schema

SET_POLICY_API = "policy.infergw.dev/v1alpha1"
EXCEPTION_PREFIX = "policy.infergw.dev/except-"
ADMISSION_VARIABLES = ("object", "oldObject", "request", "params", "namespaceObject", "variables")
SET_VARIABLES = ("object", "objects", "variables")
#: Folders inside a policy directory that hold test fixtures, not policies.
FIXTURE_DIRS = frozenset({"pass", "fail", "fixtures"})
TEST_FILE = "tests.yaml"

#: Resource (plural) names of the core kinds policies usually match; custom kinds come from the catalogue.
CORE_RESOURCES = {
    "Deployment": "deployments",
    "StatefulSet": "statefulsets",
    "DaemonSet": "daemonsets",
    "ReplicaSet": "replicasets",
    "Job": "jobs",
    "CronJob": "cronjobs",
    "Pod": "pods",
    "Service": "services",
    "ServiceAccount": "serviceaccounts",
    "ConfigMap": "configmaps",
    "Secret": "secrets",
    "Namespace": "namespaces",
    "Role": "roles",
    "RoleBinding": "rolebindings",
    "ClusterRole": "clusterroles",
    "ClusterRoleBinding": "clusterrolebindings",
    "HorizontalPodAutoscaler": "horizontalpodautoscalers",
    "PodDisruptionBudget": "poddisruptionbudgets",
    "APIService": "apiservices",
    "CustomResourceDefinition": "customresourcedefinitions",
}
RESOURCES = CORE_RESOURCES | {e.kind: e.crd["spec"]["names"]["plural"] for e in ENTRIES}
#: ``(group, kind) -> (plural, namespaced)`` of the catalogue's CRDs.
CATALOGUE_KINDS = {
    (e.crd["spec"]["group"], e.kind): (e.crd["spec"]["names"]["plural"], e.crd["spec"]["scope"] == "Namespaced")
    for e in ENTRIES
}
#: Kinds a ValidatingAdmissionPolicy never sees (the API server exempts its own admission configuration).
EXEMPT_KINDS = frozenset(
    {
        "ValidatingWebhookConfiguration",
        "MutatingWebhookConfiguration",
        "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding",
    }
)
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
        for p in sorted(root.rglob("*"))
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


@dataclass(frozen=True)
class _Kinds:
    """Plural resource names and scopes of kinds: the checked set's CRDs first, then the catalogue, then built-ins."""

    crds: dict[tuple[str, str], tuple[str, bool]]

    @classmethod
    def of(cls, documents: list[Document]) -> _Kinds:
        crds = {}
        for doc in documents:
            if doc.obj.get("kind") == "CustomResourceDefinition" and str(doc.obj.get("apiVersion", "")).startswith(
                "apiextensions.k8s.io/"
            ):
                spec = doc.obj.get("spec") if isinstance(doc.obj.get("spec"), dict) else {}
                names = spec.get("names") if isinstance(spec.get("names"), dict) else {}
                if (
                    isinstance(spec.get("group"), str)
                    and isinstance(names.get("kind"), str)
                    and isinstance(names.get("plural"), str)
                ):
                    crds[(spec["group"], names["kind"])] = (names["plural"], spec.get("scope") != "Cluster")
        return cls(crds)

    def resource(self, doc: Document, group: str, kind: str) -> tuple[str, bool]:
        """``(plural, namespaced)`` of ``doc``'s kind."""
        known = self.crds.get((group, kind)) or CATALOGUE_KINDS.get((group, kind))
        if known:
            return known
        plural = RESOURCES.get(kind) or f"{kind.lower()}s"
        if (group, kind) in CLUSTER_SCOPED_CORE:
            return plural, False
        if _is_core_kind(str(doc.obj.get("apiVersion", "")), kind):
            return plural, True
        return plural, bool(namespace_of(doc))


def _is_core_kind(api_version: str, kind: str) -> bool:
    """Whether Kubernetes itself defines ``kind`` (its schema ships with the validator)."""
    try:
        return core_schema(KUBERNETES_VERSIONS[-1], api_version, kind) is not None
    except (InfergwError, OSError, ValueError):
        return False


def _matches_rule(rule: dict[str, Any], group: str, version: str, resource: str, name: str, namespaced: bool) -> bool:
    """Kubernetes' NamedRuleWithOperations match of a CREATE of ``resource`` (no subresource) named ``name``."""

    def has(values: list[str] | None, value: str) -> bool:
        return bool(values) and ("*" in values or value in values)

    def resource_matches(pattern: str) -> bool:
        main, _, sub = pattern.partition("/")  # "pods/*" also matches pods itself, as in the API server
        return main in ("*", resource) and sub in ("*", "")

    scope = rule.get("scope") or "*"
    if (scope == "Cluster" and namespaced) or (scope == "Namespaced" and not namespaced):
        return False
    operations = rule.get("operations") or []
    names = rule.get("resourceNames") or []
    return (
        has(rule.get("apiGroups"), group)
        and has(rule.get("apiVersions"), version)
        and any(resource_matches(r) for r in rule.get("resources") or [])
        and ("*" in operations or "CREATE" in operations)
        and (not names or name in names)
    )


def _selector_matches(selector: dict[str, Any] | None, labels: dict[str, str]) -> bool:
    """A policy's objectSelector or namespaceSelector: empty selects everything."""
    return not selector or label_selector_matches(selector, labels) is not False


def _namespace_labels(documents: list[Document]) -> dict[str, dict[str, str]]:
    """The labels of each namespace: its Namespace object's, when in the set, plus the
    ``kubernetes.io/metadata.name`` label the API server gives every namespace."""
    labels: dict[str, dict[str, str]] = {}
    for doc in documents:
        if doc.obj.get("apiVersion") == "v1" and doc.obj.get("kind") == "Namespace" and name_of(doc):
            own = (doc.obj.get("metadata") or {}).get("labels")
            labels[name_of(doc)] = dict(own) if isinstance(own, dict) else {}
    return labels


def _namespace_selected(
    selector: dict[str, Any] | None, doc: Document, namespaced: bool, namespaces: dict[str, dict[str, str]]
) -> bool:
    """Kubernetes' namespaceSelector: a Namespace is matched by its own labels, another cluster-scoped
    object always matches, a namespaced one by its namespace's labels (``default`` when unset)."""
    if not selector:
        return True
    if doc.obj.get("apiVersion") == "v1" and doc.obj.get("kind") == "Namespace":
        namespace = name_of(doc)
    elif not namespaced:
        return True
    else:
        namespace = namespace_of(doc) or "default"
    return _selector_matches(selector, {**namespaces.get(namespace, {}), "kubernetes.io/metadata.name": namespace})


def _admission_applies(policy: Policy, doc: Document, kinds: _Kinds, namespaces: dict[str, dict[str, str]]) -> bool:
    group, _, version = str(doc.obj.get("apiVersion", "")).rpartition("/")
    kind = str(doc.obj.get("kind", ""))
    if group == "admissionregistration.k8s.io" and kind in EXEMPT_KINDS:
        return False
    resource, namespaced = kinds.resource(doc, group, kind)
    name = name_of(doc)
    constraints = policy.spec.get("matchConstraints") or {}
    if not any(
        _matches_rule(r, group, version, resource, name, namespaced) for r in constraints.get("resourceRules") or []
    ):
        return False
    if any(
        _matches_rule(r, group, version, resource, name, namespaced)
        for r in constraints.get("excludeResourceRules") or []
    ):
        return False
    labels = (doc.obj.get("metadata") or {}).get("labels") or {}
    return _selector_matches(constraints.get("objectSelector"), labels) and _namespace_selected(
        constraints.get("namespaceSelector"), doc, namespaced, namespaces
    )


def _set_applies(policy: Policy, doc: Document) -> bool:
    group = str(doc.obj.get("apiVersion", "")).rpartition("/")[0]
    return any(m.get("group", group) == group and doc.obj.get("kind") in m["kinds"] for m in policy.spec["match"])


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
    kinds = _Kinds.of(documents)
    namespaces = _namespace_labels(documents)
    namespace_objects = {
        name_of(d): view
        for d, view in zip(documents, escaped, strict=True)
        if d.obj.get("apiVersion") == "v1" and d.obj.get("kind") == "Namespace"
    }
    for policy in policies.policies:
        for doc, view in zip(documents, escaped, strict=True):
            applies = (
                _admission_applies(policy, doc, kinds, namespaces)
                if policy.kind == "ValidatingAdmissionPolicy"
                else _set_applies(policy, doc)
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
