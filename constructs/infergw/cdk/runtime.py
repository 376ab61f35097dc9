"""The one place that loads cdk8s: checks for Node.js first and keeps jsii quiet.

cdk8s runs on jsii, which starts Node.js processes; without ``node`` on PATH the import dies with a
bare ``FileNotFoundError``. Importing this module instead turns that into :class:`NodeMissingError`.
"""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING

from infergw.errors import ConstructError, NodeMissingError

NODE_HELP = (
    "Node.js was not found on PATH. cdk8s runs on the jsii runtime, which needs Node.js 20 or newer: "
    "install it (Debian/Ubuntu: `apt-get install nodejs`; macOS: `brew install node`) and run again. "
    "`infergw validate` and `infergw crds` do not need it."
)


def ensure_node() -> str:
    """Return the path of ``node``, or raise :class:`NodeMissingError` with install advice."""
    node = shutil.which("node")
    if node is None:
        raise NodeMissingError(NODE_HELP)
    return node


ensure_node()
# Node 20 makes jsii print an end-of-life banner on every run; it is noise for our users.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
try:
    import cdk8s

    import constructs
except FileNotFoundError as exc:  # node vanished between the check and the spawn
    raise NodeMissingError(NODE_HELP) from exc


if TYPE_CHECKING:
    from infergw.settings import PropsError


class Construct(constructs.Construct):
    """Base of every infergw construct: a ``constructs.Construct`` that knows its chart.

    Knowing the chart on the Python side lets :func:`infergw.cdk.chart.emit` file objects without a
    round trip to Node per object.
    """

    def __init__(self, scope: constructs.Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self._infergw_chart: cdk8s.Chart = chart_of(scope)


class LazyPath:
    """A construct's path, looked up (a Node round trip) only when an error message prints it."""

    def __init__(self, construct: constructs.Construct) -> None:
        self._construct = construct

    def __str__(self) -> str:
        return self._construct.node.path


def props_error(construct: constructs.Construct, error: PropsError) -> ConstructError:
    """A props problem of ``construct`` as the error users see: its path, the value, the fix."""
    return ConstructError(LazyPath(construct), str(error))


def chart_of(scope: constructs.Construct) -> cdk8s.Chart:
    """The chart ``scope`` belongs to (one Node call only when ``scope`` is not ours)."""
    if isinstance(scope, cdk8s.Chart):
        return scope
    known = getattr(scope, "_infergw_chart", None)
    return known if known is not None else cdk8s.Chart.of(scope)


__all__ = ["Construct", "LazyPath", "cdk8s", "chart_of", "constructs", "ensure_node", "props_error"]
