"""The stack invariant: an HPA or alert reading endpoint-picker metrics has a collector for them."""

from __future__ import annotations

import copy

import pytest
from infergw.validation import ValidationOptions, validate_objects

POOL = {
    "apiVersion": "inference.networking.k8s.io/v1",
    "kind": "InferencePool",
    "metadata": {"name": "chat", "namespace": "llm"},
    "spec": {
        "selector": {"matchLabels": {"app": "chat"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "chat-epp", "port": {"number": 9002}},
    },
}
SERVICE = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {"name": "chat-epp", "namespace": "llm"},
    "spec": {"selector": {"inferencepool": "chat-epp"}, "ports": [{"name": "grpc-ext-proc", "port": 9002}]},
}
PICKER = {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {"name": "chat-epp", "namespace": "llm"},
    "spec": {
        "selector": {"matchLabels": {"inferencepool": "chat-epp"}},
        "template": {
            "metadata": {"labels": {"inferencepool": "chat-epp"}},
            "spec": {"containers": [{"name": "epp", "image": "registry.k8s.io/epp:v1.0.2"}]},
        },
    },
}
HPA = {
    "apiVersion": "autoscaling/v2",
    "kind": "HorizontalPodAutoscaler",
    "metadata": {"name": "chat", "namespace": "llm"},
    "spec": {
        "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "chat"},
        "minReplicas": 1,
        "maxReplicas": 4,
        "metrics": [
            {
                "type": "External",
                "external": {
                    "metric": {
                        "name": "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge",
                        "selector": {"matchLabels": {"metric.labels.name": "chat", "resource.labels.namespace": "llm"}},
                    },
                    "target": {"type": "AverageValue", "averageValue": "800m"},
                },
            }
        ],
    },
}
ENDPOINT = {
    "port": "metrics",
    "interval": "10s",
    "authorization": {"type": "Bearer", "credentials": {"secret": {"name": "reader", "key": "token"}}},
}
COLLECTOR = {
    "apiVersion": "monitoring.googleapis.com/v1",
    "kind": "PodMonitoring",
    "metadata": {"name": "chat-epp", "namespace": "llm"},
    "spec": {"selector": {"matchLabels": {"inferencepool": "chat-epp"}}, "endpoints": [ENDPOINT]},
}
SECRET = {
    "apiVersion": "v1",
    "kind": "Secret",
    "metadata": {"name": "reader", "namespace": "llm", "annotations": {"kubernetes.io/service-account.name": "r"}},
    "type": "kubernetes.io/service-account-token",
}


def rules(kind: str, namespace: str | None, expr: str) -> dict:
    group, version = (
        ("monitoring.coreos.com", "v1") if kind == "PrometheusRule" else ("monitoring.googleapis.com", "v1")
    )
    meta = {"name": "alerts"} | ({"namespace": namespace} if namespace else {})
    rule = {"alert": "Slow", "expr": expr, "for": "5m"}
    return {
        "apiVersion": f"{group}/{version}",
        "kind": kind,
        "metadata": meta,
        "spec": {"groups": [{"name": "g", "rules": [rule]}]},
    }


def collection_findings(*objects: dict) -> list[str]:
    items = [(f"{o['kind']}-{i}.yaml", copy.deepcopy(o)) for i, o in enumerate(objects)]
    findings = validate_objects(items, ValidationOptions(allow_external_refs=True))
    return [f.as_text() for f in findings if f.rule == "reference/metric-collection"]


STACK = (POOL, SERVICE, PICKER)


def test_hpa_without_collector_is_an_error_naming_the_pool_and_the_fix():
    (finding,) = collection_findings(*STACK, HPA)
    assert "HorizontalPodAutoscaler llm/chat: spec.metrics[0].external.metric.name:" in finding
    assert "reads inference_pool_average_kv_cache_utilization of InferencePool chat" in finding
    assert (
        "no PodMonitoring or ClusterPodMonitoring in the set scrapes its endpoint picker (Deployment chat-epp)"
        in finding
    )
    assert "gkeMonitoring: true" in finding and "warning" not in finding


def test_collector_with_its_secret_satisfies_the_hpa():
    assert collection_findings(*STACK, HPA, COLLECTOR, SECRET) == []


def test_collector_whose_token_secret_is_missing_collects_nothing():
    (finding,) = collection_findings(*STACK, HPA, COLLECTOR)
    assert "PodMonitoring chat-epp authenticates with Secret llm/reader, which is not in the set" in finding


def test_pod_monitoring_of_another_namespace_does_not_scrape_the_picker():
    elsewhere = copy.deepcopy(COLLECTOR)
    elsewhere["metadata"]["namespace"] = "monitoring"
    assert len(collection_findings(*STACK, HPA, elsewhere, SECRET)) == 1


def test_cluster_pod_monitoring_scrapes_every_namespace_with_its_secret_namespace():
    cluster = copy.deepcopy(COLLECTOR)
    cluster["kind"] = "ClusterPodMonitoring"
    del cluster["metadata"]["namespace"]
    cluster["spec"]["endpoints"][0]["authorization"]["credentials"]["secret"]["namespace"] = "llm"
    assert collection_findings(*STACK, HPA, cluster, SECRET) == []
    cluster["spec"]["endpoints"][0]["authorization"]["credentials"]["secret"]["namespace"] = "default"
    assert len(collection_findings(*STACK, HPA, cluster, SECRET)) == 1


def test_selector_that_misses_the_picker_pods_is_no_collector():
    wrong = copy.deepcopy(COLLECTOR)
    wrong["spec"]["selector"] = {"matchLabels": {"inferencepool": "other-epp"}}
    assert len(collection_findings(*STACK, HPA, wrong, SECRET)) == 1


def test_hpa_for_another_pool_or_a_model_server_metric_is_not_judged():
    other = copy.deepcopy(HPA)
    other["spec"]["metrics"][0]["external"]["metric"]["selector"]["matchLabels"]["metric.labels.name"] = "other"
    vllm = copy.deepcopy(HPA)
    vllm["spec"]["metrics"][0]["external"]["metric"]["name"] = (
        "prometheus.googleapis.com|vllm:num_requests_waiting|gauge"
    )
    assert collection_findings(*STACK, other, vllm) == []


def test_picker_outside_the_set_is_not_judged():
    assert collection_findings(POOL, HPA) == []


@pytest.mark.parametrize(
    ("kind", "namespace", "expected"),
    [("Rules", "llm", 1), ("Rules", "other", 0), ("ClusterRules", None, 1), ("PrometheusRule", "monitoring", 1)],
)
def test_alert_rules_read_the_pools_of_their_scope(kind, namespace, expected):
    expr = "histogram_quantile(0.99, sum by(le) (rate(inference_model_request_duration_seconds_bucket[5m]))) > 10"
    found = collection_findings(*STACK, rules(kind, namespace, expr))
    assert len(found) == expected
    if found:
        assert "reads inference_model_request_duration_seconds of InferencePool chat" in found[0]


def test_one_finding_per_reader_and_picker():
    expr = "inference_pool_average_queue_size > 5 or inference_pool_average_kv_cache_utilization > 0.9"
    two = rules("Rules", "llm", expr)
    two["spec"]["groups"][0]["rules"].append(
        {"alert": "Full", "expr": "inference_pool_average_kv_cache_utilization > 0.9"}
    )
    assert len(collection_findings(*STACK, two)) == 1
