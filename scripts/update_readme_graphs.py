"""Rewrite the Mermaid graphs in README.md from dist/ and the migration golden (`make graphs`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))

from infergw.graph import mermaid  # noqa: E402
from infergw.validation.loader import load_paths  # noqa: E402

#: Marker in README.md -> the manifests its graph is drawn from.
GRAPHS = {"default-stack": "dist", "migration-split-50": "tests/golden/migration-seed/02-split-50"}


def graph_block(name: str) -> str:
    documents, _ = load_paths([str(ROOT / GRAPHS[name])])
    return f"<!-- graph:{name} -->\n```mermaid\n{mermaid(documents)}```\n<!-- /graph:{name} -->"


def updated(readme: str) -> str:
    for name in GRAPHS:
        block = graph_block(name)
        readme = re.sub(rf"<!-- graph:{name} -->.*?<!-- /graph:{name} -->", lambda _, b=block: b, readme, flags=re.S)
    return readme


if __name__ == "__main__":
    path = ROOT / "README.md"
    path.write_text(updated(path.read_text()))
    print("README.md graphs updated")
