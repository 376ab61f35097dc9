"""Synthesis of a cdk8s app into an output tree: one directory per chart, written atomically."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from infergw.argocd import annotate
from infergw.errors import SynthError
from infergw.output import render_tree, write_tree
from infergw.runtime import cdk8s

try:
    from jsii.errors import JSIIError
except ImportError:  # pragma: no cover - jsii always ships it
    JSIIError = RuntimeError  # type: ignore[misc,assignment]


def collect(app: cdk8s.App) -> dict[str, list[dict[str, Any]]]:
    """The objects of each chart of ``app``, keyed by chart id (the output directory name)."""
    directories: dict[str, list[dict[str, Any]]] = {}
    try:
        for chart in app.charts:
            directories[chart.node.id] = list(chart.to_json())
    except JSIIError as exc:
        raise SynthError(f"cdk8s could not synthesize the app: {exc}") from exc
    return directories


def render(app: cdk8s.App) -> dict[str, str]:
    """The output tree of ``app`` as ``{relative path: text}``, Argo CD sync annotations included."""
    directories = collect(app)
    # One pass over every directory: a custom resource's CRD may live in another directory.
    annotate(obj for objects in directories.values() for obj in objects)
    return render_tree(directories)


def synthesize(app: cdk8s.App, outdir: Path | str) -> dict[str, str]:
    """Render ``app`` and replace ``outdir`` with the result; return the files written."""
    return write(render(app), outdir)


def write(files: dict[str, str], outdir: Path | str) -> dict[str, str]:
    """Replace ``outdir`` with ``files`` atomically; return them."""
    try:
        write_tree(files, outdir)
    except OSError as exc:
        raise SynthError(f"could not write {outdir}: {exc.strerror or exc}; the previous output is unchanged") from exc
    return files
