"""The CRD catalogue: every CustomResourceDefinition the product emits or validates against.

The CRDs are the package's own copies of the upstream files (descriptions removed, everything else
kept), stored under ``crds/``. Which file belongs to which release is data, in the tables below.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from infergw.releases import (
    DEFAULT_RELEASE,
    GATEWAY_API,
    MANAGED_PROMETHEUS,
    POOL_V1ALPHA2,
    PROMETHEUS_OPERATOR,
    RELEASES,
    Version,
    get_release,
    release_ids,
)
from infergw.versions import GkeVersion, gateway_api_release, ships_inferencepool_v1

__all__ = [
    "ENTRIES",
    "GATEWAY_API_RELEASES",
    "INFERENCE_RELEASES",
    "MANAGED_PROMETHEUS_RELEASES",
    "CatalogueEntry",
    "entries_for",
    "inference_crds",
    "load_crd",
]

#: Release identifiers per family, oldest first (the tables live in :mod:`infergw.releases`).
INFERENCE_RELEASES: tuple[str, ...] = release_ids()
GATEWAY_API_RELEASES: tuple[str, ...] = tuple(GATEWAY_API)
MANAGED_PROMETHEUS_RELEASES: tuple[str, ...] = tuple(MANAGED_PROMETHEUS)
PROMETHEUS_OPERATOR_RELEASES: tuple[str, ...] = tuple(PROMETHEUS_OPERATOR)

#: The v1 pool CRD, the one GKE 1.34.0-gke.1626000 and later installs itself.
INFERENCEPOOL_V1_CRD = "inferencepools.inference.networking.k8s.io"
INFERENCEPOOL_ALPHA_CRD = "inferencepools.inference.networking.x-k8s.io"
#: On every CRD emitted for a cluster whose GKE version ships the v1 InferencePool CRD: tells the
#: policies (which see manifests, not the config) that v1alpha2 pools are outdated there.
SHIPS_V1_ANNOTATION = "policy.infergw.dev/cluster-ships-inferencepool-v1"


@dataclass(frozen=True)
class CatalogueEntry:
    """One vendored CRD file and the product family/release it belongs to."""

    family: str  # inference-extension, gateway-api, gke, managed-prometheus, prometheus-operator, apigee, argocd
    release: str  # upstream release tag, or "" for families we track without releases
    path: str  # relative to the crds/ folder

    @property
    def crd(self) -> dict[str, Any]:
        """The CRD object (a shared, read-only parsed copy)."""
        return _parse(self.path)

    @property
    def name(self) -> str:
        return str(self.crd["metadata"]["name"])

    @property
    def group(self) -> str:
        return str(self.crd["spec"]["group"])

    @property
    def kind(self) -> str:
        return str(self.crd["spec"]["names"]["kind"])

    @property
    def served_versions(self) -> tuple[str, ...]:
        return tuple(v["name"] for v in self.crd["spec"]["versions"] if v.get("served", False))


#: CRDs of no release table: GKE's networking CRDs, Apigee's (written here, see its file) and Argo CD's.
UNVERSIONED: tuple[tuple[str, str], ...] = (
    *(
        ("gke", f"gke/networking.gke.io_{plural}.yaml")
        for plural in (
            "gcptrafficextensions",
            "gcproutingextensions",
            "gcpbackendpolicies",
            "healthcheckpolicies",
            "gcpgatewaypolicies",
        )
    ),
    ("apigee", "apigee/apim.googleapis.com_apigeebackendservices.yaml"),
    ("argocd", "argocd/argoproj.io_applications.yaml"),
)


def _entries() -> tuple[CatalogueEntry, ...]:
    found: list[CatalogueEntry] = []
    for release in RELEASES.values():
        found += [CatalogueEntry("inference-extension", release.id, crd.vendored) for crd in release.crds]
    for family, table in (
        ("gateway-api", GATEWAY_API),
        ("managed-prometheus", MANAGED_PROMETHEUS),
        ("prometheus-operator", PROMETHEUS_OPERATOR),
    ):
        for product in table.values():
            found += [CatalogueEntry(family, product.id, crd.vendored) for crd in product.crds]
    found += [CatalogueEntry(family, "", path) for family, path in UNVERSIONED]
    return tuple(found)


ENTRIES: tuple[CatalogueEntry, ...] = _entries()


@cache
def _parse(path: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("crds", path).read_text(encoding="utf-8")
    crd: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return crd


def load_crd(path: str) -> dict[str, Any]:
    """A private deep copy of the vendored CRD at ``path`` (relative to ``crds/``)."""
    return copy.deepcopy(_parse(path))


def check_release(release: str) -> str:
    """Return ``release`` if the product knows it, else raise a :class:`ConfigError` listing them."""
    return get_release(release).id


def inference_crds(
    release: str,
    gke_version: GkeVersion | None = None,
    *,
    include_alpha_pool: bool = False,
    cluster_has_pool_crd: bool = False,
) -> list[dict[str, Any]]:
    """The inference-extension CRDs a cluster needs for ``release``.

    On GKE 1.34.0-gke.1626000 and later the v1 InferencePool CRD is GKE's own and is left out, as it
    is when the cluster is said to have one (``cluster_has_pool_crd``). For
    releases whose pools are v1 the release's v1alpha2 InferencePool CRD is only included on request
    (``include_alpha_pool``), since applying it would replace the one a v0.3.0 install relies on.
    """
    known = get_release(release)
    crds = []
    for entry in ENTRIES:
        if entry.family != "inference-extension" or entry.release != release:
            continue
        if entry.name == INFERENCEPOOL_V1_CRD and (cluster_has_pool_crd or ships_inferencepool_v1(gke_version)):
            continue
        if (
            entry.name == INFERENCEPOOL_ALPHA_CRD
            and known.pool_api_versions[0] != POOL_V1ALPHA2
            and not include_alpha_pool
        ):
            continue  # the release's pools are v1: its v1alpha2 CRD would replace a v0.3.0 install's
        crds.append(load_crd(entry.path))
    return crds


def mark_ships_v1(crds: list[dict[str, Any]], gke_version: GkeVersion | None) -> None:
    """Annotate ``crds`` with :data:`SHIPS_V1_ANNOTATION` when ``gke_version`` ships the v1 pool CRD."""
    if ships_inferencepool_v1(gke_version):
        for crd in crds:
            crd["metadata"].setdefault("annotations", {})[SHIPS_V1_ANNOTATION] = "true"


def entries_for(
    *,
    inference_release: str = DEFAULT_RELEASE,
    gateway_release: str | None = None,
    managed_prometheus_release: str = MANAGED_PROMETHEUS_RELEASES[-1],
    gke_version: GkeVersion | None = None,
    inferencepool_crd: str | None = None,
) -> list[CatalogueEntry]:
    """One entry per (group, kind): the schema set a given cluster profile serves.

    For inference kinds of another release than ``inference_release`` the newest release that
    defines the kind is used (InferenceModel exists only in v0.3.0). Gateway API kinds come from
    ``gateway_release`` only: a kind that release's files do not carry (GRPCRoute, BackendTLSPolicy
    before v1.4.1, ListenerSet before v1.5.1) is not in the set. ``inferencepool_crd`` names the
    release whose v1 InferencePool CRD the cluster has (GKE's own), if not ``inference_release``'s.
    """
    check_release(inference_release)
    gateway_release = gateway_release or gateway_api_release(gke_version)
    preferred = {
        "inference-extension": inference_release,
        "gateway-api": gateway_release,
        "managed-prometheus": managed_prometheus_release,
        "prometheus-operator": PROMETHEUS_OPERATOR_RELEASES[-1],
    }
    chosen: dict[tuple[str, str], CatalogueEntry] = {}
    for entry in ENTRIES:
        if entry.family == "gateway-api" and entry.release != gateway_release:
            continue
        key = (entry.group, entry.kind)
        current = chosen.get(key)
        want = preferred.get(entry.family, "")
        if inferencepool_crd is not None and entry.name == INFERENCEPOOL_V1_CRD:
            want = inferencepool_crd
        if current is None or entry.release == want or (current.release != want and _newer(entry, current)):
            chosen[key] = entry
    return sorted(chosen.values(), key=lambda e: (e.group, e.kind))


def releases_defining(group: str, kind: str) -> tuple[str, ...]:
    """The releases (any family) whose vendored CRDs define ``group``/``kind``, in catalogue order."""
    return tuple(dict.fromkeys(e.release for e in ENTRIES if (e.group, e.kind) == (group, kind) and e.release))


def _newer(entry: CatalogueEntry, than: CatalogueEntry) -> bool:
    """Whether ``entry`` is of a newer release than ``than`` (same family; release order, not text)."""
    if entry.family == "inference-extension":
        return RELEASES[entry.release].order > RELEASES[than.release].order
    if not entry.release or not than.release:
        return False
    return Version.parse(entry.release) > Version.parse(than.release)
