"""The custom-metrics Stackdriver adapter, so HPAs can read Cloud Monitoring metrics (Node-free).

The full set of Google's guide: namespace, service account, delegated-auth and resource-reader
RBAC, the adapter Deployment and Service, the three APIService registrations and the
external-metrics reader role for the HPA controller. One deliberate difference: the guide's
Deployment has no namespace (it would land next to nothing it needs); ours runs in the adapter's
namespace with its service account. The Workload Identity grant of ``roles/monitoring.viewer``
is a reviewable script (``prerequisites/metrics-adapter-iam.sh``). Every object is an Argo CD
prerequisite (sync wave -1).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from infergw.argocd import SYNC_WAVE
from infergw.gcloud import project_number_command, script
from infergw.names import GCP_PROJECT_RULE, IMAGE_TAG, NAMESPACE_NAME, RESOURCE_QUANTITY
from infergw.settings import Grammar, check_props, setting

ADAPTER = "custom-metrics-stackdriver-adapter"
IMAGE = "gcr.io/gke-release/custom-metrics-stackdriver-adapter"
#: The IAM script's file name under ``prerequisites/``.
IAM_SCRIPT = "metrics-adapter-iam.sh"
#: The PROJECT_ID placeholder of the guide, which the IAM script keeps for you to edit.
PROJECT_PLACEHOLDER = "PROJECT_ID"
#: A Google Cloud project id, or the placeholder.
PROJECT_OR_PLACEHOLDER = Grammar(
    f"{GCP_PROJECT_RULE.pattern}|{PROJECT_PLACEHOLDER}", f"{GCP_PROJECT_RULE.rule}, or {PROJECT_PLACEHOLDER}"
)
#: An adapter flag.
FLAG = Grammar(r"--.*", "a flag such as --v=2")


@dataclass(frozen=True)
class AdapterProps:
    """The adapter's settings; defaults are the guide's values."""

    namespace: str = setting("custom-metrics", grammar=NAMESPACE_NAME, doc="Namespace the adapter runs in.")
    image_tag: str = setting("v0.15.2-gke.1", grammar=IMAGE_TAG, doc="Tag (or sha256 digest) of the adapter image.")
    cpu: str = setting("250m", grammar=RESOURCE_QUANTITY, doc="CPU request and limit of the adapter.")
    memory: str = setting("200Mi", grammar=RESOURCE_QUANTITY, doc="Memory request and limit of the adapter.")
    project: str = setting(
        PROJECT_PLACEHOLDER,
        grammar=PROJECT_OR_PLACEHOLDER,
        doc="Google Cloud project id in the IAM script. default: PROJECT_ID (edit the script before running it)",
        example="my-project",
    )
    extra_args: tuple[str, ...] = setting(
        (), items_grammar=FLAG, doc="More adapter flags, after the guide's two (such as --v=2)."
    )


@dataclass(frozen=True)
class AdapterSet:
    """What :func:`render_adapter` gives.

    :param objects: the Kubernetes objects, in the guide's order, each in sync wave -1
    :param iam_script: the reviewable gcloud script of the Workload Identity grant
    :param files: ``{file name: text}`` written under ``prerequisites/``
    """

    objects: tuple[dict[str, Any], ...]
    iam_script: str
    files: Mapping[str, str]


def image_reference(tag: str) -> str:
    """The adapter image at ``tag`` (``name:tag``, or ``name@sha256:...`` for a digest)."""
    return f"{IMAGE}@{tag}" if tag.startswith("sha256:") else f"{IMAGE}:{tag}"


def _labels(extra: Mapping[str, str] = {}) -> dict[str, str]:
    return {"run": ADAPTER, "k8s-app": ADAPTER, **extra}


def iam_script(props: AdapterProps) -> str:
    """The gcloud script granting the adapter's service account ``roles/monitoring.viewer``."""
    return script(
        "Lets the custom-metrics adapter read Cloud Monitoring (Workload Identity grant of roles/monitoring.viewer).",
        {"PROJECT_ID": props.project},
        [
            project_number_command(),
            'gcloud projects add-iam-policy-binding "projects/$PROJECT_ID" \\\n    --role roles/monitoring.viewer \\\n'
            '    --member="principal://iam.googleapis.com/projects/$PROJECT_NUMBER/locations/global/workloadIdentityPools/'
            f'$PROJECT_ID.svc.id.goog/subject/ns/{props.namespace}/sa/{ADAPTER}"',
        ],
    )


def render_adapter(props: AdapterProps) -> AdapterSet:
    """The adapter's objects (each an Argo CD prerequisite, sync wave -1) and its IAM script."""
    check_props(props)
    objects = adapter_objects(props)
    for obj in objects:
        obj["metadata"].setdefault("annotations", {})[SYNC_WAVE] = "-1"
    text = iam_script(props)
    return AdapterSet(tuple(objects), text, {IAM_SCRIPT: text})


def adapter_objects(props: AdapterProps) -> list[dict[str, Any]]:
    """The adapter's objects, as Google's guide lists them (with the Deployment namespaced), without
    the sync-wave annotation :func:`render_adapter` adds."""
    ns = props.namespace
    rbac = "rbac.authorization.k8s.io/v1"
    subject = [{"kind": "ServiceAccount", "name": ADAPTER, "namespace": ns}]

    def api_service(group: str, version: str, priority: int) -> dict[str, Any]:
        return {
            "apiVersion": "apiregistration.k8s.io/v1",
            "kind": "APIService",
            "metadata": {"name": f"{version}.{group}"},
            "spec": {
                "insecureSkipTLSVerify": True,
                "group": group,
                "groupPriorityMinimum": 100,
                "versionPriority": priority,
                "service": {"name": ADAPTER, "namespace": ns},
                "version": version,
            },
        }

    resources = {"cpu": props.cpu, "memory": props.memory}
    return [
        {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}},
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": ADAPTER, "namespace": ns}},
        {
            "apiVersion": rbac,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "custom-metrics:system:auth-delegator"},
            "roleRef": {
                "apiGroup": "rbac.authorization.k8s.io",
                "kind": "ClusterRole",
                "name": "system:auth-delegator",
            },
            "subjects": subject,
        },
        {
            "apiVersion": rbac,
            "kind": "RoleBinding",
            "metadata": {"name": "custom-metrics-auth-reader", "namespace": "kube-system"},
            "roleRef": {
                "apiGroup": "rbac.authorization.k8s.io",
                "kind": "Role",
                "name": "extension-apiserver-authentication-reader",
            },
            "subjects": subject,
        },
        {
            "apiVersion": rbac,
            "kind": "ClusterRole",
            "metadata": {"name": "custom-metrics-resource-reader"},
            "rules": [
                {"apiGroups": [""], "resources": ["pods", "nodes", "nodes/stats"], "verbs": ["get", "list", "watch"]}
            ],
        },
        {
            "apiVersion": rbac,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "custom-metrics-resource-reader"},
            "roleRef": {
                "apiGroup": "rbac.authorization.k8s.io",
                "kind": "ClusterRole",
                "name": "custom-metrics-resource-reader",
            },
            "subjects": subject,
        },
        {
            "apiVersion": "apps/v1",
            "kind": "Deployment",
            "metadata": {
                "name": ADAPTER,
                "namespace": ns,
                "labels": _labels(),
                "annotations": {
                    "policy.infergw.dev/except-security-defaults": "runs as Google's manifest ships it: the image's "
                    "user and the serving certificate the adapter writes at start-up are not ours to change"
                },
            },
            "spec": {
                "replicas": 1,
                "selector": {"matchLabels": _labels()},
                "template": {
                    "metadata": {"labels": _labels({"kubernetes.io/cluster-service": "true"})},
                    "spec": {
                        "serviceAccountName": ADAPTER,
                        "containers": [
                            {
                                "image": image_reference(props.image_tag),
                                "imagePullPolicy": "Always",
                                "name": "pod-custom-metrics-stackdriver-adapter",
                                "command": [
                                    "/adapter",
                                    "--use-new-resource-model=true",
                                    "--fallback-for-container-metrics=true",
                                    *props.extra_args,
                                ],
                                "resources": {"limits": dict(resources), "requests": dict(resources)},
                            }
                        ],
                    },
                },
            },
        },
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {
                "labels": _labels({"kubernetes.io/cluster-service": "true", "kubernetes.io/name": "Adapter"}),
                "name": ADAPTER,
                "namespace": ns,
            },
            "spec": {
                "ports": [{"port": 443, "protocol": "TCP", "targetPort": 443}],
                "selector": _labels(),
                "type": "ClusterIP",
            },
        },
        api_service("custom.metrics.k8s.io", "v1beta1", 100),
        api_service("custom.metrics.k8s.io", "v1beta2", 200),
        api_service("external.metrics.k8s.io", "v1beta1", 100),
        {
            "apiVersion": rbac,
            "kind": "ClusterRole",
            "metadata": {
                "name": "external-metrics-reader",
                "annotations": {
                    "policy.infergw.dev/except-rbac-no-wildcards": "the HPA controller must read every external "
                    "metric the adapter serves"
                },
            },
            "rules": [
                {"apiGroups": ["external.metrics.k8s.io"], "resources": ["*"], "verbs": ["list", "get", "watch"]}
            ],
        },
        {
            "apiVersion": rbac,
            "kind": "ClusterRoleBinding",
            "metadata": {"name": "external-metrics-reader"},
            "roleRef": {
                "apiGroup": "rbac.authorization.k8s.io",
                "kind": "ClusterRole",
                "name": "external-metrics-reader",
            },
            "subjects": [{"kind": "ServiceAccount", "name": "horizontal-pod-autoscaler", "namespace": "kube-system"}],
        },
    ]
