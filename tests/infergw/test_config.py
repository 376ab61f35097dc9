"""The stack config file: strict keys and types, errors that name the file and the key path."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from infergw.config import load_config, parse_config
from infergw.errors import ConfigError


def test_repository_config_is_the_seeds_example():
    config = load_config(REPO / "infergw.yaml")
    (pool,) = config.pools
    assert (config.release, pool.name, pool.match_labels, pool.target_ports) == ("v1.0.2", "vllm-llama3-8b-instruct", {"app": "vllm-llama3-8b-instruct"}, (8000,))
    assert [(o.name, o.priority) for o in pool.objectives] == [("food-review", 2), ("base-model", 2)]
    assert (config.gateway_name, config.gateway_class, config.route_name) == ("inference-gateway", "gke-l7-regional-external-managed", "llm-route")


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("relase: v1.0.2", r"c.yaml: unknown key 'relase'; allowed keys: gateway, gkeVersion"),
        ("release: v2", r"c.yaml: release: unsupported inference-extension release 'v2'"),
        ("gkeVersion: 1.34", r"c.yaml: gkeVersion: invalid GKE version '1.34'"),
        ("pools: [{name: p}]", r"c.yaml: pools\[0\]: missing required key 'matchLabels'"),
        ("pools: [{name: p, matchLabels: {}}]", r"pools\[0\].matchLabels: give at least one label"),
        ("pools: [{name: p, matchLabels: {app: p}, targetPorts: [0]}]", r"pools\[0\].targetPorts\[0\]: expected a whole number from 1 to 65535, got 0"),
        ("pools: [{name: p, matchLabels: {app: p}, provider: aws}]", r"pools\[0\].provider: choose gke or none"),
        ("pools: [{name: p, matchLabels: {app: p}, objectives: [{name: o, priority: high}]}]", r"pools\[0\].objectives\[0\].priority"),
        ("gateway: [a]", r"c.yaml: gateway: expected a mapping, got list"),
        ("- a", r"c.yaml: expected a mapping, got list"),
    ],
)
def test_errors_name_the_key_path(document, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(yaml.safe_load(document), "c.yaml")


def test_unreadable_and_malformed_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("pools: [\n")
    with pytest.raises(ConfigError, match=rf"{bad}:2: not valid YAML"):
        load_config(bad)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
keys = st.sampled_from(["release", "gkeVersion", "name", "namespace", "gateway", "route", "pools", "other"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(keys, json_values, max_size=5))
def test_random_configs_give_a_config_or_a_clear_error(document):
    try:
        parse_config(document, "fuzz.yaml")
    except ConfigError as exc:
        assert str(exc).startswith("fuzz.yaml: ")
