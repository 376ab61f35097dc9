"""`infergw graph`: edges follow references (with route weights); the README's graphs are current."""

from __future__ import annotations

import importlib.util

from conftest import REPO
from infergw.cli import main


def test_default_stack_graph_edges(capsys):
    assert main(["graph", str(REPO / "dist")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart LR\n")
    assert (
        "HTTPRoute_default_llm_route_gateway_networking_k8s_io -->|weight 1| InferencePool_default_vllm_llama3_8b_instruct_inference_networking_k8s_io"
        in out
    )
    assert (
        "InferencePool_default_vllm_llama3_8b_instruct_inference_networking_k8s_io --> Service_default_vllm_llama3_8b_instruct_epp_"
        in out
    )
    assert "-->|selects| Deployment_default_vllm_llama3_8b_instruct_epp_apps" in out


def test_dot_output(capsys):
    assert main(["graph", str(REPO / "dist"), "--format", "dot"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("digraph infergw {") and out.rstrip().endswith("}")
    assert '[label="weight 1"]' in out


def test_readme_graphs_are_current():
    spec = importlib.util.spec_from_file_location("update_readme_graphs", REPO / "scripts" / "update_readme_graphs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    readme = (REPO / "README.md").read_text()
    assert module.updated(readme) == readme, "README graphs are stale: run `make graphs`"


def test_svg_with_graphviz_or_a_clear_error(capsys):
    import shutil

    import pytest

    if shutil.which("dot") is None:
        assert main(["graph", str(REPO / "dist"), "--format", "svg"]) == 2
        assert "needs Graphviz" in capsys.readouterr().err
        pytest.skip("Graphviz (dot) is not installed: SVG rendering checked only for its error message")
    assert main(["graph", str(REPO / "dist"), "--format", "svg"]) == 0
    assert "<svg" in capsys.readouterr().out
