"""``infergw synth``: build the stack described by the config file into an output directory."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from infergw.argocd import repository_path
from infergw.config import DEFAULT_CONFIG
from infergw.errors import ConfigError
from infergw.helm import chart_files
from infergw.names import DNS_LABEL

DEFAULT_CHART_NAME = "inference-gateway"
#: The chart's own version (Helm needs SemVer): yours to bump; the inference release is its appVersion.
DEFAULT_CHART_VERSION = "0.1.0"
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("synth", help="synthesize the stack into a directory (default: dist/)")
    parser.add_argument(
        "--config",
        default=None,
        help=f"stack config file (default: {DEFAULT_CONFIG} of the current directory)",
    )
    parser.add_argument(
        "--out",
        default=None,
        help="output directory, replaced atomically (default: $CDK8S_OUTDIR, else dist)",
    )
    parser.add_argument(
        "--format",
        choices=("kustomize", "helm"),
        default="kustomize",
        help="kustomize: a directory per chart with kustomization.yaml files (default); "
        "helm: one Helm chart for `helm install -n NAMESPACE`, with values.yaml (see README)",
    )
    parser.add_argument(
        "--chart-name", default=None, help=f"chart name for --format helm (default: {DEFAULT_CHART_NAME})"
    )
    parser.add_argument(
        "--chart-version",
        default=None,
        help=f"chart version for --format helm, SemVer (default: {DEFAULT_CHART_VERSION}; appVersion is the release)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse placeholders (replace-me-... values, PROJECT_ID) instead of warning: for production pipelines",
    )
    parser.add_argument(
        "--argocd",
        metavar="REPO_URL",
        default=None,
        help="also write an Argo CD Application per output directory into <out>/argocd/ (app of apps)",
    )
    parser.add_argument(
        "--argocd-path",
        metavar="PATH",
        default=None,
        help="path of the output directory inside the repository (default: the --out value)",
    )
    parser.set_defaults(handler=handle)


def default_outdir() -> Path:
    """Where output goes when no directory is given: cdk8s-cli's $CDK8S_OUTDIR, else ``dist``."""
    return Path(os.environ.get("CDK8S_OUTDIR") or "dist")


def default_config() -> Path:
    """``infergw.yaml`` of the current directory; without one there is nothing to build."""
    if not Path(DEFAULT_CONFIG).exists():
        raise ConfigError(
            f"no {DEFAULT_CONFIG} in {Path.cwd()}: run `infergw init` to start one, or pass --config FILE"
        )
    return Path(DEFAULT_CONFIG)


def check_flags(args: argparse.Namespace) -> None:
    """Refuse flags that would be ignored silently in the combination given."""
    if args.chart_name is not None and args.format != "helm":
        raise ConfigError(
            f"--chart-name {args.chart_name}: names the chart of --format helm, which is not asked for; "
            "add --format helm, or leave --chart-name out"
        )
    if args.chart_version is not None and args.format != "helm":
        raise ConfigError(
            f"--chart-version {args.chart_version}: versions the chart of --format helm, which is not asked for; "
            "add --format helm, or leave --chart-version out"
        )
    if args.chart_version is not None and not _SEMVER.match(args.chart_version):
        raise ConfigError(f"--chart-version {args.chart_version!r}: Helm needs SemVer, such as 1.4.0 (no leading v)")
    if args.argocd_path is not None and args.argocd is None:
        raise ConfigError(
            f"--argocd-path {args.argocd_path}: is the output's path in the repository of --argocd REPO_URL, which is "
            "not given; add --argocd REPO_URL (or set argocd.path in the config), or leave --argocd-path out"
        )


def handle(args: argparse.Namespace) -> int:
    from infergw.config.loader import load_config  # here, so other commands start without the config model

    check_flags(args)
    args.chart_name = args.chart_name or DEFAULT_CHART_NAME
    config = load_config(args.config if args.config is not None else default_config(), strict=args.strict)
    outdir = Path(args.out) if args.out else default_outdir()
    if (args.argocd is not None or config.argocd is not None) and args.format == "helm":
        raise ConfigError(
            "--argocd (or argocd: in the config) writes Applications for the kustomize layout; with --format helm, "
            "leave them out and point one Application at the chart"
        )
    if args.format == "helm" and not DNS_LABEL.match(args.chart_name):
        raise ConfigError(
            f"--chart-name {args.chart_name!r}: use lower-case letters, digits and '-' (a Helm chart name)"
        )
    if args.argocd is not None:
        if not args.argocd.strip():
            raise ConfigError(
                "--argocd: give the Git repository Argo CD reads, e.g. https://github.com/org/platform.git"
            )
        try:
            argocd_path = repository_path(str(outdir), args.argocd_path)
        except ValueError as exc:
            raise ConfigError(str(exc)) from None
    # Imported here: loading cdk8s starts Node, which the other subcommands do not need.
    from infergw.cdk.app import build_app, cluster, render_stack
    from infergw.cdk.synthesis import write

    for note in cluster(config).notes:
        print(f"note: {note}", file=sys.stderr)

    files = render_stack(build_app(config), config, (args.argocd, argocd_path) if args.argocd is not None else None)
    if args.format == "helm":
        files = chart_files(
            files,
            name=args.chart_name,
            version=args.chart_version or DEFAULT_CHART_VERSION,
            app_version=config.release,
            namespace=config.namespace,
        )
    write(files, outdir)
    print(f"wrote {len(files)} files to {outdir}", file=sys.stderr)
    return 0
