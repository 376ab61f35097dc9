"""Synthesis of a cdk8s app into an output tree: one directory per chart, written atomically."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jsii.errors import JSIIError

from infergw.argocd import annotate
from infergw.cdk.chart import Chart
from infergw.cdk.runtime import cdk8s
from infergw.errors import SynthError
from infergw.output import PREREQUISITES, place, render_tree, write_tree
from infergw.validation import Finding, ValidationOptions, validate_objects

#: Findings listed in a synthesis error before "... and N more".
MAX_SHOWN = 20


def collect(app: cdk8s.App) -> dict[str, list[dict[str, Any]]]:
    """The objects of each chart of ``app``, keyed by chart id (the output directory name)."""
    return collect_with_origins(app)[0]


def collect_with_origins(app: cdk8s.App) -> tuple[dict[str, list[dict[str, Any]]], dict[int, object]]:
    """:func:`collect`, and the construct that emitted each infergw object (by ``id`` of the object)."""
    directories: dict[str, list[dict[str, Any]]] = {}
    origins: dict[int, object] = {}
    try:
        for chart in app.charts:
            if isinstance(chart, Chart):
                pairs = chart.objects_with_origins()
                origins.update((id(obj), origin) for obj, origin in pairs if origin is not None)
                directories[chart.node.id] = [obj for obj, _ in pairs]
            else:
                directories[chart.node.id] = list(chart.to_json())
    except JSIIError as exc:
        raise SynthError(f"cdk8s could not synthesize the app: {exc}") from exc
    except RuntimeError as exc:  # a construct validation failed (jsii relays Node's error as RuntimeError)
        message = (
            str(exc)
            .removeprefix("Error: ")
            .replace("Validation failed with the following errors:", "a construct check failed:")
        )
        raise SynthError(f"{message}\nNothing was written.") from exc
    return directories, origins


def check(
    directories: dict[str, list[dict[str, Any]]],
    options: ValidationOptions,
    origins: Mapping[int, object] | None = None,
) -> None:
    """Validate synthesized objects; raise :class:`SynthError` listing the errors (with the construct
    that emitted each object, when ``origins`` knows it), print warnings."""
    try:
        placed = place(directories)
    except ValueError as exc:  # two objects of one kind and name in a directory
        raise SynthError(
            f"{exc}: the same object is defined twice; give each its own name. Nothing was written."
        ) from None
    findings = validate_objects(placed.items(), options)
    for finding in findings:
        if finding.severity == "warning":
            print(f"warning: {finding.as_text()}", file=sys.stderr)
    origins = origins or {}

    def described(finding: Finding) -> str:
        origin = origins.get(id(placed.get(finding.file)))
        return f"{finding.as_text()} (construct {origin})" if origin is not None else finding.as_text()

    errors = [described(f) for f in findings if f.severity == "error"]
    if errors:
        shown = "\n  ".join(errors[:MAX_SHOWN])
        more = f"\n  ... and {len(errors) - MAX_SHOWN} more" if len(errors) > MAX_SHOWN else ""
        raise SynthError(
            f"the synthesized objects are invalid ({len(errors)} errors); nothing was written:\n  {shown}{more}\n"
            "Fix the construct properties named above (run `infergw validate` on a copy for every finding)."
        )


def render(app: cdk8s.App, validation: ValidationOptions | None = None) -> dict[str, str]:
    """The output tree of ``app`` as ``{relative path: text}``, Argo CD sync annotations included.

    Objects are validated first (``validation``, default: the newest releases, references to
    objects outside the app allowed as warnings); an invalid app raises :class:`SynthError`.
    """
    directories, origins = collect_with_origins(app)
    # One pass over every directory: a custom resource's CRD may live in another directory.
    annotate(obj for objects in directories.values() for obj in objects)
    check(directories, validation or ValidationOptions(allow_external_refs=True), origins)
    return render_tree(directories) | prerequisites(app)


def prerequisites(app: cdk8s.App) -> dict[str, str]:
    """The artefacts that live outside Kubernetes (scripts, JSON), as ``{prerequisites/<name>: text}``."""
    files: dict[str, str] = {}
    for chart in app.charts:
        if isinstance(chart, Chart):
            for name, text in chart.files.items():
                if files.get(f"{PREREQUISITES}/{name}", text) != text:
                    raise SynthError(
                        f"two charts write different prerequisites/{name}; give the constructs distinct names"
                    )
                files[f"{PREREQUISITES}/{name}"] = text
    return files


def synthesize(app: cdk8s.App, outdir: Path | str, validation: ValidationOptions | None = None) -> dict[str, str]:
    """Render ``app`` (validated) and replace ``outdir`` with the result; return the files written."""
    return write(render(app, validation), outdir)


def write(files: dict[str, str], outdir: Path | str) -> dict[str, str]:
    """Replace ``outdir`` with ``files`` atomically; return them."""
    try:
        write_tree(files, outdir)
    except OSError as exc:
        raise SynthError(f"could not write {outdir}: {exc.strerror or exc}; the previous output is unchanged") from exc
    return files
