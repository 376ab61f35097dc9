"""``PoolAutoscaler``: one HorizontalPodAutoscaler per pool, on the pool's KV-cache utilization.

The metric is the endpoint picker's ``inference_pool_average_kv_cache_utilization`` as Managed
Prometheus exports it to Cloud Monitoring, read through the custom-metrics adapter
(:class:`~infergw.metrics_adapter.MetricsAdapter`) as an External metric, selected by pool name,
cluster and namespace.

Unit of the target. The metric is a fraction: 0 (empty) to 1 (full), the scale on which the
HighInferencePoolAvgKVCacheUtilization alert fires above 0.9 ("90%"); the picker averages the
model servers' own 0..1 gauges (vLLM's ``gpu_cache_usage_perc``). Google's guide describes the
target as "a number between 0 and 100"; on this metric such a target is never reached, so the
HPA would never scale out. The target is therefore given on the metric's scale, in (0, 1]
(``0.8`` means 80%), and written as an exact Kubernetes quantity (``800m``); a value in (1, 100]
is refused with the fraction to write instead.

What ``AverageValue`` does here. For an External metric the HPA adds up the matching series and
asks for ``ceil(sum / target)`` replicas. A pool-wide average is one series at most 1, so the HPA
asks for at most ``ceil(1 / target)`` replicas (2 for a target of 0.8): choose the target with that
in mind, or add the queue-size metric, whose average grows with the load.

The optional second metric is ``inference_pool_average_queue_size`` (average requests waiting per
model server). The HPA scales on whichever metric asks for more replicas.

The scale target is the model-server Deployment named after the pool unless another name is given.
When that Deployment is in the app, a construct validation (run by ``app.synth()`` and
``cdk8s synth``) checks that its pods carry the pool's selector: otherwise the replicas it adds
would never receive traffic from the pool (:func:`scale_target_problem`).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

import jsii

from infergw.cdk.chart import Chart, emit
from infergw.cdk.runtime import Construct, LazyPath, cdk8s, chart_of, constructs
from infergw.errors import ConstructError
from infergw.refs import PoolRef

KV_CACHE_METRIC = "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge"
QUEUE_METRIC = "prometheus.googleapis.com|inference_pool_average_queue_size|gauge"
#: What the HPA scales: the pool's model-server Deployment (the guide's ``scaleTargetRef``).
DEPLOYMENT = ("apps/v1", "Deployment")


def quantity(value: float) -> str:
    """A number as the shortest exact Kubernetes quantity (0.8 -> 800m, 2 -> 2).

    :raises ValueError: for more precision than a thousandth (the HPA compares milli-units)
    """
    exact = Fraction(str(value))
    if exact.denominator == 1:
        return str(exact.numerator)
    milli = exact * 1000
    if milli.denominator != 1:
        raise ValueError(f"{value} has more precision than a thousandth")
    return f"{milli.numerator}m"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


Workloads = Mapping[tuple[str, str, str, str], Mapping[str, Any]]


def workloads_by_key(objects: Iterable[Mapping[str, Any]]) -> Workloads:
    """``objects`` by (apiVersion, kind, namespace, name), namespace ``default`` when unset."""
    index: dict[tuple[str, str, str, str], Mapping[str, Any]] = {}
    for obj in objects:
        meta = obj.get("metadata") or {}
        key = (obj.get("apiVersion"), obj.get("kind"), meta.get("namespace") or "default", meta.get("name"))
        index.setdefault(key, obj)
    return index


def scale_target_problem(
    hpa: Mapping[str, Any], pool: PoolRef, objects: Iterable[Mapping[str, Any]] | Workloads
) -> str | None:
    """Why the HPA's scale target does not scale ``pool``'s model servers, if it is among ``objects``.

    A Deployment whose pod template lacks the pool's selector labels makes pods the pool never
    routes to: the HPA would add replicas that take no traffic. ``None`` when the target is fine
    or not among ``objects`` (then it lives outside this app and cannot be checked here).
    ``objects`` may be an index from :func:`workloads_by_key`.
    """
    index = objects if isinstance(objects, Mapping) else workloads_by_key(objects)
    target = hpa["spec"]["scaleTargetRef"]
    namespace = hpa["metadata"].get("namespace") or "default"
    obj = index.get((target["apiVersion"], target["kind"], namespace, target["name"]))
    if obj is None:
        return None
    labels = ((obj.get("spec") or {}).get("template") or {}).get("metadata", {}).get("labels") or {}
    missing = {k: v for k, v in pool.match_labels.items() if labels.get(k) != v}
    if not missing:
        return None
    return (
        f"scale target {target['kind']} {namespace}/{target['name']}: its pod template labels {dict(labels)} lack "
        f"{missing} from the selector of pool {pool.name}, so added replicas would receive no traffic from the pool; "
        "give `deployment` the name of the pool's model-server Deployment, or label its pods with the pool's selector"
    )


#: Per app: (what its charts held when indexed, the index). Objects are only ever added, so the
#: object counts tell whether the index is current; every autoscaler of a synthesis shares it
#: (cdk8s validates more than once per synthesis: ``App.synth`` and each chart's ``toJson``).
_APP_WORKLOADS: weakref.WeakKeyDictionary[cdk8s.App, tuple[tuple, Workloads]] = weakref.WeakKeyDictionary()


def _app_workloads(app: cdk8s.App) -> Workloads:
    charts = app.charts
    api_objects = [chart.api_objects for chart in charts]
    fingerprint = tuple(
        (id(chart), len(objs), chart.plain_object_count if isinstance(chart, Chart) else 0)
        for chart, objs in zip(charts, api_objects, strict=True)
    )
    cached = _APP_WORKLOADS.get(app)
    if cached is None or cached[0] != fingerprint:
        # Object by object rather than through ``chart.to_json()``: the infergw chart overrides
        # ``toJson``, and entering that override from inside a validation callback recurses in jsii.
        objects = [o.to_json() for objs in api_objects for o in objs]
        objects += [o for chart in charts if isinstance(chart, Chart) for o in chart.plain_objects()]
        cached = (fingerprint, workloads_by_key(objects))
        _APP_WORKLOADS[app] = cached
    return cached[1]


@jsii.implements(constructs.IValidation)
class _ScaleTargetCheck:
    """Synth-time check of every autoscaler in one chart (cdk8s runs it whenever the chart is
    synthesized: ``infergw synth``, ``cdk8s synth``, ``app.synth()``): each scale target, when it
    is in the app, carries its pool's selector. One check per chart keeps Node callbacks per
    synthesis constant however many pools there are."""

    def __init__(self, chart: cdk8s.Chart) -> None:
        self._chart = chart
        self.autoscalers: list[PoolAutoscaler] = []

    def validate(self) -> list[str]:
        app = self._chart.node.root
        if not isinstance(app, cdk8s.App):
            return []
        workloads = _app_workloads(app)
        return [
            f"{autoscaler.node.path}: {problem}"
            for autoscaler in self.autoscalers
            if (problem := scale_target_problem(autoscaler.body, autoscaler.pool, workloads))
        ]


#: The scale-target check of each chart holding autoscalers.
_CHART_CHECKS: weakref.WeakKeyDictionary[cdk8s.Chart, _ScaleTargetCheck] = weakref.WeakKeyDictionary()


def _register(autoscaler: PoolAutoscaler) -> None:
    chart = chart_of(autoscaler)
    check = _CHART_CHECKS.get(chart)
    if check is None:
        check = _CHART_CHECKS[chart] = _ScaleTargetCheck(chart)
        chart.node.add_validation(check)
    check.autoscalers.append(autoscaler)


class PoolAutoscaler(Construct):
    """An autoscaling/v2 HPA scaling a pool's model servers on the pool's KV-cache utilization.

    :param pool: the pool (``InferencePoolStack.pool_ref``); names the HPA and selects the metric
    :param cluster: the GKE cluster name (the metric's ``resource.labels.cluster``). Required.
    :param deployment: the model-server Deployment to scale. default: the pool's name (the guide's
        convention). When a Deployment of that name is in the app, synthesis checks that its pods
        carry the pool's selector.
    :param min_replicas: default: 1 (use 2 or more to stay available through disruptions)
    :param max_replicas: default: 10
    :param target_kv_cache_utilization: average KV-cache utilization to hold, a fraction in (0, 1]
        with at most three decimals (see the module docstring). default: 0.8
    :param target_queue_size: optional second metric: average waiting requests per model server,
        more than 0. default: unset (one metric, as in the guide)

    Attributes: ``body`` (the HPA), ``pool``.
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        pool: PoolRef,
        cluster: str,
        deployment: str | None = None,
        min_replicas: int = 1,
        max_replicas: int = 10,
        target_kv_cache_utilization: float = 0.8,
        target_queue_size: float | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if pool.kind != "InferencePool":
            raise ConstructError(
                path, f"pool: {pool.kind} {pool.name} is not an InferencePool; pass the pool stack's pool_ref"
            )
        if not isinstance(cluster, str) or not cluster.strip():
            raise ConstructError(
                path,
                f"cluster={cluster!r}: give the GKE cluster name the metric is labelled with (resource.labels.cluster)",
            )
        if deployment is not None and (not isinstance(deployment, str) or not deployment):
            raise ConstructError(
                path,
                f"deployment={deployment!r}: give the model-server Deployment's name, or leave it unset for the pool's name",
            )
        for field_name, value in (("min_replicas", min_replicas), ("max_replicas", max_replicas)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ConstructError(path, f"{field_name}={value!r}: give a whole number of replicas")
        if not 1 <= min_replicas <= max_replicas:
            raise ConstructError(
                path,
                f"min_replicas={min_replicas}, max_replicas={max_replicas}: need 1 <= min_replicas <= max_replicas",
            )
        if not _number(target_kv_cache_utilization) or not 0 < target_kv_cache_utilization <= 1:
            hint = ""
            if _number(target_kv_cache_utilization) and 1 < target_kv_cache_utilization <= 100:
                hint = f" (for {target_kv_cache_utilization:g}% write {target_kv_cache_utilization / 100:g})"
            raise ConstructError(
                path,
                f"target_kv_cache_utilization={target_kv_cache_utilization!r}: the metric is a fraction from 0 to 1, give a value in (0, 1]{hint}",
            )
        try:
            kv_target = quantity(target_kv_cache_utilization)
        except ValueError as exc:
            raise ConstructError(
                path, f"target_kv_cache_utilization={target_kv_cache_utilization!r}: {exc}; round it to three decimals"
            ) from None
        queue_target = None
        if target_queue_size is not None:
            if not _number(target_queue_size) or target_queue_size <= 0:
                raise ConstructError(
                    path,
                    f"target_queue_size={target_queue_size!r}: give an average number of waiting requests above 0, such as 10",
                )
            try:
                queue_target = quantity(target_queue_size)
            except ValueError as exc:
                raise ConstructError(path, f"target_queue_size={target_queue_size!r}: {exc}") from None
        self.pool = pool
        namespace = pool.namespace or "default"
        selector = {
            "matchLabels": {
                "metric.labels.name": pool.name,
                "resource.labels.cluster": cluster,
                "resource.labels.namespace": namespace,
            }
        }

        def external(metric: str, target: str) -> dict:
            return {
                "type": "External",
                "external": {
                    "metric": {"name": metric, "selector": selector},
                    "target": {"type": "AverageValue", "averageValue": target},
                },
            }

        metrics = [external(KV_CACHE_METRIC, kv_target)]
        if queue_target is not None:
            metrics.append(external(QUEUE_METRIC, queue_target))
        self.body = {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": pool.name, "namespace": namespace},
            "spec": {
                "scaleTargetRef": {"apiVersion": DEPLOYMENT[0], "kind": DEPLOYMENT[1], "name": deployment or pool.name},
                "minReplicas": min_replicas,
                "maxReplicas": max_replicas,
                "metrics": metrics,
            },
        }
        emit(self, "Resource", self.body)
        _register(self)
