"""Golden files of the default stack per release (the seeds' example on v0.3.0, v1.0.0, v1.0.2, and on
llm-d-router v0.10.0, whose golden directory is named with the release as a label value: no ``/``)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import REPO
from golden import assert_golden
from infergw.cdk.app import build_app
from infergw.cdk.synthesis import render
from infergw.config.loader import load_config, parse_config
from infergw.releases import release_label
from infergw.validation import ValidationOptions


def config_for(release: str):
    """The repository's infergw.yaml as a user would edit it for ``release``."""
    document = yaml.safe_load((REPO / "infergw.yaml").read_text())
    document["release"] = release
    if release == "v0.3.0":  # v0.3.0 has InferenceModels instead of objectives
        for pool in document["pools"]:
            del pool["objectives"]
            pool["models"] = [
                {"name": "food-review", "modelName": "food-review", "criticality": "Standard"},
                {"name": "base-model", "modelName": "meta-llama/Llama-3.1-8B-Instruct", "criticality": "Critical"},
            ]
    return parse_config(document, "infergw.yaml")


@pytest.mark.parametrize("release", ["v0.3.0", "v1.0.0", "v1.0.2", "llm-d-router/v0.10.0"])
def test_default_stack_golden(release):
    # The HPA's Deployment and the model-server pods are deployed elsewhere: not in the stack.
    options = ValidationOptions(inference_release=release, allow_external_refs=True)
    assert_golden(f"default-stack-{release_label(release)}", render(build_app(config_for(release)), options))


def test_split_across_pool_groups_golden():
    """Two pools of different API groups behind one route (the seed's migration, phase 2)."""
    config = load_config(Path(__file__).parent / "fixtures" / "config" / "split.yaml")
    files = render(build_app(config), ValidationOptions(inference_release="v1.0.2"))
    assert_golden("split-v1.0.2", files)


def test_full_config_golden():
    from infergw.config.loader import load_config as load
    from infergw.policy import evaluate_policies, load_policies
    from infergw.validation.loader import Document

    config = load(REPO / "tests" / "infergw" / "fixtures" / "config" / "full.yaml")
    # The HPA's Deployment and the monitored pods are the user's model servers: not in the stack.
    files = render(build_app(config), ValidationOptions(allow_external_refs=True))
    assert_golden("full-v1.0.2", files)
    documents = [
        Document(path, 1, yaml.safe_load(text))
        for path, text in files.items()
        if path.endswith(".yaml") and "kustomization" not in path and not path.startswith("prerequisites/")
    ]
    assert evaluate_policies(documents, load_policies(REPO / "policy")) == []
