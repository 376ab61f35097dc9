"""``InferenceCrds``: the inference-extension CRDs of one release, as a cluster at a GKE version needs them."""

from __future__ import annotations

from infergw.catalogue import inference_crds
from infergw.objects import emit
from infergw.runtime import Construct
from infergw.versions import GkeVersion, ships_inferencepool_v1

#: On every CRD emitted for a cluster whose GKE version ships the v1 InferencePool CRD: tells the
#: policies (which see manifests, not the config) that v1alpha2 pools are outdated there.
SHIPS_V1_ANNOTATION = "policy.infergw.dev/cluster-ships-inferencepool-v1"


class InferenceCrds(Construct):
    """Emit the CRDs of ``release`` that a cluster at ``gke_version`` does not already ship.

    :param release: inference-extension release (v0.3.0, v1.0.0, v1.0.2). default: v1.0.2
    :param gke_version: GKE version of the cluster, e.g. ``1.34.1-gke.1822000``; from
        1.34.0-gke.1626000 on, GKE installs the v1 InferencePool CRD itself and it is left out, and
        the CRDs emitted carry :data:`SHIPS_V1_ANNOTATION`. default: unknown, every CRD of the release is emitted
    :param include_alpha_pool: for v1.0.x, also emit the release's v1alpha2 InferencePool CRD.
        default: False
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        release: str = "v1.0.2",
        gke_version: GkeVersion | str | None = None,
        include_alpha_pool: bool = False,
    ) -> None:
        super().__init__(scope, construct_id)
        if isinstance(gke_version, str):
            gke_version = GkeVersion.parse(gke_version)
        self.crds = inference_crds(release, gke_version, include_alpha_pool=include_alpha_pool)
        if ships_inferencepool_v1(gke_version):
            for crd in self.crds:
                crd["metadata"].setdefault("annotations", {})[SHIPS_V1_ANNOTATION] = "true"
        for crd in self.crds:
            emit(self, crd["metadata"]["name"], crd)
