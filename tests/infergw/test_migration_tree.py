"""A migration output as a repository holds it: one Argo CD Application that owns every object once,
CRDs the plan removes prunable, and `infergw validate` judging each phase as its own set."""

from __future__ import annotations

import shutil
from itertools import combinations

import yaml
from infergw.argocd import NO_PRUNE, SYNC_OPTIONS
from infergw.cli import main
from infergw.output import render_tree, write_tree
from test_migration import seed_input

PHASES = ["01-side-by-side", "02-split-50", "03-cutover", "04-cleanup"]


def migrate(tmp_path, *args):
    source = tmp_path / "current"
    write_tree(render_tree({"stack": seed_input()}), source)
    repo = tmp_path / "repo"
    repo.mkdir(exist_ok=True)
    out = repo / "migration"
    assert main(["migrate", "--from", str(source), "--out", str(out), *args]) == 0
    return repo, out


def keys_in(directory):
    found = set()
    for path in directory.glob("*.yaml"):
        obj = yaml.safe_load(path.read_text())
        if obj.get("kind") != "Kustomization":
            meta = obj["metadata"]
            found.add((obj["apiVersion"].rpartition("/")[0], obj["kind"], meta.get("namespace", ""), meta["name"]))
    return found


def test_with_argocd_no_object_is_in_the_sources_of_two_applications(tmp_path):
    repo, out = migrate(tmp_path, "--argocd", "https://git.example.com/platform.git", "--argocd-path", "migration")
    apps = [yaml.safe_load(p.read_text()) for p in (out / "argocd").glob("application-*.yaml")]
    assert apps
    sources = {a["metadata"]["name"]: keys_in(repo / a["spec"]["source"]["path"]) for a in apps}
    for (one, a), (other, b) in combinations(sources.items(), 2):
        assert not a & b, f"{one} and {other} both own {sorted(a & b)[:3]}"
    (app,) = apps  # one Application, advanced through the phases by hand
    assert app["spec"]["source"]["path"] == "migration/01-side-by-side"
    assert "automated" not in app["spec"].get("syncPolicy", {})
    plan_md = (out / "PLAN.md").read_text()
    for phase in PHASES:
        assert f"set `spec.source.path` in `argocd/application-infergw-migration.yaml` to `migration/{phase}`" in (
            plan_md
        )


def test_crds_the_plan_removes_are_prunable_and_the_others_are_not(tmp_path):
    _, out = migrate(tmp_path)
    kept = {k[3] for k in keys_in(out / PHASES[-1]) if k[1] == "CustomResourceDefinition"}
    removed = set()
    for phase in PHASES:
        for path in (out / phase).glob("customresourcedefinition-*.yaml"):
            crd = yaml.safe_load(path.read_text())
            options = crd["metadata"]["annotations"].get(SYNC_OPTIONS, "").split(",")
            name = crd["metadata"]["name"]
            assert (NO_PRUNE in options) == (name in kept), (phase, name)
            removed |= set() if name in kept else {name}
    assert removed == {"inferencemodels.inference.networking.x-k8s.io", "inferencepools.inference.networking.x-k8s.io"}


def test_validate_judges_each_phase_of_a_migration_as_its_own_set(tmp_path, capsys):
    repo, out = migrate(tmp_path, "--argocd", "https://git.example.com/platform.git", "--argocd-path", "migration")
    capsys.readouterr()
    assert main(["validate", str(out)]) == 0
    assert main(["validate", str(repo)]) == 0  # a pre-commit or CI run over the repository
    assert "0 errors" in capsys.readouterr().out
    # the same phases outside a migration are one set, full of duplicates: the grouping is what passes
    loose = tmp_path / "loose"
    for phase in PHASES[:2]:
        shutil.copytree(out / phase, loose / phase)
    assert main(["validate", str(loose)]) == 1
    assert "duplicate" in capsys.readouterr().out
    # an invalid phase still fails, named by its file
    broken = out / "02-split-50" / "deployment-vllm-llama3-8b-instruct-ga-epp.yaml"
    deployment = yaml.safe_load(broken.read_text())
    deployment["spec"]["replicas"] = "two"
    broken.write_text(yaml.safe_dump(deployment))
    assert main(["validate", str(out)]) == 1
    assert "02-split-50/deployment-vllm-llama3-8b-instruct-ga-epp.yaml" in capsys.readouterr().out


def test_a_scaffold_repository_with_a_migration_passes_its_policies(tmp_path, capsys):
    repo = tmp_path / "repo"
    assert main(["init", str(repo), "--source", "infergw"]) == 0
    _, out = migrate(tmp_path)
    capsys.readouterr()
    assert main(["validate", str(out), "--policy", str(repo / "policy")]) == 0, capsys.readouterr().out
