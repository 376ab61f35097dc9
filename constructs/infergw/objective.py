"""``InferenceObjective`` (v1.0.x) and ``InferenceModel`` (v0.3.0): per-workload settings of a pool.

The ``poolRef`` always comes from the pool object passed in, so its group follows the pool's API
version; an objective for a v0.3.0 pool, or a model for a v1.0.x pool, is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from infergw.errors import ConstructError
from infergw.objects import emit
from infergw.refs import PoolRef
from infergw.runtime import Construct, LazyPath

OBJECTIVE_API = "inference.networking.x-k8s.io/v1alpha2"
Criticality = Literal["Critical", "Standard", "Sheddable"]


def _meta(name: str, namespace: str | None) -> dict[str, str]:
    return {"name": name} | ({"namespace": namespace} if namespace else {})


class InferenceObjective(Construct):
    """An InferenceObjective for a v1.0.x pool.

    :param name: object name (the objective clients select, e.g. ``food-review``)
    :param pool: the pool it applies to (``InferencePoolStack.pool_ref``)
    :param priority: higher is served first under load; unset means 0 to the endpoint picker. default: unset
    """

    def __init__(self, scope: Construct, construct_id: str, name: str, *, pool: PoolRef, priority: int | None = None) -> None:
        super().__init__(scope, construct_id)
        if pool.kind != "InferencePool":
            raise ConstructError(LazyPath(self), f"pool: {pool.kind} {pool.name} is not an InferencePool")
        if pool.release == "v0.3.0":
            raise ConstructError(
                self.node.path,
                f"pool: {pool.name} comes from release v0.3.0, which has no InferenceObjective; use InferenceModel, "
                "or render the pool with release v1.0.x",
            )
        if priority is not None and not isinstance(priority, int):
            raise ConstructError(LazyPath(self), f"priority={priority!r}: give a whole number (higher is more important)")
        spec: dict[str, object] = {"poolRef": {"group": pool.group, "name": pool.name}}
        if priority is not None:
            spec["priority"] = priority
        self.body = {"apiVersion": OBJECTIVE_API, "kind": "InferenceObjective", "metadata": _meta(name, pool.namespace), "spec": spec}
        emit(self, "Resource", self.body)


@dataclass(frozen=True)
class TargetModel:
    """A model name the request is rewritten to, with its share of traffic (1..1000000, or None for equal)."""

    name: str
    weight: int | None = None


class InferenceModel(Construct):
    """An InferenceModel for a v0.3.0 pool (``inference.networking.x-k8s.io/v1alpha2``).

    :param model_name: the model name clients send
    :param criticality: Critical, Standard or Sheddable. default: unset
    :param target_models: rewrites with weights; all or none weighted. default: none
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        name: str,
        *,
        pool: PoolRef,
        model_name: str,
        criticality: Criticality | None = None,
        target_models: Sequence[TargetModel] = (),
    ) -> None:
        super().__init__(scope, construct_id)
        if pool.group != "inference.networking.x-k8s.io":
            raise ConstructError(
                self.node.path,
                f"pool: {pool.name} is a {pool.api_version} pool; InferenceModel only works with v1alpha2 "
                "(inference.networking.x-k8s.io) pools: use InferenceObjective",
            )
        if criticality is not None and criticality not in ("Critical", "Standard", "Sheddable"):
            raise ConstructError(LazyPath(self), f"criticality={criticality!r}: choose Critical, Standard or Sheddable")
        weights = [t.weight for t in target_models]
        if any(w is None for w in weights) and any(w is not None for w in weights):
            raise ConstructError(LazyPath(self), "target_models: give a weight to every target model or to none")
        if any(w is not None and not 1 <= w <= 1_000_000 for w in weights):
            raise ConstructError(LazyPath(self), f"target_models: weights {weights} must be 1 to 1000000")
        if len(target_models) > 10:
            raise ConstructError(LazyPath(self), f"target_models: {len(target_models)} given, at most 10 allowed")
        spec: dict[str, object] = {"modelName": model_name, "poolRef": {"name": pool.name}}
        if criticality:
            spec["criticality"] = criticality
        if target_models:
            spec["targetModels"] = [{"name": t.name} | ({"weight": t.weight} if t.weight is not None else {}) for t in target_models]
        self.body = {"apiVersion": OBJECTIVE_API, "kind": "InferenceModel", "metadata": _meta(name, pool.namespace), "spec": spec}
        emit(self, "Resource", self.body)
