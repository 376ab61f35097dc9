"""A migration between releases inside your own cdk8s app: the whole plan, or one phase of it.

The same paths as ``infergw migrate`` (:func:`~infergw.migration.paths.supported_targets`): v0.3.0 to any
newer release, v1.x to llm-d-router; ``options`` picks the target, strategy and GKE version.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.migration.plan import MigrationOptions, MigrationPlan, plan_migration
from infergw.migration.runbook import plan_markdown


class MigrationPhase(Construct):
    """Emit the complete desired state of ``plan``'s phase ``directory`` (e.g. ``02-split-50``)."""

    def __init__(self, scope: Construct, construct_id: str, plan: MigrationPlan, directory: str) -> None:
        super().__init__(scope, construct_id)
        phases = {p.directory: p for p in plan.phases}
        if directory not in phases:
            raise ConstructError(LazyPath(self), f"directory={directory!r}: the plan's phases are {', '.join(phases)}")
        for index, obj in enumerate(phases[directory].objects):
            emit(self, f"object-{index}", obj)


class Migration(Construct):
    """A migration your app moves through: plans it from ``objects`` (what runs today) and emits the
    desired state of ``phase``. Change ``phase`` to the next directory of ``plan.phases`` to advance;
    the phases are alternative states of the same objects, so an app holds one at a time.

    Attributes: ``plan`` (:class:`MigrationPlan`: phases, warnings), ``plan_markdown`` (PLAN.md's text).

    :param phase: a phase directory, e.g. ``01-side-by-side`` or ``02-split-50``
    :raises MigrationError: when the plan cannot be made (the message names the object and the fix)
    """

    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        objects: Sequence[Mapping[str, Any]],
        *,
        phase: str,
        options: MigrationOptions = MigrationOptions(),
    ) -> None:
        super().__init__(scope, construct_id)
        plan = plan_migration([dict(o) for o in objects], options)
        if plan is None:
            raise ConstructError(
                LazyPath(self),
                "objects: no InferencePool or per-workload object of a release that a newer one replaces, so there "
                "is nothing to migrate",
            )
        self.plan = plan
        self.plan_markdown = plan_markdown(plan)
        MigrationPhase(self, "phase", plan, phase)
