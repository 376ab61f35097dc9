"""Managed Prometheus collection: the picker's PodMonitoring with the chart's metrics-reader wiring
(parity with the v1.0.2 chart as the pool stack renders it), the Secret the older charts'
ClusterPodMonitoring expects, the model servers' PodMonitoring; refusals, validation, golden tree."""

from __future__ import annotations

import pytest
from golden import GOLDEN_ROOT, assert_golden
from infergw.cdk.chart import Chart
from infergw.cdk.epp_monitoring import EppMonitoring
from infergw.cdk.metrics_reader_secret import MetricsReaderSecret
from infergw.cdk.model_server_monitoring import ModelServerMonitoring
from infergw.cdk.pool import InferencePoolProps, InferencePoolStack
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cli import main
from infergw.errors import ConstructError
from infergw.refs import PoolRef
from infergw.render.monitoring import (
    EppMonitoringProps,
    MetricsReaderSecretProps,
    ModelServerMonitoringProps,
    render_epp_monitoring,
)
from infergw.validation import ValidationOptions, validate_objects

POOL = PoolRef(
    "inference.networking.k8s.io/v1",
    "InferencePool",
    "vllm-llama3-8b-instruct",
    selector=(("app", "vllm-llama3-8b-instruct"),),
    target_port=8000,
)


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


@pytest.mark.parametrize("autopilot", [False, True], ids=["standard", "autopilot"])
def test_epp_monitoring_equals_what_the_pool_stack_renders_for_the_chart(chart, autopilot):
    # Same objects as the v1.0.2 chart with monitoring.gke.enabled (parity-tested in the pool stack's
    # own tests): the two must not drift apart.
    stack = InferencePoolStack(
        chart,
        "pool",
        "vllm-llama3-8b-instruct",
        InferencePoolProps(
            match_labels={"app": "vllm-llama3-8b-instruct"},
            namespace="team-a",
            provider="gke",
            gke_monitoring=True,
            autopilot=autopilot,
            monitoring_interval="30s",
        ),
    )
    ours = render_epp_monitoring(stack.pool_ref, EppMonitoringProps(interval="30s", autopilot=autopilot))
    assert EppMonitoring(chart, "m", pool=stack.pool_ref, props=EppMonitoringProps("30s", autopilot)).objects == ours
    keys = {(o["kind"], o["metadata"]["name"]) for o in ours}
    assert [o for o in stack.objects if (o["kind"], o["metadata"]["name"]) in keys] == ours
    assert len(keys) == 7


def test_epp_monitoring_scrapes_the_picker_with_a_token(chart):
    objects = EppMonitoring(chart, "m", pool=POOL).objects
    (monitoring,) = [o for o in objects if o["kind"] == "PodMonitoring"]
    assert monitoring["metadata"] == {
        "name": POOL.name,
        "namespace": "default",
        "labels": {"app.kubernetes.io/name": "vllm-llama3-8b-instruct-epp"},
    }
    assert monitoring["spec"] == {
        "endpoints": [
            {
                "port": "metrics",
                "scheme": "http",
                "interval": "10s",
                "path": "/metrics",
                "authorization": {
                    "type": "Bearer",
                    "credentials": {
                        "secret": {"name": "vllm-llama3-8b-instruct-metrics-reader-secret", "key": "token"}
                    },
                },
            }
        ],
        "selector": {"matchLabels": {"inferencepool": "vllm-llama3-8b-instruct-epp"}},
    }
    (binding,) = [o for o in objects if o["kind"] == "RoleBinding"]
    assert binding["subjects"] == [{"name": "collector", "namespace": "gmp-system", "kind": "ServiceAccount"}]


def test_epp_monitoring_is_valid_with_the_picker_it_selects(chart):
    # The PodMonitoring's selector must match a pod template: the picker's Deployment is in the set.
    stack = InferencePoolStack(chart, "pool", POOL.name, InferencePoolProps(match_labels=POOL.match_labels))
    objects = EppMonitoring(chart, "m", pool=stack.pool_ref).objects
    items = [(f"{o['kind']}-{o['metadata']['name']}.yaml", o) for o in [*stack.objects, *objects]]
    for release in ("v0.15.3", "v0.17.2"):
        findings = validate_objects(items, ValidationOptions(managed_prometheus_release=release))
        assert findings == [], release  # GKE's collector account counts as built in


def test_validation_would_catch_a_namespaced_secret_reference(chart):
    # v0.17.2's CEL rule: PodMonitoring secret references carry no namespace.
    stack = InferencePoolStack(chart, "pool", POOL.name, InferencePoolProps(match_labels=POOL.match_labels))
    objects = EppMonitoring(chart, "m", pool=stack.pool_ref).objects
    monitoring = next(o for o in objects if o["kind"] == "PodMonitoring")
    monitoring["spec"]["endpoints"][0]["authorization"]["credentials"]["secret"]["namespace"] = "default"
    findings = validate_objects(
        [(f"{i}.yaml", o) for i, o in enumerate([*stack.objects, *objects])],
        ValidationOptions(managed_prometheus_release="v0.17.2"),
    )
    assert any("Namespace not allowed" in f.message for f in findings)


def test_metrics_reader_secret_defaults_are_the_upstream_names(chart):
    objects = MetricsReaderSecret(chart, "s").objects
    assert [(o["kind"], o["metadata"]["name"]) for o in objects] == [
        ("ServiceAccount", "inference-gateway-sa-metrics-reader"),
        ("Secret", "inference-gateway-sa-metrics-reader-secret"),
        ("ClusterRole", "inference-gateway-metrics-reader"),
        ("ClusterRoleBinding", "inference-gateway-sa-metrics-reader-role-binding"),
        ("ClusterRole", "inference-gateway-sa-metrics-reader-secret-read"),
        ("ClusterRoleBinding", "gmp-system:collector:inference-gateway-sa-metrics-reader-secret-read"),
    ]
    secret = objects[1]
    assert secret["type"] == "kubernetes.io/service-account-token"
    assert secret["metadata"] == {
        "name": "inference-gateway-sa-metrics-reader-secret",
        "namespace": "default",
        "annotations": {"kubernetes.io/service-account.name": "inference-gateway-sa-metrics-reader"},
    }
    assert objects[2]["rules"] == [{"nonResourceURLs": ["/metrics"], "verbs": ["get"]}]
    assert objects[4]["rules"] == [
        {
            "resources": ["secrets"],
            "apiGroups": [""],
            "verbs": ["get", "list", "watch"],
            "resourceNames": ["inference-gateway-sa-metrics-reader-secret"],
        }
    ]


def test_metrics_reader_secret_is_what_the_v1_0_0_cluster_pod_monitoring_reads(chart):
    stack = InferencePoolStack(
        chart, "pool", POOL.name, InferencePoolProps(match_labels=POOL.match_labels, release="v1.0.0", provider="gke")
    )
    (cluster_monitoring,) = [o for o in stack.objects if o["kind"] == "ClusterPodMonitoring"]
    reference = cluster_monitoring["spec"]["endpoints"][0]["authorization"]["credentials"]["secret"]
    objects = MetricsReaderSecret(chart, "s", props=MetricsReaderSecretProps(autopilot=True)).objects
    secret = next(o for o in objects if o["kind"] == "Secret")
    (grant,) = [o for o in objects if o["metadata"]["name"].endswith(":collector:" + objects[4]["metadata"]["name"])]
    assert grant["subjects"][0]["namespace"] == "gke-gmp-system"
    assert (reference["name"], reference["namespace"], reference["key"]) == (
        secret["metadata"]["name"],
        secret["metadata"]["namespace"],
        "token",
    )
    items = [
        (f"{o['kind']}-{o['metadata']['name']}.yaml", o)
        for o in MetricsReaderSecret(Chart(cdk8s.App(), "d"), "s").objects
    ]
    assert validate_objects(items, ValidationOptions()) == []


def test_model_server_monitoring(chart):
    body = ModelServerMonitoring(chart, "m", pool=POOL).body
    assert body == {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "vllm-llama3-8b-instruct-model-servers", "namespace": "default"},
        "spec": {
            "selector": {"matchLabels": {"app": "vllm-llama3-8b-instruct"}},
            "endpoints": [{"port": 8000, "interval": "15s", "path": "/metrics"}],
        },
    }
    named = ModelServerMonitoring(
        chart, "n", pool=POOL, props=ModelServerMonitoringProps(port="http", interval="30s")
    ).body
    assert named["spec"]["endpoints"] == [{"port": "http", "interval": "30s", "path": "/metrics"}]


@pytest.mark.parametrize(
    ("builder", "message"),
    [
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(interval="often")),
            r"c/m: interval='often': expected a scrape interval such as 10s, 15s or 1m, got \"often\"$",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(interval="0")),
            r"c/m: interval='0': expected a scrape interval",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(interval="")),
            r"c/m: interval='': expected a scrape interval",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(path="metrics")),
            r"c/m: path='metrics': expected a path starting with '/'",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(port=70000)),
            r"c/m: port=70000: expected a whole number from 1 to 65535 or a container port name",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(port="HTTP")),
            r"c/m: port='HTTP': expected a whole number from 1 to 65535 or a container port name: at most 15 "
            r"lower-case letters, digits and '-', with a letter",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(port="8080")),
            r"c/m: port='8080': expected a whole number from 1 to 65535 or a container port name",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=POOL, props=ModelServerMonitoringProps(port=True)),
            r"c/m: port=True: expected a whole number",
        ),
        (
            lambda c: ModelServerMonitoring(c, "m", pool=PoolRef("v1", "InferencePool", "p")),
            r"c/m: pool='p': the pool has no selector to find its model servers by; pass InferencePoolStack.pool_ref",
        ),
        (
            lambda c: EppMonitoring(c, "e", pool=POOL, props=EppMonitoringProps(interval="10 s")),
            r"c/e: interval='10 s': expected a scrape interval",
        ),
        (
            lambda c: EppMonitoring(c, "e", pool=POOL, props=EppMonitoringProps(autopilot="yes")),
            r"c/e: autopilot='yes': expected true or false, got \"yes\"",
        ),
        (
            lambda c: EppMonitoring(c, "e", pool=PoolRef("apps/v1", "Deployment", "p")),
            r"c/e: pool='p': Deployment is not an InferencePool; pass InferencePoolStack.pool_ref",
        ),
        (
            lambda c: MetricsReaderSecret(c, "s", props=MetricsReaderSecretProps(name="Metrics_Secret")),
            r"c/s: name='Metrics_Secret': expected a DNS subdomain",
        ),
        (
            lambda c: MetricsReaderSecret(c, "s", props=MetricsReaderSecretProps(namespace="a.b")),
            r"c/s: namespace='a.b': expected a namespace name",
        ),
        (
            lambda c: MetricsReaderSecret(c, "s", props=MetricsReaderSecretProps(service_account="")),
            r"c/s: service_account='': expected a DNS subdomain",
        ),
        (
            lambda c: MetricsReaderSecret(c, "s", props=MetricsReaderSecretProps(reader_role="a/b")),
            r"c/s: reader_role='a/b': expected a name without '/' or '%'",
        ),
    ],
)
def test_refuses(chart, builder, message):
    with pytest.raises(ConstructError, match=rf"^{message}"):
        builder(chart)


def test_golden():
    # The default stack's pool: the picker's collection with its wiring, and the model servers'.
    # The pods they select are the pool stack's and the user's: external to this app.
    app = cdk8s.App()
    chart = Chart(app, "observability")
    EppMonitoring(chart, "epp", pool=POOL)
    ModelServerMonitoring(chart, "model-servers", pool=POOL)
    assert_golden("observability-monitoring", render(app, ValidationOptions(allow_external_refs=True)))


def test_golden_app_with_the_pods_it_selects_is_valid():
    app = cdk8s.App()
    chart = Chart(app, "observability")
    objects = [
        *EppMonitoring(chart, "epp", pool=POOL).objects,
        ModelServerMonitoring(chart, "model-servers", pool=POOL).body,
    ]
    pods = [
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {"name": name, "namespace": "default"},
            "spec": {
                "selector": {"matchLabels": labels},
                "template": {
                    "metadata": {"labels": labels},
                    "spec": {"containers": [{"name": "c", "image": "example/image:v1"}]},
                },
            },
        }
        for name, labels in (
            ("vllm-llama3-8b-instruct-epp", {"inferencepool": "vllm-llama3-8b-instruct-epp"}),
            ("vllm-llama3-8b-instruct", {"app": "vllm-llama3-8b-instruct"}),
        )
    ]
    items = [(f"{i}.yaml", o) for i, o in enumerate([*objects, *pods])]
    assert validate_objects(items, ValidationOptions()) == []
    # Without the pods, each PodMonitoring's selector matches nothing in the set.
    alone = validate_objects([(f"{i}.yaml", o) for i, o in enumerate(objects)], ValidationOptions())
    assert sum(f.rule == "reference/selector" for f in alone) == 2


@pytest.mark.parametrize("managed_prometheus", ["v0.15.3", "v0.17.2"])
def test_golden_tree_passes_infergw_validate(managed_prometheus, capsys):
    # The scraped pods (picker, model servers) live outside the tree.
    assert (
        main(
            [
                "validate",
                "--allow-external-refs",
                "--managed-prometheus-release",
                managed_prometheus,
                str(GOLDEN_ROOT / "observability-monitoring"),
            ]
        )
        == 0
    )
    assert " 0 errors" in capsys.readouterr().out
