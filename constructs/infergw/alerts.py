"""``InferenceAlerts``: the four alerts of Google's guide, from one definition in three forms.

* a plain Prometheus rules file, ``prerequisites/<name>.rules.yaml``, for
  ``gcloud alpha monitoring policies migrate --policies-from-prometheus-alert-rules-yaml`` (and
  for ``promtool``);
* a Managed Prometheus ``Rules`` object (``monitoring.googleapis.com/v1``), evaluated in-cluster;
* a ``PrometheusRule`` (``monitoring.coreos.com/v1``) for prometheus-operator, on request.

Expressions, ``for``, labels and annotations are the guide's; thresholds are typed properties and
the annotations state them. Every expression is parsed by a real PromQL parser at construction: a
syntax error or an unknown function names the alert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import promql_parser

from infergw.errors import ConstructError
from infergw.objects import emit, emit_file
from infergw.output import dump_yaml
from infergw.runtime import Construct, LazyPath

GROUP = "gateway-api-inference-extension"
Form = Literal["rules-file", "managed-prometheus", "prometheus-operator"]


@dataclass(frozen=True)
class Thresholds:
    """When each alert fires (defaults are the guide's).

    :param latency_p99_seconds: P99 request duration, seconds. default: 10.0
    :param error_rate: errors per request, a fraction. default: 0.05 (5%)
    :param queue_size: average requests waiting per pool. default: 50
    :param kv_cache_utilization: average KV-cache use, a fraction. default: 0.9 (90%)
    :param for_duration: how long the condition must hold. default: 5m
    """

    latency_p99_seconds: float = 10.0
    error_rate: float = 0.05
    queue_size: float = 50
    kv_cache_utilization: float = 0.9
    for_duration: str = "5m"


@dataclass(frozen=True)
class Alert:
    """One alerting rule, form-independent."""

    alert: str
    expr: str
    for_duration: str
    labels: dict[str, str]
    annotations: dict[str, str]

    def rule(self) -> dict[str, object]:
        """The rule as Prometheus, GMP and prometheus-operator all write it."""
        return {"alert": self.alert, "annotations": self.annotations, "expr": self.expr, "for": self.for_duration, "labels": self.labels}


def _percent(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def _minutes(duration: str) -> str:
    """``5m`` -> ``5 minutes`` (as the guide's descriptions say it)."""
    units = {"s": "seconds", "m": "minutes", "h": "hours"}
    number, unit = duration[:-1], duration[-1]
    return f"{number} {units[unit]}" if unit in units and number.isdigit() else duration


def alerts(t: Thresholds) -> list[Alert]:
    """The four alerts for thresholds ``t``."""
    held = f"for {_minutes(t.for_duration)}"
    return [
        Alert(
            "HighInferenceRequestLatencyP99",
            f"histogram_quantile(0.99, rate(inference_model_request_duration_seconds_bucket[5m])) > {t.latency_p99_seconds!r}",
            t.for_duration,
            {"severity": "warning"},
            {
                "title": "High latency (P99) for model {{ $labels.model_name }}",
                "description": "The 99th percentile request duration for model {{ $labels.model_name }} and target model "
                f"{{{{ $labels.target_model_name }}}} has been consistently above {t.latency_p99_seconds!r} seconds {held}.",
            },
        ),
        Alert(
            "HighInferenceErrorRate",
            "sum by (model_name) (rate(inference_model_request_error_total[5m])) / "
            f"sum by (model_name) (rate(inference_model_request_total[5m])) > {t.error_rate!r}",
            t.for_duration,
            {"severity": "critical", "impact": "availability"},
            {
                "title": "High error rate for model {{ $labels.model_name }}",
                "description": "The error rate for model {{ $labels.model_name }} and target model {{ $labels.target_model_name }} "
                f"has been consistently above {_percent(t.error_rate)} {held}.",
            },
        ),
        Alert(
            "HighInferencePoolAvgQueueSize",
            f"inference_pool_average_queue_size > {t.queue_size!r}",
            t.for_duration,
            {"severity": "critical", "impact": "performance"},
            {
                "title": "High average queue size for inference pool {{ $labels.name }}",
                "description": "The average number of requests pending in the queue for inference pool {{ $labels.name }} "
                f"has been consistently above {t.queue_size!r} {held}.",
            },
        ),
        Alert(
            "HighInferencePoolAvgKVCacheUtilization",
            f"inference_pool_average_kv_cache_utilization > {t.kv_cache_utilization!r}",
            t.for_duration,
            {"severity": "critical", "impact": "resource_exhaustion"},
            {
                "title": "High KV cache utilization for inference pool {{ $labels.name }}",
                "description": "The average KV cache utilization for inference pool {{ $labels.name }} has been consistently above "
                f"{_percent(t.kv_cache_utilization)} {held}, indicating potential resource exhaustion.",
            },
        ),
    ]


def rules_file(rules: Sequence[Alert]) -> str:
    """The plain Prometheus rules file (one group, as the guide writes it)."""
    return dump_yaml([{"groups": [{"name": GROUP, "rules": [r.rule() for r in rules]}]}])


class InferenceAlerts(Construct):
    """The guide's four alerts.

    :param name: object and file name. default: inference-alerts
    :param namespace: namespace of the Rules / PrometheusRule objects. default: default
    :param thresholds: default: the guide's
    :param forms: which forms to emit. default: rules file and Managed Prometheus Rules
    :param evaluation_interval: group interval of the in-cluster forms. default: 30s
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str = "inference-alerts",
        *,
        namespace: str = "default",
        thresholds: Thresholds = Thresholds(),
        forms: Sequence[Form] = ("rules-file", "managed-prometheus"),
        evaluation_interval: str = "30s",
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        unknown = set(forms) - {"rules-file", "managed-prometheus", "prometheus-operator"}
        if unknown or not forms:
            raise ConstructError(path, f"forms={list(forms)}: choose from rules-file, managed-prometheus, prometheus-operator")
        for field_name in ("latency_p99_seconds", "error_rate", "queue_size", "kv_cache_utilization"):
            if getattr(thresholds, field_name) < 0:
                raise ConstructError(path, f"thresholds.{field_name}={getattr(thresholds, field_name)}: thresholds are not negative")
        for field_name in ("error_rate", "kv_cache_utilization"):
            if getattr(thresholds, field_name) > 1:
                raise ConstructError(path, f"thresholds.{field_name}={getattr(thresholds, field_name)}: a fraction from 0 to 1 (0.05 is 5%)")
        for duration_name, duration in (("thresholds.for_duration", thresholds.for_duration), ("evaluation_interval", evaluation_interval)):
            try:
                promql_parser.parse_duration(duration)
            except ValueError:
                raise ConstructError(path, f"{duration_name}={duration!r}: write a Prometheus duration such as 5m") from None
        self.rules = alerts(thresholds)
        for rule in self.rules:
            try:
                promql_parser.parse(rule.expr)
            except ValueError as exc:
                raise ConstructError(path, f"alert {rule.alert}: expression {rule.expr!r} is not valid PromQL: {exc}") from None
        self.rules_file = rules_file(self.rules)
        group = {"name": GROUP, "interval": evaluation_interval, "rules": [r.rule() for r in self.rules]}
        meta = {"name": name, "namespace": namespace}
        if "rules-file" in forms:
            emit_file(self, f"{name}.rules.yaml", self.rules_file)
        if "managed-prometheus" in forms:
            emit(self, "Rules", {"apiVersion": "monitoring.googleapis.com/v1", "kind": "Rules", "metadata": dict(meta), "spec": {"groups": [group]}})
        if "prometheus-operator" in forms:
            emit(self, "PrometheusRule", {"apiVersion": "monitoring.coreos.com/v1", "kind": "PrometheusRule", "metadata": dict(meta),
                                          "spec": {"groups": [group]}})
