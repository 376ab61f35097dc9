"""Cross-references: each referrer kind, missing targets, ports, listeners, grants, selectors."""

from __future__ import annotations

import copy

import pytest
from infergw.validation import Document, ValidationOptions, validate_objects
from infergw.validation.references import check_references
from test_engine import EPP_SERVICE, GATEWAY, POOL, ROUTE, with_


def refs(*objects, allow_external=False):
    findings = validate_objects(
        [(f"o{i}.yaml", o) for i, o in enumerate(objects)], ValidationOptions(allow_external_refs=allow_external)
    )
    return sorted((f.kind, f.path, f.rule, f.severity) for f in findings)


def deployment(name, labels, namespace=None):
    meta = {"name": name} | ({"namespace": namespace} if namespace else {})
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": meta,
        "spec": {
            "selector": {"matchLabels": labels},
            "template": {"metadata": {"labels": labels}, "spec": {"containers": [{"name": "c", "image": "i:1"}]}},
        },
    }


def test_route_to_missing_pool_and_gateway():
    assert refs(ROUTE) == [
        ("HTTPRoute", "spec.parentRefs[0]", "reference/missing", "error"),
        ("HTTPRoute", "spec.rules[0].backendRefs[0]", "reference/missing", "error"),
    ]


def test_allow_external_refs_makes_them_warnings():
    assert {f[3] for f in refs(ROUTE, allow_external=True)} == {"warning"}


def test_pool_group_must_match():
    alpha = with_(ROUTE, ["spec", "rules", 0, "backendRefs", 0, "group"], "inference.networking.x-k8s.io")
    assert refs(POOL, EPP_SERVICE, GATEWAY, alpha) == [
        ("HTTPRoute", "spec.rules[0].backendRefs[0]", "reference/missing", "error")
    ]


def test_endpoint_picker_service_and_port():
    assert refs(POOL) == [("InferencePool", "spec.endpointPickerRef", "reference/missing", "error")]
    wrong_port = with_(POOL, ["spec", "endpointPickerRef", "port", "number"], 9003)
    assert refs(wrong_port, EPP_SERVICE) == [("InferencePool", "spec.endpointPickerRef", "reference/port", "error")]


def test_section_name_must_be_a_listener():
    route = with_(ROUTE, ["spec", "parentRefs", 0, "sectionName"], "https")
    assert refs(POOL, EPP_SERVICE, GATEWAY, route) == [
        ("HTTPRoute", "spec.parentRefs[0]", "reference/section", "error")
    ]


def test_cross_namespace_backend_needs_a_reference_grant():
    pool = with_(with_(POOL, ["metadata", "namespace"], "models"), ["spec", "endpointPickerRef", "name"], "pool-epp")
    epp = with_(EPP_SERVICE, ["metadata", "namespace"], "models")
    route = with_(
        with_(ROUTE, ["metadata", "namespace"], "gateways"),
        ["spec", "rules", 0, "backendRefs", 0, "namespace"],
        "models",
    )
    gateway = with_(GATEWAY, ["metadata", "namespace"], "gateways")
    assert refs(pool, epp, gateway, route) == [
        ("HTTPRoute", "spec.rules[0].backendRefs[0]", "reference/grant", "error")
    ]
    grant = {
        "apiVersion": "gateway.networking.k8s.io/v1beta1",
        "kind": "ReferenceGrant",
        "metadata": {"name": "g", "namespace": "models"},
        "spec": {
            "from": [{"group": "gateway.networking.k8s.io", "kind": "HTTPRoute", "namespace": "gateways"}],
            "to": [{"group": "inference.networking.k8s.io", "kind": "InferencePool"}],
        },
    }
    assert refs(pool, epp, gateway, route, grant) == []


def test_objective_pool_ref_defaults_to_the_v1_group():
    objective = {
        "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
        "kind": "InferenceObjective",
        "metadata": {"name": "o"},
        "spec": {"priority": 1, "poolRef": {"name": "pool"}},
    }
    assert refs(POOL, EPP_SERVICE, objective) == []
    assert refs(objective) == [("InferenceObjective", "spec.poolRef", "reference/missing", "error")]


@pytest.mark.parametrize("kind", ["GCPBackendPolicy", "HealthCheckPolicy"])
def test_policy_target_refs(kind):
    policy = {
        "apiVersion": "networking.gke.io/v1",
        "kind": kind,
        "metadata": {"name": "p"},
        "spec": {"targetRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "pool"}},
    }
    assert refs(POOL, EPP_SERVICE, policy) == []
    assert refs(with_(policy, ["spec", "targetRef", "name"], "other"), POOL, EPP_SERVICE) == [
        (kind, "spec.targetRef", "reference/missing", "error")
    ]


def test_hpa_scale_target_and_rbac():
    hpa = {
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": "h"},
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "vllm"},
            "minReplicas": 1,
            "maxReplicas": 2,
        },
    }
    assert refs(hpa, deployment("vllm", {"app": "vllm"})) == []
    assert refs(hpa) == [("HorizontalPodAutoscaler", "spec.scaleTargetRef", "reference/missing", "error")]
    binding = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": {"name": "b", "namespace": "x"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "r"},
        "subjects": [{"kind": "ServiceAccount", "name": "sa", "namespace": "x"}],
    }
    assert refs(binding) == [
        ("RoleBinding", "roleRef", "reference/missing", "error"),
        ("RoleBinding", "subjects[0]", "reference/missing", "error"),
    ]
    built_in = copy.deepcopy(binding)
    built_in["roleRef"] = {
        "apiGroup": "rbac.authorization.k8s.io",
        "kind": "ClusterRole",
        "name": "system:auth-delegator",
    }
    built_in["subjects"][0]["name"] = "default"
    assert refs(built_in) == []


def test_pod_monitoring_selector_must_match_a_pod_template():
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "m"},
        "spec": {"selector": {"matchLabels": {"app": "epp"}}, "endpoints": [{"port": 9090, "interval": "5s"}]},
    }
    assert refs(monitoring, deployment("epp", {"app": "epp"})) == []
    assert refs(monitoring, deployment("other", {"app": "other"})) == [
        ("PodMonitoring", "spec.selector.matchLabels", "reference/selector", "warning")
    ]


def test_pod_monitoring_without_pods_is_a_warning_that_says_how_to_silence_it():
    # Model servers are often deployed by another repository: not an error, and silent with
    # --allow-external-refs (as references outside the set are warnings there).
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "m", "namespace": "serving"},
        "spec": {"selector": {"matchLabels": {"app": "vllm"}}, "endpoints": [{"port": 8000, "interval": "15s"}]},
    }
    (finding,) = check_references([Document("m.yaml", 1, monitoring)], allow_external=False)
    assert (finding.severity, finding.rule) == ("warning", "reference/selector")
    assert "--allow-external-refs to silence" in finding.message
    assert check_references([Document("m.yaml", 1, monitoring)], allow_external=True) == []


def test_cross_namespace_parent_is_admitted_by_the_listener_not_by_a_grant():
    route = with_(with_(ROUTE, ["metadata", "namespace"], "apps"), ["spec", "parentRefs", 0, "namespace"], "infra")
    pool = with_(POOL, ["metadata", "namespace"], "apps")
    epp = with_(EPP_SERVICE, ["metadata", "namespace"], "apps")
    gateway = with_(GATEWAY, ["metadata", "namespace"], "infra")
    # allowedRoutes.namespaces.from defaults to Same: a route from another namespace is not attached.
    assert refs(pool, epp, gateway, route) == [("HTTPRoute", "spec.parentRefs[0]", "reference/parent", "error")]
    open_gateway = with_(gateway, ["spec", "listeners", 0, "allowedRoutes"], {"namespaces": {"from": "All"}})
    assert refs(pool, epp, open_gateway, route) == []
    selector = {"namespaces": {"from": "Selector", "selector": {"matchLabels": {"shared-gateway": "true"}}}}
    selecting = with_(gateway, ["spec", "listeners", 0, "allowedRoutes"], selector)
    namespace = {
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {"name": "apps", "labels": {"shared-gateway": "true"}},
    }
    assert refs(pool, epp, selecting, route, namespace) == []
    unlabelled = with_(namespace, ["metadata", "labels"], {})
    assert refs(pool, epp, selecting, route, unlabelled) == [
        ("HTTPRoute", "spec.parentRefs[0]", "reference/parent", "error")
    ]


def test_listener_route_kinds_and_protocol():
    tcp_only = with_(GATEWAY, ["spec", "listeners", 0, "protocol"], "TCP")
    assert ("HTTPRoute", "spec.parentRefs[0]", "reference/parent", "error") in refs(POOL, EPP_SERVICE, tcp_only, ROUTE)
    grpc_only = with_(GATEWAY, ["spec", "listeners", 0, "allowedRoutes"], {"kinds": [{"kind": "GRPCRoute"}]})
    assert refs(POOL, EPP_SERVICE, grpc_only, ROUTE) == [
        ("HTTPRoute", "spec.parentRefs[0]", "reference/parent", "error")
    ]
    http = with_(GATEWAY, ["spec", "listeners", 0, "allowedRoutes"], {"kinds": [{"kind": "HTTPRoute"}]})
    assert refs(POOL, EPP_SERVICE, http, ROUTE) == []


def test_pod_monitoring_match_expressions():
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "m"},
        "spec": {
            "selector": {
                "matchExpressions": [
                    {"key": "app", "operator": "In", "values": ["epp", "vllm"]},
                    {"key": "canary", "operator": "DoesNotExist"},
                ]
            },
            "endpoints": [{"port": 9090, "interval": "5s"}],
        },
    }
    assert refs(monitoring, deployment("vllm", {"app": "vllm"})) == []
    assert refs(monitoring, deployment("vllm", {"app": "vllm", "canary": "yes"})) == [
        ("PodMonitoring", "spec.selector", "reference/selector", "warning")
    ]


def test_pod_monitoring_selectors_need_every_label_in_their_own_namespace():
    def monitoring(kind, selector, namespace=None):
        meta = {"name": "m"} | ({"namespace": namespace} if namespace else {})
        endpoints = [{"port": 9090, "interval": "5s"}]
        return {
            "apiVersion": "monitoring.googleapis.com/v1",
            "kind": kind,
            "metadata": meta,
            "spec": {"selector": selector, "endpoints": endpoints},
        }

    both = {"matchLabels": {"app": "vllm", "tier": "gpu"}}
    # Many templates share the common label; one carries both, in namespace a.
    pods = [deployment(f"d{i}", {"app": "vllm"}, "b") for i in range(5)] + [
        deployment("gpu", {"app": "vllm", "tier": "gpu"}, "a")
    ]
    assert refs(monitoring("PodMonitoring", both, "a"), *pods) == []
    assert refs(monitoring("PodMonitoring", both, "b"), *pods) == [
        ("PodMonitoring", "spec.selector.matchLabels", "reference/selector", "warning")
    ]
    assert refs(monitoring("ClusterPodMonitoring", both), *pods) == []
    narrowed = {
        "matchLabels": {"app": "vllm"},
        "matchExpressions": [{"key": "tier", "operator": "In", "values": ["tpu"]}],
    }
    assert refs(monitoring("PodMonitoring", narrowed, "a"), *pods) == [
        ("PodMonitoring", "spec.selector", "reference/selector", "warning")
    ]


def test_pod_template_labels_of_the_wrong_type_are_schema_findings_not_crashes():
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "m"},
        "spec": {"selector": {"matchLabels": {"app": "epp"}}, "endpoints": [{"port": 9090, "interval": "5s"}]},
    }
    rules = {(kind, rule) for kind, _, rule, _ in refs(monitoring, deployment("epp", {"app": ["epp"]}))}
    assert rules == {("Deployment", "schema"), ("PodMonitoring", "reference/selector")}
