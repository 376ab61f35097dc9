"""Checking objects: schema (with defaults), CEL rules, list semantics, names, duplicates, references."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from infergw.catalogue import INFERENCE_RELEASES
from infergw.validation.apiserver_rules import apiserver_problems
from infergw.validation.findings import Finding
from infergw.validation.loader import Document, load_paths
from infergw.validation.references import check_references, format_path, group_of, name_of, namespace_of
from infergw.validation.schemas import KindSchema, SchemaSet, UnknownKind
from infergw.validation.structural import Plan, apply_defaults, cel_view, duplicate_in_list

_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
_DNS_1035 = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
#: Kinds whose names the API server checks more strictly than a DNS subdomain.
NAME_RULES = {
    ("", "Service"): (_DNS_1035, 63, "an RFC 1035 label (lower-case letters, digits, '-', starting with a letter)"),
    ("", "Namespace"): (_DNS_LABEL, 63, "an RFC 1123 label (lower-case letters, digits, '-')"),
}
#: Kinds whose names are paths or other free text rather than DNS names.
FREE_NAMES = {("rbac.authorization.k8s.io", "ClusterRole"), ("rbac.authorization.k8s.io", "Role"),
              ("rbac.authorization.k8s.io", "ClusterRoleBinding"), ("rbac.authorization.k8s.io", "RoleBinding")}


@dataclass(frozen=True)
class ValidationOptions:
    """What a validation run checks against.

    :param kubernetes_version: minor version of the core schemas, ``1.33`` or ``1.34``. default: 1.34
    :param inference_release: inference-extension release whose CRDs check pools and objectives.
        default: the newest supported
    :param gateway_release: Gateway API release (v1.3.0 or v1.4.0). default: v1.4.0
    :param extra_crds: CRD objects that add kinds or replace catalogue ones. default: none
    :param allow_external_refs: report references to objects outside the set as warnings.
        default: False (errors)
    :param verbose: also report notes, such as transition rules skipped because objects are new.
        default: False
    """

    kubernetes_version: str = "1.34"
    inference_release: str = INFERENCE_RELEASES[-1]
    gateway_release: str | None = None
    extra_crds: tuple[dict[str, Any], ...] = ()
    allow_external_refs: bool = False
    verbose: bool = False


@dataclass
class _Context:
    doc: Document
    verbose: bool = False
    findings: list[Finding] = field(default_factory=list)

    def add(self, path: Sequence[str | int], message: str, rule: str, severity: str = "error") -> None:
        doc = self.doc
        self.findings.append(
            Finding(doc.source, doc.line_of(path), str(doc.obj.get("kind", "")), namespace_of(doc), name_of(doc),
                    format_path(tuple(path)), message, rule, severity)  # type: ignore[arg-type]
        )


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return value


def _check_name(ctx: _Context, group: str, kind: str) -> None:
    meta = ctx.doc.obj.get("metadata")
    if not isinstance(meta, dict) or not (meta.get("name") or meta.get("generateName")):
        ctx.add(("metadata",), "metadata.name is required", "metadata/name")
        return
    name = meta.get("name")
    if not isinstance(name, str) or (group, kind) in FREE_NAMES:
        return
    pattern, limit, what = NAME_RULES.get((group, kind), (_DNS_SUBDOMAIN, 253, "a DNS subdomain (lower-case letters, digits, '-' and '.')"))
    if len(name) > limit or not pattern.match(name):
        ctx.add(("metadata", "name"), f"name {name!r} must be {what} of at most {limit} characters", "metadata/name")


def _run_plan(ctx: _Context, plan: Plan, value: Any, path: tuple[str | int, ...], schema_failed: bool) -> None:
    if value is None:
        return
    if isinstance(value, dict):
        for name, child in plan.properties.items():
            if name in value:
                _run_plan(ctx, child, value[name], (*path, name), schema_failed)
        if plan.additional is not None:
            for key, item in value.items():
                _run_plan(ctx, plan.additional, item, (*path, key), schema_failed)
    elif isinstance(value, list):
        if plan.items is not None:
            for index, item in enumerate(value):
                _run_plan(ctx, plan.items, item, (*path, index), schema_failed)
        if plan.list_type:
            duplicate = duplicate_in_list(plan, value)
            if duplicate:
                ctx.add(path, duplicate, "list-type")
    if not plan.rules:
        return
    view = cel_view(plan, value)
    for rule in plan.rules:
        if rule.transition:
            if ctx.verbose:
                ctx.add(path, f"transition rule skipped for a new object: {rule.rule}", "cel/transition", "info")
            continue
        passed, message = rule.evaluate(view)
        if passed or (schema_failed and message and message.startswith("rule could not be evaluated")):
            continue
        where = (*path, *_field_path(rule.field_path))
        ctx.add(where, message or rule.rule, "cel")


def _field_path(field_path: str | None) -> tuple[str | int, ...]:
    if not field_path:
        return ()
    return tuple(int(p) if p.isdigit() else p for p in re.findall(r"[A-Za-z0-9_-]+", field_path))


def check_document(doc: Document, schemas: SchemaSet, *, verbose: bool = False) -> list[Finding]:
    """Findings for one object on its own (no cross-references)."""
    ctx = _Context(doc, verbose)
    api_version, kind = str(doc.obj["apiVersion"]), str(doc.obj["kind"])
    group = group_of(api_version)
    try:
        schema: KindSchema = schemas.lookup(api_version, kind)
    except UnknownKind as exc:
        ctx.add((), str(exc), "unknown-kind")
        return ctx.findings
    _check_name(ctx, group, kind)
    for path, message in apiserver_problems(doc.obj):
        ctx.add(path, message, "apiserver")
    work = doc.obj
    if schema.plan is not None:
        work = _copy(doc.obj)
        apply_defaults(schema.plan, work)
    schema_failed = False
    try:
        errors = list(schema.validator.iter_errors(work))
    except UnicodeEncodeError as exc:
        ctx.add((), f"the object contains text that is not valid Unicode ({exc.reason}); the API server rejects it", "schema")
        return ctx.findings
    for error in errors:
        schema_failed = True
        path = tuple(error.instance_path)
        unexpected = getattr(error.kind, "unexpected", None)
        if unexpected:
            for field_name in unexpected:
                ctx.add((*path, field_name), f"unknown field {field_name!r}: the API server rejects it (strict field validation); remove it or check its spelling", "schema/unknown-field")
        else:
            ctx.add(path, error.message, "schema")
    if schema.plan is not None:
        _run_plan(ctx, schema.plan, work, (), schema_failed)
    return ctx.findings


def _duplicates(documents: Iterable[Document]) -> list[Finding]:
    first: dict[tuple[str, str, str, str], Document] = {}
    findings = []
    for doc in documents:
        key = (group_of(str(doc.obj["apiVersion"])), str(doc.obj["kind"]), namespace_of(doc), name_of(doc))
        if key in first:
            seen = first[key]
            findings.append(
                Finding(doc.source, doc.line, key[1], key[2], key[3], "",
                        f"duplicate object: the same {key[1]} is also defined at {seen.source}:{seen.line}", "duplicate")
            )
        else:
            first[key] = doc
    return findings


def schema_set(options: ValidationOptions) -> SchemaSet:
    """The schemas ``options`` select."""
    return SchemaSet(
        options.kubernetes_version,
        inference_release=options.inference_release,
        gateway_release=options.gateway_release,
        extra_crds=options.extra_crds,
    )


def validate_documents(documents: list[Document], options: ValidationOptions | None = None) -> list[Finding]:
    """Every check on a set of loaded documents; findings sorted by file and line."""
    options = options or ValidationOptions()
    schemas = schema_set(options)
    findings: list[Finding] = []
    for doc in documents:
        findings.extend(check_document(doc, schemas, verbose=options.verbose))
    findings.extend(_duplicates(documents))
    findings.extend(check_references(documents, allow_external=options.allow_external_refs))
    return sorted(findings, key=lambda f: (f.file, f.line, f.path, f.rule, f.message))


def validate_objects(
    items: Iterable[tuple[str, Mapping[str, Any]]], options: ValidationOptions | None = None
) -> list[Finding]:
    """Validate in-memory objects, each with a source label (for example its output file)."""
    documents = []
    findings: list[Finding] = []
    for source, obj in items:
        if not isinstance(obj, Mapping) or not all(isinstance(obj.get(k), str) and obj.get(k) for k in ("apiVersion", "kind")):
            findings.append(Finding(source, 1, "", "", "", "", "not a Kubernetes object: apiVersion and kind are required", "input"))
            continue
        documents.append(Document(source, 1, dict(obj)))
    return findings + validate_documents(documents, options)


def validate_paths(paths: Iterable[str], options: ValidationOptions | None = None) -> list[Finding]:
    """Load and validate files, directories (recursively) and ``-`` (stdin)."""
    documents, findings = load_paths(paths)
    return sorted(findings + validate_documents(documents, options), key=lambda f: (f.file, f.line, f.path, f.rule, f.message))
