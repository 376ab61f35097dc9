"""``infergw validate``: check manifests offline, as the API server would and more."""

from __future__ import annotations

import argparse
import sys

from infergw.policy import evaluate_policies, load_policies
from infergw.validation import InputError, ValidationOptions, has_errors
from infergw.validation.engine import validate_documents
from infergw.validation.formats import FORMATS
from infergw.validation.loader import load_paths
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
    parser.add_argument("--inference-release", default=None, help="inference-extension release of the pool/objective CRDs")
    parser.add_argument("--gateway-release", choices=("v1.3.0", "v1.4.0"), default=None, help="Gateway API CRDs")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument("--allow-external-refs", action="store_true", help="missing reference targets are warnings")
    parser.add_argument("--verbose", action="store_true", help="also print notes (e.g. skipped transition rules)")
    parser.add_argument("--policy", action="append", default=[], metavar="DIR",
                        help="also evaluate the policies (ValidatingAdmissionPolicy, SetPolicy) in DIR (repeatable)")
    parser.set_defaults(handler=handle)


def _extra_crds(paths: list[str]) -> tuple[dict, ...]:
    documents, problems = load_paths(paths)
    if problems:
        raise InputError(f"--crds: {problems[0].as_text()}")
    crds = tuple(d.obj for d in documents if d.obj.get("kind") == "CustomResourceDefinition")
    if paths and not crds:
        raise InputError(f"--crds {' '.join(paths)}: no CustomResourceDefinition found")
    return crds


def handle(args: argparse.Namespace) -> int:
    options = ValidationOptions(
        kubernetes_version=args.kubernetes_version,
        gateway_release=args.gateway_release,
        extra_crds=_extra_crds(args.crds),
        allow_external_refs=args.allow_external_refs,
        verbose=args.verbose,
        **({"inference_release": args.inference_release} if args.inference_release else {}),
    )
    documents, findings = load_paths(args.paths or ["dist"])
    findings = findings + validate_documents(documents, options)
    for directory in args.policy:
        findings += evaluate_policies(documents, load_policies(directory))
    findings = sorted(findings, key=lambda f: (f.file, f.line, f.path, f.rule))
    if not args.verbose:
        findings = [f for f in findings if f.severity != "info"]
    sys.stdout.write(FORMATS[args.format](findings, len(documents)))
    return 1 if has_errors(findings) else 0
