"""Golden files of the default stack per release (the seeds' example on v0.3.0, v1.0.0, v1.0.2)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from conftest import REPO
from golden import assert_golden
from infergw.cdk.app import build_app
from infergw.cdk.synthesis import render
from infergw.config.loader import ModelConfig, load_config
from infergw.validation import ValidationOptions


def config_for(release: str):
    config = dataclasses.replace(load_config(REPO / "infergw.yaml"), release=release)
    if release == "v0.3.0":  # v0.3.0 has InferenceModels instead of objectives
        pools = tuple(
            dataclasses.replace(
                pool,
                objectives=(),
                models=(
                    ModelConfig("food-review", "food-review", "Standard"),
                    ModelConfig("base-model", "meta-llama/Llama-3.1-8B-Instruct", "Critical"),
                ),
            )
            for pool in config.pools
        )
        config = dataclasses.replace(config, pools=pools)
    return config


@pytest.mark.parametrize("release", ["v0.3.0", "v1.0.0", "v1.0.2"])
def test_default_stack_golden(release):
    files = render(build_app(config_for(release)), ValidationOptions(inference_release=release))
    assert_golden(f"default-stack-{release}", files)


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
