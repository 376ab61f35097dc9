"""Reading manifests: every hazard is a finding with file and line, in bounded time and memory."""

from __future__ import annotations

import re
import time
import tracemalloc

import pytest
from infergw.validation.loader import MAX_DEPTH, MAX_FILE_BYTES, InputError, load_paths, parse

CM = b"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"


def only_problem(data: bytes):
    documents, findings = parse("f.yaml", data)
    assert documents == []
    (finding,) = findings
    return finding


def test_multi_document_files_keep_each_documents_line():
    documents, findings = parse("f.yaml", CM + b"---\n" + CM.replace(b"name: a", b"name: b"))
    assert findings == []
    assert [(d.obj["metadata"]["name"], d.line) for d in documents] == [("a", 1), ("b", 6)]


def test_line_of_a_field_path():
    (doc,), _ = parse("f.yaml", CM + b"data:\n  k: v\n  other:\n    - 1\n    - 2\n")
    assert doc.line_of(["data", "other", 1]) == 9
    assert doc.line_of(["data", "missing"]) == 6  # deepest existing part


def test_list_kinds_are_expanded_with_item_lines():
    data = b"apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: a}\n- apiVersion: v1\n  kind: Secret\n  metadata: {name: b}\n"
    documents, _ = parse("f.yaml", data)
    assert [(d.obj["kind"], d.line) for d in documents] == [("ConfigMap", 4), ("Secret", 7)]


def test_duplicate_keys_name_the_second_key():
    finding = only_problem(CM + b"  name: b\n")
    assert (finding.line, finding.rule) == (5, "duplicate-key")
    assert "duplicate key 'name'" in finding.message


def test_malformed_yaml():
    finding = only_problem(b"apiVersion: v1\nkind: [\n")
    assert finding.line == 3 and finding.message.startswith("malformed YAML")


def test_tags_that_would_construct_python_objects_are_refused():
    finding = only_problem(b"apiVersion: v1\nkind: ConfigMap\nx: !!python/object/apply:os.system [ls]\n")
    assert finding.line == 3 and "cannot read YAML value" in finding.message


def test_non_mapping_document_and_missing_kind():
    assert "document is a list" in only_problem(b"- a\n- b\n").message
    finding = only_problem(b"apiVersion: v1\nmetadata: {name: x}\n")
    assert finding.message.startswith("missing kind")


def test_binary_and_non_utf8_input():
    assert only_problem(b"\x89PNG\r\n\x1a\n\x00\x00").message == "binary file: expected YAML or JSON text"
    finding = only_problem(CM + b"data:\n  k: caf\xe9\n")
    assert finding.line == 6 and "not UTF-8" in finding.message


def test_alias_bomb_is_refused_quickly_with_little_memory():
    lines = [b'a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev, cur = chr(96 + i).encode(), chr(97 + i).encode()
        lines.append(cur + b": &" + cur + b" [" + b",".join([b"*" + prev] * 9) + b"]")
    tracemalloc.start()
    started = time.perf_counter()
    finding = only_problem(b"\n".join(lines) + b"\n")
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "YAML aliases expand this document" in finding.message
    assert elapsed < 5 and peak < 50 * 1024 * 1024


def test_oversized_file_is_a_finding_not_a_memory_spike(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as handle:
        handle.write(CM + b"data:\n")
        chunk = b"  k%d: " + b"x" * 1000 + b"\n"
        for i in range(50 * 1024):
            handle.write(chunk.replace(b"%d", str(i).encode()))
    assert big.stat().st_size > 50_000_000
    documents, findings = load_paths([str(big)])
    assert documents == []
    (finding,) = findings
    assert finding.file == str(big) and finding.line == 1
    assert f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB" in finding.message


def test_directories_are_walked_sorted_skipping_kustomizations_and_dot_folders(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "x.yml").write_bytes(CM)
    (tmp_path / "a.json").write_text('{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}}')
    (tmp_path / "kustomization.yaml").write_text("resources: [b]\n")
    (tmp_path / ".git" / "c.yaml").write_bytes(CM)
    (tmp_path / "notes.txt").write_text("x")
    documents, findings = load_paths([str(tmp_path)])
    assert findings == []
    assert [d.obj["kind"] for d in documents] == ["Secret", "ConfigMap"]


def test_missing_path_is_an_input_error():
    with pytest.raises(InputError, match=re.escape("nope.yaml: no such file or directory")):
        load_paths(["nope.yaml"])


def test_deep_flow_nesting_is_refused_before_the_quadratic_parser_runs():
    # PyYAML needs minutes (and then overflows the C stack) on 200,000 nested brackets.
    started = time.perf_counter()
    finding = only_problem(CM + b"data: " + b"[" * 200_000 + b"]" * 200_000 + b"\n")
    assert time.perf_counter() - started < 5
    assert (finding.line, finding.message) == (
        1,
        f"brackets nested deeper than {MAX_DEPTH} levels; Kubernetes manifests never need that",
    )


def test_deep_block_nesting_names_the_line_where_it_goes_too_deep():
    nested = b"".join(b" " * i + b"a:\n" for i in range(MAX_DEPTH + 5))
    finding = only_problem(CM + b"data:\n" + nested)
    assert finding.line == 6 + MAX_DEPTH and "nested deeper than" in finding.message


def test_recursive_alias_is_refused():
    finding = only_problem(CM + b"data: &d {k: *d}\n")
    assert finding.line == 5 and "contains it" in finding.message


def test_values_are_read_as_the_api_server_reads_yaml():
    (doc,), findings = parse("f.yaml", CM + b"data:\n  day: 2024-01-01\n  2024-01-02: x\n  3: y\n  z: !!binary aGk=\n")
    assert findings == []
    # goyaml.v2 reads a plain y as true (and the schema then refuses a boolean in ConfigMap data)
    assert doc.obj["data"] == {"day": "2024-01-01", "2024-01-02": "x", "3": True, "z": "aGk="}


def test_keys_that_become_the_same_text_are_duplicates():
    finding = only_problem(CM + b"data:\n  1: a\n  '1': b\n")
    assert (finding.line, finding.rule) == (7, "duplicate-key")


def test_numbers_json_cannot_carry_are_refused():
    finding = only_problem(CM + b"data:\n  k: .inf\n")
    assert finding.line == 6 and ".inf is not a number JSON can carry" in finding.message


def test_empty_documents_are_skipped():
    documents, findings = parse("f.yaml", b"---\n---\n...\n---\n" + CM + b"---\n")
    assert findings == [] and [d.line for d in documents] == [5]


def test_json_that_yaml_cannot_read_is_read_as_json():
    # YAML has no surrogate-pair escapes; JSON writers use them for characters outside the BMP.
    data = b'{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"k": "\\ud83d\\ude00"}}'
    (doc,), findings = parse("f.json", data)
    assert findings == [] and doc.obj["data"] == {"k": "\U0001f600"}
    finding = parse("f.json", b'{"kind": "ConfigMap",\n "kind": "Secret", "x": "\\ud83d\\ude00"}')[1][0]
    assert (finding.rule, finding.message) == (
        "duplicate-key",
        "duplicate key 'kind': the API server would keep only one of them",
    )
    finding = only_problem(b'{"a": "\\ud83d\\ude00",\n "b": }')
    assert finding.message.startswith("malformed YAML")  # a .yaml file is YAML, however JSON-like
    finding = parse("f.json", b'{"a": "\\ud83d\\ude00",\n "b": }')[1][0]
    assert (finding.line, finding.message) == (2, "malformed JSON: Expecting value")


def test_apiversion_and_kind_must_be_strings():
    finding = only_problem(b"apiVersion: 1\nkind: ConfigMap\nmetadata: {name: x}\n")
    assert (finding.kind, finding.name, finding.path) == ("ConfigMap", "x", "apiVersion")
    assert finding.message.startswith("apiVersion must be a non-empty string:")
    assert only_problem(b"metadata: {name: x}\n").message.startswith("missing apiVersion and kind:")


def test_list_items_that_are_not_objects():
    documents, findings = parse(
        "f.yaml", b"apiVersion: v1\nkind: List\nitems:\n- null\n- 3\n- " + CM.replace(b"\n", b"\n  ")
    )
    assert [(f.line, f.message) for f in findings] == [
        (4, "List item 0 is empty, not a Kubernetes object"),
        (5, "document is a int, not a Kubernetes object (a mapping)"),
    ]
    assert [d.line for d in documents] == [6]
