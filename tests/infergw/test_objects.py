"""emit(): the Python-side fast path and the ApiObject path give the same objects."""

from __future__ import annotations

import yaml
from infergw.cdk.chart import Chart, emit
from infergw.cdk.runtime import Construct, cdk8s


class Pair(Construct):
    """A minimal infergw-style construct emitting two objects."""

    def __init__(self, scope, construct_id):
        super().__init__(scope, construct_id)
        emit(
            self,
            "cm",
            {
                "apiVersion": "v1",
                "kind": "ConfigMap",
                "metadata": {"name": "cm", "labels": {"a": "1"}},
                "data": {"k": "v", "gone": None},
            },
        )
        emit(
            self,
            "sa",
            {
                "apiVersion": "v1",
                "kind": "ServiceAccount",
                "metadata": {"name": "sa"},
                "automountServiceAccountToken": False,
            },
        )


def build(chart_class, **chart_kwargs):
    app = cdk8s.App()
    chart = chart_class(app, "c", **chart_kwargs)
    inner = cdk8s.ApiObject(chart, "native", api_version="v1", kind="Secret", metadata={"name": "native"})
    Pair(chart, "pair")
    return app, chart, inner


def by_name(objects):
    return {o["metadata"]["name"]: o for o in objects}


def test_fast_chart_and_plain_chart_synthesize_the_same_objects():
    for kwargs in ({}, {"labels": {"team": "ml"}, "namespace": "serving"}):
        _, fast, _ = build(Chart, **kwargs)
        _, plain, _ = build(cdk8s.Chart, **kwargs)
        assert by_name(fast.to_json()) == by_name(plain.to_json())


def test_chart_labels_and_namespace_apply_object_labels_win():
    _, chart, _ = build(Chart, labels={"team": "ml", "a": "chart"}, namespace="serving")
    cm = by_name(chart.to_json())["cm"]
    assert cm["metadata"] == {"name": "cm", "namespace": "serving", "labels": {"team": "ml", "a": "1"}}
    assert cm["data"] == {"k": "v"}  # None values are dropped, as cdk8s drops them


def test_native_cdk8s_synth_includes_the_python_side_objects(tmp_path):
    app = cdk8s.App(outdir=str(tmp_path))
    chart = Chart(app, "c")
    Pair(chart, "pair")
    app.synth()
    docs = list(yaml.safe_load_all((tmp_path / "c.k8s.yaml").read_text()))
    assert sorted(d["metadata"]["name"] for d in docs) == ["cm", "sa"]


def test_construct_inside_a_users_plain_construct_finds_the_chart():
    app = cdk8s.App()
    chart = Chart(app, "c")
    from constructs import Construct as PlainConstruct

    Pair(PlainConstruct(chart, "users-own"), "pair")
    assert sorted(by_name(chart.to_json())) == ["cm", "sa"]
