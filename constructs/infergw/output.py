"""Deterministic rendering of manifest directories and their atomic replacement on disk.

Layout of an output tree (``dist/`` by default):

* one directory per chart, named after the chart's id, holding one file per object named
  ``<kind>-<name>.yaml`` (kind lower-cased); when two objects of a directory would share that name
  (same kind and name in different namespaces) both become ``<kind>-<namespace>-<name>.yaml``, and when
  that is still shared (the same kind in two API groups, as a migration phase holds objectives of both
  ``inference.networking.x-k8s.io`` and ``llm-d.ai``) ``<kind>.<group>-<namespace>-<name>.yaml``;
* a ``kustomization.yaml`` in every directory, the root one listing the chart directories, so
  ``kubectl kustomize dist`` yields every object and ``kubectl kustomize dist/<chart>`` one chart;
* ``prerequisites/``: artefacts for outside the cluster (reviewable ``gcloud`` scripts, JSON
  definitions), listed by no kustomization and skipped by ``infergw validate``.

Files are YAML with ``apiVersion``, ``kind``, ``metadata`` first and every other key sorted, so the
same objects always give the same bytes. Writing goes to a temporary sibling directory that is
swapped in with two renames under an exclusive lock; a failure at any point leaves the previous
tree as it was, and temporary trees a killed run left behind are removed by the next one. An output
path that is a symbolic link stays one: the tree it points at is replaced.
"""

from __future__ import annotations

import fcntl
import glob
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from infergw.errors import OutputError

KUSTOMIZATION = "kustomization.yaml"
#: Written at the top of every tree :func:`write_tree` creates; a tree holding it may be replaced.
MARKER = ".infergw-output"
_MARKER_TEXT = "Written by infergw, which replaces this directory as a whole on every run: do not edit it by hand.\n"
#: Top-level files of trees written before the marker existed (synthesized trees, migration plans).
_EARLIER_MARKERS = frozenset({KUSTOMIZATION, "PLAN.md"})
#: Folder of artefacts that are not Kubernetes objects (gcloud scripts, JSON for Google Cloud APIs).
PREREQUISITES = "prerequisites"
_HEAD_KEYS = ("apiVersion", "kind", "metadata")


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe YAML emitter that writes multi-line strings as literal blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


def canonical(obj: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of a Kubernetes object with head keys first and every other mapping key sorted."""

    def sort(value: Any) -> Any:
        if isinstance(value, dict):  # objects are plain dicts and lists (cheaper than an ABC check)
            return {k: sort(value[k]) for k in sorted(value)}
        if isinstance(value, list):
            return [sort(v) for v in value]
        return value

    head = {k: sort(obj[k]) for k in _HEAD_KEYS if k in obj}
    rest = {k: sort(obj[k]) for k in sorted(obj) if k not in _HEAD_KEYS}
    return head | rest


def dump_yaml(documents: Sequence[Any]) -> str:
    """Serialize documents as one YAML stream (``---`` between documents)."""
    return yaml.dump_all(
        documents, Dumper=_Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True, width=1_000_000
    )


def _file_name(obj: Mapping[str, Any], with_namespace: bool, with_group: bool = False) -> str:
    meta = obj.get("metadata", {})
    group = str(obj.get("apiVersion", "")).rpartition("/")[0]
    parts = [str(obj["kind"]).lower() + (f".{group}" if with_group and group else "")]
    if with_namespace and meta.get("namespace"):
        parts.append(meta["namespace"])
    parts.append(meta.get("name", "unnamed"))
    return "-".join(parts) + ".yaml"


def _kustomization(resources: Sequence[str]) -> str:
    return dump_yaml(
        [{"apiVersion": "kustomize.config.k8s.io/v1beta1", "kind": "Kustomization", "resources": list(resources)}]
    )


def place(directories: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, Mapping[str, Any]]:
    """Map each object to its relative output path (see the module docstring for the naming scheme)."""
    placed: dict[str, Mapping[str, Any]] = {}
    for directory, objects in sorted(directories.items()):
        plain = Counter(_file_name(o, with_namespace=False) for o in objects)
        qualified = Counter(_file_name(o, with_namespace=True) for o in objects)
        grouped = {_file_name(o, with_namespace=False) for o in objects if qualified[_file_name(o, True)] > 1}
        for obj in objects:
            short = _file_name(obj, with_namespace=False)
            name = _file_name(obj, with_namespace=plain[short] > 1, with_group=short in grouped)
            if f"{directory}/{name}" in placed:
                raise ValueError(f"two objects in {directory}/ would both be written to {name}")
            placed[f"{directory}/{name}"] = obj
    return placed


def render_tree(directories: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, str]:
    """Map each output directory's objects to ``{relative path: file text}``, kustomizations included."""
    placed = place(directories)
    files = {path: dump_yaml([canonical(obj)]) for path, obj in placed.items()}
    for directory in directories:
        names = sorted(path.rpartition("/")[2] for path in placed if path.rpartition("/")[0] == directory)
        files[f"{directory}/{KUSTOMIZATION}"] = _kustomization(names)
    files[KUSTOMIZATION] = _kustomization(sorted(directories))
    return dict(sorted(files.items()))


@contextmanager
def _locked(directory: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``directory`` itself, so concurrent writers serialize."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def is_output(path: Path | str) -> bool:
    """Whether ``path`` is a directory infergw wrote (it holds :data:`MARKER`)."""
    try:
        return (Path(path) / MARKER).is_file()
    except OSError:  # an unreadable directory: not known to be ours (its reader reports why)
        return False


#: The runbook of a migration output (``infergw migrate``), at its root beside the phase directories.
PLAN = "PLAN.md"


def is_migration(path: Path | str) -> bool:
    """Whether ``path`` is the root of a migration output: a ``PLAN.md`` beside its phase directories,
    which are alternative desired states of the same objects, not one set."""
    path = Path(path)
    try:
        return (path / PLAN).is_file() and (
            is_output(path) or (path / "01-side-by-side").is_dir() or (path / "01-remove-old").is_dir()
        )
    except OSError:  # an unreadable directory: not known to be one (its reader reports why)
        return False


def migration_set(source: str) -> tuple[str, str] | None:
    """``(root, top directory)`` when the file ``source`` lies in a migration output, else None.

    Each top directory of a migration (a phase, ``argocd/``) is a set of its own.
    """
    path = Path(source)
    if not path.is_file():
        return None
    for parent in path.parents:
        if is_migration(parent):
            parts = path.relative_to(parent).parts
            return (str(parent), parts[0] if len(parts) > 1 else "")
        if is_output(parent) or (parent / ".git").exists():
            return None
    return None


def check_replaceable(outdir: Path | str, protected: Sequence[Path | str] = ()) -> None:
    """Raise :class:`OutputError` unless replacing ``outdir`` as a whole can only lose infergw output.

    Refused: the current directory or one containing it, a directory overlapping a ``protected``
    path (an input), something that is not a directory, a Git checkout, and a non-empty directory
    without the marker :data:`MARKER` (or, from before the marker, a top-level kustomization.yaml
    or PLAN.md).
    """
    shown = str(outdir)
    outdir = Path(outdir).resolve()
    cwd = Path.cwd().resolve()
    if outdir == cwd or outdir in cwd.parents:
        raise OutputError(
            f"{shown}: is the current directory or contains it, and would be replaced as a whole; "
            "give a directory of its own, such as dist/"
        )
    for path in protected:
        path = Path(path).resolve()
        if outdir == path or outdir in path.parents or path in outdir.parents:
            raise OutputError(f"{shown}: overlaps the input {path}; write the output to a separate directory")
    if not outdir.exists():
        return
    if not outdir.is_dir():
        raise OutputError(f"{shown}: exists and is not a directory; give a directory path")
    entries = {entry.name for entry in outdir.iterdir()}
    if entries and (".git" in entries or not (MARKER in entries or entries & _EARLIER_MARKERS)):
        raise OutputError(
            f"{shown}: holds files infergw did not write (no {MARKER}), and would be replaced as a whole; "
            "choose a new or empty directory, or empty this one yourself"
        )


def write_tree(files: Mapping[str, str], outdir: Path | str, protected: Sequence[Path | str] = ()) -> None:
    """Replace ``outdir`` with exactly ``files`` (plus :data:`MARKER`); on any failure the old
    ``outdir`` is left intact. :func:`check_replaceable` runs first, with ``protected``."""
    outdir = Path(outdir).absolute()
    if outdir.is_symlink():  # a link to the output (dist -> builds/dist): replace what it points at, keep the link
        outdir = outdir.resolve()
    parent = outdir.parent
    parent.mkdir(parents=True, exist_ok=True)
    with _locked(parent):
        check_replaceable(outdir, protected)
        sweep(outdir)
        staging = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.new-", dir=parent))
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(staging, 0o777 & ~umask)
            for relative, text in sorted({**files, MARKER: _MARKER_TEXT}.items()):
                path = staging / relative
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
            _swap(staging, outdir)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


def sweep(outdir: Path) -> None:
    """Remove the temporary trees an earlier run left beside ``outdir`` (killed with SIGKILL, or the
    machine stopped). Call with the parent's lock held: every writer holds it while its trees exist,
    so any found then are stale. A retired tree whose replacement never arrived is put back first."""
    for stale in sorted(outdir.parent.glob(f".{glob.escape(outdir.name)}.old-*")):
        retired = stale / "tree"
        if retired.is_dir() and not outdir.exists():
            os.rename(retired, outdir)
    for kind in ("new", "old"):
        for stale in sorted(outdir.parent.glob(f".{glob.escape(outdir.name)}.{kind}-*")):
            if stale.is_dir() and not stale.is_symlink():
                shutil.rmtree(stale, ignore_errors=True)


def _swap(staging: Path, outdir: Path) -> None:
    if not outdir.exists():
        os.rename(staging, outdir)
        return
    retired = Path(tempfile.mkdtemp(prefix=f".{outdir.name}.old-", dir=outdir.parent))
    os.rename(outdir, retired / "tree")
    try:
        os.rename(staging, outdir)
    except BaseException:
        os.rename(retired / "tree", outdir)
        raise
    finally:
        shutil.rmtree(retired, ignore_errors=True)
