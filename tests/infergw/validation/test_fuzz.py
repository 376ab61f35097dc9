"""Property-based tests: mutated manifests never crash the validator, finish quickly, and get the
same verdict twice; arbitrary bytes never crash the loader."""

from __future__ import annotations

import copy
import time
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from infergw.validation import ValidationOptions, validate_objects
from infergw.validation.loader import parse

DIST = Path(__file__).resolve().parents[3] / "dist"
VALID = [
    yaml.safe_load(p.read_text())
    for p in sorted(DIST.rglob("*.yaml"))
    if p.name != "kustomization.yaml"
    and "prerequisites" not in p.parts
    and "CustomResourceDefinition" not in p.read_text()[:200]
]

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=50)
    | st.text(alphabet=st.characters(min_codepoint=0x80, max_codepoint=0x10FFFF), max_size=20)
    | st.just("x" * 5000)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=15,
)


def paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for key, value in obj.items():
            yield from paths(value, (*prefix, key))
    elif isinstance(obj, list):
        for index, value in enumerate(obj):
            yield from paths(value, (*prefix, index))


@st.composite
def mutated(draw):
    obj = copy.deepcopy(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 4))):
        candidates = [p for p in paths(obj) if p]
        if not candidates:  # every key deleted: an empty object is a mutation too
            break
        path = draw(st.sampled_from(candidates))
        parent = obj
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["replace", "delete", "nest", "add"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[path[-1]]
        elif action == "nest":
            deep = draw(scalars)
            for _ in range(draw(st.integers(1, 60))):
                deep = {"n": deep}
            parent[path[-1]] = deep
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(values)
        else:
            parent[path[-1]] = draw(values)
    return obj


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated())
def test_mutated_manifests_never_crash_and_get_a_stable_verdict(obj):
    options = ValidationOptions(allow_external_refs=True)
    started = time.perf_counter()
    first = validate_objects([("fuzz.yaml", obj)], options)
    assert time.perf_counter() - started < 5
    second = validate_objects([("fuzz.yaml", copy.deepcopy(obj))], options)
    assert first == second
    assert all(f.file == "fuzz.yaml" and f.message for f in first)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000) | st.text(max_size=2000).map(str.encode))
def test_arbitrary_bytes_never_crash_the_loader(data):
    documents, findings = parse("fuzz.yaml", data)
    assert all(f.line >= 1 for f in findings)
    for doc in documents:
        assert isinstance(doc.obj, dict) and doc.obj.get("kind")
