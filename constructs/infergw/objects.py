"""Turning a plain Kubernetes object (a dict) into a cdk8s ``ApiObject`` with few jsii calls.

Constructs in this package build each object as a dict and hand it here. Every jsii call is a round
trip to Node, so an object costs one constructor call plus one batched JSON patch for its body,
whatever its size. The result is an ordinary ``ApiObject``: ``ApiObject.of(...)`` escape hatches,
chart labels and chart namespaces behave as in any cdk8s app.
"""

from __future__ import annotations

from typing import Any, Mapping

from infergw.runtime import Construct, cdk8s

_METADATA_FIELDS = {
    "name": "name",
    "namespace": "namespace",
    "labels": "labels",
    "annotations": "annotations",
    "finalizers": "finalizers",
}


def emit(scope: Construct, construct_id: str, body: Mapping[str, Any]) -> cdk8s.ApiObject:
    """Add ``body`` (apiVersion, kind, metadata and any top-level fields) under ``scope``."""
    metadata = body.get("metadata", {})
    unknown = set(metadata) - set(_METADATA_FIELDS)
    if unknown:
        raise ValueError(f"metadata fields {sorted(unknown)} are not supported by emit()")
    obj = cdk8s.ApiObject(
        scope,
        construct_id,
        api_version=body["apiVersion"],
        kind=body["kind"],
        metadata=cdk8s.ApiObjectMetadata(**{_METADATA_FIELDS[k]: v for k, v in metadata.items()}),
    )
    patches = [
        cdk8s.JsonPatch.add(f"/{key}", value)
        for key, value in body.items()
        if key not in ("apiVersion", "kind", "metadata")
    ]
    if patches:
        obj.add_json_patch(*patches)
    return obj
