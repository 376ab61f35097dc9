"""What a cluster serves: from the GKE table where it speaks, from the user, else assumed with a note."""

from __future__ import annotations

import pytest
from infergw.cluster import DEFAULT_KUBERNETES_VERSION, cluster_profile, pool_crd_releases
from infergw.errors import ConfigError
from infergw.versions import GkeVersion


def profile(gke: str | None, **given):
    return cluster_profile(GkeVersion.parse(gke) if gke else None, release="v1.0.2", **given)


def test_known_gke_versions_need_no_gateway_assumption():
    found = profile("1.34.1-gke.1822000")
    assert (found.gateway_api, found.kubernetes_version) == ("v1.4.0", "1.34")
    assert found.gateway_note is None and found.kubernetes_note is None
    assert profile("1.33.5-gke.1080000").gateway_api == "v1.3.0"


def test_a_stated_release_the_catalogue_does_not_keep_is_checked_with_its_patch_release_and_said():
    found = profile("1.35.2-gke.1842000")
    assert found.gateway_api == "v1.5.1"
    assert found.gateway_note == (
        "GKE 1.35.2-gke.1842000 installs Gateway API v1.5.0 (checked with infergw's v1.5.1 CRDs, the patch release "
        "it keeps); say which with clusterGatewayApi (config) or --cluster-gateway-api (infergw validate)"
    )


def test_newer_gke_versions_assume_the_newest_stated_release_and_say_so():
    found = profile("1.37.1-gke.200")
    assert (found.gateway_api, found.kubernetes_version) == ("v1.5.1", "1.37")
    assert found.gateway_note is not None
    assert found.gateway_note.startswith("what GKE 1.37.1-gke.200 installs is not known here")
    assert "assuming Gateway API v1.5.0" in found.gateway_note


def test_the_user_says_which_gateway_api_and_pool_crd_the_cluster_has():
    found = profile("1.37.1-gke.200", gateway_api="v1.6.1", inferencepool_crd="v1.0.0")
    assert (found.gateway_api, found.inferencepool_crd) == ("v1.6.1", "v1.0.0")
    assert found.notes == ()


def test_unknown_gke_version_assumes_the_newest_known_and_says_so():
    found = profile(None)
    assert (found.gateway_api, found.inferencepool_crd, found.kubernetes_version) == (
        "v1.5.1",
        None,
        DEFAULT_KUBERNETES_VERSION,
    )
    assert found.notes == (found.gateway_note,)
    assert found.gateway_note is not None and found.gateway_note.startswith("GKE version not given")


def test_gke_pool_crd_bundle_is_assumed_to_be_the_release_one_and_said():
    assert profile("1.34.0-gke.1625999").inferencepool_crd is None
    found = profile("1.34.0-gke.1626000")
    assert found.inferencepool_crd == "v1.0.2"
    assert found.pool_note == (
        "GKE 1.34.0-gke.1626000 installs the v1 InferencePool CRD itself, in a bundle version not known here: "
        "assuming it is the one of release v1.0.2; say which with clusterInferencePoolCrd (config) or "
        "--cluster-inferencepool-crd (infergw crds, validate)"
    )
    # A v0.3.0 stack has no v1 pool CRD of its own: the newest release with one stands in.
    alpha = cluster_profile(GkeVersion.parse("1.34.0-gke.1626000"), release="v0.3.0")
    assert alpha.inferencepool_crd == pool_crd_releases()[-1]


def test_kubernetes_version_past_the_schemas_is_the_newest_with_a_note():
    found = profile("1.38.0-gke.1")
    assert found.kubernetes_version == "1.37"
    assert found.kubernetes_note == (
        "GKE 1.38.0-gke.1 is Kubernetes 1.38, newer than the core schemas infergw has: checking with 1.37"
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"gateway_api": "v1.5.0"}, "unknown Gateway API release 'v1.5.0': choose one of v1.3.0, v1.4.0, v1.4.1"),
        ({"inferencepool_crd": "v0.3.0"}, "unknown InferencePool CRD release 'v0.3.0': choose one of v1.0.0, v1.0.2"),
    ],
)
def test_unknown_values_list_the_known_ones(given, message):
    with pytest.raises(ConfigError) as error:
        profile("1.34.1-gke.1822000", **given)
    assert str(error.value).startswith(message)


def test_pool_crd_releases_are_those_with_a_v1_pool_crd():
    assert pool_crd_releases()[:2] == ("v1.0.0", "v1.0.2")
    assert "v0.3.0" not in pool_crd_releases()
