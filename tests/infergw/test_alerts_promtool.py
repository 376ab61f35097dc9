"""The alert rules under Prometheus' own tooling: ``promtool check rules`` and ``promtool test rules``
with synthetic series, for each of the three forms (the Rules and PrometheusRule objects unwrapped to
a plain ``groups:`` file first).

For each of the four alerts: silent while the condition has held for less than ``for: 5m``
(pending), firing once it has held 5 minutes, resolved once the series fall back; silent below the
threshold and, for the gauges, exactly at it (the comparison is strict). Rate-based alerts become
active one minute in (``rate`` needs two samples), so they fire at 6m rather than 5m.

promtool comes from Debian's ``prometheus`` package (2.42), installed by ``make setup`` into
.tools/bin; without it these tests skip with the reason.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import tool
from infergw.cdk.alerts import InferenceAlerts
from infergw.cdk.chart import Chart
from infergw.cdk.runtime import cdk8s
from infergw.releases import RELEASES, MetricNames
from infergw.render.alerts import AlertsProps, Thresholds, unwrap

#: The release of the source documents, whose manifests these tests reproduce.
SEED_RELEASE = "v1.0.2"

pytestmark = pytest.mark.slow
FORMS = ("rules-file", "managed-prometheus", "prometheus-operator")
POOL_LABELS = {"name": "vllm-llama3-8b-instruct"}
MODEL_LABELS = {"model_name": "food-review", "target_model_name": "food-review-1"}


#: One release per metric naming scheme: inference_model_* (v1.0.x), inference_objective_* with the
#: inference_pool_* gauges (GAIE v1.1 on and llm-d-router v0.9.0), llm_d_epp_* (llm-d-router v0.10.0).
SCHEMES = tuple({r.metrics: r.id for r in reversed(RELEASES.values()) if r.metrics is not None}.values())[::-1]


def test_each_naming_scheme_is_tested():
    assert {RELEASES[r].metrics.requests for r in SCHEMES} >= {
        "inference_model_request_total",
        "inference_objective_request_total",
        "llm_d_epp_request_total",
    }


def rules_text(form: str, thresholds: Thresholds | None = None, release: str = SEED_RELEASE) -> str:
    """The rules of ``form`` as a plain rules file (what promtool reads)."""
    props = AlertsProps(forms=FORMS, thresholds=thresholds or Thresholds(), release=release)
    constructed = InferenceAlerts(Chart(cdk8s.App(), "c"), "alerts", props=props)
    if form == "rules-file":
        return constructed.rules_file
    kind = {"managed-prometheus": "Rules", "prometheus-operator": "PrometheusRule"}[form]
    return unwrap(next(o for o in constructed.objects if o["kind"] == kind))


def promtool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([tool("promtool"), *args], capture_output=True, text=True, timeout=120)


def series(metric: str, values: str, **labels: str) -> dict:
    return {"series": metric + "{" + ",".join(f'{k}="{v}"' for k, v in labels.items()) + "}", "values": values}


# Synthetic series per alert and scenario. Times are minutes at a 1m scrape interval.
# "episode": above the threshold from 0m to 14m, below from 15m.
def inputs(m: MetricNames) -> dict:
    """Synthetic series per alert and scenario, in the metric names ``m``."""
    return {
        "HighInferencePoolAvgKVCacheUtilization": {
            "episode": [series(m.pool_kv_cache_utilization, "0.95x14 0.5x15", **POOL_LABELS)],
            "below": [series(m.pool_kv_cache_utilization, "0.85x30", **POOL_LABELS)],
            "at": [series(m.pool_kv_cache_utilization, "0.9x30", **POOL_LABELS)],
        },
        "HighInferencePoolAvgQueueSize": {
            "episode": [series(m.pool_queue_size, "60x14 10x15", **POOL_LABELS)],
            "below": [series(m.pool_queue_size, "49x30", **POOL_LABELS)],
            "at": [series(m.pool_queue_size, "50x30", **POOL_LABELS)],
        },
        "HighInferenceErrorRate": {
            # 100 requests a minute; 10% errors, then 1%; 4% throughout for "below".
            "episode": [
                series(m.requests, "0+100x30", **MODEL_LABELS),
                series(m.request_errors, "0+10x14 141+1x15", **MODEL_LABELS),
            ],
            "below": [
                series(m.requests, "0+100x30", **MODEL_LABELS),
                series(m.request_errors, "0+4x30", **MODEL_LABELS),
            ],
        },
        "HighInferenceRequestLatencyP99": {
            # 60 requests a minute; all between 10s and 20s (P99 19.9s), then all under 5s (P99 4.95s).
            "episode": [
                series(m.request_duration + "_bucket", v, **MODEL_LABELS, le=le)
                for le, v in (("5", "0x14 60+60x15"), ("10", "0x14 60+60x15"), ("20", "0+60x30"), ("+Inf", "0+60x30"))
            ],
            "below": [
                series(m.request_duration + "_bucket", v, **MODEL_LABELS, le=le)
                for le, v in (("5", "0+54x30"), ("10", "0+60x30"), ("20", "0+60x30"), ("+Inf", "0+60x30"))
            ],
        },
    }


FIRING = {
    "HighInferencePoolAvgKVCacheUtilization": {
        "exp_labels": {"severity": "critical", "impact": "resource_exhaustion", **POOL_LABELS},
        "exp_annotations": {
            "title": "High KV cache utilization for inference pool vllm-llama3-8b-instruct",
            "description": "The average KV cache utilization for inference pool vllm-llama3-8b-instruct has been "
            "consistently above 90% for 5 minutes, indicating potential resource exhaustion.",
        },
    },
    "HighInferencePoolAvgQueueSize": {
        "exp_labels": {"severity": "critical", "impact": "performance", **POOL_LABELS},
        "exp_annotations": {
            "title": "High average queue size for inference pool vllm-llama3-8b-instruct",
            "description": "The average number of requests pending in the queue for inference pool "
            "vllm-llama3-8b-instruct has been consistently above 50 for 5 minutes.",
        },
    },
    "HighInferenceErrorRate": {
        # `sum by (model_name)` drops target_model_name, which the guide's description still names.
        "exp_labels": {"severity": "critical", "impact": "availability", "model_name": "food-review"},
        "exp_annotations": {
            "title": "High error rate for model food-review",
            "description": "The error rate for model food-review and target model  has been consistently above 5% "
            "for 5 minutes.",
        },
    },
    "HighInferenceRequestLatencyP99": {
        "exp_labels": {"severity": "warning", **MODEL_LABELS},
        "exp_annotations": {
            "title": "High latency (P99) for model food-review",
            "description": "The 99th percentile request duration for model food-review and target model "
            "food-review-1 has been consistently above 10.0 seconds for 5 minutes.",
        },
    },
}
INPUTS = inputs(RELEASES[SEED_RELEASE].metrics)
RATE_BASED = {"HighInferenceErrorRate", "HighInferenceRequestLatencyP99"}


def episode_expectations(alert: str) -> list[tuple[str, bool]]:
    """(eval time, firing?) through one episode: pending, firing after `for`, still firing, resolved."""
    onset = 1 if alert in RATE_BASED else 0
    resolved = 20 if alert in RATE_BASED else 15  # a 5m rate window must leave the episode first
    return [(f"{onset + 4}m", False), (f"{onset + 5}m", True), ("14m", True), (f"{resolved}m", False), ("30m", False)]


#: Series prefixes per naming scheme as each release's metrics guide spells them (literals, not the table):
#: the per-request metrics were renamed ``inference_model_*`` -> ``inference_objective_*`` in v1.1; the pool
#: gauges kept their names.
GUIDE_PREFIXES = {"v1.0.2": "inference_model_", "v1.1.0": "inference_objective_", "v1.5.0": "inference_objective_"}


def renamed(inputs: list[dict], prefix: str) -> list[dict]:
    return [dict(s, series=s["series"].replace("inference_model_", prefix)) for s in inputs]


def unit_test(alert: str, scenario: str, expectations: list[tuple[str, bool]], release: str = SEED_RELEASE) -> dict:
    return {
        "interval": "1m",
        "name": f"{alert} {scenario}",
        "input_series": inputs(RELEASES[release].metrics)[alert][scenario],
        "alert_rule_test": [
            {"eval_time": at, "alertname": alert, "exp_alerts": [FIRING[alert]] if firing else []}
            for at, firing in expectations
        ],
    }


def run_tests(directory: Path, rules: str, tests: list[dict]) -> subprocess.CompletedProcess:
    (directory / "rules.yaml").write_text(rules)
    (directory / "tests.yaml").write_text(
        yaml.safe_dump({"rule_files": ["rules.yaml"], "evaluation_interval": "1m", "tests": tests}, sort_keys=False)
    )
    return promtool("test", "rules", str(directory / "tests.yaml"))


@pytest.mark.parametrize("release", SCHEMES)
@pytest.mark.parametrize("form", FORMS)
def test_check_rules(tmp_path, form, release):
    (tmp_path / "rules.yaml").write_text(rules_text(form, release=release))
    result = promtool("check", "rules", str(tmp_path / "rules.yaml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 4 rules found" in result.stdout


def test_check_rules_rejects_what_prometheus_would(tmp_path):
    # The harness can fail: promtool refuses a rule whose expression does not parse.
    broken = rules_text("rules-file").replace(
        "inference_pool_average_queue_size > 50", "inference_pool_average_queue_size >"
    )
    (tmp_path / "rules.yaml").write_text(broken)
    result = promtool("check", "rules", str(tmp_path / "rules.yaml"))
    assert result.returncode == 1 and "FAILED" in result.stdout + result.stderr


@pytest.mark.parametrize("release", SCHEMES)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("alert", list(INPUTS))
def test_fires_after_for_and_resolves(tmp_path, form, alert, release):
    rules = rules_text(form, release=release)
    result = run_tests(tmp_path, rules, [unit_test(alert, "episode", episode_expectations(alert), release)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


@pytest.mark.parametrize("release", SCHEMES)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("alert", list(INPUTS))
def test_silent_below_the_threshold(tmp_path, form, alert, release):
    silent = [(at, False) for at in ("5m", "10m", "30m")]
    scenarios = [unit_test(alert, s, silent, release) for s in ("below", "at") if s in INPUTS[alert]]
    result = run_tests(tmp_path, rules_text(form, release=release), scenarios)
    assert result.returncode == 0, result.stdout + result.stderr


def test_thresholds_reach_the_rules(tmp_path):
    # 0.95 fires at the default 0.9 (above); at a 0.97 threshold the same series stays silent.
    alert = "HighInferencePoolAvgKVCacheUtilization"
    result = run_tests(
        tmp_path,
        rules_text("rules-file", Thresholds(kv_cache_utilization=0.97)),
        [unit_test(alert, "episode", [("5m", False), ("14m", False)])],
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_series_of_another_scheme_do_not_fire(tmp_path):
    # The schemes really differ: inference_model_* series leave the llm_d_epp_* rules silent.
    alert = "HighInferencePoolAvgKVCacheUtilization"
    result = run_tests(
        tmp_path,
        rules_text("rules-file", release="llm-d-router/v0.10.0"),
        [unit_test(alert, "episode", [("5m", True)], SEED_RELEASE)],
    )
    assert result.returncode == 1, result.stdout + result.stderr


def test_a_wrong_expectation_fails(tmp_path):
    # The harness can fail: claiming the alert fires before `for` has elapsed is caught.
    alert = "HighInferencePoolAvgKVCacheUtilization"
    result = run_tests(tmp_path, rules_text("rules-file"), [unit_test(alert, "episode", [("4m", True)])])
    assert result.returncode == 1, result.stdout + result.stderr
    assert "FAILED" in result.stdout + result.stderr


@pytest.mark.parametrize("alert", list(INPUTS))
def test_every_expectation_is_decisive(tmp_path, alert):
    # Flipping any single expectation of the episode (pending at onset+4m, firing at onset+5m, still
    # firing at 14m, resolved after) makes promtool fail: the boundaries above are exact, not loose.
    expectations = episode_expectations(alert)
    for index, (at, firing) in enumerate(expectations):
        flipped = [*expectations[:index], (at, not firing), *expectations[index + 1 :]]
        result = run_tests(tmp_path, rules_text("rules-file"), [unit_test(alert, "episode", flipped)])
        assert result.returncode == 1, f"{alert} at {at}: promtool accepted firing={not firing}\n{result.stdout}"


@pytest.mark.parametrize("release", sorted(GUIDE_PREFIXES))
@pytest.mark.parametrize("alert", list(INPUTS))
def test_each_naming_scheme_fires_on_its_own_series(tmp_path, release, alert):
    """The rules of each release fire on the series its picker exports (v1.1 on: inference_objective_*)."""
    test = unit_test(alert, "episode", episode_expectations(alert))
    tests = [dict(test, input_series=renamed(INPUTS[alert]["episode"], GUIDE_PREFIXES[release]))]
    result = run_tests(tmp_path, rules_text("rules-file", release=release), tests)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("alert", sorted(RATE_BASED))
def test_v11_rules_ignore_the_old_names(tmp_path, alert):
    """A v1.1 rule on a v1.0 picker's series (inference_model_*) stays silent: the names must match."""
    silent = [(at, False) for at, _ in episode_expectations(alert)]
    result = run_tests(tmp_path, rules_text("rules-file", release="v1.1.0"), [unit_test(alert, "episode", silent)])
    assert result.returncode == 0, result.stdout + result.stderr
