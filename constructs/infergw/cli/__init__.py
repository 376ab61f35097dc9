"""The ``infergw`` command: one module per subcommand, a thin shell over the library.

Exit codes: 0 success, 1 the input is invalid (findings), 2 usage or unreadable input, or a failure
that left the output untouched (a standard output that cannot be written included), 3 an internal
error (a bug), 130 and 143 interrupted by SIGINT and SIGTERM (both clean up, the output untouched).
An option that takes one value refuses to be given twice. Errors are one line of advice on
stderr, never a traceback (``INFERGW_DEBUG=1`` shows it for internal errors).
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from infergw.cli import crds, diff, graph, init, migrate, policy, schema, synth, validate
from infergw.errors import InfergwError

#: Subcommand modules; each has ``register(subparsers)`` which sets ``handler`` on its parser.
COMMANDS = (synth, crds, validate, diff, migrate, policy, init, graph, schema)


class _StoreOnce(argparse._StoreAction):
    """An option that takes one value refuses to be given twice (argparse keeps the last one silently)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if option_string is not None:
            given: dict[str, Any] = namespace.__dict__.setdefault("_given_once", {})
            if self.dest in given:
                parser.error(
                    f"{'/'.join(self.option_strings)} given twice ({given[self.dest]!r}, then {values!r}); "
                    "it takes one value: give it once"
                )
            given[self.dest] = values
        super().__call__(parser, namespace, values, option_string)


class _Parser(argparse.ArgumentParser):
    """The command's parsers (subcommands inherit the class): single-value options are :class:`_StoreOnce`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", None, _StoreOnce)
        self.register("action", "store", _StoreOnce)


class _Terminated(BaseException):
    """SIGTERM arrived; raised where the program is, so its clean-ups run as for Ctrl-C."""


class _StdoutError(Exception):
    """Standard output cannot be written (a full disk, a closed pipe)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error.strerror or str(error))
        self.error = error


class _GuardedStdout:
    """Standard output whose write errors are :class:`_StdoutError`, told apart from every other OSError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise _StdoutError(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise _StdoutError(exc) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def _guarded() -> Iterator[None]:
    """SIGTERM handled like SIGINT, and standard output guarded, while a command runs."""

    def terminate(signum: int, frame: object) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second SIGTERM must not cut the clean-up short
        raise _Terminated()

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread: signals cannot be handled here
        previous = None
    stdout = sys.stdout
    sys.stdout = _GuardedStdout(stdout)
    try:
        yield
    finally:
        sys.stdout = stdout
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout replaced (tests) or already closed
        pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="infergw", description="Synthesize and check GKE Inference Gateway manifests.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        with _guarded():
            code = int(args.handler(args) or 0)
            sys.stdout.flush()
            return code
    except InfergwError as exc:
        print(f"infergw {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except _StdoutError as exc:
        _silence_stdout()
        if exc.error.errno == errno.EPIPE:  # the reader stopped early (`| head`): nothing to report
            return 128 + signal.SIGPIPE
        print(
            f"infergw {args.command}: error: cannot write to standard output: {exc}; "
            "redirect it to a file or device with room, or leave the redirection out",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print(f"infergw {args.command}: interrupted; existing output is unchanged", file=sys.stderr)
        return 130
    except _Terminated:
        print(f"infergw {args.command}: terminated (SIGTERM); existing output is unchanged", file=sys.stderr)
        return 128 + signal.SIGTERM
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
