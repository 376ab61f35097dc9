"""``ModelServerMonitoring``: Managed Prometheus collection from a pool's model servers.

The endpoint picker's own metrics are collected by the pool stack, as the chart does it on GKE;
this adds the model servers (vLLM serves ``/metrics`` on its serving port), which the model-server
dashboards read.
"""

from __future__ import annotations

from infergw.errors import ConstructError
from infergw.objects import emit
from infergw.refs import PoolRef
from infergw.runtime import Construct, LazyPath
from infergw.validation.cel import GO_DURATION


class ModelServerMonitoring(Construct):
    """A PodMonitoring for the pods a pool selects.

    :param port: metrics port (number or container port name). default: the pool's first target port
    :param interval: scrape interval. default: 15s
    :param path: default: /metrics
    """

    def __init__(self, scope: Construct, construct_id: str, *, pool: PoolRef, port: int | str | None = None,
                 interval: str = "15s", path: str = "/metrics") -> None:
        super().__init__(scope, construct_id)
        if not pool.selector:
            raise ConstructError(LazyPath(self), f"pool: {pool.name} has no selector to find its model servers by")
        if not GO_DURATION.match(interval) or interval.startswith("-"):
            raise ConstructError(LazyPath(self), f"interval={interval!r}: write a duration such as 15s or 1m")
        if not path.startswith("/"):
            raise ConstructError(LazyPath(self), f"path={path!r}: start it with '/'")
        meta = {"name": f"{pool.name}-model-servers"} | ({"namespace": pool.namespace} if pool.namespace else {})
        self.body = {
            "apiVersion": "monitoring.googleapis.com/v1",
            "kind": "PodMonitoring",
            "metadata": meta,
            "spec": {"selector": {"matchLabels": pool.match_labels},
                     "endpoints": [{"port": port if port is not None else pool.target_port, "interval": interval, "path": path}]},
        }
        emit(self, "Resource", self.body)
