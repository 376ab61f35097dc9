"""Offline validation of Kubernetes manifests, as the API server would judge them and more.

Modules: ``loader`` (files to documents with lines; hostile input becomes findings), ``schemas``
(core kinds from Kubernetes' own OpenAPI schemas, custom kinds from the CRD catalogue or supplied
CRDs, compiled once), ``structural`` (a CRD schema as strict JSON Schema plus its rule plan),
``defaults`` (defaulting before rules), ``cel`` (``x-kubernetes-validations`` with the Kubernetes
CEL additions), ``apiserver`` (checks the API server makes in Go: names, labels, annotations,
ports), ``references`` (objects that refer to others in the set), ``engine`` (all of it, per set),
``findings`` (the result model) and ``formats`` (text, JSON, JUnit, SARIF). Does not need Node.js.
"""

from infergw.validation.engine import (
    ValidationOptions,
    load_crds,
    validate_documents,
    validate_objects,
    validate_paths,
)
from infergw.validation.findings import Finding, has_errors
from infergw.validation.loader import Document, InputError
from infergw.validation.schemas import CrdError

__all__ = [
    "CrdError",
    "Document",
    "Finding",
    "InputError",
    "ValidationOptions",
    "has_errors",
    "load_crds",
    "validate_documents",
    "validate_objects",
    "validate_paths",
]
