"""``InferenceCrds``: the CRDs of one inference release, as a cluster at a GKE version needs them."""

from __future__ import annotations

from infergw.catalogue import inference_crds, mark_ships_v1
from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.errors import ConfigError
from infergw.releases import DEFAULT_RELEASE
from infergw.settings import PropsError
from infergw.versions import GkeVersion


class InferenceCrds(Construct):
    """Emit the CRDs of ``release`` that a cluster at ``gke_version`` does not already ship.

    :param release: inference release (see ``infergw.releases``). default: :data:`~infergw.releases.DEFAULT_RELEASE`
    :param gke_version: GKE version of the cluster, e.g. ``1.34.1-gke.1822000``; from
        1.34.0-gke.1626000 on, GKE installs the v1 InferencePool CRD itself and it is left out, and
        the CRDs emitted carry ``SHIPS_V1_ANNOTATION``. default: unknown, every CRD of the release is emitted
    :param include_alpha_pool: for releases with v1 pools, also emit the release's v1alpha2
        InferencePool CRD. default: False
    :param cluster_has_pool_crd: the cluster already has a v1 InferencePool CRD (whatever its GKE
        version), so the release's is left out. default: False
    """

    def __init__(
        self,
        scope: constructs.Construct,
        construct_id: str,
        *,
        release: str = DEFAULT_RELEASE,
        gke_version: GkeVersion | str | None = None,
        include_alpha_pool: bool = False,
        cluster_has_pool_crd: bool = False,
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            if isinstance(gke_version, str):
                gke_version = GkeVersion.parse(gke_version)
            self.crds = inference_crds(
                release,
                gke_version,
                include_alpha_pool=include_alpha_pool,
                cluster_has_pool_crd=cluster_has_pool_crd,
            )
            mark_ships_v1(self.crds, gke_version)
        except ConfigError as exc:
            raise props_error(self, PropsError("", None, str(exc))) from None
        for crd in self.crds:
            emit(self, crd["metadata"]["name"], crd)
