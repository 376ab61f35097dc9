"""Write what is generated from the settings (``make docs``): the config schema file the package ships,
and docs/config.md, the reference of every infergw.yaml key. A test fails when either is stale."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))

from infergw.config.reference import reference_markdown  # noqa: E402
from infergw.config.schema import SCHEMA_FILE, schema_text  # noqa: E402

#: Generated file -> its text.
GENERATED = {
    ROOT / "constructs" / "infergw" / "config" / SCHEMA_FILE: schema_text,
    ROOT / "docs" / "config.md": reference_markdown,
}


def main() -> int:
    for path, text in GENERATED.items():
        path.write_text(text(), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
