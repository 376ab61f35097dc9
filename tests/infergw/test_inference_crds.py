"""``InferenceCrds``: which CRDs a cluster needs, and the mark the policies read on newer GKE."""

from __future__ import annotations

import pytest
from infergw.catalogue import SHIPS_V1_ANNOTATION
from infergw.cdk.chart import Chart
from infergw.cdk.crds import InferenceCrds
from infergw.cdk.runtime import cdk8s


@pytest.mark.parametrize(
    ("release", "gke", "names", "marked"),
    [
        (
            "v1.0.2",
            "1.33.5-gke.1080000",
            ["inferencepools.inference.networking.k8s.io", "inferenceobjectives.inference.networking.x-k8s.io"],
            False,
        ),
        ("v1.0.2", "1.34.0-gke.1626000", ["inferenceobjectives.inference.networking.x-k8s.io"], True),
        (
            "v0.3.0",
            "1.34.1-gke.1822000",
            ["inferencepools.inference.networking.x-k8s.io", "inferencemodels.inference.networking.x-k8s.io"],
            True,
        ),
        (
            "v0.3.0",
            None,
            ["inferencepools.inference.networking.x-k8s.io", "inferencemodels.inference.networking.x-k8s.io"],
            False,
        ),
    ],
)
def test_crds_per_release_and_gke_version(release, gke, names, marked):
    crds = InferenceCrds(Chart(cdk8s.App(), "c"), "crds", release=release, gke_version=gke).crds
    assert sorted(c["metadata"]["name"] for c in crds) == sorted(names)
    assert all((c["metadata"].get("annotations", {}).get(SHIPS_V1_ANNOTATION) == "true") == marked for c in crds)
