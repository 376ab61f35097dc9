"""``BackendPolicy`` (GCPBackendPolicy) and ``HealthCheck`` (HealthCheckPolicy) for an inference pool.

Both target the pool object passed in, so ``targetRef`` group and kind follow the pool's API
version. Ranges and combinations the GKE CRDs reject are refused at construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from infergw.errors import ConstructError
from infergw.objects import emit
from infergw.refs import PoolRef
from infergw.runtime import Construct, LazyPath

POLICY_API = "networking.gke.io/v1"


@dataclass(frozen=True)
class AccessLogging:
    """HTTP access logging of the load balancer.

    :param sample_rate: share of requests logged, in millionths (0 to 1000000). default: 500000 (half)
    """

    enabled: bool = True
    sample_rate: int = 500_000


def _meta(name: str, pool: PoolRef) -> dict[str, str]:
    return {"name": name} | ({"namespace": pool.namespace} if pool.namespace else {})


def _range(path: str, field: str, value: int | None, low: int, high: int) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
        raise ConstructError(path, f"{field}={value!r}: use a whole number from {low} to {high}")


class BackendPolicy(Construct):
    """A GCPBackendPolicy for a pool.

    :param logging: access logging; None leaves it unset. default: enabled, sample rate 500000
    :param timeout_sec: backend timeout, 1 to 2147483647 s. default: unset (GKE's 30 s)
    :param connection_draining_sec: 0 to 3600. default: unset
    :param max_rate_per_endpoint: 1 to 1000000000 requests/s. default: unset
    :param security_policy: Cloud Armor policy name. default: unset
    :param backend_preference: DEFAULT or PREFERRED. default: unset
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        logging: AccessLogging | None = AccessLogging(),
        timeout_sec: int | None = None,
        connection_draining_sec: int | None = None,
        max_rate_per_endpoint: int | None = None,
        security_policy: str | None = None,
        backend_preference: Literal["DEFAULT", "PREFERRED"] | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if pool.kind != "InferencePool":
            raise ConstructError(path, f"pool: {pool.kind} {pool.name} is not an InferencePool")
        _range(path, "timeout_sec", timeout_sec, 1, 2_147_483_647)
        _range(path, "connection_draining_sec", connection_draining_sec, 0, 3600)
        _range(path, "max_rate_per_endpoint", max_rate_per_endpoint, 1, 1_000_000_000)
        if logging is not None:
            _range(path, "logging.sample_rate", logging.sample_rate, 0, 1_000_000)
        if backend_preference not in (None, "DEFAULT", "PREFERRED"):
            raise ConstructError(path, f"backend_preference={backend_preference!r}: choose DEFAULT or PREFERRED")
        default: dict[str, object] = {}
        if timeout_sec is not None:
            default["timeoutSec"] = timeout_sec
        if logging is not None:
            default["logging"] = {"enabled": logging.enabled, "sampleRate": logging.sample_rate}
        if connection_draining_sec is not None:
            default["connectionDraining"] = {"drainingTimeoutSec": connection_draining_sec}
        if max_rate_per_endpoint is not None:
            default["maxRatePerEndpoint"] = max_rate_per_endpoint
        if security_policy:
            default["securityPolicy"] = security_policy
        if backend_preference:
            default["backendPreference"] = backend_preference
        self.body = {"apiVersion": POLICY_API, "kind": "GCPBackendPolicy", "metadata": _meta(name, pool),
                     "spec": {"targetRef": pool.target_ref(), "default": default}}
        emit(self, "Resource", self.body)


class HealthCheck(Construct):
    """A HealthCheckPolicy probing the pool's model servers.

    :param protocol: HTTP, HTTPS, HTTP2 or GRPC. default: HTTP
    :param request_path: path probed (HTTP kinds). default: /health
    :param port: fixed port probed. default: the pool's first target port
    :param check_interval_sec: 1 to 300. default: unset (5)
    :param timeout_sec: 1 to 300, at most the interval. default: unset (5)
    :param healthy_threshold: 1 to 10. default: unset
    :param unhealthy_threshold: 1 to 10. default: unset
    :param log: log health-check results. default: unset
    """

    BLOCKS = {"HTTP": "httpHealthCheck", "HTTPS": "httpsHealthCheck", "HTTP2": "http2HealthCheck", "GRPC": "grpcHealthCheck"}

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        protocol: Literal["HTTP", "HTTPS", "HTTP2", "GRPC"] = "HTTP",
        request_path: str = "/health",
        port: int | None = None,
        check_interval_sec: int | None = None,
        timeout_sec: int | None = None,
        healthy_threshold: int | None = None,
        unhealthy_threshold: int | None = None,
        log: bool | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if protocol not in self.BLOCKS:
            raise ConstructError(path, f"protocol={protocol!r}: choose {', '.join(self.BLOCKS)}")
        port = port if port is not None else pool.target_port
        _range(path, "port", port, 1, 65535)
        for field_name, value, high in (("check_interval_sec", check_interval_sec, 300), ("timeout_sec", timeout_sec, 300),
                                        ("healthy_threshold", healthy_threshold, 10), ("unhealthy_threshold", unhealthy_threshold, 10)):
            _range(path, field_name, value, 1, high)
        interval = 5 if check_interval_sec is None else check_interval_sec
        timeout = 5 if timeout_sec is None else timeout_sec
        if timeout > interval:
            raise ConstructError(path, f"timeout_sec={timeout} is longer than check_interval_sec={interval}; a probe must end before the next")
        if protocol != "GRPC" and not request_path.startswith("/"):
            raise ConstructError(path, f"request_path={request_path!r}: start it with '/'")
        block: dict[str, object] = {"port": port, "portSpecification": "USE_FIXED_PORT"}
        if protocol != "GRPC":
            block["requestPath"] = request_path
        default: dict[str, object] = {"config": {"type": protocol, self.BLOCKS[protocol]: block}}
        for key, value in (("checkIntervalSec", check_interval_sec), ("timeoutSec", timeout_sec),
                           ("healthyThreshold", healthy_threshold), ("unhealthyThreshold", unhealthy_threshold)):
            if value is not None:
                default[key] = value
        if log is not None:
            default["logConfig"] = {"enabled": log}
        self.body = {"apiVersion": POLICY_API, "kind": "HealthCheckPolicy", "metadata": _meta(name, pool),
                     "spec": {"targetRef": pool.target_ref(), "default": default}}
        emit(self, "Resource", self.body)
