"""Parity with llm-d-router's `llm-d-router-gateway` chart: `helm template` of the reference chart (on its
`routerlib` library chart, resolved offline with `helm dependency update` on a copy) renders the same
objects as the pool stack for the same values, for each llm-d-router release.

Normalized before comparing, each for a documented reason: the picker's arguments, as the (name, value)
pairs they mean (the chart writes `--pool-name NAME`, ours `--pool-name=NAME`, as for the GAIE charts:
`test_flags_are_single_name_equals_value_tokens`); the `app.kubernetes.io/version` label
(the unpublished chart says 0.0.0; we say the release); the namespace Helm gives namespaced objects the
chart leaves without one; the plugins files of the ConfigMap, compared as parsed YAML (the chart's
`payload-agnostic.yaml` opens with an explanatory comment we do not copy); and one deliberate fix, as for
the GAIE charts: `portSpecification: USE_FIXED_PORT` on the HealthCheckPolicy, without which the GKE CRD
refuses the chart's `port` (`test_our_deliberate_fix_is_a_real_difference`).
"""

from __future__ import annotations

import copy
import shutil
import subprocess

import pytest
import yaml
from conftest import tool
from flagparse import go_flags, intended_flags
from infergw.releases import RELEASES
from infergw.render.pool import EppImage, InferencePoolProps, MonitoringSecret, render_pool_stack
from infergw.render.pool.router import router_args
from infergw.settings import PropsError

ROUTER_RELEASES = tuple(r.id for r in RELEASES.values() if r.chart is not None and r.chart.template == "routerlib")
NAME = "vllm-llama3-8b-instruct"
LABELS = {"app": NAME}
CLUSTER_SCOPED = {"ClusterRole", "ClusterRoleBinding"}


@pytest.fixture(scope="module")
def charts(reference, tmp_path_factory):
    """release -> the `llm-d-router-gateway` chart with its `routerlib` dependency resolved (a copy)."""
    helm = tool("helm")
    root = tmp_path_factory.mktemp("router-charts")
    found = {}
    for release in ROUTER_RELEASES:
        tag = release.rpartition("/")[2]
        source = reference / "llm-d-router" / tag / "config" / "charts"
        if not source.is_dir():
            pytest.skip(f"no llm-d-router {tag} charts in the reference material")
        dest = root / tag
        for chart in ("llm-d-router-gateway", "routerlib"):
            shutil.copytree(source / chart, dest / chart)
        result = subprocess.run(
            [helm, "dependency", "update", str(dest / "llm-d-router-gateway")], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        found[release] = dest / "llm-d-router-gateway"
    return found


def helm_render(charts, release, values, tmp_path, name=NAME, namespace="default"):
    values = copy.deepcopy(values)
    values.setdefault("router", {}).setdefault("modelServers", {}).setdefault("matchLabels", dict(LABELS))
    values_file = tmp_path / "values.yaml"
    values_file.write_text(yaml.safe_dump(values))
    result = subprocess.run(
        [tool("helm"), "template", name, str(charts[release]), "--namespace", namespace, "-f", str(values_file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


def normalize(objects, namespace="default"):
    out = []
    for obj in copy.deepcopy(objects):
        if obj["kind"] == "Deployment":
            for container in obj["spec"]["template"]["spec"]["containers"]:
                container["args"] = intended_flags(container["args"])
        labels = obj["metadata"].get("labels", {})
        if "app.kubernetes.io/version" in labels:
            labels["app.kubernetes.io/version"] = "<version>"
        if obj["kind"] == "ServiceMonitor":
            obj["spec"]["selector"]["matchLabels"]["app.kubernetes.io/version"] = "<version>"
        if obj["kind"] == "HealthCheckPolicy":
            obj["spec"]["default"]["config"]["httpHealthCheck"].pop("portSpecification", None)
        if obj["kind"] == "ConfigMap":
            obj["data"] = {key: yaml.safe_load(text) for key, text in obj["data"].items()}
        if obj["kind"] not in CLUSTER_SCOPED:
            obj["metadata"].setdefault("namespace", namespace)
        out.append(obj)
    return sorted(out, key=lambda o: (o["kind"], o["metadata"]["name"]))


def chart_props(release, **props):
    props.setdefault("profile", "chart-compatible")
    props.setdefault("provider", "none")  # the chart's default (infergw's is gke)
    props.setdefault("match_labels", dict(LABELS))
    return InferencePoolProps(release=release, **props)


ENV = [
    {"name": "ENABLE_EXPERIMENTAL_FEATURE", "value": "true"},
    {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
]
CUSTOM_PLUGINS = """apiVersion: llm-d.ai/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: queue-scorer
"""
FLAGS = {"v": 3, "enable-pprof": False, "kv-cache-usage-percentage-metric": "vllm:kv_cache_usage_perc"}
IMAGE = {
    "registry": "europe-docker.pkg.dev/acme/mirror",
    "repository": "epp-patched",
    "tag": "v0.10.0-acme.1",
    "pullPolicy": "IfNotPresent",
}
TOLERATIONS = [{"key": "dedicated", "operator": "Equal", "value": "epp", "effect": "NoSchedule"}]
AFFINITY = {
    "nodeAffinity": {
        "requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [{"matchExpressions": [{"key": "pool", "operator": "In", "values": ["cpu"]}]}]
        }
    }
}

#: case -> (chart values, our props, release name, namespace).
CASES = {
    "none": ({}, {}),
    "gke": ({"provider": {"name": "gke"}}, {"provider": "gke"}),
    "replicas-1": ({"router": {"epp": {"replicas": 1}}}, {"replicas": 1}),
    "replicas-3": ({"router": {"epp": {"replicas": 3}}}, {"replicas": 3}),
    "gke-replicas-3": (
        {"provider": {"name": "gke"}, "router": {"epp": {"replicas": 3}}},
        {"provider": "gke", "replicas": 3},
    ),
    "flags": ({"router": {"epp": {"flags": FLAGS}}}, {"flags": FLAGS}),
    "target-ports": (
        {"router": {"modelServers": {"targetPorts": [{"number": 8000}, {"number": 8001}, {"number": 8002}]}}},
        {"target_ports": (8000, 8001, 8002)},
    ),
    "eight-ports-gke": (
        {
            "provider": {"name": "gke"},
            "router": {"modelServers": {"targetPorts": [{"number": p} for p in range(9000, 9008)]}},
        },
        {"provider": "gke", "target_ports": tuple(range(9000, 9008))},
    ),
    **{
        f"model-server-{kind}": ({"router": {"modelServers": {"type": kind}}}, {"model_server_type": kind})
        for kind in ("vllm", "sglang", "triton-tensorrt-llm", "trtllm-serve", "triton")
    },
    "prometheus-operator": (
        {"router": {"monitoring": {"prometheus": {"enabled": True}, "provider": {"name": "prometheusoperator"}}}},
        {"prometheus_monitoring": True},
    ),
    # provider none and no monitoring provider named: the chart picks prometheusoperator
    "prometheus-default-provider": (
        {"router": {"monitoring": {"prometheus": {"enabled": True}}}},
        {"prometheus_monitoring": True},
    ),
    "prometheus-operator-on-gke": (
        {
            "provider": {"name": "gke"},
            "router": {"monitoring": {"prometheus": {"enabled": True}, "provider": {"name": "prometheusoperator"}}},
        },
        {"provider": "gke", "prometheus_monitoring": True},
    ),
    # provider gke and no monitoring provider named: the chart picks gmp (Google Managed Prometheus)
    "gmp-legacy-gke": (
        {"provider": {"name": "gke"}, "router": {"monitoring": {"prometheus": {"enabled": True}}}},
        {"provider": "gke", "gke_monitoring": True},
    ),
    "gmp-autopilot": (
        {
            "provider": {"name": "gke"},
            "router": {
                "monitoring": {
                    "interval": "30s",
                    "prometheus": {"enabled": True},
                    "provider": {"name": "gmp", "gmp": {"autopilot": True}},
                }
            },
        },
        {"provider": "gke", "gke_monitoring": True, "autopilot": True, "monitoring_interval": "30s"},
    ),
    "image": (
        {"router": {"epp": {"image": IMAGE}}},
        {
            "image": EppImage(
                registry=IMAGE["registry"],
                repository=IMAGE["repository"],
                tag=IMAGE["tag"],
                pull_policy=IMAGE["pullPolicy"],
            )
        },
    ),
    "payload-agnostic": (
        {"router": {"epp": {"pluginsConfigFile": "payload-agnostic.yaml"}}},
        {"plugins_config_file": "payload-agnostic.yaml"},
    ),
    "all-values": (
        {
            "provider": {"name": "gke"},
            "router": {
                "metricsPort": 9095,
                "extraServicePorts": [{"name": "pprof", "protocol": "TCP", "port": 6060, "targetPort": 6060}],
                "epp": {
                    "replicas": 2,
                    "extProcPort": 9010,
                    "env": ENV,
                    "flags": FLAGS,
                    "pluginsConfigFile": "custom-plugins.yaml",
                    "pluginsCustomConfig": {"custom-plugins.yaml": CUSTOM_PLUGINS},
                    "extraContainerPorts": [{"name": "pprof", "containerPort": 6060, "protocol": "TCP"}],
                    "affinity": AFFINITY,
                    "tolerations": TOLERATIONS,
                },
                "inferencePool": {"failureMode": "FailClose"},
                "modelServers": {"matchLabels": {"app": NAME, "tier": "gpu"}, "targetPorts": [{"number": 8000}]},
                "monitoring": {
                    "interval": "15s",
                    "prometheus": {"enabled": True, "auth": {"secretName": "reader-token"}},
                    "provider": {"name": "prometheusoperator"},
                },
            },
        },
        dict(
            provider="gke",
            metrics_port=9095,
            extra_service_ports=({"name": "pprof", "protocol": "TCP", "port": 6060, "targetPort": 6060},),
            replicas=2,
            ext_proc_port=9010,
            env=tuple(ENV),
            flags=FLAGS,
            plugins_config_file="custom-plugins.yaml",
            plugins_custom_config={"custom-plugins.yaml": CUSTOM_PLUGINS},
            extra_container_ports=({"name": "pprof", "containerPort": 6060, "protocol": "TCP"},),
            affinity=AFFINITY,
            tolerations=tuple(TOLERATIONS),
            failure_mode="FailClose",
            match_labels={"app": NAME, "tier": "gpu"},
            monitoring_interval="15s",
            prometheus_monitoring=True,
            monitoring_secret=MonitoringSecret("reader-token"),
        ),
    ),
}
#: Cases rendered under a non-default release name and namespace (name, namespace).
RENAMED = {
    "gke": ("qwen3-32b-pool", "serving"),
    "gmp-autopilot": ("qwen3-32b-pool", "serving"),
    "all-values": ("qwen3-32b-pool", "llm-serving"),
}


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_objects_equal_helm_template(charts, tmp_path, release, case):
    values, props = CASES[case]
    name, namespace = NAME, "default"
    theirs = helm_render(charts, release, values, tmp_path)
    ours = render_pool_stack(name, chart_props(release, namespace=namespace, **props))
    assert normalize(ours, namespace) == normalize(theirs, namespace)


@pytest.mark.parametrize("case", sorted(RENAMED))
@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_objects_equal_helm_template_renamed(charts, tmp_path, release, case):
    values, props = CASES[case]
    name, namespace = RENAMED[case]
    theirs = helm_render(charts, release, values, tmp_path, name=name, namespace=namespace)
    ours = render_pool_stack(name, chart_props(release, namespace=namespace, **props))
    assert {o["metadata"]["name"] for o in ours} >= {name, f"{name}-epp"}
    assert normalize(ours, namespace) == normalize(theirs, namespace)


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_our_deliberate_fix_is_a_real_difference(charts, tmp_path, release):
    ours = render_pool_stack(NAME, chart_props(release, provider="gke"))
    (health,) = [o for o in ours if o["kind"] == "HealthCheckPolicy"]
    assert health["spec"]["default"]["config"]["httpHealthCheck"]["portSpecification"] == "USE_FIXED_PORT"
    theirs = helm_render(charts, release, {"provider": {"name": "gke"}}, tmp_path)
    (chart_health,) = [o for o in theirs if o["kind"] == "HealthCheckPolicy"]
    assert "portSpecification" not in chart_health["spec"]["default"]["config"]["httpHealthCheck"]


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_version_label_is_a_valid_label_value(release):
    (pool,) = [o for o in render_pool_stack(NAME, chart_props(release)) if o["kind"] == "InferencePool"]
    assert pool["metadata"]["labels"]["app.kubernetes.io/version"] == release.replace("llm-d-router/", "llm-d-router-")


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_flags_are_single_name_equals_value_tokens(release):
    """Go's flag parser reads `--name=value` whole; a bare `false` after `--enable-pprof` would end parsing."""
    args = router_args(NAME, "default", chart_props(release, flags=FLAGS), RELEASES[release])
    assert all(a.startswith("--") and ("=" in a or a == "--ha-enable-leader-election") for a in args), args
    parsed, rest = go_flags(args)
    assert rest == [] and parsed["pool-name"] == NAME and parsed["enable-pprof"] == "false"
    flag_tokens = [a for a in args if a.split("=")[0][2:] in FLAGS]
    assert flag_tokens == [
        "--enable-pprof=false",
        "--kv-cache-usage-percentage-metric=vllm:kv_cache_usage_perc",
        "--v=3",
    ]
    assert "false" not in args and "3" not in args
    assert args[-1] == "--tracing=false"


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_the_plugins_file_is_the_llm_d_endpoint_picker_config(release):
    (config,) = [o for o in render_pool_stack(NAME, chart_props(release)) if o["kind"] == "ConfigMap"]
    for text in config["data"].values():
        parsed = yaml.safe_load(text)
        assert (parsed["apiVersion"], parsed["kind"]) == ("llm-d.ai/v1alpha1", "EndpointPickerConfig")


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_hardened_adds_security_contexts_and_a_pdb_only(release):
    compatible = render_pool_stack(NAME, chart_props(release, replicas=3))
    hardened = render_pool_stack(NAME, chart_props(release, replicas=3, profile="hardened"))
    assert [o["kind"] for o in hardened] == [o["kind"] for o in compatible] + ["PodDisruptionBudget"]
    (deployment,) = [o for o in hardened if o["kind"] == "Deployment"]
    pod = deployment["spec"]["template"]["spec"]
    assert pod.pop("securityContext")["runAsNonRoot"] is True
    assert pod["containers"][0].pop("securityContext")["capabilities"] == {"drop": ["ALL"]}
    assert hardened[: len(compatible)] == compatible


@pytest.mark.parametrize(
    ("props", "field"),
    [
        ({"gke_monitoring": True, "prometheus_monitoring": True}, "gke_monitoring"),
        ({"target_port_number": 8001}, "target_port_number"),
        ({"enable_leader_election": True}, "enable_leader_election"),
        ({"plugins_custom_config": {"payload-agnostic.yaml": CUSTOM_PLUGINS}}, "plugins_custom_config"),
        ({"plugins_config_file": "missing.yaml"}, "plugins_config_file"),
        ({"env": {"A": "1"}}, "env"),
        ({"target_ports": tuple(range(8000, 8009))}, "target_ports"),
    ],
)
def test_values_the_router_chart_cannot_take_are_refused(props, field):
    with pytest.raises(PropsError) as error:
        render_pool_stack(NAME, chart_props(ROUTER_RELEASES[-1], **props))
    assert error.value.field == field


# --- every value of the chart: a property with the chart's default, or a documented reason ---------------

DEFAULTS = InferencePoolProps(match_labels=dict(LABELS), release=ROUTER_RELEASES[-1])
#: values.yaml path -> our default for it (per release).
ROUTER_VALUE_DEFAULTS = {
    "router.extraServicePorts": lambda r: list(DEFAULTS.extra_service_ports),
    "router.epp.replicas": lambda r: DEFAULTS.replicas,
    "router.epp.image.registry": lambda r: DEFAULTS.image.registry or r.image.registry,
    "router.epp.image.repository": lambda r: DEFAULTS.image.repository or r.image.repository,
    "router.epp.image.tag": lambda r: DEFAULTS.image.tag or r.image.tag,
    "router.epp.image.pullPolicy": lambda r: DEFAULTS.image.pull_policy or r.image.pull_policy,
    "router.epp.extProcPort": lambda r: DEFAULTS.ext_proc_port,
    "router.epp.env": lambda r: list(DEFAULTS.env),
    "router.epp.pluginsConfigFile": lambda r: DEFAULTS.plugins_config_file,
    "router.epp.pluginsCustomConfig": lambda r: dict(DEFAULTS.plugins_custom_config),
    "router.epp.extraContainerPorts": lambda r: list(DEFAULTS.extra_container_ports),
    "router.epp.resources.requests.cpu": lambda r: r.chart.default_resources["requests"]["cpu"],
    "router.epp.resources.requests.memory": lambda r: r.chart.default_resources["requests"]["memory"],
    "router.epp.resources.limits.memory": lambda r: r.chart.default_resources["limits"]["memory"],
    "router.epp.affinity": lambda r: dict(DEFAULTS.affinity),
    "router.epp.tolerations": lambda r: list(DEFAULTS.tolerations),
    "router.monitoring.interval": lambda r: DEFAULTS.monitoring_interval,
    "router.monitoring.provider.name": lambda r: "",  # unset: gke_monitoring / prometheus_monitoring pick it
    "router.monitoring.provider.gmp.autopilot": lambda r: DEFAULTS.autopilot,
    "router.monitoring.prometheus.enabled": lambda r: DEFAULTS.prometheus_monitoring or DEFAULTS.gke_monitoring,
    "router.monitoring.prometheus.auth.secretName": lambda r: DEFAULTS.monitoring_secret.name,
    "router.inferencePool.failureMode": lambda r: DEFAULTS.failure_mode or r.chart.default_failure_mode,
    "router.modelServers.type": lambda r: DEFAULTS.model_server_type,
    "router.modelServers.targetPorts": lambda r: [{"number": p} for p in DEFAULTS.target_ports],
}
#: values.yaml paths (or prefixes) the props do not express, and why.
ROUTER_NOT_EXPRESSED = {
    "router.clusterDomain": "used only by the standalone chart's proxy in service mode",
    "router.epp.parsers": "request parsers: write a plugins file (plugins_custom_config) instead",
    "router.epp.metricsDataSource": "scrape scheme/path of the model servers: a plugins file expresses it",
    "router.epp.resources": "the chart's resources are a release fact (ChartFacts.default_resources), not a setting",
    "router.epp.podAnnotations": "annotation-based scraping; infergw collects with PodMonitoring/ServiceMonitor",
    "router.proxy": "the proxy sidecar belongs to llm-d-router-standalone, not the gateway chart",
    "router.tokenizer": "the vLLM render sidecar is not rendered (no props yet)",
    "router.latencyPredictor": "the latency-predictor sidecars are not rendered (no props yet)",
    "router.tracing": "OpenTelemetry tracing is not rendered (--tracing=false, as the chart's default)",
    "router.monitoring.prometheus.auth.enabled": "metrics stay authenticated (no --metrics-endpoint-auth=false)",
    "router.monitoring.prometheus.extraLabels": "ServiceMonitor extra labels: not a property yet",
    "router.inferencePool.create": "false is the standalone mode; the gateway chart's pool is always created",
    "router.inferenceObjectives": "objectives are InferenceObjective constructs (config pools[].objectives)",
    "router.modelServers.protocol": "grpc (h2c pool, gRPC health check) is not a property yet: http only",
    "router.modelServers": "matchLabels is required (match_labels); the gateway chart's values leave it empty",
    "provider.name": "infergw's default is gke (the chart's none); provider is a property",
    "provider.istio": "provider istio is not supported",
    "provider.gke.preferredBackends": "v0.10.0's StatefulSet with preferred/backup Services is not rendered",
    "httpRoute": "the route is InferenceRoute (config route:)",
}


def _router_values(reference, release):
    tag = release.rpartition("/")[2]
    charts = reference / "llm-d-router" / tag / "config" / "charts"
    library = yaml.safe_load((charts / "routerlib" / "values.yaml").read_text())
    gateway = yaml.safe_load((charts / "llm-d-router-gateway" / "values.yaml").read_text())
    return {**gateway, "router": {**library, **{k: v for k, v in (gateway.get("router") or {}).items() if v}}}


def _leaves(values, prefix=""):
    for key, value in values.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            yield from _leaves(value, f"{path}.")
        else:
            yield path, value


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_every_router_value_is_a_property_with_the_charts_default_or_a_reason(reference, release):
    for path, chart_default in _leaves(_router_values(reference, release)):
        if path in ROUTER_VALUE_DEFAULTS:
            ours = ROUTER_VALUE_DEFAULTS[path](RELEASES[release])
            assert ours == chart_default, f"{release}: {path} defaults to {chart_default!r}, {ours!r} here"
        else:
            assert any(path == p or path.startswith(p + ".") for p in ROUTER_NOT_EXPRESSED), f"{release}: {path}"


def _errors(objects, release, **options_):
    from infergw.validation import ValidationOptions, validate_objects

    options = ValidationOptions(inference_release=release, allow_external_refs=True, **options_)
    found = validate_objects(((f"{o['kind']}/{o['metadata']['name']}", o) for o in objects), options)
    # The catalogue has no prometheus-operator ServiceMonitor CRD (the reference carries only PrometheusRule).
    return [f for f in found if f.severity == "error" and (f.kind, f.rule) != ("ServiceMonitor", "unknown-kind")]


@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_our_objects_pass_the_validator(release, case):
    _, props = CASES[case]
    assert [f.as_text() for f in _errors(render_pool_stack(NAME, chart_props(release, **props)), release)] == []


@pytest.mark.parametrize("release", ROUTER_RELEASES)
def test_the_charts_health_check_is_rejected(charts, tmp_path, release):
    """The reason for portSpecification, as for the GAIE charts: the current GKE CRD's unguarded CEL rules
    refuse the chart's HealthCheckPolicy (one finding carrying the fix; GKE 1.33's guarded CRD accepts it)."""
    theirs = helm_render(charts, release, {"provider": {"name": "gke"}}, tmp_path)
    health = [o for o in theirs if o["kind"] == "HealthCheckPolicy"]
    problems = _errors(health, release, healthcheck_crd="unguarded")
    assert [(p.kind, p.path, p.rule) for p in problems] == [
        ("HealthCheckPolicy", "spec.default.config.httpHealthCheck", "healthcheck/port-specification")
    ]
    assert "set portSpecification: USE_FIXED_PORT" in problems[0].message
    assert _errors(health, release, healthcheck_crd="guarded") == []
    ours = [
        o for o in render_pool_stack(NAME, chart_props(release, provider="gke")) if o["kind"] == "HealthCheckPolicy"
    ]
    assert _errors(ours, release, healthcheck_crd="unguarded") == []
