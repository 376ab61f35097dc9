"""``StackNamespace``: the Namespace a stack's objects live in, for clusters that do not have it yet."""

from __future__ import annotations

from infergw.cdk.chart import emit
from infergw.cdk.runtime import Construct, constructs, props_error
from infergw.names import DNS_LABEL
from infergw.settings import PropsError


class StackNamespace(Construct):
    """A ``v1`` Namespace named ``name``; Argo CD syncs it in wave -1, before what it holds.

    Attributes: ``body``.
    """

    def __init__(self, scope: constructs.Construct, construct_id: str, name: str) -> None:
        super().__init__(scope, construct_id)
        if not DNS_LABEL.match(name) or len(name) > 63:
            error = PropsError("name", name, "give a namespace name: lower-case letters, digits and '-', at most 63")
            raise props_error(self, error)
        self.body = {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}}
        emit(self, "Resource", self.body)
