"""Where schemas come from: core kinds compiled once per version, CRD formats and patterns as the
API server applies them, the catalogue profile and its options."""

from __future__ import annotations

import re

import pytest
from infergw.validation.schemas import FORMATS, SchemaSet, UnknownKind, core_schema


def widget_crd(properties):
    return {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com"},
        "spec": {
            "group": "example.com",
            "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets"},
            "versions": [
                {
                    "name": "v1",
                    "served": True,
                    "storage": True,
                    "schema": {
                        "openAPIV3Schema": {
                            "type": "object",
                            "properties": {"spec": {"type": "object", "properties": properties}},
                        }
                    },
                }
            ],
        },
    }


def errors(properties, spec):
    schema = SchemaSet("1.34", inference_release="v1.0.2", gateway_release=None, extra_crds=(widget_crd(properties),))
    widget = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": spec}
    return [list(e.instance_path) for e in schema.lookup("example.com/v1", "Widget").validator.iter_errors(widget)]


def test_core_schemas_are_compiled_once_per_version_and_kind():
    first = core_schema("1.34", "apps/v1", "Deployment")
    assert core_schema("1.34", "apps/v1", "Deployment") is first
    assert core_schema("1.33", "apps/v1", "Deployment") is not first
    assert core_schema("1.34", "apps/v1", "NoSuchKind") is None


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        ("duration", ["30s", "1h30m", "1.5ms", "0", "1d", "10 seconds"], ["PT30S", "30", "5x"]),  # kube-openapi strfmt
        ("byte", ["aGk=", ""], ["not base64!"]),
        ("cidr", ["10.0.0.0/8", "10.0.0.1/8", "fd00::/64"], ["10.0.0.1", "10.0.0.0/33"]),
        ("mac", ["00:1a:2b:3c:4d:5e", "00-1A-2B-3C-4D-5E"], ["00:1a:2b:3c:4d"]),
        ("regex", ["(?<=a)b["], []),  # the API server does not check this JSON Schema format
    ],
)
def test_formats_as_the_api_server_checks_them(fmt, good, bad):
    assert [FORMATS[fmt](v) for v in good] == [True] * len(good)
    assert [FORMATS[fmt](v) for v in bad] == [False] * len(bad)
    assert errors({"v": {"type": "string", "format": fmt}}, {"v": good[0]}) == []
    if bad:
        assert errors({"v": {"type": "string", "format": fmt}}, {"v": bad[0]}) == [["spec", "v"]]


def test_re2_patterns_with_inline_flags_mid_pattern():
    # Python's re rejects a global flag after the start; RE2 (and the API server) accept it.
    properties = {"v": {"type": "string", "pattern": "^x(?i)abc$"}}
    assert errors(properties, {"v": "xABC"}) == []
    assert errors(properties, {"v": "XABC"}) == [["spec", "v"]]


def test_openapi_v3_constructs():
    properties = {
        "n": {"type": "integer", "nullable": True, "minimum": 0, "exclusiveMinimum": True},
        "port": {"x-kubernetes-int-or-string": True},
        "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": True},
        "embedded": {
            "type": "object",
            "x-kubernetes-embedded-resource": True,
            "properties": {"spec": {"type": "object"}},
        },
    }
    assert (
        errors(
            properties,
            {
                "n": None,
                "port": "http",
                "free": {"any": {"thing": 1}},
                "embedded": {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "spec": {}},
            },
        )
        == []
    )
    assert errors(properties, {"n": 0}) == [["spec", "n"]]  # exclusive
    assert errors(properties, {"port": 1.5}) == [["spec", "port"]]
    assert errors(properties, {"embedded": {"metadata": {"nam": "c"}}}) == [["spec", "embedded", "metadata"]]
    assert errors(properties, {"unknown": 1}) == [["spec"]]


def test_catalogue_profile_and_served_versions():
    schemas = SchemaSet("1.34", inference_release="v0.3.0", gateway_release="v1.3.0")
    assert (
        schemas.lookup("inference.networking.x-k8s.io/v1alpha2", "InferenceModel").source
        == "inferencemodels.inference.networking.x-k8s.io"
    )
    with pytest.raises(UnknownKind, match=re.escape("HTTPRoute is not served at gateway.networking.k8s.io/v1alpha1")):
        schemas.lookup("gateway.networking.k8s.io/v1alpha1", "HTTPRoute")
    with pytest.raises(UnknownKind, match="pass its CRD with --crds"):
        schemas.lookup("example.com/v1", "Widget")
