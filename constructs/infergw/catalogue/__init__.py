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

from infergw.errors import ConfigError
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

#: Releases of the Gateway API Inference Extension the product supports, oldest first.
INFERENCE_RELEASES: tuple[str, ...] = ("v0.3.0", "v1.0.0", "v1.0.2")
GATEWAY_API_RELEASES: tuple[str, ...] = ("v1.3.0", "v1.4.0")
MANAGED_PROMETHEUS_RELEASES: tuple[str, ...] = ("v0.15.3", "v0.17.2")
PROMETHEUS_OPERATOR_RELEASES: tuple[str, ...] = ("v0.93.0",)

#: The v1 pool CRD, the one GKE 1.34.0-gke.1626000 and later installs itself.
INFERENCEPOOL_V1_CRD = "inferencepools.inference.networking.k8s.io"
INFERENCEPOOL_ALPHA_CRD = "inferencepools.inference.networking.x-k8s.io"


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
        return self.crd["metadata"]["name"]

    @property
    def group(self) -> str:
        return self.crd["spec"]["group"]

    @property
    def kind(self) -> str:
        return self.crd["spec"]["names"]["kind"]

    @property
    def served_versions(self) -> tuple[str, ...]:
        return tuple(v["name"] for v in self.crd["spec"]["versions"] if v.get("served", False))


def _entries() -> tuple[CatalogueEntry, ...]:
    inference = {
        "v0.3.0": ("inference.networking.x-k8s.io_inferencepools", "inference.networking.x-k8s.io_inferencemodels"),
        "v1.0.0": (
            "inference.networking.k8s.io_inferencepools",
            "inference.networking.x-k8s.io_inferencepools",
            "inference.networking.x-k8s.io_inferenceobjectives",
        ),
    }
    inference["v1.0.2"] = inference["v1.0.0"]
    found: list[CatalogueEntry] = []
    for release in INFERENCE_RELEASES:
        for name in inference[release]:
            found.append(CatalogueEntry("inference-extension", release, f"inference-extension/{release}/{name}.yaml"))
    for release in GATEWAY_API_RELEASES:
        for plural in ("gatewayclasses", "gateways", "httproutes", "referencegrants"):
            found.append(
                CatalogueEntry("gateway-api", release, f"gateway-api/{release}/gateway.networking.k8s.io_{plural}.yaml")
            )
    for plural in (
        "gcptrafficextensions",
        "gcproutingextensions",
        "gcpbackendpolicies",
        "healthcheckpolicies",
        "gcpgatewaypolicies",
    ):
        found.append(CatalogueEntry("gke", "", f"gke/networking.gke.io_{plural}.yaml"))
    for release in MANAGED_PROMETHEUS_RELEASES:
        for plural in ("podmonitorings", "clusterpodmonitorings", "rules", "clusterrules", "globalrules"):
            found.append(
                CatalogueEntry(
                    "managed-prometheus",
                    release,
                    f"managed-prometheus/{release}/monitoring.googleapis.com_{plural}.yaml",
                )
            )
    for release in PROMETHEUS_OPERATOR_RELEASES:
        found.append(
            CatalogueEntry(
                "prometheus-operator",
                release,
                f"prometheus-operator/{release}/monitoring.coreos.com_prometheusrules.yaml",
            )
        )
    found.append(CatalogueEntry("apigee", "", "apigee/apim.googleapis.com_apigeebackendservices.yaml"))
    found.append(CatalogueEntry("argocd", "", "argocd/argoproj.io_applications.yaml"))
    return tuple(found)


ENTRIES: tuple[CatalogueEntry, ...] = _entries()


@cache
def _parse(path: str) -> dict[str, Any]:
    text = resources.files(__package__).joinpath("crds", path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def load_crd(path: str) -> dict[str, Any]:
    """A private deep copy of the vendored CRD at ``path`` (relative to ``crds/``)."""
    return copy.deepcopy(_parse(path))


def check_release(release: str) -> str:
    """Return ``release`` if the product supports it, else raise a :class:`ConfigError` listing them."""
    if release not in INFERENCE_RELEASES:
        raise ConfigError(
            f"unsupported inference-extension release {release!r}: choose one of {', '.join(INFERENCE_RELEASES)}"
        )
    return release


def inference_crds(
    release: str, gke_version: GkeVersion | None = None, *, include_alpha_pool: bool = False
) -> list[dict[str, Any]]:
    """The inference-extension CRDs a cluster needs for ``release``.

    On GKE 1.34.0-gke.1626000 and later the v1 InferencePool CRD is GKE's own and is left out. For
    v1.0.x the release's v1alpha2 InferencePool CRD is only included on request
    (``include_alpha_pool``), since applying it would replace the one a v0.3.0 install relies on.
    """
    check_release(release)
    crds = []
    for entry in ENTRIES:
        if entry.family != "inference-extension" or entry.release != release:
            continue
        if entry.name == INFERENCEPOOL_V1_CRD and ships_inferencepool_v1(gke_version):
            continue
        if entry.name == INFERENCEPOOL_ALPHA_CRD and release != "v0.3.0" and not include_alpha_pool:
            continue
        crds.append(load_crd(entry.path))
    return crds


def entries_for(
    *,
    inference_release: str = INFERENCE_RELEASES[-1],
    gateway_release: str | None = None,
    managed_prometheus_release: str = MANAGED_PROMETHEUS_RELEASES[-1],
    gke_version: GkeVersion | None = None,
) -> list[CatalogueEntry]:
    """One entry per (group, kind): the schema set a given cluster profile serves.

    For inference kinds of another release than ``inference_release`` the newest release that
    defines the kind is used (InferenceModel exists only in v0.3.0).
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
        key = (entry.group, entry.kind)
        current = chosen.get(key)
        want = preferred.get(entry.family, "")
        if current is None or entry.release == want or (current.release != want and entry.release > current.release):
            chosen[key] = entry
    return sorted(chosen.values(), key=lambda e: (e.group, e.kind))
