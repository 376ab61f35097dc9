"""The one place that loads cdk8s: checks for Node.js first and keeps jsii quiet.

cdk8s runs on jsii, which starts Node.js processes; without ``node`` on PATH the import dies with a
bare ``FileNotFoundError``. Importing this module instead turns that into :class:`NodeMissingError`.
"""

from __future__ import annotations

import os
import shutil

from infergw.errors import NodeMissingError

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
    import cdk8s  # noqa: E402
    from constructs import Construct  # noqa: E402
except FileNotFoundError as exc:  # node vanished between the check and the spawn
    raise NodeMissingError(NODE_HELP) from exc

__all__ = ["cdk8s", "Construct", "ensure_node"]
