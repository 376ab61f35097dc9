"""The observability renderers are Node-free: alerts, autoscaler, monitoring and the metrics adapter
render from their props without loading cdk8s, jsii or constructs; and every props class gives a
JSON Schema whose defaults are the props' own (the config schema can embed them)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from infergw.render.alerts import AlertsProps, Thresholds
from infergw.render.autoscaler import AutoscalerProps
from infergw.render.metrics_adapter import AdapterProps
from infergw.render.monitoring import EppMonitoringProps, MetricsReaderSecretProps, ModelServerMonitoringProps
from infergw.settings import check_props, from_document, schema_of, to_document

PROPS = [
    AlertsProps(),
    Thresholds(),
    AutoscalerProps(cluster="my-cluster"),
    AdapterProps(),
    EppMonitoringProps(),
    MetricsReaderSecretProps(),
    ModelServerMonitoringProps(),
]


def test_renderers_load_no_cdk8s():
    code = """
import sys
from infergw.refs import PoolRef
from infergw.releases import DEFAULT_RELEASE
from infergw.render.alerts import AlertsProps, render_alerts
from infergw.render.autoscaler import AutoscalerProps, render_autoscaler
from infergw.render.metrics_adapter import AdapterProps, render_adapter
from infergw.render.monitoring import (
    EppMonitoringProps, MetricsReaderSecretProps, ModelServerMonitoringProps,
    render_epp_monitoring, render_metrics_reader_secret, render_model_server_monitoring,
)
pool = PoolRef(
    "inference.networking.k8s.io/v1", "InferencePool", "p", selector=(("app", "p"),), release=DEFAULT_RELEASE
)
render_alerts(AlertsProps())
render_autoscaler(pool, AutoscalerProps(cluster="c"))
render_adapter(AdapterProps())
render_epp_monitoring(pool, EppMonitoringProps())
render_metrics_reader_secret(MetricsReaderSecretProps())
render_model_server_monitoring(pool, ModelServerMonitoringProps())
layer = ("cdk8s", "jsii", "constructs")
print(sorted(m for m in sys.modules if m.split(".")[0] in layer or m.startswith("infergw.cdk")))
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n", done.stdout + done.stderr


@pytest.mark.parametrize("props", PROPS, ids=lambda p: type(p).__name__)
def test_defaults_pass_their_schema_and_round_trip(props):
    check_props(props)
    document = to_document(props)
    assert from_document(type(props), document) == props
    schema = schema_of(type(props))
    for key, node in schema["properties"].items():
        if "default" in node:
            assert node["default"] == document[key], key
