"""Defaulting, as the API server does it for custom resources before validation rules run.

For custom resources, first the explicit nulls it drops are removed (:func:`pruned_copy`), then each
schema ``default`` is filled in top-down where the parent object exists (:func:`apply_defaults`).
Built-in kinds get the few Go defaults that fill fields their schemas mark required
(:func:`with_core_defaults`). Rules such as
HTTPRoute's ``(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true`` read
defaulted fields and would fail on valid input without this step.
"""

from __future__ import annotations

import copy
import marshal
from typing import Any

from infergw.validation.structural import Plan


def pruned_copy(schema: dict[str, Any] | None, value: Any) -> Any:
    """A deep copy of ``value`` without the explicit nulls the API server drops before defaulting:
    those of fields that are neither ``nullable`` nor defaulted (the others are kept for
    :func:`apply_defaults`)."""
    if isinstance(value, dict):
        properties = schema.get("properties", {}) if schema else {}
        extra = schema.get("additionalProperties") if schema else None
        extra = extra if isinstance(extra, dict) else None
        copied = {}
        for key, item in value.items():
            sub = properties.get(key, extra)
            if item is None and sub is not None and not sub.get("nullable") and "default" not in sub:
                continue
            copied[key] = pruned_copy(sub, item)
        return copied
    if isinstance(value, list):
        items = schema.get("items") if schema else None
        return [pruned_copy(items if isinstance(items, dict) else None, item) for item in value]
    return value


def apply_defaults(plan: Plan, value: Any) -> None:
    """Fill in schema defaults in place, top-down, where the object has the parent but not the field
    (or has an explicit null for a field that is not ``nullable``)."""
    if isinstance(value, dict):
        for name, default in plan.defaults.items():
            if name not in value or (value[name] is None and name not in plan.nullable):
                value[name] = copy.deepcopy(default)
        for name, child in plan.properties.items():
            if name in value:
                apply_defaults(child, value[name])
        if plan.additional is not None:
            for item in value.values():
                apply_defaults(plan.additional, item)
    elif isinstance(value, list) and plan.items is not None:
        for item in value:
            apply_defaults(plan.items, item)


def defaulted(schema: dict[str, Any] | None, plan: Plan, value: Any) -> Any:
    """``value`` as :func:`pruned_copy` then :func:`apply_defaults` leave it, without copying what
    they would not change: the result shares every unchanged part with ``value``, which stays as it
    was (the result is read, never changed, by the checks).

    Without explicit nulls (nothing to prune) in plain data, only the objects on the way to a filled
    default are copied; otherwise it is exactly the two steps. Plain data: ``marshal`` accepts it
    (dict, list, str, int, float, bool, None, exact types), since :func:`pruned_copy` turns mapping
    subclasses into dicts, which the shared value would not be. A null is the byte ``N`` in that
    form, and ``None`` in the ``repr`` of plain data (which is only computed when the byte, also
    found in texts and numbers, occurs); a text containing ``None`` takes the two steps (same result)."""
    try:
        plain = b"N" not in marshal.dumps(value, 2) or "None" not in repr(value)
    except ValueError:
        plain = False
    if not plain:
        work = pruned_copy(schema, value)
        apply_defaults(plan, work)
        return work
    return _with_defaults(plan, value)


_SCALARS = (str, int, float, bool)
_UNCHANGED = object()  # a remembered field that no default changes
#: Defaulted fields kept per plan node; past this many a node starts afresh (bounded memory).
DEFAULTED_PER_NODE = 2048


def prepared(schema: dict[str, Any] | None, plan: Plan, value: Any) -> tuple[Any, dict[str, bytes]]:
    """:func:`defaulted` of an object, and the ``marshal`` form of each of its fields that is a
    mapping or a list (empty when the object took the two steps). A field's defaulted value is
    remembered by that form on its plan node, so a field repeated across a set is defaulted once;
    the checks key their own memories on the same forms."""
    forms: dict[str, bytes] = {}
    if type(value) is dict:
        for key, item in value.items():
            kind = type(item)
            if type(key) is not str:
                break
            if kind is dict or kind is list:
                try:
                    form = marshal.dumps(item, 2)
                except ValueError:
                    break
                if b"N" in form and "None" in repr(item):
                    break
                forms[key] = form
            elif kind not in _SCALARS:
                break  # a null, or not plain data
        else:
            return _with_defaults(plan, value, forms), forms
    work = pruned_copy(schema, value)
    apply_defaults(plan, work)
    return work, {}


def _with_defaults(plan: Plan, value: Any, forms: dict[str, bytes] | None = None) -> Any:
    """:func:`apply_defaults` on a copy, copying only the objects that change (``value`` has no nulls)."""
    if isinstance(value, dict):
        out: dict[str, Any] | None = None
        for name, default in plan.defaults.items():
            if name not in value:
                if out is None:
                    out = dict(value)
                out[name] = default  # shared: nothing changes the result (copies are made on the way down)
        source = value if out is None else out
        for name, child in plan.properties.items():
            if name in source:
                item = source[name]
                form = forms.get(name) if forms and item is value.get(name) else None
                if form is None:
                    new = _with_defaults(child, item)
                else:
                    remembered = child.defaulted.get(form)
                    if remembered is None:
                        remembered = _with_defaults(child, item)
                        if len(child.defaulted) >= DEFAULTED_PER_NODE:
                            child.defaulted.clear()
                        child.defaulted[form] = remembered if remembered is not item else _UNCHANGED
                    new = item if remembered is _UNCHANGED else remembered
                if new is not item:
                    if out is None:
                        out = source = dict(value)
                    out[name] = new
        if plan.additional is not None:
            for key, item in list(source.items()):
                new = _with_defaults(plan.additional, item)
                if new is not item:
                    if out is None:
                        out = source = dict(value)
                    out[key] = new
        return value if out is None else out
    if isinstance(value, list) and plan.items is not None:
        items: list[Any] | None = None
        for index, item in enumerate(value):
            new = _with_defaults(plan.items, item)
            if new is not item:
                if items is None:
                    items = list(value)
                items[index] = new
        return value if items is None else items
    return value


#: Defaults the API server sets on built-in kinds before validating them, for fields their OpenAPI
#: schemas mark required: (group, kind) -> ((path of the parent object, field, value), ...).
CORE_DEFAULTS: dict[tuple[str, str], tuple[tuple[tuple[str, ...], str, Any], ...]] = {
    ("rbac.authorization.k8s.io", "RoleBinding"): ((("roleRef",), "apiGroup", "rbac.authorization.k8s.io"),),
    ("rbac.authorization.k8s.io", "ClusterRoleBinding"): ((("roleRef",), "apiGroup", "rbac.authorization.k8s.io"),),
}


def with_core_defaults(group: str, kind: str, obj: dict[str, Any]) -> dict[str, Any]:
    """``obj``, or a copy with the :data:`CORE_DEFAULTS` of its kind filled in where they are missing."""
    defaults = CORE_DEFAULTS.get((group, kind), ())
    missing = [(path, name, value) for path, name, value in defaults if _missing(obj, path, name)]
    if not missing:
        return obj
    obj = copy.deepcopy(obj)
    for path, name, value in missing:
        parent = obj
        for part in path:
            parent = parent[part]
        parent[name] = value
    return obj


def _missing(obj: Any, path: tuple[str, ...], name: str) -> bool:
    for part in path:
        obj = obj.get(part) if isinstance(obj, dict) else None
    return isinstance(obj, dict) and not obj.get(name)
