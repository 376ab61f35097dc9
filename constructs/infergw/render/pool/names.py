"""Names and labels of a pool stack's objects, as the chart's ``_helpers.tpl`` derives them."""

from __future__ import annotations

from infergw.releases import ChartFacts, release_label


def epp_name(name: str) -> str:
    """Name of the endpoint picker's Deployment, Service, ServiceAccount, ConfigMap and Role."""
    return f"{name.lower().strip()[:40]}-epp"


def cluster_rbac_name(name: str, namespace: str, chart: ChartFacts) -> str:
    """Name of the endpoint picker's ClusterRole and ClusterRoleBinding.

    The v1.0.2 chart quotes the name before truncating it to 84 characters, which breaks the YAML
    once pool and namespace are long; this truncates the unquoted name.
    """
    if not chart.cluster_rbac_name_has_namespace:
        return epp_name(name)
    return f"{name.lower().strip()[:40]}-{namespace.lower().strip()[:40]}-epp"[:84]


def stack_labels(epp: str, release: str) -> dict[str, str]:
    """Labels of the chart's objects (``app.kubernetes.io/version`` is the release as a label value, see README)."""
    return {"app.kubernetes.io/name": epp, "app.kubernetes.io/version": release_label(release)}


def picker_selector(epp: str) -> dict[str, str]:
    """The endpoint picker pods' selector labels."""
    return {"inferencepool": epp}
