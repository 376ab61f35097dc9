"""Checks the API server makes in Go: names by kind, namespaces, labels, annotations, port ranges."""

from __future__ import annotations

import pytest
from infergw.validation import ValidationOptions, validate_objects
from infergw.validation.apiserver import metadata_problems, port_problems


def problems(obj, group="", kind="ConfigMap", namespaced=True):
    return [(path, rule) for path, _, rule in metadata_problems(group, kind, obj, namespaced=namespaced)]


def meta(**fields):
    return {"metadata": {"name": "ok", **fields}}


@pytest.mark.parametrize(
    ("group", "kind", "name", "valid"),
    [
        ("", "ConfigMap", "a.b-c", True),
        ("", "ConfigMap", "A", False),
        ("", "ConfigMap", "a" * 254, False),
        ("", "Service", "epp.v1", False),  # an RFC 1035 label: no dots
        ("", "Service", "1epp", False),  # starts with a letter
        ("", "Namespace", "team.a", False),
        ("rbac.authorization.k8s.io", "ClusterRole", "system:auth-delegator", True),
        ("rbac.authorization.k8s.io", "RoleBinding", "a/b", False),
        ("rbac.authorization.k8s.io", "Role", "..", False),
    ],
)
def test_names_by_kind(group, kind, name, valid):
    assert problems({"metadata": {"name": name}}, group, kind) == (
        [] if valid else [(("metadata", "name"), "metadata/name")]
    )


def test_name_or_generate_name_is_required():
    assert problems({}) == [(("metadata",), "metadata/name")]
    assert problems({"metadata": {"generateName": "job-"}}) == []


def test_namespace_is_a_dns_label_for_namespaced_kinds():
    assert problems(meta(namespace="Team_A")) == [(("metadata", "namespace"), "metadata/namespace")]
    assert problems(meta(namespace="team-a")) == []


@pytest.mark.parametrize(
    ("labels", "bad_keys"),
    [
        ({"app": "vllm", "app.kubernetes.io/name": "epp", "empty": ""}, []),
        ({"bad key": "x"}, ["bad key"]),
        ({"Example.com/x": "y"}, ["Example.com/x"]),  # the prefix is a DNS subdomain: lower case
        ({"a/b/c": "y"}, ["a/b/c"]),
        ({"k": "-starts-with-dash"}, ["k"]),
        ({"k": "v" * 64}, ["k"]),
        ({"k": "has space"}, ["k"]),
    ],
)
def test_labels(labels, bad_keys):
    assert problems(meta(labels=labels)) == [(("metadata", "labels", k), "metadata/labels") for k in bad_keys]


def test_annotations_keys_and_total_size():
    assert problems(meta(annotations={"Example.com/Note": "free text, any length"})) == []  # keys compared lower-cased
    assert problems(meta(annotations={"bad key": "x"})) == [
        (("metadata", "annotations", "bad key"), "metadata/annotations")
    ]
    assert problems(meta(annotations={"big": "x" * (256 * 1024)})) == [
        (("metadata", "annotations"), "metadata/annotations")
    ]


def test_port_ranges_of_built_in_kinds():
    service = {"spec": {"ports": [{"port": 80, "targetPort": "http"}, {"port": 70000, "targetPort": 0}]}}
    assert [(path, rule) for path, _, rule in port_problems("", "Service", service)] == [
        (("spec", "ports", 1, "port"), "port-range"),
    ]  # targetPort 0 is defaulted to port by the server, not refused (corekinds checks targetPort)
    deployment = {"spec": {"template": {"spec": {"containers": [{"name": "c", "ports": [{"containerPort": 0}]}]}}}}
    assert [path for path, _, _ in port_problems("apps", "Deployment", deployment)] == [
        ("spec", "template", "spec", "containers", 0, "ports", 0, "containerPort")
    ]


def test_through_the_validator_with_lines_and_rule_ids():
    service = {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": "epp", "labels": {"app": "epp!"}},
        "spec": {"ports": [{"port": 0}]},
    }
    findings = validate_objects([("s.yaml", service)], ValidationOptions())
    assert [(f.path, f.rule) for f in findings] == [
        ("metadata.labels.app", "metadata/labels"),
        ("spec.ports[0].port", "port-range"),
    ]
