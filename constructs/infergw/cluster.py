"""What the target cluster already serves, from its GKE version and what the user says about it.

The GKE table (:mod:`infergw.versions`) says which Gateway API release GKE installs up to GKE
1.35 and from which version GKE installs the v1 InferencePool CRD itself. It does not say which
Gateway API release later GKE minors install, nor which InferencePool CRD bundle GKE ships. For
those the user states it (config ``clusterGatewayApi`` / ``clusterInferencePoolCrd``, flags
``--cluster-gateway-api`` / ``--cluster-inferencepool-crd``); otherwise :func:`cluster_profile`
assumes a default and returns a note saying so, which the command line prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from infergw.catalogue import ENTRIES, INFERENCEPOOL_V1_CRD
from infergw.errors import ConfigError
from infergw.releases import GATEWAY_API, RELEASES
from infergw.versions import (
    GKE_GATEWAY_API_RELEASES,
    GKE_KNOWN_THROUGH_MINOR,
    GkeVersion,
    gke_gateway_api,
    gke_is_known,
    ships_inferencepool_v1,
    vendored_gateway_api,
)

__all__ = ["DEFAULT_KUBERNETES_VERSION", "ClusterProfile", "cluster_profile", "pool_crd_releases"]

#: Kubernetes minor version of the core schemas when the GKE version does not say (or is not given).
DEFAULT_KUBERNETES_VERSION = "1.34"

_SAY_GATEWAY = "say which with clusterGatewayApi (config) or --cluster-gateway-api (infergw validate)"
_SAY_POOL = "say which with clusterInferencePoolCrd (config) or --cluster-inferencepool-crd (infergw crds, validate)"


@dataclass(frozen=True)
class ClusterProfile:
    """The CRDs and schemas a cluster serves, as infergw validates against them.

    :param gateway_api: Gateway API release (one the catalogue keeps) of the cluster's Gateway API CRDs
    :param inferencepool_crd: release whose v1 InferencePool CRD the cluster already has; None when
        the cluster has none, so infergw installs the release's own
    :param kubernetes_version: Kubernetes minor version of the core schemas
    :param gateway_note: what was assumed about the Gateway API release, if anything
    :param pool_note: what was assumed about the InferencePool CRD, if anything
    :param kubernetes_note: what was assumed about the Kubernetes version, if anything
    """

    gateway_api: str
    inferencepool_crd: str | None
    kubernetes_version: str
    gateway_note: str | None = None
    pool_note: str | None = None
    kubernetes_note: str | None = None

    @property
    def notes(self) -> tuple[str, ...]:
        """The assumptions made where neither the GKE table nor the user says, one sentence each."""
        return tuple(n for n in (self.gateway_note, self.pool_note, self.kubernetes_note) if n is not None)


def pool_crd_releases() -> tuple[str, ...]:
    """The inference releases that carry a v1 InferencePool CRD, oldest first."""
    having = {e.release for e in ENTRIES if e.family == "inference-extension" and e.name == INFERENCEPOOL_V1_CRD}
    return tuple(r for r in RELEASES if r in having)


def check_gateway_api(release: str) -> str:
    """``release`` if the catalogue keeps its Gateway API CRDs, else a :class:`ConfigError` listing them."""
    if release not in GATEWAY_API:
        raise ConfigError(f"unknown Gateway API release {release!r}: choose one of {', '.join(GATEWAY_API)}")
    return release


def check_pool_crd(release: str) -> str:
    """``release`` if it carries a v1 InferencePool CRD, else a :class:`ConfigError` listing those that do."""
    if release not in pool_crd_releases():
        raise ConfigError(
            f"unknown InferencePool CRD release {release!r}: choose one of {', '.join(pool_crd_releases())} "
            "(the releases with a v1 InferencePool CRD)"
        )
    return release


def _gateway(gke: GkeVersion | None, given: str | None) -> tuple[str, str | None]:
    if given is not None:
        return check_gateway_api(given), None
    stated = gke_gateway_api(gke)
    kept = vendored_gateway_api(stated)
    with_kept = "" if kept == stated else f" (checked with infergw's {kept} CRDs, the patch release it keeps)"
    newest_row = GKE_GATEWAY_API_RELEASES[0][0]
    if gke is None:
        note = (
            f"GKE version not given: assuming the cluster serves Gateway API {stated}, the newest release GKE is "
            f"known to install (from {newest_row}){with_kept}; set the GKE version or {_SAY_GATEWAY}"
        )
    elif not gke_is_known(gke):
        known = ".".join(map(str, GKE_KNOWN_THROUGH_MINOR))
        note = (
            f"what GKE {gke} installs is not known here (infergw's table stops at GKE {known}): assuming "
            f"Gateway API {stated}, as GKE installs from {newest_row}{with_kept}; {_SAY_GATEWAY}"
        )
    elif kept != stated:
        note = f"GKE {gke} installs Gateway API {stated}{with_kept}; {_SAY_GATEWAY}"
    else:
        return kept, None
    return kept, note


def _pool_crd(gke: GkeVersion | None, given: str | None, release: str) -> tuple[str | None, str | None]:
    if given is not None:
        return check_pool_crd(given), None
    if not ships_inferencepool_v1(gke):
        return None, None
    having = pool_crd_releases()
    assumed = release if release in having else having[-1]
    return assumed, (
        f"GKE {gke} installs the v1 InferencePool CRD itself, in a bundle version not known here: assuming "
        f"it is the one of release {assumed}; {_SAY_POOL}"
    )


def _kubernetes(gke: GkeVersion | None) -> tuple[str, str | None]:
    from infergw.validation.schemas import KUBERNETES_VERSIONS  # here: config loading needs no validator

    if gke is None:
        return DEFAULT_KUBERNETES_VERSION, None
    minor = f"{gke.major}.{gke.minor}"
    if minor in KUBERNETES_VERSIONS:
        return minor, None
    newest = KUBERNETES_VERSIONS[-1]
    return newest, f"GKE {gke} is Kubernetes {minor}, newer than the core schemas infergw has: checking with {newest}"


def cluster_profile(
    gke: GkeVersion | None,
    *,
    release: str,
    gateway_api: str | None = None,
    inferencepool_crd: str | None = None,
) -> ClusterProfile:
    """What a cluster at ``gke`` serves when it runs ``release``, with the user's statements applied.

    :param gke: the cluster's GKE version; None when unknown
    :param release: the inference release the stack deploys
    :param gateway_api: the Gateway API release the user says the cluster has. default: from the GKE table
    :param inferencepool_crd: the release whose v1 InferencePool CRD the user says the cluster has.
        default: the deployed release's, when GKE installs the CRD; else none
    """
    gateway, gateway_note = _gateway(gke, gateway_api)
    pool, pool_note = _pool_crd(gke, inferencepool_crd, release)
    kubernetes, kubernetes_note = _kubernetes(gke)
    return ClusterProfile(gateway, pool, kubernetes, gateway_note, pool_note, kubernetes_note)
