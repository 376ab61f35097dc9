"""The vendored CRDs equal the upstream ones in everything but description prose."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from infergw import catalogue
from infergw.catalogue import ENTRIES, index_facts
from infergw.catalogue.strip import strip_descriptions


# Vendored path -> reference path. Built from the catalogue's own entries, so a CRD added to the
# catalogue without a counterpart here fails the completeness test below.
def _inference_source(entry) -> str:
    """llm-d-router/<tag>/<file> from llm-d-router's bases; inference-extension/<tag>/<file> from GAIE's
    (the llm-d-router releases also list GAIE v1.5.0's v1 InferencePool, vendored under its GAIE tag)."""
    project, tag, name = Path(entry.path).parts
    return f"{project}/{tag}/config/crd/bases/{name}"


UPSTREAM_DIRS = {
    "inference-extension": _inference_source,
    "gateway-api": lambda e: f"crds/gateway.networking.k8s.io/{e.release}/{Path(e.path).name}",
    "managed-prometheus": lambda e: f"crds/monitoring.googleapis.com/{e.release}/{Path(e.path).name}",
    "prometheus-operator": lambda e: f"crds/monitoring.coreos.com/{e.release}/{Path(e.path).name}",
    "gke": lambda e: f"crds/networking.gke.io/crd/{Path(e.path).name}",
}
#: GKE kinds whose schema comes from the GKE 1.33 JSON schema (see scripts/vendor_crds.py).
FROM_JSONSCHEMA = {
    "GCPBackendPolicy": "crds/networking.gke.io/gke-1.33-jsonschema/gcpbackendpolicy_v1.json",
    "GCPRoutingExtension": "crds/networking.gke.io/gke-1.33-jsonschema/gcproutingextension_v1.json",
}
#: Schemas written by this project (no upstream file in the reference).
AUTHORED = {"apigee", "argocd"}
UPSTREAM = [e for e in catalogue.ENTRIES if e.family not in AUTHORED]


def _without_closed_objects(node):
    if isinstance(node, dict):
        return {
            k: _without_closed_objects(v) for k, v in node.items() if not (k == "additionalProperties" and v is False)
        }
    if isinstance(node, list):
        return [_without_closed_objects(v) for v in node]
    return node


def _contains_description_prose(node, in_field_map=False) -> bool:
    if isinstance(node, dict):
        return any(
            (not in_field_map and k == "description" and isinstance(v, str))
            or _contains_description_prose(v, in_field_map=(k == "properties" and not in_field_map))
            for k, v in node.items()
        )
    if isinstance(node, list):
        return any(_contains_description_prose(v) for v in node)
    return False


@pytest.mark.parametrize("entry", UPSTREAM, ids=lambda e: e.path)
def test_vendored_crd_equals_upstream_modulo_descriptions(entry, reference: Path):
    upstream = yaml.safe_load((reference / UPSTREAM_DIRS[entry.family](entry)).read_text())
    ours = entry.crd
    if entry.kind in FROM_JSONSCHEMA:
        schema = json.loads((reference / FROM_JSONSCHEMA[entry.kind]).read_text())
        (version,) = upstream["spec"]["versions"]
        version["schema"]["openAPIV3Schema"] = _without_closed_objects(schema)
    assert ours == strip_descriptions(upstream)


@pytest.mark.parametrize("entry", catalogue.ENTRIES, ids=lambda e: e.path)
def test_no_upstream_prose_is_kept(entry):
    crd = entry.crd
    for version in crd["spec"]["versions"]:
        schema = version["schema"]["openAPIV3Schema"]
        if entry.family in AUTHORED:
            continue  # our own descriptions
        assert not _contains_description_prose(schema)


def test_every_cel_rule_survives_vendoring(reference: Path):
    def rules(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k == "x-kubernetes-validations":
                    yield from (r["rule"] for r in v)
                else:
                    yield from rules(v)
        elif isinstance(node, list):
            for v in node:
                yield from rules(v)

    vendored = {r for e in UPSTREAM for r in rules(e.crd)}
    assert len(vendored) > 100
    upstream = set()
    for e in UPSTREAM:
        if e.kind in FROM_JSONSCHEMA:
            upstream |= set(rules(json.loads((reference / FROM_JSONSCHEMA[e.kind]).read_text())))
        else:
            upstream |= set(rules(yaml.safe_load((reference / UPSTREAM_DIRS[e.family](e)).read_text())))
    assert vendored == upstream


def test_apigee_schema_is_ours_and_follows_the_seed():
    (entry,) = [e for e in catalogue.ENTRIES if e.family == "apigee"]
    spec = entry.crd["spec"]["versions"][0]["schema"]["openAPIV3Schema"]["properties"]["spec"]
    assert set(spec["properties"]) == {"apigeeEnv", "defaultSecurityEnabled", "locations"}
    # The seed writes locations as one mapping, not a list.
    assert spec["properties"]["locations"]["type"] == "object"
    assert set(spec["properties"]["locations"]["properties"]) == {"name", "network", "subnetwork"}


def test_one_entry_per_group_kind_in_a_profile():
    chosen = catalogue.entries_for()
    keys = [(e.group, e.kind) for e in chosen]
    assert len(keys) == len(set(keys))
    releases = {(e.group, e.kind): e.release for e in chosen}
    # GKE 1.35.2-gke.1842000 installs Gateway API v1.5.0; the catalogue keeps its patch release v1.5.1.
    assert releases[("gateway.networking.k8s.io", "HTTPRoute")] == "v1.5.1"
    assert releases[("inference.networking.x-k8s.io", "InferenceModel")] == "v0.3.0"  # only release with it
    # The default release (llm-d-router) serves no v1alpha2 pool: its newest definition is v1.4.0's.
    assert releases[("inference.networking.x-k8s.io", "InferencePool")] == "v1.4.0"


def test_profile_follows_requested_releases_and_gke_version():
    from infergw.versions import GkeVersion

    def release_of(kind, **profile):
        return {
            e.kind: e.release
            for e in catalogue.entries_for(**profile)
            if e.group.startswith(("gateway", "inference.networking.x"))
        }[kind]

    assert release_of("HTTPRoute", gateway_release="v1.3.0") == "v1.3.0"
    assert release_of("HTTPRoute", gke_version=GkeVersion.parse("1.34.1-gke.1821999")) == "v1.3.0"
    assert release_of("HTTPRoute", gke_version=GkeVersion.parse("1.34.1-gke.1822000")) == "v1.4.0"
    assert release_of("InferencePool", inference_release="v0.3.0") == "v0.3.0"
    # The v1 pool exists only from v1.0.0 on: a v0.3.0 profile takes the newest definition.
    v1 = {(e.group, e.kind): e.release for e in catalogue.entries_for(inference_release="v0.3.0")}
    # the newest in release order: llm-d-router v0.10.0 (after v1.6.0), which installs GAIE v1.5.0's v1 pool CRD
    assert v1[("inference.networking.k8s.io", "InferencePool")] == "llm-d-router/v0.10.0"


def test_gateway_kinds_come_from_the_chosen_release_only():
    def kinds(release):
        return {e.kind for e in catalogue.entries_for(gateway_release=release) if e.family == "gateway-api"}

    four = {"GatewayClass", "Gateway", "HTTPRoute", "ReferenceGrant"}
    assert kinds("v1.3.0") == kinds("v1.4.0") == four
    assert kinds("v1.4.1") == four | {"GRPCRoute", "BackendTLSPolicy"}
    assert kinds("v1.5.1") == kinds("v1.6.1") == four | {"GRPCRoute", "BackendTLSPolicy", "ListenerSet"}
    assert {e.release for e in catalogue.entries_for(gateway_release="v1.6.1") if e.family == "gateway-api"} == {
        "v1.6.1"
    }


def test_the_cluster_pool_crd_replaces_the_release_one():
    def pool(**profile):
        (entry,) = [
            e
            for e in catalogue.entries_for(**profile)
            if (e.group, e.kind) == ("inference.networking.k8s.io", "InferencePool")
        ]
        return entry.release

    assert pool(inference_release="v1.0.2") == "v1.0.2"
    assert pool(inference_release="v1.0.2", inferencepool_crd="v1.0.0") == "v1.0.0"


def test_releases_defining_names_where_a_kind_is():
    assert catalogue.releases_defining("gateway.networking.k8s.io", "ListenerSet") == ("v1.5.1", "v1.6.1")
    assert catalogue.releases_defining("example.com", "Widget") == ()


def test_the_index_says_what_the_vendored_files_say():
    # crds/index.json is generated (make catalogue); stale, it would pick schemas by wrong facts.
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))
    import vendor_crds

    index = vendor_crds.OUT / vendor_crds.INDEX_FILE
    assert index.read_text(encoding="utf-8") == vendor_crds.index_text(), "run `make catalogue` (or write_index)"
    for entry in ENTRIES:
        assert entry._facts == index_facts(entry.crd)


def test_the_quick_reading_of_every_vendored_crd_is_pyyamls():
    # catalogue._parse reads the vendored files through infergw.quickyaml (vetted: its text checks
    # are skipped for them), so this test is what vouches for it: same values and types as PyYAML's.
    from importlib import resources

    from infergw import quickyaml

    quick = 0
    for path in sorted({entry.path for entry in ENTRIES}):
        text = resources.files("infergw.catalogue").joinpath("crds", path).read_text(encoding="utf-8")
        read = quickyaml.load(
            text, catalogue._safe_plain_is_text, keys_as_text=False, exponents=False, max_depth=1000, vetted=True
        )
        if read is not None:
            quick += 1
            assert repr([value for _, value in read]) == repr([yaml.load(text, Loader=yaml.CSafeLoader)]), path
    assert quick > 0.9 * len({entry.path for entry in ENTRIES})
