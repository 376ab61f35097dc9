"""``InferenceAlerts``: the four alerts of Google's guide, from one definition in three forms.

* a plain Prometheus rules file, ``prerequisites/<name>.rules.yaml``: what
  ``gcloud alpha monitoring policies migrate --policies-from-prometheus-alert-rules-yaml`` takes,
  and what ``promtool check rules`` / ``promtool test rules`` read;
* a Managed Prometheus ``Rules`` object (``monitoring.googleapis.com/v1``), evaluated in-cluster;
* a ``PrometheusRule`` (``monitoring.coreos.com/v1``) for prometheus-operator, on request.

The three carry the same rules; :func:`unwrap` turns either object back into the rules file (less
the group ``interval``, which only the in-cluster forms have), so one set of promtool tests covers
all three. Expressions, ``for``, labels and annotations are the guide's; thresholds are typed
properties and the annotations state them. Alerts of your own (the guide invites adding more)
go in ``extra_alerts``. Every expression is parsed by a real PromQL parser (``promql-parser``)
at construction: a syntax error, a type error or an unknown function is an error naming the alert.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import promql_parser

from infergw.cdk.chart import emit, emit_file
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.names import DNS_LABEL, DNS_SUBDOMAIN, PROMETHEUS_DURATION
from infergw.output import dump_yaml

GROUP = "gateway-api-inference-extension"
Form = Literal["rules-file", "managed-prometheus", "prometheus-operator"]
FORMS: tuple[Form, ...] = ("rules-file", "managed-prometheus", "prometheus-operator")
#: Kind of each in-cluster form.
RULE_OBJECTS = {
    "managed-prometheus": ("monitoring.googleapis.com/v1", "Rules"),
    "prometheus-operator": ("monitoring.coreos.com/v1", "PrometheusRule"),
}
#: Prometheus checks alert names as metric names and label/annotation keys as label names (rulefmt).
_METRIC_NAME = re.compile(r"^[a-zA-Z_:][a-zA-Z0-9_:]*$")
_LABEL_NAME = re.compile(r"^[a-zA-Z_][a-zA-Z0-9_]*$")


@dataclass(frozen=True)
class Thresholds:
    """When each alert fires (defaults are the guide's).

    :param latency_p99_seconds: P99 request duration, seconds. default: 10.0
    :param error_rate: errors per request, a fraction from 0 to 1. default: 0.05 (5%)
    :param queue_size: average requests waiting per pool. default: 50
    :param kv_cache_utilization: average KV-cache use, a fraction from 0 to 1. default: 0.9 (90%)
    :param for_duration: how long a condition must hold before its alert fires. default: 5m
    """

    latency_p99_seconds: float = 10.0
    error_rate: float = 0.05
    queue_size: float = 50
    kv_cache_utilization: float = 0.9
    for_duration: str = "5m"


@dataclass(frozen=True)
class Alert:
    """One alerting rule, independent of the form it is emitted in.

    :param alert: the alert's name (a Prometheus metric name, such as ``HighTokenLatency``)
    :param expr: the PromQL condition
    :param for_duration: how long ``expr`` must hold. default: 5m
    :param labels: added to the alert. default: none
    :param annotations: templated text (``{{ $labels.name }}``). default: none
    """

    alert: str
    expr: str
    for_duration: str = "5m"
    labels: Mapping[str, str] = field(default_factory=dict)
    annotations: Mapping[str, str] = field(default_factory=dict)

    def rule(self) -> dict[str, Any]:
        """The rule as Prometheus, Managed Prometheus and prometheus-operator all write it (the guide's key order)."""
        rule: dict[str, Any] = {"alert": self.alert}
        if self.annotations:
            rule["annotations"] = dict(self.annotations)
        rule["expr"] = self.expr
        rule["for"] = self.for_duration
        if self.labels:
            rule["labels"] = dict(self.labels)
        return rule


def _percent(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def _minutes(duration: str) -> str:
    """``5m`` -> ``5 minutes`` (as the guide's descriptions say it)."""
    units = {"s": "seconds", "m": "minutes", "h": "hours"}
    number, unit = duration[:-1], duration[-1]
    return f"{number} {units[unit]}" if unit in units and number.isdigit() else duration


def alerts(t: Thresholds) -> list[Alert]:
    """The guide's four alerts for thresholds ``t`` (the defaults give the guide's text exactly)."""
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


def rules_file(rules: Sequence[Alert], group: str = GROUP) -> str:
    """The plain Prometheus rules file: one group, as the guide writes it."""
    return dump_yaml([{"groups": [{"name": group, "rules": [r.rule() for r in rules]}]}])


def unwrap(obj: Mapping[str, Any]) -> str:
    """The plain rules file held by a ``Rules`` or ``PrometheusRule`` object (for ``promtool``).

    Group ``interval``s are kept (Prometheus rules files accept them).

    :raises ValueError: when ``obj`` is neither kind
    """
    kinds = set(RULE_OBJECTS.values())
    if (obj.get("apiVersion"), obj.get("kind")) not in kinds:
        raise ValueError(
            f"{obj.get('apiVersion')} {obj.get('kind')} holds no rules; give a Rules or PrometheusRule object"
        )
    return dump_yaml([{"groups": obj["spec"]["groups"]}])


def _duration_problem(value: str) -> str | None:
    """Prometheus' duration syntax (``model.ParseDuration``; the PrometheusRule CRD's pattern): units required."""
    if not isinstance(value, str) or not value or not PROMETHEUS_DURATION.match(value):
        return "write a Prometheus duration such as 5m"
    return None


def check_alert(alert: Alert) -> str | None:
    """Why Prometheus would refuse ``alert``, or ``None``. The expression is parsed by promql-parser."""
    if not isinstance(alert.alert, str) or not _METRIC_NAME.match(alert.alert):
        return f"alert name {alert.alert!r}: use letters, digits, '_' and ':', not starting with a digit"
    problem = _duration_problem(alert.for_duration)
    if problem:
        return f"alert {alert.alert}: for={alert.for_duration!r}: {problem}"
    for what, mapping in (("label", alert.labels), ("annotation", alert.annotations)):
        for key, value in mapping.items():
            if not isinstance(key, str) or not _LABEL_NAME.match(key):
                return (
                    f"alert {alert.alert}: {what} name {key!r}: use letters, digits and '_', not starting with a digit"
                )
            if not isinstance(value, str):
                return f"alert {alert.alert}: {what} {key}={value!r}: values are strings (quote numbers)"
    if "alertname" in alert.labels:
        return f"alert {alert.alert}: label 'alertname' is set by Prometheus; remove it"
    try:
        promql_parser.parse(alert.expr)
    except (ValueError, TypeError) as exc:
        return f"alert {alert.alert}: expression {alert.expr!r} is not valid PromQL: {exc}"
    return None


class InferenceAlerts(Construct):
    """The guide's four alerts (and any of your own), in the forms you choose.

    :param name: object and file name. default: inference-alerts
    :param namespace: namespace of the Rules / PrometheusRule objects. default: default
    :param thresholds: default: the guide's
    :param extra_alerts: more alerts, after the four (same checks). default: none
    :param forms: which forms to emit. default: the rules file and the Managed Prometheus Rules
    :param evaluation_interval: group interval of the in-cluster forms. default: 30s

    Attributes: ``rules`` (the alerts), ``rules_file`` (the plain file's text), ``objects`` (the
    emitted Kubernetes objects), ``files`` (``{file name: text}`` written under ``prerequisites/``).
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str = "inference-alerts",
        *,
        namespace: str = "default",
        thresholds: Thresholds = Thresholds(),
        extra_alerts: Sequence[Alert] = (),
        forms: Sequence[Form] = ("rules-file", "managed-prometheus"),
        evaluation_interval: str = "30s",
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if isinstance(forms, str) or not forms or set(forms) - set(FORMS):
            raise ConstructError(path, f"forms={forms!r}: choose one or more of {', '.join(FORMS)}")
        if not isinstance(name, str) or len(name) > 253 or not DNS_SUBDOMAIN.match(name):
            raise ConstructError(path, f"name={name!r}: use a DNS subdomain (lower-case letters, digits, '-', '.')")
        if not isinstance(namespace, str) or len(namespace) > 63 or not DNS_LABEL.match(namespace):
            raise ConstructError(path, f"namespace={namespace!r}: use a DNS label (lower-case letters, digits, '-')")
        for field_name in ("latency_p99_seconds", "error_rate", "queue_size", "kv_cache_utilization"):
            value = getattr(thresholds, field_name)
            if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
                raise ConstructError(path, f"thresholds.{field_name}={value!r}: give a finite number, 0 or more")
        for field_name in ("error_rate", "kv_cache_utilization"):
            if getattr(thresholds, field_name) > 1:
                raise ConstructError(
                    path,
                    f"thresholds.{field_name}={getattr(thresholds, field_name)}: a fraction from 0 to 1 (0.05 is 5%)",
                )
        for field_name, duration in (
            ("thresholds.for_duration", thresholds.for_duration),
            ("evaluation_interval", evaluation_interval),
        ):
            problem = _duration_problem(duration)
            if problem:
                raise ConstructError(path, f"{field_name}={duration!r}: {problem}")
        self.rules = [*alerts(thresholds), *extra_alerts]
        seen: set[str] = set()
        for rule in self.rules:
            if not isinstance(rule, Alert):
                raise ConstructError(path, f"extra_alerts: {rule!r} is not an infergw.alerts.Alert")
            problem = check_alert(rule)
            if problem:
                raise ConstructError(path, problem)
            if rule.alert in seen:
                raise ConstructError(path, f"alert {rule.alert}: defined twice; give each alert its own name")
            seen.add(rule.alert)
        self.rules_file = rules_file(self.rules)
        group = {"name": GROUP, "interval": evaluation_interval, "rules": [r.rule() for r in self.rules]}
        self.files: dict[str, str] = {}
        self.objects: list[dict[str, Any]] = []
        if "rules-file" in forms:
            self.files[f"{name}.rules.yaml"] = self.rules_file
        for form in ("managed-prometheus", "prometheus-operator"):
            if form in forms:
                api_version, kind = RULE_OBJECTS[form]
                self.objects.append(
                    {
                        "apiVersion": api_version,
                        "kind": kind,
                        "metadata": {"name": name, "namespace": namespace},
                        "spec": {"groups": [dict(group)]},
                    }
                )
        for file_name, text in self.files.items():
            emit_file(self, file_name, text)
        for obj in self.objects:
            emit(self, obj["kind"], obj)
