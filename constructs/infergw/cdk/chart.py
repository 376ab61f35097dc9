"""Adding plain Kubernetes objects (dicts) to a cdk8s app, with as few Node round trips as possible.

Every jsii call is a round trip to Node, which dominates synthesis time. Constructs in this package
build each object as a dict and hand it to :func:`emit`:

* in an :class:`infergw.objects.Chart`, the dict stays in Python and joins the chart's output when
  the chart is synthesized (by ``cdk8s synth``, ``App.synth()`` or ``infergw synth``): no Node call
  per object;
* in any other cdk8s chart it becomes an ordinary ``ApiObject`` (one constructor call and one
  batched JSON patch), so the constructs work in every cdk8s app.

Either way the chart's labels and namespace apply as they do to ``ApiObject``s. An object is final
once emitted: build it completely first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsii

from infergw.cdk.runtime import Construct, LazyPath, cdk8s, chart_of
from infergw.errors import ConfigError, ConstructError

_METADATA_FIELDS = ("name", "namespace", "labels", "annotations", "finalizers")


class Origin:
    """Where an object was emitted: ``<construct path>/<id>``, looked up (a Node round trip) only
    when a message prints it."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        self._path = LazyPath(scope)
        self._id = construct_id

    def __str__(self) -> str:
        return f"{self._path}/{self._id}"


class Chart(cdk8s.Chart):
    """A cdk8s ``Chart`` that keeps infergw objects in Python until synthesis.

    Use it like ``cdk8s.Chart`` (same arguments); ``ApiObject``s and other constructs added to it
    synthesize as usual, before the infergw objects.
    """

    def __init__(self, scope: Construct, construct_id: str, **kwargs: Any) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self._plain_objects: list[dict[str, Any]] = []
        self._origins: list[Origin | None] = []  # the construct that emitted each plain object
        self.files: dict[str, str] = {}

    def add_file(self, name: str, text: str) -> None:
        """Add a non-Kubernetes artefact (a reviewable script, a JSON definition) to the output.

        Synthesis writes it to ``prerequisites/<name>``, outside every kustomization.
        """
        if name in self.files and self.files[name] != text:
            raise ConfigError(
                f"two different prerequisites files are both named {name!r}: give the constructs that write "
                "them distinct names"
            )
        self.files[name] = text

    def add_plain_object(self, body: dict[str, Any], origin: Origin | None = None) -> None:
        """File ``body`` for synthesis (what :func:`emit` does in this chart), emitted by ``origin``."""
        self._plain_objects.append(body)
        self._origins.append(origin)

    @property
    def plain_object_count(self) -> int:
        """How many infergw objects the chart holds (objects are only ever added)."""
        return len(self._plain_objects)

    def plain_objects(self) -> list[dict[str, Any]]:
        """The infergw objects as synthesis writes them (chart labels and namespace applied).

        Safe to call from a construct validation, where ``to_json`` would re-enter jsii.
        """
        labels = dict(self.labels or {})
        namespace = self.namespace
        return [_with_chart_defaults(o, labels, namespace) for o in self._plain_objects]

    def objects_with_origins(self) -> list[tuple[Any, Origin | None]]:
        """What :meth:`to_json` returns, each object with the construct that emitted it (infergw
        objects) or ``None`` (cdk8s ``ApiObject``s, which carry no origin here)."""
        return [*((obj, None) for obj in super().to_json()), *zip(self.plain_objects(), self._origins, strict=True)]

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> list[Any]:
        """The chart's objects: cdk8s ``ApiObject``s, then the infergw objects.

        cdk8s runs the chart's construct validations first (``Node.addValidation``).
        """
        return [obj for obj, _ in self.objects_with_origins()]


def _with_chart_defaults(body: Mapping[str, Any], labels: dict[str, str], namespace: str | None) -> dict[str, Any]:
    """``body`` with the chart's labels and namespace applied the way ``ApiObject`` applies them."""
    if not labels and not namespace:
        return dict(body)
    metadata = dict(body.get("metadata", {}))
    if labels:
        metadata["labels"] = {**labels, **metadata.get("labels", {})}
    if namespace and not metadata.get("namespace"):
        metadata["namespace"] = namespace
    return {**body, "metadata": metadata}


def _without_nulls(value: Any) -> Any:
    """``value`` without ``None`` mapping entries, at any depth (cdk8s drops them the same way).

    Objects are built from plain dicts and lists; ``isinstance(value, dict)`` is several times
    cheaper than an ABC check, and this runs on every value of every object.
    """
    if isinstance(value, dict):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_nulls(v) for v in value]
    return value


def emit_file(scope: Construct, name: str, text: str) -> None:
    """Add an artefact to the chart of ``scope`` when it is an infergw :class:`Chart` (plain charts
    have no place for files; the constructs also expose their artefacts as attributes)."""
    chart = chart_of(scope)
    if isinstance(chart, Chart):
        chart.add_file(name, text)


def emit(scope: Construct, construct_id: str, body: dict[str, Any]) -> None:
    """Add ``body`` (apiVersion, kind, metadata and any top-level fields) to the chart of ``scope``."""
    chart = chart_of(scope)
    if isinstance(chart, Chart):
        chart.add_plain_object(_without_nulls(body), Origin(scope, construct_id))
        return
    metadata = body.get("metadata", {})
    unknown = set(metadata) - set(_METADATA_FIELDS)
    if unknown:
        raise ConstructError(LazyPath(scope), f"metadata fields {sorted(unknown)} are not supported by emit()")
    obj = cdk8s.ApiObject(
        scope,
        construct_id,
        api_version=body["apiVersion"],
        kind=body["kind"],
        metadata=cdk8s.ApiObjectMetadata(**metadata),
    )
    patches = [
        cdk8s.JsonPatch.add(f"/{key}", value)
        for key, value in body.items()
        if key not in ("apiVersion", "kind", "metadata")
    ]
    if patches:
        obj.add_json_patch(*patches)


def emit_all(scope: Construct, objects: list[dict[str, Any]]) -> None:
    """Emit each object of ``objects`` under the id ``<kind>-<name>`` (unique per kind and name)."""
    for obj in objects:
        emit(scope, f"{obj['kind']}-{obj['metadata']['name']}", obj)
