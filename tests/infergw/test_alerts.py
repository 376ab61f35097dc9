"""InferenceAlerts: the seed's four alerts exactly, thresholds, extra alerts, the three forms from
one definition, PromQL parsing at construction, refusals, CRD validation and the golden tree.
(promtool runs over the rules in test_alerts_promtool.py.)"""

from __future__ import annotations

import pytest
import seed003
import yaml
from golden import GOLDEN_ROOT, assert_golden
from infergw.cdk.alerts import InferenceAlerts
from infergw.cdk.chart import Chart
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cli import main
from infergw.errors import ConstructError
from infergw.releases import RELEASES, MetricNames
from infergw.render.alerts import (
    GROUP,
    METRIC_RELEASES,
    Alert,
    AlertsProps,
    Thresholds,
    alerts,
    release_metrics,
    render_alerts,
    unwrap,
)
from infergw.settings import PropsError
from infergw.validation import ValidationOptions, validate_objects

#: The release of the source documents, whose manifests these tests reproduce.
SEED_RELEASE = "v1.0.2"

ALL_FORMS = ("rules-file", "managed-prometheus", "prometheus-operator")


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def test_rules_file_equals_the_seed(chart, reference):
    assert yaml.safe_load(
        InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE)).rules_file
    ) == yaml.safe_load(seed003.alerts(reference))


def test_expressions_are_the_seeds_verbatim(reference):
    seed = yaml.safe_load(seed003.alerts(reference))["groups"][0]["rules"]
    assert [(a.alert, a.expr, a.for_duration) for a in alerts(Thresholds(), SEED_RELEASE)] == [
        (r["alert"], r["expr"], r["for"]) for r in seed
    ]


def test_three_forms_carry_the_same_rules(chart):
    constructed = InferenceAlerts(
        chart, "alerts", props=AlertsProps(release=SEED_RELEASE, forms=ALL_FORMS, namespace="monitoring")
    )
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
    only_operator = InferenceAlerts(
        chart, "op", props=AlertsProps(release=SEED_RELEASE, name="op-alerts", forms=("prometheus-operator",))
    )
    assert only_operator.objects[0]["metadata"]["name"] == "op-alerts"
    assert [o["kind"] for o in only_operator.objects] == ["PrometheusRule"] and only_operator.files == {}


def test_unwrap_refuses_other_kinds():
    with pytest.raises(ValueError, match="v1 ConfigMap holds no rules"):
        unwrap({"apiVersion": "v1", "kind": "ConfigMap"})


def test_thresholds_change_expressions_and_annotations(chart):
    thresholds = Thresholds(
        latency_p99_seconds=30.0, error_rate=0.1, queue_size=20, kv_cache_utilization=0.95, for_duration="10m"
    )
    constructed = InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE, thresholds=thresholds))
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
    constructed = InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE, extra_alerts=(extra,)))
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
        # promql-parser's own diagnostics, each naming the field and the alert.
        (
            Alert("Broken", "rate(inference_model_request_total)"),
            r"extra_alerts\[0\].expr='rate\(inference_model_request_total\)': alert Broken: not valid PromQL: "
            r".*expected type matrix",
        ),
        (
            Alert("Unknown", "ratee(inference_model_request_total[5m]) > 1"),
            r"extra_alerts\[0\].expr='ratee.*': alert Unknown: not valid PromQL: .*ratee",
        ),
        (
            Alert("Unclosed", "sum(inference_pool_average_queue_size > 1"),
            r"extra_alerts\[0\].expr=.*: alert Unclosed: not valid PromQL",
        ),
        (
            Alert("Arity", "histogram_quantile(inference_model_request_duration_seconds_bucket) > 1"),
            r"extra_alerts\[0\].expr=.*: alert Arity: not valid PromQL",
        ),
        (
            Alert("BadRange", "rate(inference_model_request_total[5 minutes]) > 1"),
            r"extra_alerts\[0\].expr=.*: alert BadRange: not valid PromQL",
        ),
        (
            Alert("1stAlert", "up == 0"),
            r"extra_alerts\[0\].alert='1stAlert': expected a Prometheus metric name: letters, digits, '_' and ':', "
            r"not starting with a digit",
        ),
        (
            Alert("SlowFor", "up == 0", for_duration="five minutes"),
            r"extra_alerts\[0\].for_duration='five minutes': expected a Prometheus duration such as 5m",
        ),
        (
            Alert("BadLabel", "up == 0", labels={"team-name": "x"}),
            r"extra_alerts\[0\].labels\['team-name'\]='x': the key 'team-name' is not a Prometheus label name",
        ),
        (
            Alert("NumberLabel", "up == 0", labels={"priority": 1}),
            r"extra_alerts\[0\].labels\['priority'\]=1: expected text, got 1",
        ),
        (
            Alert("BadNote", "up == 0", annotations={"1st": "x"}),
            r"extra_alerts\[0\].annotations\['1st'\]='x': the key '1st' is not a Prometheus label name",
        ),
        (
            Alert("OwnName", "up == 0", labels={"alertname": "x"}),
            r"extra_alerts\[0\].labels=\{'alertname': 'x'\}: alert OwnName: 'alertname' is set by Prometheus; "
            r"remove it",
        ),
        (
            Alert("HighInferenceErrorRate", "up == 0"),
            r"extra_alerts\[0\].alert='HighInferenceErrorRate': defined twice; give each alert its own name",
        ),
        ("up == 0", r"extra_alerts\[0\]='up == 0': give an infergw Alert\(alert=..., expr=...\)"),
    ],
)
def test_refuses_a_bad_extra_alert(chart, extra, message):
    with pytest.raises(ConstructError, match=rf"^c/alerts: {message}"):
        InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE, extra_alerts=(extra,)))


def test_refuses_two_extra_alerts_of_one_name(chart):
    twice = (Alert("Mine", "up == 0"), Alert("Mine", "up == 1"))
    with pytest.raises(ConstructError, match=r"^c/alerts: extra_alerts\[1\].alert='Mine': defined twice"):
        InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE, extra_alerts=twice))


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(error_rate=5)),
            r"thresholds.error_rate=5: expected a whole number from 0 to 1 or a number from 0 to 1, got 5",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(kv_cache_utilization=90)),
            r"thresholds.kv_cache_utilization=90: expected .* from 0 to 1",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(queue_size=-1)),
            r"thresholds.queue_size=-1: expected a whole number of at least 0 or a number of at least 0, got -1",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(latency_p99_seconds=float("inf"))),
            r"thresholds.latency_p99_seconds=inf: expected .* of at least 0",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(latency_p99_seconds=float("nan"))),
            r"thresholds.latency_p99_seconds=nan: expected .* of at least 0",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(queue_size=True)),
            r"thresholds.queue_size=True: expected .*, got true",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(for_duration="five minutes")),
            r"thresholds.for_duration='five minutes': expected a Prometheus duration such as 5m, 30s or 1h",
        ),
        (
            AlertsProps(release=SEED_RELEASE, thresholds=Thresholds(for_duration="")),
            r"thresholds.for_duration='': expected a Prometheus",
        ),
        (
            AlertsProps(release=SEED_RELEASE, evaluation_interval="30"),
            r"evaluation_interval='30': expected a Prometheus duration",
        ),
        (
            AlertsProps(release=SEED_RELEASE, forms=("grafana",)),
            r"forms\[0\]='grafana': expected one of rules-file, managed-prometheus, prometheus-operator",
        ),
        (AlertsProps(release=SEED_RELEASE, forms=()), r"forms=\[\]: at least 1 entry needed, got 0"),
        (
            AlertsProps(release=SEED_RELEASE, forms=("rules-file", "rules-file")),
            r"forms=\['rules-file', 'rules-file'\]: the entries must",
        ),
        (
            AlertsProps(release=SEED_RELEASE, forms="rules-file"),
            r"forms='rules-file': expected a list .* got \"rules-file\"",
        ),  # type: ignore[arg-type]
        (
            AlertsProps(release=SEED_RELEASE, namespace="Monitoring"),
            r"namespace='Monitoring': expected a namespace name",
        ),
        (
            AlertsProps(release=SEED_RELEASE, name="Inference Alerts"),
            r"name='Inference Alerts': expected a DNS subdomain",
        ),
        (AlertsProps(release="v9.9.9"), r"release='v9.9.9': expected one of v0.3.0, v1.0.0, v1.0.2"),
    ],
)
def test_refuses(chart, props, message):
    with pytest.raises(ConstructError, match=rf"^c/alerts: {message}"):
        InferenceAlerts(chart, "alerts", props=props)


def test_metric_names_are_the_releases():
    # Every release with metrics gives the guide's text for its names; the expressions follow the
    # catalogue, not literals. Releases with the same names render the same rules file.
    assert tuple(r.id for r in RELEASES.values() if r.metrics is not None) == METRIC_RELEASES
    for release in METRIC_RELEASES:
        metrics = RELEASES[release].metrics
        rules = {a.alert: a for a in alerts(Thresholds(), release)}
        assert f"rate({metrics.request_duration}_bucket[5m])" in rules["HighInferenceRequestLatencyP99"].expr
        assert rules["HighInferencePoolAvgQueueSize"].expr == f"{metrics.pool_queue_size} > 50"
        same_names = [r for r in METRIC_RELEASES if RELEASES[r].metrics == metrics]
        assert len({render_alerts(AlertsProps(release=r)).rules_file for r in same_names}) == 1


def test_llm_d_router_v0_10_alerts_read_llm_d_epp_names():
    # llm-d-router v0.10.0 (docs/metrics.md): llm_d_epp_* replaces inference_objective_* and inference_pool_*.
    rules = {a.alert: a for a in alerts(Thresholds(), "llm-d-router/v0.10.0")}
    assert rules["HighInferencePoolAvgKVCacheUtilization"].expr == "llm_d_epp_average_kv_cache_utilization > 0.9"
    assert rules["HighInferencePoolAvgQueueSize"].expr == "llm_d_epp_average_queue_size > 50"
    assert rules["HighInferenceErrorRate"].expr == (
        "sum by (model_name) (rate(llm_d_epp_request_error_total[5m])) / "
        "sum by (model_name) (rate(llm_d_epp_request_total[5m])) > 0.05"
    )
    assert "rate(llm_d_epp_request_duration_seconds_bucket[5m])" in rules["HighInferenceRequestLatencyP99"].expr
    v09 = {a.alert: a for a in alerts(Thresholds(), "llm-d-router/v0.9.0")}
    assert v09["HighInferencePoolAvgQueueSize"].expr == "inference_pool_average_queue_size > 50"
    assert "inference_objective_request_total" in v09["HighInferenceErrorRate"].expr


@pytest.mark.parametrize(
    ("release", "prefix"),
    [("v0.3.0", "inference_model_"), ("v1.0.2", "inference_model_"), ("v1.1.0", "inference_objective_")]
    + [(r, "inference_objective_") for r in ("v1.2.1", "v1.3.1", "v1.4.0", "v1.5.0", "llm-d-router/v0.9.0")],
)
def test_per_request_metrics_are_named_per_release(release, prefix):
    """The metrics guide of each release: `inference_model_*` up to v1.0.x, `inference_objective_*` from
    v1.1; the pool gauges keep their `inference_pool_*` names in both."""
    rules = {a.alert: a.expr for a in alerts(Thresholds(), release)}
    assert f"{prefix}request_duration_seconds_bucket" in rules["HighInferenceRequestLatencyP99"]
    assert f"{prefix}request_error_total" in rules["HighInferenceErrorRate"]
    assert f"{prefix}request_total" in rules["HighInferenceErrorRate"]
    other = {"inference_model_": "inference_objective_", "inference_objective_": "inference_model_"}[prefix]
    assert other not in " ".join(rules.values())
    assert rules["HighInferencePoolAvgQueueSize"] == "inference_pool_average_queue_size > 50"
    assert rules["HighInferencePoolAvgKVCacheUtilization"].startswith("inference_pool_average_kv_cache_utilization")


def test_renamed_metrics_reach_every_expression_and_annotation(monkeypatch):
    # A release that renames the metrics and labels (as v1.1 does) changes every rule accordingly.
    import infergw.render.alerts as module

    renamed = MetricNames(
        request_duration="inference_objective_request_duration_seconds",
        request_errors="inference_objective_request_error_total",
        requests="inference_objective_request_total",
        pool_queue_size="inference_pool_queue",
        pool_kv_cache_utilization="inference_pool_kv",
        model_label="model",
        target_model_label="target",
        pool_label="pool",
    )
    monkeypatch.setattr(module, "release_metrics", lambda release: renamed)
    text = yaml.safe_dump([a.rule() for a in alerts(Thresholds())])
    for old in ("inference_model_", "average_queue_size", "kv_cache_utilization", "model_name", "$labels.name"):
        assert old not in text
    rules = {a.alert: a for a in alerts(Thresholds())}
    assert rules["HighInferenceErrorRate"].expr == (
        "sum by (model) (rate(inference_objective_request_error_total[5m])) / "
        "sum by (model) (rate(inference_objective_request_total[5m])) > 0.05"
    )
    assert rules["HighInferencePoolAvgKVCacheUtilization"].expr == "inference_pool_kv > 0.9"
    assert "{{ $labels.target }}" in rules["HighInferenceRequestLatencyP99"].annotations["description"]
    assert "{{ $labels.pool }}" in rules["HighInferencePoolAvgQueueSize"].annotations["title"]


def test_release_metrics_refuses_an_unknown_release():
    assert release_metrics(SEED_RELEASE) == RELEASES[SEED_RELEASE].metrics
    known = "v0.3.0, v1.0.0, v1.0.2, v1.1.0, v1.2.1, v1.3.1, v1.4.0, v1.5.0, llm-d-router/v0.9.0, llm-d-router/v0.10.0"
    with pytest.raises(PropsError, match=rf"^release='v0.0.1': choose one of {known}$"):
        release_metrics("v0.0.1")


def test_thresholds_keep_the_number_as_written():
    # A config document's 50 stays 50 (not 50.0): the props take int or float.
    from infergw.settings import from_document, schema_of

    props = from_document(AlertsProps, {"queueSize": 50, "latencyP99Seconds": 10, "for": "10m"})
    rules = {a.alert: a for a in alerts(props.thresholds)}
    assert rules["HighInferencePoolAvgQueueSize"].expr.endswith("> 50")
    assert rules["HighInferenceRequestLatencyP99"].expr.endswith("> 10")
    assert props.thresholds.for_duration == "10m"
    keys = set(schema_of(AlertsProps)["properties"])
    assert {"forms", "latencyP99Seconds", "errorRate", "queueSize", "kvCacheUtilization", "for"} <= keys


@pytest.mark.parametrize("managed_prometheus", ["v0.15.3", "v0.17.2"])
def test_objects_pass_their_crd_schemas(chart, managed_prometheus):
    objects = InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE, forms=ALL_FORMS)).objects
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
        yaml.safe_load(InferenceAlerts(chart, "alerts", props=AlertsProps(release=SEED_RELEASE)).rules_file)["groups"][
            0
        ]["name"]
        == GROUP
        == "gateway-api-inference-extension"
    )


def test_golden():
    app = cdk8s.App()
    InferenceAlerts(Chart(app, "observability"), "alerts", props=AlertsProps(release=SEED_RELEASE, forms=ALL_FORMS))
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
