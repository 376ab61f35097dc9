"""Label selectors as Kubernetes reads them (apimachinery's labels.Selector semantics)."""

from __future__ import annotations

import pytest
from infergw.selectors import label_selector_matches, service_selects

APP = {"app": "vllm", "tier": "gpu"}


@pytest.mark.parametrize(
    ("selector", "labels", "expected"),
    [
        ({"matchLabels": {"app": "vllm"}}, APP, True),
        ({"matchLabels": {"app": "other"}}, APP, False),
        ({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["gpu", "tpu"]}]}, APP, True),
        ({"matchExpressions": [{"key": "tier", "operator": "In", "values": ["tpu"]}]}, APP, False),
        # NotIn and DoesNotExist match objects that lack the label altogether.
        ({"matchExpressions": [{"key": "zone", "operator": "NotIn", "values": ["a"]}]}, APP, True),
        ({"matchExpressions": [{"key": "tier", "operator": "NotIn", "values": ["gpu"]}]}, APP, False),
        ({"matchExpressions": [{"key": "zone", "operator": "DoesNotExist"}]}, APP, True),
        ({"matchExpressions": [{"key": "app", "operator": "Exists"}]}, APP, True),
        ({"matchExpressions": [{"key": "zone", "operator": "Exists"}]}, APP, False),
        # Both parts must hold.
        (
            {"matchLabels": {"app": "vllm"}, "matchExpressions": [{"key": "tier", "operator": "In", "values": ["x"]}]},
            APP,
            False,
        ),
        # Empty or malformed: undecided, the caller (schema check, policy semantics) decides.
        ({}, APP, None),
        ({"matchLabels": {}}, APP, None),
        ({"matchLabels": {"app": 7}}, APP, None),
        ({"matchExpressions": [{"key": "app", "operator": "Equals", "values": ["vllm"]}]}, APP, None),
        ({"matchLabels": "app=vllm"}, APP, None),
    ],
)
def test_label_selector(selector, labels, expected):
    assert label_selector_matches(selector, labels) is expected


def test_service_selector_is_an_equality_map_and_empty_selects_nothing():
    assert service_selects({"app": "vllm"}, APP) is True
    assert service_selects({"app": "vllm", "tier": "tpu"}, APP) is False
    assert service_selects({}, APP) is False
