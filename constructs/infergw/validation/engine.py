"""Checking objects: schema (with defaults), CEL rules, list semantics, names, duplicates, references."""

from __future__ import annotations

import contextlib
import gc
import marshal
import multiprocessing
import os
import re
import signal
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from infergw.catalogue import INFERENCE_RELEASES, MANAGED_PROMETHEUS_RELEASES
from infergw.errors import ConfigError
from infergw.validation.apiserver import metadata_problems, port_problems
from infergw.validation.cel import Rule, evaluate_rules
from infergw.validation.collectors import check_metric_collection
from infergw.validation.corekinds import core_problems
from infergw.validation.defaults import prepared, with_core_defaults
from infergw.validation.findings import Finding, Severity
from infergw.validation.loader import Document, InputError, iter_files, load_paths, parse, read_source
from infergw.validation.model_routing import check_model_routing
from infergw.validation.references import Index, check_references, format_path, group_of, name_of, namespace_of
from infergw.validation.schemas import KindSchema, SchemaSet, UnknownKind
from infergw.validation.structural import Plan, cel_view, duplicate_in_list

_FIELD_PATH_PART = re.compile(r"\.?([A-Za-z0-9_-]+)|\[(\d+)\]|\[['\"]([^'\"]*)['\"]\]")


@dataclass(frozen=True)
class ValidationOptions:
    """What a validation run checks against.

    :param kubernetes_version: minor version of the core schemas, ``1.33`` to ``1.37``. default: 1.34
    :param inference_release: inference-extension release whose CRDs check pools and objectives.
        default: the newest supported
    :param gateway_release: Gateway API release (v1.3.0, v1.4.0, v1.4.1, v1.5.1, v1.6.1). default: the
        one the newest GKE version infergw knows installs
    :param inferencepool_crd: release whose v1 InferencePool CRD checks v1 pools, when the cluster
        has its own (GKE's). default: ``inference_release``'s
    :param managed_prometheus_release: Managed Service for Prometheus CRDs (v0.15.3 or v0.17.2).
        default: the newest supported
    :param extra_crds: CRD objects that add kinds or replace catalogue ones. default: none
    :param allow_external_refs: report references to objects outside the set as warnings.
        default: False (errors)
    :param verbose: also report notes, such as transition rules skipped because objects are new.
        default: False
    :param healthcheck_crd: which HealthCheckPolicy CRD generation the cluster runs, for health checks
        without ``portSpecification``: ``unguarded`` (gke-gateway-api's current CRD: its port rules read
        the field unguarded, so the server refuses them: one error), ``guarded`` (GKE 1.33's CRD, whose
        ``has()`` guards accept them: no finding). default: None (not known: one warning)
    """

    kubernetes_version: str = "1.34"
    inference_release: str = INFERENCE_RELEASES[-1]
    gateway_release: str | None = None
    managed_prometheus_release: str = MANAGED_PROMETHEUS_RELEASES[-1]
    inferencepool_crd: str | None = None
    extra_crds: tuple[dict[str, Any], ...] = ()
    allow_external_refs: bool = False
    verbose: bool = False
    healthcheck_crd: str | None = None


HEALTHCHECK_CRDS = ("guarded", "unguarded")
#: Kinds whose CRD generations differ in guarding a rule's field with has(): (group, kind) -> field.
#: A node without the field gets one finding instead of the rules' several (see ``healthcheck_crd``).
GUARDED_FIELDS = {("networking.gke.io", "HealthCheckPolicy"): "portSpecification"}
#: The value to set for each port field present on a health check without portSpecification.
_PORT_SPECIFICATION_FIX = (("port", "USE_FIXED_PORT"), ("portName", "USE_NAMED_PORT"))


@dataclass
class _Context:
    doc: Document
    verbose: bool = False
    findings: list[Finding] = field(default_factory=list)
    healthcheck_crd: str | None = None
    guarded_field: str | None = None

    def add(self, path: Sequence[str | int], message: str, rule: str, severity: Severity = "error") -> None:
        doc = self.doc
        self.findings.append(
            Finding(
                doc.source,
                doc.line_of(path),
                str(doc.obj.get("kind", "")),
                namespace_of(doc),
                name_of(doc),
                format_path(tuple(path)),
                message,
                rule,
                severity,
            )
        )


def _run_plan(
    ctx: _Context | _Recorder,
    plan: Plan,
    value: Any,
    path: tuple[str | int, ...],
    failed: frozenset[tuple[str | int, ...]],
    forms: Mapping[str, bytes] | None = None,
) -> None:
    """Rules and list types of ``plan`` on ``value`` and below. A rule that cannot be evaluated is
    not reported where the schema already failed inside its node (``failed``: schema error paths):
    the schema finding says what is wrong. ``forms``: at the root, the ``marshal`` forms of the
    object's fields before defaulting (``defaults.prepared``), which also identify them after it."""
    if value is None:
        return
    if isinstance(value, dict):
        remembered = not path and not failed  # an object without schema errors: its fields' findings memoised
        for name, child in plan.properties.items():
            if name in value:
                if remembered:
                    _run_remembered(ctx, child, value[name], (name,), forms.get(name) if forms else None)
                else:
                    _run_plan(ctx, child, value[name], (*path, name), failed)
        if plan.additional is not None:
            for key, item in value.items():
                _run_plan(ctx, plan.additional, item, (*path, key), failed)
    elif isinstance(value, list):
        if plan.items is not None:
            for index, item in enumerate(value):
                _run_plan(ctx, plan.items, item, (*path, index), failed)
        if plan.list_type:
            duplicate = duplicate_in_list(plan, value)
            if duplicate:
                ctx.add(path, duplicate, "list-type")
    if not plan.rules:
        return
    unguarded = False
    active = []
    guard = ctx.guarded_field
    for rule in plan.rules:
        if guard and isinstance(value, dict) and guard not in value and f"self.{guard}" in rule.rule:
            unguarded = True
            continue
        if rule.transition:
            if ctx.verbose:
                ctx.add(path, f"transition rule skipped for a new object: {rule.rule}", "cel/transition", "info")
            continue
        active.append(rule)
    for rule, (passed, message) in zip(active, _rule_verdicts(plan, active, value, guard), strict=True):
        if passed or (
            message
            and message.startswith("rule could not be evaluated")
            and any(where[: len(path)] == path for where in failed)
        ):
            continue
        where = (*path, *field_path_parts(rule.field_path))
        ctx.add(where, message or rule.rule, "cel")
    if unguarded and ctx.healthcheck_crd != "guarded":
        _report_unguarded(ctx, path, value)


class _Recorder:
    """Takes a document context's place while the findings of one field are recorded, their paths
    relative to the field (see :func:`_run_remembered`)."""

    def __init__(self, ctx: _Context | _Recorder) -> None:
        self.verbose: bool = ctx.verbose
        self.healthcheck_crd: str | None = ctx.healthcheck_crd
        self.guarded_field: str | None = ctx.guarded_field
        self.found: list[tuple[tuple[str | int, ...], str, str, Severity]] = []

    def add(self, path: Sequence[str | int], message: str, rule: str, severity: Severity = "error") -> None:
        self.found.append((tuple(path), message, rule, severity))


def _run_remembered(
    ctx: _Context | _Recorder, plan: Plan, value: Any, path: tuple[str | int, ...], form: bytes | None = None
) -> None:
    """:func:`_run_plan` on a field of an object without schema errors, its findings memoised by the
    field's exact value (as :func:`_rule_verdicts` keys verdicts): what the rules and list types of a
    field find depends on nothing but its value and the run's options, so a field repeated across a
    set (a pool stack's ``spec`` in every namespace) is walked once. ``form``: the field's ``marshal``
    form before defaulting, which determines the defaulted value (kept apart from forms after it)."""
    options = (ctx.verbose, ctx.healthcheck_crd, ctx.guarded_field)
    if form is not None:
        key: tuple[Any, ...] = (*options, "raw", form)
    else:
        try:
            key = (*options, "defaulted", marshal.dumps(value, 2))
        except ValueError:  # not plain data
            _run_plan(ctx, plan, value, path, frozenset())
            return
    found = plan.findings.get(key)
    if found is None:
        recorder = _Recorder(ctx)
        _run_plan(recorder, plan, value, (), frozenset())
        found = recorder.found
        if len(plan.findings) >= VERDICTS_PER_NODE:
            plan.findings.clear()
        plan.findings[key] = found
    for where, message, rule, severity in found:
        ctx.add((*path, *where), message, rule, severity)


#: Verdicts kept per plan node; past this many distinct values a node starts afresh (bounded memory).
VERDICTS_PER_NODE = 2048


def _rule_verdicts(plan: Plan, active: list[Rule], value: Any, guard: str | None) -> list[tuple[bool, str | None]]:
    """``evaluate_rules`` of the node's active rules on ``value``, memoised by the exact value.

    A rule's verdict and message depend on nothing but the value it judges (``self``; transition
    rules never run), and which rules are active on the node's plan, the guarded field and the
    value. The key is the value's ``marshal`` form: it exists only for plain data (dict, list, str,
    int, float, bool, None, exact types, never subclasses) and reads back as an equal value of the
    same types in the same order, so equal keys mean equal values (``1``, ``1.0`` and ``True`` differ).
    Sets that repeat objects across namespaces or overlays evaluate each distinct value once.
    Rules that read only some fields of an object (``plan.reads``) judge it restricted to them, and
    are remembered by those (a PodMonitoring's rules on ``self.spec``, whatever its metadata)."""
    if plan.reads is not None and type(value) is dict:
        value = {name: item for name, item in value.items() if name in plan.reads}
    try:
        key: tuple[str | None, bytes] | None = (guard, marshal.dumps(value, 2))
    except ValueError:  # not plain data: evaluated every time
        key = None
    if key is not None:
        found = plan.verdicts.get(key)
        if found is not None:
            return found
    verdicts = evaluate_rules(active, cel_view(plan, value))
    if key is not None:
        if len(plan.verdicts) >= VERDICTS_PER_NODE:
            plan.verdicts.clear()
        plan.verdicts[key] = verdicts
    return verdicts


def _report_unguarded(ctx: _Context | _Recorder, path: tuple[str | int, ...], value: dict[str, Any]) -> None:
    """One finding for a health check without portSpecification, where the CRD generations disagree."""
    fix = next((spec for name, spec in _PORT_SPECIFICATION_FIX if name in value), "USE_SERVING_PORT")
    uses = f"{'port ' + str(value['port']) if 'port' in value else 'portName ' + repr(value.get('portName'))}"
    effect = (
        f"GKE 1.33's CRD (has() guards) accepts it, though its rules call USE_SERVING_PORT the default, so {uses} "
        "may not be what is probed"
        if fix != "USE_SERVING_PORT"
        else "GKE 1.33's CRD (has() guards) accepts it"
    )
    if ctx.healthcheck_crd == "unguarded":
        ctx.add(
            path,
            "portSpecification is not set: the HealthCheckPolicy CRD this cluster runs reads it in its port rules "
            f"without a has() guard, so the API server rejects the object; set portSpecification: {fix}",
            "healthcheck/port-specification",
        )
        return
    ctx.add(
        path,
        "portSpecification is not set: gke-gateway-api's current HealthCheckPolicy CRD rejects this (its port rules "
        f"read the field unguarded); {effect}. Set portSpecification: {fix} to be valid on both, or pass "
        "--healthcheck-crd guarded|unguarded to say which CRD the cluster runs",
        "healthcheck/port-specification",
        "warning",
    )


def field_path_parts(field_path: str | None) -> tuple[str | int, ...]:
    """A rule's ``fieldPath`` (``.spec.ports[0]``, ``['a.b']``) as path parts below the rule's node."""
    if not field_path:
        return ()
    parts: list[str | int] = []
    for name, index, quoted in _FIELD_PATH_PART.findall(field_path):
        parts.append(int(index) if index else (name or quoted))
    return tuple(parts)


def check_document(
    doc: Document, schemas: SchemaSet, *, verbose: bool = False, healthcheck_crd: str | None = None
) -> list[Finding]:
    """Findings for one object on its own (no cross-references)."""
    api_version, kind = str(doc.obj["apiVersion"]), str(doc.obj["kind"])
    group = group_of(api_version)
    ctx = _Context(doc, verbose, healthcheck_crd=healthcheck_crd, guarded_field=GUARDED_FIELDS.get((group, kind)))
    try:
        schema: KindSchema = schemas.lookup(api_version, kind)
    except UnknownKind as exc:
        ctx.add((), str(exc), "unknown-kind")
        return ctx.findings
    for path, message, rule in metadata_problems(group, kind, doc.obj, namespaced=schema.namespaced):
        ctx.add(path, message, rule)
    for path, message, rule in port_problems(group, kind, doc.obj):
        ctx.add(path, message, rule)
    if schema.plan is None:  # a built-in kind: the API server's Go-side rules
        for path, message, rule in core_problems(group, kind, doc.obj):
            ctx.add(path, message, rule)
    work = with_core_defaults(group, kind, doc.obj)
    forms: dict[str, bytes] = {}
    if schema.plan is not None:
        work, forms = prepared(schema.openapi, schema.plan, doc.obj)
    try:
        errors = list(schema.validator.iter_errors(work))
    except (ValueError, TypeError) as exc:  # text that is not Unicode, values no JSON document holds
        ctx.add((), f"the object cannot be read as JSON ({exc}); the API server rejects it", "schema")
        return ctx.findings
    for error in errors:
        path = tuple(error.instance_path)
        unexpected = getattr(error.kind, "unexpected", None)
        if unexpected:
            for field_name in unexpected:
                ctx.add(
                    (*path, field_name),
                    f"unknown field {field_name!r}: the API server rejects it (strict field validation); remove it or "
                    "check its spelling",
                    "schema/unknown-field",
                )
        else:
            ctx.add(path, error.message, "schema")
    if schema.plan is not None:
        _run_plan(ctx, schema.plan, work, (), frozenset(tuple(e.instance_path) for e in errors), forms)
    return ctx.findings


def _namespaced(schemas: SchemaSet, doc: Document) -> bool:
    try:
        return schemas.lookup(str(doc.obj["apiVersion"]), str(doc.obj["kind"])).namespaced
    except UnknownKind:
        return True


def _duplicates(documents: Iterable[Document], schemas: SchemaSet) -> list[Finding]:
    """Objects defined twice: same group, kind, name and (for namespaced kinds) namespace."""
    first: dict[tuple[str, str, str, str], Document] = {}
    findings = []
    kinds: dict[tuple[str, str], tuple[str, bool]] = {}  # (apiVersion, kind) -> (group, namespaced)
    for doc in documents:
        api_version, kind = str(doc.obj["apiVersion"]), str(doc.obj["kind"])
        known = kinds.get((api_version, kind))
        if known is None:
            known = kinds[(api_version, kind)] = (group_of(api_version), _namespaced(schemas, doc))
        key = (known[0], kind, namespace_of(doc) if known[1] else "", name_of(doc))
        if key in first:
            seen = first[key]
            findings.append(
                Finding(
                    doc.source,
                    doc.line,
                    key[1],
                    namespace_of(doc),
                    key[3],
                    "",
                    f"duplicate object: the same {key[1]} is also defined at {seen.source}:{seen.line}",
                    "duplicate",
                )
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
        managed_prometheus_release=options.managed_prometheus_release,
        extra_crds=options.extra_crds,
        inferencepool_crd=options.inferencepool_crd,
    )


def _checked_schema_set(options: ValidationOptions) -> SchemaSet:
    if options.healthcheck_crd not in (None, *HEALTHCHECK_CRDS):
        choices = " or ".join(HEALTHCHECK_CRDS)
        raise ConfigError(f"unsupported HealthCheckPolicy CRD generation {options.healthcheck_crd!r}: choose {choices}")
    return schema_set(options)


def validate_documents(documents: list[Document], options: ValidationOptions | None = None) -> list[Finding]:
    """Every check on a set of loaded documents; findings sorted by file and line.

    Raises :class:`~infergw.errors.ConfigError` for an unsupported release or Kubernetes version and
    :class:`~infergw.validation.schemas.CrdError` for a supplied CRD that cannot be used.
    """
    options = options or ValidationOptions()
    schemas = _checked_schema_set(options)
    findings: list[Finding] = []
    with _no_cycle_collection():
        for doc in documents:
            findings += check_document(doc, schemas, verbose=options.verbose, healthcheck_crd=options.healthcheck_crd)
        findings += _set_checks(documents, schemas, options)
    return sorted(findings, key=_order)


def _set_checks(documents: list[Document], schemas: SchemaSet, options: ValidationOptions) -> list[Finding]:
    """The checks over the whole set: duplicates, references and metric collection."""
    index = Index(documents)
    return [
        *_duplicates(documents, schemas),
        *check_references(documents, allow_external=options.allow_external_refs, index=index),
        *check_model_routing(index, allow_external=options.allow_external_refs),
        *check_metric_collection(index),
    ]


def validate_objects(
    items: Iterable[tuple[str, Mapping[str, Any]]], options: ValidationOptions | None = None
) -> list[Finding]:
    """Validate in-memory objects, each with a source label (for example its output file); every
    finding's line is 1. Raises as :func:`validate_documents` does."""
    documents = []
    findings: list[Finding] = []
    for source, obj in items:
        if not isinstance(obj, Mapping) or not all(
            isinstance(obj.get(k), str) and obj.get(k) for k in ("apiVersion", "kind")
        ):
            findings.append(
                Finding(source, 1, "", "", "", "", "not a Kubernetes object: apiVersion and kind are required", "input")
            )
            continue
        documents.append(Document(source, 1, dict(obj)))
    return findings + validate_documents(documents, options)


def validate_paths(paths: Iterable[str], options: ValidationOptions | None = None) -> list[Finding]:
    """Load and validate files, directories (recursively: ``*.yaml``, ``*.yml``, ``*.json``) and
    ``-`` (stdin); unreadable input is a finding, a missing path raises :class:`InputError`."""
    return check_paths(paths, options)[1]


#: Inputs smaller than this are checked in one process (starting workers costs more than it saves).
PARALLEL_MIN_BYTES = 512 * 1024
_WORKER: dict[str, Any] = {}  # the options, schemas and documents a forked worker inherits


def _check_range(bounds: tuple[int, int]) -> list[Finding]:
    """The findings of the documents ``bounds`` delimits (in a worker: the parent's, inherited by fork)."""
    options: ValidationOptions = _WORKER["options"]
    schemas: SchemaSet = _WORKER["schemas"]
    findings: list[Finding] = []
    for doc in _WORKER["documents"][bounds[0] : bounds[1]]:
        findings += check_document(doc, schemas, verbose=options.verbose, healthcheck_crd=options.healthcheck_crd)
    return findings


def _worker_signals() -> None:
    """Workers leave interrupts to the parent, which stops them (no traceback of theirs on stderr)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _jobs(jobs: int | None) -> int:
    if jobs is not None:
        return max(1, jobs)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def check_paths(
    paths: Iterable[str], options: ValidationOptions | None = None, *, jobs: int | None = None
) -> tuple[list[Document], list[Finding]]:
    """Load and validate ``paths`` (as :func:`validate_paths`), in parallel across ``jobs`` processes
    (default: the usable cores) when the input is large; the documents and every finding, sorted by
    file and line, the same whatever the number of processes."""
    options = options or ValidationOptions()
    items = [read_source(item) for item in iter_files(paths)]
    with _no_cycle_collection():
        return _check_items(items, options, _jobs(jobs))


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Loading keeps many small objects alive at once, for which Python's cycle collector would run
    again and again (half the time of a large run) to free nothing: the documents hold no cycles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_items(
    items: list[tuple[str, bytes]], options: ValidationOptions, jobs: int
) -> tuple[list[Document], list[Finding]]:
    documents, findings = [], []
    for source, data in items:
        docs, problems = parse(source, data)
        documents += docs
        findings += problems
    if jobs == 1 or len(documents) < 2 * jobs or sum(len(data) for _, data in items) < PARALLEL_MIN_BYTES:
        return documents, sorted(findings + validate_documents(documents, options), key=_order)
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork here: one process
        return _check_items(items, options, 1)
    # Parsing is quick; the checks are shared out. Workers are forked once the documents are read and
    # every schema they need is compiled, so they inherit both and send back only findings.
    schemas = _checked_schema_set(options)
    for doc in documents:
        with contextlib.suppress(UnknownKind):
            schemas.lookup(str(doc.obj["apiVersion"]), str(doc.obj["kind"]))
    _WORKER.update(options=options, schemas=schemas, documents=documents)
    size = -(-len(documents) // (jobs * 4))  # contiguous ranges, several per process to even out the load
    ranges = [(start, start + size) for start in range(0, len(documents), size)]
    own = max(1, len(ranges) // jobs)  # this process checks the first ranges itself, the workers the rest
    try:
        with context.Pool(jobs - 1, initializer=_worker_signals) as pool:
            theirs = pool.imap(_check_range, ranges[own:])
            for bounds in ranges[:own]:
                findings += _check_range(bounds)
            for problems in theirs:
                findings += problems
    finally:
        _WORKER.clear()
    findings += _set_checks(documents, schemas, options)
    return documents, sorted(findings, key=_order)


def _order(finding: Finding) -> tuple[str, int, str, str, str]:
    return (finding.file, finding.line, finding.path, finding.rule, finding.message)


def load_crds(paths: Iterable[str], kubernetes_version: str = "1.34") -> tuple[dict[str, Any], ...]:
    """The CustomResourceDefinitions under ``paths`` (for :attr:`ValidationOptions.extra_crds`), each
    checked as a CRD object first; :class:`InputError` names the first problem."""
    paths = list(paths)
    if not paths:
        return ()
    documents, problems = load_paths(paths)
    crds = [doc for doc in documents if doc.obj.get("kind") == "CustomResourceDefinition"]
    options = ValidationOptions(kubernetes_version=kubernetes_version)
    problems += [f for f in validate_documents(crds, options) if f.severity == "error"]
    if problems:
        raise InputError(f"--crds: {problems[0].as_text()}")
    if paths and not crds:
        raise InputError(f"--crds {' '.join(paths)}: no CustomResourceDefinition found")
    return tuple(doc.obj for doc in crds)
