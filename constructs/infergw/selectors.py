"""Kubernetes label selectors, read the way the API server and its controllers read them.

Two forms exist: a Service's (or a Deployment-era) equality map, where an empty map selects
nothing, and a ``LabelSelector`` (``matchLabels`` and ``matchExpressions``), where an empty
selector selects everything (policies) or is refused (PodMonitoring; the schema reports that).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

#: Label selector operators: (value of the label or None, the expression's values) -> matches.
SELECTOR_OPERATORS: dict[str, Callable[[str | None, list[Any]], bool]] = {
    "In": lambda value, values: value is not None and value in values,
    "NotIn": lambda value, values: value not in values,
    "Exists": lambda value, values: value is not None,
    "DoesNotExist": lambda value, values: value is None,
}


def service_selects(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool:
    """Whether a Service's equality selector picks pods with ``labels`` (an empty one picks none)."""
    return bool(selector) and _all_equal(selector, labels)


def label_selector_matches(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool | None:
    """Whether a ``LabelSelector`` selects ``labels``; None when it is empty or malformed (the
    schema check reports those, and callers decide what an empty selector means)."""
    match_labels = selector.get("matchLabels")
    expressions = selector.get("matchExpressions")
    match_labels = match_labels if isinstance(match_labels, Mapping) else {}
    expressions = expressions if isinstance(expressions, list) else []
    if not (match_labels or expressions) or not all(isinstance(v, str) for v in match_labels.values()):
        return None
    if not all(
        isinstance(e, Mapping) and e.get("operator") in SELECTOR_OPERATORS and isinstance(e.get("key"), str)
        for e in expressions
    ):
        return None
    return _all_equal(match_labels, labels) and all(
        SELECTOR_OPERATORS[e["operator"]](labels.get(e["key"]), _values(e)) for e in expressions
    )


def _all_equal(selector: Mapping[str, Any], labels: Mapping[str, Any]) -> bool:
    return all(labels.get(key) == value for key, value in selector.items())


def _values(expression: Mapping[str, Any]) -> list[Any]:
    values = expression.get("values")
    return values if isinstance(values, list) else []
