"""The config's cluster keys end to end: what synth validates against, what it emits, what it prints."""

from __future__ import annotations

from infergw.cdk.app import build_app, validation_options
from infergw.cdk.synthesis import render
from infergw.cli import main
from infergw.config.loader import parse_config

POOL = {"name": "p", "matchLabels": {"app": "p"}}


def config(**keys):
    return parse_config({"release": "v1.0.2", "pools": [POOL], **keys}, "c.yaml")


def test_gke_version_selects_gateway_api_and_kubernetes_schemas():
    options = validation_options(config(gkeVersion="1.34.1-gke.1822000"))
    assert (options.gateway_release, options.kubernetes_version, options.inferencepool_crd) == (
        "v1.4.0",
        "1.34",
        "v1.0.2",  # GKE installs the v1 pool CRD; its bundle is assumed to be the stack's release
    )
    assert validation_options(config(gkeVersion="1.33.5-gke.1080000")).kubernetes_version == "1.33"


def test_the_cluster_keys_override_what_the_gke_version_implies():
    options = validation_options(
        config(gkeVersion="1.37.0-gke.100", clusterGatewayApi="v1.6.1", clusterInferencePoolCrd="v1.0.0")
    )
    assert (options.gateway_release, options.kubernetes_version, options.inferencepool_crd) == (
        "v1.6.1",
        "1.37",
        "v1.0.0",
    )


def test_a_cluster_pool_crd_is_not_emitted_and_the_stack_still_validates():
    stack = config(clusterInferencePoolCrd="v1.0.0", clusterGatewayApi="v1.6.1")
    files = render(build_app(stack), validation_options(stack))
    crds = [path for path in files if path.startswith("crds/customresourcedefinition-")]
    assert crds == ["crds/customresourcedefinition-inferenceobjectives.inference.networking.x-k8s.io.yaml"]


def test_synth_prints_what_it_assumed(tmp_path, capsys):
    path = tmp_path / "infergw.yaml"
    path.write_text("release: v1.0.2\ngkeVersion: 1.36.2-gke.1000\npools:\n- {name: p, matchLabels: {app: p}}\n")
    assert main(["synth", "--config", str(path), "--out", str(tmp_path / "dist")]) == 0
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("note: ")]
    assert len(notes) == 2
    assert notes[0].startswith("note: what GKE 1.36.2-gke.1000 installs is not known here")
    assert notes[1].startswith("note: GKE 1.36.2-gke.1000 installs the v1 InferencePool CRD itself")
    path.write_text(
        "release: v1.0.2\ngkeVersion: 1.36.2-gke.1000\nclusterGatewayApi: v1.6.1\nclusterInferencePoolCrd: v1.0.2\n"
        "pools:\n- {name: p, matchLabels: {app: p}}\n"
    )
    assert main(["synth", "--config", str(path), "--out", str(tmp_path / "dist")]) == 0
    assert "note: " not in capsys.readouterr().err
