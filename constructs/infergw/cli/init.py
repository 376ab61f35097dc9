"""``infergw init DIR``: scaffold a repository that synthesizes and checks its own inference stack."""

from __future__ import annotations

import argparse
from importlib import resources
from pathlib import Path

from infergw.errors import ConfigError, OutputError

#: Scaffold file -> path in the new repository (GitHub reads workflows from .github/).
RENAMES = {"github": ".github"}
#: Suffix of templates stored under another name (so the package never imports them as modules).
TEMPLATE_SUFFIX = ".template"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "init", help="scaffold a repository: cdk8s.yaml, main.py, infergw.yaml, CI workflow, policy/"
    )
    parser.add_argument("directory", metavar="DIR")
    parser.add_argument("--force", action="store_true", help="overwrite files that already exist")
    parser.set_defaults(handler=handle)


def scaffold_files() -> dict[str, str]:
    """The scaffold's files, ``{relative path: text}``."""
    from infergw.config.schema import SCHEMA_FILE, schema_text  # here, so other commands start faster

    root = resources.files("infergw").joinpath("scaffold")
    files: dict[str, str] = {}

    def walk(node, prefix: str) -> None:
        for child in sorted(node.iterdir(), key=lambda c: c.name):
            if child.name == "__pycache__":
                continue
            name = RENAMES.get(child.name, child.name) if not prefix else child.name
            if child.is_dir():
                walk(child, f"{prefix}{name}/")
            else:
                files[f"{prefix}{name.removesuffix(TEMPLATE_SUFFIX)}"] = child.read_text(encoding="utf-8")

    walk(root, "")
    files[SCHEMA_FILE] = schema_text()  # what the config's yaml-language-server line points editors at
    return files


def handle(args: argparse.Namespace) -> int:
    target = Path(args.directory)
    files = scaffold_files()
    existing = [name for name in files if (target / name).exists()]
    if existing and not args.force:
        raise ConfigError(f"{target}: {', '.join(existing)} already exist; use --force to overwrite them")
    try:
        for name, text in files.items():
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot write the scaffold there ({exc.strerror or exc}); give a directory you can write to"
        ) from None
    print(f"created {len(files)} files in {target}: edit infergw.yaml, then run `infergw synth` and commit dist/")
    return 0
