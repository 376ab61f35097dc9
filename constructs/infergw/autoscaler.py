"""``PoolAutoscaler``: one HorizontalPodAutoscaler per pool, on the pool's KV-cache utilization.

The metric is the endpoint picker's ``inference_pool_average_kv_cache_utilization`` as Managed
Prometheus exports it to Cloud Monitoring, read through the custom-metrics adapter as an External
metric. Its unit is a fraction: 0 (empty) to 1 (full), the scale on which the
HighInferencePoolAvgKVCacheUtilization alert fires above 0.9. The target is given on that scale
(0.8 means 80%) and written as a Kubernetes quantity (``800m``). An optional second metric scales
on the average queue size (requests waiting per model server).
"""

from __future__ import annotations

from fractions import Fraction

from infergw.errors import ConstructError
from infergw.objects import emit
from infergw.refs import PoolRef
from infergw.runtime import Construct, LazyPath

KV_CACHE_METRIC = "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge"
QUEUE_METRIC = "prometheus.googleapis.com|inference_pool_average_queue_size|gauge"


def quantity(value: float) -> str:
    """A number as the shortest exact Kubernetes quantity (0.8 -> 800m, 2 -> 2)."""
    exact = Fraction(str(value))
    if exact.denominator == 1:
        return str(exact.numerator)
    milli = exact * 1000
    if milli.denominator != 1:
        raise ValueError(f"{value} has more precision than a thousandth")
    return f"{milli.numerator}m"


class PoolAutoscaler(Construct):
    """An autoscaling/v2 HPA scaling a pool's model servers.

    :param pool: the pool (``InferencePoolStack.pool_ref``)
    :param cluster: the GKE cluster name (``resource.labels.cluster`` of the metric)
    :param deployment: the model-server Deployment. default: the pool's name
    :param min_replicas: default: 1 (use 2 or more for availability through disruptions)
    :param max_replicas: default: 10
    :param target_kv_cache_utilization: average target, a fraction in (0, 1]. default: 0.8
    :param target_queue_size: optional second metric: average waiting requests, 1 or more. default: unset
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
        target_queue_size: int | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if pool.kind != "InferencePool":
            raise ConstructError(path, f"pool: {pool.kind} {pool.name} is not an InferencePool")
        if not cluster:
            raise ConstructError(path, "cluster: give the GKE cluster name the metric is labelled with")
        if not 1 <= min_replicas <= max_replicas:
            raise ConstructError(path, f"min_replicas={min_replicas}, max_replicas={max_replicas}: need 1 <= min_replicas <= max_replicas")
        if not 0 < target_kv_cache_utilization <= 1:
            hint = f" (for {target_kv_cache_utilization}% write {target_kv_cache_utilization / 100:g})" if 1 < target_kv_cache_utilization <= 100 else ""
            raise ConstructError(
                path, f"target_kv_cache_utilization={target_kv_cache_utilization}: the metric is a fraction from 0 to 1, give a value in (0, 1]{hint}"
            )
        try:
            kv_target = quantity(target_kv_cache_utilization)
        except ValueError as exc:
            raise ConstructError(path, f"target_kv_cache_utilization: {exc}") from None
        if target_queue_size is not None and (isinstance(target_queue_size, bool) or not isinstance(target_queue_size, int) or target_queue_size < 1):
            raise ConstructError(path, f"target_queue_size={target_queue_size!r}: give a whole number of waiting requests, 1 or more")
        namespace = pool.namespace or "default"
        selector = {"matchLabels": {"metric.labels.name": pool.name, "resource.labels.cluster": cluster, "resource.labels.namespace": namespace}}

        def external(metric: str, target: str) -> dict:
            return {"type": "External", "external": {"metric": {"name": metric, "selector": selector},
                                                     "target": {"type": "AverageValue", "averageValue": target}}}

        metrics = [external(KV_CACHE_METRIC, kv_target)]
        if target_queue_size is not None:
            metrics.append(external(QUEUE_METRIC, str(target_queue_size)))
        self.body = {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {"name": pool.name, "namespace": namespace},
            "spec": {
                "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": deployment or pool.name},
                "minReplicas": min_replicas,
                "maxReplicas": max_replicas,
                "metrics": metrics,
            },
        }
        emit(self, "Resource", self.body)
