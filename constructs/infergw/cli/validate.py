"""``infergw validate``: check manifests offline, as the API server would and more."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from infergw.catalogue import GATEWAY_API_RELEASES, INFERENCE_RELEASES, MANAGED_PROMETHEUS_RELEASES
from infergw.cluster import DEFAULT_KUBERNETES_VERSION, cluster_profile, pool_crd_releases
from infergw.output import MARKER, is_migration, is_output, migration_set
from infergw.validation import InputError, ValidationOptions, has_errors, load_crds
from infergw.validation.engine import HEALTHCHECK_CRDS, check_paths, validate_documents
from infergw.validation.findings import Finding
from infergw.validation.formats import FORMATS
from infergw.validation.loader import Document, load_paths
from infergw.validation.schemas import KUBERNETES_VERSIONS
from infergw.versions import supported_gke_version

if TYPE_CHECKING:
    from infergw.policy.loading import PolicySet


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "validate",
        help="check manifests: schemas, CRD CEL rules, references (exit 1 when invalid)",
        description="Check Kubernetes manifests offline. PATH: files, directories (recursive: *.yaml, *.yml, "
        "*.json; kustomization files skipped) or - for stdin. Exit 0 valid, 1 invalid, 2 usage or unreadable input.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="default: dist/")
    parser.add_argument(
        "--kubernetes-version",
        choices=KUBERNETES_VERSIONS,
        default=None,
        help=f"minor version of the core schemas (default: {DEFAULT_KUBERNETES_VERSION}, or the --gke-version's)",
    )
    parser.add_argument(
        "--gke-version",
        default=None,
        help="the cluster's GKE version, e.g. 1.34.1-gke.1822000: picks the Gateway API release, the InferencePool "
        "CRD and the Kubernetes version the flags below do not give (what it assumes is printed)",
    )
    parser.add_argument("--crds", action="append", default=[], metavar="DIR_OR_FILE", help="extra CRDs (repeatable)")
    parser.add_argument(
        "--inference-release",
        choices=INFERENCE_RELEASES,
        default=INFERENCE_RELEASES[-1],
        help="inference-extension release of the pool/objective CRDs (default: %(default)s)",
    )
    parser.add_argument(
        "--gateway-release",
        "--cluster-gateway-api",
        dest="gateway_release",
        choices=GATEWAY_API_RELEASES,
        default=None,
        help=f"the Gateway API release whose CRDs the cluster serves (default: {GATEWAY_API_RELEASES[-1]}, "
        "the newest infergw has; a note says so)",
    )
    parser.add_argument(
        "--cluster-inferencepool-crd",
        choices=pool_crd_releases(),
        default=None,
        metavar="RELEASE",
        help="the cluster has its own v1 InferencePool CRD, the one of RELEASE (e.g. GKE's): v1 pools are checked "
        f"against it (one of {', '.join(pool_crd_releases())}; default: the --inference-release's)",
    )
    parser.add_argument(
        "--managed-prometheus-release",
        choices=MANAGED_PROMETHEUS_RELEASES,
        default=MANAGED_PROMETHEUS_RELEASES[-1],
        help="monitoring.googleapis.com CRDs (default: %(default)s)",
    )
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument(
        "--allow-external-refs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="missing reference targets are warnings (default: on for infergw output directories, which "
        "synthesis validated that way since model servers live elsewhere; off otherwise)",
    )
    parser.add_argument(
        "--jobs",
        type=_positive,
        default=None,
        metavar="N",
        help="processes for large inputs (default: the usable cores; output is the same for any N)",
    )
    parser.add_argument("--verbose", action="store_true", help="also print notes (e.g. skipped transition rules)")
    parser.add_argument(
        "--healthcheck-crd",
        choices=HEALTHCHECK_CRDS,
        default=None,
        help="HealthCheckPolicy CRD the cluster runs: 'unguarded' (gke-gateway-api's current port rules) or "
        "'guarded' (GKE 1.33's has() guards); health checks without portSpecification are an error or pass "
        "(default: unknown, a warning)",
    )
    parser.add_argument(
        "--policy",
        action="append",
        default=[],
        metavar="DIR",
        help="also evaluate the policies (ValidatingAdmissionPolicy, SetPolicy) in DIR (repeatable)",
    )
    parser.set_defaults(handler=handle)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def handle(args: argparse.Namespace) -> int:
    paths = args.paths or ["dist"]
    allow_external = args.allow_external_refs
    if allow_external is None:
        allow_external = all(is_output(path) for path in paths)
    gateway, pool_crd = args.gateway_release or GATEWAY_API_RELEASES[-1], args.cluster_inferencepool_crd
    kubernetes = args.kubernetes_version or DEFAULT_KUBERNETES_VERSION
    if args.gke_version is not None:
        profile = cluster_profile(
            supported_gke_version(args.gke_version),
            release=args.inference_release,
            gateway_api=args.gateway_release,
            inferencepool_crd=args.cluster_inferencepool_crd,
        )
        gateway, pool_crd = profile.gateway_api, profile.inferencepool_crd
        kubernetes = args.kubernetes_version or profile.kubernetes_version
        notes = [profile.gateway_note, profile.pool_note]
        if args.kubernetes_version is None:
            notes.append(profile.kubernetes_note)
        for note in notes:
            if note is not None:
                print(f"note: {note}", file=sys.stderr)
    options = ValidationOptions(
        kubernetes_version=kubernetes,
        inference_release=args.inference_release,
        gateway_release=gateway,
        inferencepool_crd=pool_crd,
        managed_prometheus_release=args.managed_prometheus_release,
        extra_crds=load_crds(args.crds, kubernetes),
        allow_external_refs=allow_external,
        verbose=args.verbose,
        healthcheck_crd=args.healthcheck_crd,
    )
    if not args.paths and not Path("dist").is_dir():
        raise InputError("no PATH given and no dist/ here: name the files or directories to check, or - for stdin")
    migration = any(_holds_migration(path) for path in paths)
    if migration:
        documents, findings = load_paths(paths)
    else:
        documents, findings = check_paths(paths, options, jobs=args.jobs)
    if args.gateway_release is None and args.gke_version is None and any(_is_gateway_api(d.obj) for d in documents):
        print(
            f"note: Gateway API objects checked against Gateway API {GATEWAY_API_RELEASES[-1]} (the newest release "
            "infergw has); say which release the cluster serves with --cluster-gateway-api",
            file=sys.stderr,
        )
    policies = _policy_sets(args.policy)
    if migration:
        findings += _check_migration_sets(documents, options, policies, explicit_refs=args.allow_external_refs)
    elif policies:
        from infergw.policy import evaluate_policies

        for loaded in policies:
            findings += evaluate_policies(documents, loaded)
    findings = sorted(findings, key=lambda f: (f.file, f.line, f.path, f.rule))
    if not args.verbose:
        findings = [f for f in findings if f.severity != "info"]
    report = FORMATS[args.format](findings, [doc.source for doc in documents])
    # Text that is not valid Unicode (lone surrogates from JSON escapes) is shown escaped, not a crash.
    sys.stdout.write(report.encode("utf-8", "backslashreplace").decode("utf-8"))
    return 1 if has_errors(findings) else 0


def _policy_sets(directories: list[str]) -> list[PolicySet]:
    """The policies of each ``--policy`` directory (the engine is imported only when there are any)."""
    if not directories:
        return []
    from infergw.policy import load_policies

    sets = []
    for directory in directories:
        sets.append(load_policies(directory))
        if not sets[-1].policies:
            print(
                f"warning: {directory}: no policies found (ValidatingAdmissionPolicy or SetPolicy files outside pass/, "
                "fail/ and fixtures/ folders), so none were evaluated; check the --policy directory",
                file=sys.stderr,
            )
    return sets


def _holds_migration(path: str) -> bool:
    """Whether ``path`` is, or holds, a migration output (whose phases are alternative states)."""
    root = Path(path)
    if not root.is_dir():
        return migration_set(path) is not None
    return is_migration(root) or any(is_migration(marker.parent) for marker in root.rglob(MARKER))


def _check_migration_sets(
    documents: list[Document], options: ValidationOptions, policies: list[PolicySet], *, explicit_refs: bool | None
) -> list[Finding]:
    """Each phase of a migration output validated as its own set (and everything else as one)."""
    from infergw.policy import evaluate_policies

    sets: dict[tuple[str, str] | None, list[Document]] = {}
    for document in documents:
        sets.setdefault(migration_set(document.source), []).append(document)
    findings: list[Finding] = []
    for where, members in sets.items():
        # A migration phase is infergw output, validated by `infergw migrate` with external references allowed.
        own = options if where is None or explicit_refs is not None else replace(options, allow_external_refs=True)
        findings += validate_documents(members, own)
        for loaded in policies:
            findings += evaluate_policies(members, loaded)
    return findings


def _is_gateway_api(obj: object) -> bool:
    api_version = obj.get("apiVersion") if isinstance(obj, dict) else None
    return isinstance(api_version, str) and api_version.startswith("gateway.networking.k8s.io/")
