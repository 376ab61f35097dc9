"""Hostile and random input never crashes the validator: every outcome is a list of findings.

Property tests (hypothesis): arbitrary bytes through the loader; arbitrary JSON-like values in the
fields of every kind the validator knows, including where references and CEL rules read them.
Set INFERGW_FUZZ_EXAMPLES for a longer run (default 300 examples per property).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from infergw.catalogue import entries_for
from infergw.validation import Finding, ValidationOptions, validate_objects
from infergw.validation.loader import parse

KINDS = sorted(
    {(f"{e.group}/{e.served_versions[0]}", e.kind) for e in entries_for()}
    | {
        ("v1", "Service"),
        ("apps/v1", "Deployment"),
        ("rbac.authorization.k8s.io/v1", "RoleBinding"),
        ("autoscaling/v2", "HorizontalPodAutoscaler"),
        ("apiregistration.k8s.io/v1", "APIService"),
    }
)
FIELDS = [
    "spec",
    "metadata",
    "roleRef",
    "subjects",
    "data",
    "name",
    "namespace",
    "group",
    "kind",
    "port",
    "parentRefs",
    "rules",
    "backendRefs",
    "targetRef",
    "targetRefs",
    "poolRef",
    "endpointPickerRef",
    "extensionRef",
    "selector",
    "matchLabels",
    "scaleTargetRef",
    "listeners",
    "extensionChains",
    "extensions",
    "backendRef",
    "template",
    "labels",
]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8)
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)
FUZZ = settings(
    max_examples=int(os.environ.get("INFERGW_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@FUZZ
@given(st.binary(max_size=400))
def test_any_bytes_are_findings_or_documents(data):
    _, findings = parse("f.yaml", data)
    assert all(isinstance(f, Finding) for f in findings)


@FUZZ
@given(st.sampled_from(KINDS), st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=4), VALUES)
def test_any_values_in_any_kind_are_findings(kind, body, name):
    api_version, kind_name = kind
    obj = {"apiVersion": api_version, "kind": kind_name, "metadata": {"name": name}, **body}
    findings = validate_objects(
        [("f.yaml", obj), ("g.yaml", {**obj, "metadata": {"name": "x", "namespace": "n"}})],
        ValidationOptions(verbose=True),
    )
    assert all(isinstance(f, Finding) for f in findings)
