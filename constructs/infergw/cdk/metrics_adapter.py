"""``MetricsAdapter``: the custom-metrics Stackdriver adapter, so HPAs can read Cloud Monitoring metrics.

The full set of Google's guide: namespace, service account, delegated-auth and resource-reader
RBAC, the adapter Deployment and Service, the three APIService registrations and the
external-metrics reader role for the HPA controller. One deliberate difference: the guide's
Deployment has no namespace (it would land next to nothing it needs); ours runs in the adapter's
namespace with its service account. The Workload Identity grant of ``roles/monitoring.viewer``
is written to ``prerequisites/metrics-adapter-iam.sh``. Every object is an Argo CD prerequisite
(sync wave -1).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from infergw.argocd import SYNC_WAVE
from infergw.cdk.chart import emit, emit_file
from infergw.cdk.runtime import Construct, LazyPath
from infergw.errors import ConstructError
from infergw.gcloud import project_number_command, script
from infergw.names import DNS_LABEL

ADAPTER = "custom-metrics-stackdriver-adapter"
IMAGE = "gcr.io/gke-release/custom-metrics-stackdriver-adapter"
_QUANTITY = re.compile(r"^[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|k|M|G)?$")
#: An image tag (the registry's grammar), or a digest.
_TAG = re.compile(r"^([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|sha256:[a-f0-9]{64})$")
#: A Google Cloud project id, or the PROJECT_ID placeholder of the guide.
_PROJECT = re.compile(r"^([a-z][-a-z0-9]{4,28}[a-z0-9]|PROJECT_ID)$")


@dataclass(frozen=True)
class AdapterOptions:
    """Options of the adapter; defaults are the guide's values.

    :param namespace: default: custom-metrics
    :param image_tag: default: v0.15.2-gke.1
    :param cpu: request and limit. default: 250m
    :param memory: request and limit. default: 200Mi
    :param project: Google Cloud project id in the IAM script. default: PROJECT_ID (edit the script)
    :param extra_args: more adapter flags, after the guide's two (such as ``--v=2``). default: none
    """

    namespace: str = "custom-metrics"
    image_tag: str = "v0.15.2-gke.1"
    cpu: str = "250m"
    memory: str = "200Mi"
    project: str = "PROJECT_ID"
    extra_args: tuple[str, ...] = field(default_factory=tuple)


def image_reference(tag: str) -> str:
    """The adapter image at ``tag`` (``name:tag``, or ``name@sha256:...`` for a digest)."""
    return f"{IMAGE}@{tag}" if tag.startswith("sha256:") else f"{IMAGE}:{tag}"


def _labels(extra: Mapping[str, str] = {}) -> dict[str, str]:
    return {"run": ADAPTER, "k8s-app": ADAPTER, **extra}


class MetricsAdapter(Construct):
    """The custom-metrics Stackdriver adapter (see the module docstring).

    :param options: image tag, namespace, resources, project. default: the guide's values

    Attributes: ``objects`` (the Kubernetes objects, in the guide's order), ``iam_script`` (the
    reviewable gcloud script) and ``files`` (``{file name: text}`` written under ``prerequisites/``).
    """

    def __init__(self, scope: Construct, construct_id: str, options: AdapterOptions = AdapterOptions()) -> None:
        super().__init__(scope, construct_id)
        if not DNS_LABEL.match(options.namespace):
            raise ConstructError(
                LazyPath(self), f"namespace={options.namespace!r}: use a DNS label (lower-case letters, digits, '-')"
            )
        for name, value in (("cpu", options.cpu), ("memory", options.memory)):
            if not _QUANTITY.match(value):
                raise ConstructError(
                    LazyPath(self), f"{name}={value!r}: write a Kubernetes quantity such as 250m or 200Mi"
                )
        if not _TAG.match(options.image_tag):
            raise ConstructError(
                LazyPath(self),
                f"image_tag={options.image_tag!r}: give a tag such as v0.15.2-gke.1 (or sha256:<digest>)",
            )
        if not _PROJECT.match(options.project):
            raise ConstructError(
                LazyPath(self),
                f"project={options.project!r}: give the Google Cloud project id (6-30 lower-case letters, digits, '-')",
            )
        if isinstance(options.extra_args, str) or not all(
            isinstance(a, str) and a.startswith("--") for a in options.extra_args
        ):
            raise ConstructError(
                LazyPath(self), f"extra_args={options.extra_args!r}: give a tuple of flags such as ('--v=2',)"
            )
        self.objects = adapter_objects(options)
        for obj in self.objects:
            obj["metadata"].setdefault("annotations", {})[SYNC_WAVE] = "-1"
            emit(self, f"{obj['kind']}-{obj['metadata']['name']}", obj)
        self.iam_script = script(
            "Lets the custom-metrics adapter read Cloud Monitoring (Workload Identity grant of roles/monitoring.viewer).",
            {"PROJECT_ID": options.project},
            [
                project_number_command(),
                'gcloud projects add-iam-policy-binding "projects/$PROJECT_ID" \\\n    --role roles/monitoring.viewer \\\n'
                '    --member="principal://iam.googleapis.com/projects/$PROJECT_NUMBER/locations/global/workloadIdentityPools/'
                f'$PROJECT_ID.svc.id.goog/subject/ns/{options.namespace}/sa/{ADAPTER}"',
            ],
        )
        self.files = {"metrics-adapter-iam.sh": self.iam_script}
        for file_name, text in self.files.items():
            emit_file(self, file_name, text)


def adapter_objects(options: AdapterOptions) -> list[dict]:
    """The adapter's objects, as Google's guide lists them (with the Deployment namespaced)."""
    ns = options.namespace
    rbac = "rbac.authorization.k8s.io/v1"
    subject = [{"kind": "ServiceAccount", "name": ADAPTER, "namespace": ns}]

    def api_service(group: str, version: str, priority: int) -> dict:
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

    resources = {"cpu": options.cpu, "memory": options.memory}
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
                    "policy.infergw.dev/except-security-defaults": "runs as Google's manifest ships it: the image's user and the serving "
                    "certificate the adapter writes at start-up are not ours to change"
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
                                "image": image_reference(options.image_tag),
                                "imagePullPolicy": "Always",
                                "name": "pod-custom-metrics-stackdriver-adapter",
                                "command": [
                                    "/adapter",
                                    "--use-new-resource-model=true",
                                    "--fallback-for-container-metrics=true",
                                    *options.extra_args,
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
                    "policy.infergw.dev/except-rbac-no-wildcards": "the HPA controller must read every external metric the adapter serves"
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
