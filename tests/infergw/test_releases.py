"""The release catalogue: ordering, lookups, and every consumer knowing every release."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

import pytest
from infergw import catalogue
from infergw.cli import build_parser
from infergw.errors import ConfigError
from infergw.migration.paths import every_target, supported_targets
from infergw.releases import (
    DEFAULT_RELEASE,
    GATEWAY_API,
    MANAGED_PROMETHEUS,
    RELEASES,
    Version,
    chart_release_ids,
    get_release,
    release_ids,
    with_v1_pools,
)
from infergw.render.pool.props import InferencePoolProps
from infergw.settings import schema_of

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("newer", "older"), [("v1.10.0", "v1.9.0"), ("v1.0.10", "v1.0.2"), ("v2.0.0", "v1.99.99"), ("v0.10.0", "v0.9.0")]
)
def test_versions_compare_as_numbers_not_text(newer, older):
    assert Version.parse(newer) > Version.parse(older)
    assert sorted([Version.parse(newer), Version.parse(older)]) == [Version.parse(older), Version.parse(newer)]


def test_text_order_would_be_wrong():
    """Why versions are parsed: as text, v1.10.0 sorts before v1.9.0."""
    assert "v1.10.0" < "v1.9.0"
    assert Version.parse("v1.10.0") > Version.parse("v1.9.0")


def test_version_refuses_what_is_not_a_release_tag():
    with pytest.raises(ConfigError, match=r"invalid release tag '1.0': expected vMAJOR.MINOR.PATCH"):
        Version.parse("1.0")


def test_table_order_follows_version_order_within_each_project():
    for project in {r.project for r in RELEASES.values()}:
        versions = [r.version for r in RELEASES.values() if r.project == project]
        assert versions == sorted(versions), project
    for table in (GATEWAY_API, MANAGED_PROMETHEUS):
        versions = [r.version for r in table.values()]
        assert versions == sorted(versions)


def test_unknown_release_lists_the_known_ones():
    with pytest.raises(ConfigError) as error:
        get_release("v9.9.9")
    assert str(error.value) == f"unknown inference release 'v9.9.9': choose one of {', '.join(RELEASES)}"


def test_default_release_is_known_and_deployable():
    assert get_release(DEFAULT_RELEASE).deployable().id == DEFAULT_RELEASE


def test_every_release_has_its_crds_vendored_and_nothing_else_is():
    crds = REPO / "constructs" / "infergw" / "catalogue" / "crds"
    vendored = {
        str(p.relative_to(crds))
        for project in ("inference-extension", "llm-d-router")
        for p in (crds / project).rglob("*.yaml")
    }
    listed = {crd.vendored for r in RELEASES.values() for crd in r.crds}
    assert listed == vendored


def test_every_consumer_knows_every_release():
    """A release missing from any consumer fails here (they all read the one table)."""
    assert {e.release for e in catalogue.ENTRIES if e.family == "inference-extension"} == set(RELEASES)
    assert release_ids() == catalogue.INFERENCE_RELEASES
    subcommands = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    choices = {
        action.dest: action.choices
        for name, parser in subcommands.items()
        for action in parser._actions
        if name in ("crds", "migrate")
    }
    assert tuple(choices["release"]) == release_ids()
    # migrate offers the targets the planner has a path to from some release: from v0.3.0 every newer
    # deployable release (the pools change group), from v1.x the llm-d-router ones (the objectives do).
    assert tuple(choices["to_release"]) == every_target() == supported_targets("v0.3.0")
    assert {"v1.0.2", "v1.5.0", "llm-d-router/v0.10.0"} <= set(choices["to_release"])
    assert "v1.6.0" not in choices["to_release"]  # CRDs only
    assert tuple(schema_of(InferencePoolProps)["properties"]["release"]["enum"]) == chart_release_ids()
    spec = importlib.util.spec_from_file_location("vendor_crds", REPO / "scripts" / "vendor_crds.py")
    vendor = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(vendor)
    copied = {dest for _, dest in vendor.CRD_FILES}
    assert {crd.vendored for r in RELEASES.values() for crd in r.crds} <= copied


def test_chart_facts_name_model_servers_and_a_workload_for_every_deployable_release():
    for release in RELEASES.values():
        if release.chart is None:
            continue
        assert "vllm" in release.chart.model_servers, release.id
        assert release.workload is not None and release.image is not None and release.metrics is not None


def test_listed_kinds_are_the_vendored_crds():
    """Each release's pool-import and model-rewrite kinds are served by its own CRD files, and a
    release lists one exactly when it ships the CRD (InferencePoolImport v1.1 on, InferenceModelRewrite
    v1.2 on, gone with the objectives in v1.6)."""
    for release in RELEASES.values():
        served = {
            (entry.kind, entry.group, version["name"])
            for entry in catalogue.ENTRIES
            if entry.family == "inference-extension" and entry.release == release.id
            for version in entry.crd["spec"]["versions"]
            if version.get("served")
        }
        for attribute, kind in (("pool_import", "InferencePoolImport"), ("rewrite", "InferenceModelRewrite")):
            listed = getattr(release, attribute)
            shipped = {k for k in served if k[0] == kind}
            assert shipped == ({(listed.kind, listed.group, listed.version)} if listed else set()), release.id


def test_rewrite_targets_field_is_the_crds():
    """v1.2's InferenceModelRewrite rule has `split`, v1.3 on `targets`."""
    for release in RELEASES.values():
        if release.rewrite is None:
            assert release.rewrite_targets_field is None
            continue
        (entry,) = [
            e
            for e in catalogue.ENTRIES
            if e.family == "inference-extension" and e.release == release.id and e.kind == "InferenceModelRewrite"
        ]
        (version,) = entry.crd["spec"]["versions"]
        rule = version["schema"]["openAPIV3Schema"]["properties"]["spec"]["properties"]["rules"]["items"]
        assert release.rewrite_targets_field in rule["properties"], release.id
        (other,) = {"split", "targets"} - {release.rewrite_targets_field}
        assert other not in rule["properties"], release.id


def test_crd_only_release_is_not_offered_where_a_chart_is_needed():
    assert "v1.6.0" in release_ids() and "v1.6.0" not in chart_release_ids()
    assert "v1.6.0" not in with_v1_pools()
    with pytest.raises(ConfigError, match=r"release v1\.6\.0 ships CRDs only .* `infergw crds --release v1\.6\.0`"):
        get_release("v1.6.0").deployable()
