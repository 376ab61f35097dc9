"""The generated typed classes (imports/) match the catalogue they were generated from."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from infergw import catalogue
from infergw.cdk import kinds

REPO = Path(__file__).resolve().parents[2]


def test_every_import_listed_in_cdk8s_yaml_is_generated_and_exposed():
    listed = yaml.safe_load((REPO / "cdk8s.yaml").read_text())["imports"]
    prefixes = {item.split(":=")[0] for item in listed}
    generated = {p.name for p in (REPO / "imports").iterdir() if p.is_dir()}
    assert prefixes == generated
    exposed = {module.split(".")[1] for module, _ in kinds.GENERATED.values()}
    assert exposed == generated


def test_imports_are_generated_from_catalogue_files():
    listed = yaml.safe_load((REPO / "cdk8s.yaml").read_text())["imports"]
    catalogue_paths = {f"constructs/infergw/catalogue/crds/{e.path}" for e in catalogue.ENTRIES}
    for item in listed:
        assert item.split(":=")[1] in catalogue_paths


@pytest.mark.parametrize("name", sorted(kinds.GENERATED))
def test_generated_class_has_the_group_version_kind_of_a_catalogue_crd(name):
    gvk = getattr(kinds, name).GVK
    served = {(f"{e.group}/{v}", e.kind) for e in catalogue.ENTRIES for v in e.served_versions}
    assert (gvk.api_version, gvk.kind) in served


def test_a_typed_object_synthesizes_like_a_plain_one():
    from infergw.cdk.runtime import cdk8s

    app = cdk8s.App()
    chart = cdk8s.Chart(app, "c")
    kinds.InferenceObjective(
        chart,
        "o",
        metadata={"name": "food-review"},
        spec={"priority": 2, "pool_ref": {"name": "p", "group": "inference.networking.k8s.io"}},
    )
    (obj,) = chart.to_json()
    assert obj["spec"] == {"poolRef": {"group": "inference.networking.k8s.io", "name": "p"}, "priority": 2}


def test_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        kinds.Nope  # noqa: B018
