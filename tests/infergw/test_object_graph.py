"""The object graph: which kinds are drawn and how malformed input is drawn (never a crash)."""

from __future__ import annotations

from infergw.graph import build, mermaid
from infergw.validation.loader import Document


def doc(obj):
    return Document(obj=obj, source="x.yaml", line=1)


POOL = {
    "apiVersion": "inference.networking.k8s.io/v1",
    "kind": "InferencePool",
    "metadata": {"name": "p", "namespace": "ns"},
    "spec": {
        "selector": {"matchLabels": {"app": "p"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "p-epp", "port": {"number": 9002}},
    },
}


def test_gateway_policies_and_routing_extensions_are_drawn_on_their_targets():
    gateway = {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": {"name": "gw", "namespace": "ns"},
        "spec": {"gatewayClassName": "gke-l7-rilb", "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}]},
    }
    policy = {
        "apiVersion": "networking.gke.io/v1",
        "kind": "GCPGatewayPolicy",
        "metadata": {"name": "pol", "namespace": "ns"},
        "spec": {"targetRef": {"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}, "default": {}},
    }
    nodes, edges = build([doc(gateway), doc(policy)])
    assert [n.obj["kind"] for n in nodes] == ["GCPGatewayPolicy", "Gateway"]
    assert len(edges) == 1


def test_fields_of_the_wrong_type_are_drawn_without_their_edges():
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "p-epp", "namespace": "ns"},
        "spec": ["not", "a", "map"],
    }
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "d", "namespace": "ns"},
        "spec": {"template": 5},
    }
    route = {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "HTTPRoute",
        "metadata": {"name": "r", "namespace": "ns"},
        "spec": {
            "rules": [
                {
                    "backendRefs": [
                        {
                            "group": "inference.networking.k8s.io",
                            "kind": "InferencePool",
                            "name": "p",
                            "weight": "heavy",
                        }
                    ]
                }
            ]
        },
    }
    text = mermaid([doc(service), doc(deployment), doc(route), doc(POOL)])
    assert "Service<br/>p-epp" in text and "Deployment<br/>d" in text
    assert "-->|weight heavy|" in text
