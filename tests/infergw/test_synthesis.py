"""Synthesis refuses to write an invalid tree and leaves the previous output untouched."""

from __future__ import annotations

import pytest
from infergw.cdk.chart import Chart, emit
from infergw.cdk.runtime import cdk8s
from infergw.cdk.synthesis import render, synthesize
from infergw.errors import SynthError
from infergw.output import write_tree


def app_with(*bodies):
    app = cdk8s.App()
    chart = Chart(app, "stack")
    for i, body in enumerate(bodies):
        emit(chart, f"o{i}", body)
    return app


SERVICE = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "epp"}, "spec": {"ports": [{"port": 9002}]}}


def test_valid_app_renders_with_sync_annotations():
    files = render(app_with(SERVICE))
    assert "argocd.argoproj.io/sync-wave: '0'" in files["stack/service-epp.yaml"]


def test_invalid_object_is_refused_with_file_object_and_field(tmp_path):
    out = tmp_path / "dist"
    write_tree({"previous.yaml": "kept\n"}, out)
    bad = {**SERVICE, "spec": {"ports": [{"port": "9002"}]}}
    with pytest.raises(SynthError) as exc:
        synthesize(app_with(bad), out)
    message = str(exc.value)
    assert "nothing was written" in message
    assert (
        'stack/service-epp.yaml:1: Service epp: spec.ports[0].port: "9002" is not of type "integer" [schema] '
        "(construct stack/o0)"
    ) in message
    assert (out / "previous.yaml").read_text() == "kept\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]


def test_many_errors_are_summarized():
    bodies = [
        {**SERVICE, "metadata": {"name": f"s{i}"}, "spec": {"ports": [{"port": 1, "bogus": 1}]}} for i in range(25)
    ]
    with pytest.raises(SynthError, match=r"\(25 errors\)[\s\S]*\.\.\. and 5 more"):
        render(app_with(*bodies))


def test_the_same_object_twice_is_a_synth_error_not_a_crash():
    from infergw.errors import SynthError

    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "s", "namespace": "ns"},
        "spec": {"ports": [{"port": 80}]},
    }
    with pytest.raises(
        SynthError,
        match=r"two objects in stack/ would both be written to service-ns-s.yaml: the same object is defined twice",
    ):
        render(app_with(service, dict(service)))


def test_errors_name_the_construct_that_emitted_the_object():
    from infergw.cdk.objective import InferenceObjective
    from infergw.cdk.pool import InferencePoolProps, InferencePoolStack

    app = cdk8s.App()
    chart = Chart(app, "serving")
    pool = InferencePoolStack(chart, "pool", "p", InferencePoolProps(match_labels={"app": "p"}))
    InferenceObjective(pool, "chat", "chat", pool=pool.pool_ref)
    emit(
        chart,
        "quota",
        {
            "apiVersion": "v1",
            "kind": "ResourceQuota",
            "metadata": {"name": "q", "namespace": "default"},
            "spec": {"bogus": 1},
        },
    )
    with pytest.raises(SynthError, match=r"ResourceQuota default/q: spec.bogus: .* \(construct serving/quota\)"):
        render(app)
