"""The config schema: one definition, shipped as a file, printed by `infergw schema config`, and what
the repository's and the scaffold's infergw.yaml are checked against."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import yaml
from conftest import REPO
from infergw.config.schema import CONFIG_SCHEMA, SCHEMA_FILE, schema_text, shipped_schema_text
from infergw.render.autoscaler import AutoscalerProps
from infergw.render.pool import InferencePoolProps
from infergw.settings import schema_of


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(CONFIG_SCHEMA)


def test_the_shipped_schema_file_is_current():
    """`make docs` rewrites it; a stale file would let editors check other limits than infergw does."""
    assert shipped_schema_text() == schema_text()


def test_infergw_schema_config_prints_it():
    result = subprocess.run(
        [sys.executable, "-m", "infergw", "schema", "config"], capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == CONFIG_SCHEMA


def test_repository_and_scaffold_configs_validate_against_the_schema_and_point_editors_at_it():
    for path, schema in (
        (REPO / "infergw.yaml", REPO / "constructs" / "infergw" / "config" / SCHEMA_FILE),
        (REPO / "constructs" / "infergw" / "scaffold" / "infergw.yaml", None),
    ):
        text = path.read_text()
        jsonschema.validate(yaml.safe_load(text), CONFIG_SCHEMA)
        modeline = text.splitlines()[0]
        assert modeline.startswith("# yaml-language-server: $schema=./")
        if schema is not None:
            assert (path.parent / modeline.split("=", 1)[1]).resolve() == schema.resolve()


def test_pool_keys_are_the_pool_props_one_definition():
    """A pool's keys, limits and defaults are the props' own: the drifted defaults cannot come back."""
    pool = CONFIG_SCHEMA["properties"]["pools"]["items"]["properties"]
    props = schema_of(InferencePoolProps)["properties"]
    for key in ("matchLabels", "provider", "targetPorts", "replicas", "image", "flags", "profile"):
        assert pool[key] == props[key]
    assert pool["provider"]["default"] == InferencePoolProps.__dataclass_fields__["provider"].default == "gke"
    autoscaling = pool["autoscaling"]["anyOf"][0]["properties"]
    assert autoscaling["minReplicas"] == schema_of(AutoscalerProps)["properties"]["minReplicas"]
    assert autoscaling["minReplicas"]["default"] == 1
    assert "cluster" not in autoscaling  # the top-level cluster is every autoscaler's


def test_generated_docs_are_current():
    """docs/config.md and the schema file are what `make docs` writes from the settings."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("update_docs", REPO / "scripts" / "update_docs.py")
    update_docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update_docs)
    for path, text in update_docs.GENERATED.items():
        assert path.read_text() == text(), f"{path.relative_to(REPO)} is stale: run `make docs`"
