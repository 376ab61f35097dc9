"""``GCPBackendPolicy`` for an inference pool: access logging, timeouts, balancing, IAP, Cloud Armor.

The policy targets the pool passed in, so ``targetRef`` group and kind follow the pool's API
version. Ranges and combinations the GKE CRD rejects are refused before rendering; session
affinity, which the CRD forbids for pools, is not offered. Node-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from infergw.names import OBJECT_NAME
from infergw.refs import PoolRef, object_metadata
from infergw.render.checks import check_props_nested
from infergw.settings import Grammar, PropsError, setting

POLICY_API = "networking.gke.io/v1"
#: Names of optional log fields and custom metrics (the CRD's pattern, 1 to 63 characters).
FIELD_NAME = Grammar(
    r"[a-z]([-_.a-z0-9]*[a-z0-9])?",
    "a name of lower-case letters, digits, '-', '_' and '.', starting with a letter",
    63,
)
#: The default share of requests logged, in millionths: half, as Google's guide sets it (seed 003).
DEFAULT_SAMPLE_RATE = 500_000
LogMode = Literal["EXCLUDE_ALL_OPTIONAL", "INCLUDE_ALL_OPTIONAL", "CUSTOM"]
BalancingMode = Literal["RATE", "UTILIZATION", "CUSTOM_METRICS"]
PERCENT: dict[str, Any] = {"minimum": 0, "maximum": 100}


@dataclass(frozen=True)
class AccessLogging:
    """HTTP access logging of the load balancer (``logging``)."""

    enabled: bool = setting(True, doc="Log requests.")
    sample_rate: int = setting(
        DEFAULT_SAMPLE_RATE,
        minimum=0,
        maximum=1_000_000,
        doc="Share of requests logged, in millionths (0 to 1000000). default: 500000 (half, as Google's guide)",
    )
    optional_mode: LogMode | None = setting(
        None, doc="Which optional fields are logged. default: unset (the load balancer's default)"
    )
    optional_fields: tuple[str, ...] = setting(
        (),
        max_items=30,
        items_grammar=FIELD_NAME,
        doc="With optional_mode CUSTOM: the optional fields logged, at most 30. default: none",
    )


@dataclass(frozen=True)
class CustomMetric:
    """A metric the load balancer balances on (``balancing_mode="CUSTOM_METRICS"``)."""

    name: str = setting(grammar=FIELD_NAME, doc="Name of the metric the model servers report.")
    max_utilization_percent: int | None = setting(None, **PERCENT, doc="Target utilization, 0 to 100. default: unset")
    dry_run: bool = setting(False, doc="Report the metric, do not balance on it.")


@dataclass(frozen=True)
class Iap:
    """Identity-Aware Proxy in front of the pool: the OAuth client and the Secret holding its secret."""

    client_id: str = setting(
        grammar=Grammar(r".+", "an OAuth client id (not empty)"), doc="The OAuth client id (``clientID``)."
    )
    oauth2_client_secret: str = setting(
        grammar=OBJECT_NAME, doc="Name of the Secret holding the OAuth client secret, in the pool's namespace."
    )
    enabled: bool = setting(True, doc="Turn IAP on.")


@dataclass(frozen=True)
class BackendPolicyProps:
    """A GCPBackendPolicy's ``default`` settings; unset fields are left to GKE."""

    logging: AccessLogging | None = setting(
        default_factory=AccessLogging,
        doc="Access logging; None leaves it unset. default: enabled, sample rate 500000",
    )
    timeout_sec: int | None = setting(
        None, minimum=1, maximum=2_147_483_647, doc="Backend timeout in seconds. default: unset (GKE's 30 s)"
    )
    connection_draining_sec: int | None = setting(
        None, minimum=0, maximum=3600, doc="Connection draining timeout in seconds, 0 to 3600. default: unset"
    )
    max_rate_per_endpoint: int | None = setting(
        None, minimum=1, maximum=1_000_000_000, doc="Requests per second per endpoint. default: unset"
    )
    security_policy: str | None = setting(None, doc="Cloud Armor security policy name. default: unset")
    backend_preference: Literal["DEFAULT", "PREFERRED"] | None = setting(
        None, doc="DEFAULT or PREFERRED. default: unset"
    )
    balancing_mode: BalancingMode | None = setting(
        None, doc="RATE, UTILIZATION or CUSTOM_METRICS (needs custom_metrics). default: unset"
    )
    capacity_scaler_percent: int | None = setting(None, **PERCENT, doc="Capacity scaler, 0 to 100. default: unset")
    custom_metrics: tuple[CustomMetric, ...] = setting(
        (), max_items=2, doc="Metrics balanced on with CUSTOM_METRICS, at most 2. default: none"
    )
    iap: Iap | None = setting(None, doc="Identity-Aware Proxy. default: unset")


def check_pool(pool: PoolRef) -> None:
    """Raise :class:`PropsError` unless ``pool`` is an InferencePool."""
    if pool.kind != "InferencePool":
        raise PropsError("pool", pool.name, f"{pool.kind} is not an InferencePool; pass InferencePoolStack.pool_ref")


def metadata(name: str, pool: PoolRef) -> dict[str, str]:
    """A policy's metadata: ``name``, in the pool's namespace."""
    if (problem := OBJECT_NAME.problem(name) if isinstance(name, str) else OBJECT_NAME.rule) is not None:
        raise PropsError("name", name, f"use {problem}")
    return object_metadata(name, pool.namespace)


def check_backend_policy(props: BackendPolicyProps) -> None:
    """Raise :class:`PropsError` for the combinations the GKE CRD rejects (after the single-field limits)."""
    check_props_nested(props)
    logging = props.logging
    if logging is not None and logging.optional_fields and logging.optional_mode != "CUSTOM":
        raise PropsError(
            "logging.optional_fields",
            list(logging.optional_fields),
            "list optional fields only with optional_mode='CUSTOM'",
        )
    if props.balancing_mode == "CUSTOM_METRICS" and not props.custom_metrics:
        raise PropsError(
            "custom_metrics", [], "balancing_mode='CUSTOM_METRICS' balances on metrics: name them in custom_metrics"
        )


def _logging(logging: AccessLogging) -> dict[str, Any]:
    out: dict[str, Any] = {"enabled": logging.enabled, "sampleRate": logging.sample_rate}
    if logging.optional_mode:
        out["optionalMode"] = logging.optional_mode
    if logging.optional_fields:
        out["optionalFields"] = list(logging.optional_fields)
    return out


def render_backend_policy(name: str, pool: PoolRef, props: BackendPolicyProps) -> dict[str, Any]:
    """The GCPBackendPolicy ``name`` for ``pool``, in the pool's namespace."""
    check_pool(pool)
    return {
        "apiVersion": POLICY_API,
        "kind": "GCPBackendPolicy",
        "metadata": metadata(name, pool),
        "spec": {"targetRef": pool.target_ref(), "default": policy_defaults(props)},
    }


def policy_defaults(props: BackendPolicyProps) -> dict[str, Any]:
    """``spec.default`` of a GCPBackendPolicy with ``props`` (checked first)."""
    check_backend_policy(props)
    default: dict[str, Any] = {}
    if props.timeout_sec is not None:
        default["timeoutSec"] = props.timeout_sec
    if props.logging is not None:
        default["logging"] = _logging(props.logging)
    if props.connection_draining_sec is not None:
        default["connectionDraining"] = {"drainingTimeoutSec": props.connection_draining_sec}
    if props.max_rate_per_endpoint is not None:
        default["maxRatePerEndpoint"] = props.max_rate_per_endpoint
    if props.security_policy:
        default["securityPolicy"] = props.security_policy
    if props.backend_preference:
        default["backendPreference"] = props.backend_preference
    if props.balancing_mode:
        default["balancingMode"] = props.balancing_mode
    if props.capacity_scaler_percent is not None:
        default["capacityScalerPercent"] = props.capacity_scaler_percent
    if props.custom_metrics:
        default["customMetrics"] = [
            {"name": m.name, "dryRun": m.dry_run}
            | ({"maxUtilizationPercent": m.max_utilization_percent} if m.max_utilization_percent is not None else {})
            for m in props.custom_metrics
        ]
    if props.iap is not None:
        default["iap"] = {
            "enabled": props.iap.enabled,
            "clientID": props.iap.client_id,
            "oauth2ClientSecret": {"name": props.iap.oauth2_client_secret},
        }
    return default
