"""``HealthCheckPolicy`` for an inference pool: how the load balancer probes the model servers.

The policy targets the pool passed in, so ``targetRef`` group and kind follow the pool's API
version; the probed port defaults to the pool's first target port. Node-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from infergw.refs import PoolRef
from infergw.render.backend_policy import POLICY_API, check_pool, metadata
from infergw.settings import PropsError, check_props, setting

Protocol = Literal["HTTP", "HTTPS", "HTTP2", "GRPC"]
#: The ``config`` block of each protocol.
BLOCKS: dict[str, str] = {
    "HTTP": "httpHealthCheck",
    "HTTPS": "httpsHealthCheck",
    "HTTP2": "http2HealthCheck",
    "GRPC": "grpcHealthCheck",
}
#: GKE's check interval and timeout when the policy leaves them unset, in seconds.
GKE_CHECK_INTERVAL_SEC = 5
GKE_TIMEOUT_SEC = 5
SECONDS: dict[str, Any] = {"minimum": 1, "maximum": 300}
THRESHOLD: dict[str, Any] = {"minimum": 1, "maximum": 10}


@dataclass(frozen=True)
class HealthCheckProps:
    """A HealthCheckPolicy's settings; unset timings are GKE's."""

    protocol: Protocol = setting("HTTP", doc="HTTP, HTTPS, HTTP2 or GRPC.")
    request_path: str = setting("/health", doc="Path probed (HTTP, HTTPS and HTTP2); starts with '/'.")
    port: int | None = setting(
        None, minimum=1, maximum=65535, doc="Fixed port probed. default: the pool's first target port"
    )
    check_interval_sec: int | None = setting(
        None, **SECONDS, doc="Seconds between probes, 1 to 300. default: unset (GKE's 5)"
    )
    timeout_sec: int | None = setting(
        None, **SECONDS, doc="Seconds a probe may take, 1 to 300 and at most the interval. default: unset (GKE's 5)"
    )
    healthy_threshold: int | None = setting(
        None, **THRESHOLD, doc="Successes that make a server healthy, 1 to 10. default: unset"
    )
    unhealthy_threshold: int | None = setting(
        None, **THRESHOLD, doc="Failures that make a server unhealthy, 1 to 10. default: unset"
    )
    log: bool | None = setting(None, doc="Log health-check results. default: unset")


def check_health_check(props: HealthCheckProps) -> None:
    """Raise :class:`PropsError` for the combinations the GKE CRD or the load balancer reject."""
    check_props(props)
    interval = GKE_CHECK_INTERVAL_SEC if props.check_interval_sec is None else props.check_interval_sec
    timeout = GKE_TIMEOUT_SEC if props.timeout_sec is None else props.timeout_sec
    if timeout > interval:
        raise PropsError(
            "timeout_sec",
            timeout,
            f"longer than check_interval_sec={interval}"
            + ("" if props.check_interval_sec is not None else " (GKE's default)")
            + ": a probe must end before the next; shorten timeout_sec or lengthen check_interval_sec",
        )
    if props.protocol != "GRPC" and not props.request_path.startswith("/"):
        raise PropsError("request_path", props.request_path, "start it with '/'")


def render_health_check(name: str, pool: PoolRef, props: HealthCheckProps) -> dict[str, Any]:
    """The HealthCheckPolicy ``name`` for ``pool``, in the pool's namespace."""
    check_pool(pool)
    meta = metadata(name, pool)
    check_health_check(props)
    port = props.port if props.port is not None else pool.target_port
    if not 1 <= port <= 65535:
        raise PropsError("port", port, "use a whole number from 1 to 65535 (unset, it is the pool's target port)")
    block: dict[str, Any] = {"port": port, "portSpecification": "USE_FIXED_PORT"}
    if props.protocol != "GRPC":
        block["requestPath"] = props.request_path
    default: dict[str, Any] = {"config": {"type": props.protocol, BLOCKS[props.protocol]: block}}
    for key, value in (
        ("checkIntervalSec", props.check_interval_sec),
        ("timeoutSec", props.timeout_sec),
        ("healthyThreshold", props.healthy_threshold),
        ("unhealthyThreshold", props.unhealthy_threshold),
    ):
        if value is not None:
            default[key] = value
    if props.log is not None:
        default["logConfig"] = {"enabled": props.log}
    return {
        "apiVersion": POLICY_API,
        "kind": "HealthCheckPolicy",
        "metadata": meta,
        "spec": {"targetRef": pool.target_ref(), "default": default},
    }
