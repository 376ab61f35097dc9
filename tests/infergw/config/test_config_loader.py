"""Loading infergw.yaml: every problem names the file, the line and the key path, as the config writes it."""

from __future__ import annotations

import textwrap

import pytest
import yaml
from conftest import REPO
from flagparse import go_flags
from infergw.config.loader import load_config, parse_config
from infergw.errors import ConfigError

POOL = "pools: [{name: p, matchLabels: {app: p}"


def test_repository_config_is_the_seeds_example():
    config = load_config(REPO / "infergw.yaml")
    (pool,) = config.pools
    assert (config.release, pool.name, dict(pool.chart.match_labels), pool.chart.target_ports) == (
        config.release,
        "vllm-llama3-8b-instruct",
        {"app": "vllm-llama3-8b-instruct"},
        (8000,),
    )
    assert [(o.name, o.objective.priority) for o in pool.objectives] == [("food-review", 2), ("base-model", 2)]
    assert (config.gateway.name, config.gateway.gateway.gateway_class, config.route.name) == (
        "inference-gateway",
        "gke-l7-regional-external-managed",
        "llm-route",
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        # what the schema says (types, choices, ranges, grammars, unknown and missing keys)
        (
            f"relase: v1.0.2\n{POOL}}}]",
            "c.yaml:1: relase: unknown key; the keys here are: pools, release, gkeVersion, clusterGatewayApi,",
        ),
        (f"gkeVersion: 1.30.9-gke.1\n{POOL}}}]", "c.yaml:1: gkeVersion: GKE 1.30.9-gke.1 predates Gateway API support"),
        (
            f"clusterGatewayApi: v1.5.0\n{POOL}}}]",
            'c.yaml:1: clusterGatewayApi: expected one of v1.3.0, v1.4.0, v1.4.1, v1.5.1, v1.6.1, got "v1.5.0"',
        ),
        (
            f"clusterInferencePoolCrd: v0.3.0\n{POOL}}}]",
            "c.yaml:1: clusterInferencePoolCrd: expected one of v1.0.0, v1.0.2",  # the releases with a v1 pool CRD
        ),
        (
            f"release: v2\n{POOL}}}]",
            "c.yaml:1: release: expected one of v0.3.0, v1.0.0, v1.0.2, v1.1.0, v1.2.1, v1.3.1, v1.4.0, v1.5.0, "
            'llm-d-router/v0.9.0, llm-d-router/v0.10.0, got "v2"',
        ),
        (f"gkeVersion: 1.34\n{POOL}}}]", "c.yaml:1: gkeVersion: expected a GKE version MAJOR.MINOR.PATCH-gke.BUILD"),
        ("pools: [{name: p}]", "c.yaml:1: pools[0].matchLabels: missing: this key is required"),
        ("pools: [{name: p, matchLabels: {}}]", "c.yaml:1: pools[0].matchLabels: at least 1 entry needed, got 0"),
        (f"{POOL}, targetPorts: [0]}}]", "pools[0].targetPorts[0]: expected a whole number from 1 to 65535, got 0"),
        (f"{POOL}, provider: aws}}]", 'pools[0].provider: expected one of none, gke, got "aws"'),
        (f"{POOL}, objectives: [{{name: o, priority: high}}]}}]", "pools[0].objectives[0].priority: expected a whole"),
        (f"gateway: [a]\n{POOL}}}]", "c.yaml:1: gateway: expected a mapping with the keys name, class, listeners"),
        ("- a", "c.yaml:1: expected a mapping with the keys pools, release"),
        ("{}", "c.yaml:1: pools: missing: this key is required"),
        ("pools: []", "c.yaml:1: pools: at least 1 entry needed, got 0"),
        ("pools: [{name: My-Pool, matchLabels: {app: p}}]", "pools[0].name: expected at most 53 lower-case letters"),
        (f"{POOL}}}, {{name: p, matchLabels: {{app: q}}}}]", 'pools[1].name: "p" is already the name of entry [0]'),
        (f"{POOL}, image: {{pullPolicy: Sometimes}}}}]", "pools[0].image.pullPolicy: expected one of Always, IfNot"),
        (f"{POOL}, flags: [{{name: v}}]}}]", "pools[0].flags: expected a mapping (values: text or a whole number"),
        (f"gateway: {{class: istio}}\n{POOL}}}]", "gateway.class: expected one of gke-l7-regional-external-managed"),
        (f"gateway: {{listeners: []}}\n{POOL}}}]", "gateway.listeners: at least 1 entry needed, got 0"),
        (f"route: {{requestTimeout: 5 minutes}}\n{POOL}}}]", "route.requestTimeout: expected a duration such as 300s"),
        (f"name: crds\n{POOL}}}]", "c.yaml:1: name: expected a directory name of lower-case letters, digits and '-', "),
        (
            f"name: argocd\n{POOL}}}]",
            "other than argocd, crds, metrics-adapter, prerequisites (directories of their own)",
        ),
        (
            'pools: [{name: p, matchLabels: {"bad key!": x}}]',
            "pools[0].matchLabels[\"bad key!\"]: the key 'bad key!' is",
        ),
        ("pools: [{name: p, matchLabels: {app: -x-}}]", "pools[0].matchLabels.app: expected a label value: at most 63"),
        (f"argocd: {{path: dist}}\n{POOL}}}]", "c.yaml:1: argocd.repoURL: missing: this key is required"),
        (
            f"argocd: {{repoURL: https://git.example.com/p.git, path: /abs/dist}}\n{POOL}}}]",
            'argocd.path: expected a path inside the repository, such as dist, got "/abs/dist"',
        ),
        (f"namespace: Serving\n{POOL}}}]", "c.yaml:1: namespace: expected a namespace name"),
        (f"{POOL}, objectives: [{{name: chat}}, {{name: chat}}]}}]", 'objectives[1].name: "chat" is already the name'),
        # what the constructs refuse, reported at the key that set it
        (
            f"release: v0.3.0\n{POOL}, objectives: [{{name: o}}]}}]",
            "c.yaml:1: pools[0].objectives: release v0.3.0 uses models, not objectives: write them as `models:`",
        ),
        (
            f"release: v1.0.2\n{POOL}, models: [{{name: m, modelName: m}}]}}]",
            "pools[0].models: release v1.0.2 uses objectives",
        ),
        (
            f"release: v0.3.0\n{POOL}, apiVersion: inference.networking.k8s.io/v1}}]",
            "pools[0].apiVersion: release v0.3.0 renders inference.networking.x-k8s.io/v1alpha2",
        ),
        (
            f"release: v1.0.2\n{POOL}, targetPorts: [8000, 8001]}}]",
            "pools[0].targetPorts: the InferencePool CRD of release v1.0.2 takes at most 1 model-server port(s)",
        ),
        (
            f"release: v1.0.2\n{POOL}, modelServerType: sglang}}]",
            "pools[0].modelServerType: release v1.0.2 supports vllm, triton-tensorrt-llm",
        ),
        (
            f"{POOL}, modelServerType: tgi}}]",
            "pools[0].modelServerType: expected one of sglang, triton, triton-tensorrt-llm, trtllm-serve, vllm",
        ),
        (
            f"gateway: {{listeners: [{{name: https, protocol: HTTPS}}]}}\n{POOL}}}]",
            "gateway.listeners[0].tlsCertificate: an HTTPS listener needs one: give a Secret name",
        ),
        (
            f"{POOL}, objectives: [{{name: chat}}]}}, "
            "{name: q, matchLabels: {app: q}, objectives: [{name: chat}]}]",
            "pools[0].objectives[0].name: 'chat' names another pool's objective too",
        ),
        (
            f"{POOL}, autoscaling: {{minReplicas: 2}}}}]",
            "c.yaml:1: cluster: pools with autoscaling need the GKE cluster",
        ),
        (
            f"cluster: c\n{POOL}, autoscaling: {{targetKvCacheUtilization: high}}}}]",
            'pools[0].autoscaling.targetKvCacheUtilization: expected a number above 0 and at most 1, got "high"',
        ),
        (
            f"cluster: c\n{POOL}, autoscaling: {{minReplicas: 5, maxReplicas: 2}}}}]",
            "pools[0].autoscaling.minReplicas: more than maxReplicas=2; raise maxReplicas or lower minReplicas",
        ),
        (f"security: {{modelArmor: {{project: p, location: l}}}}\n{POOL}}}]", "security.modelArmor.templates: missing"),
        (
            f"security: {{apigee: {{name: a, location: {{name: r, network: n}}}}}}\n{POOL}}}]",
            "security.apigee.location.subnetwork: missing: this key is required",
        ),
        (f"observability: {{alerts: {{threshold: 1}}}}\n{POOL}}}]", "observability.alerts.threshold: unknown key"),
        (
            f"observability: {{modelServers: yes please}}\n{POOL}}}]",
            "observability.modelServers: expected true or false",
        ),
        (f"observability: {{alerts: {{forms: 7}}}}\n{POOL}}}]", "observability.alerts.forms: expected a list"),
        (
            f"observability: {{metricsAdapter: {{imageTag: 5}}}}\n{POOL}}}]",
            "observability.metricsAdapter.imageTag: expected an image tag such as v1.2.3, or sha256:<digest>, got 5",
        ),
    ],
)
def test_errors_name_the_key_path(document, message):
    with pytest.raises(ConfigError) as error:
        parse_config(yaml.safe_load(document), "c.yaml")
    assert message in str(error.value)


def test_errors_carry_the_line_of_the_key(tmp_path):
    config = tmp_path / "infergw.yaml"
    config.write_text(
        textwrap.dedent(
            """\
            release: v1.0.2
            cluster: prod
            pools:
            - name: llama
              matchLabels: {app: llama}
              autoscaling:
                minReplicas: 0
            """
        )
    )
    with pytest.raises(ConfigError) as error:
        load_config(config)
    assert str(error.value) == (
        f"{config}:7: pools[0].autoscaling.minReplicas: expected a whole number of at least 1, got 0"
    )


def test_every_problem_is_listed_at_once():
    with pytest.raises(ConfigError) as error:
        parse_config({"pools": [{"name": "P"}], "namespace": "X", "extra": 1}, "c.yaml")
    assert str(error.value).splitlines() == [
        "4 problems:",
        "  c.yaml:1: extra: unknown key; the keys here are: pools, release, gkeVersion, clusterGatewayApi, "
        "clusterInferencePoolCrd, name, namespace, cluster, gateway, route, bodyBasedRouting, security, observability, argocd",
        "  c.yaml:1: namespace: expected a namespace name: lower-case letters, digits and '-', got \"X\"",
        "  c.yaml:1: pools[0].matchLabels: missing: this key is required",
        "  c.yaml:1: pools[0].name: expected at most 53 lower-case letters, digits and '-', starting with a letter, "
        'got "P"',
    ]


def test_flags_as_a_list_still_work_with_a_warning(capsys):
    config = parse_config(yaml.safe_load(f"{POOL}, flags: [{{name: v, value: 3}}]}}]"), "c.yaml")
    assert dict(config.pools[0].chart.flags) == {"v": 3}
    assert (
        "c.yaml:1: pools[0].flags: a list of {name, value} is the form of charts before v1.2" in capsys.readouterr().err
    )


def test_top_level_release_and_namespace_reach_every_pool_and_the_alerts():
    config = parse_config(
        yaml.safe_load(f"release: v1.0.0\nnamespace: serving\nobservability: {{alerts: {{}}}}\n{POOL}}}]"), "c.yaml"
    )
    assert (config.pools[0].chart.release, config.pools[0].chart.namespace) == ("v1.0.0", "serving")
    assert (config.observability.alerts.alerts.release, config.observability.alerts.alerts.namespace) == (
        "v1.0.0",
        "serving",
    )


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
  flags: {v: 4, enable-pprof: true}
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
    flags, rest = go_flags(container["args"])
    assert rest == []  # Go's flag parser reads every argument
    assert flags["ha-enable-leader-election"] == "true"
    assert flags["total-queued-requests-metric"] == "nv_trt_llm_request_metrics{request_type=waiting}"
    assert (flags["v"], flags["enable-pprof"]) == ("4", "true")
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


def test_reserved_directories_cover_every_directory_of_their_own():
    from infergw.argocd import APPLICATIONS_DIR
    from infergw.cdk.app import CRDS_CHART, METRICS_ADAPTER_CHART
    from infergw.config.model import RESERVED_DIRECTORIES
    from infergw.output import PREREQUISITES

    assert {CRDS_CHART, METRICS_ADAPTER_CHART, APPLICATIONS_DIR, PREREQUISITES} == RESERVED_DIRECTORIES


def test_v150_keys_reach_the_stack():
    """v1.5.0 from the config: three target ports, a gRPC model server, the registry/repository image
    spelling and the picker's resources."""
    document = """
release: v1.5.0
pools:
- name: qwen
  matchLabels: {app: qwen}
  targetPorts: [8000, 8001, 8002]
  modelServerProtocol: grpc
  image: {registry: mirror.example.com, repository: acme/epp, tag: v1.5.0-acme.1}
  eppResources: {requests: {cpu: "2", memory: 4Gi}}
  flags: {v: 3}
"""
    from infergw.cdk.app import build_app
    from infergw.cdk.synthesis import collect

    config = parse_config(yaml.safe_load(document), "c.yaml")
    objects = {(o["kind"], o["metadata"]["name"]): o for o in collect(build_app(config))["inference-gateway"]}
    pool = objects["InferencePool", "qwen"]["spec"]
    assert pool["targetPorts"] == [{"number": 8000}, {"number": 8001}, {"number": 8002}]
    assert pool["appProtocol"] == "kubernetes.io/h2c"
    assert pool["endpointPickerRef"]["failureMode"] == "FailOpen"
    container = objects["Deployment", "qwen-epp"]["spec"]["template"]["spec"]["containers"][0]
    assert container["image"] == "mirror.example.com/acme/epp:v1.5.0-acme.1"
    assert container["resources"] == {"requests": {"cpu": "2", "memory": "4Gi"}}
    assert go_flags(container["args"])[0]["v"] == "3"
    check = objects["HealthCheckPolicy", "qwen"]["spec"]["default"]["config"]
    assert check["type"] == "GRPC" and check["grpcHealthCheck"]["port"] == 8000
