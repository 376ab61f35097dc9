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
