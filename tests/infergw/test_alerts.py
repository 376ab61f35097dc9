"""InferenceAlerts: the seed's four alerts exactly, thresholds, extra alerts, the three forms from
one definition, PromQL parsing at construction, refusals, CRD validation and the golden tree.
(promtool runs over the rules in test_alerts_promtool.py.)"""

from __future__ import annotations

import pytest
import seed003
import yaml
from golden import GOLDEN_ROOT, assert_golden
from infergw.cdk.alerts import GROUP, Alert, InferenceAlerts, Thresholds, alerts, unwrap
from infergw.cdk.chart import Chart
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cli import main
from infergw.errors import ConstructError
from infergw.validation import ValidationOptions, validate_objects

ALL_FORMS = ("rules-file", "managed-prometheus", "prometheus-operator")


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def test_rules_file_equals_the_seed(chart, reference):
    assert yaml.safe_load(InferenceAlerts(chart, "alerts").rules_file) == yaml.safe_load(seed003.alerts(reference))


def test_expressions_are_the_seeds_verbatim(reference):
    seed = yaml.safe_load(seed003.alerts(reference))["groups"][0]["rules"]
    assert [(a.alert, a.expr, a.for_duration) for a in alerts(Thresholds())] == [
        (r["alert"], r["expr"], r["for"]) for r in seed
    ]


def test_three_forms_carry_the_same_rules(chart):
    constructed = InferenceAlerts(chart, "alerts", forms=ALL_FORMS, namespace="monitoring")
    rules_object, prometheus_rule = constructed.objects
    assert (rules_object["apiVersion"], rules_object["kind"]) == ("monitoring.googleapis.com/v1", "Rules")
    assert (prometheus_rule["apiVersion"], prometheus_rule["kind"]) == ("monitoring.coreos.com/v1", "PrometheusRule")
    plain = yaml.safe_load(constructed.rules_file)["groups"]
    for obj in constructed.objects:
        assert obj["metadata"] == {"name": "inference-alerts", "namespace": "monitoring"}
        (group,) = obj["spec"]["groups"]
        assert group["interval"] == "30s"
        assert {k: v for k, v in group.items() if k != "interval"} == plain[0]
        assert yaml.safe_load(unwrap(obj)) == {"groups": [group]}
    assert constructed.files == {"inference-alerts.rules.yaml": constructed.rules_file}
    assert chart.files == constructed.files


def test_default_forms_are_the_file_and_managed_prometheus(chart):
    constructed = InferenceAlerts(chart, "alerts")
    assert [o["kind"] for o in constructed.objects] == ["Rules"]
    assert list(constructed.files) == ["inference-alerts.rules.yaml"]
    only_operator = InferenceAlerts(chart, "op", "op-alerts", forms=("prometheus-operator",))
    assert [o["kind"] for o in only_operator.objects] == ["PrometheusRule"] and only_operator.files == {}


def test_unwrap_refuses_other_kinds():
    with pytest.raises(ValueError, match="v1 ConfigMap holds no rules"):
        unwrap({"apiVersion": "v1", "kind": "ConfigMap"})


def test_thresholds_change_expressions_and_annotations(chart):
    constructed = InferenceAlerts(
        chart,
        "alerts",
        thresholds=Thresholds(
            latency_p99_seconds=30.0, error_rate=0.1, queue_size=20, kv_cache_utilization=0.95, for_duration="10m"
        ),
    )
    by_name = {a.alert: a for a in constructed.rules}
    assert by_name["HighInferenceRequestLatencyP99"].expr.endswith("> 30.0")
    assert "above 30.0 seconds for 10 minutes." in by_name["HighInferenceRequestLatencyP99"].annotations["description"]
    assert by_name["HighInferenceErrorRate"].expr.endswith("> 0.1")
    assert "above 10% for 10 minutes." in by_name["HighInferenceErrorRate"].annotations["description"]
    assert by_name["HighInferencePoolAvgQueueSize"].expr == "inference_pool_average_queue_size > 20"
    assert (
        by_name["HighInferencePoolAvgKVCacheUtilization"].expr == "inference_pool_average_kv_cache_utilization > 0.95"
    )
    assert "above 95% for 10 minutes," in by_name["HighInferencePoolAvgKVCacheUtilization"].annotations["description"]
    assert {a.for_duration for a in constructed.rules} == {"10m"}


def test_extra_alerts_follow_the_four(chart):
    extra = Alert(
        "HighTimePerOutputToken",
        "histogram_quantile(0.9, rate(normalized_time_per_output_token_seconds_bucket[5m])) > 0.5",
        "10m",
        {"severity": "warning"},
        {"title": "Slow tokens for model {{ $labels.model_name }}"},
    )
    constructed = InferenceAlerts(chart, "alerts", extra_alerts=[extra])
    rules = yaml.safe_load(constructed.rules_file)["groups"][0]["rules"]
    assert [r["alert"] for r in rules][-1] == "HighTimePerOutputToken" and len(rules) == 5
    assert rules[-1] == {
        "alert": "HighTimePerOutputToken",
        "annotations": {"title": "Slow tokens for model {{ $labels.model_name }}"},
        "expr": extra.expr,
        "for": "10m",
        "labels": {"severity": "warning"},
    }


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        # promql-parser's own diagnostics, each naming the alert.
        (
            Alert("Broken", "rate(inference_model_request_total)"),
            r"alert Broken: expression 'rate\(inference_model_request_total\)' is not valid PromQL: .*expected type matrix",
        ),
        (
            Alert("Unknown", "ratee(inference_model_request_total[5m]) > 1"),
            r"alert Unknown: expression .* is not valid PromQL: .*ratee",
        ),
        (
            Alert("Unclosed", "sum(inference_pool_average_queue_size > 1"),
            r"alert Unclosed: expression .* is not valid PromQL",
        ),
        (
            Alert("Arity", "histogram_quantile(inference_model_request_duration_seconds_bucket) > 1"),
            r"alert Arity: expression .* is not valid PromQL",
        ),
        (
            Alert("BadRange", "rate(inference_model_request_total[5 minutes]) > 1"),
            r"alert BadRange: expression .* is not valid PromQL",
        ),
        (Alert("1stAlert", "up == 0"), r"alert name '1stAlert': use letters, digits"),
        (
            Alert("SlowFor", "up == 0", for_duration="five minutes"),
            r"alert SlowFor: for='five minutes': write a Prometheus duration",
        ),
        (Alert("BadLabel", "up == 0", labels={"team-name": "x"}), r"alert BadLabel: label name 'team-name'"),
        (
            Alert("NumberLabel", "up == 0", labels={"priority": 1}),
            r"alert NumberLabel: label priority=1: values are strings",
        ),
        (
            Alert("OwnName", "up == 0", labels={"alertname": "x"}),
            r"alert OwnName: label 'alertname' is set by Prometheus",
        ),
        (Alert("HighInferenceErrorRate", "up == 0"), r"alert HighInferenceErrorRate: defined twice"),
    ],
)
def test_refuses_a_bad_extra_alert(chart, extra, message):
    with pytest.raises(ConstructError, match=rf"^c/alerts: {message}"):
        InferenceAlerts(chart, "alerts", extra_alerts=[extra])


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"thresholds": Thresholds(error_rate=5)}, r"thresholds.error_rate=5: a fraction from 0 to 1 \(0.05 is 5%\)"),
        (
            {"thresholds": Thresholds(kv_cache_utilization=90)},
            r"thresholds.kv_cache_utilization=90: a fraction from 0 to 1",
        ),
        ({"thresholds": Thresholds(queue_size=-1)}, r"thresholds.queue_size=-1: give a finite number, 0 or more"),
        (
            {"thresholds": Thresholds(latency_p99_seconds=float("inf"))},
            r"thresholds.latency_p99_seconds=inf: give a finite number",
        ),
        ({"thresholds": Thresholds(queue_size=True)}, r"thresholds.queue_size=True: give a finite number"),
        (
            {"thresholds": Thresholds(for_duration="five minutes")},
            r"thresholds.for_duration='five minutes': write a Prometheus duration",
        ),
        ({"evaluation_interval": "30"}, r"evaluation_interval='30': write a Prometheus duration"),
        (
            {"forms": ("grafana",)},
            r"forms=\('grafana',\): choose one or more of rules-file, managed-prometheus, prometheus-operator",
        ),
        ({"forms": ()}, r"forms=\(\): choose one or more"),
        ({"forms": "rules-file"}, r"forms='rules-file': choose one or more"),
        ({"namespace": "Monitoring"}, r"namespace='Monitoring': use a DNS label"),
        ({"name": "Inference Alerts"}, r"name='Inference Alerts': use a DNS subdomain"),
        ({"extra_alerts": ["up == 0"]}, r"extra_alerts: 'up == 0' is not an infergw.alerts.Alert"),
    ],
)
def test_refuses(chart, kwargs, message):
    with pytest.raises(ConstructError, match=rf"^c/alerts: {message}"):
        InferenceAlerts(chart, "alerts", **kwargs)


@pytest.mark.parametrize("managed_prometheus", ["v0.15.3", "v0.17.2"])
def test_objects_pass_their_crd_schemas(chart, managed_prometheus):
    objects = InferenceAlerts(chart, "alerts", forms=ALL_FORMS).objects
    options = ValidationOptions(managed_prometheus_release=managed_prometheus)
    assert validate_objects([(f"{o['kind']}.yaml", o) for o in objects], options) == []


def test_validation_would_catch_a_rule_with_record_and_alert(chart):
    # v0.17.2 CEL: exactly one of record / alert.
    (rules_object,) = InferenceAlerts(chart, "alerts").objects
    rules_object["spec"]["groups"][0]["rules"][0]["record"] = "job:latency:p99"
    findings = validate_objects([("rules.yaml", rules_object)], ValidationOptions(managed_prometheus_release="v0.17.2"))
    assert any("exactly one of Record or Alert" in f.message for f in findings)


def test_group_name_is_the_seeds(chart):
    assert (
        yaml.safe_load(InferenceAlerts(chart, "alerts").rules_file)["groups"][0]["name"]
        == GROUP
        == "gateway-api-inference-extension"
    )


def test_golden():
    app = cdk8s.App()
    InferenceAlerts(Chart(app, "observability"), "alerts", forms=ALL_FORMS)
    assert_golden("observability-alerts", render(app, ValidationOptions()))


@pytest.mark.parametrize("managed_prometheus", ["v0.15.3", "v0.17.2"])
def test_golden_tree_passes_infergw_validate(managed_prometheus, capsys):
    # Rules and PrometheusRule against both Managed Prometheus CRD releases' schemas.
    assert (
        main(
            [
                "validate",
                *[],
                "--managed-prometheus-release",
                managed_prometheus,
                str(GOLDEN_ROOT / "observability-alerts"),
            ]
        )
        == 0
    )
    assert " 0 errors" in capsys.readouterr().out
