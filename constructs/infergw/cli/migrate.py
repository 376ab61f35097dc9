"""``infergw migrate``: plan the migration of existing manifests to a newer release into phase directories."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from infergw.errors import ConfigError, OutputError
from infergw.migration.paths import every_target
from infergw.output import write_tree
from infergw.validation import InputError
from infergw.validation.loader import load_paths
from infergw.versions import supported_gke_version


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "migrate",
        help="plan the migration to a newer release as validated phase directories and PLAN.md",
        description="Read the manifests a cluster runs today (--from), find the pools of the release they run "
        "(v1alpha2 InferencePools and InferenceModels, or v1 pools with x-k8s.io InferenceObjectives), and "
        "write one complete desired state per phase plus PLAN.md into --out (replaced atomically; nothing is written "
        "on error).",
    )
    parser.add_argument(
        "--from", dest="source", required=True, metavar="DIR", help="current manifests (files or directory)"
    )
    targets = every_target()
    parser.add_argument(
        "--to-release",
        default=None,
        choices=targets,
        help=f"default: the newest release a plan from the input's release reaches ({targets[-1]})",
    )
    parser.add_argument(
        "--from-release",
        default=None,
        help="the release the input runs (default: found from the endpoint picker's image or the pools' labels)",
    )
    parser.add_argument("--gke-version", default=None, help="cluster version, e.g. 1.34.1-gke.1822000")
    parser.add_argument("--strategy", choices=("zero-downtime", "simple"), default="zero-downtime")
    parser.add_argument(
        "--steps",
        default=None,
        help="zero-downtime only: percent of traffic on the new pools per step, ending at 100 (default: 50,100)",
    )
    parser.add_argument(
        "--priority",
        default=None,
        metavar="CRITICALITY=N,...",
        help="criticality -> objective priority (default: Critical=2,Standard=1,Sheddable=-1)",
    )
    parser.add_argument(
        "--suffix",
        default=None,
        help="new pool name suffix (replaces -preview) (default: -ga when the pools move to v1, else the target "
        "release, e.g. -llm-d-router-v0-10)",
    )
    parser.add_argument(
        "--model",
        action="append",
        default=None,
        metavar="NAME",
        help="a model name the runbook's checks request (repeatable; default: the input's model names, or the "
        "objectives' names)",
    )
    parser.add_argument("--out", required=True, metavar="DIR")
    parser.add_argument(
        "--argocd",
        metavar="REPO_URL",
        default=None,
        help="also write one Argo CD Application into <out>/argocd/ (manual sync), whose source path PLAN.md "
        "advances from phase to phase",
    )
    parser.add_argument(
        "--argocd-path", metavar="PATH", default=None, help="path of --out inside the repository (default: --out)"
    )
    parser.set_defaults(handler=handle)


def _priorities(text: str) -> dict[str, int]:
    """``Critical=2,Standard=1`` -> ``{"Critical": 2, "Standard": 1}``."""
    priorities = {}
    for item in text.split(","):
        criticality, _, number = (part.strip() for part in item.partition("="))
        if not criticality or not re.fullmatch(r"-?[0-9]+", number):
            raise ConfigError(
                f"--priority {text!r}: give CRITICALITY=INTEGER pairs separated by commas, "
                "e.g. Critical=2,Standard=1,Sheddable=-1"
            )
        priorities[criticality] = int(number)
    return priorities


def handle(args: argparse.Namespace) -> int:
    gke = supported_gke_version(args.gke_version) if args.gke_version else None
    if args.steps is not None and args.strategy == "simple":
        raise ConfigError("--steps applies to --strategy zero-downtime; the simple strategy has no traffic steps")
    try:
        steps = tuple(int(s) for s in (args.steps or "50,100").split(","))
    except ValueError:
        raise ConfigError(f"--steps {args.steps!r}: give comma-separated whole percentages, e.g. 10,50,100") from None
    # Imported here: the new pool stacks are rendered by the construct library, which loads cdk8s (Node).
    from infergw.migration.plan import DEFAULT_PRIORITIES, MigrationOptions, plan_migration

    documents, problems = load_paths([args.source])
    if problems:
        raise InputError(problems[0].as_text())
    options = MigrationOptions(
        to_release=args.to_release,
        gke_version=gke,
        strategy=args.strategy,
        steps=steps,
        name_suffix=args.suffix,
        priorities=_priorities(args.priority) if args.priority else dict(DEFAULT_PRIORITIES),
        from_release=args.from_release,
        request_models=tuple(args.model or ()),
    )
    plan = plan_migration([d.obj for d in documents], options)
    if plan is None:
        print(
            f"no migration needed: {args.source} has no InferencePool or per-workload object of a release that a newer "
            "one replaces"
        )
        return 0
    plan.source = str(Path(args.source).resolve())  # PLAN.md runs from the output directory
    if args.argocd is not None:
        from infergw.argocd import repository_path

        try:
            plan.use_argocd(args.argocd, repository_path(args.out, args.argocd_path))
        except ValueError as exc:
            raise ConfigError(f"--argocd: {exc}") from None
    files = plan.files()
    try:
        write_tree(files, args.out, protected=[args.source])
    except OSError as exc:
        raise OutputError(
            f"could not write {args.out}: {exc.strerror or exc}; the previous output is unchanged"
        ) from None
    for warning in plan.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {len(plan.phases)} phases and PLAN.md to {args.out}")
    return 0
