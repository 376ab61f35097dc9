"""Removal of upstream description prose from CRDs, keeping every schema fact."""

from __future__ import annotations

from typing import Any

#: Keys whose values are maps from field names to schemas: a key called ``description`` inside
#: them is a field, not prose.
_FIELD_MAPS = frozenset({"properties", "patternProperties", "definitions", "$defs"})


def strip_descriptions(node: Any, *, in_field_map: bool = False) -> Any:
    """Return a copy of ``node`` without ``description`` prose, at any depth."""
    if isinstance(node, dict):
        return {
            key: strip_descriptions(value, in_field_map=key in _FIELD_MAPS and not in_field_map)
            for key, value in node.items()
            if in_field_map or not (key == "description" and isinstance(value, str))
        }
    if isinstance(node, list):
        return [strip_descriptions(item) for item in node]
    return node
