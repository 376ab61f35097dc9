"""ValidatingAdmissionPolicy semantics offline: resourceNames and scope in match rules, the API
server's load-time checks (result types, validations required, unique names), evaluation order of
matchConditions and variables, and errors that point at the expression's line."""

from __future__ import annotations

import textwrap

import pytest
from infergw.cli import main
from infergw.policy import PolicyError, evaluate_policies, load_policies
from infergw.validation.loader import parse


def policy(
    rules: str,
    *,
    validations: str = '  validations:\n  - expression: "false"\n    message: matched\n',
    extra: str = "",
    name: str = "p",
) -> str:
    return (
        f"apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {{name: {name}}}\nspec:\n"
        f"  matchConstraints:\n{textwrap.indent(textwrap.dedent(rules), '    ')}{extra}{validations}"
    )


def matched(tmp_path, policy_text: str, objects: str) -> list[str]:
    (tmp_path / "p").mkdir(exist_ok=True)
    (tmp_path / "p" / "policy.yaml").write_text(policy_text)
    documents, problems = parse("objects.yaml", textwrap.dedent(objects).encode())
    assert problems == []
    return sorted(f"{f.kind}/{f.name}" for f in evaluate_policies(documents, load_policies(tmp_path / "p")))


OBJECTS = """\
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: chat, namespace: default}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata: {name: other, namespace: default}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: reader}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: {name: reader}
    ---
    apiVersion: v1
    kind: Namespace
    metadata: {name: team-a}
    ---
    apiVersion: gateway.networking.k8s.io/v1
    kind: GatewayClass
    metadata: {name: gke}
    spec: {controllerName: networking.gke.io/gateway}
    ---
    apiVersion: example.com/v1
    kind: Widget
    metadata: {name: declared}
    ---
    apiVersion: apiextensions.k8s.io/v1
    kind: CustomResourceDefinition
    metadata: {name: widgets.example.com}
    spec:
      group: example.com
      scope: Namespaced
      names: {kind: Widget, plural: widgets}
      versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]
    ---
    apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata: {name: web}
    spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}
    ---
    apiVersion: unknown.example.com/v1
    kind: Gadget
    metadata: {name: with-namespace, namespace: default}
    ---
    apiVersion: unknown.example.com/v1
    kind: Gadget
    metadata: {name: without-namespace}
    """
EVERYTHING = '- {apiGroups: ["*"], apiVersions: ["*"], resources: ["*"], operations: ["CREATE"]%s}\n'


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        (
            "resourceRules:\n" + EVERYTHING % ", resourceNames: [chat, reader]",
            ["ClusterRole/reader", "ConfigMap/chat", "Role/reader"],
        ),
        (
            "resourceRules:\n"
            + EVERYTHING % ""
            + "excludeResourceRules:\n"
            + EVERYTHING % ", resourceNames: [other, reader, declared]",
            [
                "ConfigMap/chat",
                "CustomResourceDefinition/widgets.example.com",
                "Gadget/with-namespace",
                "Gadget/without-namespace",
                "GatewayClass/gke",
                "Ingress/web",
                "Namespace/team-a",
            ],
        ),
        (
            "resourceRules:\n" + EVERYTHING % ", scope: Cluster",
            [
                "ClusterRole/reader",
                "CustomResourceDefinition/widgets.example.com",
                "Gadget/without-namespace",
                "GatewayClass/gke",
                "Namespace/team-a",
            ],
        ),
        (
            "resourceRules:\n" + EVERYTHING % ", scope: Namespaced",
            [
                "ConfigMap/chat",
                "ConfigMap/other",
                "Gadget/with-namespace",
                "Ingress/web",
                "Role/reader",
                "Widget/declared",
            ],
        ),
        ("resourceRules:\n" + EVERYTHING % ', scope: "*", resourceNames: [team-a]', ["Namespace/team-a"]),
        (
            "resourceRules:\n"
            + EVERYTHING % ", scope: Namespaced"
            + "excludeResourceRules:\n"
            + EVERYTHING % ", scope: Namespaced, resourceNames: [chat]",
            ["ConfigMap/other", "Gadget/with-namespace", "Ingress/web", "Role/reader", "Widget/declared"],
        ),
        (
            'resourceRules:\n- {apiGroups: [""], apiVersions: [v1], resources: ["configmaps/*"], operations: ["*"], resourceNames: [other]}\n',
            ["ConfigMap/other"],
        ),
    ],
    ids=[
        "resourceNames",
        "excluded-by-name",
        "scope-cluster",
        "scope-namespaced",
        "scope-any",
        "namespaced-minus-name",
        "subresource-wildcard",
    ],
)
def test_resource_names_and_scope_match_as_in_kubernetes(tmp_path, rules, expected):
    assert matched(tmp_path, policy(rules), OBJECTS) == expected


RULES = 'resourceRules:\n- {apiGroups: [""], apiVersions: [v1], resources: [configmaps], operations: [CREATE]}\n'
CONFIG_MAP = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: chat, namespace: default}\ndata: {size: '3'}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            policy(RULES, validations='  validations:\n  - expression: "size(object.data)"\n'),
            r"p/policy.yaml:9: policy p: validations\[0\].expression: 'size\(object.data\)' returns int, but the API server requires a bool",
        ),
        (
            policy(RULES, extra="  matchConditions:\n  - name: c\n    expression: \"'yes'\"\n"),
            r"p/policy.yaml:10: policy p: matchConditions\[0\].expression: \"'yes'\" returns string, but the API server requires a bool",
        ),
        (
            policy(
                RULES,
                validations='  validations:\n  - expression: "true"\n    messageExpression: "size(object.data)"\n',
            ),
            r"p/policy.yaml:10: policy p: validations\[0\].messageExpression: 'size\(object.data\)' returns int, but the API server requires a string",
        ),
        (policy(RULES, validations="  validations: []\n"), "needs spec.validations or spec.auditAnnotations"),
        (policy(RULES, validations=""), "needs spec.validations or spec.auditAnnotations"),
        (
            policy(RULES, validations='  validations:\n  - expression: "object.data.exists(k, k =="\n'),
            r"p/policy.yaml:9: policy p: validations\[0\].expression: invalid CEL expression",
        ),
        (
            policy(RULES, validations='  validations:\n  - expression: "[1, 2].isSorted()"\n'),
            "Kubernetes' lists, regex, quantity, URL, IP and CIDR libraries are not provided",
        ),
        (
            policy(
                RULES,
                validations="  validations:\n  - expression: \"authorizer.group('').resource('pods').check('get').allowed()\"\n",
            ),
            "the authorizer variable is not available offline",
        ),
        (
            "apiVersion: admissionregistration.k8s.io/v1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: p}\n"
            'spec:\n  validations:\n  - expression: "true"\n',
            "matchConstraints.resourceRules is required",
        ),
    ],
    ids=[
        "int-validation",
        "string-condition",
        "int-message",
        "empty-validations",
        "no-validations",
        "invalid-cel-line",
        "kubernetes-library",
        "authorizer",
        "no-match-constraints",
    ],
)
def test_what_the_api_server_refuses_is_refused_at_load(tmp_path, capsys, text, message):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "policy.yaml").write_text(text)
    with pytest.raises(PolicyError, match=message):
        load_policies(tmp_path)
    assert main(["policy", "test", str(tmp_path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_audit_annotations_alone_are_a_valid_policy_with_no_effect_offline(tmp_path):
    text = policy(
        RULES,
        validations="  auditAnnotations:\n  - key: size\n    valueExpression: \"'size is ' + object.data.size\"\n",
    )
    assert matched(tmp_path, text, CONFIG_MAP) == []


SET_POLICY = (
    "apiVersion: policy.infergw.dev/v1alpha1\nkind: SetPolicy\nmetadata: {name: same}\n"
    "spec:\n  match: [{kinds: [Gateway]}]\n  validations: [{expression: 'true'}]\n"
)


@pytest.mark.parametrize(
    "first", [policy(RULES, name="same"), SET_POLICY], ids=["admission-and-set", "two-set-policies"]
)
def test_duplicate_policy_names_name_both_files(tmp_path, first):
    for folder, text in (("a", first), ("b", SET_POLICY)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "policy.yaml").write_text(text)
    with pytest.raises(
        PolicyError,
        match=r"b/policy.yaml:1: policy 'same' is also defined in .*a/policy.yaml:1; policy names must be unique",
    ):
        load_policies(tmp_path)


def test_a_setpolicy_validation_must_be_a_bool_too(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "policy.yaml").write_text(
        "apiVersion: policy.infergw.dev/v1alpha1\nkind: SetPolicy\nmetadata: {name: s}\nspec:\n  match: [{kinds: [Gateway]}]\n"
        '  validations:\n  - expression: "objects.size()"\n'
    )
    with pytest.raises(
        PolicyError, match=r"s/policy.yaml:7: policy s: validations\[0\].expression: 'objects.size\(\)' returns int"
    ):
        load_policies(tmp_path)


@pytest.mark.parametrize(
    ("extra", "validations", "messages"),
    [
        # a false condition skips the policy even when an earlier one fails to evaluate
        (
            '  matchConditions:\n  - {name: broken, expression: "object.missing == 1"}\n  - {name: never, expression: "false"}\n',
            None,
            [],
        ),
        (
            '  matchConditions:\n  - {name: broken, expression: "object.missing == 1"}\n',
            None,
            ["matchCondition 'broken' could not be evaluated"],
        ),
        # a failing variable fails only the validations that read it
        (
            '  variables:\n  - {name: broken, expression: "object.missing"}\n',
            '  validations:\n  - {expression: "variables.broken == 1"}\n  - {expression: "false", message: independent}\n',
            ["could not be evaluated (variable broken", "independent"],
        ),
        # a dyn result that is not a bool is an error, not a failed validation
        (
            "",
            '  validations:\n  - {expression: "object.data.size", message: never shown}\n',
            ["could not be evaluated (it returned str, not a bool)"],
        ),
    ],
    ids=["false-condition-wins", "condition-error", "variable-error", "not-a-bool"],
)
def test_evaluation_follows_the_api_server(tmp_path, extra, validations, messages):
    (tmp_path / "p").mkdir()
    text = policy(RULES, extra=extra, **({"validations": validations} if validations else {}))
    (tmp_path / "p" / "policy.yaml").write_text(text)
    documents, _ = parse("cm.yaml", CONFIG_MAP.encode())
    found = [f.message for f in evaluate_policies(documents, load_policies(tmp_path / "p"))]
    assert len(found) == len(messages), found
    for text_found, start in zip(found, messages, strict=True):
        assert text_found.startswith(start), text_found


def test_namespace_selector_matches_the_namespace_labels(tmp_path):
    import textwrap

    from infergw.policy import evaluate_policies, load_policies
    from infergw.validation.loader import load_paths

    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "policy.yaml").write_text(
        textwrap.dedent("""\
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingAdmissionPolicy
        metadata: {name: prod-replicas}
        spec:
          matchConstraints:
            resourceRules:
            - {apiGroups: [apps], apiVersions: [v1], resources: [deployments], operations: [CREATE]}
            namespaceSelector: {matchLabels: {tier: prod}}
          validations:
          - expression: "object.spec.replicas >= 2 && namespaceObject.metadata.labels.tier == 'prod'"
            message: prod deployments run at least two replicas
        """)
    )
    deployment = """\
        apiVersion: apps/v1
        kind: Deployment
        metadata: {{name: {name}, namespace: {namespace}}}
        spec:
          replicas: 1
          selector: {{matchLabels: {{app: a}}}}
          template: {{metadata: {{labels: {{app: a}}}}, spec: {{containers: [{{name: c, image: "i:1"}}]}}}}
        ---
        """
    text = "".join(
        textwrap.dedent(deployment).format(name=n, namespace=ns)
        for n, ns in (("in-prod", "shop"), ("in-dev", "lab"), ("no-ns-object", "other"))
    )
    text += "apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {tier: prod}}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: lab, labels: {tier: dev}}\n"
    (tmp_path / "set.yaml").write_text(text)
    documents, problems = load_paths([str(tmp_path / "set.yaml")])
    assert problems == []
    findings = evaluate_policies(documents, load_policies(tmp_path / "p"))
    assert [(f.name, f.message) for f in findings] == [("in-prod", "prod deployments run at least two replicas")]


def test_namespace_selector_by_name_needs_no_namespace_object(tmp_path):
    import textwrap

    from infergw.policy import evaluate_policies, load_policies
    from infergw.validation.loader import load_paths

    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "policy.yaml").write_text(
        textwrap.dedent("""\
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingAdmissionPolicy
        metadata: {name: team-a-labels}
        spec:
          matchConstraints:
            resourceRules:
            - {apiGroups: [""], apiVersions: [v1], resources: [configmaps], operations: [CREATE]}
            namespaceSelector:
              matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [team-a]}]
          validations:
          - expression: "has(object.metadata.labels)"
            message: team-a config maps carry labels
        """)
    )
    (tmp_path / "set.yaml").write_text(
        "".join(
            f"apiVersion: v1\nkind: ConfigMap\nmetadata: {{name: {name}, namespace: {ns}}}\n---\n"
            for name, ns in (("a", "team-a"), ("b", "team-b"))
        )
    )
    documents, _ = load_paths([str(tmp_path / "set.yaml")])
    assert [f.name for f in evaluate_policies(documents, load_policies(tmp_path / "p"))] == ["a"]
