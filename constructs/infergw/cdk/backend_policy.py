"""``BackendPolicy`` (GCPBackendPolicy) and ``HealthCheck`` (HealthCheckPolicy) for an inference pool.

Both target the pool object passed in, so ``targetRef`` group and kind follow the pool's API
version. Ranges and combinations the GKE CRDs reject are refused at construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.refs import PoolRef

POLICY_API = "networking.gke.io/v1"
#: Names of optional log fields and custom metrics (the CRD's pattern, 1 to 63 characters).
_FIELD_NAME = re.compile(r"^[a-z]([-_.a-z0-9]*[a-z0-9])?$")
LogMode = Literal["EXCLUDE_ALL_OPTIONAL", "INCLUDE_ALL_OPTIONAL", "CUSTOM"]
BalancingMode = Literal["RATE", "UTILIZATION", "CUSTOM_METRICS"]


@dataclass(frozen=True)
class AccessLogging:
    """HTTP access logging of the load balancer.

    :param sample_rate: share of requests logged, in millionths (0 to 1000000). default: 500000 (half)
    :param optional_mode: which optional fields are logged. default: unset (the load balancer's default)
    :param optional_fields: with ``optional_mode="CUSTOM"``, at most 30 field names. default: none
    """

    enabled: bool = True
    sample_rate: int = 500_000
    optional_mode: LogMode | None = None
    optional_fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class CustomMetric:
    """A metric the load balancer balances on (``balancing_mode="CUSTOM_METRICS"``).

    :param max_utilization_percent: 0 to 100. default: unset
    :param dry_run: report, do not balance. default: False
    """

    name: str
    max_utilization_percent: int | None = None
    dry_run: bool = False


@dataclass(frozen=True)
class Iap:
    """Identity-Aware Proxy in front of the pool: the OAuth client and the Secret holding its secret."""

    client_id: str
    oauth2_client_secret: str
    enabled: bool = True


def _meta(name: str, pool: PoolRef) -> dict[str, str]:
    return {"name": name} | ({"namespace": pool.namespace} if pool.namespace else {})


def _range(path: object, field: str, value: int | None, low: int, high: int) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high):
        raise ConstructError(path, f"{field}={value!r}: use a whole number from {low} to {high}")


def _logging(path: object, logging: AccessLogging) -> dict[str, object]:
    _range(path, "logging.sample_rate", logging.sample_rate, 0, 1_000_000)
    if logging.optional_mode not in (None, "EXCLUDE_ALL_OPTIONAL", "INCLUDE_ALL_OPTIONAL", "CUSTOM"):
        raise ConstructError(
            path,
            f"logging.optional_mode={logging.optional_mode!r}: choose EXCLUDE_ALL_OPTIONAL, INCLUDE_ALL_OPTIONAL or CUSTOM",
        )
    if logging.optional_fields and logging.optional_mode != "CUSTOM":
        raise ConstructError(path, "logging.optional_fields: list fields only with optional_mode='CUSTOM'")
    if len(logging.optional_fields) > 30 or not all(
        len(f) <= 63 and _FIELD_NAME.match(f) for f in logging.optional_fields
    ):
        raise ConstructError(
            path,
            f"logging.optional_fields={list(logging.optional_fields)}: at most 30 names of lower-case "
            "letters, digits, '-', '_' and '.' (at most 63 characters each)",
        )
    out: dict[str, object] = {"enabled": logging.enabled, "sampleRate": logging.sample_rate}
    if logging.optional_mode:
        out["optionalMode"] = logging.optional_mode
    if logging.optional_fields:
        out["optionalFields"] = list(logging.optional_fields)
    return out


def _check_balancing(path: object, mode: str | None, metrics: Sequence[CustomMetric]) -> None:
    if mode not in (None, "RATE", "UTILIZATION", "CUSTOM_METRICS"):
        raise ConstructError(path, f"balancing_mode={mode!r}: choose RATE, UTILIZATION or CUSTOM_METRICS")
    if len(metrics) > 2:
        raise ConstructError(path, f"custom_metrics: at most 2, got {len(metrics)}")
    if mode == "CUSTOM_METRICS" and not metrics:
        raise ConstructError(path, "balancing_mode='CUSTOM_METRICS': name the metrics in custom_metrics")
    for metric in metrics:
        if len(metric.name) > 63 or not _FIELD_NAME.match(metric.name):
            raise ConstructError(
                path, f"custom_metrics name {metric.name!r}: lower-case letters, digits, '-', '_' and '.', at most 63"
            )
        _range(path, f"custom_metrics[{metric.name}].max_utilization_percent", metric.max_utilization_percent, 0, 100)


class BackendPolicy(Construct):
    """A GCPBackendPolicy for a pool.

    :param logging: access logging; None leaves it unset. default: enabled, sample rate 500000
    :param timeout_sec: backend timeout, 1 to 2147483647 s. default: unset (GKE's 30 s)
    :param connection_draining_sec: 0 to 3600. default: unset
    :param max_rate_per_endpoint: 1 to 1000000000 requests/s. default: unset
    :param security_policy: Cloud Armor policy name. default: unset
    :param backend_preference: DEFAULT or PREFERRED. default: unset
    :param balancing_mode: RATE, UTILIZATION or CUSTOM_METRICS (needs ``custom_metrics``). default: unset
    :param capacity_scaler_percent: 0 to 100. default: unset
    :param custom_metrics: at most 2. default: none
    :param iap: Identity-Aware Proxy. default: unset
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
        balancing_mode: BalancingMode | None = None,
        capacity_scaler_percent: int | None = None,
        custom_metrics: Sequence[CustomMetric] = (),
        iap: Iap | None = None,
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        if pool.kind != "InferencePool":
            raise ConstructError(path, f"pool: {pool.kind} {pool.name} is not an InferencePool")
        _range(path, "timeout_sec", timeout_sec, 1, 2_147_483_647)
        _range(path, "connection_draining_sec", connection_draining_sec, 0, 3600)
        _range(path, "max_rate_per_endpoint", max_rate_per_endpoint, 1, 1_000_000_000)
        if backend_preference not in (None, "DEFAULT", "PREFERRED"):
            raise ConstructError(path, f"backend_preference={backend_preference!r}: choose DEFAULT or PREFERRED")
        _range(path, "capacity_scaler_percent", capacity_scaler_percent, 0, 100)
        _check_balancing(path, balancing_mode, custom_metrics)
        if iap is not None and not (iap.client_id and iap.oauth2_client_secret):
            raise ConstructError(
                path, "iap: give the OAuth client id and the name of the Secret holding its client secret"
            )
        default: dict[str, object] = {}
        if timeout_sec is not None:
            default["timeoutSec"] = timeout_sec
        if logging is not None:
            default["logging"] = _logging(path, logging)
        if connection_draining_sec is not None:
            default["connectionDraining"] = {"drainingTimeoutSec": connection_draining_sec}
        if max_rate_per_endpoint is not None:
            default["maxRatePerEndpoint"] = max_rate_per_endpoint
        if security_policy:
            default["securityPolicy"] = security_policy
        if backend_preference:
            default["backendPreference"] = backend_preference
        if balancing_mode:
            default["balancingMode"] = balancing_mode
        if capacity_scaler_percent is not None:
            default["capacityScalerPercent"] = capacity_scaler_percent
        if custom_metrics:
            default["customMetrics"] = [
                {"name": m.name, "dryRun": m.dry_run}
                | (
                    {"maxUtilizationPercent": m.max_utilization_percent}
                    if m.max_utilization_percent is not None
                    else {}
                )
                for m in custom_metrics
            ]
        if iap is not None:
            default["iap"] = {
                "enabled": iap.enabled,
                "clientID": iap.client_id,
                "oauth2ClientSecret": {"name": iap.oauth2_client_secret},
            }
        self.body = {
            "apiVersion": POLICY_API,
            "kind": "GCPBackendPolicy",
            "metadata": _meta(name, pool),
            "spec": {"targetRef": pool.target_ref(), "default": default},
        }
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

    BLOCKS = {
        "HTTP": "httpHealthCheck",
        "HTTPS": "httpsHealthCheck",
        "HTTP2": "http2HealthCheck",
        "GRPC": "grpcHealthCheck",
    }

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
        for field_name, value, high in (
            ("check_interval_sec", check_interval_sec, 300),
            ("timeout_sec", timeout_sec, 300),
            ("healthy_threshold", healthy_threshold, 10),
            ("unhealthy_threshold", unhealthy_threshold, 10),
        ):
            _range(path, field_name, value, 1, high)
        interval = 5 if check_interval_sec is None else check_interval_sec
        timeout = 5 if timeout_sec is None else timeout_sec
        if timeout > interval:
            raise ConstructError(
                path,
                f"timeout_sec={timeout} is longer than check_interval_sec={interval}; a probe must end before the next",
            )
        if protocol != "GRPC" and not request_path.startswith("/"):
            raise ConstructError(path, f"request_path={request_path!r}: start it with '/'")
        block: dict[str, object] = {"port": port, "portSpecification": "USE_FIXED_PORT"}
        if protocol != "GRPC":
            block["requestPath"] = request_path
        default: dict[str, object] = {"config": {"type": protocol, self.BLOCKS[protocol]: block}}
        for key, value in (
            ("checkIntervalSec", check_interval_sec),
            ("timeoutSec", timeout_sec),
            ("healthyThreshold", healthy_threshold),
            ("unhealthyThreshold", unhealthy_threshold),
        ):
            if value is not None:
                default[key] = value
        if log is not None:
            default["logConfig"] = {"enabled": log}
        self.body = {
            "apiVersion": POLICY_API,
            "kind": "HealthCheckPolicy",
            "metadata": _meta(name, pool),
            "spec": {"targetRef": pool.target_ref(), "default": default},
        }
        emit(self, "Resource", self.body)
