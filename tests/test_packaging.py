"""The package imports from the repository root, under pytest and from an installed wheel,
and the constructs/ source root never shadows PyPI's `constructs`."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest
from conftest import REPO
from infergw.config.schema import schema_text

CHECK = (
    "import constructs, cdk8s, infergw, infergw.catalogue;"
    "assert hasattr(constructs, 'Construct'), constructs.__file__;"
    "print(infergw.__file__)"
)


def test_pytest_sees_pypi_constructs_and_our_package():
    import infergw

    import constructs

    assert hasattr(constructs, "Construct")
    assert Path(infergw.__file__).is_relative_to(REPO / "constructs")
    assert not (REPO / "constructs" / "__init__.py").exists()


def test_imports_from_the_repository_root():
    result = subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path[:0] = ['.', 'constructs']; {CHECK}"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(REPO / "constructs" / "infergw" / "__init__.py")


@pytest.mark.slow
def test_installed_wheel_imports_synthesizes_and_ships_its_data(tmp_path):
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path / "wheel"), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode != 0 and "No module named setuptools" in built.stderr + built.stdout:
        pytest.skip("setuptools is not installed in this venv")
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    (wheel,) = (tmp_path / "wheel").glob("infergw-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "infergw/catalogue/crds/gke/networking.gke.io_healthcheckpolicies.yaml" in names
    assert {"infergw/scaffold/main.py.template", "infergw/scaffold/github/workflows/infergw.yml"} <= set(names)
    assert any(n.startswith("imports/gateway_v1_4_0/") and n.endswith(".jsii.tgz") for n in names)
    assert not any(n.startswith(("constructs/", "tests/", "dist/")) for n in names)

    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True
    ).stdout.strip()
    # The wheel itself, unpacked as an installer would; its dependencies come from this venv
    # (a plain path entry: the editable install's finder in this venv is not activated).
    zipfile.ZipFile(wheel).extractall(target)
    Path(target, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # only the installed wheel may be found
    result = subprocess.run(
        [str(python), "-c", CHECK], cwd=outside, env=clean, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(target)
    init = subprocess.run(
        [str(python), "-m", "infergw", "init", str(outside / "repo")],
        cwd=outside,
        env=clean,
        capture_output=True,
        text=True,
    )
    assert init.returncode == 0, init.stderr
    assert (outside / "repo" / "infergw.schema.json").read_text() == schema_text()  # shipped, and current
    synth = subprocess.run(
        [str(python), "-m", "infergw", "synth", "--out", str(outside / "out")],
        cwd=outside / "repo",
        env=clean,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert synth.returncode == 0, synth.stderr
    assert (outside / "out" / "kustomization.yaml").is_file()
    typed = subprocess.run(
        [str(python), "-c", "from infergw.cdk.kinds import HttpRoute; print(HttpRoute.GVK.kind)"],
        cwd=outside,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert typed.stdout.strip() == "HTTPRoute", typed.stderr
