"""The type-check ratchet: mypy --strict over the package, errors counted per module.

``mypy-ratchet.json`` records how many errors each module may still have; modules it does not
list (every new module, and the core ones) must have none. The check fails when a module has more
errors than recorded, and also when it has fewer: then run ``make mypy-ratchet`` to lock the
improvement in, so the numbers only ever go down.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RATCHET = ROOT / "mypy-ratchet.json"
_ERROR = re.compile(r"^(constructs/infergw/[^:]+\.py):\d+: error:")


def counts() -> tuple[Counter[str], str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode not in (0, 1):
        sys.exit(f"mypy failed to run:\n{result.stdout}{result.stderr}")
    found: Counter[str] = Counter()
    for line in result.stdout.splitlines():
        if match := _ERROR.match(line):
            found[match.group(1)] += 1
    return found, result.stdout


def main() -> int:
    found, output = counts()
    if "--update" in sys.argv:
        RATCHET.write_text(json.dumps(dict(sorted(found.items())), indent=2) + "\n")
        print(f"mypy-ratchet.json: {sum(found.values())} errors in {len(found)} modules")
        return 0
    allowed: dict[str, int] = json.loads(RATCHET.read_text()) if RATCHET.exists() else {}
    worse = {m: n for m, n in found.items() if n > allowed.get(m, 0)}
    better = {m: n for m, n in allowed.items() if found.get(m, 0) < n}
    for module, n in sorted(worse.items()):
        print(f"{module}: {n} mypy --strict errors, {allowed.get(module, 0)} allowed")
    if worse:
        print("\n".join(line for line in output.splitlines() if any(line.startswith(m) for m in worse)))
    for module, n in sorted(better.items()):
        print(f"{module}: {found.get(module, 0)} errors, down from {n}: run `make mypy-ratchet` to lock it in")
    total = sum(found.values())
    print(f"mypy --strict: {total} errors in {len(found)} modules (ratchet allows {sum(allowed.values())})")
    return 1 if worse or better else 0


if __name__ == "__main__":
    raise SystemExit(main())
