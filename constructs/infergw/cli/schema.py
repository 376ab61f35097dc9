"""``infergw schema config``: print the JSON Schema of ``infergw.yaml``."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schema",
        help="print a JSON Schema: `infergw schema config` is the schema of infergw.yaml",
        description="Print the JSON Schema of infergw.yaml (keys, types, limits, defaults and descriptions), "
        "as editors read it through the `# yaml-language-server: $schema=` line of a config file.",
    )
    parser.add_argument("document", choices=("config",), help="which schema: config (infergw.yaml)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from infergw.config.schema import schema_text  # here, so other commands start faster

    sys.stdout.write(schema_text())
    return 0
