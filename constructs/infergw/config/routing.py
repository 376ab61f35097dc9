"""The stack's HTTPRoute rules, as the config decides them: every pool in one weighted rule, or, with
body-based routing, one rule per set of served models, matched on the router's header.

Pools listing the same ``servedModels`` share one rule by weight; pools listing none take the
requests no model rule matches (a last rule without header matches). A model named by two different
sets is refused: a request for it could reach only the first rule. Both the config check (Node-free)
and the default app build the route from here. Problems are :class:`PropsError` on ``StackConfig``
fields, so the loader reports them at the config key.
"""

from __future__ import annotations

from collections.abc import Sequence

from infergw.config.model import StackConfig
from infergw.refs import PoolRef
from infergw.releases import MODEL_FIELD_PLUGIN
from infergw.render.body_router import model_header
from infergw.render.route import Backend, RouteRule, model_rule
from infergw.settings import PropsError


def route_rules(config: StackConfig, refs: Sequence[PoolRef]) -> list[RouteRule]:
    """The rules of the stack's route, ``refs`` being the pools of ``config.pools`` in order."""
    backends = [Backend(ref, pool.weight) for pool, ref in zip(config.pools, refs, strict=True)]
    served = [index for index, pool in enumerate(config.pools) if pool.served_models]
    routing = config.body_based_routing
    if routing is None:
        if served:
            raise PropsError(
                f"pools[{served[0]}].served_models",
                list(config.pools[served[0]].served_models),
                "without body-based routing nothing puts the request's model into a header the route can match: "
                "add bodyBasedRouting: {} or remove servedModels",
            )
        return [RouteRule(backends=backends)]
    if not served:
        raise PropsError(
            "body_based_routing",
            None,
            "no pool lists servedModels, so no route rule uses the router's header: give each pool the model "
            "names it serves",
        )
    header = model_header(routing.router)
    if header is None:
        raise PropsError(
            "body_based_routing.router.plugins",
            None,
            f"no {MODEL_FIELD_PLUGIN} plugin copies the body's model field into a header, so servedModels cannot "
            "be matched: keep the default plugins or add one with json {fieldName: model, headerName: ...}",
        )
    groups: dict[tuple[str, ...], list[int]] = {}
    owner: dict[str, int] = {}
    for index in served:
        models = tuple(config.pools[index].served_models)
        for position, model in enumerate(models):
            first = owner.setdefault(model, index)
            if first != index and tuple(config.pools[first].served_models) != models:
                raise PropsError(
                    f"pools[{index}].served_models[{position}]",
                    model,
                    f"pool {config.pools[first].name} serves {model!r} too, with other models: a request for it "
                    "would only reach one rule. List the same models on both pools to share them by weight, or "
                    "serve it from one pool",
                )
        groups.setdefault(models, []).append(index)
    _check_rewrites(config)
    rules = [model_rule([backends[i] for i in indexes], models, header) for models, indexes in groups.items()]
    rest = [backends[i] for i, pool in enumerate(config.pools) if not pool.served_models]
    return rules + ([RouteRule(backends=rest)] if rest else [])


def _check_rewrites(config: StackConfig) -> None:
    """A rewrite applies to the requests that reach its pool: with model routing, only the pool's own models."""
    for index, pool in enumerate(config.pools):
        if not pool.served_models:
            continue
        for r, entry in enumerate(pool.rewrites):
            for k, rule in enumerate(entry.rewrite.rules):
                for m, model in enumerate(rule.matches):
                    if model not in pool.served_models:
                        raise PropsError(
                            f"pools[{index}].rewrites[{r}].rewrite.rules[{k}].matches[{m}]",
                            model,
                            f"requests for {model!r} never reach pool {pool.name}: the route sends it only the "
                            "servedModels; add it there",
                        )
