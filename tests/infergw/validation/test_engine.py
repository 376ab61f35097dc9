"""One negative (and a matching positive) case per check class of the validator."""

from __future__ import annotations

import copy
import re

import pytest
from infergw.errors import ConfigError
from infergw.validation import ValidationOptions, validate_objects

POOL = {
    "apiVersion": "inference.networking.k8s.io/v1",
    "kind": "InferencePool",
    "metadata": {"name": "pool"},
    "spec": {
        "selector": {"matchLabels": {"app": "vllm"}},
        "targetPorts": [{"number": 8000}],
        "endpointPickerRef": {"name": "pool-epp", "port": {"number": 9002}},
    },
}
EPP_SERVICE = {
    "apiVersion": "v1",
    "kind": "Service",
    "metadata": {"name": "pool-epp"},
    "spec": {"selector": {"app": "pool-epp"}, "ports": [{"name": "grpc", "port": 9002}]},
}
GATEWAY = {
    "apiVersion": "gateway.networking.k8s.io/v1",
    "kind": "Gateway",
    "metadata": {"name": "gw"},
    "spec": {
        "gatewayClassName": "gke-l7-regional-external-managed",
        "listeners": [{"name": "http", "port": 80, "protocol": "HTTP"}],
    },
}
ROUTE = {
    "apiVersion": "gateway.networking.k8s.io/v1",
    "kind": "HTTPRoute",
    "metadata": {"name": "route"},
    "spec": {
        "parentRefs": [{"name": "gw"}],
        "rules": [{"backendRefs": [{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "pool"}]}],
    },
}


def check(*objects, **options):
    return validate_objects([(f"obj{i}.yaml", o) for i, o in enumerate(objects)], ValidationOptions(**options))


def rules(findings):
    return sorted((f.path, f.rule) for f in findings)


def with_(obj, path, value):
    obj = copy.deepcopy(obj)
    target = obj
    for part in path[:-1]:
        target = target[part]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return obj


def test_a_consistent_set_is_clean():
    assert check(POOL, EPP_SERVICE, GATEWAY, ROUTE) == []


def test_unknown_field_is_reported_at_its_own_path():
    findings = check(with_(POOL, ["spec", "selector", "matchLabel"], {"a": "b"}), EPP_SERVICE)
    assert rules(findings) == [("spec.selector.matchLabel", "schema/unknown-field")]
    assert "unknown field 'matchLabel'" in findings[0].message


def test_unknown_field_in_core_kind_and_in_metadata():
    deployment = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "d", "label": {}},
        "spec": {
            "selector": {"matchLabels": {"a": "b"}},
            "template": {
                "metadata": {"labels": {"a": "b"}},
                "spec": {"containers": [{"name": "c", "image": "i:1", "imagePullPolicy": "Always", "bogus": 1}]},
            },
        },
    }
    assert rules(check(deployment)) == [
        ("metadata.label", "schema/unknown-field"),
        ("spec.template.spec.containers[0].bogus", "schema/unknown-field"),
    ]


def test_types_enums_ranges_and_patterns():
    assert rules(check(with_(POOL, ["spec", "targetPorts", 0, "number"], 70000), EPP_SERVICE)) == [
        ("spec.targetPorts[0].number", "schema")
    ]
    assert rules(check(with_(GATEWAY, ["spec", "listeners", 0, "port"], "80"))) == [
        ("spec.listeners[0].port", "schema")
    ]
    route = with_(ROUTE, ["spec", "rules", 0, "matches"], [{"path": {"type": "Prefix", "value": "/"}}])
    findings = check(POOL, EPP_SERVICE, GATEWAY, route)
    assert ("spec.rules[0].matches[0].path.type", "schema") in rules(findings)
    assert rules(check(with_(GATEWAY, ["spec", "listeners", 0, "name"], "Not_A_DNS_Name"))) == [
        ("spec.listeners[0].name", "schema")
    ]


def test_required_fields():
    assert rules(check(with_(POOL, ["spec", "selector"], KeyError), EPP_SERVICE)) == [("spec", "schema")]


def test_int_or_string_accepts_both_and_nothing_else():
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "m"},
        "spec": {"selector": {"matchLabels": {"app": "vllm"}}, "endpoints": [{"port": "metrics", "interval": "5s"}]},
    }
    pod_source = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "d"},
        "spec": {
            "selector": {"matchLabels": {"app": "vllm"}},
            "template": {
                "metadata": {"labels": {"app": "vllm"}},
                "spec": {"containers": [{"name": "c", "image": "i:1"}]},
            },
        },
    }
    assert check(monitoring, pod_source) == []
    assert check(with_(monitoring, ["spec", "endpoints", 0, "port"], 9090), pod_source) == []
    assert rules(check(with_(monitoring, ["spec", "endpoints", 0, "port"], 1.5), pod_source)) == [
        ("spec.endpoints[0].port", "schema")
    ]


def test_go_duration_format_not_iso_8601():
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "ClusterPodMonitoring",
        "metadata": {"name": "m"},
        "spec": {"selector": {"matchLabels": {"app": "x"}}, "endpoints": [{"port": 9090, "interval": "30s"}]},
    }
    pod = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "d"},
        "spec": {
            "selector": {"matchLabels": {"app": "x"}},
            "template": {"metadata": {"labels": {"app": "x"}}, "spec": {"containers": [{"name": "c", "image": "i:1"}]}},
        },
    }
    assert check(monitoring, pod) == []
    assert rules(check(with_(monitoring, ["spec", "endpoints", 0, "interval"], "PT30S"), pod)) == [
        ("spec.endpoints[0].interval", "schema")
    ]


_MONITORING = {
    "apiVersion": "monitoring.googleapis.com/v1",
    "kind": "ClusterPodMonitoring",
    "metadata": {"name": "m"},
    "spec": {"selector": {"matchLabels": {"app": "x"}}, "endpoints": [{"port": 9090, "interval": "30s"}]},
}
_POD = {
    "apiVersion": "apps/v1",
    "kind": "Deployment",
    "metadata": {"name": "d"},
    "spec": {
        "selector": {"matchLabels": {"app": "x"}},
        "template": {"metadata": {"labels": {"app": "x"}}, "spec": {"containers": [{"name": "c", "image": "i:1"}]}},
    },
}


# The API server's OpenAPI duration is kube-openapi's strfmt: unit names pass, bare numbers and
# unknown units do not (the Managed Prometheus CRDs add no pattern on these fields).
@pytest.mark.parametrize(
    ("value", "valid"),
    [("10 seconds", True), ("1 hour 2 minutes", True), ("1d", True), ("3 weeks", True), ("5x", False), ("10", False)],
)
def test_duration_format_as_the_api_server_reads_it(value, valid):
    findings = check(with_(_MONITORING, ["spec", "endpoints", 0, "interval"], value), _POD)
    assert rules(findings) == ([] if valid else [("spec.endpoints[0].interval", "schema")])


def test_strfmt_durations_are_typed_for_cel_rules():
    # "timeout must not be greater than interval": 1 minute > 30s, read as durations by the rule
    monitoring = with_(_MONITORING, ["spec", "endpoints", 0, "timeout"], "1 minute")
    assert rules(check(monitoring, _POD)) == [("spec.endpoints[0]", "cel")]
    assert check(with_(_MONITORING, ["spec", "endpoints", 0, "timeout"], "10 sec"), _POD) == []
    rule = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "Rules",
        "metadata": {"name": "r", "namespace": "n"},
        "spec": {
            "groups": [{"name": "g", "interval": "1 min", "rules": [{"alert": "A", "expr": "up", "for": "2 hours"}]}]
        },
    }
    assert check(rule) == []
    assert rules(check(with_(rule, ["spec", "groups", 0, "rules", 0, "for"], "10"))) == [
        ("spec.groups[0].rules[0].for", "schema")
    ]


def test_re2_inline_flag_pattern_compiles_and_applies():
    rule = {
        "apiVersion": "monitoring.coreos.com/v1",
        "kind": "PrometheusRule",
        "metadata": {"name": "r"},
        "spec": {
            "groups": [{"name": "g", "partial_response_strategy": "WARN", "rules": [{"alert": "A", "expr": "up == 0"}]}]
        },
    }
    assert check(rule) == []
    assert rules(check(with_(rule, ["spec", "groups", 0, "partial_response_strategy"], "ignore"))) == [
        ("spec.groups[0].partial_response_strategy", "schema")
    ]


def test_defaults_are_applied_before_cel_rules():
    # kind defaults to Service and group to "": the rule requiring a port must see them.
    route = with_(ROUTE, ["spec", "rules", 0, "backendRefs"], [{"name": "pool-epp"}])
    findings = check(EPP_SERVICE, GATEWAY, route)
    assert [(f.path, f.message) for f in findings] == [
        ("spec.rules[0].backendRefs[0]", "Must have port for Service reference")
    ]
    assert check(EPP_SERVICE, GATEWAY, with_(route, ["spec", "rules", 0, "backendRefs", 0, "port"], 9002)) == []


def test_cel_finding_carries_the_rules_own_message():
    extension = {
        "apiVersion": "networking.gke.io/v1",
        "kind": "GCPTrafficExtension",
        "metadata": {"name": "x"},
        "spec": {
            "targetRefs": [{"group": "gateway.networking.k8s.io", "kind": "Gateway", "name": "gw"}],
            "extensionChains": [
                {
                    "name": "c",
                    "extensions": [
                        {
                            "name": "e",
                            "supportedEvents": ["RequestHeaders"],
                            "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com",
                            "backendRef": {"name": "s", "port": 443},
                        }
                    ],
                }
            ],
        },
    }
    service = {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "s"}, "spec": {"ports": [{"port": 443}]}}
    messages = {(f.path, f.message) for f in check(extension, GATEWAY, service)}
    assert (
        "spec.extensionChains[0].extensions[0]",
        "Exactly one of backendRef or googleAPIServiceName should be set",
    ) in messages


def test_transition_rules_are_skipped_on_create_and_said_so_when_verbose():
    model = {
        "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
        "kind": "InferenceModel",
        "metadata": {"name": "m"},
        "spec": {"modelName": "food-review", "poolRef": {"name": "p"}},
    }
    pool = {
        "apiVersion": "inference.networking.x-k8s.io/v1alpha2",
        "kind": "InferencePool",
        "metadata": {"name": "p"},
        "spec": {"selector": {"app": "v"}, "targetPortNumber": 8000, "extensionRef": {"name": "p-epp"}},
    }
    epp = with_(EPP_SERVICE, ["metadata", "name"], "p-epp")
    assert check(model, pool, epp, inference_release="v0.3.0") == []
    notes = check(model, pool, epp, inference_release="v0.3.0", verbose=True)
    assert [(f.path, f.rule, f.severity) for f in notes] == [("spec.modelName", "cel/transition", "info")]


def test_list_map_keys_must_be_unique():
    gateway = with_(
        GATEWAY,
        ["spec", "listeners"],
        [{"name": "http", "port": 80, "protocol": "HTTP"}, {"name": "http", "port": 81, "protocol": "HTTP"}],
    )
    assert ("spec.listeners", "list-type") in rules(check(gateway))


def test_names_follow_the_api_servers_rules():
    assert rules(check(with_(EPP_SERVICE, ["metadata", "name"], "1-epp"))) == [("metadata.name", "metadata/name")]
    assert rules(check(with_(GATEWAY, ["metadata", "name"], "Gateway"))) == [("metadata.name", "metadata/name")]
    assert rules(check(with_(GATEWAY, ["metadata"], {}))) == [("metadata", "metadata/name")]


def test_unknown_kind_and_unserved_version_explain_what_to_do():
    (finding,) = check({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}})
    assert finding.rule == "unknown-kind" and "pass its CRD with --crds" in finding.message
    (finding,) = check(with_(POOL, ["apiVersion"], "inference.networking.k8s.io/v2"), EPP_SERVICE)
    assert "InferencePool is not served at inference.networking.k8s.io/v2" in finding.message


def test_user_crds_add_kinds():
    crd = {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com"},
        "spec": {
            "group": "example.com",
            "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets"},
            "versions": [
                {
                    "name": "v1",
                    "served": True,
                    "storage": True,
                    "schema": {
                        "openAPIV3Schema": {
                            "type": "object",
                            "properties": {
                                "spec": {
                                    "type": "object",
                                    "properties": {"size": {"type": "integer", "maximum": 3}},
                                    "x-kubernetes-validations": [
                                        {"rule": "self.size != 2", "message": "two is not allowed"}
                                    ],
                                }
                            },
                        }
                    },
                }
            ],
        },
    }
    widget = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": {"size": 2}}
    findings = check(widget, extra_crds=(crd,))
    assert [(f.path, f.message) for f in findings] == [("spec", "two is not allowed")]


def test_duplicate_objects():
    findings = check(EPP_SERVICE, EPP_SERVICE)
    assert rules(findings) == [("", "duplicate")]
    assert "also defined at obj0.yaml:1" in findings[0].message


def test_gateway_api_release_matters():
    named = with_(ROUTE, ["spec", "rules", 0, "name"], "main")
    assert check(POOL, EPP_SERVICE, GATEWAY, named) == []
    assert rules(check(POOL, EPP_SERVICE, GATEWAY, named, gateway_release="v1.3.0")) == [
        ("spec.rules[0].name", "schema/unknown-field")
    ]


@pytest.mark.parametrize("version", ["1.33", "1.34", "1.35", "1.36", "1.37"])
def test_every_kubernetes_version(version):
    assert check(POOL, EPP_SERVICE, GATEWAY, ROUTE, kubernetes_version=version) == []


def test_a_kubernetes_version_the_installed_package_lacks_is_a_clear_error(monkeypatch):
    import infergw.validation.schemas as schemas

    monkeypatch.setattr(schemas, "KUBERNETES_VERSIONS", (*schemas.KUBERNETES_VERSIONS, "1.99"))
    with pytest.raises(
        ConfigError, match=r"Kubernetes 1\.99: the installed kubernetes-validate [0-9.]+ has no schemas"
    ):
        check(EPP_SERVICE, kubernetes_version="1.99")


def test_the_cluster_pool_crd_checks_v1_pools():
    from infergw.validation.engine import schema_set

    def bundle(**options):
        crd = schema_set(ValidationOptions(**options)).crds[("inference.networking.k8s.io", "InferencePool")]
        return crd["metadata"]["annotations"]["inference.networking.k8s.io/bundle-version"]

    assert bundle(inference_release="v1.0.2") == "v1.0.2"
    assert bundle(inference_release="v1.0.2", inferencepool_crd="v1.0.0") == "v1.0.0"
    assert check(POOL, EPP_SERVICE, inference_release="v1.0.2", inferencepool_crd="v1.0.0") == []


def test_fields_of_the_wrong_type_are_schema_findings_not_crashes():
    # References and CEL rules read these fields too; they must leave the report to the schema.
    route = with_(ROUTE, ["spec", "parentRefs"], [{"name": 5, "namespace": 3, "sectionName": [1]}])
    route = with_(route, ["spec", "rules", 0, "backendRefs"], [{"name": ["x"], "port": "80"}])
    assert rules(check(POOL, EPP_SERVICE, GATEWAY, route)) == [
        ("spec.parentRefs[0].name", "schema"),
        ("spec.parentRefs[0].namespace", "schema"),
        ("spec.parentRefs[0].sectionName", "schema"),
        ("spec.rules[0].backendRefs[0].name", "schema"),
        ("spec.rules[0].backendRefs[0].port", "schema"),
    ]
    assert rules(check(with_(ROUTE, ["spec"], [1]))) == [("spec", "schema")]
    binding = {
        "apiVersion": "rbac.authorization.k8s.io/v1",
        "kind": "RoleBinding",
        "metadata": {"name": "b"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": ["Role"], "name": {"a": 1}},
        "subjects": [{"kind": "ServiceAccount", "name": 1}],
    }
    assert rules(check(binding)) == [
        ("roleRef.kind", "schema"),
        ("roleRef.name", "schema"),
        ("subjects[0].name", "schema"),
    ]


def test_in_memory_objects_that_are_not_json_are_findings():
    (finding,) = check(with_(EPP_SERVICE, ["metadata", "annotations"], {"when": object()}))
    assert (finding.rule, finding.path) == ("schema", "")
    assert "cannot be read as JSON" in finding.message
    (finding,) = validate_objects([("x.yaml", {"apiVersion": 1, "kind": "Service"})])
    assert (finding.file, finding.rule) == ("x.yaml", "input")


def test_malformed_api_version_or_kind():
    (finding,) = check(with_(EPP_SERVICE, ["apiVersion"], "v1/extra/parts"))
    assert finding.rule == "unknown-kind" and "is not a valid kind and apiVersion" in finding.message


def test_a_supplied_crd_that_cannot_be_used_is_an_error_naming_it():
    from infergw.validation.schemas import CrdError

    crd = {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com"},
        "spec": {
            "group": "example.com",
            "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets"},
            "versions": [
                {
                    "name": "v1",
                    "served": True,
                    "storage": True,
                    "schema": {
                        "openAPIV3Schema": {
                            "type": "object",
                            "x-kubernetes-validations": [{"rule": "self.spec.size() >"}],
                        }
                    },
                }
            ],
        },
    }
    with pytest.raises(
        CrdError,
        match=r"^CRD widgets.example.com version v1: cannot be used: invalid CEL expression 'self.spec.size\(\) >'",
    ):
        check(EPP_SERVICE, extra_crds=(crd,))
    with pytest.raises(CrdError, match=re.escape("spec.group, spec.names.kind and spec.versions")):
        check(EPP_SERVICE, extra_crds=({"metadata": {"name": "x"}, "spec": {}},))


def test_unsupported_releases_are_config_errors():
    from infergw.errors import ConfigError

    with pytest.raises(ConfigError, match="unsupported Gateway API release 'v9'"):
        check(EPP_SERVICE, gateway_release="v9")
    with pytest.raises(ConfigError, match="unsupported Managed Service for Prometheus release"):
        check(EPP_SERVICE, managed_prometheus_release="v0.1.0")


def test_managed_prometheus_release_matters():
    # v0.17.2 requires an interval on every endpoint; v0.15.3 defaults it.
    monitoring = {
        "apiVersion": "monitoring.googleapis.com/v1",
        "kind": "PodMonitoring",
        "metadata": {"name": "m"},
        "spec": {"selector": {"matchLabels": {"app": "pool-epp"}}, "endpoints": [{"port": 9090}]},
    }
    pod = {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": "d"},
        "spec": {
            "selector": {"matchLabels": {"app": "pool-epp"}},
            "template": {
                "metadata": {"labels": {"app": "pool-epp"}},
                "spec": {"containers": [{"name": "c", "image": "i:1"}]},
            },
        },
    }
    assert rules(check(monitoring, pod)) == [("spec.endpoints[0]", "schema")]
    assert check(monitoring, pod, managed_prometheus_release="v0.15.3") == []


def test_explicit_nulls_are_dropped_or_defaulted_as_the_api_server_does():
    # A null for a field that is neither nullable nor defaulted is dropped before validation...
    assert check(POOL, EPP_SERVICE, GATEWAY, with_(ROUTE, ["spec", "hostnames"], None)) == []
    # ...unless the field is required; a defaulted field gets its default (kind: Service needs a port).
    assert rules(check(with_(POOL, ["spec", "selector"], None), EPP_SERVICE)) == [("spec", "schema")]
    route = with_(ROUTE, ["spec", "rules", 0, "backendRefs"], [{"name": "pool-epp", "kind": None, "group": None}])
    assert [(f.path, f.message) for f in check(EPP_SERVICE, GATEWAY, route)] == [
        ("spec.rules[0].backendRefs[0]", "Must have port for Service reference")
    ]


def test_cluster_scoped_duplicates_ignore_the_namespace():
    role = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "r"}, "rules": []}
    assert rules(check(role, with_(role, ["metadata", "namespace"], "x"))) == [("", "duplicate")]
    # Namespaced kinds: the same name in two namespaces is two objects.
    assert (
        check(with_(EPP_SERVICE, ["metadata", "namespace"], "a"), with_(EPP_SERVICE, ["metadata", "namespace"], "b"))
        == []
    )


@pytest.mark.parametrize(
    ("field_path", "parts"),
    [
        (None, ()),
        (".spec.ports[0]", ("spec", "ports", 0)),
        (".metadata.labels['app.kubernetes.io/name']", ("metadata", "labels", "app.kubernetes.io/name")),
    ],
)
def test_rule_field_paths(field_path, parts):
    from infergw.validation.engine import field_path_parts

    assert field_path_parts(field_path) == parts


def test_a_rules_field_path_addresses_its_finding():
    crd = {
        "apiVersion": "apiextensions.k8s.io/v1",
        "kind": "CustomResourceDefinition",
        "metadata": {"name": "widgets.example.com"},
        "spec": {
            "group": "example.com",
            "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets"},
            "versions": [
                {
                    "name": "v1",
                    "served": True,
                    "storage": True,
                    "schema": {
                        "openAPIV3Schema": {
                            "type": "object",
                            "properties": {
                                "spec": {
                                    "type": "object",
                                    "properties": {"a": {"type": "integer"}, "b": {"type": "integer"}},
                                    "x-kubernetes-validations": [
                                        {"rule": "self.a < self.b", "message": "a < b", "fieldPath": ".b"}
                                    ],
                                }
                            },
                        }
                    },
                }
            ],
        },
    }
    widget = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": {"a": 2, "b": 1}}
    assert [(f.path, f.message) for f in check(widget, extra_crds=(crd,))] == [("spec.b", "a < b")]


def test_rule_verdicts_are_remembered_by_the_exact_value_only():
    # 1, 1.0 and True are equal in Python but not to CEL: each gets its own verdict.
    from infergw.validation.cel import compile_rule, evaluate_rules
    from infergw.validation.engine import _rule_verdicts
    from infergw.validation.structural import Plan

    plan = Plan(rules=[compile_rule({"rule": "type(self) == int", "message": "not an int"})])
    verdicts = [_rule_verdicts(plan, plan.rules, value, None) for value in (1, 1.0, True, 1)]
    assert verdicts == [[(True, None)], [(False, "not an int")], [(False, "not an int")], [(True, None)]]
    assert len(plan.verdicts) == 3

    class Text(str):
        pass

    plan = Plan(rules=[compile_rule({"rule": "self == 'a'"})])
    assert _rule_verdicts(plan, plan.rules, Text("a"), None) == evaluate_rules(plan.rules, Text("a"))
    assert plan.verdicts == {}  # not plain data: never remembered


def test_a_repeated_invalid_object_is_reported_every_time():
    # The second and later copies take their verdicts from the first: the same findings, each at its own object.
    bad = with_(GATEWAY, ["spec", "listeners", 0, "tls"], {"mode": "Terminate"})
    copies = [with_(bad, ["metadata", "namespace"], f"ns{i}") for i in range(3)]
    findings = check(*copies)
    per_copy = [[(f.path, f.message, f.rule) for f in findings if f.namespace == f"ns{i}"] for i in range(3)]
    assert per_copy[0] and per_copy[0] == per_copy[1] == per_copy[2]
    assert len(findings) == 3 * len(per_copy[0])


def test_remembered_findings_keep_each_documents_lines_and_options(tmp_path):
    # Two copies of one invalid spec at different lines of a file: the second copy's findings come
    # from the first's walk, at its own lines; a verbose run is remembered apart.
    from infergw.validation import validate_paths

    model = (
        "apiVersion: inference.networking.x-k8s.io/v1alpha2\nkind: InferenceModel\nmetadata:\n  name: m{i}\n"
        "spec:\n  modelName: food-review\n  poolRef:\n    name: p\n"
    )
    (tmp_path / "models.yaml").write_text("---\n".join(model.format(i=i) for i in range(2)))
    options = ValidationOptions(inference_release="v0.3.0", allow_external_refs=True)
    assert [(f.line, f.rule) for f in validate_paths([str(tmp_path)], options)] == [
        (8, "reference/missing"),
        (17, "reference/missing"),
    ]
    verbose = validate_paths(
        [str(tmp_path)], ValidationOptions(inference_release="v0.3.0", allow_external_refs=True, verbose=True)
    )
    assert [(f.line, f.rule) for f in verbose if f.rule == "cel/transition"] == [
        (6, "cel/transition"),
        (15, "cel/transition"),
    ]
