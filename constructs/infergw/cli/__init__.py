"""The ``infergw`` command: one module per subcommand, a thin shell over the library.

Exit codes: 0 success, 1 the input is invalid (findings), 2 usage or unreadable input, or a failure
that left the output untouched, 3 an internal error (a bug). Errors are one line of advice on
stderr, never a traceback (``INFERGW_DEBUG=1`` shows it for internal errors).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from infergw.cli import crds, diff, graph, init, migrate, policy, schema, synth, validate
from infergw.errors import InfergwError

#: Subcommand modules; each has ``register(subparsers)`` which sets ``handler`` on its parser.
COMMANDS = (synth, crds, validate, diff, migrate, policy, init, graph, schema)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="infergw", description="Synthesize and check GKE Inference Gateway manifests."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except InfergwError as exc:
        print(f"infergw {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"infergw {args.command}: interrupted; existing output is unchanged", file=sys.stderr)
        return 130
    except Exception as exc:
        if os.environ.get("INFERGW_DEBUG"):
            raise
        print(
            f"infergw {args.command}: internal error: {type(exc).__name__}: {exc}. Existing output is unchanged. "
            "This is a bug: please report it with the command (INFERGW_DEBUG=1 shows the traceback).",
            file=sys.stderr,
        )
        return 3


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
