"""Every reader of an endpoint-picker metric has a collector: a stack-level invariant.

An HPA on a pool's metric (``prometheus.googleapis.com|<metric>|gauge`` through the custom-metrics
adapter) and an alert rule on one read what Managed Prometheus collected from the picker's pods. If
no PodMonitoring or ClusterPodMonitoring in the set scrapes those pods, or the one that does
authenticates with a token Secret the set does not hold, the HPA never scales and the alert never
fires; the API server accepts all of it. This check finds such readers:

* readers: HPA ``External`` metrics and the expressions of ``Rules``, ``ClusterRules``,
  ``GlobalRules`` (monitoring.googleapis.com) and ``PrometheusRule`` (monitoring.coreos.com) naming
  a picker metric of any release (``releases.MetricNames``);
* pickers: the Deployments selected by the Service each InferencePool's ``endpointPickerRef``
  (v1) or ``extensionRef`` (v1alpha2) names;
* collectors: PodMonitorings in the picker's namespace and ClusterPodMonitorings whose selector
  matches its pod template, with their ``authorization`` Secret in the set.

An HPA names its pool (``metric.labels.name``); a rule reads every pool of its scope. A pool or
picker that is not in the set is someone else's to scrape: not judged here.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import Any

from infergw.releases import RELEASES
from infergw.selectors import label_selector_matches, service_selects
from infergw.validation.fields import as_list as _list
from infergw.validation.fields import field as _get
from infergw.validation.findings import Finding
from infergw.validation.loader import Document
from infergw.validation.references import Index, finding_at, name_of, namespace_of

RULE = "reference/metric-collection"
POOL_GROUPS = ("inference.networking.k8s.io", "inference.networking.x-k8s.io")
COLLECTOR_KINDS = {
    ("monitoring.googleapis.com", "PodMonitoring"),
    ("monitoring.googleapis.com", "ClusterPodMonitoring"),
}
RULE_KINDS = {
    ("monitoring.googleapis.com", "Rules"),
    ("monitoring.googleapis.com", "ClusterRules"),
    ("monitoring.googleapis.com", "GlobalRules"),
    ("monitoring.coreos.com", "PrometheusRule"),
}
#: Metric names of the picker in every release (a rule naming one reads the picker's pods).
PICKER_METRICS = frozenset(
    value
    for release in RELEASES.values()
    if release.metrics is not None
    for field in dataclasses.fields(release.metrics)
    if not field.name.endswith("_label")
    for value in [getattr(release.metrics, field.name)]
)
#: Series names a rule may write for a picker metric (histograms add _bucket, _sum and _count).
_SERIES = PICKER_METRICS | {f"{m}{suffix}" for m in PICKER_METRICS for suffix in ("_bucket", "_sum", "_count")}
_METRIC = re.compile(r"[A-Za-z_:][A-Za-z0-9_:]*")
_HPA_METRIC = re.compile(r"^prometheus\.googleapis\.com\|(?P<metric>[^|]+)\|")


@dataclasses.dataclass(frozen=True)
class _Picker:
    pool: Document
    deployment: Document

    @property
    def labels(self) -> dict[str, Any]:
        labels = _get(self.deployment.obj, "spec", "template", "metadata", "labels")
        return labels if isinstance(labels, dict) else {}


def check_metric_collection(index: Index) -> list[Finding]:
    """Findings for readers of picker metrics whose pickers nothing in the indexed set scrapes."""
    pickers = list(_pickers(index))
    if not pickers:
        return []
    collectors = _Collectors(index)
    # Candidates per namespace keep the pickers' order: the same pairs, in the same order, as
    # trying every picker for every reader, without the readers x pickers loop.
    by_namespace: dict[str, list[_Picker]] = {}
    for picker in pickers:
        by_namespace.setdefault(_namespace(picker.pool), []).append(picker)
    problems: dict[int, str | None] = {}  # id of a picker's Deployment -> why nothing collects it
    findings: list[Finding] = []

    def report(reader: Document, path: tuple[str | int, ...], metric: str, picker: _Picker) -> None:
        key = id(picker.deployment)
        if key not in problems:
            problems[key] = _collection_problem(index, collectors.of(_namespace(picker.deployment)), picker)
        problem = problems[key]
        if problem is None:
            return
        pool = f"InferencePool {name_of(picker.pool)}"
        findings.append(
            finding_at(
                reader,
                path,
                f"reads {metric} of {pool}, but {problem}, so it never sees a value: set the pool's "
                "gkeMonitoring: true (InferencePoolProps.gke_monitoring) or add EppMonitoring for it "
                "(MetricsReaderSecret for the ClusterPodMonitoring of a v0.3.0/v1.0.0 chart)",
                RULE,
            )
        )

    judged: set[tuple[int, int]] = set()  # (reader, picker): one finding each, at the first metric read
    for reader, path, metric, scope in _readers(index):
        candidates = pickers if scope.namespace is None else by_namespace.get(scope.namespace, [])
        for picker in candidates:
            if (id(reader), id(picker.deployment)) in judged:
                continue
            if scope.pool is not None and name_of(picker.pool) != scope.pool:
                continue
            judged.add((id(reader), id(picker.deployment)))
            report(reader, path, metric, picker)
    return findings


class _Collectors:
    """The set's PodMonitorings and ClusterPodMonitorings, those that may scrape one namespace's pods
    listed in the set's order (ClusterPodMonitorings everywhere, PodMonitorings in their namespace)."""

    def __init__(self, index: Index) -> None:
        self._all = list(enumerate(index.of_kinds(COLLECTOR_KINDS)))
        self._cluster = [(i, c) for i, c in self._all if c.obj.get("kind") == "ClusterPodMonitoring"]
        self._by_namespace: dict[str, list[tuple[int, Document]]] = {}
        for i, c in self._all:
            if c.obj.get("kind") != "ClusterPodMonitoring":
                self._by_namespace.setdefault(_namespace(c), []).append((i, c))
        self._merged: dict[str, list[Document]] = {}

    def of(self, namespace: str) -> list[Document]:
        found = self._merged.get(namespace)
        if found is None:
            found = self._merged[namespace] = [
                c for _, c in sorted(self._cluster + self._by_namespace.get(namespace, []), key=lambda e: e[0])
            ]
        return found


@dataclasses.dataclass(frozen=True)
class _Scope:
    """The pools a reader reads: of one namespace or all (None), one pool or all (None)."""

    namespace: str | None
    pool: str | None = None


def _namespace(doc: Document) -> str:
    return namespace_of(doc) or "default"


def _readers(index: Index) -> Iterator[tuple[Document, tuple[str | int, ...], str, _Scope]]:
    """(reader, path of the metric in it, metric name, the pools it reads).

    An HPA reads the pool and namespace its selector names (its own namespace by default); GMP
    ``Rules`` read their namespace; ``ClusterRules``, ``GlobalRules`` and a Prometheus server's
    ``PrometheusRule`` read every namespace."""
    for hpa in index.of_kinds({("autoscaling", "HorizontalPodAutoscaler")}):
        for position, metric in enumerate(_list(_get(hpa.obj, "spec", "metrics"))):
            name = _get(metric, "external", "metric", "name")
            match = _HPA_METRIC.match(name) if isinstance(name, str) else None
            if match and match["metric"] in PICKER_METRICS:
                labels = _get(metric, "external", "metric", "selector", "matchLabels")
                labels = labels if isinstance(labels, dict) else {}
                pool, namespace = labels.get("metric.labels.name"), labels.get("resource.labels.namespace")
                scope = _Scope(
                    namespace if isinstance(namespace, str) else _namespace(hpa),
                    pool if isinstance(pool, str) else None,
                )
                path: tuple[str | int, ...] = ("spec", "metrics", position, "external", "metric", "name")
                yield hpa, path, match["metric"], scope
    for rules in index.of_kinds(RULE_KINDS):
        for g, group in enumerate(_list(_get(rules.obj, "spec", "groups"))):
            for r, rule in enumerate(_list(_get(group, "rules"))):
                expr = _get(rule, "expr")
                read = sorted(set(_METRIC.findall(expr)) & _SERIES) if isinstance(expr, str) else []
                if read:
                    scope = _Scope(_namespace(rules) if rules.obj.get("kind") == "Rules" else None)
                    yield rules, ("spec", "groups", g, "rules", r, "expr"), _base(read[0]), scope


def _base(series: str) -> str:
    for suffix in ("_bucket", "_sum", "_count"):
        if series.endswith(suffix) and series[: -len(suffix)] in PICKER_METRICS:
            return series[: -len(suffix)]
    return series


def _pickers(index: Index) -> Iterator[_Picker]:
    """Each pool in the set with the picker Deployments its Service selects."""
    deployments: dict[str, list[Document]] = {}  # by namespace, in the set's order
    for deployment in index.of_kinds({("apps", "Deployment")}):
        deployments.setdefault(namespace_of(deployment), []).append(deployment)
    for pool in index.of_kinds({(group, "InferencePool") for group in POOL_GROUPS}):
        spec = _get(pool.obj, "spec")
        service_name = _get(spec, "endpointPickerRef", "name") or _get(spec, "extensionRef", "name")
        if not isinstance(service_name, str):
            continue
        service = index.find("", "Service", service_name, namespace_of(pool))
        selector = _get(service.obj, "spec", "selector") if service else None
        if not isinstance(selector, dict):
            continue
        for deployment in deployments.get(namespace_of(pool), ()):
            labels = _get(deployment.obj, "spec", "template", "metadata", "labels")
            if isinstance(labels, dict) and service_selects(selector, labels):
                yield _Picker(pool, deployment)


def _collection_problem(index: Index, collectors: list[Document], picker: _Picker) -> str | None:
    """Why nothing collects ``picker``'s metrics, or None when something does (``collectors``: those
    that may scrape the picker's namespace, in the set's order)."""
    scraping = [
        c for c in collectors if label_selector_matches(_get(c.obj, "spec", "selector") or {}, picker.labels) is True
    ]
    if not scraping:
        return (
            f"no PodMonitoring or ClusterPodMonitoring in the set scrapes its endpoint picker "
            f"(Deployment {name_of(picker.deployment)})"
        )
    missing = []
    for collector in scraping:
        secrets = list(_secrets(collector))
        absent = [s for s in secrets if index.find("", "Secret", s[1], s[0]) is None]
        if not absent:
            return None
        missing += [
            f"{collector.obj['kind']} {name_of(collector)} authenticates with Secret {ns}/{name}" for ns, name in absent
        ]
    return f"{'; '.join(missing)}, which is not in the set"


def _secrets(collector: Document) -> Iterator[tuple[str, str]]:
    """(namespace, name) of every token Secret the collector's endpoints authenticate with."""
    cluster_wide = collector.obj.get("kind") == "ClusterPodMonitoring"
    for endpoint in _list(_get(collector.obj, "spec", "endpoints")):
        secret = _get(endpoint, "authorization", "credentials", "secret")
        if isinstance(secret, dict) and isinstance(secret.get("name"), str):
            namespace = secret.get("namespace") if cluster_wide else namespace_of(collector)
            yield str(namespace or ""), secret["name"]
