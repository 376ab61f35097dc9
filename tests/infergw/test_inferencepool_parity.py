"""Parity with the upstream `inferencepool` chart: `helm template` on the reference chart of each
release renders the same objects as InferencePoolStack for the same values (from v1.4 the chart is
built on the `epplib` library chart, resolved offline with `helm dependency update` on a copy).

Normalized before comparing, each for a documented reason (see the infergw.cdk.pool docstring):
the `app.kubernetes.io/version` label (the unpublished chart says 0.0.0; we say the release); the
namespace Helm gives namespaced objects the chart leaves without one; the picker's arguments as
(name, value) pairs (the charts write `--name value`, we write `--name=value`, the form Go parses for
booleans: test_the_charts_boolean_flag_ends_go_parsing; the v1.4+ SGLang/trtllm-serve metric names
the chart wraps in literal quotes: test_charts_quote_some_metric_names_literally); the plugins files
as parsed YAML; and the deliberate fixes:
`portSpecification: USE_FIXED_PORT` on the HealthCheckPolicy, v0.3.0's missing ClusterRoleBinding
`roleRef.apiGroup`, and v1.0.0's policies that target the v1 group even for a v1alpha2 pool (ours
follow the pool's group). `test_every_difference_is_a_documented_fix` shows each of these is real.
"""

from __future__ import annotations

import atexit
import copy
import dataclasses
import functools
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import yaml
from conftest import tool
from flagparse import go_flags, intended_flags
from infergw.cdk.chart import Chart
from infergw.cdk.pool import InferencePoolStack
from infergw.cdk.runtime import cdk8s
from infergw.errors import ConstructError
from infergw.releases import POOL_V1ALPHA2, RELEASES
from infergw.render.pool import EppImage, InferencePoolProps, MonitoringSecret, render_pool_stack
from infergw.render.pool.checks import COMMON_VALUES
from infergw.settings import PropsError

NAME = "vllm-llama3-8b-instruct"
LABELS = {"app": NAME}

CASES = {
    "gke": ({"provider.name": "gke"}, {"provider": "gke"}),
    "none": ({}, {}),
    "ha": ({"inferenceExtension.replicas": "3"}, {"replicas": 3}),
    "alpha-pool": (
        {"inferencePool.apiVersion": "inference.networking.x-k8s.io/v1alpha2", "provider.name": "gke"},
        {"api_version": "inference.networking.x-k8s.io/v1alpha2", "provider": "gke"},
    ),
    "gke-monitoring": (
        {"provider.name": "gke", "inferenceExtension.monitoring.gke.enabled": "true", "provider.gke.autopilot": "true"},
        {"provider": "gke", "gke_monitoring": True, "autopilot": True},
    ),
    "triton": ({"inferencePool.modelServerType": "triton-tensorrt-llm"}, {"model_server_type": "triton-tensorrt-llm"}),
}
#: The releases with GAIE's `inferencepool` chart (llm-d-router's `llm-d-router-gateway`: test_router_parity).
GAIE_CHART_RELEASES = tuple(
    r for r, facts in RELEASES.items() if facts.chart is not None and facts.chart.template == "inferencepool"
)
#: Which cases each release's chart supports.
SUPPORTED = {
    "v0.3.0": ("gke", "none"),
    "v1.0.0": ("gke", "none", "alpha-pool", "triton"),
    "v1.0.2": ("gke", "none", "ha", "alpha-pool", "gke-monitoring", "triton"),
}


@functools.cache
def chart_dir(reference, release):
    """The release's `inferencepool` chart, ready for `helm template`. From v1.4 it depends on the
    `epplib` library chart (`file://../epplib`): a copy of both gets it resolved offline."""
    charts = reference / "inference-extension" / release / "config" / "charts"
    if not (charts / "epplib").is_dir():
        return charts / "inferencepool"
    copy_root = Path(tempfile.mkdtemp(prefix=f"infergw-{release}-charts-"))
    atexit.register(shutil.rmtree, copy_root, ignore_errors=True)
    for chart in ("inferencepool", "epplib"):
        shutil.copytree(charts / chart, copy_root / chart)
    result = subprocess.run(
        [tool("helm"), "dependency", "update", "--skip-refresh", str(copy_root / "inferencepool")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return copy_root / "inferencepool"


def helm_objects(reference, release, values):
    chart = chart_dir(reference, release)
    argv = [
        tool("helm"),
        "template",
        NAME,
        str(chart),
        "--namespace",
        "default",
        "--set",
        f"inferencePool.modelServers.matchLabels.app={NAME}",
    ]
    for key, value in values.items():
        argv += ["--set", f"{key}={value}"]
    result = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


#: Kinds the chart renders that have no namespace.
CLUSTER_SCOPED = {"ClusterRole", "ClusterRoleBinding", "ClusterPodMonitoring"}


def picker_flags(args):
    """A picker's arguments as the (name, value) pairs they mean. The charts write `--name value`
    (and ours `--name=value`, which Go parses for booleans too: see test_flags_parse_as_go_reads_them);
    the v1.4/v1.5 SGLang and trtllm-serve flags carry literal double quotes in the chart, which would
    reach the picker as part of the metric name (ours write the name alone:
    test_charts_quote_some_metric_names_literally)."""
    return [
        (name, value[1:-1] if len(value) > 1 and value[0] == value[-1] == '"' else value)
        for name, value in intended_flags(args)
    ]


def normalize(objects, release, namespace="default"):
    out = []
    for obj in copy.deepcopy(objects):
        if obj["kind"] == "Deployment":
            for container in obj["spec"]["template"]["spec"]["containers"]:
                container["args"] = picker_flags(container["args"])
        if obj["kind"] == "ConfigMap":  # the plugins files as what they say, not how the YAML is spaced
            obj["data"] = {key: yaml.safe_load(text) for key, text in obj["data"].items()}
        if release == "v1.0.0" and obj["kind"] in ("HealthCheckPolicy", "GCPBackendPolicy"):
            # v1.0.0's chart always targets the v1 group, even for a v1alpha2 pool; we target the pool's group.
            obj["spec"]["targetRef"]["group"] = "<pool group>"
        labels = obj["metadata"].get("labels", {})
        if "app.kubernetes.io/version" in labels:
            labels["app.kubernetes.io/version"] = "<version>"
        if obj["kind"] == "ServiceMonitor":
            obj["spec"]["selector"]["matchLabels"]["app.kubernetes.io/version"] = "<version>"
        if obj["kind"] == "HealthCheckPolicy" and "httpHealthCheck" in obj["spec"]["default"].get("config", {}):
            obj["spec"]["default"]["config"]["httpHealthCheck"].pop("portSpecification", None)
        if obj["kind"] == "ClusterRoleBinding" and release == "v0.3.0":
            obj["roleRef"].pop("apiGroup", None)
        if obj["kind"] not in CLUSTER_SCOPED:
            # `helm install` puts namespaced objects the chart leaves without a namespace in the release namespace.
            obj["metadata"].setdefault("namespace", namespace)
        out.append(obj)
    return sorted(out, key=lambda o: (o["kind"], o["metadata"]["name"]))


@pytest.mark.parametrize(("release", "case"), [(r, c) for r, cases in SUPPORTED.items() for c in cases])
def test_objects_equal_helm_template(reference, release, case):
    values, props = CASES[case]
    ours = render_pool_stack(NAME, chart_props(match_labels=LABELS, release=release, **props))
    theirs = helm_objects(reference, release, values)
    assert normalize(ours, release) == normalize(theirs, release)


@pytest.mark.parametrize("release", sorted(SUPPORTED))
def test_our_deliberate_fixes_are_the_only_differences(reference, release):
    ours = render_pool_stack(NAME, chart_props(match_labels=LABELS, release=release, provider="gke"))
    (health,) = [o for o in ours if o["kind"] == "HealthCheckPolicy"]
    assert health["spec"]["default"]["config"]["httpHealthCheck"]["portSpecification"] == "USE_FIXED_PORT"
    (theirs,) = [
        o for o in helm_objects(reference, release, {"provider.name": "gke"}) if o["kind"] == "HealthCheckPolicy"
    ]
    assert "portSpecification" not in theirs["spec"]["default"]["config"]["httpHealthCheck"]


# --- every chart value, through a values file -----------------------------------------------------


def chart_props(**props):
    """Props for the chart-compatible output (the hardened profile, where it exists, adds to it)."""
    props.setdefault("profile", "chart-compatible")
    props.setdefault("provider", "none")  # the chart's default (infergw's is gke)
    return InferencePoolProps(**props)


def helm_render(reference, release, values, namespace, tmp_path, name=NAME):
    """`helm template` with a values file (nested values such as lists of ports and env entries)."""
    chart = chart_dir(reference, release)
    values_file = tmp_path / f"values-{release}.yaml"
    values_file.write_text(yaml.safe_dump(values))
    result = subprocess.run(
        [tool("helm"), "template", name, str(chart), "--namespace", namespace, "-f", str(values_file)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return [d for d in yaml.safe_load_all(result.stdout) if d]


CUSTOM_PLUGINS = """apiVersion: inference.networking.x-k8s.io/v1alpha1
kind: EndpointPickerConfig
plugins:
- type: queue-scorer
schedulingProfiles:
- name: default
  plugins:
  - pluginRef: queue-scorer
"""
ENV = [
    {"name": "ENABLE_EXPERIMENTAL_FEATURE", "value": "true"},
    {"name": "POD_IP", "valueFrom": {"fieldRef": {"fieldPath": "status.podIP"}}},
]
EXTRA_CONTAINER_PORTS = [{"name": "pprof", "containerPort": 6060, "protocol": "TCP"}]
EXTRA_SERVICE_PORTS = [{"name": "pprof", "protocol": "TCP", "port": 6060, "targetPort": 6060}]
IMAGE = {
    "hub": "europe-docker.pkg.dev/acme/mirror",
    "name": "epp-patched",
    "tag": "v1.0.2-acme.1",
    "pullPolicy": "IfNotPresent",
}

#: (release, case) -> (namespace, chart values, our props): each chart value set away from its default.
VALUE_CASES = {
    ("v0.3.0", "all-values"): (
        "serving",
        {
            "inferenceExtension": {
                "replicas": 2,
                "image": {**IMAGE, "tag": "v0.3.0-acme.1", "pullPolicy": "Always"},
                "metricsPort": 9095,
            },
            "inferencePool": {"targetPortNumber": 9000, "modelServers": {"matchLabels": {"app": NAME, "tier": "gpu"}}},
            "provider": {"name": "gke"},
            "gke": {"monitoringSecret": {"name": "reader-token", "namespace": "monitoring"}},
        },
        dict(
            release="v0.3.0",
            namespace="serving",
            provider="gke",
            replicas=2,
            metrics_port=9095,
            target_port_number=9000,
            match_labels={"app": NAME, "tier": "gpu"},
            image=EppImage(IMAGE["hub"], IMAGE["name"], "v0.3.0-acme.1", "Always"),
            monitoring_secret=MonitoringSecret("reader-token", "monitoring"),
        ),
    ),
    ("v1.0.0", "all-values"): (
        "serving",
        {
            "inferenceExtension": {
                "replicas": 2,
                "enableLeaderElection": True,
                "image": IMAGE,
                "extProcPort": 9010,
                "metricsPort": 9095,
                "env": ENV,
                "flags": [{"name": "v", "value": 3}, {"name": "grpc-port", "value": 9010}],
                "pluginsConfigFile": "custom-plugins.yaml",
                "pluginsCustomConfig": {"custom-plugins.yaml": CUSTOM_PLUGINS},
                "extraContainerPorts": EXTRA_CONTAINER_PORTS,
                "extraServicePorts": EXTRA_SERVICE_PORTS,
            },
            "inferencePool": {
                "targetPorts": [{"number": 9000}],
                "targetPortNumber": 9000,
                "modelServerType": "triton-tensorrt-llm",
                "modelServers": {"matchLabels": {"app": NAME}},
            },
            "provider": {"name": "gke"},
            "gke": {"monitoringSecret": {"name": "reader-token", "namespace": "monitoring"}},
        },
        dict(
            release="v1.0.0",
            namespace="serving",
            provider="gke",
            replicas=2,
            enable_leader_election=True,
            image=EppImage(IMAGE["hub"], IMAGE["name"], IMAGE["tag"], "IfNotPresent"),
            ext_proc_port=9010,
            metrics_port=9095,
            env=tuple(ENV),
            flags={"v": 3, "grpc-port": 9010},
            plugins_config_file="custom-plugins.yaml",
            plugins_custom_config={"custom-plugins.yaml": CUSTOM_PLUGINS},
            extra_container_ports=tuple(EXTRA_CONTAINER_PORTS),
            extra_service_ports=tuple(EXTRA_SERVICE_PORTS),
            target_ports=(9000,),
            target_port_number=9000,
            model_server_type="triton-tensorrt-llm",
            match_labels=LABELS,
            monitoring_secret=MonitoringSecret("reader-token", "monitoring"),
        ),
    ),
    ("v1.0.0", "alpha-pool-values"): (
        "default",
        {
            "inferenceExtension": {"extProcPort": 9010, "failureMode": "FailOpen"},
            "inferencePool": {
                "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
                "targetPortNumber": 9000,
                "modelServers": {"matchLabels": LABELS},
            },
            "provider": {"name": "gke"},
        },
        dict(
            release="v1.0.0",
            provider="gke",
            api_version="inference.networking.x-k8s.io/v1alpha2",
            ext_proc_port=9010,
            failure_mode="FailOpen",
            target_port_number=9000,
            match_labels=LABELS,
        ),
    ),
    ("v1.0.2", "all-values"): (
        "serving",
        {
            "inferenceExtension": {
                "replicas": 3,
                "image": IMAGE,
                "extProcPort": 9010,
                "metricsPort": 9095,
                "env": ENV,
                "flags": [{"name": "v", "value": 3}, {"name": "enable-pprof", "value": True}],
                "pluginsConfigFile": "custom-plugins.yaml",
                "pluginsCustomConfig": {"custom-plugins.yaml": CUSTOM_PLUGINS},
                "extraContainerPorts": EXTRA_CONTAINER_PORTS,
                "extraServicePorts": EXTRA_SERVICE_PORTS,
                "monitoring": {
                    "interval": "30s",
                    "secret": {"name": "epp-metrics-token"},
                    "prometheus": {"enabled": True},
                    "gke": {"enabled": True},
                },
            },
            "inferencePool": {
                "targetPorts": [{"number": 9000}],
                "targetPortNumber": 9000,
                "modelServerType": "triton-tensorrt-llm",
                "modelServers": {"matchLabels": {"app": NAME, "tier": "gpu"}},
            },
            "provider": {"name": "gke", "gke": {"autopilot": True}},
        },
        dict(
            release="v1.0.2",
            namespace="serving",
            provider="gke",
            replicas=3,
            image=EppImage(IMAGE["hub"], IMAGE["name"], IMAGE["tag"], "IfNotPresent"),
            ext_proc_port=9010,
            metrics_port=9095,
            env=tuple(ENV),
            flags={"v": 3, "enable-pprof": True},
            plugins_config_file="custom-plugins.yaml",
            plugins_custom_config={"custom-plugins.yaml": CUSTOM_PLUGINS},
            extra_container_ports=tuple(EXTRA_CONTAINER_PORTS),
            extra_service_ports=tuple(EXTRA_SERVICE_PORTS),
            monitoring_interval="30s",
            monitoring_secret=MonitoringSecret("epp-metrics-token"),
            prometheus_monitoring=True,
            gke_monitoring=True,
            autopilot=True,
            target_ports=(9000,),
            target_port_number=9000,
            model_server_type="triton-tensorrt-llm",
            match_labels={"app": NAME, "tier": "gpu"},
        ),
    ),
    ("v1.0.2", "prometheus-only"): (
        "default",
        {
            "inferenceExtension": {"monitoring": {"prometheus": {"enabled": True}}},
            "inferencePool": {"modelServers": {"matchLabels": LABELS}},
        },
        dict(release="v1.0.2", prometheus_monitoring=True, match_labels=LABELS),
    ),
    ("v1.0.2", "alpha-pool-values"): (
        "default",
        {
            "inferenceExtension": {"failureMode": "FailOpen", "replicas": 2},
            "inferencePool": {
                "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
                "targetPortNumber": 9000,
                "modelServers": {"matchLabels": LABELS},
            },
            "provider": {"name": "gke"},
        },
        dict(
            release="v1.0.2",
            provider="gke",
            api_version="inference.networking.x-k8s.io/v1alpha2",
            replicas=2,
            failure_mode="FailOpen",
            target_port_number=9000,
            match_labels=LABELS,
        ),
    ),
}


#: Values covered by their own tests below: refused (v0.3.0 extProcPort) or a documented difference
#: (affinity, tolerations).
ELSEWHERE = {"v0.3.0": {"ext_proc_port"}, "v1.0.2": {"affinity", "tolerations"}}


@pytest.mark.parametrize(("release", "case"), sorted(VALUE_CASES))
def test_every_chart_value_renders_as_the_chart_renders_it(reference, tmp_path, release, case):
    namespace, values, props = VALUE_CASES[release, case]
    ours = render_pool_stack(NAME, chart_props(**props))
    theirs = helm_render(reference, release, values, namespace, tmp_path)
    assert normalize(ours, release, namespace) == normalize(theirs, release, namespace)


def test_the_value_cases_set_every_value_each_release_reads():
    """No chart value escapes the parity cases: each one a release reads is set away from its default somewhere."""
    defaults = InferencePoolProps(match_labels=LABELS)
    for release, chart in ((r, RELEASES[r].chart) for r in GAIE_CHART_RELEASES):
        if release in NEW_RELEASES:  # their matrix: test_the_matrix_sets_every_value_each_new_release_reads
            continue
        cases = [p for (r, _), (_, _, p) in VALUE_CASES.items() if r == release]
        readable = (
            (COMMON_VALUES | chart.values)
            - {"match_labels", "release", "namespace", "provider"}
            - ELSEWHERE.get(release, set())
        )
        unset = {v for v in readable if all(p.get(v, getattr(defaults, v)) == getattr(defaults, v) for p in cases)}
        assert not unset, f"{release}: no parity case sets {sorted(unset)}"


# --- the documented differences, each shown to be real --------------------------------------------


def test_every_difference_is_a_documented_fix(reference, tmp_path):
    """Without normalization our objects differ from the chart's in exactly the documented places."""

    def by_key(objects):
        return {(o["kind"], o["metadata"]["name"]): o for o in objects}

    v100 = VALUE_CASES["v1.0.0", "alpha-pool-values"]
    ours = by_key(render_pool_stack(NAME, chart_props(**v100[2])))
    theirs = by_key(helm_render(reference, "v1.0.0", v100[1], v100[0], tmp_path))
    for kind in ("HealthCheckPolicy", "GCPBackendPolicy"):
        # the chart's policies point at a v1 pool that does not exist; ours at the v1alpha2 pool rendered
        assert theirs[kind, NAME]["spec"]["targetRef"]["group"] == "inference.networking.k8s.io"
        assert ours[kind, NAME]["spec"]["targetRef"]["group"] == "inference.networking.x-k8s.io"
    assert ours["InferencePool", NAME]["apiVersion"] == "inference.networking.x-k8s.io/v1alpha2"

    v030 = by_key(
        helm_render(
            reference, "v0.3.0", {"inferencePool": {"modelServers": {"matchLabels": LABELS}}}, "default", tmp_path
        )
    )
    assert "apiGroup" not in v030["ClusterRoleBinding", f"{NAME}-epp"]["roleRef"]
    ours030 = by_key(render_pool_stack(NAME, chart_props(match_labels=LABELS, release="v0.3.0")))
    assert ours030["ClusterRoleBinding", f"{NAME}-epp"]["roleRef"]["apiGroup"] == "rbac.authorization.k8s.io"

    v102 = VALUE_CASES["v1.0.2", "all-values"]
    theirs102 = by_key(helm_render(reference, "v1.0.2", v102[1], v102[0], tmp_path))
    reader_role = theirs102["Role", f"{NAME}-metrics-reader-secret-read"]
    assert "namespace" not in reader_role["metadata"]  # Helm fills in the release namespace; we write it
    ours102 = by_key(render_pool_stack(NAME, chart_props(**v102[2])))
    assert ours102["Role", f"{NAME}-metrics-reader-secret-read"]["metadata"]["namespace"] == "serving"
    assert theirs102["Deployment", f"{NAME}-epp"]["metadata"]["labels"]["app.kubernetes.io/version"] == "0.0.0"
    assert ours102["Deployment", f"{NAME}-epp"]["metadata"]["labels"]["app.kubernetes.io/version"] == "v1.0.2"


@pytest.mark.parametrize("release", ["v1.0.2", "v1.1.0", "v1.2.1", "v1.3.1", "v1.4.0"])
def test_health_check_follows_changed_target_ports(reference, tmp_path, release):
    """Chart (up to v1.4): the health check keeps probing targetPortNumber (8000) when only targetPorts
    change. Ours follows the first target port, the port the pool actually serves (as v1.5's chart does)."""
    values = {
        "inferencePool": {"targetPorts": [{"number": 9000}], "modelServers": {"matchLabels": LABELS}},
        "provider": {"name": "gke"},
    }
    theirs = {
        (o["kind"], o["metadata"]["name"]): o for o in helm_render(reference, release, values, "default", tmp_path)
    }
    props = chart_props(match_labels=LABELS, provider="gke", target_ports=(9000,), release=release)
    ours = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, props)}
    check = ("HealthCheckPolicy", NAME)
    assert theirs[check]["spec"]["default"]["config"]["httpHealthCheck"]["port"] == 8000
    assert ours[check]["spec"]["default"]["config"]["httpHealthCheck"]["port"] == 9000
    theirs.pop(check), ours.pop(check)
    assert normalize(list(ours.values()), release) == normalize(list(theirs.values()), release)


def test_affinity_and_tolerations_reach_the_pod(reference, tmp_path):
    """v1.0.2 declares affinity and tolerations but its Deployment ignores them; ours applies them, and
    that is the only difference."""
    affinity = {
        "nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [
                    {
                        "matchExpressions": [
                            {"key": "cloud.google.com/gke-nodepool", "operator": "In", "values": ["system"]}
                        ]
                    }
                ]
            }
        }
    }
    tolerations = [{"key": "dedicated", "operator": "Equal", "value": "epp", "effect": "NoSchedule"}]
    values = {
        "inferenceExtension": {"affinity": affinity, "tolerations": tolerations},
        "inferencePool": {"modelServers": {"matchLabels": LABELS}},
    }
    theirs = helm_render(reference, "v1.0.2", values, "default", tmp_path)
    ours = render_pool_stack(
        NAME,
        chart_props(match_labels=LABELS, release="v1.0.2", affinity=affinity, tolerations=tuple(tolerations)),
    )
    (pod,) = [o["spec"]["template"]["spec"] for o in ours if o["kind"] == "Deployment"]
    assert pod.pop("affinity") == affinity and pod.pop("tolerations") == tolerations
    assert normalize(ours, "v1.0.2") == normalize(theirs, "v1.0.2")


def test_v030_ext_proc_port_is_refused_because_the_chart_breaks_with_it(reference, tmp_path):
    """v0.3.0: extProcPort only moves the Service port; the picker keeps listening on 9002 and the pool
    has no port field, so traffic would reach nothing. We refuse the value instead of rendering that."""
    values = {"inferenceExtension": {"extProcPort": 9010}, "inferencePool": {"modelServers": {"matchLabels": LABELS}}}
    theirs = {o["kind"]: o for o in helm_render(reference, "v0.3.0", values, "default", tmp_path)}
    assert theirs["Service"]["spec"]["ports"][0]["port"] == 9010
    assert "-grpcPort" in theirs["Deployment"]["spec"]["template"]["spec"]["containers"][0]["args"]
    assert "portNumber" not in theirs["InferencePool"]["spec"]["extensionRef"]
    with pytest.raises(ConstructError, match=r"ext_proc_port=9010: the v0\.3\.0 picker always listens on 9002"):
        InferencePoolStack(
            Chart(cdk8s.App(), "c"),
            "p",
            NAME,
            InferencePoolProps(match_labels=LABELS, release="v0.3.0", ext_proc_port=9010),
        )


# --- what the API server would say -----------------------------------------------------------------


def findings(objects, release, **options_):
    from infergw.validation import ValidationOptions, validate_objects

    options = ValidationOptions(inference_release=release, allow_external_refs=True, **options_)
    return [
        f
        for f in validate_objects(((f"{o['kind']}/{o['metadata']['name']}", o) for o in objects), options)
        if f.severity == "error"
    ]


@pytest.mark.parametrize("release", GAIE_CHART_RELEASES)
def test_the_charts_health_check_is_rejected_and_ours_is_not(reference, release):
    """The reason for portSpecification: the current GKE CRD's unguarded CEL rules refuse the chart's
    HealthCheckPolicy (one finding carrying the fix; GKE 1.33's guarded CRD accepts it)."""
    theirs = [o for o in helm_objects(reference, release, {"provider.name": "gke"}) if o["kind"] == "HealthCheckPolicy"]
    problems = findings(theirs, release, healthcheck_crd="unguarded")
    assert [(p.kind, p.path, p.rule) for p in problems] == [
        ("HealthCheckPolicy", "spec.default.config.httpHealthCheck", "healthcheck/port-specification")
    ]
    assert "set portSpecification: USE_FIXED_PORT" in problems[0].message
    assert findings(theirs, release, healthcheck_crd="guarded") == []
    ours = [
        o
        for o in render_pool_stack(NAME, chart_props(match_labels=LABELS, release=release, provider="gke"))
        if o["kind"] == "HealthCheckPolicy"
    ]
    assert findings(ours, release) == []


@pytest.mark.parametrize(("release", "case"), sorted(VALUE_CASES))
def test_our_objects_pass_the_validator(release, case):
    _, _, props = VALUE_CASES[release, case]
    problems = findings(render_pool_stack(NAME, chart_props(**props)), release)
    # The catalogue has no prometheus-operator ServiceMonitor CRD (the reference carries only PrometheusRule).
    assert [p for p in problems if (p.kind, p.rule) != ("ServiceMonitor", "unknown-kind")] == []


def test_hardened_profile_adds_security_context_requests_a_budget_and_least_privilege_rbac():
    props = dict(match_labels=LABELS, provider="gke", replicas=3, release="v1.0.2")
    chart = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, chart_props(**props))}
    hardened = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, InferencePoolProps(**props))}
    assert set(hardened) - set(chart) == {("PodDisruptionBudget", f"{NAME}-epp")}
    deployment = hardened[("Deployment", f"{NAME}-epp")]["spec"]["template"]["spec"]
    container = deployment["containers"][0]
    assert container.pop("securityContext") == {
        "allowPrivilegeEscalation": False,
        "readOnlyRootFilesystem": True,
        "runAsNonRoot": True,
        "capabilities": {"drop": ["ALL"]},
    }
    assert container.pop("resources") == {"requests": {"cpu": "500m", "memory": "1Gi"}}
    assert deployment.pop("securityContext") == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    role = hardened[("Role", f"{NAME}-epp")]
    assert role.pop("rules") == [
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferenceobjectives"],
            "verbs": ["get", "watch", "list"],
        },
        {
            "apiGroups": ["inference.networking.k8s.io"],
            "resources": ["inferencepools"],
            "resourceNames": [NAME],
            "verbs": ["get", "watch", "list"],
        },
        {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "watch", "list"]},
    ]
    chart[("Role", f"{NAME}-epp")].pop("rules")
    assert {k: v for k, v in hardened.items() if k[0] != "PodDisruptionBudget"} == chart


@pytest.mark.parametrize("release", ["v0.3.0", "v1.0.0"])
def test_hardened_rbac_is_namespaced_and_only_the_pools_group(release):
    objects = render_pool_stack(NAME, InferencePoolProps(match_labels=LABELS, release=release))
    (cluster_role,) = [o for o in objects if o["kind"] == "ClusterRole"]
    assert {r["resources"][0] for r in cluster_role["rules"]} == {"tokenreviews", "subjectaccessreviews"}
    (role,) = [o for o in objects if o["kind"] == "Role"]
    pools = [r for r in role["rules"] if "inferencepools" in r["resources"]]
    assert pools == [
        {
            "apiGroups": [objects[0]["apiVersion"].split("/")[0]],
            "resources": ["inferencepools"],
            "resourceNames": [NAME],
            "verbs": ["get", "watch", "list"],
        }
    ]
    assert any(o["kind"] == "RoleBinding" for o in objects)


# --- v1.1.0 to v1.5.0: a matrix of values per release ----------------------------------------------

NEW_RELEASES = ("v1.1.0", "v1.2.1", "v1.3.1", "v1.4.0", "v1.5.0")
AFFINITY = {
    "nodeAffinity": {
        "requiredDuringSchedulingIgnoredDuringExecution": {
            "nodeSelectorTerms": [
                {"matchExpressions": [{"key": "cloud.google.com/gke-nodepool", "operator": "In", "values": ["system"]}]}
            ]
        }
    }
}
TOLERATIONS = [{"key": "dedicated", "operator": "Equal", "value": "epp", "effect": "NoSchedule"}]
#: Custom flags, one of them a boolean (the value Go's parser stops at when it follows `--enable-pprof`).
FLAGS = {"v": 3, "enable-pprof": True, "grpc-port": 9010}


def chart_flags(release, flags):
    """`inferenceExtension.flags` as the release's chart takes them: a list up to v1.1, a map from v1.2."""
    if release == "v1.1.0":
        return [{"name": k, "value": v} for k, v in flags.items()]
    return dict(flags)


def image_values(release):
    """An image override in the release's spelling, and the same as props."""
    if RELEASES[release].image.style == "registry-repository-tag":
        values = {"registry": "europe-docker.pkg.dev", "repository": "acme/mirror/epp-patched"}
        props = EppImage(registry=values["registry"], repository=values["repository"])
    else:
        values = {"hub": IMAGE["hub"], "name": IMAGE["name"]}
        props = EppImage(hub=IMAGE["hub"], name=IMAGE["name"])
    values |= {"tag": f"{release}-acme.1", "pullPolicy": "IfNotPresent"}
    return values, dataclasses.replace(props, tag=values["tag"], pull_policy="IfNotPresent")


def matrix(release):
    """(case, pool name, namespace, chart values, props) for one release: each axis of the brief."""
    chart = RELEASES[release].chart
    cases = []

    def case(name, values, props, pool=NAME, namespace="default"):
        values.setdefault("inferencePool", {}).setdefault("modelServers", {"matchLabels": {"app": pool}})
        props = {"release": release, "match_labels": {"app": pool}, "namespace": namespace, **props}
        cases.append((name, pool, namespace, values, props))

    for provider in ("gke", "none"):
        for replicas in (1, 3):
            case(
                f"{provider}-replicas-{replicas}",
                {"provider": {"name": provider}, "inferenceExtension": {"replicas": replicas}},
                {"provider": provider, "replicas": replicas},
            )
    case(
        "flags-with-a-boolean",
        {"inferenceExtension": {"flags": chart_flags(release, FLAGS)}},
        {"flags": FLAGS},
    )
    for server in chart.model_servers:
        case(f"model-server-{server}", {"inferencePool": {"modelServerType": server}}, {"model_server_type": server})
    case(
        "three-target-ports",
        {"inferencePool": {"targetPorts": [{"number": p} for p in (8000, 8001, 8002)]}, "provider": {"name": "gke"}},
        {"target_ports": (8000, 8001, 8002), "provider": "gke"},
    )
    case(
        "eight-target-ports",
        {"inferencePool": {"targetPorts": [{"number": p} for p in range(9000, 9008)]}},
        {"target_ports": tuple(range(9000, 9008))},
    )
    for provider in ("gke", "none"):  # GKE: a PodMonitoring (Managed Prometheus); elsewhere a ServiceMonitor
        case(
            f"prometheus-monitoring-{provider}",
            {
                "provider": {"name": provider, "gke": {"autopilot": True}},
                "inferenceExtension": {
                    "monitoring": {
                        "interval": "30s",
                        "prometheus": {
                            "enabled": True,
                            "auth": {"secretName": "epp-metrics-token"},
                            "extraLabels": {"release": "kube-prometheus-stack"},
                        },
                    }
                },
            },
            {
                "provider": provider,
                "autopilot": True,
                "monitoring_interval": "30s",
                "prometheus_monitoring": True,
                "prometheus_extra_labels": {"release": "kube-prometheus-stack"},
                "monitoring_secret": MonitoringSecret("epp-metrics-token"),
            },
        )
        if chart.metrics_auth_arg != "without-auth":  # refused before v1.3: test_tokenless_scrape_before_v13_...
            continue
        case(  # metrics served without a token: no Secret, no PodMonitoring on GKE, and the picker's flag
            f"prometheus-without-auth-{provider}",
            {
                "provider": {"name": provider},
                "inferenceExtension": {"monitoring": {"prometheus": {"enabled": True, "auth": {"enabled": False}}}},
            },
            {"provider": provider, "prometheus_monitoring": True, "prometheus_auth": False},
        )
    if "gke_monitoring" in chart.values:  # v1.1 and v1.2: deprecated monitoring.gke.enabled
        case(
            "gke-monitoring",
            {"provider": {"name": "gke"}, "inferenceExtension": {"monitoring": {"gke": {"enabled": True}}}},
            {"provider": "gke", "gke_monitoring": True},
        )
        case(  # auth off without a ServiceMonitor: nothing to refuse, the PodMonitoring stays
            "gke-monitoring-auth-off",
            {
                "provider": {"name": "gke"},
                "inferenceExtension": {
                    "monitoring": {"gke": {"enabled": True}, "prometheus": {"auth": {"enabled": False}}}
                },
            },
            {"provider": "gke", "gke_monitoring": True, "prometheus_auth": False},
        )
    image, image_props = image_values(release)
    case("image-override", {"inferenceExtension": {"image": image}}, {"image": image_props})
    case(
        "release-name-and-namespace",
        {"provider": {"name": "gke"}, "inferenceExtension": {"replicas": 2}},
        {"provider": "gke", "replicas": 2},
        pool="qwen3-32b-pool",
        namespace="serving",
    )
    case(
        "all-other-values",
        {
            "inferenceExtension": {
                "extProcPort": 9010,
                "metricsPort": 9095,
                "env": ENV,
                "pluginsConfigFile": "custom-plugins.yaml",
                "pluginsCustomConfig": {"custom-plugins.yaml": CUSTOM_PLUGINS},
                "extraContainerPorts": EXTRA_CONTAINER_PORTS,
                "extraServicePorts": EXTRA_SERVICE_PORTS,
                "affinity": AFFINITY,
                "tolerations": TOLERATIONS,
                "failureMode": "FailClose" if chart.default_failure_mode == "FailOpen" else "FailOpen",
            },
            "provider": {"name": "gke"},
        },
        {
            "provider": "gke",
            "ext_proc_port": 9010,
            "metrics_port": 9095,
            "env": tuple(ENV),
            "plugins_config_file": "custom-plugins.yaml",
            "plugins_custom_config": {"custom-plugins.yaml": CUSTOM_PLUGINS},
            "extra_container_ports": tuple(EXTRA_CONTAINER_PORTS),
            "extra_service_ports": tuple(EXTRA_SERVICE_PORTS),
            "affinity": AFFINITY,
            "tolerations": tuple(TOLERATIONS),
            "failure_mode": "FailClose" if chart.default_failure_mode == "FailOpen" else "FailOpen",
        },
    )
    if POOL_V1ALPHA2 in RELEASES[release].pool_api_versions:
        case(
            "alpha-pool",
            {
                "inferencePool": {"apiVersion": POOL_V1ALPHA2, "targetPortNumber": 9000},
                "inferenceExtension": {"failureMode": "FailOpen"},
                "provider": {"name": "gke"},
            },
            {"api_version": POOL_V1ALPHA2, "target_port_number": 9000, "failure_mode": "FailOpen", "provider": "gke"},
        )
    if "epp_resources" in chart.values:
        resources = {"requests": {"cpu": "2", "memory": "4Gi"}, "limits": {"memory": "8Gi"}}
        case("resources", {"inferenceExtension": {"resources": resources}}, {"epp_resources": resources})
    if "model_server_protocol" in chart.values:
        for server in ("vllm", "sglang"):
            case(
                f"grpc-{server}",
                {
                    "inferencePool": {"modelServerProtocol": "grpc", "modelServerType": server},
                    "provider": {"name": "gke"},
                },
                {"model_server_protocol": "grpc", "model_server_type": server, "provider": "gke"},
            )
    return cases


MATRIX = {(release, c[0]): c for release in NEW_RELEASES for c in matrix(release)}


@pytest.mark.parametrize(("release", "case"), sorted(MATRIX))
def test_matrix_renders_as_the_chart_renders_it(reference, tmp_path, release, case):
    _, pool, namespace, values, props = MATRIX[release, case]
    ours = render_pool_stack(pool, chart_props(**props))
    theirs = helm_render(reference, release, values, namespace, tmp_path, name=pool)
    assert normalize(ours, release, namespace) == normalize(theirs, release, namespace)


@pytest.mark.parametrize("release", NEW_RELEASES)
def test_the_matrix_sets_every_value_each_new_release_reads(release):
    defaults = InferencePoolProps(match_labels=LABELS)
    chart = RELEASES[release].chart
    readable = (COMMON_VALUES | chart.values) - {"match_labels", "release", "provider", "api_version"}
    cases = [props for (r, _), (_, _, _, _, props) in MATRIX.items() if r == release]
    if POOL_V1ALPHA2 not in RELEASES[release].pool_api_versions:
        readable -= {"target_port_number"}  # v1.5 has no v1alpha2 pool, so no targetPortNumber value
    unset = {v for v in readable if all(p.get(v, getattr(defaults, v)) == getattr(defaults, v) for p in cases)}
    assert not unset, f"{release}: no matrix case sets {sorted(unset)}"


# --- flags: what the picker parses --------------------------------------------------------------------


def picker_args(objects):
    (deployment,) = [o for o in objects if o["kind"] == "Deployment"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    return container["args"]


@pytest.mark.parametrize("release", [r for r, facts in RELEASES.items() if facts.chart is not None and r != "v0.3.0"])
def test_flags_parse_as_go_reads_them(release):
    """Go's flag parser reads every one of our arguments, booleans included, and gets the values given."""
    flags = {"v": 3, "enable-pprof": True, "grpc-port": 9010}
    ha = {"enable_leader_election": True} if "enable_leader_election" in RELEASES[release].chart.values else {}
    props = chart_props(match_labels=LABELS, release=release, replicas=3, flags=flags, **ha)
    args = picker_args(render_pool_stack(NAME, props))
    parsed, rest = go_flags(args)
    assert rest == []
    assert {k: parsed[k] for k in ("v", "enable-pprof", "grpc-port", "pool-name")} == {
        "v": "3",
        "enable-pprof": "true",
        "grpc-port": "9010",
        "pool-name": NAME,
    }
    if "ha" in RELEASES[release].chart.arg_sections:
        assert parsed["ha-enable-leader-election"] == "true"
    assert all(a.startswith("--") and ("=" in a or a == "--ha-enable-leader-election") for a in args)


def test_v030_single_dash_flags_parse_too():
    parsed, rest = go_flags(picker_args(render_pool_stack(NAME, chart_props(match_labels=LABELS, release="v0.3.0"))))
    assert rest == [] and parsed["poolName"] == NAME and parsed["grpcPort"] == "9002"


@pytest.mark.parametrize("release", ["v1.0.2", "v1.2.1"])
def test_the_charts_boolean_flag_ends_go_parsing(reference, tmp_path, release):
    """Why `--name=value`: the chart writes `--enable-pprof` `true`; Go reads `--enable-pprof` as a
    boolean, then `true` is a positional argument and every later flag is dropped."""
    flags = {"enable-pprof": True, "v": 3}
    values = {
        "inferenceExtension": {"flags": chart_flags("v1.1.0" if release == "v1.0.2" else release, flags)},
        "inferencePool": {"modelServers": {"matchLabels": LABELS}},
    }
    args = picker_args(helm_render(reference, release, values, "default", tmp_path))
    parsed, rest = go_flags(args)
    assert rest[0] == "true" and "v" not in parsed
    ours, rest = go_flags(
        picker_args(render_pool_stack(NAME, chart_props(match_labels=LABELS, release=release, flags=flags)))
    )
    assert rest == [] and ours["v"] == "3" and ours["enable-pprof"] == "true"


@pytest.mark.parametrize(
    ("release", "server"), [("v1.4.0", "sglang"), ("v1.5.0", "sglang"), ("v1.5.0", "trtllm-serve")]
)
def test_charts_quote_some_metric_names_literally(reference, tmp_path, release, server):
    """The chart writes `--total-queued-requests-metric="sglang:num_queue_reqs"` as one YAML string, so the
    picker gets the quotes as part of the metric name; ours pass the name alone."""
    values = {"inferencePool": {"modelServerType": server, "modelServers": {"matchLabels": LABELS}}}
    theirs, _ = go_flags(picker_args(helm_render(reference, release, values, "default", tmp_path)))
    ours, rest = go_flags(
        picker_args(
            render_pool_stack(NAME, chart_props(match_labels=LABELS, release=release, model_server_type=server))
        )
    )
    expected = {"sglang": "sglang:num_queue_reqs", "trtllm-serve": "trtllm_num_requests_waiting"}[server]
    assert theirs["total-queued-requests-metric"] == f'"{expected}"'
    assert ours["total-queued-requests-metric"] == expected and rest == []


@pytest.mark.parametrize(("release", "case"), sorted(MATRIX))
def test_matrix_objects_pass_the_validator(release, case):
    _, pool, _, _, props = MATRIX[release, case]
    problems = findings(render_pool_stack(pool, chart_props(**props)), release)
    # The catalogue has no prometheus-operator ServiceMonitor CRD (the reference carries only PrometheusRule).
    assert [p for p in problems if (p.kind, p.rule) != ("ServiceMonitor", "unknown-kind")] == []


@pytest.mark.parametrize("release", ["v1.2.1", "v1.3.1", "v1.4.0", "v1.5.0"])
def test_hardened_profile_differs_only_where_its_doc_says(release):
    """The `profile` setting's list, object by object, for the releases whose chart drops the ClusterRole
    without Prometheus (v1.2 on) and, from v1.4, sets resources and splits the Role in two."""
    props = dict(match_labels=LABELS, provider="gke", replicas=3, release=release)
    chart = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, chart_props(**props))}
    hardened = {(o["kind"], o["metadata"]["name"]): o for o in render_pool_stack(NAME, InferencePoolProps(**props))}
    cluster = f"{NAME}-default-epp"
    assert set(hardened) - set(chart) == {
        ("PodDisruptionBudget", f"{NAME}-epp"),
        ("ClusterRole", cluster),
        ("ClusterRoleBinding", cluster),
    }
    assert set(chart) <= set(hardened)
    assert {r["resources"][0] for r in hardened["ClusterRole", cluster]["rules"]} == {
        "tokenreviews",
        "subjectaccessreviews",
    }
    pod = hardened["Deployment", f"{NAME}-epp"]["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container.pop("securityContext")["capabilities"] == {"drop": ["ALL"]}
    assert pod.pop("securityContext") == {"runAsNonRoot": True, "seccompProfile": {"type": "RuntimeDefault"}}
    if RELEASES[release].chart.default_resources is not None:  # v1.4 on: the chart's own resources
        assert (
            container["resources"]
            == chart["Deployment", f"{NAME}-epp"]["spec"]["template"]["spec"]["containers"][0]["resources"]
        )
    else:
        assert container.pop("resources") == {"requests": {"cpu": "500m", "memory": "1Gi"}}
    roles = [k for k in chart if k[0] == "Role" and "leader-election" not in k[1]]
    for key in roles:
        hardened_rules, chart_rules = hardened[key].pop("rules"), chart[key].pop("rules")
        named = [r for r in hardened_rules if "inferencepools" in r["resources"]]
        assert all(r["resourceNames"] == [NAME] for r in named)
        assert {g for r in hardened_rules for g in r["resources"]} == {g for r in chart_rules for g in r["resources"]}
    for key in ("PodDisruptionBudget", f"{NAME}-epp"), ("ClusterRole", cluster), ("ClusterRoleBinding", cluster):
        hardened.pop(key)
    assert hardened == chart


@pytest.mark.parametrize("release", ["v1.1.0", "v1.2.1"])
def test_tokenless_scrape_before_v13_is_refused(reference, tmp_path, release):
    """v1.1/v1.2 with `prometheus.auth.enabled: false`: the chart drops the ServiceMonitor's token but
    passes no `--metrics-endpoint-auth=false` (it does so only without Prometheus), so the picker
    would refuse every scrape. We refuse the value instead of rendering that."""
    values = {
        "inferenceExtension": {"monitoring": {"prometheus": {"enabled": True, "auth": {"enabled": False}}}},
        "inferencePool": {"modelServers": {"matchLabels": LABELS}},
    }
    objects = helm_render(reference, release, values, "default", tmp_path)
    (monitor,) = [o for o in objects if o["kind"] == "ServiceMonitor"]
    assert "authorization" not in monitor["spec"]["endpoints"][0]
    flags, _ = go_flags(picker_args(objects))
    assert "metrics-endpoint-auth" not in flags  # the picker's default: auth on
    with pytest.raises(PropsError, match=r"^prometheus_auth=False: the chart of release v1\.[12]\.\d keeps"):
        render_pool_stack(
            NAME, chart_props(match_labels=LABELS, release=release, prometheus_monitoring=True, prometheus_auth=False)
        )
