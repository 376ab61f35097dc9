"""GKE version parsing and the version gates that decide which CRDs a cluster already has."""

from __future__ import annotations

import re
from dataclasses import dataclass

from infergw.errors import ConfigError
from infergw.releases import GATEWAY_API, Version

_GKE_VERSION = re.compile(r"^(\d+)\.(\d+)\.(\d+)-gke\.(\d+)$")


@dataclass(frozen=True, order=True)
class GkeVersion:
    """A GKE control-plane version such as ``1.34.1-gke.1822000``; ordered as GKE orders them."""

    major: int
    minor: int
    patch: int
    build: int

    @classmethod
    def parse(cls, text: str) -> GkeVersion:
        """Parse ``MAJOR.MINOR.PATCH-gke.BUILD``; raise :class:`ConfigError` on anything else."""
        match = _GKE_VERSION.match(text.strip()) if isinstance(text, str) else None
        if match is None:
            raise ConfigError(
                f"invalid GKE version {text!r}: expected MAJOR.MINOR.PATCH-gke.BUILD, "
                "for example 1.34.1-gke.1822000 (see `gcloud container clusters describe`)"
            )
        return cls(*(int(part) for part in match.groups()))

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}-gke.{self.build}"


#: First GKE version that installs the v1 InferencePool CRD (inference.networking.k8s.io) itself.
GKE_SHIPS_INFERENCEPOOL_V1 = GkeVersion.parse("1.34.0-gke.1626000")

#: Gateway API standard-channel release GKE installs, newest first: (first GKE version, release), as
#: GKE's "GatewayClass capabilities" page lists them (reference material, crds/SOURCES.md).
GKE_GATEWAY_API_RELEASES: tuple[tuple[GkeVersion, str], ...] = (
    (GkeVersion.parse("1.35.2-gke.1842000"), "v1.5.0"),
    (GkeVersion.parse("1.34.1-gke.1822000"), "v1.4.0"),
    (GkeVersion.parse("1.33.2-gke.1335000"), "v1.3.0"),
)

#: The oldest GKE version infergw supports: the first one that installs Gateway API CRDs.
OLDEST_SUPPORTED_GKE = GKE_GATEWAY_API_RELEASES[-1][0]

#: The newest GKE minor version the table above speaks for. What later minors install (Gateway API
#: release, InferencePool CRD bundle) is not known here: the user says it (``clusterGatewayApi``,
#: ``--cluster-gateway-api``) or infergw assumes the newest release the table names and says so.
GKE_KNOWN_THROUGH_MINOR = (1, 35)


def supported_gke_version(text: str) -> GkeVersion:
    """Parse ``text`` and refuse GKE versions older than :data:`OLDEST_SUPPORTED_GKE` (a :class:`ConfigError`)."""
    gke = GkeVersion.parse(text)
    if gke < OLDEST_SUPPORTED_GKE:
        raise ConfigError(
            f"GKE {gke} predates Gateway API support in this tool; use GKE {OLDEST_SUPPORTED_GKE} or later "
            "(the first version that installs the Gateway API CRDs)"
        )
    return gke


def ships_inferencepool_v1(gke: GkeVersion | None) -> bool:
    """Whether a cluster at ``gke`` already has the v1 InferencePool CRD (None: unknown, assume not)."""
    return gke is not None and gke >= GKE_SHIPS_INFERENCEPOOL_V1


def gke_is_known(gke: GkeVersion) -> bool:
    """Whether the tables above say what ``gke`` installs (its minor is at most :data:`GKE_KNOWN_THROUGH_MINOR`)."""
    return (gke.major, gke.minor) <= GKE_KNOWN_THROUGH_MINOR


def gke_gateway_api(gke: GkeVersion | None) -> str:
    """The Gateway API release GKE installs at ``gke``, as GKE states it (None: the newest stated one).

    For a GKE minor newer than the table this is the newest stated release, an assumption
    (:func:`gke_is_known` says when).
    """
    if gke is None:
        return GKE_GATEWAY_API_RELEASES[0][1]
    for first, release in GKE_GATEWAY_API_RELEASES:
        if gke >= first:
            return release
    raise ConfigError(f"GKE {gke} predates Gateway API support in this tool; use GKE {OLDEST_SUPPORTED_GKE} or later")


def gateway_api_release(gke: GkeVersion | None) -> str:
    """The vendored Gateway API release whose CRDs stand for what a cluster at ``gke`` serves (None: the
    newest GKE is known to install). A release GKE names but the catalogue does not keep (v1.5.0) is
    represented by the catalogue's patch release of the same minor version (v1.5.1)."""
    return vendored_gateway_api(gke_gateway_api(gke))


def vendored_gateway_api(release: str) -> str:
    """``release`` if the catalogue keeps its CRDs, else its newest kept patch release of the same minor."""
    if release in GATEWAY_API:
        return release
    wanted = Version.parse(release)
    patches = [
        kept
        for kept in GATEWAY_API
        if (Version.parse(kept).major, Version.parse(kept).minor) == (wanted.major, wanted.minor)
        and Version.parse(kept) > wanted
    ]
    if not patches:
        raise ConfigError(
            f"Gateway API {release}: infergw keeps no CRDs of that minor version; "
            f"choose one of {', '.join(GATEWAY_API)}"
        )
    return patches[-1]
