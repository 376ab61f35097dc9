"""Rendering is deterministic; writing replaces the tree atomically or not at all."""

from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
import yaml
from infergw import output
from infergw.errors import OutputError
from infergw.output import KUSTOMIZATION, MARKER, canonical, render_tree, write_tree


def cm(name, namespace=None, **data):
    meta = {"name": name} | ({"namespace": namespace} if namespace else {})
    return {"kind": "ConfigMap", "data": data, "metadata": meta, "apiVersion": "v1"}


def test_head_keys_first_and_everything_else_sorted():
    obj = {
        "spec": {"b": 1, "a": {"z": 1, "y": 2}},
        "kind": "K",
        "metadata": {"name": "n"},
        "apiVersion": "v1",
        "data": 1,
    }
    assert list(canonical(obj)) == ["apiVersion", "kind", "metadata", "data", "spec"]
    assert list(canonical(obj)["spec"]) == ["a", "b"]
    assert list(canonical(obj)["spec"]["a"]) == ["y", "z"]


def test_same_objects_in_any_order_give_the_same_bytes():
    a = render_tree({"app": [cm("x", k="1"), cm("y")]})
    b = render_tree({"app": [cm("y"), cm("x", k="1")]})
    assert a == b


def test_file_per_object_and_a_kustomization_per_directory():
    files = render_tree({"app": [cm("x")], "crds": [cm("c")]})
    assert sorted(files) == [
        "app/configmap-x.yaml",
        "app/kustomization.yaml",
        "crds/configmap-c.yaml",
        "crds/kustomization.yaml",
        "kustomization.yaml",
    ]
    assert yaml.safe_load(files[KUSTOMIZATION])["resources"] == ["app", "crds"]
    assert yaml.safe_load(files["app/kustomization.yaml"])["resources"] == ["configmap-x.yaml"]


def test_same_kind_and_name_in_two_namespaces_get_namespaced_file_names():
    files = render_tree({"app": [cm("x", "a"), cm("x", "b"), cm("y", "a")]})
    assert {"app/configmap-a-x.yaml", "app/configmap-b-x.yaml", "app/configmap-y.yaml"} <= set(files)


def test_true_duplicates_are_refused():
    with pytest.raises(ValueError, match=re.escape("would both be written to configmap-x.yaml")):
        render_tree({"app": [cm("x"), cm("x")]})


def test_multiline_strings_are_literal_blocks():
    text = render_tree({"app": [cm("x", conf="a: 1\nb: 2\n")]})["app/configmap-x.yaml"]
    assert "conf: |\n    a: 1\n    b: 2\n" in text
    assert yaml.safe_load(text)["data"]["conf"] == "a: 1\nb: 2\n"


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_replaces_the_whole_tree(tmp_path):
    out = tmp_path / "dist"
    write_tree({"a/old.yaml": "old\n"}, out)
    write_tree({"b/new.yaml": "new\n"}, out)
    assert snapshot(out) == {"b/new.yaml": b"new\n", MARKER: (out / MARKER).read_bytes()}
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]  # no staging or retired dirs left


def test_written_tree_is_readable_by_others(tmp_path):
    out = tmp_path / "dist"
    write_tree({"a.yaml": "x\n"}, out)
    assert out.stat().st_mode & 0o055 == 0o055 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("fail_at", [0, 1, 2])
def test_failure_while_writing_file_k_leaves_previous_tree_intact(tmp_path, monkeypatch, fail_at):
    out = tmp_path / "dist"
    write_tree({"keep.yaml": "previous\n"}, out)
    before = snapshot(out)
    real_write = Path.write_text
    calls = {"n": 0}

    def flaky(self, *args, **kwargs):
        if calls["n"] == fail_at:
            raise OSError(28, "No space left on device")
        calls["n"] += 1
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", flaky)
    with pytest.raises(OSError, match="No space left"):
        write_tree({"a.yaml": "1\n", "b.yaml": "2\n", "c.yaml": "3\n"}, out)
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_failure_during_the_swap_restores_the_previous_tree(tmp_path, monkeypatch):
    out = tmp_path / "dist"
    write_tree({"keep.yaml": "previous\n"}, out)
    before = snapshot(out)
    real_rename = os.rename

    def rename(src, dst):
        if Path(src).name.startswith(".dist.new-"):  # swapping in the new tree fails
            raise OSError(30, "Read-only file system")
        return real_rename(src, dst)

    monkeypatch.setattr(output.os, "rename", rename)
    with pytest.raises(OSError, match="Read-only"):
        write_tree({"new.yaml": "n\n"}, out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_concurrent_writers_serialize_and_one_complete_tree_wins(tmp_path):
    out = tmp_path / "dist"
    trees = [{f"f{i}.yaml": f"{w}\n" for i in range(30)} for w in range(4)]
    errors = []

    def run(files):
        try:
            write_tree(files, out)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(t,)) for t in trees]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    contents = {text for name, text in snapshot(out).items() if name != MARKER}
    assert len(contents) == 1  # never a mix of two writers' files


@pytest.mark.parametrize("setup", ["user files", "git checkout", "plain file"])
def test_a_directory_infergw_did_not_write_is_never_replaced(tmp_path, setup):
    out = tmp_path / "out"
    if setup == "plain file":
        out.write_text("notes\n")
    else:
        out.mkdir()
        (out / "precious.txt").write_text("mine\n")
        if setup == "git checkout":
            (out / ".git").mkdir()
            (out / KUSTOMIZATION).write_text("resources: []\n")
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    with pytest.raises(OutputError, match=r"^.*out: .*(did not write|not a directory)"):
        write_tree({"a.yaml": "a\n"}, out)
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == before


def test_the_current_directory_and_inputs_are_never_replaced(tmp_path, monkeypatch):
    work = tmp_path / "work"
    write_tree({"a.yaml": "a\n"}, work)  # even a tree infergw wrote
    monkeypatch.chdir(work)
    for outdir in (".", str(tmp_path)):
        with pytest.raises(OutputError, match="current directory"):
            write_tree({"b.yaml": "b\n"}, outdir)
    source = tmp_path / "source"
    source.mkdir()
    for outdir in (source, source / "plan", tmp_path):
        with pytest.raises(OutputError, match=r"(overlaps the input|current directory)"):
            write_tree({"b.yaml": "b\n"}, outdir, protected=[source])
    assert snapshot(work) == {"a.yaml": b"a\n", MARKER: (work / MARKER).read_bytes()}


def test_empty_directories_and_earlier_infergw_trees_are_replaced(tmp_path):
    (tmp_path / "empty").mkdir()
    earlier = tmp_path / "earlier"  # written before the marker existed
    earlier.mkdir()
    (earlier / KUSTOMIZATION).write_text("resources: []\n")
    for out in (tmp_path / "empty", earlier):
        write_tree({"a.yaml": "a\n"}, out)
        assert sorted(p.name for p in out.iterdir()) == [MARKER, "a.yaml"]


def test_a_retired_tree_whose_replacement_never_arrived_is_put_back(tmp_path):
    # A run killed between its two renames leaves the old tree in .out.old-*/tree and no out/.
    write_tree({"a.yaml": "old\n"}, tmp_path / "out")
    retired = tmp_path / ".out.old-k1lled00"
    retired.mkdir()
    os.rename(tmp_path / "out", retired / "tree")
    output.sweep(tmp_path / "out")
    assert (tmp_path / "out" / "a.yaml").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
