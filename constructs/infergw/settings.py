"""One definition per setting: the props dataclasses of the constructs are the config schema.

A props field declared with :func:`setting` carries its default (the dataclass default), its
documentation and its limits (range, length, grammar). From that one definition come:

* the JSON Schema of the props (:func:`schema_of`), which the config file schema embeds, so an
  editor and ``infergw.yaml`` check the same limits a construct checks;
* the construction-time check of a props instance (:func:`check_props`), which validates the
  instance against the same schema and names the field (``target_ports[1]=0: ...``);
* reading a config document into props (:func:`from_document`), camelCase keys to fields;
* the key table of the documentation (:func:`key_rows`).

Config keys are the field names in lowerCamelCase unless a field names its ``key``. Fields that
hold references to other constructs (``pool``, ``gateway``) are declared ``config=False``: the
config wires them, a user of the library passes them.
"""

from __future__ import annotations

import ast
import dataclasses
import json
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import MISSING, dataclass
from functools import cache
from typing import Any, Literal, TypedDict, TypeVar, Union, cast, get_args, get_origin

import jsonschema_rs

from infergw.errors import PropsError

__all__ = [
    "INT32",
    "PORT",
    "Bounds",
    "Grammar",
    "PropsError",
    "Setting",
    "check_props",
    "document_path",
    "flatten",
    "from_document",
    "in_config_words",
    "key_of",
    "key_rows",
    "problems",
    "schema_of",
    "setting",
    "to_document",
]

T = TypeVar("T")
_META = "infergw"


class Bounds(TypedDict, total=False):
    """Numeric limits shared by several settings, spread into :func:`setting` (``**PORT``)."""

    minimum: float
    maximum: float


#: A TCP port number.
PORT: Bounds = {"minimum": 1, "maximum": 65535}
#: A Kubernetes int32 field.
INT32: Bounds = {"minimum": -(2**31), "maximum": 2**31 - 1}


@dataclass(frozen=True)
class Grammar:
    """A text grammar with the rule a person reads: ``pattern`` (a full-match regex), ``rule``."""

    pattern: str
    rule: str
    max_length: int | None = None

    def problem(self, text: str) -> str | None:
        """Why ``text`` does not follow the grammar, or None."""
        if self.max_length is not None and len(text) > self.max_length:
            return f"{self.rule} (at most {self.max_length} characters)"
        return None if re.fullmatch(self.pattern, text) else self.rule


@dataclass(frozen=True)
class Setting:
    """The metadata of one settings field (see :func:`setting`)."""

    doc: str
    key: str | None = None
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: float | None = None
    min_items: int | None = None
    max_items: int | None = None
    unique: bool = False
    grammar: Grammar | None = None
    items_grammar: Grammar | None = None
    config: bool = True
    flatten: tuple[str, ...] | None = None  # excluded fields, for a flattened nested props field
    example: Any = None
    choices: tuple[Any, ...] | None = None
    min_length: int | None = None
    max_length: int | None = None
    unique_by: str | None = None


def setting(
    default: Any = MISSING,
    *,
    doc: str,
    default_factory: Callable[[], Any] | Any = MISSING,
    key: str | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    unique: bool = False,
    grammar: Grammar | None = None,
    items_grammar: Grammar | None = None,
    config: bool = True,
    example: Any = None,
    choices: Sequence[Any] | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    unique_by: str | None = None,
) -> Any:
    """A dataclass field with its documentation and limits; ``default`` is the one default.

    :param doc: one sentence for the docs and the schema's description
    :param key: the config key. default: the field name in lowerCamelCase
    :param minimum: inclusive lower bound of a number. default: none
    :param maximum: inclusive upper bound of a number. default: none
    :param exclusive_minimum: exclusive lower bound of a number. default: none
    :param min_items: fewest entries of a list. default: none
    :param max_items: most entries of a list. default: none
    :param unique: list entries must differ. default: False
    :param grammar: the grammar of a text value (or of a mapping's keys). default: none
    :param items_grammar: the grammar of each text entry of a list or each mapping value. default: none
    :param config: whether the config file sets it (False for references to constructs). default: True
    :param example: a value for the docs, where the default shows nothing. default: none
    :param choices: the values a text setting (or each entry of a list) may take, where they are
        data rather than a ``Literal`` type (release identifiers, model-server types). default: any
    :param min_length: fewest characters of a text value. default: none
    :param max_length: most characters of a text value. default: none
    :param unique_by: for a list of mappings, the key whose values must differ between entries
        (a listener's ``name``). default: none
    """
    meta = Setting(
        doc=doc,
        key=key,
        minimum=minimum,
        maximum=maximum,
        exclusive_minimum=exclusive_minimum,
        min_items=min_items,
        max_items=max_items,
        unique=unique,
        grammar=grammar,
        items_grammar=items_grammar,
        config=config,
        example=example,
        choices=None if choices is None else tuple(choices),
        min_length=min_length,
        max_length=max_length,
        unique_by=unique_by,
    )
    kwargs: dict[str, Any] = {"metadata": {_META: meta}}
    if default is not MISSING:
        kwargs["default"] = default
    if default_factory is not MISSING:
        kwargs["default_factory"] = default_factory
    return dataclasses.field(**kwargs)


def flatten(*, doc: str, exclude: Sequence[str] = (), default_factory: Callable[[], Any] | None = None) -> Any:
    """A nested props field whose keys sit beside the enclosing object's own keys in the config.

    ``exclude`` names fields of the nested props that the config sets elsewhere (for a pool, the
    release and the namespace come from the top of the file). ``default_factory`` makes the
    nested props optional (its own defaults then apply).
    """
    meta = Setting(doc=doc, flatten=tuple(exclude))
    if default_factory is None:
        return dataclasses.field(metadata={_META: meta})
    return dataclasses.field(default_factory=default_factory, metadata={_META: meta})


# --- field introspection ---------------------------------------------------------------------------


def _meta(f: dataclasses.Field[Any]) -> Setting:
    meta = f.metadata.get(_META)
    return meta if isinstance(meta, Setting) else Setting(doc="")


def key_of(f: dataclasses.Field[Any]) -> str:
    """The config key of field ``f``."""
    meta = _meta(f)
    if meta.key:
        return meta.key
    head, *rest = f.name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(cls) if _meta(f).config)


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default is not MISSING:
        return f.default
    if f.default_factory is not MISSING:
        return f.default_factory()
    return MISSING


def _optional(tp: Any) -> tuple[Any, bool]:
    """``(T, True)`` for ``T | None``, else ``(tp, False)``."""
    if get_origin(tp) in (Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        if len(args) < len(get_args(tp)):
            return (args[0] if len(args) == 1 else Union[tuple(args)]), True  # noqa: UP007
    return tp, False


# --- JSON Schema -------------------------------------------------------------------------------------


def _as_json(value: Any) -> Any:
    """A default or example as it is written in a document."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_document(value)
    if isinstance(value, tuple | list):
        return [_as_json(v) for v in value]
    if isinstance(value, Mapping):
        return {str(k): _as_json(v) for k, v in value.items()}
    return value


def _type_schema(tp: Any, meta: Setting) -> dict[str, Any]:
    tp, nullable = _optional(tp)
    schema = _base_schema(tp, meta)
    if nullable:
        return {"anyOf": [schema, {"type": "null"}]}
    return schema


def _base_schema(tp: Any, meta: Setting) -> dict[str, Any]:
    origin = get_origin(tp)
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return _bounded({"type": "integer"}, meta)
    if tp is float:
        return _bounded({"type": "number"}, meta)
    if tp is str:
        if meta.choices is not None:
            return {"type": "string", "enum": list(meta.choices)}
        schema = _text({"type": "string"}, meta.grammar)
        if meta.min_length is not None:
            schema["minLength"] = meta.min_length
        if meta.max_length is not None:
            schema["maxLength"] = min(meta.max_length, schema.get("maxLength", meta.max_length))
        return schema
    if tp is Any:
        return {}
    if origin is Literal:
        return {"enum": list(get_args(tp))}
    if origin in (Union, types.UnionType):
        return {"anyOf": [_base_schema(a, meta) for a in get_args(tp)]}
    if origin in (tuple, list, Sequence):
        args = get_args(tp)
        item = args[0] if args else Any
        item_meta = Setting(
            doc="",
            grammar=meta.items_grammar,
            minimum=meta.minimum,
            maximum=meta.maximum,
            exclusive_minimum=meta.exclusive_minimum,
            choices=meta.choices,
            min_length=meta.min_length,
            max_length=meta.max_length,
        )
        array: dict[str, Any] = {"type": "array", "items": _type_schema(item, item_meta)}
        if meta.min_items is not None:
            array["minItems"] = meta.min_items
        if meta.max_items is not None:
            array["maxItems"] = meta.max_items
        if meta.unique:
            array["uniqueItems"] = True
        if meta.unique_by is not None:
            array["x-infergw-unique-by"] = meta.unique_by
        return array
    if origin in (dict, Mapping) or tp in (dict, Mapping):
        args = get_args(tp)
        value = args[1] if len(args) == 2 else Any
        schema = {"type": "object"}
        value_schema = _type_schema(value, Setting(doc="", grammar=meta.items_grammar))
        if value_schema:
            schema["additionalProperties"] = value_schema
        if meta.grammar is not None:
            schema["propertyNames"] = _text({}, meta.grammar)
        if meta.max_items is not None:
            schema["maxProperties"] = meta.max_items
        if meta.min_items is not None:
            schema["minProperties"] = meta.min_items
        return schema
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return schema_of(tp)
    raise TypeError(f"no schema for settings type {tp!r}: declare the field config=False or use a plain type")


def _bounded(schema: dict[str, Any], meta: Setting) -> dict[str, Any]:
    for name, value in (
        ("minimum", meta.minimum),
        ("maximum", meta.maximum),
        ("exclusiveMinimum", meta.exclusive_minimum),
    ):
        if value is not None:
            schema[name] = value
    return schema


def _text(schema: dict[str, Any], grammar: Grammar | None) -> dict[str, Any]:
    if grammar is not None:
        schema["pattern"] = f"^(?:{grammar.pattern})$"
        if grammar.max_length is not None:
            schema["maxLength"] = grammar.max_length
        schema["x-infergw-rule"] = grammar.rule
    return schema


def schema_of(cls: type, exclude: Sequence[str] = ()) -> dict[str, Any]:
    """The JSON Schema of props class ``cls`` (config keys, types, limits, defaults, descriptions)."""
    return _schema_of(cls, tuple(exclude))


@cache
def _schema_of(cls: type, exclude: tuple[str, ...]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for f in _fields(cls):
        if f.name in exclude:
            continue
        meta = _meta(f)
        if meta.flatten is not None:
            nested = _schema_of(_hints(cls)[f.name], meta.flatten)
            properties.update(nested["properties"])
            required.extend(nested.get("required", ()))
            continue
        schema = dict(_type_schema(_hints(cls)[f.name], meta))
        if meta.doc:
            schema["description"] = meta.doc
        default = _default(f)
        if default is MISSING:
            required.append(key_of(f))
        elif default is not None:
            schema["default"] = _as_json(default)
        properties[key_of(f)] = schema
    out: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        out["required"] = required
    doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
    if doc:
        out["description"] = doc
    return out


# --- checking ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One schema problem: the path in the document (keys and indexes) and what to do."""

    path: tuple[str | int, ...]
    message: str


@cache
def _validator(schema_json: str) -> Any:
    return jsonschema_rs.validator_for(json.loads(schema_json))


def _node_at(schema: Mapping[str, Any], path: Sequence[str | int], *, unwrap: bool = True) -> Mapping[str, Any]:
    node = schema
    for part in path:
        node = _unwrap(node)
        if isinstance(part, int):
            node = node.get("items", {})
        else:
            properties = node.get("properties", {})
            node = properties[part] if part in properties else node.get("additionalProperties", {})
        if not isinstance(node, Mapping):
            return {}
    return _unwrap(node) if unwrap else node


def _unwrap(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """The non-null branch of a nullable schema."""
    branches = node.get("anyOf")
    if branches and len(branches) == 2 and {"type": "null"} in branches:
        return next(b for b in branches if b != {"type": "null"})
    return node


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


def _entries(count: int) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def describe(node: Mapping[str, Any]) -> str:
    """What a schema node accepts, in words (``a whole number from 1 to 65535``)."""
    if "enum" in node:
        choices = [json.dumps(c) if not isinstance(c, str) else c for c in node["enum"]]
        return f"one of {', '.join(choices)}"
    if "anyOf" in node:
        return " or ".join(describe(b) for b in node["anyOf"])
    kind = node.get("type")
    if kind == "boolean":
        return "true or false"
    if kind in ("integer", "number"):
        noun = "a whole number" if kind == "integer" else "a number"
        low, high, above = node.get("minimum"), node.get("maximum"), node.get("exclusiveMinimum")
        if above is not None:
            return f"{noun} above {_number(above)}" + (f" and at most {_number(high)}" if high is not None else "")
        if low is not None and high is not None:
            return f"{noun} from {_number(low)} to {_number(high)}"
        if low is not None:
            return f"{noun} of at least {_number(low)}"
        if high is not None:
            return f"{noun} of at most {_number(high)}"
        return noun
    if kind == "string":
        rule = node.get("x-infergw-rule")
        if rule:
            return str(rule)
        low, high = node.get("minLength"), node.get("maxLength")
        if low is not None and high is not None:
            return f"text of {low} to {high} characters"
        if high is not None:
            return f"text of at most {high} characters"
        if low is not None:
            return f"text of at least {low} character{'s' if low != 1 else ''}"
        return "text"
    if kind == "array":
        bounds = []
        if "minItems" in node:
            bounds.append(f"at least {_entries(node['minItems'])}")
        if "maxItems" in node:
            bounds.append(f"at most {_entries(node['maxItems'])}")
        if node.get("uniqueItems"):
            bounds.append("all different")
        count = f" ({', '.join(bounds)})" if bounds else ""
        items = node.get("items")
        return f"a list{count} of {describe(items)}" if items else f"a list{count}"
    if kind == "object":
        if "properties" in node:
            return "a mapping with the keys " + ", ".join(node["properties"])
        values = node.get("additionalProperties")
        rule = node.get("propertyNames", {}).get("x-infergw-rule")
        parts = ([f"keys: {rule}"] if rule else []) + ([f"values: {describe(values)}"] if values else [])
        return "a mapping" + (f" ({'; '.join(parts)})" if parts else "")
    return "a value"


def _shown(value: Any) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= 80 else text[:77] + "..."


def _duplicates_by_key(
    schema: Mapping[str, Any], value: Any, path: tuple[str | int, ...]
) -> list[tuple[tuple[str | int, ...], str]]:
    """Entries of lists marked ``x-infergw-unique-by`` that repeat another entry's key."""
    node = _unwrap(schema)
    found: list[tuple[tuple[str | int, ...], str]] = []
    if isinstance(value, list) and isinstance(node.get("items"), Mapping):
        key = node.get("x-infergw-unique-by")
        seen: dict[Any, int] = {}
        for index, item in enumerate(value):
            if key is not None and isinstance(item, Mapping) and key in item:
                name = json.dumps(item[key], sort_keys=True, default=str)
                if name in seen:
                    found.append(
                        ((*path, index, key), f"{_shown(item[key])} is already the {key} of entry [{seen[name]}]")
                    )
                seen.setdefault(name, index)
            found += _duplicates_by_key(node["items"], item, (*path, index))
    elif isinstance(value, Mapping):
        properties = node.get("properties", {})
        for key, item in value.items():
            child = properties.get(key, node.get("additionalProperties"))
            if isinstance(child, Mapping):
                found += _duplicates_by_key(child, item, (*path, key))
    return found


def problems(schema: Mapping[str, Any], document: Any) -> list[Problem]:
    """The problems of ``document`` under ``schema``, one per offending value, in document order."""
    validator = _validator(json.dumps(schema, sort_keys=True))
    found: dict[tuple[str | int, ...], Problem] = {}
    for error in validator.iter_errors(document):
        path = tuple(error.instance_path)
        kind = type(error.kind).__name__
        if kind == "AdditionalProperties":
            allowed = ", ".join(_node_at(schema, path).get("properties", {}))
            for key in error.kind.unexpected:
                found.setdefault((*path, key), Problem((*path, key), f"unknown key; the keys here are: {allowed}"))
            continue
        if kind == "Required":
            key = error.kind.property
            found.setdefault((*path, key), Problem((*path, key), "missing: this key is required"))
            continue
        node = _node_at(schema, path)
        value = error.instance
        raw = _node_at(schema, path, unwrap=False)
        if kind == "AnyOf" and raw is not node and value is not None:  # a nullable value: say what is inside
            for inner in problems(node, value):
                found.setdefault((*path, *inner.path), Problem((*path, *inner.path), inner.message))
            continue
        if kind == "PropertyNames":
            key = error.kind.error.instance
            rule = node.get("propertyNames", {}).get("x-infergw-rule", "a valid key")
            found.setdefault((*path, key), Problem((*path, key), f"the key {key!r} is not {rule}"))
            continue
        if kind == "UniqueItems":
            message = f"the entries must all differ, got {_shown(value)}"
        elif kind in ("MaxItems", "MaxProperties"):
            message = f"at most {_entries(error.kind.limit)} allowed, got {len(value)}"
        elif kind in ("MinItems", "MinProperties"):
            message = f"at least {_entries(error.kind.limit)} needed, got {len(value)}"
        else:
            message = f"expected {describe(node)}, got {_shown(value)}"
        found.setdefault(path, Problem(path, message))
    for path, message in _duplicates_by_key(schema, document, ()):
        found.setdefault(path, Problem(path, message))
    return sorted(
        found.values(), key=lambda p: [str(part).zfill(8) if isinstance(part, int) else part for part in p.path]
    )


# --- documents <-> props -------------------------------------------------------------------------------


def to_document(props: Any) -> dict[str, Any]:
    """``props`` as a config document (camelCase keys; unset optional values left out)."""
    out: dict[str, Any] = {}
    cls = type(props)
    for f in _fields(cls):
        meta = _meta(f)
        value = getattr(props, f.name)
        if meta.flatten is not None:
            nested = to_document(value)
            out.update({k: v for k, v in nested.items() if k not in _keys(type(value), meta.flatten)})
            continue
        if value is None:
            continue
        out[key_of(f)] = _as_json(value)
    return out


def _keys(cls: type, names: Sequence[str]) -> set[str]:
    return {key_of(f) for f in _fields(cls) if f.name in names}


def _field_path(cls: type, path: Sequence[str | int]) -> str:
    """A document path (config keys) as a props path (field names): ``targetPorts[1]`` -> ``target_ports[1]``."""
    out = ""
    current: Any = cls
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            current = _element(current)
            continue
        if get_origin(_optional(current)[0]) in (dict, Mapping):
            out += f"[{part!r}]"
            current = get_args(_optional(current)[0])[-1]
            continue
        name, current = _field_named(current, part)
        out += f".{name}" if out else name
    return out


def _field_named(cls: Any, key: str) -> tuple[str, Any]:
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        for f in _fields(cls):
            meta = _meta(f)
            if meta.flatten is not None:
                inner = _hints(cls)[f.name]
                if key in {key_of(g) for g in _fields(inner)}:
                    name, tp = _field_named(inner, key)
                    return f"{f.name}.{name}", tp
            elif key_of(f) == key:
                return f.name, _optional(_hints(cls)[f.name])[0]
    return key, Any


def _element(tp: Any) -> Any:
    tp = _optional(tp)[0]
    args = get_args(tp)
    return args[0] if args else Any


_FIELD_PART = re.compile(r"\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")


def document_path(cls: type, field_path: str) -> tuple[str | int, ...]:
    """A props path (``image.pull_policy``, ``target_ports[1]``, ``match_labels['app']``) as the
    document path of config keys (``("image", "pullPolicy")``); the inverse of the field names a
    :class:`PropsError` carries. Parts it cannot map are kept as they are."""
    out: list[str | int] = []
    current: Any = cls
    for match in _FIELD_PART.finditer(field_path):
        name, index, quoted = match.groups()
        if index is not None:
            out.append(int(index))
            current = _element(current)
        elif quoted is not None:
            out.append(ast.literal_eval(quoted))
            current = get_args(_optional(current)[0])[-1] if get_args(_optional(current)[0]) else Any
        else:
            key, current = _key_named(current, name)
            if key is not None:
                out.append(key)
    return tuple(out)


def _key_named(cls: Any, name: str) -> tuple[str | None, Any]:
    """The config key of field ``name`` of ``cls`` and its type; None for a flattened field (no key)."""
    cls = _optional(cls)[0]
    if isinstance(cls, type) and dataclasses.is_dataclass(cls):
        for f in _fields(cls):
            meta = _meta(f)
            if f.name == name:
                return (None if meta.flatten is not None else key_of(f)), _optional(_hints(cls)[f.name])[0]
            if meta.flatten is not None:
                inner = _hints(cls)[f.name]
                if name in {g.name for g in _fields(inner)}:
                    return _key_named(inner, name)
    return name, Any


@cache
def _renames(cls: type) -> tuple[tuple[str, str], ...]:
    """Field names of ``cls`` (and of the props it holds) that the config spells differently."""
    found: dict[str, str] = {}
    for f in dataclasses.fields(cls):
        if _meta(f).config and key_of(f) != f.name and "_" in f.name:
            found[f.name] = key_of(f)
        inner = _optional(_hints(cls)[f.name])[0]
        inner = _element(inner) if get_origin(inner) in (tuple, list, Sequence) else inner
        if isinstance(inner, type) and dataclasses.is_dataclass(inner):
            found.update(_renames(inner))
    return tuple(sorted(found.items()))


def in_config_words(cls: type, message: str) -> str:
    """``message`` with the field names of ``cls`` written as config keys (``max_replicas`` -> ``maxReplicas``)."""
    for name, key in _renames(cls):
        message = re.sub(rf"\b{re.escape(name)}\b", key, message)
    return message


def check_props(props: Any) -> None:
    """Check ``props`` against the schema of its class; raise :class:`PropsError` naming the first field."""
    for f in dataclasses.fields(props):
        meta = _meta(f)
        value = getattr(props, f.name)
        if not meta.config and isinstance(value, Sequence) and not isinstance(value, str):
            if meta.min_items is not None and len(value) < meta.min_items:
                raise PropsError(f.name, value, f"at least {_entries(meta.min_items)} needed, got {len(value)}")
            if meta.max_items is not None and len(value) > meta.max_items:
                raise PropsError(f.name, value, f"at most {_entries(meta.max_items)} allowed, got {len(value)}")
    found = problems(schema_of(type(props)), to_document(props))
    if found:
        first = found[0]
        raise PropsError(_field_path(type(props), first.path), _value_at(props, first.path), first.message)


def _value_at(props: Any, path: Sequence[str | int]) -> Any:
    value: Any = to_document(props)
    for part in path:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def from_document(cls: type[T], document: Mapping[str, Any], **context: Any) -> T:
    """Build props ``cls`` from a document already checked against :func:`schema_of` (``cls``).

    ``context`` gives values of fields the document does not hold (excluded or ``config=False``).
    """
    values: dict[str, Any] = {}
    hints = _hints(cast(type, cls))
    for f in dataclasses.fields(cast(type, cls)):
        meta = _meta(f)
        if meta.flatten is not None:
            inner = hints[f.name]
            values[f.name] = from_document(inner, document, **{k: context[k] for k in meta.flatten if k in context})
            continue
        if not meta.config or key_of(f) not in document:
            if f.name in context:
                values[f.name] = context[f.name]
            continue
        raw = document[key_of(f)]
        if raw is None and _default(f) is not MISSING:
            continue
        values[f.name] = _value(hints[f.name], raw)
    return cls(**values)


def _value(tp: Any, raw: Any) -> Any:
    tp, _ = _optional(tp)
    if raw is None:
        return None
    origin = get_origin(tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp) and isinstance(raw, Mapping):
        return from_document(tp, raw)
    if origin in (tuple, list, Sequence) and isinstance(raw, list):
        return tuple(_value(_element(tp), item) for item in raw)
    if origin in (Union, types.UnionType):
        for option in get_args(tp):
            if isinstance(raw, list) and get_origin(option) in (tuple, list, Sequence):
                return _value(option, raw)
            if isinstance(raw, Mapping) and (get_origin(option) in (dict, Mapping) or option in (dict, Mapping)):
                return dict(raw)
        return raw
    if origin in (dict, Mapping) and isinstance(raw, Mapping):
        args = get_args(tp)
        return {k: _value(args[1], v) if len(args) == 2 else v for k, v in raw.items()}
    return raw


# --- documentation -----------------------------------------------------------------------------------


def key_rows(schema: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str, str, str]]:
    """``(key path, accepted values, default, description)`` for every key of ``schema``, depth first."""
    rows: list[tuple[str, str, str, str]] = []
    node = _unwrap(schema)
    required = set(node.get("required", ()))
    for key, child in node.get("properties", {}).items():
        path = f"{prefix}.{key}" if prefix else key
        child_node = _unwrap(child)
        default = "required" if key in required else (json.dumps(child["default"]) if "default" in child else "unset")
        items = child_node.get("items", {}) if child_node.get("type") == "array" else None
        if child_node.get("type") == "object" and "properties" in child_node:
            rows.append((path, "mapping", default, child.get("description", "")))
            rows.extend(key_rows(child_node, path))
        elif items is not None and "properties" in _unwrap(items):
            rows.append((path, "list of mappings", default, child.get("description", "")))
            rows.extend(key_rows(_unwrap(items), f"{path}[]"))
        else:
            rows.append((path, describe(child_node), default, child.get("description", "")))
    return rows
