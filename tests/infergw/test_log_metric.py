"""ErrorDetailMetric's LogMetric definition against the seed's JSON (the construct's gateway-class
behaviour is tested in test_extensions.py)."""

from __future__ import annotations

import json

import seed003
from infergw.render.log_metric import MONITORED_RESOURCES, error_detail_metric


def test_definition_equals_the_seed(reference):
    assert error_detail_metric("MONITORED_RESOURCE") == json.loads(seed003.error_detail_metric(reference))


def test_every_gateway_class_gets_its_load_balancers_resource():
    for resource in set(MONITORED_RESOURCES.values()):
        assert error_detail_metric(resource)["filter"] == f'resource.type="{resource}"'
