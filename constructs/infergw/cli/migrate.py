"""``infergw migrate``: plan the v1alpha2 -> v1 migration of existing manifests into phase directories."""

from __future__ import annotations

import argparse
import sys

from infergw.catalogue import INFERENCE_RELEASES
from infergw.errors import ConfigError
from infergw.validation import InputError
from infergw.validation.loader import load_paths
from infergw.versions import GkeVersion


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "migrate",
        help="plan the v1alpha2 -> v1 migration as validated phase directories and PLAN.md",
        description="Read the manifests a cluster runs today (--from), find v1alpha2 InferencePools and InferenceModels, and "
        "write one complete desired state per phase plus PLAN.md into --out (replaced atomically; nothing is written on error).",
    )
    parser.add_argument("--from", dest="source", required=True, metavar="DIR", help="current manifests (files or directory)")
    parser.add_argument("--to-release", default=INFERENCE_RELEASES[-1], choices=[r for r in INFERENCE_RELEASES if r != "v0.3.0"])
    parser.add_argument("--gke-version", default=None, help="cluster version, e.g. 1.34.1-gke.1822000")
    parser.add_argument("--strategy", choices=("zero-downtime", "simple"), default="zero-downtime")
    parser.add_argument("--steps", default="50,100", help="percent of traffic on v1 per step, ending at 100 (default: 50,100)")
    parser.add_argument("--suffix", default="-ga", help="new pool name suffix (replaces -preview) (default: -ga)")
    parser.add_argument("--out", required=True, metavar="DIR")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    try:
        steps = tuple(int(s) for s in args.steps.split(","))
    except ValueError:
        raise ConfigError(f"--steps {args.steps!r}: give comma-separated whole percentages, e.g. 10,50,100") from None
    # Imported here: the new pool stacks are rendered by the construct library, which loads cdk8s (Node).
    from infergw.migration import MigrationOptions, plan_migration

    documents, problems = load_paths([args.source])
    if problems:
        raise InputError(problems[0].as_text())
    options = MigrationOptions(
        to_release=args.to_release,
        gke_version=GkeVersion.parse(args.gke_version) if args.gke_version else None,
        strategy=args.strategy,
        steps=steps,
        name_suffix=args.suffix,
    )
    plan = plan_migration([d.obj for d in documents], options)
    if plan is None:
        print(f"no migration needed: {args.source} has no v1alpha2 InferencePool or InferenceModel")
        return 0
    plan.write(args.out)
    for warning in plan.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {len(plan.phases)} phases and PLAN.md to {args.out}")
    return 0


