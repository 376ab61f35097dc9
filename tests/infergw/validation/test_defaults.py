"""Defaulting before rules: nulls dropped as the API server drops them, defaults filled top-down."""

from __future__ import annotations

from infergw.validation.defaults import apply_defaults, pruned_copy
from infergw.validation.structural import build_plan

SCHEMA = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "default": "Service"},
        "note": {"type": "string"},
        "maybe": {"type": "string", "nullable": True},
        "nullableDefault": {"type": "string", "nullable": True, "default": "d"},
        "refs": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"group": {"type": "string", "default": ""}, "name": {"type": "string"}},
            },
        },
        "labels": {"type": "object", "additionalProperties": {"type": "string"}},
        "nested": {
            "type": "object",
            "properties": {"inner": {"type": "object", "properties": {"n": {"type": "integer", "default": 5}}}},
        },
    },
}


def defaulted(value):
    value = pruned_copy(SCHEMA, value)
    apply_defaults(build_plan(SCHEMA), value)
    return value


def test_defaults_fill_missing_fields_top_down_where_the_parent_exists():
    assert defaulted({"refs": [{"name": "a"}, {"name": "b", "group": "g"}], "nested": {"inner": {}}}) == {
        "kind": "Service",
        "nullableDefault": "d",
        "refs": [{"name": "a", "group": ""}, {"name": "b", "group": "g"}],
        "nested": {"inner": {"n": 5}},
    }
    # No parent, no default: nested.inner.n is not created out of nothing.
    assert "nested" not in defaulted({})


def test_explicit_nulls():
    got = defaulted(
        {"kind": None, "note": None, "maybe": None, "nullableDefault": None, "labels": {"a": None}, "refs": [None]}
    )
    # kind: non-nullable with a default -> the default; note, labels.a: dropped; maybe and
    # nullableDefault: nullable, kept as null; list items are not pruned.
    assert got == {"kind": "Service", "maybe": None, "nullableDefault": None, "labels": {}, "refs": [None]}


def test_the_input_is_not_changed():
    original = {"refs": [{"name": "a"}], "note": None}
    defaulted(original)
    assert original == {"refs": [{"name": "a"}], "note": None}


def test_built_in_defaults_fill_required_fields_the_api_server_defaults():
    from infergw.validation.defaults import with_core_defaults

    binding = {"kind": "RoleBinding", "roleRef": {"kind": "Role", "name": "r"}}
    got = with_core_defaults("rbac.authorization.k8s.io", "RoleBinding", binding)
    assert got["roleRef"] == {"kind": "Role", "name": "r", "apiGroup": "rbac.authorization.k8s.io"}
    assert binding["roleRef"] == {"kind": "Role", "name": "r"}  # the input is not changed
    assert with_core_defaults("", "Service", binding) is binding
    assert with_core_defaults("rbac.authorization.k8s.io", "RoleBinding", {"roleRef": "x"}) == {"roleRef": "x"}


def test_defaulted_equals_the_two_steps_and_shares_what_it_does_not_change():
    import collections
    import copy

    from infergw.validation.defaults import defaulted as shared

    plan = build_plan(SCHEMA)
    cases = [
        {},
        {"refs": [{"name": "a"}, {"name": "b", "group": "g"}], "nested": {"inner": {}}},
        {"kind": "Pod", "nullableDefault": "x", "labels": {"a": "b"}, "note": "N"},  # 'N' takes the two steps
        {"kind": None, "note": None, "labels": {"a": None}, "refs": [None]},
        {"labels": collections.OrderedDict(a="b"), "kind": "K", "nullableDefault": "d"},  # not plain data
    ]
    for value in cases:
        before = copy.deepcopy(value)
        got = shared(SCHEMA, plan, value)
        assert got == defaulted(before) and list(got) == list(defaulted(before))
        assert value == before  # the input is not changed
    untouched = {"kind": "K", "nullableDefault": "d", "labels": {"a": "b"}, "nested": {"inner": {"n": 1}}}
    assert shared(SCHEMA, plan, untouched) is untouched
    partly = {"kind": "K", "nullableDefault": "d", "labels": {"a": "b"}, "refs": [{"name": "a"}]}
    got = shared(SCHEMA, plan, partly)
    assert got["refs"] == [{"name": "a", "group": ""}] and got["labels"] is partly["labels"]
    assert type(shared(SCHEMA, plan, cases[4])["labels"]) is dict  # as pruned_copy makes it


def test_prepared_remembers_each_fields_defaulted_value_by_its_exact_form():
    import copy

    from infergw.validation.defaults import prepared

    plan = build_plan(SCHEMA)
    for value in (
        {"refs": [{"name": "a"}], "nested": {"inner": {}}, "labels": {"a": "b"}},
        {"refs": [{"name": "a"}], "nested": {"inner": {}}, "labels": {"a": "b"}},  # remembered this time
        {"refs": [{"name": "a", "group": "g"}], "nested": {"inner": {"n": 1}}},
        {"refs": [{"name": 1}], "nested": {"inner": {"n": True}}},  # 1 and True are not "a" and 1
        {"kind": None, "refs": [{"name": "a"}]},  # a null: the two steps, no forms
    ):
        before = copy.deepcopy(value)
        got, forms = prepared(SCHEMA, plan, value)
        assert repr(got) == repr(defaulted(before)) and value == before
        assert (forms == {}) == (value.get("kind", "") is None)
    untouched = {"kind": "K", "nullableDefault": "d", "labels": {"a": "b"}}
    assert prepared(SCHEMA, plan, untouched)[0] is untouched
