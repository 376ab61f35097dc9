"""The fast loader equals the exact one: same objects (types included), same findings, same lines.

Over every YAML and JSON file of the repository and the reference material, plus hand-written
cases for each YAML 1.1 rule sigs.k8s.io/yaml applies and each hazard. The exact path is the one
the loader had before the fast path existed (hazard walks, then PyYAML's constructor).
"""

from __future__ import annotations

import itertools
import os
import pickle
from pathlib import Path

import pytest
from infergw.validation import ValidationOptions, validate_documents
from infergw.validation.loader import SUFFIXES, parse

REPO = Path(__file__).resolve().parents[3]
SKIP = {".git", ".venv", "node_modules", ".tools", "dist", "cdk.out"}


def corpus(root: Path) -> list[Path]:
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d not in SKIP]
        found += [Path(folder, n) for n in names if Path(n).suffix in SUFFIXES]
    return sorted(found)


def shape(result):
    documents, findings = result
    # repr keeps types apart (True and 1, 1 and 1.0), which == does not.
    return [(d.source, d.line, repr(d.obj)) for d in documents], findings


def paths_of(value, at=()):
    yield at
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths_of(item, (*at, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths_of(item, (*at, index))


def assert_equivalent(files: list[Path]) -> None:
    fast_documents, exact_documents = [], []
    for path in files:
        data = path.read_bytes()
        fast, exact = parse(str(path), data), parse(str(path), data, exact=True)
        assert shape(fast) == shape(exact), path
        # the line of every value, also after crossing a process boundary without the node trees
        moved = pickle.loads(pickle.dumps([d.without_node() for d in fast[0]]))
        for one, other, third in zip(fast[0], exact[0], moved, strict=True):
            for at in itertools.islice(paths_of(one.obj), 400):  # every path of a manifest; a CRD's first 400
                assert one.line_of(at) == other.line_of(at) == third.line_of(at), (path, at)
        fast_documents += moved
        exact_documents += exact[0]
    assert exact_documents, "no documents in the corpus"
    # every check's findings, with their lines, from both (one run each: references across files too)
    options = ValidationOptions(allow_external_refs=True)
    assert validate_documents(fast_documents, options) == validate_documents(exact_documents, options)


def test_every_file_of_the_repository():
    assert_equivalent(corpus(REPO))


def test_every_file_of_the_reference(reference):
    assert_equivalent(corpus(reference))


CONFIG_MAP = b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n"
CASES = {
    "yaml11_scalars": b"""apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {a: yes, b: no, c: on, d: off, e: 0755, f: 0x1f, g: 1_000, h: 1:30, i: 2001-12-14, j: ~, k: 1e3,
  l: .5, m: True, n: Y, o: "yes", p: 2001-12-14t21:59:43.10-05:00, q: -0, r: +12, s: 0b101, t: 190:20:30.15}
""",
    "keys_of_other_types": CONFIG_MAP + b"data: {1: a, yes: b, ~: c, 1.5: d}\n",
    "merge_keys": b"""apiVersion: v1
kind: ConfigMap
metadata: &m {name: c, labels: {a: b}}
data:
  <<: [{x: '1'}, {y: '2'}]
  z: '3'
extra:
  <<: *m
  name: d
""",
    "inline_merge_without_anchor": CONFIG_MAP + b"data:\n  <<: {a: b}\n  c: d\n",
    "duplicate_key": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  a: b\n  a: c\n",
    "duplicate_as_text": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  1: b\n  '1': c\n",
    "python_tag": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: !!python/name:os.system c}\n",
    "custom_tag": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: !Ref c}\n",
    "binary_tag": b"apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: !!binary aGVsbG8=}\n",
    "infinity": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx: .inf\n",
    "nan": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx: .NaN\n",
    "mapping_key": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n? [a]\n: b\n",
    "alias_bomb": b"a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    + b"".join(
        b"%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c, *%c]\n"
        % ((ord("a") + i + 1,) * 2 + (ord("a") + i,) * 10)
        for i in range(7)
    ),
    "recursive_alias": b"a: &a [*a]\n",
    "deep": b"apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\nx:\n"
    + b"".join(b"  " * i + b"- \n" for i in range(1, 120)),
    "list_kind": b"apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n-\n"
    b"- apiVersion: v1\n  kind: List\n  items:\n"
    b"  - {apiVersion: v1, kind: ConfigMap, metadata: {name: b}, data: {k: 1}}\n",
    "empty_and_scalar_documents": b"---\n---\n42\n---\napiVersion: v1\n",
    "malformed": b"a: [b\n",
    "explicit_tags": b"apiVersion: !!str v1\nkind: ConfigMap\nmetadata: !!map {name: c}\n"
    b"data: {a: !!str 1, b: !!int '2'}\n",
    # The rapidyaml path (loader._rapidyaml_documents) on what JSON alone cannot tell apart.
    "quoted_and_plain_look_alikes": CONFIG_MAP
    + b"data: {a: '80', b: 80, c: \"1.5\", d: 1.5, e: 'true', f: true, g: 'null', h: null, i: '', j: '-0'}\n"
    b"x: [0e0, '0e0', 1e3, '1e3', 1., .5, -.5, '0755', 0755, 0x1F, '1_000', y, 'n', True, 'FALSE', ~, '~']\n",
    "exempt_look_alikes": CONFIG_MAP
    + b"data: {a: '80', b: 80, c: \"1.5\", d: 1.5, e: 'true', f: true, g: 'null', h: null, i: '', j: '-0', k: -0}\n"
    b"x: [1e3, 1.5e+3, 1., .5, -.5, '1Gi', 300s, 2001-12-14, 1:30, '--x', 12345678901234567890]\n",
    "block_scalars_clipped_and_stripped": CONFIG_MAP
    + b"data:\n  a: |\n    one\n\n  b: |-\n    two\n  c: >\n    three\n"
    b"    four\n\n  d: >-\n    five\n\n\n---\n" + CONFIG_MAP + b"data: {e: f}\n",
    "numbers_rapidyaml_rewrites": CONFIG_MAP
    + b"x: [inf, nan, '.inf', 1e400, +1, 01.5, 00, 0.50, 12345678901234567890]\n",
    "nan_word": CONFIG_MAP + b"x: [NaN, Infinity]\n",
    "rewritten_beside_quoted": CONFIG_MAP + b"x: .NaN\ny: '.nan'\nz: inf\nw: \".inf\"\n",
    "block_scalar_at_the_end_without_a_line_break": CONFIG_MAP + b"data:\n  a: |\n    one\n    two",
    "block_scalars": CONFIG_MAP + b"data:\n  a: |\n    one\n\n  b: |-\n    two\n  c: >\n    three\n    four\n\n"
    b"  d: |+\n    kept\n\n  e: |2\n      indented\n---\nnext: |\n  x\n\n\n",
    "undefined_alias": CONFIG_MAP + b"data: {a: *x}\n",
    "nested_duplicate_key": CONFIG_MAP + b"data:\n  a: '1'\n  b: {c: d, c: e}\n",
    "quoted_merge_key": CONFIG_MAP + b"data: {'<<': a, b: '<<'}\n",
    "separators_and_comments": b"# head\n\n---\n# one\napiVersion: v1 # c\nkind: ConfigMap\n"
    b"metadata: {name: a}\n--- # two\n\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n",
    "trailing_separator": CONFIG_MAP + b"---\n",
    "empty_document_between": CONFIG_MAP + b"---\n---\n" + CONFIG_MAP,
    "document_end_marker": CONFIG_MAP + b"...\n---\n" + CONFIG_MAP,
    "indented_document": b"  apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: c}\n",
    "flow_document": b"{apiVersion: v1, kind: ConfigMap, metadata: {name: c}}\n",
    "quotes_inside_strings": CONFIG_MAP + b'data: {a: \'say "yes" 1\', b: \'"80"\', c: \'[{"k": "v"}]\', d: "it\'s"}\n',
    "multi_line_scalars": CONFIG_MAP + b"data:\n  a: one\n    two\n  b: 'three\n\n    four'\n  c: \"five\n    six\"\n",
    "separator_like_text": CONFIG_MAP + b"data:\n  a: |\n    ---\n  b: ----\n----: c\n",
    "missing_kind": b"apiVersion: v1\nmetadata: {name: c}\n---\nkind: ConfigMap\n",
    "scalar_and_list_documents": b"just text\n---\n- a\n- b\n",
    "crlf": CONFIG_MAP.replace(b"\n", b"\r\n"),
    "unicode": CONFIG_MAP + "data: {a: caf\u00e9}\n".encode(),
    "deep_flow": CONFIG_MAP + b"x: " + b"[" * 98 + b"]" * 98 + b"\n",
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_yaml_rule_and_hazard(case, tmp_path):
    path = tmp_path / f"{case}.yaml"
    path.write_bytes(CASES[case])
    assert_equivalent_or_no_documents(path)


def assert_equivalent_or_no_documents(path: Path) -> None:
    data = path.read_bytes()
    fast, exact = parse(str(path), data), parse(str(path), data, exact=True)
    assert shape(fast) == shape(exact)
    options = ValidationOptions(allow_external_refs=True)
    assert validate_documents(fast[0], options) == validate_documents(exact[0], options)


def test_yaml11_values_are_what_the_api_server_receives(tmp_path):
    # goyaml.v2's resolution (sigs.k8s.io/yaml, what kubectl sends), not PyYAML's YAML 1.1 one:
    # y/Y/n/N are booleans, 1e3 is a float, base-60 numbers stay text, 0o17 is octal.
    (doc,), findings = parse("s.yaml", CASES["yaml11_scalars"])
    assert findings == []
    data = doc.obj["data"]
    assert [data[k] for k in "abcdn"] == [True, False, True, False, True]
    assert (data["e"], data["f"], data["g"], data["h"], data["t"]) == (493, 31, 1000, "1:30", "190:20:30.15")
    assert (data["i"], data["j"], data["k"], data["l"], data["o"]) == ("2001-12-14", None, 1000.0, 0.5, "yes")
    assert (data["q"], data["r"], data["s"]) == (0, 12, 5)
    assert all(type(data[k]) is bool for k in "abcdmn")
    assert type(data["k"]) is float


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (b"0o17", 15),
        (b"08", 8.0),  # not octal, but a YAML-style float for goyaml.v2
        (b"-0b101", -5),
        (b"1.0e3", 1000.0),
        (b"99999999999999999999999", 99999999999999999999999),
        (b".", "."),
        (b"=", "="),
        (b"0x_1F", 31),
        (b"1__0", 10),
        (b"+", "+"),
        (b"0b", "0b"),
        (b"1e400", "1e400"),  # out of float64's range: text
    ],
)
def test_numbers_as_goyaml_v2_resolves_them(text, value):
    (doc,), findings = parse("n.yaml", CONFIG_MAP + b"x: " + text + b"\n")
    assert (findings, doc.obj["x"], type(doc.obj["x"])) == ([], value, type(value))
    (exact,), _ = parse("n.yaml", CONFIG_MAP + b"x: " + text + b"\n", exact=True)
    assert repr(exact.obj) == repr(doc.obj)


def test_most_manifests_take_the_rapidyaml_path():
    # The equivalence above would hold trivially if every file fell back to libyaml.
    from infergw.validation.loader import SourceText, _rapidyaml_documents

    def taken(text: str) -> bool:
        return _rapidyaml_documents("x.yaml", text, SourceText(text)) is not None

    files = [p.read_text(encoding="utf-8") for p in corpus(REPO) if p.suffix == ".yaml"]
    files = [text for text in files if "&" not in text]
    assert sum(map(taken, files)) > 0.7 * len(files)
    on_the_path = {
        "exempt_look_alikes",
        "block_scalars_clipped_and_stripped",
        "separators_and_comments",
        "quotes_inside_strings",
        "multi_line_scalars",
        "missing_kind",
        "keys_of_other_types",
        "nan_word",
        "quoted_merge_key",
    }
    assert {
        case
        for case in CASES
        if "&" not in CASES[case].decode("utf-8", "replace") and taken(CASES[case].decode("utf-8", "replace"))
    } == on_the_path
