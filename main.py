"""The cdk8s app (``app: python main.py`` in cdk8s.yaml): synthesizes the default stack.

``cdk8s synth`` sets $CDK8S_OUTDIR; ``make synth`` runs ``infergw synth``. Both take the same path,
so their output is byte-identical.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "constructs"))

from infergw.cli import main

if __name__ == "__main__":
    sys.exit(main(["synth", *sys.argv[1:]]))
