"""One HorizontalPodAutoscaler per pool, on the pool's KV-cache utilization (Node-free).

The metric is the endpoint picker's pool KV-cache gauge (``inference_pool_average_kv_cache_utilization``
up to v1.0.x; the name is the pool's release's, ``Release.metrics``) as Managed Prometheus exports it
to Cloud Monitoring, read through the custom-metrics adapter (``MetricsAdapter``) as an External
metric, selected by pool name, cluster and namespace.

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

The optional second metric is the pool's average queue size (average requests waiting per model
server). The HPA scales on whichever metric asks for more replicas.

The scale target is the model-server Deployment named after the pool unless another name is given.
:func:`scale_target_problem` tells whether a Deployment among a set of objects carries the pool's
selector (otherwise the replicas it adds would never receive traffic from the pool); the
``PoolAutoscaler`` construct runs it over the app at synthesis.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from infergw.names import GKE_CLUSTER_NAME, OBJECT_NAME
from infergw.refs import PoolRef
from infergw.releases import RELEASES, MetricNames
from infergw.settings import PropsError, check_props, setting

#: What the HPA scales: the pool's model-server Deployment (the guide's ``scaleTargetRef``).
DEPLOYMENT = ("apps/v1", "Deployment")
#: How Managed Prometheus names a Prometheus gauge in Cloud Monitoring (``prometheus.googleapis.com|<name>|gauge``).
MANAGED_PROMETHEUS_PREFIX = "prometheus.googleapis.com"


@dataclass(frozen=True)
class AutoscalerProps:
    """An autoscaler's settings: the cluster, the scaled Deployment, the replica range and the targets."""

    cluster: str = setting(
        grammar=GKE_CLUSTER_NAME,
        doc="The GKE cluster name the metric is labelled with (``resource.labels.cluster``).",
        example="my-cluster",
    )
    deployment: str | None = setting(
        None,
        grammar=OBJECT_NAME,
        doc="The model-server Deployment to scale. default: the pool's name (the guide's convention). When a "
        "Deployment of that name is in the app, synthesis checks that its pods carry the pool's selector.",
    )
    min_replicas: int = setting(
        1,
        minimum=1,
        doc="Fewest model-server replicas. default: 1 (Kubernetes' default; use 2 or more to stay available "
        "through disruptions)",
    )
    max_replicas: int = setting(10, minimum=1, doc="Most model-server replicas; at least min_replicas.")
    target_kv_cache_utilization: float = setting(
        0.8,
        exclusive_minimum=0,
        maximum=1,
        doc="Average KV-cache utilization to hold: a fraction in (0, 1] with at most three decimals (0.8 is 80%).",
    )
    target_queue_size: float | None = setting(
        None,
        exclusive_minimum=0,
        doc="Optional second metric: average waiting requests per model server, above 0. "
        "default: unset (one metric, as in the guide)",
    )


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


def external_metric(name: str) -> str:
    """The Cloud Monitoring name of the Prometheus gauge ``name`` exported by Managed Prometheus."""
    return f"{MANAGED_PROMETHEUS_PREFIX}|{name}|gauge"


def pool_metrics(pool: PoolRef) -> MetricNames:
    """The endpoint picker's metric names of ``pool``'s release; a :class:`PropsError` naming the pool otherwise."""
    if pool.kind != "InferencePool":
        raise PropsError("pool", pool.name, f"{pool.kind} is not an InferencePool; pass InferencePoolStack.pool_ref")
    release = RELEASES.get(pool.release)
    if release is None or release.metrics is None:
        known = ", ".join(r.id for r in RELEASES.values() if r.metrics is not None)
        raise PropsError(
            "pool",
            pool.name,
            f"the pool's release {pool.release!r} names no endpoint-picker metrics; pass InferencePoolStack.pool_ref, "
            f"or a PoolRef whose release is one of {known}",
        )
    return release.metrics


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _target(field_name: str, value: float) -> str:
    try:
        return quantity(value)
    except ValueError as exc:
        raise PropsError(field_name, value, f"{exc}; round it to three decimals") from None


def check_autoscaler(props: AutoscalerProps) -> None:
    """Refuse impossible settings, naming the field, the value and the fix."""
    kv = props.target_kv_cache_utilization
    if _number(kv) and 1 < kv <= 100:
        # The guide's 0..100 scale: the metric's own is 0..1.
        raise PropsError(
            "target_kv_cache_utilization",
            kv,
            f"the metric is a fraction from 0 to 1, give a value in (0, 1] (for {kv:g}% write {kv / 100:g})",
        )
    check_props(props)
    if props.min_replicas > props.max_replicas:
        raise PropsError(
            "min_replicas",
            props.min_replicas,
            f"more than max_replicas={props.max_replicas}; raise max_replicas or lower min_replicas",
        )


def render_autoscaler(pool: PoolRef, props: AutoscalerProps) -> dict[str, Any]:
    """The HPA scaling ``pool``'s model servers on its KV-cache utilization (and queue size, if set)."""
    metrics_of = pool_metrics(pool)
    check_autoscaler(props)
    kv_target = _target("target_kv_cache_utilization", props.target_kv_cache_utilization)
    queue_target = None if props.target_queue_size is None else _target("target_queue_size", props.target_queue_size)
    namespace = pool.namespace or "default"
    selector = {
        "matchLabels": {
            "metric.labels.name": pool.name,
            "resource.labels.cluster": props.cluster,
            "resource.labels.namespace": namespace,
        }
    }

    def external(metric: str, target: str) -> dict[str, Any]:
        return {
            "type": "External",
            "external": {
                "metric": {"name": external_metric(metric), "selector": selector},
                "target": {"type": "AverageValue", "averageValue": target},
            },
        }

    metrics = [external(metrics_of.pool_kv_cache_utilization, kv_target)]
    if queue_target is not None:
        metrics.append(external(metrics_of.pool_queue_size, queue_target))
    return {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": pool.name, "namespace": namespace},
        "spec": {
            "scaleTargetRef": {
                "apiVersion": DEPLOYMENT[0],
                "kind": DEPLOYMENT[1],
                "name": props.deployment or pool.name,
            },
            "minReplicas": props.min_replicas,
            "maxReplicas": props.max_replicas,
            "metrics": metrics,
        },
    }


Workloads = Mapping[tuple[str, str, str, str], Mapping[str, Any]]


def workloads_by_key(objects: Iterable[Mapping[str, Any]]) -> Workloads:
    """``objects`` by (apiVersion, kind, namespace, name), namespace ``default`` when unset."""
    index: dict[tuple[str, str, str, str], Mapping[str, Any]] = {}
    for obj in objects:
        meta = obj.get("metadata") or {}
        key = (obj.get("apiVersion"), obj.get("kind"), meta.get("namespace") or "default", meta.get("name"))
        index.setdefault(key, obj)  # type: ignore[arg-type]
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


__all__ = [
    "DEPLOYMENT",
    "AutoscalerProps",
    "Workloads",
    "check_autoscaler",
    "external_metric",
    "pool_metrics",
    "quantity",
    "render_autoscaler",
    "scale_target_problem",
    "workloads_by_key",
]
