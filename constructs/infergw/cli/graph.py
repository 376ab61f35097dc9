"""``infergw graph [PATH]``: draw the object graph of a manifest set (Mermaid, DOT, or SVG via Graphviz)."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys

from infergw.errors import ConfigError
from infergw.graph import dot, mermaid
from infergw.validation import InputError
from infergw.validation.loader import load_paths


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "graph", help="draw Gateway -> routes -> pools -> endpoint pickers, with policies and autoscalers"
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="default: dist/")
    parser.add_argument(
        "--format", choices=("mermaid", "dot", "svg"), default="mermaid", help="svg needs Graphviz's dot"
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    documents, problems = load_paths(args.paths or ["dist"])
    if problems:
        raise InputError(problems[0].as_text())
    if args.format == "mermaid":
        sys.stdout.write(mermaid(documents))
    elif args.format == "dot":
        sys.stdout.write(dot(documents))
    else:
        graphviz = shutil.which("dot")
        if graphviz is None:
            raise ConfigError(
                "--format svg needs Graphviz (the `dot` command); install it (apt-get install graphviz) or use "
                "--format dot"
            )
        sys.stdout.write(
            subprocess.run([graphviz, "-Tsvg"], input=dot(documents), capture_output=True, text=True, check=True).stdout
        )
    return 0
