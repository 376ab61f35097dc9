"""Go-side rules of built-in kinds: each rule with an object the API server accepts and one it refuses.

Each case: the rule id, the passing base object, a mutation (path, value) and the path of the one
finding the refused object gets. Messages follow the API server's (``Invalid value``, ``Required
value``, ``Unsupported value``, ``Duplicate value``).
"""

from __future__ import annotations

import copy

import pytest
from infergw.validation import ValidationOptions, validate_objects
from infergw.validation.corekinds import core_problems, parse_quantity

NS = {"namespace": "serving"}
DEPLOYMENT = {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {"name": "vllm", **NS},
    "spec": {
        "replicas": 2,
        "selector": {"matchLabels": {"app": "vllm"}},
        "template": {
            "metadata": {"labels": {"app": "vllm"}},
            "spec": {
                "volumes": [{"name": "shm", "emptyDir": {"medium": "Memory"}}],
                "containers": [
                    {
                        "name": "vllm",
                        "image": "vllm/vllm-openai:v0.10.0",
                        "ports": [{"name": "http", "containerPort": 8000}],
                        "resources": {"requests": {"cpu": "4", "memory": "16Gi"}, "limits": {"cpu": "8"}},
                        "volumeMounts": [{"name": "shm", "mountPath": "/dev/shm"}],
                        "readinessProbe": {"httpGet": {"path": "/health", "port": 8000}, "periodSeconds": 5},
                    }
                ],
            },
        },
    },
}
SERVICE = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {"name": "vllm-epp", **NS},
    "spec": {
        "selector": {"app": "vllm-epp"},
        "ports": [
            {"name": "grpc", "port": 9002, "targetPort": 9002, "protocol": "TCP"},
            {"name": "metrics", "port": 9090, "protocol": "TCP"},
        ],
    },
}
HPA = {
    "apiVersion": "autoscaling/v2",
    "kind": "HorizontalPodAutoscaler",
    "metadata": {"name": "vllm", **NS},
    "spec": {
        "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "vllm"},
        "minReplicas": 1,
        "maxReplicas": 4,
        "metrics": [
            {
                "type": "External",
                "external": {
                    "metric": {"name": "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge"},
                    "target": {"type": "AverageValue", "averageValue": "800m"},
                },
            }
        ],
    },
}
ROLE = {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "Role",
    "metadata": {"name": "pod-read", **NS},
    "rules": [{"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]}],
}
CLUSTER_ROLE = {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "ClusterRole",
    "metadata": {"name": "metrics-read"},
    "rules": [{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}],
}
BINDING = {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "RoleBinding",
    "metadata": {"name": "pod-read", **NS},
    "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "pod-read"},
    "subjects": [{"kind": "ServiceAccount", "name": "vllm-epp", "namespace": "serving"}],
}
CLUSTER_BINDING = {
    "apiVersion": "rbac.authorization.k8s.io/v1",
    "kind": "ClusterRoleBinding",
    "metadata": {"name": "metrics-read"},
    "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "metrics-read"},
    "subjects": [{"kind": "ServiceAccount", "name": "vllm-epp", "namespace": "serving"}],
}
API_SERVICE = {
    "apiVersion": "apiregistration.k8s.io/v1",
    "kind": "APIService",
    "metadata": {"name": "v1beta1.external.metrics.k8s.io"},
    "spec": {
        "group": "external.metrics.k8s.io",
        "version": "v1beta1",
        "groupPriorityMinimum": 100,
        "versionPriority": 100,
        "insecureSkipTLSVerify": True,
        "service": {"name": "custom-metrics-stackdriver-adapter", "namespace": "custom-metrics", "port": 443},
    },
}
TOKEN = {
    "apiVersion": "v1",
    "kind": "Secret",
    "type": "kubernetes.io/service-account-token",
    "metadata": {"name": "metrics-reader", **NS, "annotations": {"kubernetes.io/service-account.name": "epp"}},
}
CONFIG_MAP = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "epp", **NS}, "data": {"config.yaml": ""}}
PDB = {
    "apiVersion": "policy/v1",
    "kind": "PodDisruptionBudget",
    "metadata": {"name": "epp", **NS},
    "spec": {"maxUnavailable": "50%", "selector": {"matchLabels": {"app": "epp"}}},
}
CONTAINER = ["spec", "template", "spec", "containers", 0]
DELETE = object()

CASES = [
    # (rule, base, [(path, value), ...], path of the finding)
    ("pod/resources", DEPLOYMENT, [([*CONTAINER, "resources", "limits", "cpu"], "5x")], "resources.limits.cpu"),
    ("pod/resources", DEPLOYMENT, [([*CONTAINER, "resources", "requests", "memory"], "-5s")], "requests.memory"),
    ("pod/resources", DEPLOYMENT, [([*CONTAINER, "resources", "requests", "memory"], "-5Gi")], "requests.memory"),
    ("pod/resources", DEPLOYMENT, [([*CONTAINER, "resources", "requests", "cpu"], "9")], "requests.cpu"),
    ("int32", DEPLOYMENT, [(["spec", "replicas"], 2147483648)], "spec.replicas"),
    ("int32", DEPLOYMENT, [([*CONTAINER, "readinessProbe", "periodSeconds"], 2**31)], "periodSeconds"),
    ("pod/container-name", DEPLOYMENT, [([*CONTAINER, "name"], "vLLM")], "containers[0].name"),
    ("pod/volume-name", DEPLOYMENT, [(["spec", "template", "spec", "volumes", 0, "name"], "shm_1")], "volumes[0].name"),
    ("pod/volume-mount", DEPLOYMENT, [([*CONTAINER, "volumeMounts", 0, "name"], "cache")], "volumeMounts[0].name"),
    ("pod/mount-path", DEPLOYMENT, [([*CONTAINER, "volumeMounts", 0, "mountPath"], "")], "volumeMounts[0].mountPath"),
    ("pod/probe-port", DEPLOYMENT, [([*CONTAINER, "readinessProbe", "httpGet", "port"], 70000)], "httpGet.port"),
    ("pod/probe-port", DEPLOYMENT, [([*CONTAINER, "readinessProbe", "httpGet", "port"], "Http_Port")], "httpGet.port"),
    ("workload/selector", DEPLOYMENT, [(["spec", "selector", "matchLabels", "app"], "other")], "template.metadata"),
    ("service/ports", SERVICE, [(["spec", "ports"], DELETE)], "spec.ports"),
    ("service/port-name", SERVICE, [(["spec", "ports", 1, "name"], DELETE)], "spec.ports[1].name"),
    ("service/port-name", SERVICE, [(["spec", "ports", 1, "name"], "grpc")], "spec.ports[1].name"),
    ("service/port-unique", SERVICE, [(["spec", "ports", 1, "port"], 9002)], "spec.ports[1]"),
    ("service/protocol", SERVICE, [(["spec", "ports", 1, "protocol"], "tcp")], "spec.ports[1].protocol"),
    ("service/selector", SERVICE, [(["spec", "selector", "app"], "vllm epp")], "spec.selector.app"),
    ("service/target-port", SERVICE, [(["spec", "ports", 0, "targetPort"], 65536)], "targetPort"),
    ("hpa/replicas", HPA, [(["spec", "minReplicas"], 0)], "spec.minReplicas"),
    ("hpa/replicas", HPA, [(["spec", "maxReplicas"], 0)], "spec.maxReplicas"),
    ("hpa/replicas", HPA, [(["spec", "minReplicas"], 5)], "spec.maxReplicas"),
    ("hpa/metric-source", HPA, [(["spec", "metrics", 0, "type"], "Pods")], "spec.metrics[0].pods"),
    ("hpa/target", HPA, [(["spec", "metrics", 0, "external", "target", "averageValue"], "999999h")], "averageValue"),
    ("hpa/target", HPA, [(["spec", "metrics", 0, "external", "target", "averageValue"], "-1")], "averageValue"),
    ("rbac/verbs", ROLE, [(["rules", 0, "verbs"], [])], "rules[0].verbs"),
    ("rbac/api-groups", ROLE, [(["rules", 0, "apiGroups"], [])], "rules[0].apiGroups"),
    ("rbac/rule", ROLE, [(["rules", 0], {"nonResourceURLs": ["/metrics"], "verbs": ["get"]})], "nonResourceURLs"),
    ("rbac/rule", CLUSTER_ROLE, [(["rules", 0, "resources"], ["pods"])], "nonResourceURLs"),
    ("rbac/role-ref", BINDING, [(["roleRef", "apiGroup"], "rbac.authorization.k8s.io/v1")], "roleRef.apiGroup"),
    ("rbac/role-ref", CLUSTER_BINDING, [(["roleRef", "kind"], "Role")], "roleRef.kind"),
    ("rbac/subject-kind", BINDING, [(["subjects", 0, "kind"], "Serviceaccount")], "subjects[0].kind"),
    ("rbac/subject", BINDING, [(["subjects", 0, "name"], "EPP")], "subjects[0].name"),
    ("rbac/subject", CLUSTER_BINDING, [(["subjects", 0, "namespace"], DELETE)], "subjects[0].namespace"),
    ("apiservice/name", API_SERVICE, [(["metadata", "name"], "external-metrics")], "metadata.name"),
    ("apiservice/priority", API_SERVICE, [(["spec", "groupPriorityMinimum"], 0)], "groupPriorityMinimum"),
    ("apiservice/priority", API_SERVICE, [(["spec", "groupPriorityMinimum"], 20001)], "groupPriorityMinimum"),
    ("apiservice/priority", API_SERVICE, [(["spec", "versionPriority"], 0)], "versionPriority"),
    ("apiservice/service", API_SERVICE, [(["spec", "service", "namespace"], DELETE)], "service.namespace"),
    ("secret/service-account", TOKEN, [(["metadata", "annotations"], DELETE)], "service-account.name"),
    ("configmap/key", CONFIG_MAP, [(["data"], {"config yaml": ""})], "config yaml"),
    ("pdb/int-or-percent", PDB, [(["spec", "maxUnavailable"], "50")], "spec.maxUnavailable"),
]


def mutated(base, changes):
    obj = copy.deepcopy(base)
    for path, value in changes:
        parent = obj
        for part in path[:-1]:
            parent = parent[part]
        if value is DELETE:
            del parent[path[-1]]
        else:
            parent[path[-1]] = value
    return obj


def errors(obj):
    return [
        f
        for f in validate_objects([("test.yaml", obj)], ValidationOptions(allow_external_refs=True))
        if f.severity == "error"
    ]


@pytest.mark.parametrize(
    "base",
    [DEPLOYMENT, SERVICE, HPA, ROLE, CLUSTER_ROLE, BINDING, CLUSTER_BINDING, API_SERVICE, TOKEN, CONFIG_MAP, PDB],
)
def test_passing_fixtures_have_no_findings(base):
    assert errors(base) == []


@pytest.mark.parametrize(("rule", "base", "changes", "where"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_failing_fixture_gets_the_rule(rule, base, changes, where):
    found = [(f.rule, f.path) for f in errors(mutated(base, changes))]
    assert [r for r, path in found if where in path] == [rule], found


def test_messages_are_in_the_api_servers_words():
    service = mutated(SERVICE, [(["spec", "ports", 1, "protocol"], "tcp")])
    (message,) = [m for _, m, r in core_problems("", "Service", service) if r == "service/protocol"]
    assert message == 'Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"'
    hpa = mutated(HPA, [(["spec", "metrics", 0, "external", "target", "averageValue"], "999999h")])
    (message,) = [m for _, m, r in core_problems("autoscaling", "HorizontalPodAutoscaler", hpa) if r == "hpa/target"]
    assert message == (
        'Invalid value: "999999h": quantities must match the regular expression '
        "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    )
    role = mutated(ROLE, [(["rules", 0, "verbs"], [])])
    assert ("rules", 0, "verbs") in [p for p, _, _ in core_problems("rbac.authorization.k8s.io", "Role", role)]


def test_service_target_port_zero_is_defaulted_not_refused():
    assert errors(mutated(SERVICE, [(["spec", "ports", 0, "targetPort"], 0)])) == []


def test_headless_and_external_name_services_need_no_ports():
    assert errors(mutated(SERVICE, [(["spec", "ports"], DELETE), (["spec", "clusterIP"], "None")])) == []
    external = mutated(SERVICE, [(["spec", "ports"], DELETE), (["spec", "selector"], DELETE)])
    external["spec"].update(type="ExternalName", externalName="api.example.com")
    assert errors(external) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("1", 1.0), ("100m", 0.1), ("1.5Gi", 1.5 * 2**30), ("1e3", 1000.0), ("2k", 2000.0), (".5", 0.5), ("+1", 1.0)],
)
def test_quantities(text, value):
    assert parse_quantity(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["5x", "-5s", "999999h", "", ".", "1.2.3", "1 Gi", "Gi", "1KiB"])
def test_not_quantities(text):
    assert parse_quantity(text) is None


@pytest.mark.parametrize(("rule", "base", "changes", "where"), CASES, ids=[f"{c[0]}-{c[3]}" for c in CASES])
def test_a_field_seen_before_gets_the_same_problems(rule, base, changes, where):
    # Field-rule problems are remembered per field value: the second object gets them from the first.
    obj = mutated(base, changes)
    first, again = list(core_problems(*_kind(obj), obj)), list(core_problems(*_kind(obj), copy.deepcopy(obj)))
    assert first == again


def _kind(obj):
    return obj["apiVersion"].rpartition("/")[0], obj["kind"]
