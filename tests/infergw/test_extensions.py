"""Model Armor, Apigee, access logging: the seed's manifests reproduced, goldens, and every
construction-time refusal; hand-broken outputs are rejected by the validator with the CRD's message."""

from __future__ import annotations

import copy
import json

import pytest
import yaml
from conftest import REPO
from golden import assert_golden
from infergw.cdk.apigee import ApigeeExtension
from infergw.cdk.app import build_app
from infergw.cdk.backend_policy import BackendPolicy
from infergw.cdk.chart import Chart
from infergw.cdk.health_check import HealthCheck
from infergw.cdk.log_metric import ErrorDetailMetric
from infergw.cdk.model_armor import ModelArmorExtension
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render
from infergw.config.loader import load_config
from infergw.errors import ConstructError
from infergw.refs import ObjectRef, PoolRef
from infergw.render.apigee import ApigeeLocation, ApigeeProps
from infergw.render.backend_policy import AccessLogging, BackendPolicyProps, CustomMetric, Iap
from infergw.render.health_check import HealthCheckProps
from infergw.render.log_metric import ErrorDetailMetricProps
from infergw.render.model_armor import ModelArmorProps, ModelArmorTemplate
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


def model_armor(chart, gateway=GATEWAY, name="my-model-armor-extension", **props):
    """The seed's Model Armor extension; ``props`` change its ModelArmorProps."""
    args = dict(
        project="my-project",
        location="us-central1",
        templates=(ModelArmorTemplate("google/gemma-3-1b-it", "llm"),),
        chain_name="my-model-armor-chain1",
        extension_name="my-model-armor-service",
    )
    return ModelArmorExtension(chart, "armor", name, gateway=gateway, props=ModelArmorProps(**{**args, **props}))


def apigee(chart, gateway=GATEWAY, name="my-apigee-backend-service", **props):
    """The seed's Apigee extension; ``props`` change its ApigeeProps."""
    args = dict(
        location=LOCATION,
        apigee_env="prod",
        default_security_enabled=True,
        traffic_extension_name="my-apigee-traffic-extension",
        chain_name="my-traffic-extension-chain",
        extension_name="my-apigee-extension",
    )
    return ApigeeExtension(chart, "apigee", name, gateway=gateway, props=ApigeeProps(**{**args, **props}))


def policy(chart, pool=POOL, **props):
    return BackendPolicy(chart, "p", "p", pool=pool, props=BackendPolicyProps(**props))


def health(chart, pool=POOL, **props):
    return HealthCheck(chart, "h", "h", pool=pool, props=HealthCheckProps(**props))


def test_model_armor_reproduces_the_seed_field_for_field(chart):
    (expected,) = seed("003-model-armor.yaml")
    assert model_armor(chart, gateway=SEED_GATEWAY).body == expected
    settings = model_armor(Chart(cdk8s.App(), "d")).settings
    assert settings == (
        '[{"model": "google/gemma-3-1b-it",'
        '"model_response_template_id": "projects/my-project/locations/us-central1/templates/llm",'
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
    body = policy(chart, logging=AccessLogging(sample_rate=1_000_000), timeout_sec=300).body
    assert body["spec"]["targetRef"] == {
        "group": "inference.networking.k8s.io",
        "kind": "InferencePool",
        "name": "vllm-llama3-8b-instruct",
    }
    assert body["spec"]["default"] == {"timeoutSec": 300, "logging": {"enabled": True, "sampleRate": 1_000_000}}


def build(kind):
    """The serving stack plus one extension, in its own chart (directory) `extensions`."""
    app = build_app(load_config(REPO / "tests" / "infergw" / "fixtures" / "config" / "serving.yaml"))
    chart = Chart(app, "extensions")
    if kind == "model-armor":
        model_armor(
            chart,
            templates=(
                ModelArmorTemplate("google/gemma-3-1b-it", "llm"),
                ModelArmorTemplate("meta-llama/Llama-3.1-8B-Instruct", "llm", "llm-responses"),
            ),
        )
    elif kind == "apigee":
        apigee(chart)
    else:
        BackendPolicy(chart, "logging", "logging-backend-policy", pool=POOL)
        HealthCheck(
            chart,
            "health",
            "vllm-llama3-8b-instruct-health",
            pool=POOL,
            props=HealthCheckProps(check_interval_sec=2, timeout_sec=2),
        )
        ErrorDetailMetric(
            chart,
            "metric",
            props=ErrorDetailMetricProps(gateway_class="gke-l7-regional-external-managed", project="my-project"),
        )
    return app


@pytest.mark.parametrize("kind", ["model-armor", "apigee", "logging"])
def test_golden(kind):
    # Validated together with the default stack (every reference resolves); the golden pins the
    # extension's own directory and prerequisites, the stack has its own golden files.
    files = render(build(kind), ValidationOptions(allow_external_refs=True))
    assert_golden(
        f"extensions-{kind}", {k: v for k, v in files.items() if k.startswith(("extensions/", "prerequisites/"))}
    )


@pytest.mark.parametrize("kind", ["model-armor", "logging"])
def test_prerequisite_scripts_are_valid_bash(kind, tmp_path):
    import subprocess

    files = render(build(kind), ValidationOptions(allow_external_refs=True))
    for name, text in files.items():
        if name.endswith(".sh"):
            (tmp_path / "s.sh").write_text(text)
            result = subprocess.run(["bash", "-n", str(tmp_path / "s.sh")], capture_output=True, text=True)
            assert result.returncode == 0, (name, result.stderr)


def test_log_metric_follows_the_gateway_class():
    chart = Chart(cdk8s.App(), "c")
    metric = json.loads(
        ErrorDetailMetric(chart, "m", props=ErrorDetailMetricProps(gateway_class="gke-l7-rilb")).definition
    )
    assert metric["filter"] == 'resource.type="internal_http_lb_rule"'
    assert metric["labelExtractors"] == {"error_detail": "EXTRACT(jsonPayload.proxyStatus)"}


#: Every construction-time refusal: the construct path, the field (a props path), the value and the fix.
REFUSALS = [
    # Model Armor: single-field limits (the settings), then the CRD's other rules
    (
        lambda c: model_armor(c, location="US Central"),
        "c/armor: location='US Central': expected a Google Cloud region such as us-central1, got \"US Central\"",
    ),
    (
        lambda c: model_armor(c, project="P"),
        (
            "c/armor: project='P': expected a Google Cloud project id: 6 to 30 lower-case letters, digits "
            "and '-', starting with a letter, got \"P\""
        ),
    ),
    (lambda c: model_armor(c, templates=()), "c/armor: templates=[]: at least 1 entry needed, got 0"),
    (
        lambda c: model_armor(c, templates=(ModelArmorTemplate("m", "bad name"),)),
        (
            "c/armor: templates[0].prompt_template='bad name': expected a template id: 1 to 63 letters, "
            "digits, '-' or '_', starting with a letter or digit, got \"bad name\""
        ),
    ),
    (
        lambda c: model_armor(c, templates=(ModelArmorTemplate("m", "llm", "bad/name"),)),
        (
            "c/armor: templates[0].response_template='bad/name': expected a template id: 1 to 63 letters, "
            "digits, '-' or '_', starting with a letter or digit, got \"bad/name\""
        ),
    ),
    (
        lambda c: model_armor(c, timeout="11s"),
        "c/armor: timeout='11s': write a duration from 10ms to 10s, such as 1s or 500ms",
    ),
    (
        lambda c: model_armor(c, timeout="1 second"),
        "c/armor: timeout='1 second': expected a duration from 10ms to 10s, such as 1s or 500ms, got \"1 second\"",
    ),
    (lambda c: model_armor(c, supported_events=()), "c/armor: supported_events=[]: at least 1 entry needed, got 0"),
    (
        lambda c: model_armor(c, supported_events=("RequestHeaders", "Everything")),
        (
            "c/armor: supported_events[1]='Everything': expected one of RequestHeaders, RequestBody, "
            'ResponseHeaders, ResponseBody, RequestTrailers, ResponseTrailers, got "Everything"'
        ),
    ),
    (
        lambda c: model_armor(c, supported_events=("RequestHeaders", "RequestHeaders")),
        (
            "c/armor: supported_events=['RequestHeaders', 'RequestHeaders']: the entries must all differ, "
            'got ["RequestHeaders", "RequestHeaders"]'
        ),
    ),
    (
        lambda c: model_armor(c, chain_name="Chain_1"),
        (
            "c/armor: chain_name='Chain_1': expected 1 to 63 lower-case letters, digits and '-', starting "
            'with a letter, got "Chain_1"'
        ),
    ),
    (
        lambda c: model_armor(c, extension_name="Ext_1"),
        (
            "c/armor: extension_name='Ext_1': expected 1 to 63 lower-case letters, digits and '-', starting "
            'with a letter, got "Ext_1"'
        ),
    ),
    (
        lambda c: model_armor(c, templates=tuple(ModelArmorTemplate(f"model-{i}", "llm") for i in range(8))),
        (
            "c/armor: templates=['model-0', 'model-1', 'model-2', 'model-3', 'model-4', 'model-5', "
            "'model-6',...: the model_armor_settings metadata of these 8 models is 1553 characters, over "
            "the GKE CRD's 1023: sp"
        ),
    ),
    (
        lambda c: model_armor(c, templates=(ModelArmorTemplate("m?", "llm"),)),
        (
            "c/armor: templates[0].model='m?': expected a model name of letters, digits, spaces and URL "
            "punctuation (the GKE CRD refuses quotes, backslashes, '?', '#' and non-ASCII in extension "
            'metadata), got "m?"'
        ),
    ),
    (
        lambda c: model_armor(c, gateway=ObjectRef("v1", "Service", "gw")),
        "c/armor: gateway='gw': Service is not a Gateway API Gateway; pass InferenceGateway.ref",
    ),
    (
        lambda c: model_armor(c, name="Armor_X"),
        "c/armor: name='Armor_X': use a DNS subdomain: lower-case letters, digits, '-' and '.'",
    ),
    (
        lambda c: model_armor(c, name="a" * 60, chain_name=None),
        (
            "c/armor: chain_name='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-chain': use "
            "1 to 63 lower-case letters, digits and '-', starting with a letter (unset, it is "
            "aaaaaaaaaaaaaaaaaaaaaaaaa"
        ),
    ),
    (
        lambda c: model_armor(c, path_prefix="/v1 chat"),
        (
            "c/armor: path_prefix='/v1 chat': the match condition 'request.path.startsWith(\"/v1 chat\")' is "
            "outside the GKE CRD's grammar: at most 512 characters of letters, digits and URL punctuation "
            "in its string"
        ),
    ),
    (
        lambda c: model_armor(c, path_prefix="/" + "a" * 500),
        (
            "c/armor: "
            "path_prefix='/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...: "
            "the match condition "
            "'request.path.startsWith(\"/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ),
    ),
    (
        lambda c: model_armor(c, path_prefix='/"x'),
        "c/armor: path_prefix='/\"x': start it with '/'; quotes and backslashes are not allowed",
    ),
    (
        lambda c: model_armor(c, path_prefix="v1"),
        "c/armor: path_prefix='v1': start it with '/'; quotes and backslashes are not allowed",
    ),
    # Apigee
    (
        lambda c: apigee(c, location=ApigeeLocation("us-central1", "default", LOCATION.subnetwork)),
        (
            "c/apigee: location.network='default': expected a network written "
            'projects/<project>/global/networks/<network>, got "default"'
        ),
    ),
    (
        lambda c: apigee(c, location=ApigeeLocation("us-central1", LOCATION.network, "psc")),
        (
            "c/apigee: location.subnetwork='psc': expected a subnetwork written "
            'projects/<project>/regions/<region>/subnetworks/<subnet>, got "psc"'
        ),
    ),
    (
        lambda c: apigee(c, location=ApigeeLocation("US", LOCATION.network, LOCATION.subnetwork)),
        "c/apigee: location.name='US': expected a Google Cloud region such as us-central1, got \"US\"",
    ),
    (
        lambda c: apigee(c, apigee_env=""),
        "c/apigee: apigee_env='': expected an Apigee environment name (not empty), got \"\"",
    ),
    (
        lambda c: apigee(c, name="Bad_Name"),
        "c/apigee: name='Bad_Name': use a DNS subdomain: lower-case letters, digits, '-' and '.'",
    ),
    (
        lambda c: apigee(c, name="a" * 60, extension_name=None),
        (
            "c/apigee: "
            "extension_name='aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-extension': use 1 "
            "to 63 lower-case letters, digits and '-', starting with a letter (unset, it is aaaaaaaaaaaaaaaa"
        ),
    ),
    (
        lambda c: apigee(c, traffic_extension_name="Bad_Name"),
        (
            "c/apigee: traffic_extension_name='Bad_Name': expected a DNS subdomain: lower-case letters, "
            "digits, '-' and '.', got \"Bad_Name\""
        ),
    ),
    (
        lambda c: apigee(c, timeout="0ms"),
        "c/apigee: timeout='0ms': write a duration from 10ms to 10s, such as 1s or 500ms",
    ),
    # BackendPolicy
    (
        lambda c: policy(c, logging=AccessLogging(sample_rate=1_000_001)),
        "c/p: logging.sample_rate=1000001: expected a whole number from 0 to 1000000, got 1000001",
    ),
    (
        lambda c: policy(c, logging=AccessLogging(sample_rate=-1)),
        "c/p: logging.sample_rate=-1: expected a whole number from 0 to 1000000, got -1",
    ),
    (lambda c: policy(c, timeout_sec=0), "c/p: timeout_sec=0: expected a whole number from 1 to 2147483647, got 0"),
    (
        lambda c: policy(c, pool=GATEWAY),
        "c/p: pool='inference-gateway': Gateway is not an InferencePool; pass InferencePoolStack.pool_ref",
    ),
    (
        lambda c: BackendPolicy(c, "p", "Bad_Name", pool=POOL),
        "c/p: name='Bad_Name': use a DNS subdomain: lower-case letters, digits, '-' and '.'",
    ),
    (
        lambda c: policy(c, connection_draining_sec=3601),
        "c/p: connection_draining_sec=3601: expected a whole number from 0 to 3600, got 3601",
    ),
    (
        lambda c: policy(c, max_rate_per_endpoint=0),
        "c/p: max_rate_per_endpoint=0: expected a whole number from 1 to 1000000000, got 0",
    ),
    (
        lambda c: policy(c, backend_preference="BEST"),
        "c/p: backend_preference='BEST': expected one of DEFAULT, PREFERRED, got \"BEST\"",
    ),
    (
        lambda c: policy(c, balancing_mode="CUSTOM_METRICS"),
        "c/p: custom_metrics=[]: balancing_mode='CUSTOM_METRICS' balances on metrics: name them in custom_metrics",
    ),
    (
        lambda c: policy(c, custom_metrics=tuple(CustomMetric(f"m{i}") for i in range(3))),
        (
            "c/p: custom_metrics=[{'name': 'm0', 'dryRun': False}, {'name': 'm1', 'dryRun': False}, "
            "{'name': '...: at most 2 entries allowed, got 3"
        ),
    ),
    (
        lambda c: policy(c, custom_metrics=(CustomMetric("Queue"),)),
        (
            "c/p: custom_metrics[0].name='Queue': expected a name of lower-case letters, digits, '-', '_' "
            "and '.', starting with a letter, got \"Queue\""
        ),
    ),
    (
        lambda c: policy(c, custom_metrics=(CustomMetric("q", max_utilization_percent=101),)),
        "c/p: custom_metrics[0].max_utilization_percent=101: expected a whole number from 0 to 100, got 101",
    ),
    (
        lambda c: policy(c, capacity_scaler_percent=101),
        "c/p: capacity_scaler_percent=101: expected a whole number from 0 to 100, got 101",
    ),
    (
        lambda c: policy(c, iap=Iap("", "secret")),
        "c/p: iap.client_id='': expected an OAuth client id (not empty), got \"\"",
    ),
    (
        lambda c: policy(c, iap=Iap("id", "")),
        "c/p: iap.oauth2_client_secret='': expected a DNS subdomain: lower-case letters, digits, '-' and '.', got \"\"",
    ),
    (
        lambda c: policy(c, logging=AccessLogging(optional_fields=("tls.protocol",))),
        "c/p: logging.optional_fields=['tls.protocol']: list optional fields only with optional_mode='CUSTOM'",
    ),
    (
        lambda c: policy(c, logging=AccessLogging(optional_mode="CUSTOM", optional_fields=("Bad Field",))),
        (
            "c/p: logging.optional_fields[0]='Bad Field': expected a name of lower-case letters, digits, "
            "'-', '_' and '.', starting with a letter, got \"Bad Field\""
        ),
    ),
    (
        lambda c: policy(c, logging=AccessLogging(optional_mode="SOME")),
        (
            "c/p: logging.optional_mode='SOME': expected one of EXCLUDE_ALL_OPTIONAL, INCLUDE_ALL_OPTIONAL, "
            'CUSTOM, got "SOME"'
        ),
    ),
    # HealthCheck
    (
        lambda c: health(c, check_interval_sec=2, timeout_sec=3),
        (
            "c/h: timeout_sec=3: longer than check_interval_sec=2: a probe must end before the next; "
            "shorten timeout_sec or lengthen check_interval_sec"
        ),
    ),
    (
        lambda c: health(c, timeout_sec=6),
        (
            "c/h: timeout_sec=6: longer than check_interval_sec=5 (GKE's default): a probe must end before "
            "the next; shorten timeout_sec or lengthen check_interval_sec"
        ),
    ),
    (lambda c: health(c, request_path="health"), "c/h: request_path='health': start it with '/'"),
    (lambda c: health(c, protocol="TCP"), "c/h: protocol='TCP': expected one of HTTP, HTTPS, HTTP2, GRPC, got \"TCP\""),
    (lambda c: health(c, port=0), "c/h: port=0: expected a whole number from 1 to 65535, got 0"),
    (
        lambda c: health(c, healthy_threshold=11),
        "c/h: healthy_threshold=11: expected a whole number from 1 to 10, got 11",
    ),
    (
        lambda c: health(c, unhealthy_threshold=0),
        "c/h: unhealthy_threshold=0: expected a whole number from 1 to 10, got 0",
    ),
    (
        lambda c: health(c, check_interval_sec=301),
        "c/h: check_interval_sec=301: expected a whole number from 1 to 300, got 301",
    ),
    (
        lambda c: health(c, pool=GATEWAY),
        "c/h: pool='inference-gateway': Gateway is not an InferencePool; pass InferencePoolStack.pool_ref",
    ),
    # ErrorDetailMetric
    (
        lambda c: ErrorDetailMetric(c, "m", props=ErrorDetailMetricProps(gateway_class="istio")),
        (
            "c/m: gateway_class='istio': expected one of gke-l7-global-external-managed, "
            "gke-l7-regional-external-managed, gke-l7-rilb, gke-l7-cross-regional-internal-managed, got "
            '"istio"'
        ),
    ),
    (
        lambda c: ErrorDetailMetric(c, "m", "my metric", props=ErrorDetailMetricProps(gateway_class="gke-l7-rilb")),
        (
            "c/m: name='my metric': use a metric name: letters, digits, '_', '-' and '.', starting with a "
            "letter, digit or '_'"
        ),
    ),
]


@pytest.mark.parametrize(("builder", "message"), REFUSALS)
def test_construction_refuses(chart, builder, message):
    with pytest.raises(ConstructError) as caught:
        builder(chart)
    assert str(caught.value).startswith(message)


def rejections(obj):
    # the cluster runs the current HealthCheckPolicy CRD (unguarded port rules), as the goldens assume
    options = ValidationOptions(allow_external_refs=True, healthcheck_crd="unguarded")
    return {f.message for f in validate_objects([("broken.yaml", obj)], options) if f.severity == "error"}


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
    body = copy.deepcopy(policy(Chart(cdk8s.App(), "d")).body)
    body["spec"]["default"]["sessionAffinity"] = {"type": "CLIENT_IP"}
    assert rejections(body) == {
        "sessionAffinity cannot be configured for InferencePool and InferencePoolImport targets"
    }
    body["spec"]["default"] = {"logging": {"enabled": True, "sampleRate": 2_000_000}}
    assert rejections(body) == {"2000000 is greater than the maximum of 1000000"}


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
    built = policy(
        chart,
        timeout_sec=60,
        connection_draining_sec=30,
        backend_preference="PREFERRED",
        logging=AccessLogging(
            sample_rate=1_000_000, optional_mode="CUSTOM", optional_fields=("tls.protocol", "backend_name")
        ),
        balancing_mode="CUSTOM_METRICS",
        capacity_scaler_percent=80,
        custom_metrics=(
            CustomMetric("orca.queue_size", max_utilization_percent=70),
            CustomMetric("orca.kv_cache", dry_run=True),
        ),
        iap=Iap("123.apps.googleusercontent.com", "iap-secret"),
    )
    default = built.body["spec"]["default"]
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
    assert rejections(built.body) == set()
