"""Model Armor, Apigee, access logging: the seed's manifests reproduced, goldens, and every
construction-time refusal; hand-broken outputs are rejected by the validator with the CRD's message."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from conftest import REPO
from golden import assert_golden
from infergw.cdk.apigee import ApigeeExtension, ApigeeLocation
from infergw.cdk.app import build_app
from infergw.cdk.backend_policy import AccessLogging, BackendPolicy, CustomMetric, HealthCheck, Iap
from infergw.cdk.chart import Chart
from infergw.cdk.log_metric import ErrorDetailMetric
from infergw.cdk.model_armor import ModelArmorExtension, ModelArmorTemplate
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.cdk.traffic_extension import BackendRef, Extension, traffic_extension
from infergw.config.loader import load_config
from infergw.errors import ConstructError
from infergw.refs import ObjectRef, PoolRef
from infergw.validation import ValidationOptions, validate_objects

SEEDS = REPO / "tests" / "infergw" / "validation" / "fixtures" / "seeds"

GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "inference-gateway", "default")
SEED_GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "inference-gateway")  # the seed sets no namespace
POOL = PoolRef(
    "inference.networking.k8s.io/v1",
    "InferencePool",
    "vllm-llama3-8b-instruct",
    "default",
    target_port=8000,
    release="v1.0.2",
)
ALPHA_POOL = PoolRef(
    "inference.networking.x-k8s.io/v1alpha2", "InferencePool", "vllm-llama3-8b-instruct", "default", release="v0.3.0"
)
LOCATION = ApigeeLocation(
    "us-central1",
    "projects/my-project/global/networks/default",
    "projects/my-project/regions/us-central1/subnetworks/psc-subnet",
)


def seed(name):
    return [d for d in yaml.safe_load_all((SEEDS / name).read_text()) if d]


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def model_armor(chart, **kwargs):
    args = dict(
        gateway=GATEWAY,
        project="my-project",
        location="us-central1",
        templates=[ModelArmorTemplate("google/gemma-3-1b-it", "llm")],
        chain_name="my-model-armor-chain1",
        extension_name="my-model-armor-service",
    )
    return ModelArmorExtension(chart, "armor", "my-model-armor-extension", **{**args, **kwargs})


def apigee(chart, **kwargs):
    args = dict(
        gateway=GATEWAY,
        location=LOCATION,
        apigee_env="prod",
        default_security_enabled=True,
        traffic_extension_name="my-apigee-traffic-extension",
        chain_name="my-traffic-extension-chain",
        extension_name="my-apigee-extension",
    )
    return ApigeeExtension(chart, "apigee", "my-apigee-backend-service", **{**args, **kwargs})


def test_model_armor_reproduces_the_seed_field_for_field(chart):
    (expected,) = seed("003-model-armor.yaml")
    assert model_armor(chart, gateway=SEED_GATEWAY).body == expected
    settings = model_armor(Chart(cdk8s.App(), "d")).settings
    assert settings == (
        '[{"model": "google/gemma-3-1b-it","model_response_template_id": "projects/my-project/locations/us-central1/templates/llm",'
        '"user_prompt_template_id": "projects/my-project/locations/us-central1/templates/llm"}]'
    )


def test_apigee_reproduces_the_seed_field_for_field(chart):
    backend, extension = seed("003-apigee.yaml")
    built = apigee(chart, gateway=SEED_GATEWAY)
    assert built.backend_service == backend
    assert built.traffic_extension == extension


def test_logging_policy_reproduces_the_seed_for_a_v1alpha2_pool(chart):
    (expected,) = seed("003-logging-policy.yaml")
    assert BackendPolicy(chart, "logging", "logging-backend-policy", pool=ALPHA_POOL).body == expected


def test_backend_policy_target_follows_the_pool_api_version(chart):
    body = BackendPolicy(
        chart, "logging", "p", pool=POOL, logging=AccessLogging(sample_rate=1_000_000), timeout_sec=300
    ).body
    assert body["spec"]["targetRef"] == {
        "group": "inference.networking.k8s.io",
        "kind": "InferencePool",
        "name": "vllm-llama3-8b-instruct",
    }
    assert body["spec"]["default"] == {"timeoutSec": 300, "logging": {"enabled": True, "sampleRate": 1_000_000}}


def build(kind):
    """The default stack plus one extension, in its own chart (directory) `extensions`."""
    app = build_app(load_config(REPO / "infergw.yaml"))
    chart = Chart(app, "extensions")
    if kind == "model-armor":
        model_armor(
            chart,
            templates=[
                ModelArmorTemplate("google/gemma-3-1b-it", "llm"),
                ModelArmorTemplate("meta-llama/Llama-3.1-8B-Instruct", "llm", "llm-responses"),
            ],
        )
    elif kind == "apigee":
        apigee(chart)
    else:
        BackendPolicy(chart, "logging", "logging-backend-policy", pool=POOL)
        HealthCheck(chart, "health", "vllm-llama3-8b-instruct-health", pool=POOL, check_interval_sec=2, timeout_sec=2)
        ErrorDetailMetric(chart, "metric", gateway_class="gke-l7-regional-external-managed", project="my-project")
    return app


@pytest.mark.parametrize("kind", ["model-armor", "apigee", "logging"])
def test_golden(kind):
    # Validated together with the default stack (every reference resolves); the golden pins the
    # extension's own directory and prerequisites, the stack has its own golden files.
    files = render(build(kind), ValidationOptions())
    assert_golden(
        f"extensions-{kind}", {k: v for k, v in files.items() if k.startswith(("extensions/", "prerequisites/"))}
    )


@pytest.mark.parametrize("kind", ["model-armor", "logging"])
def test_prerequisite_scripts_are_valid_bash(kind, tmp_path):
    import subprocess

    files = render(build(kind), ValidationOptions())
    for name, text in files.items():
        if name.endswith(".sh"):
            (tmp_path / "s.sh").write_text(text)
            result = subprocess.run(["bash", "-n", str(tmp_path / "s.sh")], capture_output=True, text=True)
            assert result.returncode == 0, (name, result.stderr)


def test_log_metric_follows_the_gateway_class():
    chart = Chart(cdk8s.App(), "c")
    metric = json.loads(ErrorDetailMetric(chart, "m", gateway_class="gke-l7-rilb").definition)
    assert metric["filter"] == 'resource.type="internal_http_lb_rule"'
    assert metric["labelExtractors"] == {"error_detail": "EXTRACT(jsonPayload.proxyStatus)"}


@pytest.mark.parametrize(
    ("builder", "message"),
    [
        (lambda c: model_armor(c, location="US Central"), "location='US Central': give a Google Cloud region"),
        (lambda c: model_armor(c, project="P"), "project='P'"),
        (lambda c: model_armor(c, templates=[]), "templates: give at least one"),
        (lambda c: model_armor(c, templates=[ModelArmorTemplate("m", "bad name")]), "template 'bad name'"),
        (lambda c: model_armor(c, timeout="11s"), "timeout='11s': write a duration from 10ms to 10s"),
        (lambda c: model_armor(c, timeout="1 second"), "timeout='1 second'"),
        (lambda c: model_armor(c, supported_events=[]), "supported_events is empty"),
        (lambda c: model_armor(c, supported_events=["RequestHeaders", "Everything"]), "unknown events"),
        (lambda c: model_armor(c, chain_name="Chain_1"), "chain name 'Chain_1'"),
        (
            lambda c: model_armor(c, templates=[ModelArmorTemplate(f"model-{i}", "llm") for i in range(8)]),
            r"metadata\[model_armor_settings\]: values are 1 to 1023",
        ),
        (lambda c: model_armor(c, gateway=ObjectRef("v1", "Service", "gw")), "is not a Gateway API Gateway"),
        (
            lambda c: apigee(c, location=ApigeeLocation("us-central1", "default", LOCATION.subnetwork)),
            "location.network='default'",
        ),
        (
            lambda c: apigee(c, location=ApigeeLocation("us-central1", LOCATION.network, "psc")),
            "location.subnetwork='psc'",
        ),
        (lambda c: apigee(c, apigee_env=""), "apigee_env"),
        (
            lambda c: BackendPolicy(c, "p", "p", pool=POOL, logging=AccessLogging(sample_rate=1_000_001)),
            r"logging.sample_rate=1000001: use a whole number from 0 to 1000000",
        ),
        (lambda c: BackendPolicy(c, "p", "p", pool=POOL, timeout_sec=0), "timeout_sec=0"),
        (lambda c: BackendPolicy(c, "p", "p", pool=GATEWAY), "is not an InferencePool"),
        (
            lambda c: HealthCheck(c, "h", "h", pool=POOL, check_interval_sec=2, timeout_sec=3),
            "timeout_sec=3 is longer than check_interval_sec=2",
        ),
        (
            lambda c: HealthCheck(c, "h", "h", pool=POOL, timeout_sec=6),
            "timeout_sec=6 is longer than check_interval_sec=5",
        ),
        (lambda c: HealthCheck(c, "h", "h", pool=POOL, request_path="health"), "request_path='health'"),
        (lambda c: ErrorDetailMetric(c, "m", gateway_class="istio"), "gateway_class='istio'"),
        (
            lambda c: ModelArmorExtension(
                c,
                "a",
                "Armor_X",
                gateway=GATEWAY,
                project="my-project",
                location="us-central1",
                templates=[ModelArmorTemplate("m", "llm")],
            ),
            "name='Armor_X': the traffic extension's name",
        ),
        (lambda c: model_armor(c, extension_name="Ext_1"), "extension name 'Ext_1'"),
        (lambda c: model_armor(c, path_prefix="/v1 chat"), r"path_prefix='/v1 chat': match condition .*\(no spaces"),
        (lambda c: model_armor(c, path_prefix="/" + "a" * 500), r"at most 512 characters"),
        (lambda c: model_armor(c, path_prefix='/"x'), "quotes and backslashes are not allowed"),
        (lambda c: model_armor(c, path_prefix="v1"), "start it with '/'"),
        (
            lambda c: apigee(c, location=ApigeeLocation("US", LOCATION.network, LOCATION.subnetwork)),
            "location.name='US'",
        ),
        (
            lambda c: ApigeeExtension(c, "a", "Bad_Name", gateway=GATEWAY, location=LOCATION),
            "name='Bad_Name': the ApigeeBackendService's name",
        ),
        (lambda c: BackendPolicy(c, "p", "p", pool=POOL, connection_draining_sec=3601), "connection_draining_sec=3601"),
        (lambda c: BackendPolicy(c, "p", "p", pool=POOL, max_rate_per_endpoint=0), "max_rate_per_endpoint=0"),
        (
            lambda c: BackendPolicy(c, "p", "p", pool=POOL, backend_preference="BEST"),
            "backend_preference='BEST': choose DEFAULT or PREFERRED",
        ),
        (lambda c: HealthCheck(c, "h", "h", pool=POOL, protocol="TCP"), "protocol='TCP': choose HTTP"),
        (
            lambda c: BackendPolicy(c, "p", "p", pool=POOL, balancing_mode="CUSTOM_METRICS"),
            "name the metrics in custom_metrics",
        ),
        (
            lambda c: BackendPolicy(c, "p", "p", pool=POOL, custom_metrics=[CustomMetric(f"m{i}") for i in range(3)]),
            "at most 2, got 3",
        ),
        (
            lambda c: BackendPolicy(c, "p", "p", pool=POOL, custom_metrics=[CustomMetric("Queue")]),
            "custom_metrics name 'Queue'",
        ),
        (lambda c: BackendPolicy(c, "p", "p", pool=POOL, capacity_scaler_percent=101), "capacity_scaler_percent=101"),
        (lambda c: BackendPolicy(c, "p", "p", pool=POOL, iap=Iap("", "secret")), "iap: give the OAuth client id"),
        (
            lambda c: BackendPolicy(c, "p", "p", pool=POOL, logging=AccessLogging(optional_fields=("tls.protocol",))),
            "list fields only with optional_mode='CUSTOM'",
        ),
        (
            lambda c: BackendPolicy(
                c, "p", "p", pool=POOL, logging=AccessLogging(optional_mode="CUSTOM", optional_fields=("Bad Field",))
            ),
            "logging.optional_fields",
        ),
        (lambda c: HealthCheck(c, "h", "h", pool=POOL, port=0), "port=0: use a whole number from 1 to 65535"),
        (lambda c: HealthCheck(c, "h", "h", pool=POOL, healthy_threshold=11), "healthy_threshold=11"),
        (lambda c: HealthCheck(c, "h", "h", pool=POOL, unhealthy_threshold=0), "unhealthy_threshold=0"),
    ],
)
def test_construction_refuses(chart, builder, message):
    with pytest.raises(ConstructError, match=message):
        builder(chart)


def rejections(obj):
    return {
        f.message
        for f in validate_objects([("broken.yaml", obj)], ValidationOptions(allow_external_refs=True))
        if f.severity == "error"
    }


def test_hand_broken_model_armor_is_rejected_with_the_crd_message(chart):
    broken = copy.deepcopy(model_armor(chart).body)
    broken["spec"]["extensionChains"][0]["extensions"][0]["backendRef"] = {"name": "x", "port": 443}
    assert "Exactly one of backendRef or googleAPIServiceName should be set" in rejections(broken)
    broken = copy.deepcopy(model_armor(Chart(cdk8s.App(), "d")).body)
    broken["spec"]["extensionChains"][0]["extensions"][0]["timeout"] = "20s"
    assert rejections(broken) == {"timeout must be between 10-10000 milliseconds"}


def test_hand_broken_apigee_and_logging_are_rejected(chart):
    extension = copy.deepcopy(apigee(chart).traffic_extension)
    extension["spec"]["extensionChains"][0]["extensions"][0]["authority"] = "x"
    assert rejections(extension) == {"authority must not be set if the backendRef kind is ApigeeBackendService"}
    policy = copy.deepcopy(BackendPolicy(Chart(cdk8s.App(), "d"), "p", "p", pool=POOL).body)
    policy["spec"]["default"]["sessionAffinity"] = {"type": "CLIENT_IP"}
    assert rejections(policy) == {
        "sessionAffinity cannot be configured for InferencePool and InferencePoolImport targets"
    }
    policy["spec"]["default"] = {"logging": {"enabled": True, "sampleRate": 2_000_000}}
    assert rejections(policy) == {"2000000 is greater than the maximum of 1000000"}


def _service_extension(**changes):
    args = dict(
        name="ext",
        supported_events=("RequestHeaders",),
        backend=BackendRef("svc", port=443),
        authority="svc.example.com",
    )
    return Extension(**{**args, **changes})


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        ([_service_extension(name="Ext")], "extension name 'Ext'"),
        (
            [_service_extension(google_api_service_name="modelarmor.us-central1.rep.googleapis.com")],
            "set exactly one of backend or google_api_service_name",
        ),
        ([_service_extension(backend=None)], "set exactly one of backend or google_api_service_name"),
        (
            [_service_extension(backend=None, authority=None, google_api_service_name="example.com")],
            "expected a googleapis.com host",
        ),
        ([_service_extension(authority=None)], "a Service backend needs an authority"),
        (
            [_service_extension(backend=None, google_api_service_name="modelarmor.us-central1.rep.googleapis.com")],
            "take none",
        ),
        ([_service_extension(backend=BackendRef("svc"))], "a Service backend needs a port"),
        ([_service_extension(backend=BackendRef("svc", port=70000))], "port 70000 is not 1 to 65535"),
        ([_service_extension(supported_events=("RequestHeaders", "RequestHeaders"))], "repeats an event"),
        ([_service_extension(metadata={f"k{i}": "v" for i in range(17)})], "metadata has 17 entries; at most 16"),
        ([_service_extension(metadata={"bad?key": "v"})], "metadata key"),
        ([], "a chain has 1 to 3 extensions, got 0"),
        ([_service_extension(name=f"e{i}") for i in range(4)], "a chain has 1 to 3 extensions, got 4"),
    ],
)
def test_traffic_extension_refuses_what_the_crd_rejects(extensions, message):
    with pytest.raises(ValueError, match=message):
        traffic_extension("ext", GATEWAY, "chain", extensions)


def test_hand_broken_goldens_are_rejected():
    # Break the committed golden files themselves, one rule each, and check the validator's verdict.
    golden = REPO / "tests" / "golden"
    health = yaml.safe_load(
        (golden / "extensions-logging/extensions/healthcheckpolicy-vllm-llama3-8b-instruct-health.yaml").read_text()
    )
    health["spec"]["default"]["config"]["httpHealthCheck"].pop("portSpecification")
    assert any("portSpecification" in m for m in rejections(health))
    backend = yaml.safe_load(
        (golden / "extensions-apigee/extensions/apigeebackendservice-my-apigee-backend-service.yaml").read_text()
    )
    del backend["spec"]["locations"]
    assert any("locations" in m for m in rejections(backend))


def test_every_backend_policy_field_is_valid_for_the_crd(chart):
    policy = BackendPolicy(
        chart,
        "p",
        "p",
        pool=POOL,
        timeout_sec=60,
        connection_draining_sec=30,
        backend_preference="PREFERRED",
        logging=AccessLogging(
            sample_rate=1_000_000, optional_mode="CUSTOM", optional_fields=("tls.protocol", "backend_name")
        ),
        balancing_mode="CUSTOM_METRICS",
        capacity_scaler_percent=80,
        custom_metrics=[
            CustomMetric("orca.queue_size", max_utilization_percent=70),
            CustomMetric("orca.kv_cache", dry_run=True),
        ],
        iap=Iap("123.apps.googleusercontent.com", "iap-secret"),
    )
    default = policy.body["spec"]["default"]
    assert default["logging"] == {
        "enabled": True,
        "sampleRate": 1_000_000,
        "optionalMode": "CUSTOM",
        "optionalFields": ["tls.protocol", "backend_name"],
    }
    assert default["customMetrics"] == [
        {"name": "orca.queue_size", "dryRun": False, "maxUtilizationPercent": 70},
        {"name": "orca.kv_cache", "dryRun": True},
    ]
    assert default["iap"] == {
        "enabled": True,
        "clientID": "123.apps.googleusercontent.com",
        "oauth2ClientSecret": {"name": "iap-secret"},
    }
    assert rejections(policy.body) == set()
