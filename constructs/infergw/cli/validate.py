"""``infergw validate``: check manifests offline, as the API server would and more."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from infergw.catalogue import GATEWAY_API_RELEASES, INFERENCE_RELEASES, MANAGED_PROMETHEUS_RELEASES
from infergw.output import is_output, migration_set
from infergw.policy import evaluate_policies, load_policies
from infergw.validation import InputError, ValidationOptions, has_errors, load_crds
from infergw.validation.engine import validate_documents
from infergw.validation.formats import FORMATS
from infergw.validation.loader import Document, load_paths
from infergw.validation.schemas import KUBERNETES_VERSIONS


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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
    parser.add_argument(
        "--allow-external-refs",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="missing reference targets are warnings (default: on for infergw output directories, which "
        "synthesis validated that way since model servers live elsewhere; off otherwise)",
    )
    parser.add_argument("--verbose", action="store_true", help="also print notes (e.g. skipped transition rules)")
    parser.add_argument(
        "--policy",
        action="append",
        default=[],
        metavar="DIR",
        help="also evaluate the policies (ValidatingAdmissionPolicy, SetPolicy) in DIR (repeatable)",
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    paths = args.paths or ["dist"]
    allow_external = args.allow_external_refs
    if allow_external is None:
        allow_external = all(is_output(path) for path in paths)
    options = ValidationOptions(
        kubernetes_version=args.kubernetes_version,
        inference_release=args.inference_release,
        gateway_release=args.gateway_release,
        managed_prometheus_release=args.managed_prometheus_release,
        extra_crds=load_crds(args.crds, args.kubernetes_version),
        allow_external_refs=allow_external,
        verbose=args.verbose,
    )
    if not args.paths and not Path("dist").is_dir():
        raise InputError("no PATH given and no dist/ here: name the files or directories to check, or - for stdin")
    documents, findings = load_paths(paths)
    # The phases of a migration output are alternative states of the same objects: each is a set of its own.
    sets: dict[tuple[str, str] | None, list[Document]] = {}
    for document in documents:
        sets.setdefault(migration_set(document.source), []).append(document)
    policies = []
    for directory in args.policy:
        policies.append(load_policies(directory))
        if not policies[-1].policies:
            print(
                f"warning: {directory}: no policies found (ValidatingAdmissionPolicy or SetPolicy files outside pass/, "
                "fail/ and fixtures/ folders), so none were evaluated; check the --policy directory",
                file=sys.stderr,
            )
    for where, members in sets.items():
        # A migration phase is infergw output, validated by `infergw migrate` with external references allowed.
        own = (
            options
            if where is None or args.allow_external_refs is not None
            else replace(options, allow_external_refs=True)
        )
        findings = findings + validate_documents(members, own)
        for loaded in policies:
            findings += evaluate_policies(members, loaded)
    findings = sorted(findings, key=lambda f: (f.file, f.line, f.path, f.rule))
    if not args.verbose:
        findings = [f for f in findings if f.severity != "info"]
    report = FORMATS[args.format](findings, [doc.source for doc in documents])
    # Text that is not valid Unicode (lone surrogates from JSON escapes) is shown escaped, not a crash.
    sys.stdout.write(report.encode("utf-8", "backslashreplace").decode("utf-8"))
    return 1 if has_errors(findings) else 0
