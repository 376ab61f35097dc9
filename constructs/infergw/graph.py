"""The object graph of a manifest set: what routes where, what attaches to what.

Nodes are the objects that carry traffic or decide about it (Gateways, routes, pools, endpoint
pickers, objectives, GKE policies and extensions, autoscalers, monitoring); edges are the
references between them, as the validator resolves them, plus Service -> Deployment by selector.
Route edges carry their weights. Rendered as Mermaid (for Markdown) or DOT (for Graphviz).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from infergw.validation.loader import Document
from infergw.validation.references import REFERRERS, Index, group_of, name_of, namespace_of

SHOWN_KINDS = {
    "Gateway",
    "HTTPRoute",
    "InferencePool",
    "InferenceObjective",
    "InferenceModel",
    "Service",
    "Deployment",
    "HealthCheckPolicy",
    "GCPBackendPolicy",
    "GCPGatewayPolicy",
    "GCPTrafficExtension",
    "GCPRoutingExtension",
    "ApigeeBackendService",
    "HorizontalPodAutoscaler",
    "PodMonitoring",
    "ClusterPodMonitoring",
}


def _at(value: object, *keys: str | int) -> object:
    """``value[k1][k2]...``, or None where a key is missing or a value has the wrong type
    (the graph draws what it can of invalid input; ``infergw validate`` reports it)."""
    for key in keys:
        if isinstance(key, int) and isinstance(value, list) and 0 <= key < len(value):
            value = value[key]
        elif isinstance(key, str) and isinstance(value, dict):
            value = value.get(key)
        else:
            return None
    return value


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    label: str


def _node_id(doc: Document) -> str:
    raw = f"{doc.obj['kind']}_{namespace_of(doc)}_{name_of(doc)}_{group_of(str(doc.obj['apiVersion']))}"
    return re.sub(r"[^A-Za-z0-9_]", "_", raw)


def _label(doc: Document) -> str:
    api = str(doc.obj["apiVersion"])
    version = f" ({api})" if doc.obj["kind"] == "InferencePool" else ""
    return f"{doc.obj['kind']}{version}\\n{name_of(doc)}"


def build(documents: Sequence[Document]) -> tuple[list[Document], list[Edge]]:
    """The shown objects and the edges between them, in a stable order."""
    shown = [d for d in documents if d.obj.get("kind") in SHOWN_KINDS]
    index = Index(list(documents))
    ids = {id(d): _node_id(d) for d in shown}
    edges: set[Edge] = set()
    for doc in shown:
        referrer = REFERRERS.get((group_of(str(doc.obj["apiVersion"])), str(doc.obj["kind"])))
        if referrer is None:
            continue
        for ref in referrer(doc, namespace_of(doc)):
            if not all(isinstance(v, str) for v in (ref.group, ref.kind, ref.name, ref.namespace)):
                continue
            target = index.find(ref.group, ref.kind, ref.name, ref.namespace)
            if target is None or id(target) not in ids:
                continue
            label = ""
            if doc.obj["kind"] == "HTTPRoute" and ref.kind == "InferencePool":
                weight = _at(doc.obj, "spec", "rules", ref.path[2], "backendRefs", ref.path[4], "weight")
                label = f"weight {1 if weight is None else weight}"
            edges.add(Edge(ids[id(doc)], ids[id(target)], label))
    for service in (d for d in shown if d.obj["kind"] == "Service"):
        selector = _at(service.obj, "spec", "selector")
        for deployment in (d for d in shown if d.obj["kind"] == "Deployment"):
            labels = _at(deployment.obj, "spec", "template", "metadata", "labels")
            if (
                isinstance(selector, dict)
                and selector
                and isinstance(labels, dict)
                and all(labels.get(k) == v for k, v in selector.items())
            ):
                edges.add(Edge(ids[id(service)], ids[id(deployment)], "selects"))
    shown.sort(key=lambda d: ids[id(d)])
    return shown, sorted(edges, key=lambda e: (e.source, e.target, e.label))


def mermaid(documents: Sequence[Document]) -> str:
    """A Mermaid flowchart (left to right)."""
    nodes, edges = build(documents)
    lines = ["flowchart LR"]
    lines += [f'    {_node_id(d)}["{_label(d).replace(chr(92) + "n", "<br/>")}"]' for d in nodes]
    lines += [
        f"    {e.source} -->|{e.label}| {e.target}" if e.label else f"    {e.source} --> {e.target}" for e in edges
    ]
    return "\n".join(lines) + "\n"


def dot(documents: Sequence[Document]) -> str:
    """A Graphviz digraph (left to right)."""
    nodes, edges = build(documents)
    lines = ["digraph infergw {", "    rankdir=LR;", "    node [shape=box, fontname=Helvetica];"]
    lines += [f'    {_node_id(d)} [label="{_label(d)}"];' for d in nodes]
    lines += [f"    {e.source} -> {e.target}" + (f' [label="{e.label}"]' if e.label else "") + ";" for e in edges]
    return "\n".join(lines) + "\n}\n"
