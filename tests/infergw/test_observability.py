"""Metrics adapter, per-pool autoscaler, model-server monitoring and alerts: the seed reproduced,
goldens, construction-time refusals, and the alerts checked by promtool with synthetic series."""

from __future__ import annotations

import json
import subprocess

import pytest
import yaml

from conftest import REPO, tool
from golden import assert_golden
from infergw.alerts import InferenceAlerts, Thresholds
from infergw.argocd import SYNC_WAVE
from infergw.autoscaler import PoolAutoscaler, quantity
from infergw.errors import ConstructError
from infergw.log_metric import error_detail_metric
from infergw.metrics_adapter import AdapterOptions, MetricsAdapter
from infergw.monitoring import ModelServerMonitoring
from infergw.objects import Chart
from infergw.refs import PoolRef
from infergw.runtime import cdk8s
from infergw.synthesis import render
from infergw.validation import ValidationOptions, validate_objects

FIXTURES = REPO / "tests" / "infergw" / "validation" / "fixtures"
POOL = PoolRef("inference.networking.k8s.io/v1", "InferencePool", "vllm-llama3-8b-instruct", "default",
               selector=(("app", "vllm-llama3-8b-instruct"),), target_port=8000, release="v1.0.2")


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def test_adapter_reproduces_the_seed_except_the_deployment_namespace(chart):
    seed = [d for d in yaml.safe_load_all((FIXTURES / "seeds" / "003-adapter.yaml").read_text()) if d]
    ours = MetricsAdapter(chart, "adapter").objects
    for obj in ours:
        assert obj["metadata"]["annotations"].pop(SYNC_WAVE) == "-1"
        obj["metadata"]["annotations"].pop("policy.infergw.dev/except-rbac-no-wildcards", None)
        obj["metadata"]["annotations"].pop("policy.infergw.dev/except-security-defaults", None)
        if not obj["metadata"]["annotations"]:
            del obj["metadata"]["annotations"]
    (deployment,) = [o for o in ours if o["kind"] == "Deployment"]
    assert deployment["metadata"].pop("namespace") == "custom-metrics"  # the seed's omission, fixed
    assert ours == seed


def test_hpa_follows_the_seed_shape(chart):
    seed = yaml.safe_load((FIXTURES / "seeds" / "003-hpa.yaml").read_text())
    body = PoolAutoscaler(chart, "hpa", pool=POOL, cluster="my-cluster", min_replicas=1, max_replicas=10, target_kv_cache_utilization=0.8).body
    seed["spec"]["metrics"][0]["external"]["target"]["averageValue"] = "800m"  # the seed's placeholder, on the metric's 0..1 scale
    assert body == seed


def test_quantities():
    assert [quantity(v) for v in (0.8, 1, 0.05, 0.125)] == ["800m", "1", "50m", "125m"]
    with pytest.raises(ValueError):
        quantity(0.0001)


def test_alert_rules_file_equals_the_seed():
    chart = Chart(cdk8s.App(), "c")
    alerts = InferenceAlerts(chart, "alerts")
    assert yaml.safe_load(alerts.rules_file) == yaml.safe_load((FIXTURES / "seeds-other" / "003-alerts.rules.yaml").read_text())


def test_thresholds_change_expressions_and_annotations(chart):
    alerts = InferenceAlerts(chart, "alerts", thresholds=Thresholds(latency_p99_seconds=30.0, error_rate=0.1, kv_cache_utilization=0.95, for_duration="10m"))
    by_name = {a.alert: a for a in alerts.rules}
    assert by_name["HighInferenceRequestLatencyP99"].expr.endswith("> 30.0")
    assert "above 10% for 10 minutes" in by_name["HighInferenceErrorRate"].annotations["description"]
    assert "above 95% for 10 minutes" in by_name["HighInferencePoolAvgKVCacheUtilization"].annotations["description"]


def test_log_metric_equals_the_seed():
    seed = json.loads((FIXTURES / "seeds-other" / "003-error_detail_metric.json").read_text())
    assert error_detail_metric("MONITORED_RESOURCE") == seed


def build(kind):
    app = cdk8s.App()
    chart = Chart(app, "observability")
    if kind == "adapter":
        MetricsAdapter(chart, "adapter", AdapterOptions(project="my-project"))
    elif kind == "hpa":
        PoolAutoscaler(chart, "hpa", pool=POOL, cluster="my-cluster", min_replicas=2, max_replicas=8, target_queue_size=10)
    elif kind == "monitoring":
        ModelServerMonitoring(chart, "monitoring", pool=POOL)
    else:
        InferenceAlerts(chart, "alerts", forms=("rules-file", "managed-prometheus", "prometheus-operator"))
    return app


@pytest.mark.parametrize("kind", ["adapter", "hpa", "monitoring", "alerts"])
def test_golden(kind):
    # The HPA's Deployment and the monitored pods are the user's model servers: external here.
    files = render(build(kind), ValidationOptions(allow_external_refs=True))
    assert_golden(f"observability-{kind}", files)


def test_adapter_set_is_complete_on_its_own():
    chart = Chart(cdk8s.App(), "c")
    objects = MetricsAdapter(chart, "adapter").objects
    assert validate_objects([(f"{o['kind']}.yaml", o) for o in objects]) == []


@pytest.mark.parametrize(
    ("builder", "message"),
    [
        (lambda c: PoolAutoscaler(c, "h", pool=POOL, cluster="c", target_kv_cache_utilization=80), r"the metric is a fraction from 0 to 1.*\(for 80% write 0.8\)"),
        (lambda c: PoolAutoscaler(c, "h", pool=POOL, cluster="c", target_kv_cache_utilization=0), "target_kv_cache_utilization=0"),
        (lambda c: PoolAutoscaler(c, "h", pool=POOL, cluster="c", min_replicas=3, max_replicas=2), "need 1 <= min_replicas <= max_replicas"),
        (lambda c: PoolAutoscaler(c, "h", pool=POOL, cluster=""), "cluster: give the GKE cluster name"),
        (lambda c: PoolAutoscaler(c, "h", pool=POOL, cluster="c", target_queue_size=0), "target_queue_size=0"),
        (lambda c: MetricsAdapter(c, "a", AdapterOptions(namespace="Custom")), "namespace='Custom'"),
        (lambda c: MetricsAdapter(c, "a", AdapterOptions(cpu="a lot")), "cpu='a lot'"),
        (lambda c: InferenceAlerts(c, "a", thresholds=Thresholds(error_rate=5)), r"thresholds.error_rate=5: a fraction from 0 to 1"),
        (lambda c: InferenceAlerts(c, "a", thresholds=Thresholds(for_duration="five minutes")), "for_duration='five minutes'"),
        (lambda c: InferenceAlerts(c, "a", forms=("grafana",)), "forms="),
        (lambda c: ModelServerMonitoring(c, "m", pool=POOL, interval="often"), "interval='often'"),
    ],
)
def test_construction_refuses(chart, builder, message):
    with pytest.raises(ConstructError, match=message):
        builder(chart)


def test_an_invalid_expression_names_the_alert(chart, monkeypatch):
    import infergw.alerts as module

    real = module.alerts
    monkeypatch.setattr(module, "alerts", lambda t: [*real(t)[:3], module.Alert("Broken", "rate(x)", "5m", {}, {})])
    with pytest.raises(ConstructError, match=r"alert Broken: expression 'rate\(x\)' is not valid PromQL: expected type matrix"):
        InferenceAlerts(chart, "alerts")


# --- promtool: each alert fires above its threshold after `for: 5m`, and stays silent below -------

def _series(metric, values, **labels):
    label_text = ",".join(f'{k}="{v}"' for k, v in labels.items())
    return {"series": f"{metric}{{{label_text}}}", "values": values}


def _promtool_tests(above: bool) -> dict:
    hi = above
    buckets = [("5", "0+0x20" if hi else "0+60x20"), ("10", "0+0x20" if hi else "0+60x20"), ("20", "0+60x20"), ("+Inf", "0+60x20")]
    series = [
        _series("inference_pool_average_kv_cache_utilization", "0.95x20" if hi else "0.5x20", name="pool-a"),
        _series("inference_pool_average_queue_size", "60x20" if hi else "10x20", name="pool-a"),
        _series("inference_model_request_total", "0+100x20", model_name="m", target_model_name="t"),
        _series("inference_model_request_error_total", "0+10x20" if hi else "0+1x20", model_name="m", target_model_name="t"),
        *(_series("inference_model_request_duration_seconds_bucket", v, model_name="m", target_model_name="t", le=le) for le, v in buckets),
    ]
    names = ["HighInferencePoolAvgKVCacheUtilization", "HighInferencePoolAvgQueueSize", "HighInferenceErrorRate", "HighInferenceRequestLatencyP99"]
    firing = {
        "HighInferencePoolAvgKVCacheUtilization": [{
            "exp_labels": {"severity": "critical", "impact": "resource_exhaustion", "name": "pool-a"},
            "exp_annotations": {"title": "High KV cache utilization for inference pool pool-a",
                                "description": "The average KV cache utilization for inference pool pool-a has been consistently above 90% for 5 minutes, indicating potential resource exhaustion."}}],
        "HighInferencePoolAvgQueueSize": [{
            "exp_labels": {"severity": "critical", "impact": "performance", "name": "pool-a"},
            "exp_annotations": {"title": "High average queue size for inference pool pool-a",
                                "description": "The average number of requests pending in the queue for inference pool pool-a has been consistently above 50 for 5 minutes."}}],
        "HighInferenceErrorRate": [{
            "exp_labels": {"severity": "critical", "impact": "availability", "model_name": "m"},
            "exp_annotations": {"title": "High error rate for model m",
                                "description": "The error rate for model m and target model  has been consistently above 5% for 5 minutes."}}],
        "HighInferenceRequestLatencyP99": [{
            "exp_labels": {"severity": "warning", "model_name": "m", "target_model_name": "t"},
            "exp_annotations": {"title": "High latency (P99) for model m",
                                "description": "The 99th percentile request duration for model m and target model t has been consistently above 10.0 seconds for 5 minutes."}}],
    }
    alert_tests = []
    for name in names:
        alert_tests.append({"eval_time": "4m", "alertname": name, "exp_alerts": []})  # pending: `for` not yet elapsed
        alert_tests.append({"eval_time": "12m", "alertname": name, "exp_alerts": firing[name] if hi else []})
    return {"rule_files": ["rules.yaml"], "evaluation_interval": "1m",
            "tests": [{"interval": "1m", "input_series": series, "alert_rule_test": alert_tests}]}


@pytest.fixture(scope="module")
def rules_dir(tmp_path_factory):
    directory = tmp_path_factory.mktemp("promtool")
    chart = Chart(cdk8s.App(), "c")
    (directory / "rules.yaml").write_text(InferenceAlerts(chart, "alerts").rules_file)
    return directory


def test_promtool_check_rules(rules_dir):
    result = subprocess.run([tool("promtool"), "check", "rules", str(rules_dir / "rules.yaml")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 4 rules found" in result.stdout


@pytest.mark.parametrize("above", [True, False], ids=["above-threshold-fires-after-5m", "below-threshold-silent"])
def test_promtool_alerts_fire_and_stay_silent(rules_dir, above):
    (rules_dir / "test.yaml").write_text(yaml.safe_dump(_promtool_tests(above), sort_keys=False))
    result = subprocess.run([tool("promtool"), "test", "rules", str(rules_dir / "test.yaml")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_catches_a_wrong_expectation(rules_dir):
    tests = _promtool_tests(above=False)
    tests["tests"][0]["alert_rule_test"][1]["exp_alerts"] = [{"exp_labels": {"severity": "critical"}}]  # claims it fires
    (rules_dir / "wrong.yaml").write_text(yaml.safe_dump(tests, sort_keys=False))
    result = subprocess.run([tool("promtool"), "test", "rules", str(rules_dir / "wrong.yaml")], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
