"""The Kubernetes parts of the CEL environment: isURL, escaped names, typed durations, failures."""

from __future__ import annotations

import datetime

import pytest
from infergw.validation.cel import (
    CelCompileError,
    compile_rule,
    escape_property,
    evaluate_rules,
    parse_go_duration,
    parse_openapi_duration,
)
from infergw.validation.structural import build_plan, cel_view


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("http://proxy.example.com:3128", True),
        ("https://[::1]:8443/path", True),
        ("/absolute/path", True),  # ParseRequestURI accepts an absolute path
        ("mailto:someone", True),  # and an opaque URI with a scheme
        ("proxy.example.com:3128", True),  # "proxy.example.com" parses as a scheme
        ("proxy", False),
        ("", False),
        ("http://host name", False),
        ("http://host:port", False),
        ("http://host/%zz", False),
        ("http://host/\x7f", False),
    ],
)
def test_is_url_follows_go_parse_request_uri(text, valid):
    rule = compile_rule({"rule": "isURL(self)", "message": "not a URL"})
    assert rule.evaluate(text) == ((True, None) if valid else (False, "not a URL"))


@pytest.mark.parametrize(
    ("name", "escaped"),
    [
        ("namespace", "__namespace__"),
        ("if", "__if__"),
        ("a.b", "a__dot__b"),
        ("a-b", "a__dash__b"),
        ("a/b", "a__slash__b"),
        ("a__b", "a__underscores__b"),
        ("plain_name", "plain_name"),
    ],
)
def test_property_names_escaped_as_the_api_server_does(name, escaped):
    assert escape_property(name) == escaped


def test_go_durations():
    assert parse_go_duration("1h30m") == datetime.timedelta(minutes=90)
    assert parse_go_duration("1.5s") == datetime.timedelta(seconds=1.5)
    assert parse_go_duration("-300ms") == datetime.timedelta(milliseconds=-300)
    assert parse_go_duration("0") == datetime.timedelta(0)
    assert parse_go_duration("PT30S") is None and parse_go_duration("30") is None


def test_duration_formatted_strings_compare_as_durations():
    schema = {
        "type": "object",
        "properties": {"a": {"type": "string", "format": "duration"}, "b": {"type": "string", "format": "duration"}},
        "x-kubernetes-validations": [{"rule": "self.a < self.b", "message": "a before b"}],
    }
    plan = build_plan(schema)
    (rule,) = plan.rules
    assert rule.evaluate(cel_view(plan, {"a": "5s", "b": "30s"})) == (True, None)  # "5s" > "30s" as text
    assert rule.evaluate(cel_view(plan, {"a": "1m", "b": "30s"})) == (False, "a before b")


def test_an_evaluation_error_fails_the_rule_with_the_reason():
    rule = compile_rule({"rule": "self.missing == 1", "message": "m"})
    passed, message = rule.evaluate({})
    assert not passed and message.startswith("rule could not be evaluated (") and message.endswith("self.missing == 1")


def test_message_expression_and_its_fallback():
    rule = compile_rule({"rule": "self.n < 3", "messageExpression": "'n is ' + string(self.n)", "message": "static"})
    assert rule.evaluate({"n": 5}) == (False, "n is 5")
    broken = compile_rule({"rule": "self.n < 3", "messageExpression": "'n is ' + string(self.m)", "message": "static"})
    assert broken.evaluate({"n": 5}) == (False, "static")


def test_optional_syntax_and_string_extensions():
    assert compile_rule({"rule": "self.?x.orValue(1) < 2"}).evaluate({})[0] is True
    assert compile_rule({"rule": "self.s.split('/').size() == 2"}).evaluate({"s": "a/b"})[0] is True
    assert compile_rule({"rule": "self.s.matches('^a(?i)B$')"}).evaluate({"s": "ab"})[0] is True  # RE2 inline flag


def test_transition_rules_are_marked():
    assert compile_rule({"rule": "self == oldSelf"}).transition
    assert not compile_rule({"rule": "self.oldSelfish == 1"}).transition


def test_functions_outside_the_environment_are_compile_errors_that_say_so():
    with pytest.raises(CelCompileError, match=r"undeclared reference to 'isSorted'.*lists, regex, quantity"):
        compile_rule({"rule": "self.isSorted()"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 seconds", datetime.timedelta(seconds=10)),
        ("1 hour 2 minutes", datetime.timedelta(hours=1, minutes=2)),
        ("1d", datetime.timedelta(days=1)),
        ("3 weeks", datetime.timedelta(weeks=3)),
        ("2 hrs", None),  # "hr" is matched exactly, only "hour" as a prefix
        ("2hr", datetime.timedelta(hours=2)),
        ("500 millis", datetime.timedelta(milliseconds=500)),
        ("1h30m", datetime.timedelta(minutes=90)),  # Go's grammar first
        ("5x", None),
        ("10", None),
        ("PT30S", None),
        ("1.5 hours", None),  # strfmt takes whole numbers only
        ("99999999999999999999s", None),  # beyond time.Duration
    ],
)
def test_openapi_durations(text, expected):
    assert parse_openapi_duration(text) == expected


def test_rules_of_one_node_evaluated_together_give_each_rules_own_verdict():
    rules = [
        compile_rule({"rule": "self.a > 1 // a comment ends with its line", "message": "a too small"}),
        compile_rule({"rule": "self.b == 'x'", "message": "b must be x"}),
        compile_rule({"rule": "has(self.c) ? self.c : true", "message": "c is false"}),
    ]
    for value in ({"a": 2, "b": "x"}, {"a": 0, "b": "x", "c": False}, {"a": 5, "b": "y"}, {"b": "x"}):
        # the last one cannot evaluate self.a: one evaluation fails, so each rule is evaluated alone
        assert evaluate_rules(rules, value) == [rule.evaluate(value) for rule in rules]
    assert [ok for ok, _ in evaluate_rules(rules, {"a": 0, "b": "y"})] == [False, False, True]


@pytest.mark.parametrize(
    ("rule", "fields"),
    [
        ("self.spec.endpoints.all(e, !has(e.tls))", {"spec"}),
        ("has(self.a) && self.b.size() > 0", {"a", "b"}),
        ("self.type == 'HTTP' ? has(self.httpHealthCheck) : true", {"type", "httpHealthCheck"}),
        ("self.all(x, x > 1)", None),  # a macro on self reads all of it
        ("self.size() > 1", None),
        ("self == 0", None),
        ("self.?a.orValue(1)", None),
        ("self.__namespace__ == 'x'", None),  # an escaped name: the raw key is another
        ("self.a.exists(self, self > 1)", None),  # self rebound
        ("self['a'] == 1", None),
        ("'self is ' + self.a", None),  # self in a literal: no answer rather than a wrong one
    ],
)
def test_fields_a_rule_reads(rule, fields):
    from infergw.validation.cel import fields_read

    assert fields_read([compile_rule({"rule": rule})]) == (frozenset(fields) if fields is not None else None)


def test_rules_that_read_some_fields_judge_the_object_restricted_to_them():
    from infergw.validation.engine import _rule_verdicts
    from infergw.validation.structural import Plan

    rule = compile_rule({"rule": "self.spec.a == 1", "messageExpression": "'a is ' + string(self.spec.a)"})
    plan = Plan(rules=[rule], reads=frozenset({"spec"}))
    for name in ("x", "y"):
        obj = {"metadata": {"name": name}, "spec": {"a": 2}}
        assert _rule_verdicts(plan, plan.rules, obj, None) == evaluate_rules([rule], obj) == [(False, "a is 2")]
    assert len(plan.verdicts) == 1  # one value judged, whatever the metadata
