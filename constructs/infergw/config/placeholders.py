"""Placeholders: config values that stand for something the user has to fill in.

The default stack and the scaffold run as they are (so a fresh clone synthesizes and its tests
pass), with the values only the user knows, such as the Google Cloud project or the cluster name,
written as ``replace-me-...``. ``infergw synth`` warns about each one; ``infergw synth --strict``
(for production pipelines) refuses them. ``PROJECT_ID``, the default project of the scripts in
``prerequisites/``, counts too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from infergw.config.model import StackConfig
from infergw.settings import to_document

#: The prefix that marks a value as a placeholder (valid in project ids, cluster and object names).
PREFIX = "replace-me"
_PLACEHOLDER = re.compile(rf"(?i)\b{PREFIX}|^PROJECT_ID$")


def is_placeholder(value: object) -> bool:
    """Whether ``value`` is a placeholder."""
    return isinstance(value, str) and _PLACEHOLDER.search(value) is not None


def placeholders(config: StackConfig) -> list[tuple[tuple[str | int, ...], str]]:
    """(config key path, value) of every placeholder in ``config``, defaults included."""
    return sorted(_walk(to_document(config), ()), key=lambda found: [str(part) for part in found[0]])


def _walk(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))
    elif is_placeholder(value):
        yield path, str(value)
