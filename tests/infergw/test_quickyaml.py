"""infergw.quickyaml: rapidyaml then JSON, only where that is provably the slower reader's result.

The loader's use (goyaml.v2) is held to the exact path in validation/test_loader_equivalence.py and
the catalogue's (PyYAML) in catalogue/test_catalogue.py; these are the rules between them.
"""

from __future__ import annotations

import pytest
import yaml
from infergw import quickyaml
from infergw.catalogue import _safe_plain_is_text
from infergw.validation.loader import _go_plain_is_text


def go(text):
    return quickyaml.load(text, _go_plain_is_text, keys_as_text=True, exponents=True, max_depth=98)


def safe(text):
    return quickyaml.load(text, _safe_plain_is_text, keys_as_text=False, exponents=False, max_depth=98)


def test_documents_and_their_lines():
    assert go("# c\n---\na: 1\n---\n\nb: '2'\n") == [(3, {"a": 1}), (6, {"b": "2"})]


def test_a_doubtful_string_is_taken_only_when_every_occurrence_is_quoted():
    assert go("a: 'yes'\nb: \"yes\"\n") == [(1, {"a": "yes", "b": "yes"})]
    assert go("a: 'yes'\nb: yes\n") is None  # plain yes is true for goyaml.v2
    assert go("a: 'yes'\nb: 'yes, really'\n") is None  # the word elsewhere: no proof, no quick reading


def test_keys_are_text_for_goyaml_and_resolved_for_pyyaml():
    assert go("1: a\nyes: b\n") == [(1, {"1": "a", "yes": "b"})]
    assert safe("1: a\n") is None  # PyYAML's key would be the integer 1
    assert go("a: {<<: {b: c}}\n") is None  # a merge key


def test_exponents_and_what_json_cannot_carry():
    assert go("a: 1e3\n") == [(1, {"a": 1000.0})]
    assert safe("a: 1e3\n") is None and yaml.safe_load("a: 1e3\n") == {"a": "1e3"}  # YAML 1.1: text
    assert go("a: 1e400\n") is None and go("a: [1, 2]\na: 3\n") is None


def test_text_it_leaves_to_the_caller():
    for text in ("a: b", "a: \tb\n", "a: &x b\nc: *x\n", "a: !t b\n", 'a: "\\u00e9"\n', "- a\n", "a: 1\n---\n"):
        assert go(text) is None, text


def test_rapidyamls_own_error_messages_stay_off_stderr(capfd):
    # rapidyaml prints parse (and emit) errors on file descriptor 2; the caller's reader reports them.
    assert go("a: [b\n") is None and go("a: {[b]: c}\n") is None
    assert go("x: " + "[" * 98 + "]" * 98 + "\n") is None
    assert capfd.readouterr().err == ""


def test_vetted_texts_are_parsed_without_redirecting_stderr(monkeypatch):
    # Synthesis reads the vetted catalogue while cdk8s' jsii thread copies Node's stderr to fd 2.
    monkeypatch.setattr(quickyaml, "_quiet_stderr", lambda: pytest.fail("fd 2 redirected"))
    assert quickyaml.load("a: 1\n", _go_plain_is_text, keys_as_text=True, exponents=True, max_depth=9, vetted=True)
