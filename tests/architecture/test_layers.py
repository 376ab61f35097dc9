"""The layers: only infergw.cdk imports jsii, cdk8s and constructs; the core runs without Node.js.

The core is every module outside ``infergw/cdk`` and ``infergw/cli``; the command line may load
the cdk layer only inside the commands that synthesize (``synth``), so the other commands run on
a machine without Node.js.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "constructs" / "infergw"
NODE_LAYER = ("jsii", "cdk8s", "constructs", "imports", "infergw.cdk")


def _imports(path: Path, *, top_level_only: bool) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(), str(path))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.If) and top_level_only:  # `if TYPE_CHECKING:` blocks are for type checkers
            continue
    return found


def _node_imports(path: Path, *, top_level_only: bool) -> list[str]:
    return [
        f"{path.relative_to(REPO)}:{line}: imports {name}"
        for line, name in _imports(path, top_level_only=top_level_only)
        if any(name == layer or name.startswith(f"{layer}.") for layer in NODE_LAYER)
    ]


def _modules(*exclude: str) -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py")) if not any(p.relative_to(PACKAGE).parts[0] == part for part in exclude)
    ]


def test_the_core_never_imports_the_cdk_layer():
    """Catalogue, grammars, rendering, config, validation, policy, migration: no jsii anywhere in them."""
    problems = [
        problem
        for path in _modules("cdk", "cli", "__init__.py")
        for problem in _node_imports(path, top_level_only=False)
    ]
    assert not problems, "\n".join(problems)


def test_the_command_line_loads_the_cdk_layer_only_inside_a_command():
    problems = [
        problem for path in _modules() if "cli" in path.parts for problem in _node_imports(path, top_level_only=True)
    ]
    assert not problems, "\n".join(problems)


def test_the_package_root_loads_nothing_at_import():
    """``import infergw`` (as the validator and the command line do) starts no Node.js."""
    tree = ast.parse((PACKAGE / "__init__.py").read_text())
    names = {
        alias.name if isinstance(node, ast.Import) else node.module
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert names <= {"__future__", "importlib", "typing"}


@pytest.fixture(scope="module")
def no_node_path(tmp_path_factory) -> str:
    """A PATH with Python but without node."""
    bin_dir = tmp_path_factory.mktemp("bin")
    (bin_dir / "python").symlink_to(sys.executable)
    for tool in ("helm", "kubectl"):
        if found := shutil.which(tool):
            (bin_dir / tool).symlink_to(found)
    return str(bin_dir)


def _run_without_node(no_node_path: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PATH"} | {"PATH": no_node_path}
    return subprocess.run(
        [sys.executable, "-m", "infergw", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


def test_core_commands_run_without_node(no_node_path, tmp_path):
    """migrate, validate, diff, graph, crds, schema and policy test need no Node.js; synth says what it needs."""
    assert shutil.which("node", path=no_node_path) is None
    seed = REPO / "tests" / "infergw" / "fixtures" / "inferencepool" / "v0.3.0-gke.yaml"
    cases = [
        (["validate", str(REPO / "dist")], 0),
        (["diff", str(REPO / "dist"), str(REPO / "dist")], 0),
        (["graph", str(REPO / "dist")], 0),
        (["crds"], 0),
        (["policy", "test", str(REPO / "policy")], 0),
        (["migrate", "--from", str(seed), "--out", str(tmp_path / "plan")], 0),
    ]
    for args, expected in cases:
        result = _run_without_node(no_node_path, *args, cwd=REPO)
        assert result.returncode == expected, f"infergw {' '.join(args)}: {result.stderr}"
        assert "Node.js" not in result.stderr, f"infergw {' '.join(args)} asked for Node.js"
    synth = _run_without_node(no_node_path, "synth", "--out", str(tmp_path / "dist"), cwd=REPO)
    assert synth.returncode == 2
    assert "Node.js was not found on PATH" in synth.stderr
