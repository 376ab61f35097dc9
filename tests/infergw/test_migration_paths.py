"""Migration paths are read from the release catalogue: which targets a v0.3.0 input can reach, what
the cleanup retires, the phases each strategy takes, and paths refused with the reason."""

from __future__ import annotations

import pytest
from infergw.cli import main
from infergw.migration.paths import MigrationError, migration_path, supported_targets


def test_today_path_v0_3_0_to_v1_0_x():
    targets = supported_targets("v0.3.0")
    assert {"v1.0.0", "v1.0.2"} <= set(targets) and "v0.3.0" not in targets
    path = migration_path("v0.3.0", "v1.0.2")
    assert (path.old_pool_api, path.new_pool_api) == (
        "inference.networking.x-k8s.io/v1alpha2",
        "inference.networking.k8s.io/v1",
    )
    assert (path.old_workload.kind, path.new_workload.kind) == ("InferenceModel", "InferenceObjective")
    # v1.0.2 still installs the v1alpha2 pool CRD (so both stacks run side by side), not the model CRD
    assert path.retired_crds == {"inferencemodels.inference.networking.x-k8s.io"}


def test_stages_of_each_strategy():
    path = migration_path("v0.3.0", "v1.0.2")
    stages = path.stages("zero-downtime", (10, 50, 100))
    assert [s.directory for s in stages] == [
        "01-side-by-side",
        "02-split-10",
        "03-split-50",
        "04-cutover",
        "05-cleanup",
    ]
    assert [s.v1_share for s in stages] == [0, 10, 50, 100, 100]
    assert [s.title.split(":")[0] for s in stages] == ["Phase 1", "Phase 2", "Phase 2", "Phase 3", "Phase 4"]
    assert all(s.downtime is None for s in stages)
    simple = path.stages("simple", (100,))
    assert [(s.directory, s.v1_share) for s in simple] == [("01-remove-old", None), ("02-install-new", 100)]
    assert all(s.downtime for s in simple)


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        ("v1.0.2", "v1.0.0", "to_release v1.0.0: v1.0.0 is not newer than v1.0.2"),
        ("v0.3.0", "v0.3.0", "to_release v0.3.0: v0.3.0 is not newer than v0.3.0; a migration from v0.3.0 can go to"),
    ],
)
def test_paths_not_planned_are_refused_with_the_reason(source, target, message):
    with pytest.raises(MigrationError, match=message):
        migration_path(source, target)


def test_the_cli_offers_only_supported_targets(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["migrate", "--from", str(tmp_path), "--out", str(tmp_path / "o"), "--to-release", "v0.3.0"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'v0.3.0'" in capsys.readouterr().err


def test_v0_3_0_reaches_releases_without_the_v1alpha2_pool_crd():
    # v1.5.0 and llm-d-router no longer install the v1alpha2 pool CRD: the source's CRDs stay until the
    # cleanup, which checks that no old pool or model is left before deleting them.
    assert {"v1.5.0", "llm-d-router/v0.9.0", "llm-d-router/v0.10.0"} <= set(supported_targets("v0.3.0"))
    for target in ("v1.5.0", "llm-d-router/v0.10.0"):
        path = migration_path("v0.3.0", target)
        assert path.keeps_source_pool_crd == {"inferencepools.inference.networking.x-k8s.io"}
        assert path.retiring_crds == {
            "inferencepools.inference.networking.x-k8s.io",
            "inferencemodels.inference.networking.x-k8s.io",
        }
        assert path.guards_retired_crds and path.default_suffix == "-ga"
        assert "checked gone, before the retired CRDs" in path.stages("zero-downtime", (50, 100))[-1].purpose
    assert not migration_path("v0.3.0", "v1.0.2").keeps_source_pool_crd


def test_v1_pools_move_to_llm_d_router_beside_themselves():
    assert supported_targets("v1.0.2") == ("llm-d-router/v0.9.0", "llm-d-router/v0.10.0")
    path = migration_path("v1.0.2", "llm-d-router/v0.10.0")
    assert not path.pool_group_changes and path.workload_changes
    assert (path.old_workload.api_version, path.new_workload.api_version) == (
        "inference.networking.x-k8s.io/v1alpha2",
        "llm-d.ai/v1alpha2",
    )
    # the new pools share the old ones' group, so they need new names
    assert path.default_suffix == "-llm-d-router"
    assert path.retiring_crds == {"inferenceobjectives.inference.networking.x-k8s.io"}
    stages = path.stages("zero-downtime", (50, 100))
    assert [s.kind for s in stages] == ["side-by-side", "split", "cutover", "cleanup"]
    assert stages[0].title == "Phase 1: llm-d-router/v0.10.0 stack beside the v1.0.2 stack"


@pytest.mark.parametrize(
    ("source", "target", "message"),
    [
        (
            "v1.0.2",
            "v1.5.0",
            "v1.5.0 serves pools and InferenceObjectives in the same API groups as v1.0.2, and objectives are keyed "
            "by name, so old and new stacks cannot run side by side; upgrade in place",
        ),
        ("v1.0.2", "v1.6.0", "v1.6.0 ships CRDs only"),
        ("llm-d-router/v0.9.0", "llm-d-router/v0.10.0", "can go to no release yet"),
    ],
)
def test_paths_that_move_nothing_are_refused_with_the_reason(source, target, message):
    with pytest.raises(MigrationError, match=message):
        migration_path(source, target)


def test_the_source_release_is_found_from_the_picker_image():
    from infergw.migration.paths import source_release
    from infergw.render.pool import InferencePoolProps, render_pool_stack

    for release in ("v0.3.0", "v1.0.2", "v1.4.0", "llm-d-router/v0.10.0"):
        stack = render_pool_stack("p", InferencePoolProps(match_labels={"app": "p"}, release=release))
        found = source_release(stack)
        assert found is not None and found.id == release
