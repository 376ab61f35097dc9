"""``python -m infergw`` is the ``infergw`` command."""

from infergw.cli import run

run()
