"""Offline validation of Kubernetes manifests, as the API server would judge them and more.

Checks: Kubernetes' own schemas for core kinds; CRD schemas for custom kinds with the API server's
strictness, defaults applied before CEL ``x-kubernetes-validations`` rules; list-type uniqueness;
object names; duplicate objects and YAML keys; references between objects. Does not need Node.js.
"""

from infergw.validation.engine import (
    ValidationOptions,
    validate_documents,
    validate_objects,
    validate_paths,
)
from infergw.validation.findings import Finding, has_errors
from infergw.validation.loader import Document, InputError

__all__ = [
    "Document",
    "Finding",
    "InputError",
    "ValidationOptions",
    "has_errors",
    "validate_documents",
    "validate_objects",
    "validate_paths",
]
