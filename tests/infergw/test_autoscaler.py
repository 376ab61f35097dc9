"""PoolAutoscaler: the seed's HPA field for field, the unit of the target, the optional queue
metric, the scale-target check against the pool's selector, refusals, validation and golden tree."""

from __future__ import annotations

import dataclasses

import pytest
import seed003
import yaml
from golden import GOLDEN_ROOT, assert_golden
from infergw.cdk.autoscaler import PoolAutoscaler
from infergw.cdk.chart import Chart, emit
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cli import main
from infergw.errors import ConstructError
from infergw.refs import PoolRef
from infergw.releases import RELEASES, MetricNames
from infergw.render.autoscaler import AutoscalerProps, external_metric, quantity, scale_target_problem
from infergw.validation import ValidationOptions, validate_objects

#: The release of the source documents, whose manifests these tests reproduce.
SEED_RELEASE = "v1.0.2"

POOL = PoolRef(
    "inference.networking.k8s.io/v1",
    "InferencePool",
    "vllm-llama3-8b-instruct",
    selector=(("app", "vllm-llama3-8b-instruct"),),
    target_port=8000,
    release=SEED_RELEASE,
)
METRICS = RELEASES[SEED_RELEASE].metrics
KV_CACHE_METRIC = external_metric(METRICS.pool_kv_cache_utilization)
QUEUE_METRIC = external_metric(METRICS.pool_queue_size)


def hpa(chart, construct_id="hpa", pool=POOL, **props):
    """A PoolAutoscaler with ``props`` (cluster ``c`` unless given)."""
    return PoolAutoscaler(chart, construct_id, pool=pool, props=AutoscalerProps(**({"cluster": "c"} | props)))


def model_servers(name="vllm-llama3-8b-instruct", labels=None, namespace=None):
    """A minimal model-server Deployment (what the upstream vLLM manifest is, reduced to what matters)."""
    labels = labels if labels is not None else {"app": "vllm-llama3-8b-instruct"}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name} | ({"namespace": namespace} if namespace else {}),
        "spec": {
            "replicas": 1,
            "selector": {"matchLabels": labels},
            "template": {
                "metadata": {"labels": labels},
                "spec": {"containers": [{"name": "vllm", "image": "vllm/vllm-openai:v0.8.5"}]},
            },
        },
    }


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def test_reproduces_the_seed(chart, reference):
    # The seed's placeholders, filled in; TARGET_VALUE on the metric's 0..1 scale (module docstring).
    text = seed003.hpa(reference)
    for placeholder, value in (
        ("INFERENCE_POOL_NAMESPACE", "default"),
        ("INFERENCE_POOL_NAME", POOL.name),
        ("CLUSTER_NAME", "my-cluster"),
        ("MIN_REPLICAS", "2"),
        ("MAX_REPLICAS", "5"),
        ("TARGET_VALUE", "800m"),
    ):
        text = text.replace(placeholder, value)
    body = hpa(chart, cluster="my-cluster", min_replicas=2, max_replicas=5, target_kv_cache_utilization=0.8).body
    assert body == yaml.safe_load(text)


def test_defaults_and_names_follow_the_pool(chart):
    pool = PoolRef(POOL.api_version, "InferencePool", "llama", "team-a", selector=(("app", "llama"),), release="v1.0.0")
    spec = hpa(chart, pool=pool, cluster="prod", deployment="llama-vllm").body["spec"]
    assert spec["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "llama-vllm"}
    assert (spec["minReplicas"], spec["maxReplicas"]) == (1, 10)
    (metric,) = spec["metrics"]
    assert metric["external"]["metric"] == {
        "name": KV_CACHE_METRIC,
        "selector": {
            "matchLabels": {
                "metric.labels.name": "llama",
                "resource.labels.cluster": "prod",
                "resource.labels.namespace": "team-a",
            }
        },
    }
    assert metric["external"]["target"] == {"type": "AverageValue", "averageValue": "800m"}


def test_optional_queue_metric(chart):
    metrics = hpa(chart, target_queue_size=2.5).body["spec"]["metrics"]
    assert [m["external"]["metric"]["name"] for m in metrics] == [KV_CACHE_METRIC, QUEUE_METRIC]
    assert metrics[1]["external"]["target"] == {"type": "AverageValue", "averageValue": "2500m"}
    assert metrics[1]["external"]["metric"]["selector"] == metrics[0]["external"]["metric"]["selector"]


def test_metric_names_are_the_pools_releases(chart, monkeypatch):
    # The metric names come from the pool's release, not from literals: a release renaming them
    # changes the HPA's metrics.
    assert KV_CACHE_METRIC == "prometheus.googleapis.com|inference_pool_average_kv_cache_utilization|gauge"
    import infergw.render.autoscaler as module

    renamed = MetricNames("d", "e", "r", pool_queue_size="pool_queue", pool_kv_cache_utilization="pool_kv")
    renaming = dataclasses.replace(RELEASES[SEED_RELEASE], id="v9.0.0", metrics=renamed)
    monkeypatch.setattr(module, "RELEASES", {"v9.0.0": renaming})
    pool = PoolRef(POOL.api_version, POOL.kind, POOL.name, selector=POOL.selector, release="v9.0.0")
    metrics = hpa(chart, pool=pool, target_queue_size=1).body["spec"]["metrics"]
    assert [m["external"]["metric"]["name"] for m in metrics] == [
        "prometheus.googleapis.com|pool_kv|gauge",
        "prometheus.googleapis.com|pool_queue|gauge",
    ]


def test_llm_d_router_v0_10_pools_scale_on_llm_d_epp_gauges(chart):
    # llm-d-router v0.10.0 (docs/metrics.md, "Inference pool"): the pool gauges are llm_d_epp_average_*.
    pool = dataclasses.replace(POOL, release="llm-d-router/v0.10.0")
    metrics = hpa(chart, pool=pool, target_queue_size=1).body["spec"]["metrics"]
    assert [m["external"]["metric"]["name"] for m in metrics] == [
        "prometheus.googleapis.com|llm_d_epp_average_kv_cache_utilization|gauge",
        "prometheus.googleapis.com|llm_d_epp_average_queue_size|gauge",
    ]


def test_quantities():
    assert [quantity(v) for v in (0.8, 1, 0.05, 0.125, 10, 2.5)] == ["800m", "1", "50m", "125m", "10", "2500m"]
    with pytest.raises(ValueError, match="more precision than a thousandth"):
        quantity(0.0001)


def test_min_replicas_defaults_to_kubernetes_default():
    # One default, 1 (Kubernetes' own for an HPA); the config file's 2 is the config loader's until it
    # reads these props.
    assert AutoscalerProps(cluster="c").min_replicas == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"target_kv_cache_utilization": 80},
            r"target_kv_cache_utilization=80: the metric is a fraction from 0 to 1, give a value in \(0, 1\] "
            r"\(for 80% write 0.8\)$",
        ),
        (
            {"target_kv_cache_utilization": 0},
            r"target_kv_cache_utilization=0: expected a number above 0 and at most 1, got 0$",
        ),
        ({"target_kv_cache_utilization": -0.5}, r"target_kv_cache_utilization=-0.5: expected a number above 0"),
        (
            {"target_kv_cache_utilization": 150},
            r"target_kv_cache_utilization=150: expected a number above 0 and at most 1, got 150$",
        ),
        ({"target_kv_cache_utilization": float("nan")}, r"target_kv_cache_utilization=nan: expected a number"),
        ({"target_kv_cache_utilization": True}, r"target_kv_cache_utilization=True: expected a number .* got true"),
        (
            {"target_kv_cache_utilization": 0.8125},
            r"target_kv_cache_utilization=0.8125: 0.8125 has more precision than a thousandth; round it to three "
            r"decimals$",
        ),
        (
            {"min_replicas": 3, "max_replicas": 2},
            r"min_replicas=3: more than max_replicas=2; raise max_replicas or lower min_replicas$",
        ),
        ({"min_replicas": 0}, r"min_replicas=0: expected a whole number of at least 1, got 0$"),
        ({"max_replicas": 2.5}, r"max_replicas=2.5: expected a whole number of at least 1, got 2.5$"),
        ({"cluster": ""}, r"cluster='': expected a GKE cluster name: at most 40 lower-case letters"),
        ({"cluster": "My Cluster"}, r"cluster='My Cluster': expected a GKE cluster name"),
        ({"deployment": ""}, r"deployment='': expected a DNS subdomain"),
        ({"target_queue_size": 0}, r"target_queue_size=0: expected a number above 0, got 0$"),
        (
            {"target_queue_size": 0.0001},
            r"target_queue_size=0.0001: 0.0001 has more precision than a thousandth; round it",
        ),
        (
            {"pool": PoolRef("v1", "Service", "vllm")},
            r"pool='vllm': Service is not an InferencePool; pass InferencePoolStack.pool_ref$",
        ),
        (
            {"pool": PoolRef(POOL.api_version, "InferencePool", "vllm")},
            r"pool='vllm': the pool's release '' names no endpoint-picker metrics; pass InferencePoolStack.pool_ref, "
            r"or a PoolRef whose release is one of v0.3.0, v1.0.0, v1.0.2, v1.1.0, v1.2.1, v1.3.1, v1.4.0, v1.5.0, "
            r"llm-d-router/v0.9.0, llm-d-router/v0.10.0$",
        ),
    ],
)
def test_refuses(chart, kwargs, message):
    with pytest.raises(ConstructError, match=rf"^c/hpa: {message}"):
        hpa(chart, **kwargs)


# --- the scale target against the pool's selector (synth time) -----------------------------------


def test_scale_target_problem_names_the_missing_labels(chart):
    body = hpa(chart).body
    assert scale_target_problem(body, POOL, [model_servers()]) is None
    assert scale_target_problem(body, POOL, []) is None  # outside the app: nothing to check
    assert (
        scale_target_problem(body, POOL, [model_servers(namespace="other", labels={})]) is None
    )  # another namespace's
    problem = scale_target_problem(body, POOL, [model_servers(labels={"app": "gemma"})])
    assert problem.startswith(
        "scale target Deployment default/vllm-llama3-8b-instruct: its pod template labels {'app': 'gemma'} lack "
        "{'app': 'vllm-llama3-8b-instruct'} from the selector of pool vllm-llama3-8b-instruct"
    )


def test_synth_refuses_a_scale_target_outside_the_pool():
    app = cdk8s.App()
    chart = Chart(app, "models")
    emit(chart, "vllm", model_servers(labels={"app": "gemma"}))
    hpa(Chart(app, "autoscaling"))
    with pytest.raises(
        RuntimeError,
        match=r"\[autoscaling\] autoscaling/hpa: scale target Deployment default/vllm-llama3-8b-instruct: .* lack",
    ):
        app.synth_yaml()


def test_synth_accepts_the_pools_model_servers():
    app = cdk8s.App()
    chart = Chart(app, "c")
    emit(chart, "vllm", model_servers())
    hpa(chart)
    assert "HorizontalPodAutoscaler" in app.synth_yaml()


def test_synth_checks_model_servers_in_a_plain_cdk8s_chart():
    app = cdk8s.App()
    plain = cdk8s.Chart(app, "models", namespace="default")
    cdk8s.ApiObject(
        plain, "vllm", api_version="apps/v1", kind="Deployment", metadata=cdk8s.ApiObjectMetadata(name=POOL.name)
    )
    hpa(Chart(app, "autoscaling"))
    with pytest.raises(RuntimeError, match=r"its pod template labels \{\} lack \{'app': 'vllm-llama3-8b-instruct'\}"):
        app.synth_yaml()


def test_valid_against_the_core_schema_with_its_deployment(chart):
    body = hpa(chart, target_queue_size=10).body
    assert validate_objects([("hpa.yaml", body), ("deployment.yaml", model_servers())], ValidationOptions()) == []


def test_validation_would_catch_a_bad_target(chart):
    body = hpa(chart).body
    broken = {**body, "spec": {**body["spec"], "minReplicas": "two"}}
    assert validate_objects([("hpa.yaml", broken), ("deployment.yaml", model_servers())], ValidationOptions())


def test_golden():
    # The default stack's pool; its model-server Deployment is the user's (external to this app).
    app = cdk8s.App()
    hpa(Chart(app, "observability"), cluster="my-cluster", min_replicas=2, max_replicas=8, target_queue_size=10)
    assert_golden("observability-hpa", render(app, ValidationOptions(allow_external_refs=True)))


@pytest.mark.parametrize("managed_prometheus", ["v0.15.3", "v0.17.2"])
def test_golden_tree_passes_infergw_validate(managed_prometheus, capsys):
    # The scaled Deployment is the user's model servers, applied separately.
    assert (
        main(
            [
                "validate",
                *["--allow-external-refs"],
                "--managed-prometheus-release",
                managed_prometheus,
                str(GOLDEN_ROOT / "observability-hpa"),
            ]
        )
        == 0
    )
    assert " 0 errors" in capsys.readouterr().out


def test_infergw_synth_refuses_a_scale_target_outside_the_pool(tmp_path):
    from infergw.cdk.synthesis import synthesize
    from infergw.errors import SynthError

    app = cdk8s.App()
    emit(Chart(app, "models"), "vllm", model_servers(labels={"app": "gemma"}))
    hpa(Chart(app, "autoscaling"))
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "keep.yaml").write_text("kept: true\n")
    with pytest.raises(
        SynthError,
        match=r"^a construct check failed:\n  \[autoscaling\] autoscaling/hpa: scale target Deployment "
        r"default/vllm-llama3-8b-instruct: .* lack.*\nNothing was written\.$",
    ):
        synthesize(app, tmp_path / "out")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["keep.yaml"]


def test_every_autoscaler_of_a_chart_is_checked_and_named():
    app = cdk8s.App()
    emit(Chart(app, "models"), "vllm", model_servers(labels={"app": "gemma"}))
    chart = Chart(app, "autoscaling")
    hpa(chart, "fine", deployment="elsewhere")
    hpa(chart, "wrong")
    with pytest.raises(RuntimeError) as caught:
        app.synth_yaml()
    assert "autoscaling/wrong: scale target" in str(caught.value) and "autoscaling/fine" not in str(caught.value)


def test_one_index_serves_every_autoscaler_of_a_synthesis(monkeypatch):
    # Structural guard against the quadratic check (each autoscaler re-reading the whole app).
    import infergw.cdk.autoscaler as autoscaler

    calls = []
    real = autoscaler.workloads_by_key
    monkeypatch.setattr(autoscaler, "workloads_by_key", lambda objects: calls.append(1) or real(objects))
    app = cdk8s.App()
    chart = Chart(app, "c")
    for i in range(5):
        pool = PoolRef(POOL.api_version, POOL.kind, f"pool-{i}", selector=(("app", f"pool-{i}"),), release=POOL.release)
        emit(chart, f"vllm{i}", model_servers(name=f"pool-{i}", labels={"app": f"pool-{i}"}))
        hpa(chart, f"hpa{i}", pool=pool)
    app.synth_yaml()
    assert len(calls) == 1
