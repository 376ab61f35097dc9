"""Reading fields of an object that may have any shape: what the checks use before the schema has
spoken (a value of the wrong type reads as missing, never as a crash)."""

from __future__ import annotations

from typing import Any


def field(obj: Any, *path: str | int) -> Any:
    """The value at ``path`` (keys of mappings, indexes of lists), or None where the shape differs."""
    for part in path:
        if isinstance(obj, dict) and isinstance(part, str):
            obj = obj.get(part)
        elif isinstance(obj, list) and isinstance(part, int) and 0 <= part < len(obj):
            obj = obj[part]
        else:
            return None
    return obj


def as_list(value: Any) -> list[Any]:
    """``value`` if it is a list, else an empty one."""
    return value if isinstance(value, list) else []


def as_map(value: Any) -> dict[str, Any]:
    """``value`` if it is a mapping, else an empty one."""
    return value if isinstance(value, dict) else {}
