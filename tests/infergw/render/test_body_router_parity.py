"""Parity with GAIE's `body-based-routing` chart: `helm template` of the reference chart renders the same
objects as `render_body_router` (chart-compatible profile) for the same values, release by release.

Normalized before comparing, for one documented reason: the router's arguments, as the (name, value)
pairs they mean. The chart writes each flag as `--name "value"`; infergw writes `--name=value`, as it
does for the endpoint picker (after `--name`, Go's flag parser reads a bare `true`/`false` as the end
of the flags, so a boolean flag would silently stop the parse). A field the chart writes empty (`env:`
with nothing under it, which YAML reads as null) is left out, as the API server stores it.
"""

from __future__ import annotations

import copy
import subprocess

import pytest
import yaml
from conftest import tool
from flagparse import intended_flags
from infergw.refs import ObjectRef
from infergw.releases import body_router_release_ids
from infergw.render.body_router import (
    BodyRouterImage,
    BodyRouterPlugin,
    BodyRouterProps,
    BodyRouterTracing,
    render_body_router,
)

GATEWAY = "inference-gateway"


def helm_objects(reference, release, values, *, name="body-based-router", namespace="default"):
    chart = reference / "inference-extension" / release / "config" / "charts" / "body-based-routing"
    if not chart.is_dir():
        pytest.skip(f"no body-based-routing chart for {release} in the reference material")
    result = subprocess.run(
        [tool("helm"), "template", name, str(chart), "--namespace", namespace, "-f", "-"],
        input=yaml.safe_dump(values),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


def normalize(objects):
    out = copy.deepcopy(objects)
    for obj in out:
        if obj["kind"] == "Deployment":
            for container in obj["spec"]["template"]["spec"]["containers"]:
                container["args"] = intended_flags(container["args"])
                if container.get("env", ()) is None:
                    del container["env"]
    return sorted(out, key=lambda o: (o["kind"], o["metadata"]["name"]))


def ours(release, gateway=GATEWAY, namespace="default", **props):
    gateway_ref = ObjectRef("gateway.networking.k8s.io/v1", "Gateway", gateway, namespace)
    props = BodyRouterProps(release=release, namespace=namespace, profile="chart-compatible", **props)
    return render_body_router(gateway_ref, props)


CASES = {
    "defaults": ({}, {"provider": "none"}),
    "gke": ({"provider": {"name": "gke"}}, {}),
    "gke-other-gateway": (
        {"provider": {"name": "gke"}, "inferenceGateway": {"name": "llm-gateway"}},
        {"gateway": "llm-gateway"},
    ),
    "multi-namespace": ({"provider": {"name": "gke"}, "bbr": {"multiNamespace": True}}, {"multi_namespace": True}),
    "tracing": (
        {"bbr": {"tracing": {"enabled": True, "otelExporterEndpoint": "http://otel:4317"}}},
        {"provider": "none", "tracing": BodyRouterTracing(otel_exporter_endpoint="http://otel:4317")},
    ),
    "flags-replicas-ports": (
        {"bbr": {"flags": {"v": 5, "zap-log-level": "debug"}, "replicas": 3, "port": 9100, "healthCheckPort": 9101}},
        {
            "provider": "none",
            "flags": {"v": 5, "zap-log-level": "debug"},
            "replicas": 3,
            "port": 9100,
            "health_check_port": 9101,
        },
    ),
    "name-image": (
        {
            "bbr": {
                "name": "bbr",
                "image": {
                    "registry": "europe-docker.pkg.dev",
                    "repository": "acme/bbr",
                    "tag": "v1.5.0-acme",
                    "pullPolicy": "IfNotPresent",
                },
            }
        },
        {
            "provider": "none",
            "name": "bbr",
            "image": BodyRouterImage("europe-docker.pkg.dev", "acme/bbr", "v1.5.0-acme", "IfNotPresent"),
        },
    ),
    "plugins": (
        {
            "bbr": {
                "plugins": [
                    {
                        "type": "body-field-to-header",
                        "name": "model-extractor",
                        "json": {"headerName": "X-Model", "fieldName": "model", "note": "a<b&c"},
                    },
                    {"type": "custom", "name": "second"},
                ]
            }
        },
        {
            "provider": "none",
            "plugins": (
                BodyRouterPlugin(
                    "body-field-to-header",
                    "model-extractor",
                    {"headerName": "X-Model", "fieldName": "model", "note": "a<b&c"},
                ),
                BodyRouterPlugin("custom", "second"),
            ),
        },
    ),
}


@pytest.mark.parametrize("release", body_router_release_ids())
@pytest.mark.parametrize("case", sorted(CASES))
def test_render_equals_helm_template(reference, release, case):
    values, props = CASES[case]
    props = dict(props)
    gateway = props.pop("gateway", GATEWAY)
    name = "bbr-release" if case == "name-image" else "body-based-router"
    theirs = helm_objects(reference, release, values, name=name, namespace="team-a")
    mine = ours(release, gateway=gateway, namespace="team-a", release_name=name, **props)
    assert normalize(mine) == normalize(theirs)


def test_the_cases_cover_every_object_the_chart_renders(reference):
    kinds = set()
    for values, _ in CASES.values():
        kinds |= {o["kind"] for o in helm_objects(reference, body_router_release_ids()[-1], values)}
    assert kinds == {
        "Deployment",
        "Service",
        "ServiceAccount",
        "Role",
        "RoleBinding",
        "ClusterRole",
        "ClusterRoleBinding",
        "GCPRoutingExtension",
        "HealthCheckPolicy",
    }


def test_the_flag_form_is_the_only_normalized_difference(reference):
    release = body_router_release_ids()[-1]
    theirs = helm_objects(reference, release, {"bbr": {"flags": {"v": 5}}})
    mine = ours(release, provider="none", flags={"v": 5})
    args = next(o for o in mine if o["kind"] == "Deployment")["spec"]["template"]["spec"]["containers"][0]["args"]
    chart_args = next(o for o in theirs if o["kind"] == "Deployment")["spec"]["template"]["spec"]["containers"][0]
    assert "--v=5" in args and chart_args["args"][1:3] == ["--v", "5"]
