"""`kubectl kustomize` on the output tree (and on each chart directory) yields exactly its objects."""

from __future__ import annotations

import subprocess

import pytest
import yaml
from conftest import REPO, tool

DIST = REPO / "dist"


def objects(texts):
    docs = [d for text in texts for d in yaml.safe_load_all(text) if d]
    return sorted(docs, key=lambda d: (d["kind"], d["metadata"].get("namespace", ""), d["metadata"]["name"]))


def kustomize(path):
    result = subprocess.run([tool("kubectl"), "kustomize", str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return objects([result.stdout])


def files_under(path):
    """The objects of every kustomize directory under ``path`` (prerequisites/ holds scripts and a rules file)."""
    return objects(
        p.read_text()
        for p in sorted(path.rglob("*.yaml"))
        if p.name != "kustomization.yaml" and (p.parent / "kustomization.yaml").exists()
    )


def test_whole_tree():
    assert kustomize(DIST) == files_under(DIST)


@pytest.mark.parametrize("directory", sorted(p.name for p in DIST.iterdir() if (p / "kustomization.yaml").exists()))
def test_each_chart_directory(directory):
    assert kustomize(DIST / directory) == files_under(DIST / directory)
