"""The policy engine: the shipped policies' own tests, the default stack passing them, a user's new
rule picked up from a folder, unusable policy files refused, and findings in every output format."""

from __future__ import annotations

import json
import textwrap

import pytest
from conftest import REPO
from infergw.cli import main
from infergw.policy import PolicyError, evaluate_policies, load_policies, run_policy_tests
from infergw.validation.loader import load_paths

POLICY = REPO / "policy"


@pytest.mark.parametrize("result", run_policy_tests(POLICY), ids=lambda r: f"{r.file}:{r.name}")
def test_shipped_policy_case(result):
    assert result.passed, result.describe()


def test_every_shipped_policy_has_a_passing_and_a_failing_case():
    results = run_policy_tests(POLICY)
    failing = {rule for r in results for rule, _, _ in r.expected}
    tested = {r.file.split("/")[0] for r in results}
    assert {p.name for p in load_policies(POLICY).policies} <= failing | {"exception"}
    assert tested == {p.parent.name for p in POLICY.glob("*/policy.yaml")}


def test_the_default_stack_passes_every_shipped_policy():
    documents, problems = load_paths([str(REPO / "dist")])
    assert problems == []
    assert evaluate_policies(documents, load_policies(POLICY)) == []


def write(folder, name, text):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


USER_RULE = """\
    apiVersion: admissionregistration.k8s.io/v1
    kind: ValidatingAdmissionPolicy
    metadata:
      name: team-label
    spec:
      matchConstraints:
        resourceRules:
        - apiGroups: ["inference.networking.k8s.io"]
          apiVersions: ["v1"]
          resources: ["inferencepools"]
          operations: ["CREATE", "UPDATE"]
      validations:
      - expression: "has(object.metadata.labels) && 'team' in object.metadata.labels"
        messageExpression: "'InferencePool ' + object.metadata.name + ' needs a team label'"
    """
POOL = """\
    apiVersion: inference.networking.k8s.io/v1
    kind: InferencePool
    metadata: {name: chat%s}
    spec:
      selector: {matchLabels: {app: chat}}
      targetPorts: [{number: 8000}]
      endpointPickerRef: {name: chat-epp, port: {number: 9002}}
    """


def test_a_users_rule_in_a_new_folder_is_picked_up_and_tested(tmp_path, capsys):
    write(tmp_path, "team-label/policy.yaml", USER_RULE)
    write(tmp_path, "team-label/pass/labelled.yaml", POOL % ", labels: {team: ml}")
    write(tmp_path, "team-label/fail/unlabelled.yaml", POOL % "")
    write(
        tmp_path,
        "team-label/tests.yaml",
        """\
        apiVersion: policy.infergw.dev/v1alpha1
        kind: PolicyTest
        cases:
        - {name: labelled passes, resources: [pass/labelled.yaml], expect: []}
        - {name: unlabelled fails, resources: [fail/unlabelled.yaml], expect: [{rule: team-label, kind: InferencePool, name: chat}]}
        - {name: a wrong expectation is reported, resources: [pass/labelled.yaml], expect: [{rule: team-label, kind: InferencePool, name: chat}]}
        """,
    )
    assert main(["policy", "test", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "PASS team-label/tests.yaml: labelled passes" in out
    assert "PASS team-label/tests.yaml: unlabelled fails" in out
    assert (
        "FAIL team-label/tests.yaml: a wrong expectation is reported: missing team-label/InferencePool/chat; unexpected -"
        in out
    )
    assert out.strip().endswith("2 passed, 1 failed")


def failing_cases():
    """``(case id, resources, expectations)`` of every shipped case that expects findings."""
    import yaml

    for test_file in sorted(POLICY.glob("*/tests.yaml")):
        for case in yaml.safe_load(test_file.read_text())["cases"]:
            if case["expect"]:
                yield pytest.param(
                    [str(test_file.parent / r) for r in case["resources"]],
                    case["expect"],
                    id=f"{test_file.parent.name}: {case['name']}",
                )


@pytest.mark.parametrize(("resources", "expect"), list(failing_cases()))
def test_every_failing_fixture_is_reported_with_rule_and_message_in_every_format(resources, expect, capsys):
    args = ["validate", *resources, "--policy", str(POLICY), "--allow-external-refs"]
    assert main([*args, "--format", "json"]) == 1
    found = [f for f in json.loads(capsys.readouterr().out) if f["rule"].startswith("policy/")]
    for expected in expect:
        matching = [
            f
            for f in found
            if (f["rule"], f["kind"], f["name"]) == (f"policy/{expected['rule']}", expected["kind"], expected["name"])
        ]
        assert matching and all(f["severity"] == "error" for f in matching), expected
        if "message" in expected:
            assert any(expected["message"] in f["message"] for f in matching), expected
    for output in ("text", "junit", "sarif"):
        assert main([*args, "--format", output]) == 1
        out = capsys.readouterr().out
        for finding in found:
            assert finding["rule"] in out and finding["message"].split("'")[0][:40] in out, (output, finding)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            USER_RULE.replace("has(object.metadata.labels)", "has(object.metadata.labels"),
            r"validations\[0\].expression: invalid CEL expression",
        ),
        (
            USER_RULE.replace("      validations:", "      validationz: []\n      validations:"),
            "unknown field 'validationz'",
        ),
        (
            USER_RULE.replace(
                "      validations:", "      paramKind: {apiVersion: v1, kind: ConfigMap}\n      validations:"
            ),
            "paramKind is not supported offline",
        ),
        (
            "apiVersion: policy.infergw.dev/v1alpha1\nkind: SetPolicy\nmetadata: {name: x}\nspec: {match: [{kinds: [Gateway]}], validations: [{expresion: 'true'}]}\n",
            r"SetPolicy: spec.validations.0: .*expres",
        ),
        ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n", "ConfigMap is not a policy"),
    ],
)
def test_an_unusable_policy_file_is_a_clear_error(tmp_path, capsys, text, message):
    write(tmp_path, "rule/policy.yaml", text)
    with pytest.raises(PolicyError, match=message):
        load_policies(tmp_path)
    assert main(["policy", "test", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "rule/policy.yaml" in err


def test_warn_only_binding_gives_warnings(tmp_path):
    path = write(tmp_path / "policies", "rule/policy.yaml", USER_RULE)
    binding = "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicyBinding\nmetadata: {name: team-label}\n"
    path.write_text(
        path.read_text() + "---\n" + binding + "spec: {policyName: team-label, validationActions: [Warn]}\n"
    )
    write(tmp_path, "objects/pool.yaml", POOL % "")
    documents, _ = load_paths([str(tmp_path / "objects")])
    (finding,) = evaluate_policies(documents, load_policies(tmp_path / "policies"))
    assert (finding.severity, finding.message) == ("warning", "InferencePool chat needs a team label")


@pytest.mark.parametrize(
    ("config", "rule", "expected"),
    [
        # provider none: synth writes the pool-gke-policies exception with its reason
        (
            "pools: [{name: chat, matchLabels: {app: chat}, provider: none, objectives: [{name: c}]}]",
            "policy/pool-gke-policies",
            set(),
        ),
        (
            "pools: [{name: chat, matchLabels: {app: chat}, objectives: [{name: c}]}]",
            "policy/no-alpha-on-v1-clusters",
            set(),
        ),
        # a v0.3.0 stack for a GKE version that ships the v1 pool CRD: its CRDs are marked
        (
            "release: v0.3.0\ngkeVersion: 1.34.1-gke.1822000\npools: [{name: chat, matchLabels: {app: chat}, models: [{name: c, modelName: c}]}]",
            "policy/no-alpha-on-v1-clusters",
            {"InferencePool", "InferenceModel"},
        ),
        (
            "release: v0.3.0\ngkeVersion: 1.33.5-gke.1080000\npools: [{name: chat, matchLabels: {app: chat}, models: [{name: c, modelName: c}]}]",
            "policy/no-alpha-on-v1-clusters",
            set(),
        ),
    ],
)
def test_synthesized_stacks_carry_what_the_policies_read(tmp_path, config, rule, expected):
    import yaml
    from infergw.cdk.app import build_app, validation_options
    from infergw.cdk.synthesis import synthesize
    from infergw.config.loader import parse_config

    stack = parse_config(yaml.safe_load(config), "infergw.yaml")
    synthesize(build_app(stack), tmp_path / "dist", validation_options(stack))
    documents, problems = load_paths([str(tmp_path / "dist")])
    assert problems == []
    findings = evaluate_policies(documents, load_policies(POLICY))
    assert {f.kind for f in findings if f.rule == rule} == expected
