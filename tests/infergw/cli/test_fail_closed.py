"""Bad input fails closed: each case of issue 19's list exits non-zero with advice naming the file,
key or flag and the fix, and existing output survives. Every case runs the installed `infergw`."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import REPO, infergw_command, run_infergw
from infergw.output import MARKER

CONFIG = REPO / "infergw.yaml"


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def synthesized(tmp_path_factory) -> Path:
    """A directory with the default config and the dist/ `infergw synth` writes from it."""
    root = tmp_path_factory.mktemp("repo")
    shutil.copy(CONFIG, root / "infergw.yaml")
    result = run_infergw("synth", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture
def repo(synthesized, tmp_path) -> Path:
    """A fresh copy of :func:`synthesized` for a test to damage."""
    shutil.copytree(synthesized, tmp_path / "repo", symlinks=True)
    return tmp_path / "repo"


def one_error_line(result: subprocess.CompletedProcess, command: str) -> str:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if line.startswith(f"infergw {command}: error: ")]
    return line


# --- the config file ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "infergw.yaml: the config file is empty: describe at least one pool"),
        ("# only a comment\n", "infergw.yaml: the config file is empty"),
        ("pools: []\n", "infergw.yaml:1: pools: at least 1 entry needed, got 0"),
        ("{}\n", "infergw.yaml:1: pools: missing: this key is required"),
        (
            "release: v1.0.2\nnamespace: a\nnamespace: b\npools: []\n",
            "infergw.yaml:3: duplicate key 'namespace': YAML would keep only the last one; remove one of them",
        ),
    ],
    ids=["empty", "comment-only", "no-pools", "empty-mapping", "duplicate-key"],
)
def test_a_config_that_would_replace_the_stack_with_nothing_is_refused(repo, text, expected):
    before = snapshot(repo / "dist")
    (repo / "infergw.yaml").write_text(text)
    line = one_error_line(run_infergw("synth", cwd=repo), "synth")
    assert expected in line
    assert snapshot(repo / "dist") == before


def test_a_device_or_a_fifo_as_config_is_refused_at_once(repo):
    fifo = repo / "config.fifo"
    os.mkfifo(fifo)
    for config in ("/dev/zero", str(fifo)):
        started = time.monotonic()
        line = one_error_line(run_infergw("synth", "--config", config, cwd=repo, timeout=60), "synth")
        assert time.monotonic() - started < 30
        assert line.endswith(f"{config}: not a regular file: give the path of a YAML config file")


# --- flags that would be ignored ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--chart-name", "x"], "--chart-name x: names the chart of --format helm, which is not asked for"),
        (["--chart-version", "1.0.0"], "--chart-version 1.0.0: versions the chart of --format helm"),
        (["--argocd-path", "dist"], "--argocd-path dist: is the output's path in the repository of --argocd"),
    ],
    ids=["chart-name-without-helm", "chart-version-without-helm", "argocd-path-without-argocd"],
)
def test_a_flag_that_the_other_flags_make_meaningless_is_refused(repo, argv, expected):
    before = snapshot(repo / "dist")
    assert expected in one_error_line(run_infergw("synth", *argv, cwd=repo), "synth")
    assert snapshot(repo / "dist") == before


def test_an_option_given_twice_is_refused_not_last_one_wins(repo):
    result = run_infergw("synth", "--config", "infergw.yaml", "--config", "other.yaml", cwd=repo)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "--config given twice ('infergw.yaml', then 'other.yaml'); it takes one value: give it once" in result.stderr
    result = run_infergw("validate", "--format", "json", "--format=text", cwd=repo)
    assert result.returncode == 2 and "--format given twice ('json', then 'text')" in result.stderr


# --- the output directory ------------------------------------------------------------------------


def test_out_that_is_a_symlink_to_an_output_stays_a_symlink(repo):
    (repo / "builds").mkdir()
    os.rename(repo / "dist", repo / "builds" / "dist")
    (repo / "dist").symlink_to("builds/dist")
    (repo / "builds" / "dist" / "old-file.yaml").write_text("kind: Stale\n")
    result = run_infergw("synth", "--out", "dist", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert (repo / "dist").is_symlink() and os.readlink(repo / "dist") == "builds/dist"
    assert (repo / "builds" / "dist" / MARKER).is_file()
    assert not (repo / "builds" / "dist" / "old-file.yaml").exists()  # the tree behind the link was replaced


def test_stale_temporary_trees_of_a_killed_run_are_swept_by_the_next(repo):
    stale_new = repo / ".dist.new-k1lled00"
    stale_old = repo / ".dist.old-k1lled00"
    (stale_new / "inference-gateway").mkdir(parents=True)
    (stale_old / "tree").mkdir(parents=True)
    (repo / ".distant.new-notours").mkdir()  # another directory's name: not touched
    result = run_infergw("synth", cwd=repo)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in repo.iterdir() if p.name.startswith(".")) == [".distant.new-notours"]


#: A sitecustomize that slows down the swap of the new tree, so that SIGTERM lands while the staging
#: tree exists on disk; the installed `infergw` command runs as it is otherwise.
SLOW_SWAP = textwrap.dedent(
    """
    import time
    from infergw import output
    swap = output._swap
    def slow(staging, outdir):
        print("staged", flush=True)
        time.sleep(60)
        swap(staging, outdir)
    output._swap = slow
    """
)


def test_sigterm_during_synth_is_handled_like_sigint(repo, tmp_path):
    before = snapshot(repo / "dist")
    (tmp_path / "hook").mkdir()
    (tmp_path / "hook" / "sitecustomize.py").write_text(SLOW_SWAP)
    env = dict(os.environ, PYTHONPATH=str(tmp_path / "hook"))
    process = subprocess.Popen(
        [infergw_command(), "synth"], cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert process.stdout.readline() == "staged\n"
        assert [p.name for p in repo.glob(".dist.new-*")]  # the staging tree is there now
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert "infergw synth: terminated (SIGTERM); existing output is unchanged" in stderr
    assert "Traceback" not in stderr
    assert not list(repo.glob(".dist.*"))
    assert snapshot(repo / "dist") == before


# --- infergw init --------------------------------------------------------------------------------


def test_init_force_over_an_edited_scaffold_keeps_the_edits(tmp_path):
    target = tmp_path / "platform"
    assert run_infergw("init", str(target)).returncode == 0
    (target / "main.py").write_text((target / "main.py").read_text() + "# my construct\n")
    refused = run_infergw("init", str(target))
    assert "already exist; use --force" in one_error_line(refused, "init")
    result = run_infergw("init", "--force", str(target))
    assert result.returncode == 0, result.stderr
    assert (target / "main.py.orig").read_text().endswith("# my construct\n")
    assert "# my construct" not in (target / "main.py").read_text()
    assert "replaced 1 files that differ from the scaffold; your versions are kept beside them (main.py.orig)" in (
        result.stderr
    )
    assert "created 0 files" in result.stdout and "1 replaced" in result.stdout
    # a second --force keeps the first copy too
    (target / "main.py").write_text("# edited again\n")
    assert run_infergw("init", "--force", str(target)).returncode == 0
    assert (target / "main.py.orig.1").read_text() == "# edited again\n"


@pytest.mark.parametrize("where", ["home", "parent-of-home", "root"])
def test_init_refuses_the_home_directory_and_above(tmp_path, where):
    home = tmp_path / "home" / "me"
    home.mkdir(parents=True)
    target = {"home": home, "parent-of-home": home.parent, "root": Path("/")}[where]
    result = run_infergw("init", str(target), env=dict(os.environ, HOME=str(home)))
    line = one_error_line(result, "init")
    assert f"{target}: is your home directory, contains it, or is the file-system root" in line
    assert list(home.iterdir()) == []


# --- validate and policy test --------------------------------------------------------------------


def test_validate_of_an_empty_directory_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "only-kustomize").mkdir()
    (tmp_path / "only-kustomize" / "kustomization.yaml").write_text("resources: []\n")
    for name in ("empty", "only-kustomize"):
        line = one_error_line(run_infergw("validate", name, cwd=tmp_path), "validate")
        assert line.endswith(
            f"{name}: no manifests in this directory (files ending in .yaml, .yml, .json, outside "
            "dot-folders and prerequisites/): name the directory that holds them"
        )


def test_a_directory_symlink_inside_a_validated_tree_is_followed(repo, tmp_path):
    outside = tmp_path / "team-manifests"
    outside.mkdir()
    (outside / "broken.yaml").write_text("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name}\n")
    (repo / "dist" / "team").symlink_to(outside)
    result = run_infergw("validate", "dist", cwd=repo)
    assert result.returncode == 1, result.stdout + result.stderr
    assert (
        "dist/team/broken.yaml:3: ConfigMap Bad_Name: metadata.name: name 'Bad_Name' must be a DNS subdomain"
        in result.stdout
    )


def test_a_symlink_loop_inside_a_validated_tree_is_an_error(repo):
    (repo / "dist" / "inference-gateway" / "loop").symlink_to("..")
    line = one_error_line(run_infergw("validate", "dist", cwd=repo), "validate")
    assert "dist/inference-gateway/loop: a symbolic link that leads back to" in line


def test_a_dangling_manifest_link_is_an_error(repo):
    (repo / "dist" / "gone.yaml").symlink_to("nowhere.yaml")
    line = one_error_line(run_infergw("validate", "dist", cwd=repo), "validate")
    assert "dist/gone.yaml: not a regular file (a dangling symbolic link, a FIFO or a device)" in line


@pytest.fixture
def world_readable_dir() -> Iterator[Path]:
    """A directory an unprivileged user can reach (pytest's own tmp_path is private to its user)."""
    root = Path(tempfile.mkdtemp(prefix="infergw-unreadable-"))
    root.chmod(0o755)
    try:
        yield root
    finally:
        for path in [root, *root.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(root)


def unprivileged(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    """Run infergw as a user that file permissions apply to (root reads every directory)."""
    command = [infergw_command(), *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: no user for whom a directory is unreadable")
        command = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        probe = subprocess.run([*command[:4], sys.executable, "-c", "import infergw"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip(f"user 65534 cannot run this checkout's infergw: {probe.stderr.decode()[-200:]}")
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_validate_of_an_unreadable_directory_is_an_error(world_readable_dir):
    manifests = world_readable_dir / "manifests"
    (manifests / "locked").mkdir(parents=True)
    shutil.copy(REPO / "dist" / "inference-gateway" / "gateway-inference-gateway.yaml", manifests)
    (manifests / "locked" / "bad.yaml").write_text("kind: Broken\n")
    (manifests / "locked").chmod(0)
    result = unprivileged("validate", "manifests", cwd=world_readable_dir)
    line = one_error_line(result, "validate")
    assert "manifests/locked: cannot read the directory (Permission denied), so its files would go unchecked" in line
    manifests.chmod(0)
    line = one_error_line(unprivileged("validate", "manifests", cwd=world_readable_dir), "validate")
    assert "manifests: cannot read the directory (Permission denied)" in line


def test_policy_test_with_an_unreadable_policy_folder_is_an_error(world_readable_dir):
    shutil.copytree(REPO / "constructs" / "infergw" / "scaffold" / "policy", world_readable_dir / "policy")
    (world_readable_dir / "policy" / "locked").mkdir()
    (world_readable_dir / "policy" / "locked").chmod(0)
    line = one_error_line(unprivileged("policy", "test", "policy", cwd=world_readable_dir), "policy")
    assert "policy/locked: cannot read the directory (Permission denied)" in line
    result = unprivileged("validate", "--policy", "policy", str(REPO / "dist"), cwd=world_readable_dir)
    assert "policy/locked: cannot read the directory (Permission denied)" in one_error_line(result, "validate")


# --- standard output -----------------------------------------------------------------------------


@pytest.mark.parametrize("argv", [["crds"], ["schema", "config"], ["validate", str(REPO / "dist")]])
def test_a_full_standard_output_is_a_clear_error_not_a_bug(argv):
    with open("/dev/full", "w") as full:
        result = run_infergw(*argv, stdout=full, stderr=subprocess.PIPE)
    command = argv[0]
    line = one_error_line(result, command)
    assert line == (
        f"infergw {command}: error: cannot write to standard output: No space left on device; "
        "redirect it to a file or device with room, or leave the redirection out"
    )
    assert "Exception ignored" not in result.stderr  # from the interpreter's last flush
