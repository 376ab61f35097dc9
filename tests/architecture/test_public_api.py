"""The public API: ``from infergw import X`` gives a type checker the real class, and loads lazily."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import infergw
import pytest

INIT = Path(infergw.__file__)


def _type_checking_imports() -> dict[str, str]:
    tree = ast.parse(INIT.read_text())
    (block,) = [n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING"]
    return {alias.name: node.module for node in block.body if isinstance(node, ast.ImportFrom) for alias in node.names}


def test_every_export_is_imported_for_type_checkers_from_the_module_that_loads_it():
    assert _type_checking_imports() == infergw._EXPORTS


@pytest.mark.parametrize("name", sorted(infergw._EXPORTS))
def test_every_export_is_the_object_its_module_defines(name):
    assert getattr(infergw, name) is getattr(importlib.import_module(infergw._EXPORTS[name]), name)


def test_unknown_names_are_an_attribute_error():
    with pytest.raises(AttributeError, match="module 'infergw' has no attribute 'Nope'"):
        _ = infergw.Nope  # type: ignore[attr-defined]
