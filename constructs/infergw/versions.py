"""GKE version parsing and the version gates that decide which CRDs a cluster already has."""

from __future__ import annotations

import re
from dataclasses import dataclass

from infergw.errors import ConfigError

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

#: Gateway API standard-channel release GKE installs, newest first: (first GKE version, release).
GKE_GATEWAY_API_RELEASES: tuple[tuple[GkeVersion, str], ...] = (
    (GkeVersion.parse("1.34.1-gke.1822000"), "v1.4.0"),
    (GkeVersion.parse("1.33.2-gke.1335000"), "v1.3.0"),
)


def ships_inferencepool_v1(gke: GkeVersion | None) -> bool:
    """Whether a cluster at ``gke`` already has the v1 InferencePool CRD (None: unknown, assume not)."""
    return gke is not None and gke >= GKE_SHIPS_INFERENCEPOOL_V1


def gateway_api_release(gke: GkeVersion | None) -> str:
    """The Gateway API release whose CRDs a cluster at ``gke`` serves (None: the newest we know)."""
    if gke is None:
        return GKE_GATEWAY_API_RELEASES[0][1]
    for first, release in GKE_GATEWAY_API_RELEASES:
        if gke >= first:
            return release
    raise ConfigError(
        f"GKE {gke} predates Gateway API support in this tool; use GKE {GKE_GATEWAY_API_RELEASES[-1][0]} or later"
    )
