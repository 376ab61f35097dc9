"""``InferenceObjective`` (v1.0.x) and ``InferenceModel`` (v0.3.0): per-workload settings of a pool.

The ``poolRef`` always comes from the pool object passed in (``InferencePoolStack.pool_ref``), so its
group follows the pool's API version. Which of the two kinds a pool takes depends on the release
that rendered it (:data:`WORKLOAD_KIND`): an objective for a v0.3.0 pool, or a model for a v1.0.x
pool (whose release has no InferenceModel CRD), is refused in the constructor.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from infergw.errors import ConstructError
from infergw.names import DNS_SUBDOMAIN
from infergw.objects import emit
from infergw.refs import ObjectRef, PoolRef
from infergw.runtime import Construct, LazyPath

OBJECTIVE_API = "inference.networking.x-k8s.io/v1alpha2"
ALPHA_GROUP = "inference.networking.x-k8s.io"
Criticality = Literal["Critical", "Standard", "Sheddable"]
CRITICALITIES = ("Critical", "Standard", "Sheddable")
#: The per-workload kind each inference-extension release serves.
WORKLOAD_KIND = {"v0.3.0": "InferenceModel", "v1.0.0": "InferenceObjective", "v1.0.2": "InferenceObjective"}
_INT32 = (-(2**31), 2**31 - 1)


def _check_name(path: str, name: str) -> None:
    if not DNS_SUBDOMAIN.match(name) or len(name) > 253:
        raise ConstructError(path, f"name={name!r}: use lower-case letters, digits, '-' and '.' (a DNS subdomain name)")


def _check_kind(path: str, pool: PoolRef, kind: str) -> None:
    """Refuse a pool whose release serves the other per-workload kind."""
    if pool.kind != "InferencePool":
        raise ConstructError(
            path, f"pool: {pool.kind} {pool.name} is not an InferencePool; pass InferencePoolStack.pool_ref"
        )
    wanted = WORKLOAD_KIND.get(pool.release)
    if wanted is not None and wanted != kind:
        raise ConstructError(
            path,
            f"pool: {pool.name} comes from release {pool.release}, which has no {kind}; use {wanted}, "
            f"or render the pool with a release that serves {kind} "
            f"({', '.join(r for r, k in WORKLOAD_KIND.items() if k == kind)})",
        )


def _meta(name: str, namespace: str | None) -> dict[str, str]:
    return {"name": name} | ({"namespace": namespace} if namespace else {})


class InferenceObjective(Construct):
    """An InferenceObjective for a v1.0.x pool.

    Written in the pool's namespace (an objective's ``poolRef`` cannot leave its namespace).

    :param name: object name (the objective clients select, e.g. ``food-review``)
    :param pool: the pool it applies to (``InferencePoolStack.pool_ref``); its group becomes ``poolRef.group``
    :param priority: higher is served first under load; unset means 0 to the endpoint picker. default: unset
    """

    def __init__(
        self, scope: Construct, construct_id: str, name: str, *, pool: PoolRef, priority: int | None = None
    ) -> None:
        super().__init__(scope, construct_id)
        path = LazyPath(self)
        _check_name(path, name)
        _check_kind(path, pool, "InferenceObjective")
        if priority is not None and (
            isinstance(priority, bool) or not isinstance(priority, int) or not _INT32[0] <= priority <= _INT32[1]
        ):
            raise ConstructError(path, f"priority={priority!r}: give a whole number (32-bit; higher is more important)")
        self.ref = ObjectRef(OBJECTIVE_API, "InferenceObjective", name, pool.namespace)
        spec: dict[str, object] = {"poolRef": {"group": pool.group, "name": pool.name}}
        if priority is not None:
            spec["priority"] = priority
        self.body = {
            "apiVersion": OBJECTIVE_API,
            "kind": "InferenceObjective",
            "metadata": _meta(name, pool.namespace),
            "spec": spec,
        }
        emit(self, "Resource", self.body)


@dataclass(frozen=True)
class TargetModel:
    """A model name the request is rewritten to, with its share of traffic (1..1000000, or None for equal)."""

    name: str
    weight: int | None = None


class InferenceModel(Construct):
    """An InferenceModel for a v0.3.0 pool (``inference.networking.x-k8s.io/v1alpha2``).

    :param name: object name
    :param pool: the pool it applies to (``InferencePoolStack.pool_ref`` of a v0.3.0 pool)
    :param model_name: the model name clients send
    :param criticality: Critical, Standard or Sheddable. default: unset (the endpoint picker treats it as Standard)
    :param target_models: rewrites with weights; all or none weighted, at most 10. default: none
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
        path = self.node.path
        _check_name(path, name)
        if pool.group != ALPHA_GROUP:
            raise ConstructError(
                path,
                f"pool: {pool.name} is a {pool.api_version} pool; InferenceModel only works with v1alpha2 "
                f"({ALPHA_GROUP}) pools of release v0.3.0: use InferenceObjective",
            )
        _check_kind(path, pool, "InferenceModel")
        if not model_name or len(model_name) > 256:
            raise ConstructError(
                path, f"model_name={model_name!r}: give the model name clients send (1 to 256 characters)"
            )
        if criticality is not None and criticality not in CRITICALITIES:
            raise ConstructError(
                path, f"criticality={criticality!r}: choose {', '.join(CRITICALITIES[:-1])} or {CRITICALITIES[-1]}"
            )
        weights = [t.weight for t in target_models]
        if any(w is None for w in weights) and any(w is not None for w in weights):
            raise ConstructError(path, "target_models: give a weight to every target model or to none")
        if any(w is not None and not 1 <= w <= 1_000_000 for w in weights):
            raise ConstructError(path, f"target_models: weights {weights} must be 1 to 1000000")
        if len(target_models) > 10:
            raise ConstructError(path, f"target_models: {len(target_models)} given, at most 10 allowed")
        self.ref = ObjectRef(OBJECTIVE_API, "InferenceModel", name, pool.namespace)
        spec: dict[str, object] = {"modelName": model_name, "poolRef": {"name": pool.name}}
        if criticality:
            spec["criticality"] = criticality
        if target_models:
            spec["targetModels"] = [
                {"name": t.name} | ({"weight": t.weight} if t.weight is not None else {}) for t in target_models
            ]
        self.body = {
            "apiVersion": OBJECTIVE_API,
            "kind": "InferenceModel",
            "metadata": _meta(name, pool.namespace),
            "spec": spec,
        }
        emit(self, "Resource", self.body)
