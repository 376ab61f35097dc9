"""``PoolAutoscaler``: one HorizontalPodAutoscaler per pool, on the pool's KV-cache utilization.

The HPA, its metrics and the unit of its target are :mod:`infergw.render.autoscaler`. What this
layer adds is the construct-tree check: when the scale target Deployment is in the app, a construct
validation (run by ``app.synth()``, ``cdk8s synth`` and ``infergw synth``) checks that its pods carry
the pool's selector (:func:`~infergw.render.autoscaler.scale_target_problem`).
"""

from __future__ import annotations

import weakref

import jsii

from infergw.cdk.chart import Chart, emit
from infergw.cdk.runtime import Construct, cdk8s, chart_of, constructs, props_error
from infergw.refs import PoolRef
from infergw.render.autoscaler import (
    AutoscalerProps,
    Workloads,
    render_autoscaler,
    scale_target_problem,
    workloads_by_key,
)
from infergw.settings import PropsError

#: Per app: (what its charts held when indexed, the index). Objects are only ever added, so the
#: object counts tell whether the index is current; every autoscaler of a synthesis shares it
#: (cdk8s validates more than once per synthesis: ``App.synth`` and each chart's ``toJson``).
_APP_WORKLOADS: weakref.WeakKeyDictionary[cdk8s.App, tuple[tuple[tuple[int, int, int], ...], Workloads]] = (
    weakref.WeakKeyDictionary()
)


def _app_workloads(app: cdk8s.App) -> Workloads:
    charts = app.charts
    api_objects = [chart.api_objects for chart in charts]
    fingerprint = tuple(
        (id(chart), len(objs), chart.plain_object_count if isinstance(chart, Chart) else 0)
        for chart, objs in zip(charts, api_objects, strict=True)
    )
    cached = _APP_WORKLOADS.get(app)
    if cached is None or cached[0] != fingerprint:
        # Object by object rather than through ``chart.to_json()``: the infergw chart overrides
        # ``toJson``, and entering that override from inside a validation callback recurses in jsii.
        objects = [o.to_json() for objs in api_objects for o in objs]
        objects += [o for chart in charts if isinstance(chart, Chart) for o in chart.plain_objects()]
        cached = (fingerprint, workloads_by_key(objects))
        _APP_WORKLOADS[app] = cached
    return cached[1]


@jsii.implements(constructs.IValidation)
class _ScaleTargetCheck:
    """Synth-time check of every autoscaler in one chart (cdk8s runs it whenever the chart is
    synthesized: ``infergw synth``, ``cdk8s synth``, ``app.synth()``): each scale target, when it
    is in the app, carries its pool's selector. One check per chart keeps Node callbacks per
    synthesis constant however many pools there are."""

    def __init__(self, chart: cdk8s.Chart) -> None:
        self._chart = chart
        self.autoscalers: list[PoolAutoscaler] = []

    def validate(self) -> list[str]:
        app = self._chart.node.root
        if not isinstance(app, cdk8s.App):
            return []
        workloads = _app_workloads(app)
        return [
            f"{autoscaler.node.path}: {problem}"
            for autoscaler in self.autoscalers
            if (problem := scale_target_problem(autoscaler.body, autoscaler.pool, workloads))
        ]


#: The scale-target check of each chart holding autoscalers.
_CHART_CHECKS: weakref.WeakKeyDictionary[cdk8s.Chart, _ScaleTargetCheck] = weakref.WeakKeyDictionary()


def _register(autoscaler: PoolAutoscaler) -> None:
    chart = chart_of(autoscaler)
    check = _CHART_CHECKS.get(chart)
    if check is None:
        check = _CHART_CHECKS[chart] = _ScaleTargetCheck(chart)
        chart.node.add_validation(check)
    check.autoscalers.append(autoscaler)


class PoolAutoscaler(Construct):
    """An autoscaling/v2 HPA scaling a pool's model servers on the pool's KV-cache utilization.

    :param pool: the pool (``InferencePoolStack.pool_ref``); names the HPA, selects the metric and,
        through its release, gives the metric names
    :param props: the cluster (required), the Deployment, the replica range and the targets

    Attributes: ``body`` (the HPA), ``pool``.
    """

    def __init__(
        self, scope: constructs.Construct, construct_id: str, *, pool: PoolRef, props: AutoscalerProps
    ) -> None:
        super().__init__(scope, construct_id)
        try:
            self.body = render_autoscaler(pool, props)
        except PropsError as exc:
            raise props_error(self, exc) from None
        self.pool = pool
        self.props = props
        emit(self, "Resource", self.body)
        _register(self)
