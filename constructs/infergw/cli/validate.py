"""``infergw validate``: check manifests offline, as the API server would and more."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infergw.catalogue import GATEWAY_API_RELEASES, INFERENCE_RELEASES, MANAGED_PROMETHEUS_RELEASES
from infergw.validation import InputError, ValidationOptions, has_errors, load_crds
from infergw.validation.engine import HEALTHCHECK_CRDS, check_paths
from infergw.validation.formats import FORMATS
from infergw.validation.schemas import KUBERNETES_VERSIONS


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "validate",
        help="check manifests: schemas, CRD CEL rules, references (exit 1 when invalid)",
        description="Check Kubernetes manifests offline. PATH: files, directories (recursive: *.yaml, *.yml, "
        "*.json; kustomization files skipped) or - for stdin. Exit 0 valid, 1 invalid, 2 usage or unreadable input.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="default: dist/")
    parser.add_argument("--kubernetes-version", choices=KUBERNETES_VERSIONS, default="1.34")
    parser.add_argument("--crds", action="append", default=[], metavar="DIR_OR_FILE", help="extra CRDs (repeatable)")
    parser.add_argument(
        "--inference-release",
        choices=INFERENCE_RELEASES,
        default=INFERENCE_RELEASES[-1],
        help="inference-extension release of the pool/objective CRDs (default: %(default)s)",
    )
    parser.add_argument(
        "--gateway-release",
        choices=GATEWAY_API_RELEASES,
        default=GATEWAY_API_RELEASES[-1],
        help="Gateway API CRDs (default: %(default)s)",
    )
    parser.add_argument(
        "--managed-prometheus-release",
        choices=MANAGED_PROMETHEUS_RELEASES,
        default=MANAGED_PROMETHEUS_RELEASES[-1],
        help="monitoring.googleapis.com CRDs (default: %(default)s)",
    )
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument("--allow-external-refs", action="store_true", help="missing reference targets are warnings")
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
    options = ValidationOptions(
        kubernetes_version=args.kubernetes_version,
        inference_release=args.inference_release,
        gateway_release=args.gateway_release,
        managed_prometheus_release=args.managed_prometheus_release,
        extra_crds=load_crds(args.crds, args.kubernetes_version),
        allow_external_refs=args.allow_external_refs,
        verbose=args.verbose,
        healthcheck_crd=args.healthcheck_crd,
    )
    if not args.paths and not Path("dist").is_dir():
        raise InputError("no PATH given and no dist/ here: name the files or directories to check, or - for stdin")
    documents, findings = check_paths(args.paths or ["dist"], options, jobs=args.jobs)
    if args.policy:
        from infergw.policy import evaluate_policies, load_policies  # only then: its engine is slow to import
    for directory in args.policy:
        policies = load_policies(directory)
        if not policies.policies:
            print(
                f"warning: {directory}: no policies found (ValidatingAdmissionPolicy or SetPolicy files outside pass/, "
                "fail/ and fixtures/ folders), so none were evaluated; check the --policy directory",
                file=sys.stderr,
            )
        findings += evaluate_policies(documents, policies)
    findings = sorted(findings, key=lambda f: (f.file, f.line, f.path, f.rule))
    if not args.verbose:
        findings = [f for f in findings if f.severity != "info"]
    report = FORMATS[args.format](findings, [doc.source for doc in documents])
    # Text that is not valid Unicode (lone surrogates from JSON escapes) is shown escaped, not a crash.
    sys.stdout.write(report.encode("utf-8", "backslashreplace").decode("utf-8"))
    return 1 if has_errors(findings) else 0
