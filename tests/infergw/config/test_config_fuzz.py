"""Every key of a full config set to wrong types and values: a clear error naming the key (exit 2),
or a valid stack, never an internal error (exit 3)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from infergw.cli import main
from infergw.config.document import key_path
from infergw.config.loader import parse_config
from infergw.errors import ConfigError

#: Every section on: the repository's stack plus the optional sections of Google's guides.
FULL = yaml.safe_load((REPO / "infergw.yaml").read_text()) | yaml.safe_load(
    """
cluster: prod-cluster
gkeVersion: 1.34.1-gke.1822000
argocd: {repoURL: https://git.example.com/platform.git, path: dist}
security:
  modelArmor:
    project: my-project
    location: us-central1
    templates: [{model: google/gemma-3-1b-it, promptTemplate: llm}]
  apigee:
    name: my-apigee
    location: {name: us-central1, network: projects/my-project/global/networks/default,
               subnetwork: projects/my-project/regions/us-central1/subnetworks/psc}
observability:
  alerts: {errorRate: 0.1, forms: [rules-file, managed-prometheus]}
  metricsAdapter: {project: my-project}
  modelServers: true
"""
)
FULL["pools"][0]["autoscaling"] = {"minReplicas": 2, "maxReplicas": 8, "targetKvCacheUtilization": 0.8}
FULL["pools"][0]["image"] = {"tag": "v1.0.2", "pullPolicy": "Always"}
FULL["pools"][0]["flags"] = {"v": 1}
WRONG: list[Any] = [7, -1, 10**12, 0.5, "x", "A B", "", True, None, [], [1], {}, {"k": "v"}]


def key_paths(value: Any, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, child in value.items():
            found += key_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += key_paths(child, (*path, index))
    return found


PATHS = key_paths(FULL)


def mutated(path: tuple[str | int, ...], wrong: Any) -> dict[str, Any]:
    document = copy.deepcopy(FULL)
    node: Any = document
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = copy.deepcopy(wrong)
    return document


def test_the_full_config_is_valid():
    parse_config(copy.deepcopy(FULL), "full.yaml")
    assert len(PATHS) > 60


@pytest.mark.parametrize("path", PATHS, ids=key_path)
def test_every_wrong_value_is_refused_naming_its_key_or_accepted(path):
    for wrong in WRONG:
        try:
            parse_config(mutated(path, wrong), "fuzz.yaml")
        except ConfigError as error:
            named = [key_path(path[:n]) for n in range(len(path), 0, -1)]
            assert any(f": {name}" in str(error) for name in named), f"{key_path(path)}={wrong!r}: {error}"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.sampled_from(PATHS), wrong=st.sampled_from(WRONG))
def test_synth_exits_2_or_0_never_3(tmp_path_factory, path, wrong):
    """Through the command, as a user runs it: a construct must never meet a value the config let through."""
    directory: Path = tmp_path_factory.mktemp("fuzz")
    config = directory / "infergw.yaml"
    document = mutated(path, wrong)
    document.pop("argocd", None)  # Applications need the output's repository path; not what is fuzzed here
    config.write_text(yaml.safe_dump(document))
    code = main(["synth", "--config", str(config), "--out", str(directory / "dist")])
    assert code in (0, 2), f"{key_path(path)}={wrong!r} gave exit {code}"
