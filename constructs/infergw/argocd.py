"""Argo CD sync ordering and options, added to every synthesized object.

Waves (``argocd.argoproj.io/sync-wave``), lowest first:

* ``-2`` CustomResourceDefinitions, so their kinds exist before anything uses them;
* ``-1`` cluster-scoped prerequisites: namespaces, cluster RBAC, APIService registrations (and
  whatever a construct marks as a prerequisite itself, such as the custom-metrics adapter);
* ``0`` pools, objectives and the endpoint picker with its RBAC, config and Service (Argo CD's
  default wave, so unannotated objects a user adds land here too);
* ``1`` what points at those: Gateways, routes, GKE policies and extensions, autoscalers,
  monitoring and alert rules.

Sync options (``argocd.argoproj.io/sync-options``): CRDs get ``ServerSideApply=true`` because the
larger ones (HTTPRoute's is over 300 kB) exceed the 256 kB annotation that client-side apply
keeps, and ``Prune=false``: a CRD that leaves the output (GKE 1.34.0-gke.1626000 and later install
the v1 InferencePool CRD themselves) must not be deleted, which would delete every pool with it
(except a CRD a migration removes on purpose: :func:`allow_prune` drops the option, and a CRD
annotated before keeps its options);
custom resources whose CRD is part of the same output get ``SkipDryRunOnMissingResource=true``,
since Argo CD's dry run fails for a kind that does not exist yet. Kinds whose CRDs GKE installs
(Gateway API, networking.gke.io, Managed Prometheus) need neither.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath, PurePosixPath
from typing import Any

from infergw.output import KUSTOMIZATION, PREREQUISITES, render_tree

SYNC_WAVE = "argocd.argoproj.io/sync-wave"
SYNC_OPTIONS = "argocd.argoproj.io/sync-options"
SERVER_SIDE_APPLY = "ServerSideApply=true"
SKIP_DRY_RUN = "SkipDryRunOnMissingResource=true"
NO_PRUNE = "Prune=false"
#: Automated Applications retry a failed sync (e.g. a kind whose CRD another Application installs
#: has not arrived yet) instead of waiting for someone to sync them again.
SYNC_RETRY = {"limit": 10, "backoff": {"duration": "10s", "factor": 2, "maxDuration": "5m"}}

#: (API group, kind) -> wave. Kinds not listed are in wave 0.
WAVES: dict[tuple[str, str], int] = {
    ("apiextensions.k8s.io", "CustomResourceDefinition"): -2,
    ("", "Namespace"): -1,
    ("rbac.authorization.k8s.io", "ClusterRole"): -1,
    ("rbac.authorization.k8s.io", "ClusterRoleBinding"): -1,
    ("apiregistration.k8s.io", "APIService"): -1,
    ("gateway.networking.k8s.io", "Gateway"): 1,
    ("gateway.networking.k8s.io", "HTTPRoute"): 1,
    ("gateway.networking.k8s.io", "ReferenceGrant"): 1,
    ("networking.gke.io", "GCPBackendPolicy"): 1,
    ("networking.gke.io", "HealthCheckPolicy"): 1,
    ("networking.gke.io", "GCPTrafficExtension"): 1,
    ("networking.gke.io", "GCPRoutingExtension"): 1,
    ("networking.gke.io", "GCPGatewayPolicy"): 1,
    ("autoscaling", "HorizontalPodAutoscaler"): 1,
    ("monitoring.googleapis.com", "PodMonitoring"): 1,
    ("monitoring.googleapis.com", "ClusterPodMonitoring"): 1,
    ("monitoring.googleapis.com", "Rules"): 1,
    ("monitoring.googleapis.com", "ClusterRules"): 1,
    ("monitoring.googleapis.com", "GlobalRules"): 1,
    ("monitoring.coreos.com", "PrometheusRule"): 1,
}


def group_of(obj: Mapping[str, Any]) -> str:
    """The API group of an object ("" for the core group)."""
    return str(obj.get("apiVersion", "")).rpartition("/")[0]


def wave_of(obj: Mapping[str, Any]) -> int:
    """The sync wave this module assigns to ``obj`` (ignoring any annotation it already has)."""
    return WAVES.get((group_of(obj), str(obj.get("kind", ""))), 0)


def _add_option(annotations: dict[str, str], option: str) -> None:
    present = [o.strip() for o in annotations.get(SYNC_OPTIONS, "").split(",") if o.strip()]
    if option not in present:
        annotations[SYNC_OPTIONS] = ",".join([*present, option])


def annotate(objects: Iterable[dict[str, Any]]) -> None:
    """Add sync waves and options to ``objects`` in place; waves already set are kept."""
    objects = list(objects)
    defined = {
        (o["spec"]["group"], o["spec"]["names"]["kind"])
        for o in objects
        if o.get("kind") == "CustomResourceDefinition" and group_of(o) == "apiextensions.k8s.io"
    }
    for obj in objects:
        annotations = obj.setdefault("metadata", {}).setdefault("annotations", {})
        annotations.setdefault(SYNC_WAVE, str(wave_of(obj)))
        if obj.get("kind") == "CustomResourceDefinition":
            if SERVER_SIDE_APPLY in annotations.get(SYNC_OPTIONS, "").split(","):
                continue  # annotated before, perhaps made prunable on purpose (:func:`allow_prune`): kept
            _add_option(annotations, SERVER_SIDE_APPLY)
            _add_option(annotations, NO_PRUNE)
        elif (group_of(obj), obj.get("kind")) in defined:
            _add_option(annotations, SKIP_DRY_RUN)


def allow_prune(obj: dict[str, Any]) -> None:
    """Drop :data:`NO_PRUNE` from ``obj`` (a CRD a migration phase removes on purpose)."""
    annotations = (obj.get("metadata") or {}).get("annotations") or {}
    options = [o.strip() for o in annotations.get(SYNC_OPTIONS, "").split(",") if o.strip() and o.strip() != NO_PRUNE]
    if options:
        annotations[SYNC_OPTIONS] = ",".join(options)
    else:
        annotations.pop(SYNC_OPTIONS, None)


APPLICATIONS_DIR = "argocd"
#: Prune after every wave has been applied, so a phase removes objects only once its new state exists.
PRUNE_LAST = "PruneLast=true"


def migration_application(
    name: str, *, repo_url: str, path: str, revision: str = "HEAD", namespace: str = "argocd", project: str = "default"
) -> dict[str, Any]:
    """The one Application a migration moves through: manual sync, its source ``path`` advanced in Git
    phase by phase (PLAN.md says when), so no object is ever in the source of two Applications.

    :raises ValueError: when ``repo_url`` is empty
    """
    if not repo_url:
        raise ValueError("repo_url: give the Git repository Argo CD reads, e.g. https://github.com/org/platform.git")
    return {
        "apiVersion": "argoproj.io/v1alpha1",
        "kind": "Application",
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "project": project,
            "source": {"repoURL": repo_url, "targetRevision": revision, "path": path},
            "destination": {"server": "https://kubernetes.default.svc"},
            "syncPolicy": {"syncOptions": [PRUNE_LAST]},
        },
    }


def applications(
    directories: list[str],
    *,
    repo_url: str,
    path_prefix: str,
    revision: str = "HEAD",
    namespace: str = "argocd",
    project: str = "default",
    name_prefix: str = "infergw-",
    automated: bool = True,
) -> list[dict[str, Any]]:
    """One Argo CD Application per output directory, for an app-of-apps pointed at ``argocd/``.

    Each syncs ``<path_prefix>/<directory>`` from ``repo_url`` into the cluster Argo CD runs in, with
    automated sync, pruning and retries (:data:`SYNC_RETRY`) unless ``automated`` is false (migration
    phases: exactly one phase is synced at a time, by hand). Under a parent Application the CRD
    directory's Application comes first (wave -2); applied directly, the retries wait for the CRDs.
    The objects' own sync waves order the work inside each Application.
    """
    if not repo_url:
        raise ValueError("repo_url: give the Git repository Argo CD reads, e.g. https://github.com/org/platform.git")
    apps = []
    for directory in directories:
        name = f"{name_prefix}{directory}".lower().replace("_", "-").replace(".", "-")
        spec: dict[str, Any] = {
            "project": project,
            "source": {
                "repoURL": repo_url,
                "targetRevision": revision,
                "path": f"{path_prefix.rstrip('/')}/{directory}",
            },
            "destination": {"server": "https://kubernetes.default.svc"},
        }
        if automated:
            spec["syncPolicy"] = {"automated": {"prune": True, "selfHeal": True}, "retry": SYNC_RETRY}
        wave = "-2" if directory == "crds" else "0"
        apps.append(
            {
                "apiVersion": "argoproj.io/v1alpha1",
                "kind": "Application",
                "metadata": {"name": name, "namespace": namespace, "annotations": {SYNC_WAVE: wave}},
                "spec": spec,
            }
        )
    return apps


def repository_path(out: str, given: str | None) -> str:
    """The output directory's path inside the Git repository (``given``, else ``out`` when relative).

    :raises ValueError: when ``out`` is absolute or leaves the current directory and nothing is given
    """
    if given is None:
        if PurePath(out).is_absolute() or ".." in PurePath(out).parts:
            raise ValueError(
                f"--out {out} is not a path inside the repository: give --argocd-path, the output "
                "directory's path in the repository Argo CD reads (e.g. dist)"
            )
        given = out
    return PurePosixPath(*PurePath(given).parts).as_posix()


def application_files(files: Mapping[str, str], repo_url: str, path_prefix: str, **options: Any) -> dict[str, str]:
    """The Applications of every manifest directory of an output tree ``files``, as ``argocd/`` files;
    ``options`` go to :func:`applications` (``name_prefix``, ``automated``, ...).

    :raises ValueError: when ``repo_url`` is empty
    """
    directories = sorted(
        {p.split("/")[0] for p in files if "/" in p and p.split("/")[0] not in (PREREQUISITES, APPLICATIONS_DIR)}
    )
    apps = applications(directories, repo_url=repo_url, path_prefix=path_prefix, **options)
    return {path: text for path, text in render_tree({APPLICATIONS_DIR: apps}).items() if path != KUSTOMIZATION}
