"""Shared test fixtures: repository paths and the reference material beside the repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
#: The specification material; CI links ../shared beside the clone.
REFERENCE = REPO.parent / "shared" / "reference"
TOOLS = REPO / ".tools" / "bin"


@pytest.fixture(scope="session")
def reference() -> Path:
    """The reference folder, or a visible skip where it is not beside the repository."""
    if not REFERENCE.is_dir():
        pytest.skip(f"reference material not found at {REFERENCE} (link ../shared beside the repository)")
    return REFERENCE


def tool(name: str) -> str:
    """Path of a pinned tool installed by `make setup` (.tools/bin), else on PATH; skip visibly if absent."""
    local = TOOLS / name
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (run `make setup`, which installs it into .tools/bin)")
    return found


def infergw_command() -> str:
    """The installed ``infergw`` console script (beside this interpreter), as a user runs it."""
    script = Path(sys.executable).parent / "infergw"
    if not script.is_file():
        pytest.skip(f"the infergw command is not installed beside {sys.executable} (run `make setup`)")
    return str(script)


def run_infergw(
    *args: str, cwd: Path | str | None = None, timeout: float = 300, **kwargs
) -> subprocess.CompletedProcess:
    """Run the installed ``infergw`` with ``args`` in ``cwd``; output captured as text."""
    if "stdout" not in kwargs and "stderr" not in kwargs:
        kwargs.setdefault("capture_output", True)
    return subprocess.run([infergw_command(), *args], cwd=cwd, text=True, timeout=timeout, **kwargs)
