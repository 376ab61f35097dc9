"""References between objects: what a construct needs to know about another one to point at it.

A route, policy, objective or autoscaler takes one of these from the construct it refers to (never
a group or kind typed by the user), so that a reference always follows the target's API version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


def object_metadata(name: str, namespace: str | None) -> dict[str, Any]:
    """An object's ``metadata`` naming it: ``name``, and ``namespace`` unless it is None or ""."""
    return {"name": name} | ({"namespace": namespace} if namespace else {})


@dataclass(frozen=True)
class ObjectRef:
    """Identity of a Kubernetes object: API version, kind, name and namespace (None: the default)."""

    api_version: str
    kind: str
    name: str
    namespace: str | None = None

    @property
    def group(self) -> str:
        """The API group ("" for the core group)."""
        return self.api_version.rpartition("/")[0]

    def target_ref(self) -> dict[str, str]:
        """``{group, kind, name}`` as policy ``targetRef``/``targetRefs`` entries and backendRefs write it."""
        return {"group": self.group, "kind": self.kind, "name": self.name}


@dataclass(frozen=True)
class PoolRef(ObjectRef):
    """An InferencePool, with what routes, objectives and autoscalers need to know about it.

    :param selector: the pool's model-server label selector (``matchLabels``)
    :param target_port: the first model-server port
    :param release: inference-extension release that rendered the pool ("" when unknown)
    """

    selector: tuple[tuple[str, str], ...] = ()
    target_port: int = 8000
    release: str = ""

    @property
    def match_labels(self) -> dict[str, str]:
        return dict(self.selector)
