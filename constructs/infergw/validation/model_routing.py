"""Routing by model name across a set: HTTPRoute rules that match the body-based router's header
(``X-Gateway-Model-Name``), the routing extension that sets it, and the rewrites behind them.

* ``reference/model-conflict`` (error): one Gateway sends the same model, under the same other match
  conditions, to different backends from two rules; a request can follow only one of them.
* ``reference/model-router`` (warning): a Gateway in the set has model rules but no GCPRoutingExtension
  in the set targets it, so only clients that send the header themselves match them.
* ``reference/model-rewrite`` (warning): an InferenceModelRewrite matches a model that the header rules
  send to other pools only, so its rule never sees a request.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from infergw.releases import MODEL_NAME_HEADER
from infergw.validation.fields import as_list as _list
from infergw.validation.fields import as_map as _map
from infergw.validation.fields import field as _get
from infergw.validation.findings import Finding
from infergw.validation.loader import Document
from infergw.validation.references import Index, finding_at, name_of, namespace_of

GATEWAY_GROUP = "gateway.networking.k8s.io"
POOL_GROUP_DEFAULT = "inference.networking.k8s.io"  # the rewrite CRDs' poolRef.group default
REWRITE_KINDS = {("inference.networking.x-k8s.io", "InferenceModelRewrite"), ("llm-d.ai", "InferenceModelRewrite")}

Target = tuple[str, str, str, str]  # (group, kind, namespace, name)


@dataclass(frozen=True)
class ModelRule:
    """One route match naming a model: where it is and what it sends the model to."""

    doc: Document
    path: tuple[str | int, ...]
    model: str
    backends: frozenset[Target]

    @property
    def where(self) -> str:
        ns = namespace_of(self.doc)
        label = f"{ns}/{name_of(self.doc)}" if ns else name_of(self.doc)
        return f"HTTPRoute {label} rules[{self.path[2]}].matches[{self.path[4]}]"


def _model_of(match: dict[str, Any]) -> tuple[int, str] | None:
    """The position and value of the match's exact model-header condition, if it has one."""
    for position, header in enumerate(_list(match.get("headers"))):
        if (
            isinstance(header, dict)
            and str(header.get("name", "")).lower() == MODEL_NAME_HEADER.lower()
            and header.get("type", "Exact") == "Exact"
            and isinstance(header.get("value"), str)
        ):
            return position, header["value"]
    return None


def _rest_of(match: dict[str, Any], header: int) -> str:
    """The match without its model header, canonical: two rules conflict only when the rest is equal."""
    rest = dict(match)
    headers = [h for i, h in enumerate(_list(match.get("headers"))) if i != header]
    rest["headers"] = sorted(headers, key=lambda h: json.dumps(h, sort_keys=True))
    rest.setdefault("path", {"type": "PathPrefix", "value": "/"})
    return json.dumps(rest, sort_keys=True)


def _model_rules(route: Document, ns: str) -> Iterator[tuple[Target, str, str, ModelRule]]:
    """(gateway, hostname, rest of the match, rule) for every model-header match of ``route``."""
    spec = _map(_get(route.obj, "spec"))
    gateways = [
        (str(p.get("group", GATEWAY_GROUP)), str(p.get("kind", "Gateway")), str(p.get("namespace", ns)), p["name"])
        for p in _list(spec.get("parentRefs"))
        if isinstance(p, dict) and isinstance(p.get("name"), str)
    ]
    hostnames = [h for h in _list(spec.get("hostnames")) if isinstance(h, str)] or ["*"]
    for r, rule in enumerate(_list(spec.get("rules"))):
        backends = frozenset(
            (str(b.get("group", "")), str(b.get("kind", "Service")), str(b.get("namespace", ns)), str(b["name"]))
            for b in _list(_get(rule, "backendRefs"))
            if isinstance(b, dict) and b.get("name")
        )
        for m, match in enumerate(_list(_get(rule, "matches"))):
            found = _model_of(match) if isinstance(match, dict) else None
            if found is None:
                continue
            header, model = found
            entry = ModelRule(route, ("spec", "rules", r, "matches", m, "headers", header), model, backends)
            for gateway in gateways:
                for host in hostnames:
                    yield gateway, host, _rest_of(match, header), entry


def check_model_routing(index: Index, *, allow_external: bool) -> list[Finding]:
    """The findings of this module for the indexed set (``allow_external``: the router may be elsewhere)."""
    findings: list[Finding] = []
    first: dict[tuple[Target, str, str, str], ModelRule] = {}
    routed: dict[str, set[Target]] = {}  # model -> every backend a header rule sends it to
    gateways: set[Target] = set()
    for route in index.by_kind.get((GATEWAY_GROUP, "HTTPRoute"), ()):
        for gateway, host, rest, rule in _model_rules(route, namespace_of(route)):
            gateways.add(gateway)
            routed.setdefault(rule.model, set()).update(rule.backends)
            earlier = first.setdefault((gateway, host, rest, rule.model), rule)
            if earlier is not rule and earlier.backends != rule.backends:
                findings.append(
                    finding_at(
                        rule.doc,
                        rule.path,
                        f"model {rule.model!r} on Gateway {gateway[3]} is also matched by {earlier.where}, which sends "
                        "it elsewhere: a request follows one rule only. Send the model from one rule (list both pools "
                        "there to share it by weight)",
                        "reference/model-conflict",
                    )
                )
    if not allow_external:
        findings += _check_router(index, gateways)
    return findings + _check_rewrites(index, routed)


def _check_router(index: Index, gateways: set[Target]) -> list[Finding]:
    targeted = {
        (str(t.get("group", "")), str(t.get("kind", "")), namespace_of(ext), str(t.get("name")))
        for ext in index.by_kind.get(("networking.gke.io", "GCPRoutingExtension"), ())
        for t in _list(_get(ext.obj, "spec", "targetRefs"))
        if isinstance(t, dict)
    }
    findings = []
    for gateway in sorted(gateways):
        group, kind, ns, name = gateway
        doc = index.find(group, kind, name, ns)
        if doc is None:
            continue  # the Gateway is not in the set: its references are reported on their own
        if gateway in targeted or (group, kind, "", name) in targeted:
            continue
        findings.append(
            finding_at(
                doc,
                (),
                f"HTTPRoutes match {MODEL_NAME_HEADER} on this Gateway but no GCPRoutingExtension in the set targets "
                "it, so nothing copies the request body's model into the header and only clients that send it "
                "themselves match; deploy the body-based router (bodyBasedRouting in infergw.yaml), or pass "
                "--allow-external-refs if it is applied separately",
                "reference/model-router",
                "warning",
            )
        )
    return findings


def _check_rewrites(index: Index, routed: dict[str, set[Target]]) -> list[Finding]:
    findings = []
    for kind in sorted(REWRITE_KINDS):
        for rewrite in index.by_kind.get(kind, ()):
            ns = namespace_of(rewrite)
            pool = _map(_get(rewrite.obj, "spec", "poolRef"))
            target = (
                str(pool.get("group", POOL_GROUP_DEFAULT)),
                str(pool.get("kind", "InferencePool")),
                ns,
                str(pool.get("name")),
            )
            for r, rule in enumerate(_list(_get(rewrite.obj, "spec", "rules"))):
                for m, match in enumerate(_list(_get(rule, "matches"))):
                    model = _get(match, "model", "value")
                    if not isinstance(model, str) or model not in routed:
                        continue
                    if any(b[:2] == target[:2] and b[3] == target[3] and b[2] in (ns, "") for b in routed[model]):
                        continue
                    findings.append(
                        finding_at(
                            rewrite,
                            ("spec", "rules", r, "matches", m, "model", "value"),
                            f"the HTTPRoutes send model {model!r} to "
                            + ", ".join(sorted(f"{b[1]} {b[3]}" for b in routed[model]))
                            + f", never to {target[1]} {target[3]}: this rule sees no request. Route the model to the "
                            "pool, or move the rewrite to the pool that serves it",
                            "reference/model-rewrite",
                            "warning",
                        )
                    )
    return findings
