"""The reference of every ``infergw.yaml`` key, as Markdown, written from the schema (``make docs``)."""

from __future__ import annotations

from infergw.config.schema import CONFIG_SCHEMA
from infergw.settings import key_rows

HEADER = """# infergw.yaml reference

Generated from the schema (`infergw schema config`) by `make docs`; do not edit by hand. Each key's
type, limits and default come from the construct property it sets, so this table, the schema editors
read and the checks `infergw synth` makes are one definition. Keys of list entries are written
`pools[].name`.

| key | accepted | default | what it is |
|---|---|---|---|
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def reference_markdown() -> str:
    """The key table of the config file."""
    rows = [
        f"| `{key}` | {_cell(accepted)} | {_cell(default if default in ('required', 'unset') else f'`{default}`')} | "
        f"{_cell(doc)} |"
        for key, accepted, default, doc in key_rows(CONFIG_SCHEMA)
    ]
    return HEADER + "\n".join(rows) + "\n"
