"""`infergw crds`: the inference CRDs per release and GKE version, as a command."""

from __future__ import annotations

import pytest
import yaml
from infergw.cli import main


def names(capsys, *argv):
    assert main(["crds", *argv]) == 0
    return [d["metadata"]["name"] for d in yaml.safe_load_all(capsys.readouterr().out)]


def test_before_the_gke_gate_the_v1_pool_crd_is_emitted(capsys):
    assert names(capsys, "--release", "v1.0.2", "--gke-version", "1.34.0-gke.1625999") == [
        "inferencepools.inference.networking.k8s.io",
        "inferenceobjectives.inference.networking.x-k8s.io",
    ]


def test_from_the_gke_gate_only_inferenceobjective_is_emitted(capsys):
    assert names(capsys, "--release", "v1.0.2", "--gke-version", "1.34.0-gke.1626000") == [
        "inferenceobjectives.inference.networking.x-k8s.io"
    ]


def test_v030_emits_the_alpha_pool_and_model(capsys):
    assert names(capsys, "--release", "v0.3.0") == [
        "inferencepools.inference.networking.x-k8s.io",
        "inferencemodels.inference.networking.x-k8s.io",
    ]


def test_alpha_pool_of_v1_release_only_on_request(capsys):
    assert "inferencepools.inference.networking.x-k8s.io" in names(
        capsys, "--release", "v1.0.0", "--include-alpha-pool"
    )


def test_v160_prints_only_its_pool_crds(capsys):
    """GAIE v1.6.0 keeps only InferencePool and InferencePoolImport (the rest moved to llm-d-router)."""
    assert names(capsys, "--release", "v1.6.0") == [
        "inferencepools.inference.networking.k8s.io",
        "inferencepoolimports.inference.networking.x-k8s.io",
    ]


def test_new_kinds_arrive_with_their_releases(capsys):
    # InferencePoolImport from v1.1, InferenceModelRewrite from v1.2; the v1alpha2 pool is gone in v1.5
    assert "inferencepoolimports.inference.networking.x-k8s.io" in names(capsys, "--release", "v1.1.0")
    assert "inferencemodelrewrites.inference.networking.x-k8s.io" not in names(capsys, "--release", "v1.1.0")
    assert "inferencemodelrewrites.inference.networking.x-k8s.io" in names(capsys, "--release", "v1.2.1")
    assert "inferencepools.inference.networking.x-k8s.io" in names(
        capsys, "--release", "v1.4.0", "--include-alpha-pool"
    )
    assert "inferencepools.inference.networking.x-k8s.io" not in names(
        capsys, "--release", "v1.5.0", "--include-alpha-pool"
    )


def test_output_carries_the_release_schema(capsys):
    assert main(["crds", "--release", "v1.0.0", "--gke-version", "1.33.5-gke.100"]) == 0
    docs = list(yaml.safe_load_all(capsys.readouterr().out))
    assert docs[0]["metadata"]["annotations"]["inference.networking.k8s.io/bundle-version"] == "v1.0.0"


def test_garbage_gke_version_is_a_usage_error_without_traceback(capsys):
    assert main(["crds", "--gke-version", "1.34"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("infergw crds: error: invalid GKE version '1.34'")
    assert "Traceback" not in err


def test_llm_d_router_releases_emit_gaie_v150s_v1_pool_and_the_llm_d_kinds(capsys):
    for release in ("llm-d-router/v0.9.0", "llm-d-router/v0.10.0"):
        assert main(["crds", "--release", release]) == 0
        docs = list(yaml.safe_load_all(capsys.readouterr().out))
        assert [d["metadata"]["name"] for d in docs] == [
            "inferencepools.inference.networking.k8s.io",
            "inferenceobjectives.llm-d.ai",
            "inferencemodelrewrites.llm-d.ai",
        ]
        # the pool CRD is GAIE v1.5.0's (deploy/components/crds-gie)
        assert docs[0]["metadata"]["annotations"]["inference.networking.k8s.io/bundle-version"] == "v1.5.0"
        served = {d["spec"]["names"]["kind"]: [v["name"] for v in d["spec"]["versions"]] for d in docs[1:]}
        assert served == {"InferenceObjective": ["v1alpha2"], "InferenceModelRewrite": ["v1alpha2"]}


def test_llm_d_router_pools_from_the_gke_gate_leave_out_the_pool_crd(capsys):
    assert names(capsys, "--release", "llm-d-router/v0.10.0", "--gke-version", "1.34.0-gke.1626000") == [
        "inferenceobjectives.llm-d.ai",
        "inferencemodelrewrites.llm-d.ai",
    ]


def test_the_cluster_pool_crd_flag_leaves_the_v1_pool_crd_out(capsys):
    assert names(capsys, "--release", "v1.0.2", "--cluster-inferencepool-crd", "v1.0.0") == [
        "inferenceobjectives.inference.networking.x-k8s.io"
    ]


def test_the_assumed_gke_pool_crd_bundle_is_printed(capsys):
    assert main(["crds", "--release", "v1.0.2", "--gke-version", "1.36.0-gke.1"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("note: GKE 1.36.0-gke.1 installs the v1 InferencePool CRD itself")
    assert "assuming it is the one of release v1.0.2" in err
    assert main(["crds", "--gke-version", "1.36.0-gke.1", "--cluster-inferencepool-crd", "v1.0.2"]) == 0
    assert capsys.readouterr().err == ""


def test_an_unknown_pool_crd_release_lists_the_known_ones(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["crds", "--cluster-inferencepool-crd", "v0.3.0"])
    assert exit_.value.code == 2
    assert "invalid choice: 'v0.3.0' (choose from 'v1.0.0', 'v1.0.2'" in capsys.readouterr().err


@pytest.mark.parametrize("command", ["crds", "migrate"])
@pytest.mark.parametrize(
    ("version", "message"),
    [
        ("1.20", "invalid GKE version '1.20': expected MAJOR.MINOR.PATCH-gke.BUILD"),
        ("1.30", "invalid GKE version '1.30': expected MAJOR.MINOR.PATCH-gke.BUILD"),
        ("1.30.4-gke.1", "GKE 1.30.4-gke.1 predates Gateway API support in this tool; use GKE 1.33.2-gke.1335000"),
    ],
)
def test_gke_versions_synth_refuses_are_refused(command, version, message, capsys, tmp_path):
    extra = ["--from", str(tmp_path), "--out", str(tmp_path / "out")] if command == "migrate" else []
    assert main([command, "--gke-version", version, *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"infergw {command}: error: {message}")
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()
