"""The pre-commit hooks of `.pre-commit-hooks.yaml` check what a user commits: in a scratch Git
repository scaffolded by `infergw init`, a broken manifest beside dist/ fails the hook.

pre-commit itself runs the hooks (file selection, `files`/`exclude`, filenames, `args`) through a
`repo: local` config that copies each hook of `.pre-commit-hooks.yaml` and only changes `language`
to `system`: with `language: python`, pre-commit would pip-install this repository into a fresh
virtualenv from the package index first, which a test suite cannot rely on. Without pre-commit,
the same hooks run as pre-commit would run them (entry + args + the filtered filenames).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REPO, run_infergw

HOOKS = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
BROKEN = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\n"


def git(root: Path, *args: str) -> str:
    result = subprocess.run(
        ["git", "-c", "user.email=ci@example.com", "-c", "user.name=ci", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


@pytest.fixture(scope="module")
def scaffold(tmp_path_factory) -> Path:
    """`infergw init` + `infergw synth`, committed: the repository a user starts from."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    root = tmp_path_factory.mktemp("scaffold") / "platform"
    assert run_infergw("init", str(root)).returncode == 0
    result = run_infergw("synth", cwd=root)
    assert result.returncode == 0, result.stderr
    config = {"repos": [{"repo": "local", "hooks": [dict(hook, language="system") for hook in HOOKS]}]}
    (root / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config, sort_keys=False))
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "scaffold")
    return root


@pytest.fixture
def repository(scaffold, tmp_path) -> Path:
    root = tmp_path / "platform"
    shutil.copytree(scaffold, root, symlinks=True)
    return root


def environment(tmp_path: Path) -> dict[str, str]:
    bin_dir = str(Path(sys.executable).parent)  # where `infergw` is installed
    return dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", PRE_COMMIT_HOME=str(tmp_path))


def pre_commit(root: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """`pre-commit run ARGS`, or without pre-commit the hooks run exactly as it would run them."""
    command = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if Path(command).is_file():
        return subprocess.run(
            [command, "run", "--color=never", *args],
            cwd=root,
            env=environment(tmp_path / "pre-commit-home"),
            capture_output=True,
            text=True,
            timeout=300,
        )
    return emulate(root, tmp_path, all_files="--all-files" in args)


def emulate(root: Path, tmp_path: Path, all_files: bool) -> subprocess.CompletedProcess:
    """Each hook as pre-commit runs it: on the staged (or all tracked) files matching `files` and
    not `exclude`; with pass_filenames, entry + args + the files, else entry + args once."""
    listed = git(root, "ls-files") if all_files else git(root, "diff", "--cached", "--name-only")
    candidates = [name for name in listed.splitlines() if name]
    out, code = [], 0
    for hook in HOOKS:
        files = [
            name
            for name in candidates
            if re.search(hook.get("files", ""), name) and not re.search(hook.get("exclude", "^$"), name)
        ]
        if not files:
            continue
        command = [*shlex.split(hook["entry"]), *hook.get("args", [])]
        command += files if hook.get("pass_filenames", True) else []
        result = subprocess.run(command, cwd=root, env=environment(tmp_path), capture_output=True, text=True)
        out.append(f"{hook['id']}: exit code {result.returncode}\n{result.stdout}{result.stderr}")
        code = code or result.returncode
    return subprocess.CompletedProcess(["pre-commit (emulated)"], code, "\n".join(out), "")


def test_the_scaffold_as_generated_passes_every_hook(repository, tmp_path):
    result = pre_commit(repository, tmp_path, "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_manifest_beside_dist_fails_the_commit(repository, tmp_path):
    (repository / "manifests").mkdir()
    (repository / "manifests" / "team.yaml").write_text(BROKEN)
    git(repository, "add", "manifests/team.yaml")
    result = pre_commit(repository, tmp_path)  # what `git commit` runs: the staged files
    assert result.returncode == 1, result.stdout + result.stderr
    assert "manifests/team.yaml:3: ConfigMap Bad_Name: metadata.name: name 'Bad_Name' must be a DNS subdomain" in (
        result.stdout
    )


def test_committing_one_file_of_dist_is_not_a_false_red(repository, tmp_path):
    # The route refers to the pool and the Gateway, which are not being committed: warnings at most.
    route = repository / "dist" / "inference-gateway" / "httproute-llm-route.yaml"
    route.write_text(route.read_text() + "# reviewed\n")
    git(repository, "add", str(route))
    result = pre_commit(repository, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_broken_object_inside_dist_fails_both_validate_hooks(repository, tmp_path):
    (repository / "dist" / "inference-gateway" / "configmap-extra.yaml").write_text(BROKEN)
    git(repository, "add", "dist")
    result = pre_commit(repository, tmp_path)
    assert result.returncode == 1
    assert "infergw-validate-tree" in result.stdout
    assert result.stdout.count("dist/inference-gateway/configmap-extra.yaml:3: ConfigMap Bad_Name") == 2


@pytest.mark.slow
def test_pre_commit_installs_the_hook_from_this_repository(repository, tmp_path):
    # `language: python` for real: pre-commit pip-installs this checkout (and its dependencies, from
    # the package index) into a virtualenv of its own. Opt-in: it takes minutes and needs the index.
    if not os.environ.get("INFERGW_TEST_PRE_COMMIT_INSTALL"):
        pytest.skip("set INFERGW_TEST_PRE_COMMIT_INSTALL=1 to let pre-commit install the hook from the package index")
    if shutil.which("pre-commit") is None and not (Path(sys.executable).parent / "pre-commit").is_file():
        pytest.skip("pre-commit is not installed")
    (repository / "manifests").mkdir()
    (repository / "manifests" / "team.yaml").write_text(BROKEN)
    git(repository, "add", "manifests/team.yaml")
    command = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    result = subprocess.run(
        [command, "try-repo", str(REPO), "infergw-validate", "--color=never"],
        cwd=repository,
        env=environment(tmp_path / "pre-commit-home"),
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "manifests/team.yaml:3: ConfigMap Bad_Name" in result.stdout
