"""The Node-free renderers of the GKE extensions and policies: the CRD's rules as PropsError (field,
value, fix), the settings' defaults and limits in the schema, and no cdk8s on import."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml
from conftest import REPO
from infergw.refs import ObjectRef, PoolRef
from infergw.render.apigee import ApigeeLocation, ApigeeProps, render_apigee
from infergw.render.backend_policy import AccessLogging, BackendPolicyProps, render_backend_policy
from infergw.render.health_check import HealthCheckProps, render_health_check
from infergw.render.log_metric import ErrorDetailMetricProps, error_detail_metric_files
from infergw.render.model_armor import (
    ModelArmorProps,
    ModelArmorTemplate,
    model_armor_prerequisites,
    prerequisites_file,
    render_model_armor,
)
from infergw.render.traffic_extension import BackendRef, Extension, path_matcher, traffic_extension
from infergw.settings import PropsError, schema_of

SEEDS = REPO / "tests" / "infergw" / "validation" / "fixtures" / "seeds"
GATEWAY = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "inference-gateway")
POOL = PoolRef("inference.networking.x-k8s.io/v1alpha2", "InferencePool", "vllm-llama3-8b-instruct", "default")
ARMOR = ModelArmorProps(
    project="my-project",
    location="us-central1",
    templates=(ModelArmorTemplate("google/gemma-3-1b-it", "llm"),),
    chain_name="my-model-armor-chain1",
    extension_name="my-model-armor-service",
)


def seed(name):
    return [d for d in yaml.safe_load_all((SEEDS / name).read_text()) if d]


def test_renderers_reproduce_the_seed_without_a_construct():
    assert [render_model_armor("my-model-armor-extension", GATEWAY, ARMOR)] == seed("003-model-armor.yaml")
    apigee = ApigeeProps(
        location=ApigeeLocation(
            "us-central1",
            "projects/my-project/global/networks/default",
            "projects/my-project/regions/us-central1/subnetworks/psc-subnet",
        ),
        apigee_env="prod",
        default_security_enabled=True,
        traffic_extension_name="my-apigee-traffic-extension",
        chain_name="my-traffic-extension-chain",
        extension_name="my-apigee-extension",
    )
    assert render_apigee("my-apigee-backend-service", GATEWAY, apigee) == seed("003-apigee.yaml")
    assert [render_backend_policy("logging-backend-policy", POOL, BackendPolicyProps())] == seed(
        "003-logging-policy.yaml"
    )


def test_derived_names_and_files():
    body = render_model_armor("armor", GATEWAY, ModelArmorProps("p-roject", "europe-west4", ARMOR.templates))
    chain = body["spec"]["extensionChains"][0]
    assert (chain["name"], chain["extensions"][0]["name"]) == ("armor-chain", "armor-service")
    assert prerequisites_file("armor") == "model-armor-armor.sh"
    script = model_armor_prerequisites("armor", ARMOR)
    assert "PROJECT_ID=my-project\nLOCATION=us-central1\n" in script
    assert "gcloud model-armor templates create llm" in script
    files = error_detail_metric_files("errors", ErrorDetailMetricProps(gateway_class="gke-l7-rilb"))
    assert list(files) == ["errors.json", "errors.sh"]
    assert "PROJECT_ID=PROJECT_ID\n" in files["errors.sh"]
    check = render_health_check("h", POOL, HealthCheckProps(protocol="GRPC", request_path="ignored"))
    assert check["spec"]["default"] == {
        "config": {"type": "GRPC", "grpcHealthCheck": {"port": 8000, "portSpecification": "USE_FIXED_PORT"}}
    }


def test_settings_carry_the_defaults_and_limits_into_the_schema():
    logging = schema_of(BackendPolicyProps)["properties"]["logging"]
    assert logging["default"] == {"enabled": True, "sampleRate": 500_000, "optionalFields": []}
    rate = schema_of(AccessLogging)["properties"]["sampleRate"]
    assert (rate["default"], rate["minimum"], rate["maximum"]) == (500_000, 0, 1_000_000)
    armor = schema_of(ModelArmorProps)
    assert armor["required"] == ["project", "location", "templates"]
    assert armor["properties"]["templates"]["minItems"] == 1
    assert armor["properties"]["project"]["pattern"] == "^(?:[a-z][a-z0-9-]{4,28}[a-z0-9])$"
    assert armor["properties"]["supportedEvents"]["default"] == [
        "RequestHeaders",
        "RequestBody",
        "RequestTrailers",
        "ResponseHeaders",
        "ResponseBody",
        "ResponseTrailers",
    ]
    apigee = schema_of(ApigeeProps)
    assert apigee["required"] == ["location"]
    assert apigee["properties"]["location"]["required"] == ["name", "network", "subnetwork"]
    health = schema_of(HealthCheckProps)["properties"]
    assert (health["requestPath"]["default"], health["protocol"]["enum"]) == (
        "/health",
        ["HTTP", "HTTPS", "HTTP2", "GRPC"],
    )


def _service_extension(**changes):
    args = dict(
        name="ext",
        supported_events=("RequestHeaders",),
        backend=BackendRef("svc", port=443),
        authority="svc.example.com",
    )
    return Extension(**{**args, **changes})


ARMOR_HOST = "modelarmor.us-central1.rep.googleapis.com"


@pytest.mark.parametrize(
    ("extensions", "field", "value", "fix"),
    [
        ([_service_extension(name="Ext")], "extensions[0].name", "Ext", "expected 1 to 63 lower-case letters"),
        (
            [_service_extension(google_api_service_name=ARMOR_HOST)],
            "extensions[0].backend",
            BackendRef("svc", port=443),
            "set exactly one of backend or google_api_service_name",
        ),
        (
            [_service_extension(backend=None)],
            "extensions[0].backend",
            None,
            "set exactly one of backend or google_api_service_name",
        ),
        (
            [_service_extension(backend=None, authority=None, google_api_service_name="example.com")],
            "extensions[0].google_api_service_name",
            "example.com",
            "expected a googleapis.com host",
        ),
        (
            [_service_extension(authority=None)],
            "extensions[0].authority",
            None,
            "a Service backend needs an authority",
        ),
        (
            [_service_extension(backend=None, google_api_service_name=ARMOR_HOST)],
            "extensions[0].authority",
            "svc.example.com",
            "Apigee and Google API extensions take none",
        ),
        (
            [_service_extension(authority="svc example")],
            "extensions[0].authority",
            "svc example",
            "expected a host name",
        ),
        ([_service_extension(backend=BackendRef("svc"))], "extensions[0].backend.port", None, "needs a port"),
        (
            [_service_extension(backend=BackendRef("svc", port=70000))],
            "extensions[0].backend.port",
            70000,
            "expected a whole number from 1 to 65535",
        ),
        (
            [_service_extension(supported_events=("RequestHeaders", "RequestHeaders"))],
            "extensions[0].supported_events",
            ["RequestHeaders", "RequestHeaders"],
            "the entries must all differ",
        ),
        (
            [_service_extension(metadata={f"k{i}": "v" for i in range(17)})],
            "extensions[0].metadata",
            {f"k{i}": "v" for i in range(17)},
            "at most 16 entries allowed, got 17",
        ),
        (
            [_service_extension(metadata={"bad?key": "v"})],
            "extensions[0].metadata['bad?key']",
            "v",
            "the key 'bad?key' is not 1 to 63 characters",
        ),
        (
            [_service_extension(metadata={"k": "x" * 1024})],
            "extensions[0].metadata['k']",
            "x" * 1024,
            "expected 1 to 1023 characters",
        ),
        ([_service_extension(timeout="20s")], "extensions[0].timeout", "20s", "write a duration from 10ms to 10s"),
        ([], "extensions", 0, "a chain has 1 to 3 extensions, got 0"),
        ([_service_extension(name=f"e{i}") for i in range(4)], "extensions", 4, "a chain has 1 to 3 extensions, got 4"),
    ],
)
def test_traffic_extension_refuses_what_the_crd_rejects(extensions, field, value, fix):
    with pytest.raises(PropsError) as caught:
        traffic_extension("ext", GATEWAY, "chain", extensions)
    assert (caught.value.field, caught.value.value) == (field, value)
    assert fix in caught.value.message


def test_traffic_extension_names_its_own_arguments():
    ext = [_service_extension()]
    with pytest.raises(PropsError, match=r"^name='Ext_1': use a DNS subdomain"):
        traffic_extension("Ext_1", GATEWAY, "chain", ext)
    with pytest.raises(PropsError, match=r"^chain_name='Chain': use 1 to 63 lower-case letters"):
        traffic_extension("ext", GATEWAY, "Chain", ext)
    with pytest.raises(PropsError, match=r"^gateway='gw': Service is not a Gateway API Gateway; pass"):
        traffic_extension("ext", ObjectRef("v1", "Service", "gw"), "chain", ext)
    with pytest.raises(PropsError, match=r"^path_prefix='/a#b': the match condition .* is outside the GKE CRD"):
        traffic_extension("ext", GATEWAY, "chain", ext, path_prefix="/a#b")
    assert (
        "matchCondition"
        not in traffic_extension("ext", GATEWAY, "chain", ext, path_prefix=None)["spec"]["extensionChains"][0]
    )
    assert path_matcher("/v1") == 'request.path.startsWith("/v1")'


def test_renderers_need_no_cdk8s_or_node():
    code = (
        "import sys\n"
        "import infergw.render.apigee, infergw.render.backend_policy, infergw.render.health_check\n"
        "import infergw.render.log_metric, infergw.render.model_armor, infergw.render.traffic_extension\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('cdk8s', 'jsii', 'constructs'))\n"
        "print(loaded)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"
