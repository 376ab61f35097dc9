"""A CRD's ``openAPIV3Schema`` as the API server applies it.

Two products per CRD version:

* :func:`to_json_schema`: a JSON Schema (2020-12) with the API server's strictness added: unknown
  fields are errors unless ``x-kubernetes-preserve-unknown-fields``; ``nullable``,
  ``x-kubernetes-int-or-string``, embedded resources and OpenAPI 3.0's boolean
  ``exclusiveMinimum``/``exclusiveMaximum`` translated; ``metadata`` checked as Kubernetes'
  ObjectMeta.
* :class:`Plan`: what JSON Schema cannot say, as a tree that mirrors the schema but keeps only
  nodes that matter: defaults (applied by :mod:`infergw.validation.defaults` before any rule, as
  the API server does), CEL rules, list types (``map`` keys and ``set`` items unique), and the
  formats CEL sees as typed values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from infergw.validation.cel import Rule, cel_duration, cel_timestamp, compile_rule, escape_property, fields_read
from infergw.validation.findings import Severity

OBJECT_META_REF = "https://kubernetes.io/api/_definitions.json#/$defs/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"

_COPIED = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
    "multipleOf",
    "format",
    "required",
)


def to_json_schema(schema: dict[str, Any], *, root: bool = True) -> dict[str, Any]:
    """Translate an ``openAPIV3Schema`` node (and everything below it) to strict JSON Schema."""
    out: dict[str, Any] = {}
    nullable = bool(schema.get("nullable"))
    int_or_string = bool(schema.get("x-kubernetes-int-or-string"))
    if int_or_string:
        out["type"] = ["integer", "string"] + (["null"] if nullable else [])
    elif "type" in schema:
        out["type"] = [schema["type"], "null"] if nullable else schema["type"]
    for key in _COPIED:
        if key in schema:
            out[key] = schema[key]
    if "enum" in schema:
        out["enum"] = list(schema["enum"]) + ([None] if nullable and None not in schema["enum"] else [])
    for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if schema.get(bound) is True and limit in out:
            out[bound] = out.pop(limit)
    for key in ("allOf", "anyOf", "oneOf"):
        alternatives = schema.get(key)
        if not alternatives or (int_or_string and all(set(a) <= {"type"} for a in alternatives)):
            continue  # controller-gen spells int-or-string as anyOf integer/string too: the type list says it
        out[key] = [to_json_schema(a, root=False) for a in alternatives]
    if "not" in schema:
        out["not"] = to_json_schema(schema["not"], root=False)
    if "items" in schema:
        out["items"] = to_json_schema(schema["items"], root=False)
    properties = {name: to_json_schema(s, root=False) for name, s in schema.get("properties", {}).items()}
    embedded = schema.get("x-kubernetes-embedded-resource")
    if root or embedded:
        properties.setdefault("apiVersion", {"type": "string"})
        properties.setdefault("kind", {"type": "string"})
        crd_meta = properties.get("metadata")
        meta = {"$ref": OBJECT_META_REF}
        # A CRD may constrain metadata further (for example the name's length): both apply.
        properties["metadata"] = (
            {"allOf": [meta, _loose(crd_meta)]} if crd_meta and crd_meta != {"type": "object"} else meta
        )
    if properties:
        out["properties"] = properties
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        out["additionalProperties"] = to_json_schema(additional, root=False)
    elif isinstance(additional, bool):
        out["additionalProperties"] = additional
    elif schema.get("type") == "object" and not schema.get("x-kubernetes-preserve-unknown-fields"):
        out["additionalProperties"] = False
    return out


def _loose(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` without the unknown-field strictness (ObjectMeta's own schema already has it)."""
    schema = dict(schema)
    schema.pop("additionalProperties", None)
    return schema


@dataclass
class Plan:
    """The defaults, rules and list semantics of one schema node and of the nodes below it."""

    defaults: dict[str, Any] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)
    properties: dict[str, Plan] = field(default_factory=dict)
    items: Plan | None = None
    additional: Plan | None = None
    list_type: str | None = None
    map_keys: tuple[str, ...] = ()
    format: str | None = None
    has_properties: bool = False  # an object with named fields (keys escaped for CEL), not a map
    nullable: frozenset[str] = frozenset()  # defaulted properties whose explicit null is kept
    #: The fields of this node its rules read, when that is all they read (``cel.fields_read``).
    reads: frozenset[str] | None = None
    #: Verdicts of this node's rules by the exact value they judged (see ``engine._rule_verdicts``).
    verdicts: dict[tuple[str | None, bytes], list[tuple[bool, str | None]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    #: This node's value once defaulted, by the ``marshal`` form of the value (see ``defaults.prepared``).
    defaulted: dict[bytes, Any] = field(default_factory=dict, compare=False, repr=False)
    #: Findings below this node by the exact value and the run's options (see ``engine._run_remembered``).
    findings: dict[tuple[Any, ...], list[tuple[tuple[str | int, ...], str, str, Severity]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def empty(self) -> bool:
        return not (self.defaults or self.rules or self.properties or self.items or self.additional or self.list_type)

    @property
    def needs_cel_view(self) -> bool:
        """Whether a CEL view of this node differs from the plain value (typed formats, escaped names)."""
        return self.format in ("duration", "date-time") or self.has_properties


def build_plan(schema: dict[str, Any]) -> Plan:
    """Compile the plan for a schema node; CEL rules are compiled here, once."""
    plan = Plan(
        defaults={name: s["default"] for name, s in schema.get("properties", {}).items() if "default" in s},
        nullable=frozenset(
            name for name, s in schema.get("properties", {}).items() if "default" in s and s.get("nullable")
        ),
        rules=[compile_rule(entry) for entry in schema.get("x-kubernetes-validations", [])],
        list_type=schema.get("x-kubernetes-list-type")
        if schema.get("x-kubernetes-list-type") in ("map", "set")
        else None,
        map_keys=tuple(schema.get("x-kubernetes-list-map-keys", ())),
        format=schema.get("format"),
        has_properties=bool(schema.get("properties")),
    )
    plan.reads = fields_read(plan.rules) if plan.rules else None
    for name, sub in schema.get("properties", {}).items():
        child = build_plan(sub)
        if not child.empty or child.needs_cel_view:
            plan.properties[name] = child
    if isinstance(schema.get("items"), dict):
        child = build_plan(schema["items"])
        plan.items = child if not child.empty or child.needs_cel_view else None
    if isinstance(schema.get("additionalProperties"), dict):
        child = build_plan(schema["additionalProperties"])
        plan.additional = child if not child.empty or child.needs_cel_view else None
    return plan


def cel_view(plan: Plan | None, value: Any) -> Any:
    """``value`` as a CEL rule sees it: escaped property names, durations and timestamps typed."""
    if plan is None:
        return value
    if plan.format == "duration" and isinstance(value, str):
        return cel_duration(value) or value
    if plan.format == "date-time" and isinstance(value, str):
        return cel_timestamp(value) or value
    if isinstance(value, dict):
        if plan.has_properties:
            return {escape_property(k): cel_view(plan.properties.get(k), v) for k, v in value.items()}
        if plan.additional is not None:
            return {k: cel_view(plan.additional, v) for k, v in value.items()}
        return value
    if isinstance(value, list) and plan.items is not None:
        return [cel_view(plan.items, v) for v in value]
    return value


def duplicate_in_list(plan: Plan, value: list[Any]) -> str | None:
    """The message for a repeated entry of a ``map`` or ``set`` list, or None."""
    seen: set[str] = set()
    for item in value:
        if plan.list_type == "map" and isinstance(item, dict):
            key = tuple(item.get(k) for k in plan.map_keys)
            marker = json.dumps(key, sort_keys=True, default=str)
            shown = ", ".join(f"{k}={v!r}" for k, v in zip(plan.map_keys, key, strict=True))
        else:
            marker = json.dumps(item, sort_keys=True, default=str)
            shown = repr(item)
        if marker in seen:
            return (
                f"duplicate entry ({shown}): the list's entries must be unique by {', '.join(plan.map_keys) or 'value'}"
            )
        seen.add(marker)
    return None
