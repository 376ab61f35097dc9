"""InferencePoolStack against manifests written by hand from the chart templates (fixtures/inferencepool/).

Each fixture explains, object by object, which template and value it comes from. They pin the
output independently of `helm` (which the parity tests need), and are themselves checked against
`helm template` when it is available, so a fixture cannot drift from the chart unnoticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from infergw.cdk.chart import Chart
from infergw.cdk.pool import InferencePoolStack
from infergw.cdk.runtime import cdk8s
from infergw.render.pool import InferencePoolProps, render_pool_stack
from test_inferencepool_parity import LABELS, NAME, chart_props, helm_objects, normalize

FIXTURES = Path(__file__).parent / "fixtures" / "inferencepool"
CASES = {"v1.0.2-gke.yaml": "v1.0.2", "v0.3.0-gke.yaml": "v0.3.0"}


def fixture(name):
    return sorted(
        (d for d in yaml.safe_load_all((FIXTURES / name).read_text()) if d),
        key=lambda o: (o["kind"], o["metadata"]["name"]),
    )


def by_kind(objects):
    return sorted(objects, key=lambda o: (o["kind"], o["metadata"]["name"]))


@pytest.mark.parametrize("name", sorted(CASES))
def test_construct_renders_the_hand_written_fixture(name):
    release = CASES[name]
    ours = render_pool_stack(NAME, chart_props(match_labels=LABELS, release=release, provider="gke"))
    assert by_kind(ours) == fixture(name)


@pytest.mark.parametrize("name", sorted(CASES))
def test_fixture_is_what_the_chart_renders(reference, name):
    release = CASES[name]
    theirs = helm_objects(reference, release, {"provider.name": "gke"})
    assert normalize(fixture(name), release) == normalize(theirs, release)


def test_the_construct_emits_exactly_the_rendered_objects():
    """Through a chart, the construct adds the same objects, untouched, as render_pool_stack gives."""
    chart = Chart(cdk8s.App(), "c")
    InferencePoolStack(chart, "pool", NAME, InferencePoolProps(match_labels=LABELS, provider="gke"))
    emitted = by_kind(chart.to_json())
    stack = render_pool_stack(NAME, InferencePoolProps(match_labels=LABELS, provider="gke"))
    assert emitted == by_kind(stack)
