"""The default app as the config drives it: the namespace, the log metric, collectors, placeholders."""

from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import REPO
from infergw.cdk.app import build_app
from infergw.cdk.synthesis import render
from infergw.config.loader import parse_config
from infergw.validation import ValidationOptions

POOL = {"name": "chat", "matchLabels": {"app": "chat"}}
EXTERNAL = ValidationOptions(allow_external_refs=True)


def synthesized(document: dict) -> dict[str, dict]:
    files = render(build_app(parse_config(document, "infergw.yaml")), EXTERNAL)
    return {path: yaml.safe_load(text) for path, text in files.items() if path.endswith(".yaml")}


def test_a_namespace_other_than_default_is_created_first():
    files = synthesized({"namespace": "llm", "pools": [POOL]})
    namespace = files["inference-gateway/namespace-llm.yaml"]
    assert namespace["metadata"]["name"] == "llm"
    assert namespace["metadata"]["annotations"]["argocd.argoproj.io/sync-wave"] == "-1"
    assert all(
        o["metadata"].get("namespace") in (None, "llm")
        for path, o in files.items()
        if path.startswith("inference-gateway/") and o.get("kind") not in ("Kustomization", None)
    )


def test_the_default_namespace_is_not_written():
    assert not any("namespace-" in path for path in synthesized({"pools": [POOL]}))


def test_error_detail_metric_reads_the_gateway_class_of_the_config():
    document = {
        "pools": [POOL],
        "gateway": {"class": "gke-l7-rilb"},
        "observability": {"errorDetailMetric": {"project": "acme-prod"}},
    }
    files = render(build_app(parse_config(document, "infergw.yaml")), EXTERNAL)
    definition = files["prerequisites/error_detail_metric.json"]
    assert "internal_http_lb_rule" in definition
    assert "\nPROJECT_ID=acme-prod\n" in files["prerequisites/error_detail_metric.sh"]


def test_an_autoscaled_pool_has_its_picker_scraped_with_credentials():
    document = {"release": "v1.0.2", "cluster": "prod", "pools": [{**POOL, "autoscaling": {"maxReplicas": 4}}]}
    files = synthesized(document)
    kinds = {o["kind"] for o in files.values()}
    assert {"HorizontalPodAutoscaler", "PodMonitoring", "Secret"} <= kinds
    (monitoring,) = [o for o in files.values() if o["kind"] == "PodMonitoring"]
    assert monitoring["spec"]["selector"] == {"matchLabels": {"inferencepool": "chat-epp"}}


def test_a_provider_none_pool_with_alerts_gets_the_picker_monitoring():
    files = synthesized({"pools": [{**POOL, "provider": "none"}], "observability": {"alerts": {}}})
    assert any(o["kind"] == "PodMonitoring" and o["metadata"]["name"] == "chat" for o in files.values())


def run_synth(tmp_path, *extra):
    config = tmp_path / "infergw.yaml"
    config.write_text(
        "cluster: replace-me-cluster\npools: [{name: chat, matchLabels: {app: chat}, autoscaling: {maxReplicas: 4}}]\n"
    )
    return subprocess.run(
        [sys.executable, "-m", "infergw", "synth", "--config", str(config), "--out", str(tmp_path / "dist"), *extra],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )


def test_placeholders_warn_and_strict_refuses_them(tmp_path):
    result = run_synth(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "infergw.yaml:1: cluster: 'replace-me-cluster' is a placeholder" in result.stderr
    strict = run_synth(tmp_path, "--strict")
    assert strict.returncode == 2
    assert "infergw.yaml:1: cluster: 'replace-me-cluster' is a placeholder" in strict.stderr
    assert "--strict refuses placeholders" in strict.stderr and "Traceback" not in strict.stderr


def test_validate_judges_an_infergw_output_as_synthesis_did(tmp_path):
    assert run_synth(tmp_path).returncode == 0
    validate = [sys.executable, "-m", "infergw", "validate"]
    as_output = subprocess.run([*validate, str(tmp_path / "dist")], capture_output=True, text=True)
    assert as_output.returncode == 0, as_output.stdout
    assert "warning: refers to Deployment default/chat" in as_output.stdout
    strict = subprocess.run(
        [*validate, "--no-allow-external-refs", str(tmp_path / "dist")], capture_output=True, text=True
    )
    assert strict.returncode == 1 and "pass --allow-external-refs" in strict.stdout


def test_the_default_stack_is_both_guides(tmp_path):
    kinds = {
        yaml.safe_load(p.read_text())["kind"] for p in (REPO / "dist").rglob("*.yaml") if "prerequisites" not in p.parts
    }
    expected = {
        "InferencePool", "Deployment", "InferenceObjective", "Gateway", "HTTPRoute", "GCPTrafficExtension",
        "GCPBackendPolicy", "HealthCheckPolicy", "PodMonitoring", "HorizontalPodAutoscaler", "Rules", "APIService",
    }  # fmt: skip
    assert expected <= kinds
    prerequisites = {p.name for p in (REPO / "dist" / "prerequisites").iterdir()}
    assert {"error_detail_metric.json", "inference-alerts.rules.yaml", "metrics-adapter-iam.sh"} <= prerequisites


def test_backend_policy_of_the_config_replaces_the_charts():
    pool = {**POOL, "backendPolicy": {"timeoutSec": 120, "logging": {"sampleRate": 250000}}}
    (policy,) = [o for o in synthesized({"pools": [pool]}).values() if o["kind"] == "GCPBackendPolicy"]
    assert policy["metadata"]["name"] == "chat"
    assert policy["spec"]["default"] == {"timeoutSec": 120, "logging": {"enabled": True, "sampleRate": 250000}}


def test_backend_policy_problems_are_reported_at_their_config_keys():
    import pytest
    from infergw.errors import ConfigError

    bad = {"pools": [{**POOL, "backendPolicy": {"logging": {"optionalFields": ["tls.cipher"]}}}]}
    with pytest.raises(ConfigError, match=r"pools\[0\]\.backendPolicy\.logging\.optionalFields: .*optionalMode"):
        parse_config(bad, "infergw.yaml")
    none = {"pools": [{**POOL, "provider": "none", "backendPolicy": {"timeoutSec": 30}}]}
    with pytest.raises(ConfigError, match=r"pools\[0\]\.backendPolicy: .*provider"):
        parse_config(none, "infergw.yaml")


def test_provider_none_router_pool_is_scraped_by_its_own_pod_labels():
    document = {
        "release": "llm-d-router/v0.10.0",
        "pools": [{**POOL, "provider": "none"}],
        "observability": {"alerts": {}},
    }
    files = synthesized(document)
    (monitoring,) = [o for o in files.values() if o.get("kind") == "PodMonitoring"]
    (picker,) = [o for o in files.values() if o.get("kind") == "Deployment"]
    labels = picker["spec"]["template"]["metadata"]["labels"]
    assert monitoring["spec"]["selector"]["matchLabels"].items() <= labels.items()
