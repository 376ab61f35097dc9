"""Per-workload objects of a pool: ``InferenceObjective`` (v1.0 on) and ``InferenceModel`` (v0.3.0).

The ``poolRef`` always comes from the pool (``PoolRef``), so its group follows the pool's API
version. Which kind a pool takes, and in which API group, is the pool's release's
(``Release.workload``): an objective for a v0.3.0 pool, or a model for a newer one, is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from infergw.names import OBJECT_NAME
from infergw.refs import ObjectRef, PoolRef, object_metadata
from infergw.releases import RELEASES, ApiKind, get_release
from infergw.settings import INT32, PropsError, check_props, setting

Criticality = Literal["Critical", "Standard", "Sheddable"]


@dataclass(frozen=True)
class ObjectiveProps:
    """An InferenceObjective's settings."""

    priority: int | None = setting(
        None, **INT32, doc="Higher is served first under load; unset means 0 to the endpoint picker."
    )


@dataclass(frozen=True)
class TargetModel:
    """A model name the request is rewritten to, with its share of traffic."""

    name: str = setting(doc="The model name the request is sent on with.")
    weight: int | None = setting(
        None, minimum=1, maximum=1_000_000, doc="Share of traffic; all or none of the targets are weighted."
    )


@dataclass(frozen=True)
class ModelProps:
    """An InferenceModel's settings (v0.3.0)."""

    model_name: str = setting(doc="The model name clients send (1 to 256 characters).")
    criticality: Criticality | None = setting(
        None, doc="Critical, Standard or Sheddable. default: unset (the endpoint picker treats it as Standard)"
    )
    target_models: tuple[TargetModel, ...] = setting(
        (), max_items=10, doc="Rewrites with weights: all or none weighted, at most 10."
    )


def workload_kind(pool: PoolRef, kind: str) -> ApiKind:
    """The release's per-workload kind for ``pool``; refuse a pool whose release serves another kind."""
    if pool.kind != "InferencePool":
        raise PropsError("pool", pool.name, f"{pool.kind} is not an InferencePool; pass InferencePoolStack.pool_ref")
    workload = get_release(pool.release).workload
    if workload is None or workload.kind != kind:
        serving = [r.id for r in RELEASES.values() if r.workload is not None and r.workload.kind == kind]
        raise PropsError(
            "pool",
            pool.name,
            f"the pool comes from release {pool.release}, which has no {kind}"
            + (f"; use {workload.kind}" if workload is not None else "")
            + f", or render the pool with a release that serves {kind} ({', '.join(serving)})",
        )
    return workload


def _check_name(name: str) -> None:
    if (problem := OBJECT_NAME.problem(name) if isinstance(name, str) else OBJECT_NAME.rule) is not None:
        raise PropsError("name", name, f"use {problem}")


def render_objective(name: str, pool: PoolRef, props: ObjectiveProps) -> dict[str, Any]:
    """The InferenceObjective ``name`` for ``pool``, in the pool's namespace and its release's group."""
    _check_name(name)
    check_props(props)
    kind = workload_kind(pool, "InferenceObjective")
    spec: dict[str, Any] = {"poolRef": {"group": pool.group, "name": pool.name}}
    if props.priority is not None:
        spec["priority"] = props.priority
    return {
        "apiVersion": kind.api_version,
        "kind": kind.kind,
        "metadata": object_metadata(name, pool.namespace),
        "spec": spec,
    }


def render_model(name: str, pool: PoolRef, props: ModelProps) -> dict[str, Any]:
    """The InferenceModel ``name`` for a v0.3.0 ``pool``."""
    _check_name(name)
    check_props(props)
    kind = workload_kind(pool, "InferenceModel")
    if not props.model_name or len(props.model_name) > 256:
        raise PropsError("model_name", props.model_name, "give the model name clients send (1 to 256 characters)")
    weights = [t.weight for t in props.target_models]
    if any(w is None for w in weights) and any(w is not None for w in weights):
        raise PropsError("target_models", weights, "give a weight to every target model or to none")
    spec: dict[str, Any] = {"modelName": props.model_name, "poolRef": {"name": pool.name}}
    if props.criticality:
        spec["criticality"] = props.criticality
    if props.target_models:
        spec["targetModels"] = [
            {"name": t.name} | ({"weight": t.weight} if t.weight is not None else {}) for t in props.target_models
        ]
    return {
        "apiVersion": kind.api_version,
        "kind": kind.kind,
        "metadata": object_metadata(name, pool.namespace),
        "spec": spec,
    }


def object_ref(body: dict[str, Any]) -> ObjectRef:
    """The reference of a rendered object."""
    meta = body["metadata"]
    return ObjectRef(body["apiVersion"], body["kind"], meta["name"], meta.get("namespace"))
