"""The default app: what ``infergw synth`` and ``cdk8s synth`` build from a :class:`StackConfig`."""

from __future__ import annotations

from infergw.config import StackConfig
from infergw.crds import InferenceCrds
from infergw.objects import Chart
from infergw.runtime import cdk8s

#: Output directory (chart id) of the inference-extension CRDs.
CRDS_CHART = "crds"


def build_app(config: StackConfig) -> cdk8s.App:
    """Build the cdk8s app for ``config``; each chart becomes one output directory."""
    app = cdk8s.App()
    crds = Chart(app, CRDS_CHART)
    InferenceCrds(crds, "inference", release=config.release, gke_version=config.gke_version)
    return app
