"""The endpoint picker's RBAC: watch rights per release layout, token reviews, leader election.

Chart templates: ``rbac.yaml``, ``leader-election-rbac.yaml``. The hardened profile replaces the
chart's watch rules with exactly what the picker reads (see :func:`least_privilege_rules`).
"""

from __future__ import annotations

import copy
from typing import Any

from infergw.releases import Release
from infergw.render.pool.names import cluster_rbac_name
from infergw.render.pool.props import InferencePoolProps

RBAC_API = "rbac.authorization.k8s.io/v1"
RBAC_GROUP = "rbac.authorization.k8s.io"

READ = ["get", "watch", "list"]
_TOKEN_REVIEW_RULES = (
    {"apiGroups": ["authentication.k8s.io"], "resources": ["tokenreviews"], "verbs": ["create"]},
    {"apiGroups": ["authorization.k8s.io"], "resources": ["subjectaccessreviews"], "verbs": ["create"]},
)
METRICS_RULE = {"nonResourceURLs": ["/metrics"], "verbs": ["get"]}
_PODS_RULE = {"apiGroups": [""], "resources": ["pods"], "verbs": READ}
#: The chart's watch rules per RBAC layout (``{group}``: the pool's API group).
_WATCH_RULES: dict[str, tuple[dict[str, Any], ...]] = {
    "cluster-only": (
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferencemodels", "inferencepools"],
            "verbs": READ,
        },
        _PODS_RULE,
    ),
    "both-groups": (
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferenceobjectives", "inferencepools"],
            "verbs": READ,
        },
        {"apiGroups": ["inference.networking.k8s.io"], "resources": ["inferencepools"], "verbs": READ},
        _PODS_RULE,
    ),
    "pool-group": (
        {"apiGroups": ["inference.networking.x-k8s.io"], "resources": ["inferenceobjectives"], "verbs": READ},
        {"apiGroups": ["{group}"], "resources": ["inferencepools"], "verbs": READ},
        _PODS_RULE,
    ),
    "pool-group-rewrites": (
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferenceobjectives", "inferencemodelrewrites"],
            "verbs": READ,
        },
        {"apiGroups": ["{group}"], "resources": ["inferencepools"], "verbs": READ},
        _PODS_RULE,
    ),
    # v1.4 on: the "-non-sa" Role (the inference kinds); the "-sa" Role has the pods rule
    "split-sa": (
        {
            "apiGroups": ["inference.networking.x-k8s.io"],
            "resources": ["inferenceobjectives", "inferencemodelrewrites"],
            "verbs": READ,
        },
        {"apiGroups": ["{group}"], "resources": ["inferencepools"], "verbs": READ},
    ),
}
#: Layouts whose picker reads InferenceModelRewrites (the chart grants them).
_READS_REWRITES = frozenset({"pool-group-rewrites", "split-sa"})


def least_privilege_rules(name: str, release: Release, group: str) -> list[dict[str, Any]]:
    """The hardened profile's namespaced watch rules: exactly what the endpoint picker reads.

    From the picker's controller manager cache configuration at each release: Pods and the
    release's per-workload kind in the pool's namespace, and its own InferencePool by name.
    """
    rules = []
    if release.workload is not None:
        resources = [release.workload.resource]
        if release.rewrite is not None and release.chart is not None and release.chart.rbac in _READS_REWRITES:
            resources.append(release.rewrite.resource)
        rules.append({"apiGroups": [release.workload.group], "resources": resources, "verbs": list(READ)})
    rules += [
        {"apiGroups": [group], "resources": ["inferencepools"], "resourceNames": [name], "verbs": list(READ)},
        dict(_PODS_RULE, verbs=list(READ)),
    ]
    return rules


def rules_for(rules: tuple[dict[str, Any], ...], group: str) -> list[dict[str, Any]]:
    """Private copies of ``rules`` with ``{group}`` replaced by the pool's API group."""
    out = copy.deepcopy(list(rules))
    for rule in out:
        if "apiGroups" in rule:
            rule["apiGroups"] = [group if g == "{group}" else g for g in rule["apiGroups"]]
    return out


def rbac(
    name: str, ns: str, epp: str, labels: dict[str, str], props: InferencePoolProps, release: Release, group: str
) -> list[dict[str, Any]]:
    """ClusterRole and binding (token reviews, and on v0.3.0 the watch rights), Role and binding."""
    chart = release.chart
    assert chart is not None
    subject = [{"kind": "ServiceAccount", "name": epp, "namespace": ns}]
    cluster_name = cluster_rbac_name(name, ns, chart)
    metrics = (METRICS_RULE,) if props.prometheus_monitoring else ()
    hardened = props.profile == "hardened"
    watch = least_privilege_rules(name, release, group) if hardened else rules_for(_WATCH_RULES[chart.rbac], group)
    if chart.rbac == "cluster-only" and not hardened:  # v0.3.0 chart: watch rights cluster-wide
        cluster_rules = [*watch, *rules_for(_TOKEN_REVIEW_RULES, group)]
    else:  # the metrics endpoint authenticates its callers: token and access reviews are cluster-scoped
        cluster_rules = rules_for(_TOKEN_REVIEW_RULES + metrics, group)
    objects: list[dict[str, Any]] = []
    if hardened or not chart.cluster_role_with_prometheus or props.prometheus_monitoring:
        objects += [
            {
                "apiVersion": RBAC_API,
                "kind": "ClusterRole",
                "metadata": {"name": cluster_name, "labels": labels},
                "rules": cluster_rules,
            },
            {
                "apiVersion": RBAC_API,
                "kind": "ClusterRoleBinding",
                "metadata": {"name": cluster_name},
                "subjects": subject,
                "roleRef": {"apiGroup": RBAC_GROUP, "kind": "ClusterRole", "name": cluster_name},
            },
        ]
    if chart.rbac == "split-sa":  # v1.4 on: pods in "<epp>-sa", the inference kinds in "<epp>-non-sa"
        pods = [r for r in watch if r.get("resources") == ["pods"]]
        inference = [r for r in watch if r.get("resources") != ["pods"]]
        if not pods:
            pods = [dict(_PODS_RULE, verbs=list(READ))]
        roles = [(f"{epp}-sa", pods), (f"{epp}-non-sa", inference)]
    elif chart.rbac != "cluster-only" or hardened:
        roles = [(epp, watch)]
    else:
        roles = []
    for role, rules in roles:
        objects += [
            {
                "apiVersion": RBAC_API,
                "kind": "Role",
                "metadata": {"name": role, "namespace": ns, "labels": labels},
                "rules": rules,
            },
            {
                "apiVersion": RBAC_API,
                "kind": "RoleBinding",
                "metadata": {"name": role, "namespace": ns},
                "subjects": subject,
                "roleRef": {"apiGroup": RBAC_GROUP, "kind": "Role", "name": role},
            },
        ]
    return objects


def leader_election_rbac(ns: str, epp: str, labels: dict[str, str]) -> list[dict[str, Any]]:
    """The Role and binding for the picker's leader-election leases and events."""
    role = f"{epp}-leader-election"
    return [
        {
            "apiVersion": RBAC_API,
            "kind": "Role",
            "metadata": {"name": role, "namespace": ns, "labels": labels},
            "rules": [
                {
                    "apiGroups": ["coordination.k8s.io"],
                    "resources": ["leases"],
                    "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"],
                },
                {"apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]},
            ],
        },
        {
            "apiVersion": RBAC_API,
            "kind": "RoleBinding",
            "metadata": {"name": f"{epp}-leader-election-binding", "namespace": ns},
            "subjects": [{"kind": "ServiceAccount", "name": epp}],
            "roleRef": {"apiGroup": RBAC_GROUP, "kind": "Role", "name": role},
        },
    ]
