"""Refresh the CRD catalogue from the reference material (a developer tool, never run by users).

Reads ``../shared/reference`` (or ``--reference DIR``) and writes the package's own copies into
``constructs/infergw/catalogue/crds/``. Schemas, CEL rules, defaults, enums, printer columns and
annotations are kept exactly; upstream description prose is removed. Run it with ``make catalogue``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "constructs"))

from infergw.catalogue.strip import strip_descriptions  # noqa: E402
from infergw.releases import GATEWAY_API, MANAGED_PROMETHEUS, PROMETHEUS_OPERATOR, RELEASES  # noqa: E402

OUT = ROOT / "constructs" / "infergw" / "catalogue" / "crds"

#: (source path relative to the reference root, destination relative to OUT): every release table's files.
CRD_FILES: list[tuple[str, str]] = [
    (crd.source, crd.vendored)
    for table in (RELEASES, GATEWAY_API, MANAGED_PROMETHEUS, PROMETHEUS_OPERATOR)
    for release in table.values()
    for crd in release.crds
]
for plural in ("gcptrafficextensions", "healthcheckpolicies", "gcpgatewaypolicies"):
    name = f"networking.gke.io_{plural}.yaml"
    CRD_FILES.append((f"crds/networking.gke.io/crd/{name}", f"gke/{name}"))
#: GKE kinds whose schema is taken from the GKE 1.33 JSON schema (newer than the public CRD file),
#: wrapped in the CRD envelope of the public file. See the reference's SOURCES.md for the reasons.
JSONSCHEMA_WRAPPED: list[tuple[str, str, str]] = [
    (
        "crds/networking.gke.io/crd/networking.gke.io_gcpbackendpolicies.yaml",
        "crds/networking.gke.io/gke-1.33-jsonschema/gcpbackendpolicy_v1.json",
        "gke/networking.gke.io_gcpbackendpolicies.yaml",
    ),
    (
        "crds/networking.gke.io/crd/networking.gke.io_gcproutingextensions.yaml",
        "crds/networking.gke.io/gke-1.33-jsonschema/gcproutingextension_v1.json",
        "gke/networking.gke.io_gcproutingextensions.yaml",
    ),
]


def drop_closed_objects(node: object) -> object:
    """Remove the ``additionalProperties: false`` that the JSON-schema extractor added to objects."""
    if isinstance(node, dict):
        return {k: drop_closed_objects(v) for k, v in node.items() if not (k == "additionalProperties" and v is False)}
    if isinstance(node, list):
        return [drop_closed_objects(v) for v in node]
    return node


def write(dest: Path, crd: dict) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(crd, sort_keys=False, width=1_000_000, allow_unicode=True)
    dest.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reference", type=Path, default=ROOT.parent / "shared" / "reference")
    args = parser.parse_args()
    ref: Path = args.reference
    if not ref.is_dir():
        print(f"error: reference folder {ref} not found; pass --reference DIR", file=sys.stderr)
        return 2
    for src, dst in CRD_FILES:
        crd = yaml.safe_load((ref / src).read_text(encoding="utf-8"))
        write(OUT / dst, strip_descriptions(crd))
    for envelope_src, schema_src, dst in JSONSCHEMA_WRAPPED:
        crd = yaml.safe_load((ref / envelope_src).read_text(encoding="utf-8"))
        schema = json.loads((ref / schema_src).read_text(encoding="utf-8"))
        (version,) = crd["spec"]["versions"]
        version["schema"]["openAPIV3Schema"] = drop_closed_objects(schema)
        write(OUT / dst, strip_descriptions(crd))
    print(f"wrote {len(CRD_FILES) + len(JSONSCHEMA_WRAPPED)} CRDs under {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
