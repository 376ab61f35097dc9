"""Object-level differences between two manifest sets: added, removed, changed (with field paths).

Objects are matched by API group, kind, namespace and name (the API version may change, as it
does when a resource moves to a newer version). Changes are listed per field: a value changed, a
field or list item added or removed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from infergw.validation.references import format_path

Key = tuple[str, str, str, str]  # (group, kind, namespace, name)

#: Metadata that tools add and that says nothing about the desired state.
IGNORED_METADATA = ("creationTimestamp", "resourceVersion", "uid", "generation", "managedFields")


def key_of(obj: Mapping[str, Any]) -> Key:
    meta = obj.get("metadata") or {}
    return (
        str(obj.get("apiVersion", "")).rpartition("/")[0],
        str(obj.get("kind", "")),
        str(meta.get("namespace") or ""),
        str(meta.get("name") or ""),
    )


def label(key: Key) -> str:
    group, kind, namespace, name = key
    who = f"{namespace}/{name}" if namespace else name
    return f"{kind} {who}" + (f" ({group})" if group else "")


@dataclass(frozen=True)
class FieldChange:
    path: str
    before: Any
    after: Any
    kind: str  # "changed", "added", "removed"

    def describe(self) -> str:
        if self.kind == "added":
            return f"{self.path} added"
        if self.kind == "removed":
            return f"{self.path} removed"
        return f"{self.path}: {_short(self.before)} -> {_short(self.after)}"


@dataclass
class Difference:
    added: list[Key] = field(default_factory=list)
    removed: list[Key] = field(default_factory=list)
    changed: dict[Key, list[FieldChange]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def lines(self) -> list[str]:
        """``+ Kind ns/name``, ``- Kind ns/name``, ``~ Kind ns/name: path ...`` lines."""
        out = [f"+ {label(k)}" for k in self.added]
        out += [f"- {label(k)}" for k in self.removed]
        for key, changes in self.changed.items():
            out.append(f"~ {label(key)}")
            out += [f"    {c.describe()}" for c in changes]
        return out


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _normalized(obj: Mapping[str, Any]) -> dict[str, Any]:
    obj = dict(obj)
    meta = {k: v for k, v in (obj.get("metadata") or {}).items() if k not in IGNORED_METADATA}
    obj["metadata"] = meta
    obj.pop("status", None)
    return obj


def _walk(before: Any, after: Any, path: tuple[str | int, ...], out: list[FieldChange]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for k in sorted(set(before) | set(after), key=str):
            if k not in after:
                out.append(FieldChange(format_path((*path, k)), before[k], None, "removed"))
            elif k not in before:
                out.append(FieldChange(format_path((*path, k)), None, after[k], "added"))
            else:
                _walk(before[k], after[k], (*path, k), out)
    elif isinstance(before, list) and isinstance(after, list):
        for i in range(max(len(before), len(after))):
            if i >= len(after):
                out.append(FieldChange(format_path((*path, i)), before[i], None, "removed"))
            elif i >= len(before):
                out.append(FieldChange(format_path((*path, i)), None, after[i], "added"))
            else:
                _walk(before[i], after[i], (*path, i), out)
    elif before != after:
        out.append(FieldChange(format_path(path), before, after, "changed"))


def diff(before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]]) -> Difference:
    """The difference from ``before`` to ``after``, sorted by key."""
    old = {key_of(o): _normalized(o) for o in before}
    new = {key_of(o): _normalized(o) for o in after}
    result = Difference(added=sorted(set(new) - set(old)), removed=sorted(set(old) - set(new)))
    for key in sorted(set(old) & set(new)):
        changes: list[FieldChange] = []
        _walk(old[key], new[key], (), changes)
        if changes:
            result.changed[key] = changes
    return result
