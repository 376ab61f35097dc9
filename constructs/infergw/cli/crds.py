"""``infergw crds``: print the inference-extension CRDs a cluster needs, as YAML."""

from __future__ import annotations

import argparse
import sys

from infergw.catalogue import inference_crds
from infergw.cluster import cluster_profile, pool_crd_releases
from infergw.output import canonical, dump_yaml
from infergw.releases import DEFAULT_RELEASE, release_ids
from infergw.versions import supported_gke_version


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "crds",
        help="print the inference-extension CRDs for a release and GKE version",
        description="Print the CRDs to install for RELEASE. GKE 1.34.0-gke.1626000 and later ships the v1 "
        "InferencePool CRD, so only the other CRDs are printed there (or when --cluster-inferencepool-crd says "
        "the cluster has one).",
    )
    parser.add_argument("--release", default=DEFAULT_RELEASE, choices=release_ids(), help="default: %(default)s")
    parser.add_argument("--gke-version", default=None, help="cluster version, e.g. 1.34.1-gke.1822000")
    parser.add_argument(
        "--cluster-inferencepool-crd",
        default=None,
        choices=pool_crd_releases(),
        metavar="RELEASE",
        help="the cluster already has the v1 InferencePool CRD of RELEASE (e.g. GKE's own), so it is not printed "
        f"(one of {', '.join(pool_crd_releases())}). default: from --gke-version",
    )
    parser.add_argument(
        "--include-alpha-pool",
        action="store_true",
        help="for v1.0.x, also print the release's v1alpha2 InferencePool CRD",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    gke = supported_gke_version(args.gke_version) if args.gke_version else None
    profile = cluster_profile(gke, release=args.release, inferencepool_crd=args.cluster_inferencepool_crd)
    if profile.pool_note is not None:
        print(f"note: {profile.pool_note}", file=sys.stderr)
    crds = inference_crds(
        args.release,
        gke,
        include_alpha_pool=args.include_alpha_pool,
        cluster_has_pool_crd=args.cluster_inferencepool_crd is not None,
    )
    sys.stdout.write(dump_yaml([canonical(crd) for crd in crds]))
    return 0
