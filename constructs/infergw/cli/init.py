"""``infergw init DIR``: scaffold a repository that synthesizes and checks its own inference stack."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import resources
from pathlib import Path

from infergw import __version__
from infergw.errors import ConfigError, OutputError

#: Scaffold file -> path in the new repository (GitHub reads workflows from .github/).
RENAMES = {"github": ".github", "gitignore": ".gitignore"}
#: What requirements.txt installs infergw from unless ``--source`` says: no package index serves
#: infergw, so this is a placeholder for the Git repository or wheel your runners can reach.
PLACEHOLDER_SOURCE = f"infergw @ git+https://git.example.com/replace-me/infergw.git@v{__version__}"
#: Suffix of templates stored under another name (so the package never imports them as modules).
TEMPLATE_SUFFIX = ".template"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "init", help="scaffold a repository: cdk8s.yaml, main.py, infergw.yaml, CI workflow, policy/"
    )
    parser.add_argument("directory", metavar="DIR")
    parser.add_argument(
        "--force",
        action="store_true",
        help="write the scaffold over existing files; each one that differs is kept as FILE.orig",
    )
    parser.add_argument(
        "--source",
        metavar="REQUIREMENT",
        default=None,
        help="how CI installs infergw, as a pip requirement: 'infergw @ git+https://.../infergw.git@v0.2.0' "
        "or a wheel's path or URL (default: a placeholder to replace)",
    )
    parser.set_defaults(handler=handle)


def requirements_text(source: str) -> str:
    """requirements.txt of the scaffold: infergw from ``source``, pinned by it."""
    return (
        "# infergw for CI and local runs (`pip install -r requirements.txt`). No package index serves it:\n"
        "# install it from your copy of its Git repository (pin a tag) or from a wheel you publish.\n"
        f"{source}\n"
    )


def scaffold_files(source: str = PLACEHOLDER_SOURCE) -> dict[str, str]:
    """The scaffold's files, ``{relative path: text}``, with requirements.txt installing ``source``."""
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
    files["requirements.txt"] = requirements_text(source)
    return files


def refuse_target(target: Path) -> None:
    """Refuse a directory that is not a repository's own: the home directory, one containing it, the root."""
    resolved = target.expanduser().resolve()
    home = Path.home().resolve()
    if resolved == home or resolved in home.parents or resolved == Path(resolved.anchor):
        raise ConfigError(
            f"{target}: is your home directory, contains it, or is the file-system root; infergw init writes a "
            "repository's files (main.py, infergw.yaml, policy/, .github/) at the top of DIR: give a directory "
            f"of their own, such as {target / 'platform'}"
        )


def _backup_name(path: Path) -> Path:
    """``main.py.orig``, or ``main.py.orig.1``, ... when that exists too."""
    candidate, number = path.with_name(f"{path.name}.orig"), 0
    while candidate.exists() or candidate.is_symlink():
        number += 1
        candidate = path.with_name(f"{path.name}.orig.{number}")
    return candidate


def handle(args: argparse.Namespace) -> int:
    target = Path(args.directory)
    refuse_target(target)
    source = args.source.strip() if args.source is not None else PLACEHOLDER_SOURCE
    if not source or "\n" in source:
        raise ConfigError("--source: give one pip requirement, e.g. 'infergw @ git+https://host/infergw.git@v0.2.0'")
    files = scaffold_files(source)
    existing = [name for name in files if (target / name).exists() or (target / name).is_symlink()]
    if existing and not args.force:
        raise ConfigError(f"{target}: {', '.join(existing)} already exist; use --force to overwrite them")
    created, unchanged, kept = 0, 0, []
    try:
        for name, text in files.items():
            path = target / name
            if name in existing:
                if path.is_file() and not path.is_symlink() and path.read_bytes() == text.encode("utf-8"):
                    unchanged += 1
                    continue
                backup = _backup_name(path)
                os.rename(path, backup)  # the user's version is kept, never overwritten
                kept.append(str(backup.relative_to(target)))
            else:
                created += 1
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot write the scaffold there ({exc.strerror or exc}); give a directory you can write to"
        ) from None
    if kept:
        print(
            f"{target}: replaced {len(kept)} files that differ from the scaffold; your versions are kept beside them "
            f"({', '.join(kept)}): compare and merge them back, then delete the copies",
            file=sys.stderr,
        )
    others = [f"{len(kept)} replaced"] if kept else []
    others += [f"{unchanged} already up to date"] if unchanged else []
    done = f"created {created} files in {target}" + (f" ({', '.join(others)})" if others else "")
    print(f"{done}: edit infergw.yaml, then run `python main.py` and commit dist/")
    if args.source is None:
        print(
            f"warning: {target / 'requirements.txt'} installs infergw from a placeholder ({PLACEHOLDER_SOURCE}), "
            "so CI cannot install it yet: put your Git URL or wheel there, or rerun init with --source",
            file=sys.stderr,
        )
    return 0
