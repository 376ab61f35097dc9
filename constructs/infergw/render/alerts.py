"""The four alerts of Google's guide, from one definition in three forms (Node-free).

* a plain Prometheus rules file, ``prerequisites/<name>.rules.yaml``: what
  ``gcloud alpha monitoring policies migrate --policies-from-prometheus-alert-rules-yaml`` takes,
  and what ``promtool check rules`` / ``promtool test rules`` read;
* a Managed Prometheus ``Rules`` object (``monitoring.googleapis.com/v1``), evaluated in-cluster;
* a ``PrometheusRule`` (``monitoring.coreos.com/v1``) for prometheus-operator, on request.

The three carry the same rules; :func:`unwrap` turns either object back into the rules file (less
the group ``interval``, which only the in-cluster forms have), so one set of promtool tests covers
all three. Expressions, ``for``, labels and annotations are the guide's; the metric and label names
are the release's (``Release.metrics``); thresholds are typed settings and the annotations state
them. Alerts of your own (the guide invites adding more) go in ``extra_alerts``. Every expression
is parsed by a real PromQL parser (``promql-parser``): a syntax error, a type error or an unknown
function is a :class:`~infergw.settings.PropsError` naming the alert.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import promql_parser

from infergw.names import (
    NAMESPACE_NAME,
    OBJECT_NAME,
    PROMETHEUS_DURATION_SET,
    PROMETHEUS_LABEL_NAME,
    PROMETHEUS_METRIC_NAME,
)
from infergw.output import dump_yaml
from infergw.releases import DEFAULT_RELEASE, RELEASES, MetricNames, get_release
from infergw.settings import PropsError, check_props, flatten, setting

GROUP = "gateway-api-inference-extension"
Form = Literal["rules-file", "managed-prometheus", "prometheus-operator"]
FORMS: tuple[Form, ...] = ("rules-file", "managed-prometheus", "prometheus-operator")
#: Kind of each in-cluster form.
RULE_OBJECTS = {
    "managed-prometheus": ("monitoring.googleapis.com/v1", "Rules"),
    "prometheus-operator": ("monitoring.coreos.com/v1", "PrometheusRule"),
}
#: The releases whose endpoint picker metrics the alerts can be written for.
METRIC_RELEASES = tuple(r.id for r in RELEASES.values() if r.metrics is not None)
#: Thresholds are written into the expressions as given (``50`` stays ``50``, ``10.0`` stays ``10.0``),
#: hence ``int | float`` rather than ``float``, which a config document's ``50`` would turn into ``50.0``.
Number = int | float


@dataclass(frozen=True)
class Thresholds:
    """When each alert fires (defaults are the guide's)."""

    latency_p99_seconds: Number = setting(10.0, minimum=0, doc="P99 request duration that fires an alert, seconds.")
    error_rate: Number = setting(
        0.05, minimum=0, maximum=1, doc="Errors per request that fire an alert, a fraction from 0 to 1 (0.05 is 5%)."
    )
    queue_size: Number = setting(50, minimum=0, doc="Average requests waiting per pool that fire an alert.")
    kv_cache_utilization: Number = setting(
        0.9, minimum=0, maximum=1, doc="Average KV-cache use that fires an alert, a fraction from 0 to 1 (0.9 is 90%)."
    )
    for_duration: str = setting(
        "5m", key="for", grammar=PROMETHEUS_DURATION_SET, doc="How long a condition must hold before its alert fires."
    )


@dataclass(frozen=True)
class Alert:
    """One alerting rule, independent of the form it is emitted in."""

    alert: str = setting(
        grammar=PROMETHEUS_METRIC_NAME, doc="The alert's name (a Prometheus metric name, such as HighTokenLatency)."
    )
    expr: str = setting(doc="The PromQL condition.")
    for_duration: str = setting(
        "5m", key="for", grammar=PROMETHEUS_DURATION_SET, doc="How long ``expr`` must hold before the alert fires."
    )
    labels: Mapping[str, str] = setting(
        default_factory=dict, grammar=PROMETHEUS_LABEL_NAME, doc="Labels added to the alert (text values)."
    )
    annotations: Mapping[str, str] = setting(
        default_factory=dict,
        grammar=PROMETHEUS_LABEL_NAME,
        doc="Templated text of the alert (``{{ $labels.name }}``).",
    )

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


@dataclass(frozen=True)
class AlertsProps:
    """The alerts' settings: where the in-cluster forms live, thresholds, forms and alerts of your own."""

    name: str = setting(
        "inference-alerts", grammar=OBJECT_NAME, doc="Name of the Rules / PrometheusRule objects and the rules file."
    )
    namespace: str = setting("default", grammar=NAMESPACE_NAME, doc="Namespace of the Rules / PrometheusRule objects.")
    release: str = setting(
        DEFAULT_RELEASE,
        choices=METRIC_RELEASES,
        doc="Inference release whose endpoint-picker metric names to alert on.",
    )
    #: Flattened: the thresholds' config keys sit beside the alerts' own (``errorRate``, ``for``). With a
    #: default, which :func:`~infergw.settings.flatten` cannot give, hence its metadata on a plain field.
    thresholds: Thresholds = field(
        default_factory=Thresholds, metadata=flatten(doc="When each alert fires. default: the guide's").metadata
    )
    forms: tuple[Form, ...] = setting(
        ("rules-file", "managed-prometheus"),
        min_items=1,
        unique=True,
        doc="Which forms to emit: rules-file (prerequisites/<name>.rules.yaml), managed-prometheus (a Rules "
        "object), prometheus-operator (a PrometheusRule).",
    )
    extra_alerts: tuple[Alert, ...] = setting((), doc="More alerts, after the guide's four (same checks).")
    evaluation_interval: str = setting(
        "30s", grammar=PROMETHEUS_DURATION_SET, doc="Rule-group interval of the in-cluster forms."
    )


@dataclass(frozen=True)
class AlertSet:
    """What :func:`render_alerts` gives: the alerts, the plain file's text, the files and the objects.

    :param files: ``{file name: text}`` written under ``prerequisites/``
    :param objects: the Rules / PrometheusRule objects
    """

    rules: tuple[Alert, ...]
    rules_file: str
    files: Mapping[str, str]
    objects: tuple[dict[str, Any], ...]


def _percent(fraction: float) -> str:
    return f"{fraction * 100:g}%"


def _minutes(duration: str) -> str:
    """``5m`` -> ``5 minutes`` (as the guide's descriptions say it)."""
    units = {"s": "seconds", "m": "minutes", "h": "hours"}
    number, unit = duration[:-1], duration[-1]
    return f"{number} {units[unit]}" if unit in units and number.isdigit() else duration


def release_metrics(release: str) -> MetricNames:
    """The endpoint picker's metric names in ``release``; a :class:`PropsError` if it has none."""
    if release not in RELEASES:
        raise PropsError("release", release, f"choose one of {', '.join(METRIC_RELEASES)}")
    metrics = get_release(release).metrics
    if metrics is None:
        raise PropsError(
            "release",
            release,
            f"the release names no endpoint-picker metrics; choose one of {', '.join(METRIC_RELEASES)}",
        )
    return metrics


def alerts(t: Thresholds, release: str = DEFAULT_RELEASE) -> list[Alert]:
    """The guide's four alerts for thresholds ``t`` on ``release``'s metric names (on the guide's
    release, v1.0.2, the default thresholds give the guide's text exactly)."""
    m = release_metrics(release)
    held = f"for {_minutes(t.for_duration)}"
    model, target, pool = (
        f"{{{{ $labels.{label} }}}}" for label in (m.model_label, m.target_model_label, m.pool_label)
    )
    return [
        Alert(
            "HighInferenceRequestLatencyP99",
            f"histogram_quantile(0.99, rate({m.request_duration}_bucket[5m])) > {t.latency_p99_seconds!r}",
            t.for_duration,
            {"severity": "warning"},
            {
                "title": f"High latency (P99) for model {model}",
                "description": f"The 99th percentile request duration for model {model} and target model {target} "
                f"has been consistently above {t.latency_p99_seconds!r} seconds {held}.",
            },
        ),
        Alert(
            "HighInferenceErrorRate",
            f"sum by ({m.model_label}) (rate({m.request_errors}[5m])) / "
            f"sum by ({m.model_label}) (rate({m.requests}[5m])) > {t.error_rate!r}",
            t.for_duration,
            {"severity": "critical", "impact": "availability"},
            {
                "title": f"High error rate for model {model}",
                "description": f"The error rate for model {model} and target model {target} "
                f"has been consistently above {_percent(t.error_rate)} {held}.",
            },
        ),
        Alert(
            "HighInferencePoolAvgQueueSize",
            f"{m.pool_queue_size} > {t.queue_size!r}",
            t.for_duration,
            {"severity": "critical", "impact": "performance"},
            {
                "title": f"High average queue size for inference pool {pool}",
                "description": f"The average number of requests pending in the queue for inference pool {pool} "
                f"has been consistently above {t.queue_size!r} {held}.",
            },
        ),
        Alert(
            "HighInferencePoolAvgKVCacheUtilization",
            f"{m.pool_kv_cache_utilization} > {t.kv_cache_utilization!r}",
            t.for_duration,
            {"severity": "critical", "impact": "resource_exhaustion"},
            {
                "title": f"High KV cache utilization for inference pool {pool}",
                "description": f"The average KV cache utilization for inference pool {pool} has been consistently "
                f"above {_percent(t.kv_cache_utilization)} {held}, indicating potential resource exhaustion.",
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


def _nested(where: str, props: Any) -> None:
    """:func:`check_props` of a nested settings value, its fields named under ``where``."""
    try:
        check_props(props)
    except PropsError as exc:
        raise PropsError(f"{where}.{exc.field}" if exc.field else where, exc.value, exc.message) from None


def check_alert(alert: Alert, where: str = "alert") -> None:
    """Refuse what Prometheus would refuse in ``alert`` (``where`` names it in the error).

    The settings' limits (name, ``for``, label and annotation names, text values) and then the
    expression, parsed by promql-parser.

    :raises PropsError: naming the field under ``where``, the value and the fix
    """
    if not isinstance(alert, Alert):
        raise PropsError(where, alert, "give an infergw Alert(alert=..., expr=...)")
    _nested(where, alert)
    if "alertname" in alert.labels:
        raise PropsError(
            f"{where}.labels", dict(alert.labels), f"alert {alert.alert}: 'alertname' is set by Prometheus; remove it"
        )
    try:
        promql_parser.parse(alert.expr)
    except (ValueError, TypeError) as exc:
        raise PropsError(f"{where}.expr", alert.expr, f"alert {alert.alert}: not valid PromQL: {exc}") from None


def render_alerts(props: AlertsProps) -> AlertSet:
    """The guide's four alerts and ``props.extra_alerts`` in each of ``props.forms``."""
    for index, extra in enumerate(props.extra_alerts):
        if not isinstance(extra, Alert):
            raise PropsError(f"extra_alerts[{index}]", extra, "give an infergw Alert(alert=..., expr=...)")
    _nested("thresholds", props.thresholds)
    check_props(props)
    builtin = alerts(props.thresholds, props.release)
    seen: set[str] = set()
    for rule in builtin:
        check_alert(rule, "thresholds")
        seen.add(rule.alert)
    for index, rule in enumerate(props.extra_alerts):
        where = f"extra_alerts[{index}]"
        check_alert(rule, where)
        if rule.alert in seen:
            raise PropsError(f"{where}.alert", rule.alert, "defined twice; give each alert its own name")
        seen.add(rule.alert)
    rules = (*builtin, *props.extra_alerts)
    text = rules_file(rules)
    group = {"name": GROUP, "interval": props.evaluation_interval, "rules": [r.rule() for r in rules]}
    files = {f"{props.name}.rules.yaml": text} if "rules-file" in props.forms else {}
    objects = []
    for form in ("managed-prometheus", "prometheus-operator"):
        if form in props.forms:
            api_version, kind = RULE_OBJECTS[form]
            objects.append(
                {
                    "apiVersion": api_version,
                    "kind": kind,
                    "metadata": {"name": props.name, "namespace": props.namespace},
                    "spec": {"groups": [dict(group)]},
                }
            )
    return AlertSet(rules, text, files, tuple(objects))


__all__ = [
    "FORMS",
    "GROUP",
    "METRIC_RELEASES",
    "RULE_OBJECTS",
    "Alert",
    "AlertSet",
    "AlertsProps",
    "Form",
    "Thresholds",
    "alerts",
    "check_alert",
    "release_metrics",
    "render_alerts",
    "rules_file",
    "unwrap",
]
