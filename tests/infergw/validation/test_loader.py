"""Reading manifests: every hazard is a finding with file and line, in bounded time and memory."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from infergw.validation.loader import MAX_FILE_BYTES, InputError, load_paths, parse

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
    documents, findings = parse("f.yaml", data)
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
    with pytest.raises(InputError, match="nope.yaml: no such file or directory"):
        load_paths(["nope.yaml"])
