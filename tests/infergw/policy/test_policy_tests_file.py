"""``tests.yaml`` files: every malformed shape is an error naming the file, line and case (never a
crash), expected messages are checked, and policies without cases or folders without policies are
reported."""

from __future__ import annotations

import textwrap

import pytest
from infergw.cli import main
from infergw.policy import PolicyError, run_policy_tests
from test_policy_engine import POOL, USER_RULE

RULE = USER_RULE
HEAD = "apiVersion: policy.infergw.dev/v1alpha1\nkind: PolicyTest\n"


def folder(tmp_path, tests: str):
    (tmp_path / "team-label" / "fail").mkdir(parents=True)
    (tmp_path / "team-label" / "policy.yaml").write_text(textwrap.dedent(RULE))
    (tmp_path / "team-label" / "fail" / "unlabelled.yaml").write_text(textwrap.dedent(POOL % ""))
    (tmp_path / "team-label" / "tests.yaml").write_text(HEAD + textwrap.dedent(tests))
    return tmp_path


@pytest.mark.parametrize(
    ("tests", "message"),
    [
        (
            "cases:\n- {name: c, resources: [fail/unlabelled.yaml], expect: [{rule: team-label, name: chat}]}\n",
            r"tests.yaml:4: case 'c': expect\[0\] needs kind",
        ),
        (
            "cases:\n- {name: c, resources: [fail/unlabelled.yaml], expect: [team-label]}\n",
            r"tests.yaml:4: case 'c': expect\[0\] must be a mapping",
        ),
        (
            "cases:\n- {name: c, resources: [fail/unlabelled.yaml], expect: {rule: team-label, kind: InferencePool, name: chat}}\n",
            r"tests.yaml:4: case 'c': expect must be a list",
        ),
        (
            "cases:\n- name: c\n  resources: fail/unlabelled.yaml\n  expect: []\n",
            r"tests.yaml:5: case 'c': resources must be a non-empty list",
        ),
        (
            "policies: team-label\ncases:\n- {name: c, resources: [fail/unlabelled.yaml], expect: []}\n",
            r"tests.yaml:3: policies must be a list of policy names",
        ),
        (
            "cases:\n- {name: c, resources: [fail/unlabelled.yaml], expect: [], expected: []}\n",
            r"tests.yaml:4: case 'c': unknown key 'expected'",
        ),
        (
            "cases:\n- {name: c, resources: [fail/unlabelled.yaml], expect: [{rule: team-label, kind: InferencePool, name: chat, mesage: x}]}\n",
            r"tests.yaml:4: case 'c': expect\[0\]: unknown key 'mesage'",
        ),
        ("cases:\n- {name: c, resources: [fail/unlabelled.yaml]}\n", r"tests.yaml:4: case 'c': missing expect"),
        (
            "cases:\n- {name: c, resources: [fail/missing.yaml], expect: []}\n",
            r"tests.yaml:4: case 'c': fail/missing.yaml: no such file",
        ),
        ("cases: [just-a-string]\n", r"tests.yaml:3: cases\[0\] must be a mapping"),
        ("cases: {}\n", r"tests.yaml:3: cases must be a list"),
        ("cases: []\nextra: 1\n", r"tests.yaml:4: the file: unknown key 'extra'"),
    ],
)
def test_a_malformed_tests_file_is_a_clear_error(tmp_path, capsys, tests, message):
    root = folder(tmp_path, tests)
    with pytest.raises(PolicyError, match=message):
        run_policy_tests(root)
    assert main(["policy", "test", str(root)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "internal error" not in err and "team-label/tests.yaml" in err


def test_an_expected_message_is_checked(tmp_path, capsys):
    root = folder(
        tmp_path,
        """\
        cases:
        - name: right message
          resources: [fail/unlabelled.yaml]
          expect: [{rule: team-label, kind: InferencePool, name: chat, message: needs a team label}]
        - name: wrong message
          resources: [fail/unlabelled.yaml]
          expect: [{rule: team-label, kind: InferencePool, name: chat, message: needs an owner label}]
        """,
    )
    right, wrong = run_policy_tests(root)
    assert right.passed
    assert not wrong.passed
    assert main(["policy", "test", str(root)]) == 1
    out = capsys.readouterr().out
    assert (
        "FAIL team-label/tests.yaml: wrong message: message of team-label/InferencePool/chat: expected it to contain "
        "'needs an owner label', got 'InferencePool chat needs a team label'"
    ) in out


def test_a_policy_without_cases_is_a_failure_naming_it(tmp_path, capsys):
    root = folder(tmp_path, "cases: []\n")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "policy.yaml").write_text(textwrap.dedent(RULE).replace("name: team-label", "name: untested"))
    results = run_policy_tests(root)
    assert [(r.file, r.name, r.passed) for r in results] == [
        ("other/policy.yaml", "policy untested", False),
        ("team-label/policy.yaml", "policy team-label", False),
    ]
    assert main(["policy", "test", str(root)]) == 1
    out = capsys.readouterr().out
    assert (
        "FAIL team-label/policy.yaml: policy team-label: has no test cases: " in out and "lists none (cases: [])" in out
    )
    assert "FAIL other/policy.yaml: policy untested: has no test cases: add " in out
    assert out.strip().endswith("0 passed, 2 failed")


def test_an_empty_folder_says_nothing_was_tested(tmp_path, capsys):
    assert main(["policy", "test", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "no policies and no tests found, so nothing was tested" in captured.err
    assert str(tmp_path) in captured.err


def test_validate_with_an_empty_policy_folder_says_so(tmp_path, capsys):
    (tmp_path / "policies").mkdir()
    (tmp_path / "pool.yaml").write_text(
        textwrap.dedent(POOL % "").replace("{name: chat}", "{name: chat, labels: {team: ml}}")
    )
    code = main(
        ["validate", str(tmp_path / "pool.yaml"), "--policy", str(tmp_path / "policies"), "--allow-external-refs"]
    )
    err = capsys.readouterr().err
    assert f"{tmp_path / 'policies'}: no policies found" in err
    assert code == main(["validate", str(tmp_path / "pool.yaml"), "--allow-external-refs"])
