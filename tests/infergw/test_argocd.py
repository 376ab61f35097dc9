"""Argo CD applies our output in a safe order: its own sort (phase, wave, kind order, name)
puts every CRD before the custom resources of its kind, and prerequisites before their users."""

from __future__ import annotations

import copy

import pytest
import yaml
from infergw.argocd import SKIP_DRY_RUN, SYNC_OPTIONS, SYNC_RETRY, SYNC_WAVE, annotate
from infergw.catalogue import inference_crds

# Argo CD's kind order (gitops-engine pkg/sync/sync_tasks.go, from Helm's install order):
# listed kinds get negative ranks in this order; every other kind ranks 0, i.e. after them.
ARGO_KIND_ORDER = [
    "Namespace",
    "NetworkPolicy",
    "ResourceQuota",
    "LimitRange",
    "PodSecurityPolicy",
    "PodDisruptionBudget",
    "ServiceAccount",
    "Secret",
    "SecretList",
    "ConfigMap",
    "StorageClass",
    "PersistentVolume",
    "PersistentVolumeClaim",
    "CustomResourceDefinition",
    "ClusterRole",
    "ClusterRoleList",
    "ClusterRoleBinding",
    "ClusterRoleBindingList",
    "Role",
    "RoleList",
    "RoleBinding",
    "RoleBindingList",
    "Service",
    "DaemonSet",
    "Pod",
    "ReplicationController",
    "ReplicaSet",
    "Deployment",
    "HorizontalPodAutoscaler",
    "StatefulSet",
    "Job",
    "CronJob",
    "Ingress",
    "APIService",
]


def argo_sort(objects):
    rank = {k: i - len(ARGO_KIND_ORDER) for i, k in enumerate(ARGO_KIND_ORDER)}
    return sorted(
        objects,
        key=lambda o: (
            int(o["metadata"].get("annotations", {}).get(SYNC_WAVE, "0")),
            rank.get(o["kind"], 0),
            o["metadata"]["name"],
        ),
    )


def obj(api_version, kind, name, **extra):
    return {"apiVersion": api_version, "kind": kind, "metadata": {"name": name}, **extra}


def sample():
    return [
        obj("gateway.networking.k8s.io/v1", "HTTPRoute", "llm-route"),
        obj("inference.networking.x-k8s.io/v1alpha2", "InferenceObjective", "food-review"),
        obj("inference.networking.k8s.io/v1", "InferencePool", "a-pool"),
        obj("apps/v1", "Deployment", "a-pool-epp"),
        obj("autoscaling/v2", "HorizontalPodAutoscaler", "a-hpa"),
        obj("apiregistration.k8s.io/v1", "APIService", "v1beta1.external.metrics.k8s.io"),
        obj("v1", "Namespace", "custom-metrics"),
        obj("gateway.networking.k8s.io/v1", "Gateway", "inference-gateway"),
        *inference_crds("v1.0.2"),
    ]


def test_argo_applies_every_crd_before_the_resources_of_its_kind():
    objects = sample()
    # Without waves, Argo's kind order alone would apply the custom resources (rank 0) last but
    # the CRD after Namespace etc.; our waves must make CRD-before-CR hold on their own.
    annotate(objects)
    order = argo_sort(objects)
    position = {(o["kind"], o["metadata"]["name"]): i for i, o in enumerate(order)}
    for crd in (o for o in objects if o["kind"] == "CustomResourceDefinition"):
        kind = crd["spec"]["names"]["kind"]
        group = crd["spec"]["group"]
        users = [o for o in objects if o["kind"] == kind and o["apiVersion"].startswith(group + "/")]
        assert users
        for user in users:
            assert (
                position[("CustomResourceDefinition", crd["metadata"]["name"])]
                < position[(kind, user["metadata"]["name"])]
            )


def test_argo_orders_the_committed_output_crds_first():
    from pathlib import Path

    dist = Path(__file__).resolve().parents[2] / "dist"
    objects = [
        yaml.safe_load(p.read_text())
        for p in sorted(dist.rglob("*.yaml"))
        if p.name != "kustomization.yaml" and "prerequisites" not in p.parts
    ]
    order = argo_sort(objects)
    kinds = [o["kind"] for o in order]
    last_crd = max(i for i, k in enumerate(kinds) if k == "CustomResourceDefinition")
    custom = {crd["spec"]["names"]["kind"] for crd in objects if crd["kind"] == "CustomResourceDefinition"}
    assert custom == {"InferencePool", "InferenceObjective", "InferenceModelRewrite"}  # llm-d-router ships both
    assert all(i > last_crd for i, k in enumerate(kinds) if k in custom)
    assert kinds.index("HTTPRoute") > kinds.index("InferencePool")


def test_wave_order_prerequisites_then_pools_then_routes():
    objects = sample()
    annotate(objects)
    kinds = [o["kind"] for o in argo_sort(objects)]
    assert kinds.index("Namespace") < kinds.index("InferencePool") < kinds.index("HTTPRoute")
    assert kinds.index("APIService") < kinds.index("Deployment") < kinds.index("Gateway")
    assert kinds[-1] in {"HTTPRoute", "Gateway", "HorizontalPodAutoscaler"}


def test_sync_options():
    objects = sample()
    annotate(objects)
    options = {o["metadata"]["name"]: o["metadata"]["annotations"].get(SYNC_OPTIONS) for o in objects}
    # Too large for client-side apply; never pruned, since deleting a CRD deletes its objects.
    assert options["inferencepools.inference.networking.k8s.io"] == "ServerSideApply=true,Prune=false"
    assert options["a-pool"] == SKIP_DRY_RUN  # its CRD arrives in the same output
    assert options["food-review"] == SKIP_DRY_RUN
    assert options["llm-route"] is None  # GKE installs the Gateway API CRDs
    assert options["a-pool-epp"] is None


def test_existing_waves_and_options_are_kept_and_options_not_repeated():
    pool = obj("inference.networking.k8s.io/v1", "InferencePool", "p")
    pool["metadata"]["annotations"] = {SYNC_WAVE: "5", SYNC_OPTIONS: f"Prune=false,{SKIP_DRY_RUN}"}
    objects = [pool, *inference_crds("v1.0.2")]
    annotate(objects)
    again = copy.deepcopy(objects)
    annotate(again)
    assert again == objects
    assert pool["metadata"]["annotations"] == {SYNC_WAVE: "5", SYNC_OPTIONS: f"Prune=false,{SKIP_DRY_RUN}"}


def test_synth_writes_one_application_per_directory(tmp_path):
    import subprocess
    import sys

    from conftest import REPO
    from infergw.validation import validate_paths

    out = tmp_path / "dist"
    result = subprocess.run(
        [
            sys.executable,
            "main.py",
            "--out",
            str(out),
            "--argocd",
            "https://git.example.com/platform.git",
            "--argocd-path",
            "clusters/prod/dist",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    apps = {p.name: yaml.safe_load(p.read_text()) for p in (out / "argocd").glob("application-*.yaml")}
    assert sorted(apps) == [
        "application-infergw-crds.yaml",
        "application-infergw-inference-gateway.yaml",
        "application-infergw-metrics-adapter.yaml",
    ]
    crds = apps["application-infergw-crds.yaml"]
    assert crds["spec"]["source"] == {
        "path": "clusters/prod/dist/crds",
        "repoURL": "https://git.example.com/platform.git",
        "targetRevision": "HEAD",
    }
    assert crds["metadata"]["annotations"][SYNC_WAVE] == "-2"
    assert crds["spec"]["syncPolicy"] == {"automated": {"prune": True, "selfHeal": True}, "retry": SYNC_RETRY}
    assert "argocd" not in yaml.safe_load((out / "kustomization.yaml").read_text())["resources"]
    assert validate_paths([str(out / "argocd")]) == []


def test_a_migration_gets_one_manually_synced_application(tmp_path):
    from infergw.cli import main
    from infergw.output import render_tree, write_tree
    from test_migration import seed_input

    source = tmp_path / "current"
    write_tree(render_tree({"stack": seed_input()}), source)
    out = tmp_path / "plan"
    assert (
        main(
            [
                "migrate",
                "--from",
                str(source),
                "--out",
                str(out),
                "--argocd",
                "https://git.example.com/p.git",
                "--argocd-path",
                "migration",
            ]
        )
        == 0
    )
    # One Application moves through the phases (PLAN.md advances its path): no object has two owners.
    apps = sorted((out / "argocd").glob("application-*.yaml"))
    assert [p.name for p in apps] == ["application-infergw-migration.yaml"]
    spec = yaml.safe_load(apps[0].read_text())["spec"]
    assert spec["source"]["path"] == "migration/01-side-by-side"
    assert spec["syncPolicy"] == {"syncOptions": ["PruneLast=true"]}  # synced by hand, pruning last


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--argocd", " "], "--argocd: give the Git repository Argo CD reads"),
        (["--argocd", "https://git.example.com/p.git"], "is not a path inside the repository: give --argocd-path"),
        (
            ["--argocd", "https://git.example.com/p.git", "--argocd-path", "dist", "--format", "helm"],
            "writes Applications for the kustomize layout",
        ),
        (["--format", "helm", "--chart-name", "Bad Name/x"], "--chart-name 'Bad Name/x': use lower-case letters"),
    ],
)
def test_synth_flag_mistakes_are_refused_before_anything_is_written(tmp_path, capsys, args, message):
    from infergw.cli import main

    out = tmp_path / "dist"  # absolute: not a repository path
    assert main(["synth", "--out", str(out), *args]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
