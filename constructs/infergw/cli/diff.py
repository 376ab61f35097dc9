"""``infergw diff A B``: object-level differences between two manifest sets (exit 1 when they differ)."""

from __future__ import annotations

import argparse
import sys

from infergw.diff import diff
from infergw.validation import InputError
from infergw.validation.loader import load_paths


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "diff",
        help="show objects added, removed and changed (with field paths) from A to B",
        description="Compare two manifest sets (files or directories) object by object. Exit 0 when equal, 1 when "
        "they differ, 2 for unreadable input.",
    )
    parser.add_argument("before", metavar="A")
    parser.add_argument("after", metavar="B")
    parser.set_defaults(handler=handle)


def _objects(path: str) -> list[dict]:
    documents, problems = load_paths([path])
    if problems:
        raise InputError(problems[0].as_text())
    return [d.obj for d in documents]


def handle(args: argparse.Namespace) -> int:
    difference = diff(_objects(args.before), _objects(args.after))
    if difference.empty:
        print("no differences")
        return 0
    sys.stdout.write("\n".join(difference.lines()) + "\n")
    return 1
