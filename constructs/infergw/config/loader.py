"""Loading ``infergw.yaml``: read it fail-closed, check it against its schema, then what the schema
cannot say (names unique across pools, what the chosen release allows), and build the props.

Every error names the file, the line and the key path, as the config writes it:
``infergw.yaml:12: pools[0].autoscaling.minReplicas: expected a whole number of at least 1, got 0``.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from infergw.config import DEFAULT_CONFIG  # defined with the package, so the CLI starts without this module
from infergw.config.document import ConfigDocument, read_config_document
from infergw.config.model import (
    AlertsEntry,
    ApigeeEntry,
    AutoscalingEntry,
    BodyRoutingEntry,
    ErrorDetailMetricEntry,
    GatewayEntry,
    ModelArmorEntry,
    ModelEntry,
    ObjectiveEntry,
    PoolEntry,
    RewriteEntry,
    RouteEntry,
    StackConfig,
)
from infergw.config.placeholders import placeholders
from infergw.config.routing import route_rules
from infergw.config.schema import CONFIG_SCHEMA
from infergw.errors import ConfigError, PropsError
from infergw.refs import ObjectRef
from infergw.releases import RELEASES, get_release
from infergw.render.alerts import render_alerts
from infergw.render.apigee import render_apigee
from infergw.render.autoscaler import render_autoscaler
from infergw.render.body_router import render_body_router
from infergw.render.gateway import GATEWAY_API, GatewayProps, render_gateway
from infergw.render.log_metric import DEFAULT_METRIC_NAME, error_detail_metric_files
from infergw.render.metrics_adapter import AdapterProps, render_adapter
from infergw.render.model_armor import render_model_armor
from infergw.render.model_rewrite import render_model_rewrite
from infergw.render.objective import render_model, render_objective
from infergw.render.pool import check_pool, pool_ref
from infergw.render.route import render_route
from infergw.settings import document_path, from_document, in_config_words, problems
from infergw.versions import supported_gke_version

__all__ = ["DEFAULT_CONFIG", "MAX_SHOWN", "StackConfig", "load_config", "parse_config"]

#: Problems listed in one error before "... and N more".
MAX_SHOWN = 20


def _warn(doc: ConfigDocument, path: Sequence[str | int], message: str) -> None:
    print(f"warning: {doc.where(path)}: {message}", file=sys.stderr)


def _upgrade(doc: ConfigDocument) -> Any:
    """Earlier spellings, accepted with a warning: ``flags`` as a list of ``{name, value}``."""
    data = doc.data
    pools = data.get("pools") if isinstance(data, dict) else None
    for index, pool in enumerate(pools if isinstance(pools, list) else []):
        flags = pool.get("flags") if isinstance(pool, dict) else None
        if isinstance(flags, list) and all(isinstance(f, dict) and set(f) == {"name", "value"} for f in flags):
            names = [f["name"] for f in flags]
            if len(set(map(str, names))) == len(names):
                pool["flags"] = {f["name"]: f["value"] for f in flags}
                _warn(
                    doc,
                    ("pools", index, "flags"),
                    "a list of {name, value} is the form of charts before v1.2; write a mapping, e.g. {v: 1}",
                )
    return data


def _fail(doc: ConfigDocument, found: Sequence[tuple[Sequence[str | int], str]]) -> ConfigError:
    lines = [f"{doc.where(path)}: {message}" for path, message in found]
    shown = "\n  ".join(lines[:MAX_SHOWN])
    more = f"\n  ... and {len(lines) - MAX_SHOWN} more" if len(lines) > MAX_SHOWN else ""
    return ConfigError(shown + more if len(lines) == 1 else f"{len(lines)} problems:\n  {shown}{more}")


def _props_error(where: tuple[str | int, ...], cls: type, error: PropsError) -> tuple[tuple[str | int, ...], str]:
    """A construct's refusal as a config problem: the field path mapped back to config keys."""
    return (*where, *document_path(cls, error.field)), in_config_words(cls, error.message)


Found = list[tuple[tuple[str | int, ...], str]]


def _refusal(where: tuple[str | int, ...], cls: type, render: Callable[[], object]) -> Found:
    """Render a section Node-free; a refusal becomes a problem at the config key it names."""
    try:
        render()
    except PropsError as error:
        return [_props_error(where, cls, error)]
    return []


def _check_pool(config: StackConfig, index: int, pool: PoolEntry) -> Found:
    where: tuple[str | int, ...] = ("pools", index)
    found = _refusal(where, PoolEntry, lambda: check_pool(pool.name, pool.chart))
    if found:
        return found
    release = get_release(config.release)
    ref = pool_ref(pool.name, pool.chart)
    for key, entries in (("objectives", pool.objectives), ("models", pool.models)):
        wanted = "InferenceObjective" if key == "objectives" else "InferenceModel"
        if entries and (release.workload is None or release.workload.kind != wanted):
            found.append(
                (
                    (*where, key),
                    f"release {release.id} uses {release.workload_key}, not {key}: write them as "
                    f"`{release.workload_key}:` or change the release",
                )
            )
            continue
        for position, entry in enumerate(entries):
            if isinstance(entry, ObjectiveEntry):
                found += _refusal(
                    (*where, key, position), ObjectiveEntry, partial(render_objective, entry.name, ref, entry.objective)
                )
            elif isinstance(entry, ModelEntry):
                found += _refusal(
                    (*where, key, position), ModelEntry, partial(render_model, entry.name, ref, entry.model)
                )
    if pool.rewrites and release.rewrite is None:
        serving = ", ".join(r.id for r in RELEASES.values() if r.rewrite is not None)
        found.append(((*where, "rewrites"), f"release {release.id} has no InferenceModelRewrite: use one of {serving}"))
        return found
    for position, rewrite in enumerate(pool.rewrites):
        found += _refusal(
            (*where, "rewrites", position),
            RewriteEntry,
            partial(render_model_rewrite, rewrite.name, ref, rewrite.rewrite),
        )
    autoscaling = pool.autoscaling
    if autoscaling is not None:
        if config.cluster is None:
            found.append(
                (("cluster",), "pools with autoscaling need the GKE cluster name (the metric's cluster label)")
            )
        else:
            found += _refusal(
                (*where, "autoscaling"), AutoscalingEntry, partial(render_autoscaler, ref, autoscaling.autoscaler)
            )
    return found


def _check_sections(config: StackConfig) -> Found:
    """The Gateway, the route, the extensions and the observability sections, rendered Node-free."""
    gateway = config.gateway
    found = _refusal(("gateway",), GatewayEntry, lambda: render_gateway(gateway.name, gateway.gateway))
    gateway_ref = ObjectRef(GATEWAY_API, "Gateway", gateway.name, config.namespace)
    routing = config.body_based_routing
    if routing is not None:
        found += _refusal(
            ("bodyBasedRouting",), BodyRoutingEntry, lambda: render_body_router(gateway_ref, routing.router)
        )
    try:
        refs = [pool_ref(pool.name, pool.chart) for pool in config.pools]
    except PropsError:
        return found  # the pool's own problem is reported; the route cannot be checked without it
    try:
        rules = route_rules(config, refs)
    except PropsError as error:
        return [*found, _props_error((), StackConfig, error)]
    found += _refusal(
        ("route",), RouteEntry, lambda: render_route(config.route.name, gateway_ref, rules, config.route.route)
    )
    armor, apigee = config.security.model_armor, config.security.apigee
    if armor is not None:
        found += _refusal(
            ("security", "modelArmor"),
            ModelArmorEntry,
            lambda: render_model_armor(armor.name, gateway_ref, armor.armor),
        )
    if apigee is not None:
        found += _refusal(
            ("security", "apigee"), ApigeeEntry, lambda: render_apigee(apigee.name, gateway_ref, apigee.apigee)
        )
    alerts, adapter = config.observability.alerts, config.observability.metrics_adapter
    if alerts is not None:
        found += _refusal(("observability", "alerts"), AlertsEntry, lambda: render_alerts(alerts.alerts))
    if adapter is not None:
        found += _refusal(("observability", "metricsAdapter"), AdapterProps, lambda: render_adapter(adapter))
    metric = config.observability.error_detail_metric
    if metric is not None:
        found += _refusal(
            ("observability", "errorDetailMetric"),
            ErrorDetailMetricEntry,
            partial(error_detail_metric_files, DEFAULT_METRIC_NAME, metric.metric),
        )
    return found


def _named_objects(pool: PoolEntry) -> tuple[tuple[str, Sequence[ObjectiveEntry | ModelEntry | RewriteEntry]], ...]:
    """The pool's objects named by the config, by config key: objectives, models, rewrites."""
    return (("objectives", pool.objectives), ("models", pool.models), ("rewrites", pool.rewrites))


def check_config(config: StackConfig) -> Found:
    """What the schema cannot check: what each construct refuses, and names unique across pools."""
    found: Found = []
    if config.gke_version is not None:
        try:
            supported_gke_version(config.gke_version)
        except ConfigError as error:
            found.append((("gkeVersion",), str(error)))
    for index, pool in enumerate(config.pools):
        found += _check_pool(config, index, pool)
    found += _check_sections(config)
    counts = Counter(
        (key, entry.name) for pool in config.pools for key, entries in _named_objects(pool) for entry in entries
    )
    for index, pool in enumerate(config.pools):
        for key, entries in _named_objects(pool):
            for position, entry in enumerate(entries):
                if counts[(key, entry.name)] > 1:
                    found.append(
                        (
                            ("pools", index, key, position, "name"),
                            f"{entry.name!r} names another pool's {key[:-1]} too; each names one object in the "
                            "stack's namespace, so give every one its own name",
                        )
                    )
    return found


def parse_config(data: Any, source: str) -> StackConfig:
    """Check a parsed config document and build its :class:`StackConfig` (no line numbers)."""
    return _build(ConfigDocument(source, data, None))


def _build(doc: ConfigDocument) -> StackConfig:
    data = _upgrade(doc)
    found = [(p.path, p.message) for p in problems(CONFIG_SCHEMA, data)]
    if found:
        raise _fail(doc, found)
    assert isinstance(data, Mapping)
    release = str(data.get("release") or StackConfig.__dataclass_fields__["release"].default)
    namespace = str(data.get("namespace") or StackConfig.__dataclass_fields__["namespace"].default)
    context = {"release": release, "namespace": namespace}
    config = from_document(StackConfig, _with_context(data, context))
    found = check_config(config)
    if found:
        raise _fail(doc, found)
    return config


def _with_context(data: Mapping[str, Any], context: Mapping[str, str]) -> dict[str, Any]:
    """The document with the top-level values every pool, and the alerts, take (release, namespace)."""
    out = dict(data)
    out["pools"] = [dict(pool, **context) for pool in data.get("pools", [])]
    observability = data.get("observability")
    if isinstance(observability, Mapping) and isinstance(observability.get("alerts"), Mapping):
        observability = out["observability"] = dict(observability, alerts=dict(observability["alerts"], **context))
    if isinstance(observability, Mapping) and isinstance(observability.get("errorDetailMetric"), Mapping):
        gateway = data.get("gateway")
        gateway_class = (gateway.get("class") if isinstance(gateway, Mapping) else None) or GatewayProps().gateway_class
        metric = dict(observability["errorDetailMetric"], gatewayClass=gateway_class)
        out["observability"] = dict(observability, errorDetailMetric=metric)
    for index, pool in enumerate(out["pools"]):
        if isinstance(pool.get("autoscaling"), Mapping) and data.get("cluster") is not None:
            out["pools"][index] = dict(pool, autoscaling=dict(pool["autoscaling"], cluster=data["cluster"]))
        elif isinstance(pool.get("autoscaling"), Mapping):
            # no cluster: check_config reports it; the props still need a value to be built
            out["pools"][index] = dict(pool, autoscaling=dict(pool["autoscaling"], cluster="unset"))
    return out


def load_config(path: Path | str, *, strict: bool = False) -> StackConfig:
    """Read and check the config file at ``path``; raise :class:`ConfigError` naming file, line and key.

    Placeholders (``replace-me-...``, see :mod:`infergw.config.placeholders`) are warned about, or
    with ``strict`` refused."""
    doc = read_config_document(path)
    config = _build(doc)
    found = [
        ((*where,), f"{value!r} is a placeholder: replace it with your own value")
        for where, value in sorted(placeholders(config), key=lambda found: doc.line_of(list(found[0])))
    ]
    if found and strict:
        raise _fail(doc, [(where, f"{message} (--strict refuses placeholders)") for where, message in found])
    for where, message in found:
        _warn(doc, where, f"{message}; `infergw synth --strict` refuses it")
    return config
