"""The JSON Schema of ``infergw.yaml``, generated from the constructs' props (one definition).

``infergw schema config`` prints it; ``config/infergw.schema.json`` is the same schema written to a
file the package ships (a test keeps it current), which the ``# yaml-language-server: $schema=``
line of a config points editors at.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from infergw.config.model import StackConfig
from infergw.settings import schema_of

#: File name of the schema beside a config (what ``infergw init`` writes) and in the package.
SCHEMA_FILE = "infergw.schema.json"
#: The first line of a config file, for editors that read yaml-language-server's modeline.
MODELINE = f"# yaml-language-server: $schema=./{SCHEMA_FILE}"

CONFIG_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "infergw.yaml",
    **schema_of(StackConfig),
}


def schema_text() -> str:
    """The schema as the file and ``infergw schema config`` write it."""
    return json.dumps(CONFIG_SCHEMA, indent=2, sort_keys=False) + "\n"


def shipped_schema_text() -> str:
    """The schema file in the package (equal to :func:`schema_text` in a released package)."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
