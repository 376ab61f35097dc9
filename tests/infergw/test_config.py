"""The stack config file: strict keys and types, errors that name the file and the key path."""

from __future__ import annotations

import pytest
import yaml
from conftest import REPO
from hypothesis import given, settings
from hypothesis import strategies as st
from infergw.config.loader import load_config, parse_config
from infergw.errors import ConfigError


def test_repository_config_is_the_seeds_example():
    config = load_config(REPO / "infergw.yaml")
    (pool,) = config.pools
    assert (config.release, pool.name, pool.match_labels, pool.target_ports) == (
        "v1.0.2",
        "vllm-llama3-8b-instruct",
        {"app": "vllm-llama3-8b-instruct"},
        (8000,),
    )
    assert [(o.name, o.priority) for o in pool.objectives] == [("food-review", 2), ("base-model", 2)]
    assert (config.gateway_name, config.gateway_class, config.route_name) == (
        "inference-gateway",
        "gke-l7-regional-external-managed",
        "llm-route",
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("relase: v1.0.2", r"c.yaml: unknown key 'relase'; allowed keys: argocd, cluster, gateway, gkeVersion"),
        ("release: v2", r"c.yaml: release: unknown inference release 'v2'"),
        ("gkeVersion: 1.34", r"c.yaml: gkeVersion: invalid GKE version '1.34'"),
        ("pools: [{name: p}]", r"c.yaml: pools\[0\]: missing required key 'matchLabels'"),
        ("pools: [{name: p, matchLabels: {}}]", r"pools\[0\].matchLabels: give at least one label"),
        (
            "pools: [{name: p, matchLabels: {app: p}, targetPorts: [0]}]",
            r"pools\[0\].targetPorts\[0\]: expected a whole number from 1 to 65535, got 0",
        ),
        ("pools: [{name: p, matchLabels: {app: p}, provider: aws}]", r"pools\[0\].provider: choose gke or none"),
        (
            "pools: [{name: p, matchLabels: {app: p}, objectives: [{name: o, priority: high}]}]",
            r"pools\[0\].objectives\[0\].priority",
        ),
        ("gateway: [a]", r"c.yaml: gateway: expected a mapping, got list"),
        ("- a", r"c.yaml: expected a mapping, got list"),
    ],
)
def test_errors_name_the_key_path(document, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(yaml.safe_load(document), "c.yaml")


def test_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("pools: [\n")
    with pytest.raises(ConfigError, match=rf"{bad}:2: not valid YAML"):
        load_config(bad)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
keys = st.sampled_from(["release", "gkeVersion", "name", "namespace", "gateway", "route", "pools", "other"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=5))
def test_random_configs_give_a_config_or_a_clear_error(document):
    try:
        parse_config(document, "fuzz.yaml")
    except ConfigError as exc:
        assert str(exc).startswith("fuzz.yaml: ")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        # each release takes one per-workload kind: objectives from v1.0.0, models before
        (
            "release: v0.3.0\npools: [{name: p, matchLabels: {app: p}, objectives: [{name: o}]}]",
            r"c.yaml: pools\[0\].objectives: release v0.3.0 uses models, not objectives",
        ),
        (
            "pools: [{name: p, matchLabels: {app: p}, models: [{name: m, modelName: m}]}]",
            r"pools\[0\].models: release v1.0.2 uses objectives, not models",
        ),
        (
            "release: v0.3.0\npools: [{name: p, matchLabels: {app: p}, models: [{name: m, modelName: m, criticality: Urgent}]}]",
            r"pools\[0\].models\[0\].criticality: choose Critical or Standard or Sheddable, got 'Urgent'",
        ),
        (
            "release: v0.3.0\npools: [{name: p, matchLabels: {app: p}, apiVersion: inference.networking.k8s.io/v1}]",
            r"pools\[0\].apiVersion: choose inference.networking.x-k8s.io/v1alpha2",
        ),
        (
            "pools: [{name: p, matchLabels: {app: p}, targetPorts: [8000, 8001]}]",
            r"pools\[0\].targetPorts: give exactly one model-server port",
        ),
        ("pools: [{name: My-Pool, matchLabels: {app: p}}]", r"pools\[0\].name: 'My-Pool' is not a valid name"),
        (
            "pools: [{name: p, matchLabels: {app: p}}, {name: p, matchLabels: {app: q}}]",
            r"pools: pool names \['p', 'p'\] must be distinct",
        ),
        (
            "pools: [{name: p, matchLabels: {app: p}, modelServerType: sglang}]",
            r"pools\[0\].modelServerType: choose vllm or triton-tensorrt-llm",
        ),
        ("pools: [{name: p, matchLabels: {app: p}, image: {pullPolicy: Sometimes}}]", r"pools\[0\].image.pullPolicy"),
        (
            "pools: [{name: p, matchLabels: {app: p}, flags: [{name: v}]}]",
            r"pools\[0\].flags\[0\]: missing required key 'value'",
        ),
        ("gateway: {class: istio}", r"gateway.class: choose gke-l7-regional-external-managed or"),
        (
            "gateway: {listeners: [{name: https, protocol: HTTPS}]}",
            r"gateway.listeners\[0\]: an HTTPS listener needs tlsCertificate",
        ),
        ("gateway: {listeners: []}", r"gateway.listeners: give one or more listeners"),
        ("route: {requestTimeout: 5 minutes}", r"route.requestTimeout: write a duration"),
        ("name: crds", r"c.yaml: name: 'crds' cannot name the output directory"),
        (
            'pools: [{name: p, matchLabels: {"bad key!": x}}]',
            r"c.yaml: pools\[0\].matchLabels: label key 'bad key!' is not valid",
        ),
        (
            "pools: [{name: p, matchLabels: {app: -x-}}]",
            r"c.yaml: pools\[0\].matchLabels: label value '-x-' is not valid",
        ),
        ("argocd: {path: dist}", r"c.yaml: argocd: missing required key 'repoURL'"),
        (
            "argocd: {repoURL: https://git.example.com/p.git, path: /abs/dist}",
            r"argocd.path: '/abs/dist': give the output directory's path inside the repository",
        ),
        (
            "name: argocd",
            r"c.yaml: name: 'argocd' cannot name the output directory: .* other than argocd, crds, metrics-adapter, prerequisites",
        ),
        (
            "pools: [{name: p, matchLabels: {app: p}, objectives: [{name: chat}]}, {name: q, matchLabels: {app: q}, objectives: [{name: chat}]}]",
            r"pools: objective or model names \['chat'\] appear more than once",
        ),
        (
            "pools: [{name: p, matchLabels: {app: p}, objectives: [{name: chat}, {name: chat}]}]",
            r"pools: objective or model names \['chat'\]",
        ),
        ("namespace: Serving", r"c.yaml: namespace: 'Serving' is not a namespace name"),
    ],
)
def test_cross_field_errors_name_the_key_path(document, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(yaml.safe_load(document), "c.yaml")


def test_every_key_reaches_the_stack():
    document = """
release: v1.0.2
namespace: serving
gateway:
  class: gke-l7-rilb
  listeners: [{name: https, protocol: HTTPS, tlsCertificate: llm-cert, hostname: llm.example.com}]
route: {name: chat, requestTimeout: 300s}
pools:
- name: llama
  matchLabels: {app: llama}
  targetPorts: [8080]
  apiVersion: inference.networking.x-k8s.io/v1alpha2
  modelServerType: triton-tensorrt-llm
  image: {hub: mirror.example.com/epp, tag: v1.0.2-patched, pullPolicy: IfNotPresent}
  flags: [{name: v, value: 4}, {name: enable-pprof, value: true}]
  replicas: 2
  weight: 80
  objectives: [{name: chat, priority: 5}]
"""
    from infergw.cdk.app import build_app
    from infergw.cdk.synthesis import collect

    config = parse_config(yaml.safe_load(document), "c.yaml")
    directories = collect(build_app(config))
    objects = {(o["kind"], o["metadata"]["name"]): o for o in directories["inference-gateway"]}
    # a v1alpha2 pool on v1.0.2 brings that release's v1alpha2 InferencePool CRD along
    assert "inferencepools.inference.networking.x-k8s.io" in {o["metadata"]["name"] for o in directories["crds"]}
    pool = objects["InferencePool", "llama"]
    assert pool["apiVersion"] == "inference.networking.x-k8s.io/v1alpha2" and pool["spec"]["targetPortNumber"] == 8080
    container = objects["Deployment", "llama-epp"]["spec"]["template"]["spec"]["containers"][0]
    assert (
        container["image"] == "mirror.example.com/epp/epp:v1.0.2-patched"
        and container["imagePullPolicy"] == "IfNotPresent"
    )
    assert container["args"][-5:] == ["--ha-enable-leader-election", "--v", "4", "--enable-pprof", "true"]
    assert "nv_trt_llm_request_metrics{request_type=waiting}" in container["args"]
    assert objects["Gateway", "inference-gateway"]["spec"] == {
        "gatewayClassName": "gke-l7-rilb",
        "listeners": [
            {
                "name": "https",
                "port": 443,
                "protocol": "HTTPS",
                "hostname": "llm.example.com",
                "tls": {"mode": "Terminate", "certificateRefs": [{"name": "llm-cert"}]},
            }
        ],
    }
    rule = objects["HTTPRoute", "chat"]["spec"]["rules"][0]
    assert rule["backendRefs"] == [
        {"group": "inference.networking.x-k8s.io", "kind": "InferencePool", "name": "llama", "weight": 80}
    ]
    assert rule["timeouts"] == {"request": "300s"}
    assert objects["InferenceObjective", "chat"]["spec"]["poolRef"] == {
        "group": "inference.networking.x-k8s.io",
        "name": "llama",
    }
    assert objects["HealthCheckPolicy", "llama"]["spec"]["default"]["config"]["httpHealthCheck"]["port"] == 8080
    assert {o["metadata"]["labels"]["app.kubernetes.io/managed-by"] for o in objects.values()} == {"infergw"}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (
            "pools: [{name: p, matchLabels: {app: p}, autoscaling: {minReplicas: 2}}]",
            "cluster: pools with autoscaling need the GKE cluster name",
        ),
        (
            "cluster: c\npools: [{name: p, matchLabels: {app: p}, autoscaling: {targetKvCacheUtilization: high}}]",
            r"pools\[0\].autoscaling.targetKvCacheUtilization: expected a number",
        ),
        ("security: {modelArmor: {project: p, location: l}}", "security.modelArmor: missing required key 'templates'"),
        (
            "security: {apigee: {name: a, location: {name: r, network: n}}}",
            "security.apigee.location: missing required key 'subnetwork'",
        ),
        ("observability: {alerts: {threshold: 1}}", "observability.alerts: unknown key 'threshold'"),
        ("observability: {modelServers: yes please}", "observability.modelServers: expected true or false"),
    ],
)
def test_optional_sections_are_checked(document, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(yaml.safe_load(document), "c.yaml")


def test_reserved_directories_cover_every_directory_of_their_own():
    from infergw.argocd import APPLICATIONS_DIR
    from infergw.cdk.app import CRDS_CHART, METRICS_ADAPTER_CHART
    from infergw.config.loader import RESERVED_DIRECTORIES
    from infergw.output import PREREQUISITES

    assert {CRDS_CHART, METRICS_ADAPTER_CHART, APPLICATIONS_DIR, PREREQUISITES} == RESERVED_DIRECTORIES
