"""InferencePoolStack: chart defaults as property defaults, release data against the CRDs, and the
construction-time refusals (the objects themselves are pinned by the parity and fixture tests)."""

from __future__ import annotations

from dataclasses import fields

import pytest
import yaml
from infergw.catalogue import load_crd
from infergw.cdk.chart import Chart
from infergw.cdk.pool import InferencePoolStack
from infergw.cdk.runtime import cdk8s
from infergw.errors import ConstructError
from infergw.releases import POOL_V1, POOL_V1ALPHA2, RELEASES
from infergw.render.pool import EppImage, InferencePoolProps, MonitoringSecret
from infergw.render.pool.checks import COMMON_VALUES

DEFAULTS = InferencePoolProps(match_labels={"app": "x"}, release="v1.0.2")


def _flags(values):
    return tuple((f["name"], f["value"]) for f in values)


#: values.yaml path -> what our default for it is, per release (``release`` is the ChartRelease).
VALUE_DEFAULTS = {
    "inferenceExtension.replicas": lambda release: DEFAULTS.replicas,
    "inferenceExtension.image.name": lambda release: DEFAULTS.image.name or release.image.repository.split("/")[-1],
    "inferenceExtension.image.hub": lambda release: (
        DEFAULTS.image.hub or f"{release.image.registry}/{release.image.repository.rpartition('/')[0]}"
    ),
    "inferenceExtension.image.tag": lambda release: DEFAULTS.image.tag or release.image.tag,
    "inferenceExtension.image.pullPolicy": lambda release: DEFAULTS.image.pull_policy or release.image.pull_policy,
    "inferenceExtension.extProcPort": lambda release: DEFAULTS.ext_proc_port,
    "inferenceExtension.env": lambda release: list(DEFAULTS.env),
    "inferenceExtension.pluginsConfigFile": lambda release: DEFAULTS.plugins_config_file,
    "inferenceExtension.extraContainerPorts": lambda release: list(DEFAULTS.extra_container_ports),
    "inferenceExtension.extraServicePorts": lambda release: list(DEFAULTS.extra_service_ports),
    "inferenceExtension.flags": lambda release: [
        {"name": n, "value": v} for n, v in (DEFAULTS.flags or dict(release.chart.default_flags)).items()
    ],
    # v1.2 on: the flags are a map, so each flag is a leaf of its own
    "inferenceExtension.flags.v": lambda release: (DEFAULTS.flags or dict(release.chart.default_flags))["v"],
    "inferenceExtension.monitoring.prometheus.auth.secretName": lambda release: DEFAULTS.monitoring_secret.name,
    "inferenceExtension.monitoring.prometheus.auth.enabled": lambda release: DEFAULTS.prometheus_auth,
    "inferenceExtension.monitoring.prometheus.extraLabels": lambda release: dict(DEFAULTS.prometheus_extra_labels),
    "inferenceExtension.failureMode": lambda release: DEFAULTS.failure_mode or release.chart.default_failure_mode,
    "inferenceExtension.resources.requests.cpu": lambda release: release.chart.default_resources["requests"]["cpu"],
    "inferenceExtension.resources.requests.memory": lambda release: release.chart.default_resources["requests"][
        "memory"
    ],
    "inferenceExtension.resources.limits.memory": lambda release: release.chart.default_resources["limits"]["memory"],
    "inferenceExtension.image.registry": lambda release: DEFAULTS.image.registry or release.image.registry,
    "inferenceExtension.image.repository": lambda release: DEFAULTS.image.repository or release.image.repository,
    "inferencePool.modelServerProtocol": lambda release: DEFAULTS.model_server_protocol,
    "inferenceExtension.affinity": lambda release: dict(DEFAULTS.affinity),
    "inferenceExtension.tolerations": lambda release: list(DEFAULTS.tolerations),
    "inferenceExtension.monitoring.interval": lambda release: DEFAULTS.monitoring_interval,
    "inferenceExtension.monitoring.secret.name": lambda release: DEFAULTS.monitoring_secret.name,
    "inferenceExtension.monitoring.prometheus.enabled": lambda release: DEFAULTS.prometheus_monitoring,
    "inferenceExtension.monitoring.gke.enabled": lambda release: DEFAULTS.gke_monitoring,
    "inferencePool.targetPortNumber": lambda release: DEFAULTS.target_port_number or DEFAULTS.target_ports[0],
    "inferencePool.targetPorts": lambda release: [{"number": p} for p in DEFAULTS.target_ports],
    "inferencePool.modelServerType": lambda release: DEFAULTS.model_server_type,
    "inferencePool.apiVersion": lambda release: DEFAULTS.api_version or release.pool_api_versions[0],
    "provider.gke.autopilot": lambda release: DEFAULTS.autopilot,
    "gke.monitoringSecret.name": lambda release: DEFAULTS.monitoring_secret.name,
    "gke.monitoringSecret.namespace": lambda release: DEFAULTS.monitoring_secret.namespace,
}
#: values.yaml entries with no property, or whose infergw default differs, and why.
NOT_PROPERTIES = {
    "provider.name": "infergw's default is gke (the chart's none): it builds for GKE; provider is a property",
    "istio.destinationRule.host": "provider istio is not supported",
    "istio.destinationRule.trafficPolicy": "provider istio is not supported",
    "inferencePool.parser": "v1.5: infergw leaves the parser to the picker's auto-selection (a gRPC vLLM gets the "
    "chart's vllmgrpc-parser); another parser goes in a custom plugins file",
}
#: values.yaml subtrees with no property, and why.
NOT_PROPERTY_PREFIXES = {
    "inferenceExtension.tracing.": "tracing is not offered: the picker runs with --tracing=false",
    "inferenceExtension.sidecar.": "sidecar containers are not offered",
    "inferenceExtension.latencyPredictor.": "the latency predictor (training and prediction servers) is not offered",
    "inferenceExtension.metricsDataSource.": "v1.5: the plugins file's metrics data source keeps the chart's defaults; "
    "a custom plugins file (plugins_custom_config) sets others",
    "provider.istio.": "provider istio is not supported",
    "experimentalHttpRoute.": "routes are InferenceRoute objects, not part of the pool stack",
    "inferenceObjectives": "objectives are InferenceObjective objects (the objectives config section)",
}


def leaves(values, prefix=""):
    for key, value in values.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            yield from leaves(value, f"{path}.")
        else:
            yield path, value


def test_provider_default_is_gke_where_the_chart_says_none():
    assert DEFAULTS.provider == "gke"


@pytest.mark.parametrize(
    "release",
    [r for r, facts in RELEASES.items() if facts.chart is not None and facts.chart.template == "inferencepool"],
)
def test_every_values_yaml_entry_is_a_property_with_the_charts_default(reference, release):
    # GAIE's inferencepool chart; llm-d-router's routerlib values are checked in test_router_parity.py.
    values = yaml.safe_load(
        (
            reference / "inference-extension" / release / "config" / "charts" / "inferencepool" / "values.yaml"
        ).read_text()
    )
    for path, chart_default in leaves(values):
        if path in NOT_PROPERTIES or path.startswith(tuple(NOT_PROPERTY_PREFIXES)):
            continue
        assert path in VALUE_DEFAULTS, f"{release}: values.yaml has {path}, which no property mirrors"
        ours = VALUE_DEFAULTS[path](RELEASES[release])
        if isinstance(chart_default, str):
            chart_default = chart_default.strip()
        assert ours == chart_default, f"{release}: {path} defaults to {chart_default!r} in the chart, {ours!r} here"


@pytest.mark.parametrize("release", ["v1.0.0", "v1.0.2"])
def test_target_port_limit_is_the_crds(release):
    crd = load_crd(f"inference-extension/{release}/inference.networking.k8s.io_inferencepools.yaml")
    (version,) = crd["spec"]["versions"]
    ports = version["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]["targetPorts"]
    assert RELEASES[release].chart.max_target_ports == ports["maxItems"]


def test_release_values_name_real_properties():
    names = {f.name for f in fields(InferencePoolProps)}
    for release in RELEASES.values():
        if release.chart is not None:
            assert (COMMON_VALUES | release.chart.values) <= names


@pytest.fixture
def chart():
    return Chart(cdk8s.App(), "c")


def pool(chart, name="p", **props):
    # The v1.0.2 chart's values (the release of the source documents) unless a case names another.
    return InferencePoolStack(
        chart, "pool", name, InferencePoolProps(**{"match_labels": {"app": "p"}, "release": "v1.0.2", **props})
    )


@pytest.mark.parametrize(
    ("name", "props", "message"),
    [
        # a value the release's chart does not read is refused, with the releases that do read it
        (
            "p",
            {"release": "v0.3.0", "env": ({"name": "A", "value": "1"},)},
            r"c/pool: env=.*the chart of release v0.3.0 has no such value \(releases with it: v1.0.0, v1.0.2, v1.1.0, "
            r"v1.2.1, v1.3.1, v1.4.0, v1.5.0, llm-d-router/v0.9.0, llm-d-router/v0.10.0\)",
        ),
        (
            "p",
            {"release": "v1.0.0", "gke_monitoring": True},
            r"gke_monitoring=True: the chart of release v1.0.0 has no such value \(releases with it: v1.0.2, v1.1.0, "
            r"v1.2.1, llm-d-router/v0.9.0, llm-d-router/v0.10.0\)",
        ),
        ("p", {"enable_leader_election": True}, r"enable_leader_election=True: .*releases with it: v1.0.0"),
        # names: the picker's Service is named after the pool (DNS-1035 label), Helm caps release names at 53
        ("Pool", {}, r"name='Pool': use at most 53 lower-case letters"),
        ("9pool", {}, r"name='9pool'"),
        ("p" * 54, {}, r"name='p{54}'"),
        ("p", {"namespace": "Serving"}, r"namespace='Serving'"),
        ("p", {"match_labels": {"app": "has space"}}, r"match_labels\['app'\]='has space': expected a label value"),
        ("p", {"match_labels": {"-bad": "x"}}, r"match_labels\['-bad'\]='x': the key '-bad' is not a label key"),
        ("p", {"match_labels": {f"k{i}": "v" for i in range(65)}}, r"at most 64 entries allowed, got 65"),
        (
            "p",
            {"api_version": "inference.networking.k8s.io/v2"},
            r"api_version='inference.networking.k8s.io/v2': expected one of inference.networking.x-k8s.io/v1alpha2, "
            r"inference.networking.k8s.io/v1",
        ),
        (
            "p",
            {"plugins_config_file": "mine.yaml"},
            r"plugins_config_file='mine.yaml': .*add the file to plugins_custom_config",
        ),
        ("p", {"plugins_custom_config": {"default-plugins.yaml": "x"}}, r"the chart already ships this file"),
        ("p", {"env": ({"value": "1"},)}, r"env=\{'value': '1'\}: give container env entries with a name"),
        ("p", {"extra_service_ports": ({"name": "x"},)}, r"extra_service_ports=.*'port'"),
        ("p", {"monitoring_interval": "10 seconds"}, r"monitoring_interval='10 seconds'"),
        (
            "p",
            {"monitoring_secret": MonitoringSecret(namespace="monitoring")},
            r"monitoring_secret.namespace='monitoring': release v1.0.2 creates the Secret",
        ),
        ("p", {"image": EppImage(pull_policy="Sometimes")}, r"image.pull_policy='Sometimes'"),
        ("p", {"replicas": True}, r"replicas=True"),
        ("p", {"provider": "istio"}, r"provider='istio': expected one of none, gke"),
        ("p", {"failure_mode": "FailSoft"}, r"failure_mode='FailSoft'"),
        (
            "p",
            {"model_server_type": "tgi"},
            r"model_server_type='tgi': expected one of sglang, triton, triton-tensorrt-llm, trtllm-serve, vllm",
        ),
        # the two spellings of the image path at once
        (
            "p",
            {"image": EppImage(hub="mirror.example.com/epp", registry="mirror.example.com")},
            r"give hub and name \(the charts up to v1.4\) or registry and repository \(v1.5 on\), not both",
        ),
        # a type a newer release's chart supports, on a release whose chart does not
        (
            "p",
            {"model_server_type": "sglang"},
            r"model_server_type='sglang': release v1.0.2 supports vllm, triton-tensorrt-llm",
        ),
    ],
)
def test_pool_stack_refuses(chart, name, props, message):
    with pytest.raises(ConstructError, match=message):
        pool(chart, name, **props)


def test_long_names_are_truncated_as_the_chart_does(chart):
    name = "a" * 53
    stack = pool(chart, name, namespace="n" * 63)
    assert stack.epp_name == "a" * 40 + "-epp"
    (cluster_role,) = [o for o in stack.objects if o["kind"] == "ClusterRole"]
    assert cluster_role["metadata"]["name"] == ("a" * 40 + "-" + "n" * 40 + "-epp")[:84]


def test_env_mapping_form_becomes_entries(chart):
    stack = pool(chart, env={"ENABLE_EXPERIMENTAL_FEATURE": "true"})
    (deployment,) = [o for o in stack.objects if o["kind"] == "Deployment"]
    assert deployment["spec"]["template"]["spec"]["containers"][0]["env"][1:] == [
        {"name": "ENABLE_EXPERIMENTAL_FEATURE", "value": "true"}
    ]


@pytest.mark.parametrize(("api_version", "port"), [(POOL_V1, 8001), (POOL_V1ALPHA2, 8002)])
def test_pool_ref_carries_the_served_port_and_selector(chart, api_version, port):
    ref = pool(chart, api_version=api_version, target_ports=(8001,), target_port_number=8002).pool_ref
    assert (ref.api_version, ref.target_port, ref.match_labels, ref.release, ref.namespace) == (
        api_version,
        port,
        {"app": "p"},
        "v1.0.2",
        "default",
    )
