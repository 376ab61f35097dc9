"""Settings: one definition gives the schema, the construction check, config reading and the docs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

import jsonschema
import pytest
from infergw.errors import PropsError
from infergw.names import NAMESPACE_NAME
from infergw.settings import (
    PORT,
    check_props,
    flatten,
    from_document,
    key_rows,
    problems,
    schema_of,
    setting,
    to_document,
)


@dataclass(frozen=True)
class Inner:
    """An inner object."""

    port: int = setting(8000, **PORT, doc="A port.")
    mode: Literal["a", "b"] | None = setting(None, doc="A mode. default: unset")


@dataclass(frozen=True)
class Outer:
    """An outer object."""

    labels: Mapping[str, str] = setting(max_items=2, doc="Labels (required).")
    namespace: str = setting("default", grammar=NAMESPACE_NAME, doc="A namespace.")
    ports: tuple[int, ...] = setting((8000,), min_items=1, unique=True, **PORT, doc="Ports.")
    inner: Inner = setting(default_factory=Inner, doc="The inner object.")
    repo_url: str | None = setting(None, key="repoURL", doc="A key with its own spelling.")
    ratio: float = setting(0.5, exclusive_minimum=0, maximum=1, doc="A fraction.")


@dataclass(frozen=True)
class Entry:
    """An entry that flattens Outer beside its own name."""

    name: str = setting(doc="The name.")
    outer: Outer = flatten(doc="Outer's keys.", exclude=("namespace",))


def test_schema_has_camel_case_keys_types_limits_defaults_and_descriptions():
    schema = schema_of(Outer)
    assert schema["required"] == ["labels"]
    assert schema["additionalProperties"] is False
    props = schema["properties"]
    assert set(props) == {"labels", "namespace", "ports", "inner", "repoURL", "ratio"}
    assert props["ports"] == {
        "type": "array",
        "items": {"type": "integer", "minimum": 1, "maximum": 65535},
        "minItems": 1,
        "uniqueItems": True,
        "description": "Ports.",
        "default": [8000],
    }
    assert props["namespace"]["pattern"] == f"^(?:{NAMESPACE_NAME.pattern})$"
    assert props["namespace"]["maxLength"] == 63
    assert props["inner"]["properties"]["mode"] == {
        "anyOf": [{"enum": ["a", "b"]}, {"type": "null"}],
        "description": "A mode. default: unset",
    }
    assert props["inner"]["default"] == {"port": 8000}
    assert props["ratio"] == {
        "type": "number",
        "exclusiveMinimum": 0,
        "maximum": 1,
        "description": "A fraction.",
        "default": 0.5,
    }


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(schema_of(Outer))
    jsonschema.Draft202012Validator.check_schema(schema_of(Entry))


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (Outer(labels={}, ports=()), "ports=[]: at least 1 entry needed, got 0"),
        (Outer(labels={"a": "1"}, ports=(1, 1)), "ports=[1, 1]: the entries must all differ, got [1, 1]"),
        (Outer(labels={"a": "1"}, ports=(0,)), "ports[0]=0: expected a whole number from 1 to 65535, got 0"),
        (Outer(labels={"a": "1", "b": "2", "c": "3"}), "labels={'a': '1', 'b': '2', 'c': '3'}: at most 2 entries"),
        (Outer(labels={"a": 1}), "labels['a']=1: expected text, got 1"),  # type: ignore[dict-item]
        (Outer(labels={}, namespace="Prod"), "namespace='Prod': expected a namespace name: lower-case letters"),
        (Outer(labels={}, inner=Inner(port=70000)), "inner.port=70000: expected a whole number from 1 to 65535"),
        (Outer(labels={}, inner=Inner(mode="c")), "inner.mode='c': expected one of a, b, got \"c\""),  # type: ignore[arg-type]
        (Outer(labels={}, ratio=0), "ratio=0: expected a number above 0 and at most 1, got 0"),
        (Outer(labels={}, ratio=True), "ratio=True: expected a number"),  # type: ignore[arg-type]
        (Outer(labels={}, repo_url=5), "repo_url=5: expected text, got 5"),  # type: ignore[arg-type]
    ],
)
def test_check_names_the_field_the_value_and_what_is_expected(props, message):
    with pytest.raises(PropsError) as error:
        check_props(props)
    assert str(error.value).startswith(message)


def test_valid_props_pass():
    check_props(Outer(labels={"app": "x"}, ports=(8000, 8001), inner=Inner(mode="a"), repo_url="https://x"))


def test_document_problems_name_the_config_key_path():
    found = problems(
        schema_of(Entry), {"name": "e", "labels": {}, "prots": [1], "namespace": "x", "inner": {"port": 0}}
    )
    assert [(p.path, p.message) for p in found] == [
        (("inner", "port"), "expected a whole number from 1 to 65535, got 0"),
        (("namespace",), "unknown key; the keys here are: name, labels, ports, inner, repoURL, ratio"),
        (("prots",), "unknown key; the keys here are: name, labels, ports, inner, repoURL, ratio"),
    ]
    missing = problems(schema_of(Entry), {"labels": {"a": "b"}})
    assert [(p.path, p.message) for p in missing] == [(("name",), "missing: this key is required")]


def test_documents_round_trip_through_props_with_context_for_excluded_fields():
    document = {"name": "e", "labels": {"a": "b"}, "ports": [8000, 9000], "inner": {"mode": "b"}, "repoURL": "u"}
    assert problems(schema_of(Entry), document) == []
    entry = from_document(Entry, document, namespace="serving")
    assert entry == Entry(
        "e", Outer(labels={"a": "b"}, namespace="serving", ports=(8000, 9000), inner=Inner(mode="b"), repo_url="u")
    )
    assert to_document(entry.outer) == {
        "labels": {"a": "b"},
        "namespace": "serving",
        "ports": [8000, 9000],
        "inner": {"port": 8000, "mode": "b"},
        "repoURL": "u",
        "ratio": 0.5,
    }


def test_unset_keys_take_the_one_default_and_numbers_keep_how_they_were_written():
    """A threshold written 50 renders as 50, not 50.0 (alert expressions show the number as written)."""
    outer = from_document(Outer, {"labels": {"a": "b"}, "ratio": 1})
    assert outer.ratio == 1 and isinstance(outer.ratio, int)
    assert outer.namespace == "default" and outer.ports == (8000,)


def test_key_rows_document_every_key_with_its_default():
    rows = {row[0]: row[1:] for row in key_rows(schema_of(Entry))}
    assert rows["name"] == ("text", "required", "The name.")
    assert rows["ports"] == (
        "a list (at least 1 entry, all different) of a whole number from 1 to 65535",
        "[8000]",
        "Ports.",
    )
    assert rows["inner"][0] == "mapping"
    assert rows["inner.port"] == ("a whole number from 1 to 65535", "8000", "A port.")
    assert rows["repoURL"][1] == "unset"


@dataclass(frozen=True)
class Named:
    """An entry with a name."""

    name: str = setting(doc="The name.")
    port: int = setting(1, minimum=1, maximum=3, doc="A port.")


@dataclass(frozen=True)
class Holder:
    """Entries unique by name, an optional nested value and a bounded text."""

    entries: tuple[Named, ...] = setting((), unique_by="name", doc="Entries.")
    optional: Named | None = setting(None, doc="An optional entry.")
    short: str = setting("a", max_length=3, doc="Short text.")


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (Holder(entries=(Named("a"), Named("a", 2))), "entries[1].name='a': \"a\" is already the name of entry [0]"),
        (Holder(optional=Named("a", 9)), "optional.port=9: expected a whole number from 1 to 3, got 9"),
        (Holder(short="abcd"), "short='abcd': expected text of at most 3 characters"),
    ],
)
def test_keys_unique_inside_nullable_values_and_text_length(props, message):
    with pytest.raises(PropsError) as error:
        check_props(props)
    assert str(error.value).startswith(message)


def test_a_nested_error_moves_one_level_down():
    error = PropsError("headers[1].name", "X", "use a header name")
    assert str(error.within("rules[0]")) == "rules[0].headers[1].name='X': use a header name"
    assert str(PropsError("[2]", 5, "bad").within("ports")) == "ports[2]=5: bad"
