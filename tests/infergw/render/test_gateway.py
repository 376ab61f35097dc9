"""The Gateway renderer: GKE classes, listeners, and every refusal naming the field, the value and the fix."""

from __future__ import annotations

import subprocess
import sys

import pytest
from infergw.config.schema import CONFIG_SCHEMA
from infergw.refs import ObjectRef
from infergw.render.gateway import GKE_CLASSES, GatewayProps, Listener, gateway_ref, render_gateway
from infergw.settings import PropsError, schema_of

HTTPS = Listener(name="https", protocol="HTTPS", tls_certificate="llm-cert")


def test_defaults_render_one_http_listener_on_the_regional_external_class():
    assert render_gateway("inference-gateway", GatewayProps()) == {
        "apiVersion": "gateway.networking.k8s.io/v1",
        "kind": "Gateway",
        "metadata": {"name": "inference-gateway"},
        "spec": {
            "gatewayClassName": "gke-l7-regional-external-managed",
            "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}],
        },
    }


def test_listeners_namespace_and_annotations_are_written():
    props = GatewayProps(
        gateway_class="gke-l7-rilb",
        listeners=(Listener(hostname="llm.example.com"), HTTPS),
        namespace="llm",
        annotations={"policy.infergw.dev/except-x": "reason"},
    )
    body = render_gateway("g", props)
    assert body["metadata"] == {
        "name": "g",
        "namespace": "llm",
        "annotations": {"policy.infergw.dev/except-x": "reason"},
    }
    assert body["spec"] == {
        "gatewayClassName": "gke-l7-rilb",
        "listeners": [
            {"name": "http", "port": 80, "protocol": "HTTP", "hostname": "llm.example.com"},
            # an HTTPS listener without a port takes 443
            {
                "name": "https",
                "port": 443,
                "protocol": "HTTPS",
                "tls": {"mode": "Terminate", "certificateRefs": [{"name": "llm-cert"}]},
            },
        ],
    }
    assert gateway_ref("g", props) == ObjectRef("gateway.networking.k8s.io/v1", "Gateway", "g", "llm")


def test_the_config_loader_offers_the_same_classes():
    assert CONFIG_SCHEMA["properties"]["gateway"]["properties"]["class"]["enum"] == list(GKE_CLASSES)


def test_the_schema_carries_the_limits_and_the_config_keys():
    schema = schema_of(GatewayProps)
    assert schema["properties"]["class"]["enum"] == list(GKE_CLASSES)
    listeners = schema["properties"]["listeners"]
    assert (listeners["minItems"], listeners["maxItems"]) == (1, 64)
    assert listeners["default"] == [{"name": "http", "protocol": "HTTP"}]
    listener = listeners["items"]["properties"]
    assert {"name", "port", "protocol", "hostname", "tlsCertificate"} == set(listener)
    assert listener["port"]["anyOf"][0] == {"type": "integer", "minimum": 1, "maximum": 65535}


@pytest.mark.parametrize(
    ("name", "props", "message"),
    [
        ("Inference Gateway", GatewayProps(), "name='Inference Gateway': use a DNS subdomain"),
        ("g" * 254, GatewayProps(), r"name='g{76}...: use a DNS subdomain.*\(at most 253 characters\)"),
        (
            "g",
            GatewayProps(gateway_class="istio"),
            "gateway_class='istio': expected one of gke-l7-regional-external-managed, gke-l7-rilb, ",
        ),
        ("g", GatewayProps(listeners=()), r"listeners=\[\]: at least 1 entry needed, got 0"),
        ("g", GatewayProps(listeners=(Listener(),) * 65), "listeners=.*: at most 64 entries allowed, got 65"),
        (
            "g",
            GatewayProps(listeners=(Listener(), Listener())),
            r"listeners=\['http', 'http'\]: give every listener its own name",
        ),
        ("g", GatewayProps(listeners=(Listener(port=0),)), r"listeners\[0\].port=0: expected a whole number from 1 to"),
        (
            "g",
            GatewayProps(listeners=(Listener(protocol="TCP"),)),  # type: ignore[arg-type]
            r"listeners\[0\].protocol='TCP': expected one of HTTP, HTTPS",
        ),
        (
            "g",
            GatewayProps(listeners=(Listener(name="Web"),)),
            r"listeners\[0\].name='Web': expected a DNS subdomain",
        ),
        (
            "g",
            GatewayProps(listeners=(Listener(hostname="LLM.example.com"),)),
            r"listeners\[0\].hostname='LLM.example.com': expected a host name such as llm.example.com",
        ),
        (
            "g",
            GatewayProps(listeners=(Listener(name="https", port=443, protocol="HTTPS"),)),
            r"listeners\[0\].tls_certificate=None: an HTTPS listener needs one: give a Secret name",
        ),
        (
            "g",
            GatewayProps(listeners=(Listener(tls_certificate="cert"),)),
            r"listeners\[0\].tls_certificate='cert': only an HTTPS listener takes a certificate",
        ),
        (
            "g",
            GatewayProps(
                listeners=(Listener(), Listener(name="https", port=80, protocol="HTTPS", tls_certificate="c"))
            ),
            r"listeners\[1\].port=80: HTTP and HTTPS listeners cannot share a port; choose another",
        ),
        # the Gateway CRD's CEL rule: port, protocol and host name unique per listener
        (
            "g",
            GatewayProps(listeners=(Listener(), Listener(name="other"))),
            r"listeners\[1\].hostname=None: listener 'http' already takes HTTP on port 80 with no host name; "
            "give one of them another port or host name",
        ),
        (
            "g",
            GatewayProps(namespace="LLM"),
            r"namespace='LLM': expected a namespace name",
        ),
        (
            "g",
            GatewayProps(annotations={"bad key": "x"}),
            r"annotations\['bad key'\]='x': the key 'bad key' is not a label key",
        ),
    ],
)
def test_refuses(name, props, message):
    with pytest.raises(PropsError, match=message):
        render_gateway(name, props)


def test_same_port_with_other_host_names_is_accepted():
    listeners = (Listener(hostname="a.example.com"), Listener(name="b", hostname="b.example.com"))
    ports = [x["port"] for x in render_gateway("g", GatewayProps(listeners=listeners))["spec"]["listeners"]]
    assert ports == [80, 80]


def test_the_renderers_need_no_cdk8s_or_node():
    code = (
        "import sys\nimport infergw.render.gateway, infergw.render.route\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('cdk8s', 'jsii', 'constructs')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"
