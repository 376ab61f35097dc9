"""Where each kind's schema comes from, compiled once and cached.

Core kinds use Kubernetes' own OpenAPI schemas for the chosen minor version, in their strict form
(unknown fields rejected), as the ``kubernetes-validate`` package ships them offline. Custom kinds
use the CRD catalogue (one CRD per group and kind for the chosen releases) plus any CRDs the user
supplies, which take precedence.
"""

from __future__ import annotations

import binascii
import ipaddress
import json
import re
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jsonschema_rs

from infergw.catalogue import (
    GATEWAY_API_RELEASES,
    MANAGED_PROMETHEUS_RELEASES,
    CatalogueEntry,
    entries_for,
    releases_defining,
)
from infergw.errors import ConfigError, InfergwError
from infergw.validation.cel import parse_openapi_duration
from infergw.validation.structural import Plan, build_plan, to_json_schema

#: Kubernetes minor versions whose core schemas the validator uses (kubernetes-validate ships them).
KUBERNETES_VERSIONS = ("1.33", "1.34", "1.35", "1.36", "1.37")
_API_VERSION = re.compile(r"^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?$")
_KIND = re.compile(r"^[A-Z][A-Za-z0-9]{0,62}$")

#: Core kinds whose objects have no namespace.
CLUSTER_SCOPED_CORE = frozenset(
    {
        ("", "Namespace"),
        ("", "Node"),
        ("", "PersistentVolume"),
        ("rbac.authorization.k8s.io", "ClusterRole"),
        ("rbac.authorization.k8s.io", "ClusterRoleBinding"),
        ("apiregistration.k8s.io", "APIService"),
        ("apiextensions.k8s.io", "CustomResourceDefinition"),
        ("scheduling.k8s.io", "PriorityClass"),
        ("storage.k8s.io", "StorageClass"),
        ("networking.k8s.io", "IngressClass"),
        ("node.k8s.io", "RuntimeClass"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicy"),
        ("admissionregistration.k8s.io", "ValidatingAdmissionPolicyBinding"),
        ("admissionregistration.k8s.io", "ValidatingWebhookConfiguration"),
        ("admissionregistration.k8s.io", "MutatingWebhookConfiguration"),
    }
)


def _openapi_duration(value: str) -> bool:
    return parse_openapi_duration(value) is not None


def _base64(value: str) -> bool:
    try:
        binascii.a2b_base64(value.encode("ascii"), strict_mode=True)
    except (binascii.Error, UnicodeEncodeError):
        return False
    return True


def _cidr(value: str) -> bool:
    """Go's ``net.ParseCIDR``: an address and a prefix length; host bits may be set."""
    try:
        ipaddress.ip_network(value, strict=False)
    except ValueError:
        return False
    return "/" in value


_MAC = re.compile(r"^[0-9A-Fa-f]{2}([:-]?)[0-9A-Fa-f]{2}(\1[0-9A-Fa-f]{2}){4}$")


def _anything(value: str) -> bool:
    return True


#: Formats checked the way the API server checks custom resources (``duration`` is kube-openapi's:
#: ``30s`` or ``10 seconds``, not ISO 8601; ``byte`` is base64); JSON Schema formats the API server does
#: not check pass.
FORMATS = {
    "duration": _openapi_duration,
    "byte": _base64,
    "cidr": _cidr,
    "mac": lambda value: bool(_MAC.match(value)),
    **dict.fromkeys(
        (
            "regex",
            "time",
            "uri-reference",
            "iri",
            "iri-reference",
            "json-pointer",
            "relative-json-pointer",
            "uri-template",
            "idn-email",
            "idn-hostname",
        ),
        _anything,
    ),
}


@dataclass(frozen=True)
class KindSchema:
    """How to check one apiVersion/kind: a compiled JSON Schema and, for custom kinds, a :class:`Plan`."""

    validator: Any
    plan: Plan | None
    namespaced: bool
    source: str  # "kubernetes 1.34" or the CRD name
    openapi: dict[str, Any] | None = None  # a custom kind's openAPIV3Schema


class UnknownKind(LookupError):
    """No schema: the message says what was looked for and how to supply it."""


class CrdError(InfergwError):
    """A CRD supplied to the validator cannot be used; the message names the CRD and the problem."""


def _crd_name(crd: Any) -> str:
    meta = crd.get("metadata") if isinstance(crd, dict) else None
    return str(meta.get("name", "(unnamed)")) if isinstance(meta, dict) else "(unnamed)"


def _crd_key(crd: Any) -> tuple[str, str]:
    """``(group, kind)`` of a supplied CRD, or :class:`CrdError` saying which field is missing."""
    spec = crd.get("spec") if isinstance(crd, dict) else None
    names = spec.get("names") if isinstance(spec, dict) else None
    versions = spec.get("versions") if isinstance(spec, dict) else None
    name = _crd_name(crd)
    if not (
        isinstance(spec, dict)
        and isinstance(spec.get("group"), str)
        and isinstance(names, dict)
        and isinstance(names.get("kind"), str)
        and isinstance(versions, list)
        and all(isinstance(v, dict) and isinstance(v.get("name"), str) for v in versions)
    ):
        raise CrdError(
            f"CRD {name}: spec.group, spec.names.kind and spec.versions[].name are required (an "
            "apiextensions.k8s.io/v1 CRD)"
        )
    return spec["group"], names["kind"]


def split_api_version(api_version: str) -> tuple[str, str]:
    """``(group, version)``; the core group is ``""``."""
    group, _, version = api_version.rpartition("/")
    return group, version


def _core_dir(kubernetes_version: str) -> str:
    return f"kubernetes-json-schema/v{kubernetes_version}.0-local-strict"


def check_core_schemas(kubernetes_version: str) -> None:
    """A :class:`ConfigError` unless the installed ``kubernetes-validate`` has the schemas of that version."""
    if resources.files("kubernetes_validate").joinpath(_core_dir(kubernetes_version)).is_dir():
        return
    import importlib.metadata  # only for this message (imported on demand: start-up time)

    try:
        installed = importlib.metadata.version("kubernetes-validate")
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - the import above would fail first
        installed = "unknown"
    raise ConfigError(
        f"Kubernetes {kubernetes_version}: the installed kubernetes-validate {installed} has no schemas for it; "
        "install the version requirements.lock pins (pip install -r requirements.lock) or choose another "
        "--kubernetes-version"
    )


@cache
def _core_registry(kubernetes_version: str) -> jsonschema_rs.Registry:
    definitions = json.loads(
        resources.files("kubernetes_validate").joinpath(_core_dir(kubernetes_version), "_definitions.json").read_text()
    )
    return jsonschema_rs.Registry([(definitions["$id"], definitions)])


@cache
def core_schema(kubernetes_version: str, api_version: str, kind: str) -> KindSchema | None:
    """Kubernetes' own schema for a core kind, or None when the version has no such kind."""
    short = re.sub(r"^([^./]*)(?:\.[^/]*)?/", r"\1-", api_version)
    path = resources.files("kubernetes_validate").joinpath(
        _core_dir(kubernetes_version), f"{kind.lower()}-{short}.json"
    )
    if not path.is_file():
        return None
    schema = json.loads(path.read_text())
    validator = jsonschema_rs.validator_for(
        schema,
        registry=_core_registry(kubernetes_version),
        formats=FORMATS,
        validate_formats=False,
        pattern_options=jsonschema_rs.RegexOptions(),
    )
    group, _ = split_api_version(api_version)
    return KindSchema(validator, None, (group, kind) not in CLUSTER_SCOPED_CORE, f"kubernetes {kubernetes_version}")


@cache
def _compiled_crd_version(crd_json: str, version: str, kubernetes_version: str) -> KindSchema:
    crd = json.loads(crd_json)
    (entry,) = [v for v in crd["spec"]["versions"] if v["name"] == version]
    schema = entry.get("schema", {}).get(
        "openAPIV3Schema", {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
    )
    validator = jsonschema_rs.validator_for(
        to_json_schema(schema),
        registry=_core_registry(kubernetes_version),
        formats=FORMATS,
        validate_formats=True,
        ignore_unknown_formats=True,
        pattern_options=jsonschema_rs.RegexOptions(),
    )
    return KindSchema(validator, build_plan(schema), crd["spec"].get("scope") == "Namespaced", _crd_name(crd), schema)


class _Crds(MutableMapping[tuple[str, str], dict[str, Any]]):
    """The CRDs of a schema set by (group, kind): the catalogue's are read when first asked for
    (a run reads only the CRDs of the kinds it meets), the supplied ones are at hand."""

    def __init__(self, entries: list[CatalogueEntry]) -> None:
        self._entries = {(e.group, e.kind): e for e in entries}
        self._crds: dict[tuple[str, str], dict[str, Any]] = {}

    def __getitem__(self, key: tuple[str, str]) -> dict[str, Any]:
        crd = self._crds.get(key)
        if crd is None:
            crd = self._crds[key] = self._entries[key].crd
        return crd

    def __setitem__(self, key: tuple[str, str], crd: dict[str, Any]) -> None:
        self._entries.pop(key, None)
        self._crds[key] = crd

    def __delitem__(self, key: tuple[str, str]) -> None:
        self._entries.pop(key, None)
        self._crds.pop(key, None)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter({**dict.fromkeys(self._entries), **dict.fromkeys(self._crds)})

    def __len__(self) -> int:
        return len(self._entries.keys() | self._crds.keys())

    def __contains__(self, key: object) -> bool:
        return key in self._entries or key in self._crds


class SchemaSet:
    """The schemas one validation run uses: a Kubernetes minor version and a set of CRDs."""

    def __init__(
        self,
        kubernetes_version: str,
        *,
        inference_release: str,
        gateway_release: str | None,
        managed_prometheus_release: str = MANAGED_PROMETHEUS_RELEASES[-1],
        extra_crds: tuple[dict[str, Any], ...] = (),
        inferencepool_crd: str | None = None,
    ) -> None:
        if kubernetes_version not in KUBERNETES_VERSIONS:
            raise ConfigError(
                f"unsupported Kubernetes version {kubernetes_version}: choose one of {', '.join(KUBERNETES_VERSIONS)}"
            )
        check_core_schemas(kubernetes_version)
        for label, release, known in (
            ("Gateway API", gateway_release, GATEWAY_API_RELEASES),
            ("Managed Service for Prometheus", managed_prometheus_release, MANAGED_PROMETHEUS_RELEASES),
        ):
            if release is not None and release not in known:
                raise ConfigError(f"unsupported {label} release {release!r}: choose one of {', '.join(known)}")
        self.kubernetes_version = kubernetes_version
        self.crds = _Crds(
            entries_for(
                inference_release=inference_release,
                gateway_release=gateway_release,
                managed_prometheus_release=managed_prometheus_release,
                inferencepool_crd=inferencepool_crd,
            )
        )
        supplied = {_crd_key(crd): crd for crd in extra_crds}
        self.crds.update(supplied)
        self._crd_json: dict[tuple[str, str], str] = {}  # each CRD used, as its cache key
        self._found: dict[tuple[str, str], KindSchema] = {}  # lookups that succeeded
        for key, crd in supplied.items():  # compiled now, so a broken CRD is a usage error up front
            for version in crd["spec"]["versions"]:
                if version.get("served", False):
                    self._compile(key, version["name"])

    def _json(self, key: tuple[str, str]) -> str:
        text = self._crd_json.get(key)
        if text is None:
            text = self._crd_json[key] = json.dumps(self.crds[key], sort_keys=True)
        return text

    def _compile(self, key: tuple[str, str], version: str) -> KindSchema:
        try:
            return _compiled_crd_version(self._json(key), version, self.kubernetes_version)
        except Exception as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise CrdError(f"CRD {_crd_name(self.crds[key])} version {version}: cannot be used: {reason}") from None

    @property
    def fingerprint(self) -> str:
        """Identifies the schema set (for caches keyed on it)."""
        text = self.kubernetes_version + "".join(sorted(self._json(key) for key in self.crds))
        import hashlib  # rarely needed: imported on demand (start-up time)

        return hashlib.sha256(text.encode()).hexdigest()

    def lookup(self, api_version: str, kind: str) -> KindSchema:
        """The schema for ``api_version``/``kind``; raise :class:`UnknownKind` with advice when there is none."""
        found = self._found.get((api_version, kind))
        if found is None:
            found = self._found[(api_version, kind)] = self._lookup(api_version, kind)
        return found

    def _lookup(self, api_version: str, kind: str) -> KindSchema:
        if not _API_VERSION.match(api_version) or not _KIND.match(kind):
            raise UnknownKind(
                f"{kind!r} ({api_version!r}) is not a valid kind and apiVersion, such as Deployment (apps/v1)"
            )
        group, version = split_api_version(api_version)
        crd = self.crds.get((group, kind))
        if crd is not None:
            served = [v["name"] for v in crd["spec"]["versions"] if v.get("served", False)]
            if version not in served:
                raise UnknownKind(
                    f"{kind} is not served at {api_version}; {crd['metadata']['name']} serves "
                    f"{', '.join(f'{group}/{v}' for v in served)}"
                )
            return self._compile((group, kind), version)
        core = core_schema(self.kubernetes_version, api_version, kind)
        if core is not None:
            return core
        elsewhere = releases_defining(group, kind)
        if elsewhere:
            raise UnknownKind(
                f"{kind} ({api_version}) is not in the CRDs of the chosen release; infergw has it in "
                f"{', '.join(elsewhere)}: choose one of those (--cluster-gateway-api) or pass its CRD with --crds"
            )
        raise UnknownKind(
            f"unknown kind {kind} ({api_version}) for Kubernetes {self.kubernetes_version}: "
            "if it is a custom resource, pass its CRD with --crds FILE_OR_DIR"
        )
