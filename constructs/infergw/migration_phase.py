"""``MigrationPhase``: one phase of a migration plan inside your own cdk8s app."""

from __future__ import annotations

from infergw.errors import ConstructError
from infergw.migration import MigrationPlan
from infergw.objects import emit
from infergw.runtime import Construct, LazyPath


class MigrationPhase(Construct):
    """Emit the complete desired state of ``plan``'s phase ``directory`` (e.g. ``02-split-50``)."""

    def __init__(self, scope: Construct, construct_id: str, plan: MigrationPlan, directory: str) -> None:
        super().__init__(scope, construct_id)
        phases = {p.directory: p for p in plan.phases}
        if directory not in phases:
            raise ConstructError(LazyPath(self), f"directory={directory!r}: the plan's phases are {', '.join(phases)}")
        for index, obj in enumerate(phases[directory].objects):
            emit(self, f"object-{index}", obj)
