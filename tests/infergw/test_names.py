"""The shared grammars: each is the API's own where the catalogue carries it, and behaves as named."""

from __future__ import annotations

import pytest
from infergw.catalogue import load_crd
from infergw.names import (
    DNS_1035_LABEL,
    DNS_LABEL,
    DNS_SUBDOMAIN,
    GATEWAY_DURATION,
    GATEWAY_HOSTNAME,
    GCP_REGION,
    HTTP_HEADER_NAME,
    POOL_NAME,
    PROMETHEUS_DURATION,
)


def _patterns(node):
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        for value in node.values():
            yield from _patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from _patterns(value)


@pytest.mark.parametrize(
    ("grammar", "crd"),
    [
        (GATEWAY_DURATION, "gateway-api/v1.4.0/gateway.networking.k8s.io_httproutes.yaml"),
        (PROMETHEUS_DURATION, "prometheus-operator/v0.93.0/monitoring.coreos.com_prometheusrules.yaml"),
        (GATEWAY_HOSTNAME, "gateway-api/v1.4.0/gateway.networking.k8s.io_gateways.yaml"),
        (HTTP_HEADER_NAME, "gateway-api/v1.4.0/gateway.networking.k8s.io_httproutes.yaml"),
    ],
)
def test_grammars_are_the_crds_own_patterns(grammar, crd):
    assert grammar.pattern in set(_patterns(load_crd(crd)))


@pytest.mark.parametrize(
    ("grammar", "good", "bad"),
    [
        (DNS_SUBDOMAIN, ["a", "pool-1", "a.b-c.d"], ["", "A", "-a", "a-", "a..b", "a_b"]),
        (DNS_LABEL, ["a", "1a", "pool-1"], ["", "a.b", "A", "a-"]),
        (DNS_1035_LABEL, ["a", "pool-1"], ["1a", "a.b", "A", "a-"]),
        (POOL_NAME, ["a", "pool-1", "p" * 53], ["1a", "a.b", "A", "a-", "p" * 54]),
        (GATEWAY_DURATION, ["10s", "1h30m", "500ms"], ["", "10", "1d", "-1s", "123456s", "1h1m1s1ms1h"]),
        (PROMETHEUS_DURATION, ["5m", "1h30m", "0", "1y2w"], ["5 m", "-5m", "1.5m", "5M"]),
        (GCP_REGION, ["us-central1", "europe-west4"], ["us-central", "US-central1", "uscentral1", "us-central1-a"]),
        (GATEWAY_HOSTNAME, ["llm.example.com", "*.example.com", "a"], ["", "*", "a.*.com", "LLM.example.com", "a_b"]),
        (HTTP_HEADER_NAME, ["x-model", "X-Model", "a`b", "~!#"], ["", "x model", "x:y", "é", "a\nb"]),
    ],
)
def test_grammar_accepts_and_refuses(grammar, good, bad):
    assert all(grammar.match(value) for value in good)
    assert not any(grammar.match(value) for value in bad)
