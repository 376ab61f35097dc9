"""``InferenceModelRewrite``: rewrite the model a request names, with weighted targets (a LoRA rollout).

The kind's group and version are the pool's release's (``Release.rewrite``: ``llm-d.ai`` for llm-d-router,
``inference.networking.x-k8s.io`` for the GAIE releases that serve it); so is the rule field holding the
weighted targets (``Release.rewrite_targets_field``: ``split`` in GAIE v1.2, ``targets`` later). The
``poolRef`` comes from the pool (``PoolRef``), so its group follows the pool's API version.

Node-free: :func:`render_model_rewrite` gives the object as a dict; ``infergw.cdk.model_rewrite`` emits it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from infergw.names import OBJECT_NAME
from infergw.refs import PoolRef, object_metadata
from infergw.releases import RELEASES, ApiKind, get_release
from infergw.settings import PropsError, check_props, setting

__all__ = ["ModelRewriteProps", "RewriteRule", "RewriteTarget", "render_model_rewrite", "rewrite_kind"]


@dataclass(frozen=True)
class RewriteTarget:
    """A model a matched request is sent on to, with its share of the rule's traffic."""

    model_rewrite: str = setting(
        doc="The model name the request is rewritten to (``modelRewrite``), e.g. a LoRA adapter.",
        example="food-review-v2",
    )
    weight: int | None = setting(
        None,
        minimum=1,
        maximum=1_000_000,
        doc="Share of the rule's traffic (weight / sum of the rule's weights); all or none of a rule's "
        "targets are weighted. default: unweighted",
    )


@dataclass(frozen=True)
class RewriteRule:
    """One rule: the model names it matches (exactly) and the targets it rewrites them to."""

    targets: tuple[RewriteTarget, ...] = setting(
        min_items=1, doc="Where matched requests go: one target, or several with weights (90/10 for a rollout)."
    )
    matches: tuple[str, ...] = setting(
        (),
        unique=True,
        doc="Model names (the request body's ``model``) the rule matches exactly. default: none, a rule "
        "matching every request of the pool",
    )


@dataclass(frozen=True)
class ModelRewriteProps:
    """An InferenceModelRewrite's rules."""

    rules: tuple[RewriteRule, ...] = setting(min_items=1, doc="The rewrite rules.")


def rewrite_kind(pool: PoolRef) -> ApiKind:
    """The InferenceModelRewrite kind of ``pool``'s release; refuse a pool whose release has none."""
    if pool.kind != "InferencePool":
        raise PropsError("pool", pool.name, f"{pool.kind} is not an InferencePool; pass InferencePoolStack.pool_ref")
    kind = get_release(pool.release).rewrite if pool.release in RELEASES else None
    if kind is None:
        serving = [r.id for r in RELEASES.values() if r.rewrite is not None]
        raise PropsError(
            "pool",
            pool.name,
            f"the pool comes from release {pool.release or '(none)'}, which has no InferenceModelRewrite; render the "
            f"pool with a release that serves it ({', '.join(serving)})",
        )
    return kind


def _check(name: str, props: ModelRewriteProps) -> None:
    if (problem := OBJECT_NAME.problem(name) if isinstance(name, str) else OBJECT_NAME.rule) is not None:
        raise PropsError("name", name, f"use {problem}")
    check_props(props)
    for index, rule in enumerate(props.rules):
        weights = [t.weight for t in rule.targets]
        if any(w is None for w in weights) and any(w is not None for w in weights):
            raise PropsError(f"rules[{index}].targets", weights, "give a weight to every target of the rule or to none")
        for position, target in enumerate(rule.targets):
            if not target.model_rewrite:
                raise PropsError(
                    f"rules[{index}].targets[{position}].model_rewrite", target.model_rewrite, "give a model name"
                )
        for position, model in enumerate(rule.matches):
            if not model:
                raise PropsError(f"rules[{index}].matches[{position}]", model, "give the model name clients send")


def render_model_rewrite(name: str, pool: PoolRef, props: ModelRewriteProps) -> dict[str, Any]:
    """The InferenceModelRewrite ``name`` for ``pool``, in the pool's namespace and its release's group."""
    kind = rewrite_kind(pool)
    _check(name, props)
    targets_key = get_release(pool.release).rewrite_targets_field
    assert targets_key is not None  # every release with a rewrite kind names the field (test_releases)
    rules = []
    for rule in props.rules:
        body: dict[str, Any] = {}
        if rule.matches:
            body["matches"] = [{"model": {"type": "Exact", "value": model}} for model in rule.matches]
        body[targets_key] = [
            {"modelRewrite": t.model_rewrite} | ({"weight": t.weight} if t.weight is not None else {})
            for t in rule.targets
        ]
        rules.append(body)
    return {
        "apiVersion": kind.api_version,
        "kind": kind.kind,
        "metadata": object_metadata(name, pool.namespace),
        "spec": {"poolRef": {"group": pool.group, "kind": "InferencePool", "name": pool.name}, "rules": rules},
    }
