"""Golden-file harness: compare rendered output trees with committed ones.

`INFERGW_UPDATE_GOLDEN=1` (or `make golden`) rewrites the golden directory instead of comparing;
review the diff and explain it in the commit message. A mismatch fails with a unified diff per file
and lists missing and unexpected files.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

GOLDEN_ROOT = Path(__file__).parent / "golden"
UPDATE = os.environ.get("INFERGW_UPDATE_GOLDEN") == "1"


def assert_golden(name: str, files: dict[str, str]) -> None:
    """``files`` ({relative path: text}) must equal ``tests/golden/<name>/``."""
    root = GOLDEN_ROOT / name
    if UPDATE:
        shutil.rmtree(root, ignore_errors=True)
        for relative, text in files.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(text, encoding="utf-8")
        return
    assert root.is_dir(), f"no golden files in tests/golden/{name}: create them with `make golden` and review them"
    committed = {
        str(p.relative_to(root)): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*")) if p.is_file()
    }
    problems = []
    for missing in sorted(set(committed) - set(files)):
        problems.append(f"missing from the output: {missing}")
    for extra in sorted(set(files) - set(committed)):
        problems.append(f"not in the golden files: {extra}")
    for relative in sorted(set(files) & set(committed)):
        if files[relative] != committed[relative]:
            diff = difflib.unified_diff(
                committed[relative].splitlines(keepends=True),
                files[relative].splitlines(keepends=True),
                fromfile=f"golden/{name}/{relative}",
                tofile=f"output/{relative}",
            )
            problems.append("".join(diff))
    assert not problems, (
        f"output differs from tests/golden/{name} (regenerate with `make golden` if intended):\n" + "\n".join(problems)
    )
