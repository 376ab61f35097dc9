"""Every CEL rule of the CRD catalogue, violated once and satisfied once.

Each case names a rule by a fragment of its text that is unique in the catalogue, and gives a value
of the rule's ``self`` that satisfies it and one that violates it. The value goes through the same
machinery the validator uses for that schema node: schema defaults applied first, then the CEL
view (escaped property names, typed durations), then the compiled rule. A final test checks that no
rule of the catalogue is left without cases, so a CRD update that adds a rule fails here until the
rule has its own cases.
"""

from __future__ import annotations

import copy

import pytest
from infergw.catalogue import ENTRIES
from infergw.validation.defaults import apply_defaults
from infergw.validation.structural import build_plan, cel_view


def _rule_nodes():
    found: dict[str, dict] = {}

    def walk(node):
        if isinstance(node, dict):
            for entry in node.get("x-kubernetes-validations", []):
                found.setdefault(entry["rule"], node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for entry in ENTRIES:
        walk(entry.crd)
    return found


RULES = _rule_nodes()
#: Rules that compare with oldSelf run only on update; the validator checks new objects.
TRANSITION = {rule for rule in RULES if "oldSelf" in rule}


def evaluate(fragment: str, value) -> bool:
    (rule_text,) = [r for r in RULES if fragment in r]
    node = RULES[rule_text]
    plan = build_plan(node)
    value = copy.deepcopy(value)
    apply_defaults(plan, value)
    rule = next(r for r in plan.rules if r.rule == rule_text)  # v1.3.0 repeats one rule on a node
    passed, _ = rule.evaluate(cel_view(plan, value))
    return passed


def svc(**extra):
    return {"name": "s", "port": 80, **extra}


FILTER_FIELDS = {
    "RequestHeaderModifier": ("requestHeaderModifier", {"set": [{"name": "a", "value": "b"}]}),
    "ResponseHeaderModifier": ("responseHeaderModifier", {"set": [{"name": "a", "value": "b"}]}),
    "RequestMirror": ("requestMirror", {"backendRef": svc()}),
    "RequestRedirect": ("requestRedirect", {"statusCode": 302}),
    "CORS": ("cors", {"allowOrigins": ["https://app.example.com"]}),  # Gateway API v1.5 on
    "URLRewrite": ("urlRewrite", {"hostname": "x"}),
    "ExtensionRef": ("extensionRef", {"group": "g", "kind": "K", "name": "n"}),
}

# fragment -> (satisfying self, violating self)
CASES: dict[str, tuple[object, object]] = {
    # GCPBackendPolicy
    "self.targetRef.kind == 'InferencePoolImport' || self.targetRef.kind == 'ServiceImport') || !(has(self.default) && has(self.default.scopes))": (
        {
            "targetRef": {"group": "net.gke.io", "kind": "ServiceImport", "name": "s"},
            "default": {"scopes": [{"selector": {"gke.io/zone": "a"}}]},
        },
        {
            "targetRef": {"group": "", "kind": "Service", "name": "s"},
            "default": {"scopes": [{"selector": {"gke.io/zone": "a"}}]},
        },
    ),
    "!(has(self.default) && has(self.default.sessionAffinity))": (
        {
            "targetRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "p"},
            "default": {"timeoutSec": 5},
        },
        {
            "targetRef": {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "p"},
            "default": {"sessionAffinity": {"type": "CLIENT_IP"}},
        },
    ),
    "has(s.capacityScalerPercent)": (
        {"capacityScalerPercent": 50},
        {"capacityScalerPercent": 50, "scopes": [{"selector": {"gke.io/zone": "a"}, "capacityScalerPercent": 10}]},
    ),
    "has(s.maxRatePerEndpoint)": (
        {"maxRatePerEndpoint": 5},
        {"maxRatePerEndpoint": 5, "scopes": [{"selector": {"gke.io/zone": "a"}, "maxRatePerEndpoint": 10}]},
    ),
    "has(s.balancingMode)": (
        {"balancingMode": "RATE"},
        {"balancingMode": "RATE", "scopes": [{"selector": {"gke.io/zone": "a"}, "balancingMode": "RATE"}]},
    ),
    "has(s.backendPreference)": (
        {"backendPreference": "DEFAULT"},
        {
            "backendPreference": "DEFAULT",
            "scopes": [{"selector": {"gke.io/zone": "a"}, "backendPreference": "PREFERRED"}],
        },
    ),
    "has(s.customMetrics)": (
        {"customMetrics": [{"name": "m", "dryRun": False}]},
        {
            "customMetrics": [{"name": "m", "dryRun": False}],
            "scopes": [{"selector": {"gke.io/zone": "a"}, "customMetrics": [{"name": "m", "dryRun": False}]}],
        },
    ),
    "k == 'gke.io/zone' || k == 'gke.io/region'": (
        {"gke.io/zone": "us-central1-a"},
        {"topology.kubernetes.io/zone": "us-central1-a"},
    ),
    "!(self[k].size() > 30)": ({"gke.io/cluster-name": "c"}, {"gke.io/cluster-name": "c" * 31}),
    # GCPRoutingExtension (1.33 schema)
    "has(self.backendRef) && self.backendRef.kind == 'Service' ? has(self.authority) && size(self.authority) != 0 : true": (
        {"name": "e", "backendRef": svc(), "authority": "a.example.com"},
        {"name": "e", "backendRef": svc(), "authority": ""},
    ),
    "has(self.requestBodySendMode) ? has(self.backendRef) && self.backendRef.kind == 'Service' : true": (
        {"name": "e", "backendRef": svc(), "requestBodySendMode": "Streamed"},
        {
            "name": "e",
            "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com",
            "requestBodySendMode": "Streamed",
        },
    ),
    "has(self.responseBodySendMode) ? has(self.backendRef) && self.backendRef.kind == 'Service' : true": (
        {"name": "e", "backendRef": svc(), "responseBodySendMode": "Streamed"},
        {
            "name": "e",
            "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com",
            "responseBodySendMode": "Streamed",
        },
    ),
    # GCPTrafficExtension
    "ec.extensions.all(e, size(e.supportedEvents) > 0)": (
        [{"name": "c", "extensions": [{"name": "e", "supportedEvents": ["RequestHeaders"]}]}],
        [{"name": "c", "extensions": [{"name": "e", "supportedEvents": []}]}],
    ),
    "duration(self.timeout) >= duration('10ms')": ({"name": "e", "timeout": "1s"}, {"name": "e", "timeout": "11s"}),
    "self.backendRef.kind == 'GCPWasmPlugin' ? !has(self.timeout)": (
        {"name": "e", "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"}},
        {
            "name": "e",
            "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"},
            "timeout": "1s",
        },
    ),
    "(self.backendRef.kind == 'Service' || self.backendRef.kind == 'ServiceImport') ? has(self.authority)": (
        {"name": "e", "backendRef": svc(), "authority": "a.example.com"},
        {"name": "e", "backendRef": svc()},
    ),
    "self.backendRef.kind == 'ApigeeBackendService' ? !has(self.authority)": (
        {"name": "e", "backendRef": {"group": "apim.googleapis.com", "kind": "ApigeeBackendService", "name": "a"}},
        {
            "name": "e",
            "backendRef": {"group": "apim.googleapis.com", "kind": "ApigeeBackendService", "name": "a"},
            "authority": "x",
        },
    ),
    "has(self.googleAPIServiceName) ? !has(self.authority)": (
        {"name": "e", "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com"},
        {"name": "e", "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com", "authority": "x"},
    ),
    "self.backendRef.kind == 'GCPWasmPlugin' ? !has(self.authority)": (
        {"name": "e", "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"}},
        {
            "name": "e",
            "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"},
            "authority": "x",
        },
    ),
    "!(has(self.backendRef) && has(self.googleAPIServiceName)) && (has(self.backendRef) || has(self.googleAPIServiceName))": (
        {"name": "e", "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com"},
        {"name": "e", "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com", "backendRef": svc()},
    ),
    "self.supportedEvents.all(e, e in ['RequestHeaders', 'RequestBody', 'ResponseHeaders', 'ResponseBody'])": (
        {
            "name": "e",
            "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"},
            "supportedEvents": ["RequestHeaders"],
        },
        {
            "name": "e",
            "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"},
            "supportedEvents": ["RequestTrailers"],
        },
    ),
    "self.backendRef.kind == 'GCPWasmPlugin' ? !has(self.metadata)": (
        {"name": "e", "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"}},
        {
            "name": "e",
            "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"},
            "metadata": {"k": "v"},
        },
    ),
    "has(self.requestBodySendMode) ? has(self.backendRef) && (self.backendRef.kind == 'Service' || self.backendRef.kind == 'ApigeeBackendService'": (
        {
            "name": "e",
            "backendRef": {"group": "apim.googleapis.com", "kind": "ApigeeBackendService", "name": "a"},
            "requestBodySendMode": "FullDuplexStreamed",
        },
        {
            "name": "e",
            "googleAPIServiceName": "modelarmor.us-central1.rep.googleapis.com",
            "requestBodySendMode": "Streamed",
        },
    ),
    "has(self.responseBodySendMode) ? has(self.backendRef) && (self.backendRef.kind == 'Service' || self.backendRef.kind == 'ApigeeBackendService'": (
        {"name": "e", "backendRef": svc(), "responseBodySendMode": "Streamed"},
        {
            "name": "e",
            "backendRef": {"group": "networking.gke.io", "kind": "GCPWasmPlugin", "name": "w"},
            "responseBodySendMode": "Streamed",
        },
    ),
    "self.requestBodySendMode == 'Streamed' ? self.supportedEvents.exists(e, e == 'RequestBody')": (
        {"name": "e", "requestBodySendMode": "Streamed", "supportedEvents": ["RequestBody"]},
        {"name": "e", "requestBodySendMode": "Streamed", "supportedEvents": ["RequestHeaders"]},
    ),
    "self.responseBodySendMode == 'Streamed' ? self.supportedEvents.exists(e, e == 'ResponseBody')": (
        {"name": "e", "responseBodySendMode": "Streamed", "supportedEvents": ["ResponseBody"]},
        {"name": "e", "responseBodySendMode": "Streamed", "supportedEvents": ["ResponseHeaders"]},
    ),
    "self.requestBodySendMode == 'FullDuplexStreamed' ? self.supportedEvents.exists(e, e == 'RequestBody') && self.supportedEvents.exists(e, e == 'RequestTrailers')": (
        {
            "name": "e",
            "requestBodySendMode": "FullDuplexStreamed",
            "supportedEvents": ["RequestBody", "RequestTrailers"],
        },
        {"name": "e", "requestBodySendMode": "FullDuplexStreamed", "supportedEvents": ["RequestBody"]},
    ),
    "self.responseBodySendMode == 'FullDuplexStreamed' ? self.supportedEvents.exists(e, e == 'ResponseBody') && self.supportedEvents.exists(e, e == 'ResponseTrailers')": (
        {
            "name": "e",
            "responseBodySendMode": "FullDuplexStreamed",
            "supportedEvents": ["ResponseBody", "ResponseTrailers"],
        },
        {"name": "e", "responseBodySendMode": "FullDuplexStreamed", "supportedEvents": ["ResponseTrailers"]},
    ),
    "has(self.observabilityMode) && self.observabilityMode": (
        {"name": "e", "observabilityMode": True, "requestBodySendMode": "Streamed"},
        {"name": "e", "observabilityMode": True, "responseBodySendMode": "FullDuplexStreamed"},
    ),
    "self.kind == 'Service' ? size(self.group) == 0": (svc(group=""), svc(group="networking.gke.io")),
    "self.kind == 'ServiceImport' ? self.group == 'net.gke.io'": (
        svc(kind="ServiceImport", group="net.gke.io"),
        svc(kind="ServiceImport", group=""),
    ),
    "self.kind == 'GCPWasmPlugin' ? self.group == 'networking.gke.io'": (
        {"kind": "GCPWasmPlugin", "group": "networking.gke.io", "name": "w"},
        {"kind": "GCPWasmPlugin", "group": "", "name": "w"},
    ),
    "self.kind == 'ApigeeBackendService' ? self.group == 'apim.googleapis.com'": (
        {"kind": "ApigeeBackendService", "group": "apim.googleapis.com", "name": "a"},
        {"kind": "ApigeeBackendService", "group": "", "name": "a"},
    ),
    "self.kind == 'Service' ? has(self.port)": ({"name": "s", "port": 8080}, {"name": "s"}),
    "self.kind == 'ServiceImport' ? has(self.port)": (
        {"kind": "ServiceImport", "group": "net.gke.io", "name": "s", "port": 1},
        {"kind": "ServiceImport", "group": "net.gke.io", "name": "s"},
    ),
    "self.kind == 'GCPWasmPlugin' ? !has(self.port)": (
        {"kind": "GCPWasmPlugin", "group": "networking.gke.io", "name": "w"},
        {"kind": "GCPWasmPlugin", "group": "networking.gke.io", "name": "w", "port": 1},
    ),
    "]{1,63})$": ({"model_armor_settings": "x"}, {"k" * 64: "x"}),
    "self.all(ref, ref.kind == 'Service' || ref.kind == 'ServiceImport')": (
        [svc()],
        [{"name": "w", "kind": "GCPWasmPlugin", "group": "networking.gke.io"}],
    ),
    # Gateway v1.3.0
    "self.all(a1, a1.type == 'IPAddress' ? self.exists_one(": (
        [{"type": "IPAddress", "value": "10.0.0.1"}],
        [{"type": "IPAddress", "value": "10.0.0.1"}, {"type": "IPAddress", "value": "10.0.0.1"}],
    ),
    "self.all(a1, a1.type == 'Hostname' ? self.exists_one(": (
        [{"type": "Hostname", "value": "a.example.com"}],
        [{"type": "Hostname", "value": "a.example.com"}, {"type": "Hostname", "value": "a.example.com"}],
    ),
    "self.type == 'Hostname' ? self.value.matches(": (
        {"type": "Hostname", "value": "a.example.com"},
        {"type": "Hostname", "value": "A_B"},
    ),
    "[-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]$": (
        {"example.com/team": "ml"},
        {"-bad-": "x"},
    ),
    'self.all(key, key.split("/")[0].size() < 253)': ({"example.com/a": "x"}, {("a" * 253) + "/b": "x"}),
    "l.protocol in ['HTTP', 'TCP', 'UDP'] ? !has(l.tls)": (
        [{"name": "h", "port": 80, "protocol": "HTTP"}],
        [{"name": "h", "port": 80, "protocol": "HTTP", "tls": {"mode": "Terminate"}}],
    ),
    "(l.protocol == 'HTTPS' && has(l.tls)) ? (l.tls.mode == '' || l.tls.mode == 'Terminate')": (
        [
            {
                "name": "h",
                "port": 443,
                "protocol": "HTTPS",
                "tls": {"mode": "Terminate", "certificateRefs": [{"name": "c"}]},
            }
        ],
        [{"name": "h", "port": 443, "protocol": "HTTPS", "tls": {"mode": "Passthrough"}}],
    ),
    "l.protocol in ['TCP', 'UDP']  ? (!has(l.hostname) || l.hostname == '')": (
        [{"name": "t", "port": 9000, "protocol": "TCP"}],
        [{"name": "t", "port": 9000, "protocol": "TCP", "hostname": "a.example.com"}],
    ),
    "self.all(l1, self.exists_one(l2, l1.name == l2.name))": (
        [{"name": "a", "port": 80, "protocol": "HTTP"}, {"name": "b", "port": 81, "protocol": "HTTP"}],
        [{"name": "a", "port": 80, "protocol": "HTTP"}, {"name": "a", "port": 81, "protocol": "HTTP"}],
    ),
    "self.all(l1, self.exists_one(l2, l1.port == l2.port && l1.protocol == l2.protocol": (
        [{"name": "a", "port": 80, "protocol": "HTTP"}, {"name": "b", "port": 81, "protocol": "HTTP"}],
        [{"name": "a", "port": 80, "protocol": "HTTP"}, {"name": "b", "port": 80, "protocol": "HTTP"}],
    ),
    "self.mode == 'Terminate' ? size(self.certificateRefs) > 0 || size(self.options) > 0": (
        {"mode": "Terminate", "certificateRefs": [{"name": "c"}]},
        {"mode": "Terminate", "certificateRefs": [], "options": {}},
    ),
    # Gateway v1.4.0
    "a1.type == 'IPAddress' && has(a1.value) ? self.exists_one(": (
        [{"type": "IPAddress", "value": "10.0.0.1"}, {"type": "IPAddress"}],
        [{"type": "IPAddress", "value": "10.0.0.1"}, {"type": "IPAddress", "value": "10.0.0.1"}],
    ),
    "a1.type == 'Hostname'  && has(a1.value) ? self.exists_one(": (
        [{"type": "Hostname", "value": "a.example.com"}],
        [{"type": "Hostname", "value": "a.example.com"}, {"type": "Hostname", "value": "a.example.com"}],
    ),
    "self.type == 'Hostname' ? (!has(self.value) || self.value.matches(": (
        {"type": "Hostname"},
        {"type": "Hostname", "value": "UPPER.example.com"},
    ),
    # HTTPRoute
    "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name && (((": (
        [{"name": "g", "sectionName": "a"}, {"name": "g", "sectionName": "b"}],
        [{"name": "g", "sectionName": "a"}, {"name": "g"}],
    ),
    (
        "self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name "
        "&& (((!has(p1.__namespace__)"
    ): (
        [{"name": "g", "sectionName": "a"}, {"name": "g", "sectionName": "b"}],
        [{"name": "g", "sectionName": "a"}, {"name": "g", "sectionName": "a"}],
    ),
    "(self.size() > 15 ? self[15].matches.size() : 0) <= 128": (
        [{"matches": [{"path": {"value": "/"}}] * 64}, {"matches": [{"path": {"value": "/"}}] * 64}],
        [
            {"matches": [{"path": {"value": "/"}}] * 64},
            {"matches": [{"path": {"value": "/"}}] * 64},
            {"matches": [{"path": {"value": "/"}}]},
        ],
    ),
    "(has(self.backendRefs) && size(self.backendRefs) > 0) ? (!has(self.filters) || self.filters.all(f, !has(f.requestRedirect)))": (
        {"backendRefs": [svc()], "filters": [{"type": "URLRewrite", "urlRewrite": {"hostname": "x"}}]},
        {"backendRefs": [svc()], "filters": [{"type": "RequestRedirect", "requestRedirect": {"statusCode": 301}}]},
    ),
    "(has(self.filters) && self.filters.exists_one(f, has(f.requestRedirect) && has(f.requestRedirect.path)": (
        {
            "filters": [
                {
                    "type": "RequestRedirect",
                    "requestRedirect": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                }
            ],
            "matches": [{"path": {"type": "PathPrefix", "value": "/v1"}}],
        },
        {
            "filters": [
                {
                    "type": "RequestRedirect",
                    "requestRedirect": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                }
            ],
            "matches": [{"path": {"type": "Exact", "value": "/v1"}}],
        },
    ),
    "(has(self.filters) && self.filters.exists_one(f, has(f.urlRewrite) && has(f.urlRewrite.path)": (
        {
            "filters": [
                {
                    "type": "URLRewrite",
                    "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                }
            ],
            "matches": [{"path": {"type": "PathPrefix", "value": "/v1"}}],
        },
        {
            "filters": [
                {
                    "type": "URLRewrite",
                    "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                }
            ],
            "matches": [{"path": {"value": "/a"}}, {"path": {"value": "/b"}}],
        },
    ),
    "b.filters.exists_one(f, has(f.requestRedirect)": (
        {
            "backendRefs": [
                svc(
                    filters=[
                        {
                            "type": "RequestRedirect",
                            "requestRedirect": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                        }
                    ]
                )
            ],
            "matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
        },
        {
            "backendRefs": [
                svc(
                    filters=[
                        {
                            "type": "RequestRedirect",
                            "requestRedirect": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                        }
                    ]
                )
            ],
            "matches": [{"path": {"type": "RegularExpression", "value": "/.*"}}],
        },
    ),
    "b.filters.exists_one(f, has(f.urlRewrite)": (
        {
            "backendRefs": [
                svc(
                    filters=[
                        {
                            "type": "URLRewrite",
                            "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                        }
                    ]
                )
            ],
            "matches": [{"path": {"type": "PathPrefix", "value": "/"}}],
        },
        {
            "backendRefs": [
                svc(
                    filters=[
                        {
                            "type": "URLRewrite",
                            "urlRewrite": {"path": {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/v2"}},
                        }
                    ]
                )
            ],
            "matches": [{"path": {"value": "/a"}}, {"path": {"value": "/b"}}],
        },
    ),
    "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port)": (
        {"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": "p"},
        {"name": "s"},
    ),
    "!(self.exists(f, f.type == 'RequestRedirect') && self.exists(f, f.type == 'URLRewrite'))": (
        [{"type": "URLRewrite", "urlRewrite": {"hostname": "x"}}],
        [
            {"type": "URLRewrite", "urlRewrite": {"hostname": "x"}},
            {"type": "RequestRedirect", "requestRedirect": {"statusCode": 301}},
        ],
    ),
    "!(has(self.percent) && has(self.fraction))": (
        {"backendRef": svc(), "percent": 10},
        {"backendRef": svc(), "percent": 10, "fraction": {"numerator": 1}},
    ),
    "self.numerator <= self.denominator": ({"numerator": 1, "denominator": 100}, {"numerator": 101}),
    "self.type == 'ReplaceFullPath' ? has(self.replaceFullPath)": (
        {"type": "ReplaceFullPath", "replaceFullPath": "/x"},
        {"type": "ReplaceFullPath"},
    ),
    "has(self.replaceFullPath) ? self.type == 'ReplaceFullPath'": (
        {"type": "ReplaceFullPath", "replaceFullPath": "/x"},
        {"type": "ReplacePrefixMatch", "replaceFullPath": "/x", "replacePrefixMatch": "/y"},
    ),
    "self.type == 'ReplacePrefixMatch' ? has(self.replacePrefixMatch)": (
        {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/x"},
        {"type": "ReplacePrefixMatch"},
    ),
    "has(self.replacePrefixMatch) ? self.type == 'ReplacePrefixMatch'": (
        {"type": "ReplacePrefixMatch", "replacePrefixMatch": "/x"},
        {"type": "ReplaceFullPath", "replaceFullPath": "/x", "replacePrefixMatch": "/y"},
    ),
    "? self.value.startsWith('/')": ({"type": "PathPrefix", "value": "/v1"}, {"type": "PathPrefix", "value": "v1"}),
    "!self.value.contains('//')": ({"type": "Exact", "value": "/a/b"}, {"type": "Exact", "value": "/a//b"}),
    "!self.value.contains('/./')": ({"type": "Exact", "value": "/a/b"}, {"type": "Exact", "value": "/a/./b"}),
    "!self.value.contains('/../')": ({"type": "Exact", "value": "/a/b"}, {"type": "Exact", "value": "/a/../b"}),
    "!self.value.contains('%2f')": ({"type": "Exact", "value": "/a%20b"}, {"type": "Exact", "value": "/a%2fb"}),
    "!self.value.contains('%2F')": ({"type": "Exact", "value": "/a%20b"}, {"type": "Exact", "value": "/a%2Fb"}),
    "!self.value.contains('#')": ({"type": "Exact", "value": "/a"}, {"type": "Exact", "value": "/a#b"}),
    "!self.value.endsWith('/..')": ({"type": "Exact", "value": "/a"}, {"type": "Exact", "value": "/a/.."}),
    "!self.value.endsWith('/.')": ({"type": "Exact", "value": "/a"}, {"type": "Exact", "value": "/a/."}),
    "self.type in ['Exact','PathPrefix'] || self.type == 'RegularExpression'": (
        {"type": "RegularExpression", "value": "/.*"},
        {"type": "Glob", "value": "/*"},
    ),
    "[%][0-9a-fA-F]{2})+$": (
        {"type": "PathPrefix", "value": "/v1/completions"},
        {"type": "PathPrefix", "value": "/a b"},
    ),
    "duration(self.backendRequest) > duration(self.request)": (
        {"request": "10s", "backendRequest": "5s"},
        {"request": "5s", "backendRequest": "10s"},
    ),
    # HealthCheckPolicy
    "has(self.checkIntervalSec) && has(self.timeoutSec) ? self.checkIntervalSec >= self.timeoutSec": (
        {"checkIntervalSec": 10, "timeoutSec": 5},
        {"checkIntervalSec": 5, "timeoutSec": 10},
    ),
    "!has(self.checkIntervalSec) && has(self.timeoutSec) ? 5 >= self.timeoutSec": (
        {"timeoutSec": 5},
        {"timeoutSec": 6},
    ),
    "has(self.checkIntervalSec) && !has(self.timeoutSec) ? self.checkIntervalSec >= 5": (
        {"checkIntervalSec": 5},
        {"checkIntervalSec": 4},
    ),
    "self.type == 'TCP' ? has(self.tcpHealthCheck)": (
        {"type": "TCP", "tcpHealthCheck": {}},
        {"type": "TCP", "httpHealthCheck": {}},
    ),
    "self.type == 'HTTP' ? has(self.httpHealthCheck)": (
        {"type": "HTTP", "httpHealthCheck": {}},
        {"type": "HTTP", "tcpHealthCheck": {}},
    ),
    "self.type == 'HTTPS' ? has(self.httpsHealthCheck)": (
        {"type": "HTTPS", "httpsHealthCheck": {}},
        {"type": "HTTPS", "httpHealthCheck": {}},
    ),
    "self.type == 'HTTP2' ? has(self.http2HealthCheck)": (
        {"type": "HTTP2", "http2HealthCheck": {}},
        {"type": "HTTP2", "httpHealthCheck": {}},
    ),
    "self.type == 'GRPC' ? has(self.grpcHealthCheck)": (
        {"type": "GRPC", "grpcHealthCheck": {}},
        {"type": "GRPC", "httpHealthCheck": {}},
    ),
    "self.portSpecification == 'USE_FIXED_PORT' ? has(self.port) && !has(self.portName)": (
        {"portSpecification": "USE_FIXED_PORT", "port": 8000},
        {"portSpecification": "USE_FIXED_PORT", "portName": "http"},
    ),
    "self.portSpecification == 'USE_NAMED_PORT' ? !has(self.port) && has(self.portName)": (
        {"portSpecification": "USE_NAMED_PORT", "portName": "http"},
        {"portSpecification": "USE_NAMED_PORT", "port": 8000},
    ),
    "self.portSpecification == 'USE_SERVING_PORT' || !has(self.portSpecification) ? !has(self.port) && !has(self.portName)": (
        {"portSpecification": "USE_SERVING_PORT"},
        {"portSpecification": "USE_SERVING_PORT", "port": 8000},
    ),
    # Inference extension
    "self.all(model, has(model.weight)) || self.all(model, !has(model.weight))": (
        [{"name": "a", "weight": 50}, {"name": "b", "weight": 50}],
        [{"name": "a", "weight": 50}, {"name": "b"}],
    ),
    "self.kind != 'Service' || has(self.port)": ({"name": "epp", "port": {"number": 9002}}, {"name": "epp"}),
    # v1.1 on (and GAIE v1.5.0's CRD, which llm-d-router installs): up to 8 target ports, each number once
    "self.all(p1, self.exists_one(p2, p1.number==p2.number))": (
        [{"number": 8000}, {"number": 8001}],
        [{"number": 8000}, {"number": 8000}],
    ),
    # Managed Prometheus PodMonitoring
    "has(e.authorization.credentials.secret.__namespace__)": (
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "authorization": {"credentials": {"secret": {"name": "s", "key": "k"}}},
                    }
                ]
            }
        },
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "authorization": {"credentials": {"secret": {"name": "s", "key": "k", "namespace": "x"}}},
                    }
                ]
            }
        },
    ),
    "has(e.basicAuth.password.secret.__namespace__)": (
        {
            "spec": {
                "endpoints": [
                    {"port": 1, "interval": "30s", "basicAuth": {"password": {"secret": {"name": "s", "key": "k"}}}}
                ]
            }
        },
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "basicAuth": {"password": {"secret": {"name": "s", "key": "k", "namespace": "x"}}},
                    }
                ]
            }
        },
    ),
    "has(e.tls.ca.secret.__namespace__)": (
        {"spec": {"endpoints": [{"port": 1, "interval": "30s", "tls": {"ca": {"secret": {"name": "s", "key": "k"}}}}]}},
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "tls": {"ca": {"secret": {"name": "s", "key": "k", "namespace": "x"}}},
                    }
                ]
            }
        },
    ),
    "has(e.tls.cert.secret.__namespace__)": (
        {
            "spec": {
                "endpoints": [{"port": 1, "interval": "30s", "tls": {"cert": {"secret": {"name": "s", "key": "k"}}}}]
            }
        },
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "tls": {"cert": {"secret": {"name": "s", "key": "k", "namespace": "x"}}},
                    }
                ]
            }
        },
    ),
    "has(e.tls.key.secret.__namespace__)": (
        {
            "spec": {
                "endpoints": [{"port": 1, "interval": "30s", "tls": {"key": {"secret": {"name": "s", "key": "k"}}}}]
            }
        },
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "tls": {"key": {"secret": {"name": "s", "key": "k", "namespace": "x"}}},
                    }
                ]
            }
        },
    ),
    "has(e.oauth2.clientSecret.secret.__namespace__)": (
        {
            "spec": {
                "endpoints": [
                    {"port": 1, "interval": "30s", "oauth2": {"clientSecret": {"secret": {"name": "s", "key": "k"}}}}
                ]
            }
        },
        {
            "spec": {
                "endpoints": [
                    {
                        "port": 1,
                        "interval": "30s",
                        "oauth2": {"clientSecret": {"secret": {"name": "s", "key": "k", "namespace": "x"}}},
                    }
                ]
            }
        },
    ),
    # format: duration makes these durations: 5s <= 30s although "5s" > "30s" as text.
    "!has(self.timeout) || self.timeout <= self.interval": (
        {"port": 1, "interval": "30s", "timeout": "5s"},
        {"port": 1, "interval": "30s", "timeout": "1m"},
    ),
    "((has(self.authorization) ? 1 : 0) + (has(self.basicAuth) ? 1 : 0)": (
        {"port": 1, "interval": "30s", "basicAuth": {"username": "u"}},
        {"port": 1, "interval": "30s", "basicAuth": {"username": "u"}, "authorization": {"type": "Bearer"}},
    ),
    "self != 'Basic'": ("Bearer", "Basic"),
    "self.action != 'labeldrop' || has(self.regex)": (
        {"action": "labeldrop", "regex": "tmp_.*"},
        {"action": "labeldrop"},
    ),
    "self != 'project_id' && self != 'location'": ("pool", "cluster"),
    "isURL(self) && !self.matches('@')": ("http://proxy.example.com:3128", "http://user@proxy.example.com"),
    "has(self.cert) == has(self.key)": (
        {"cert": {"secret": {"name": "c", "key": "k"}}, "key": {"secret": {"name": "c", "key": "k"}}},
        {"cert": {"secret": {"name": "c", "key": "k"}}},
    ),
    "self != 0": (9090, 0),
    # Managed Prometheus Rules
    "(has(self.record) ? 1 : 0) + (has(self.alert) ? 1 : 0) == 1": (
        {"alert": "A", "expr": "up == 0"},
        {"alert": "A", "record": "r", "expr": "up"},
    ),
    "!has(self.annotations) || has(self.alert)": (
        {"alert": "A", "expr": "up == 0", "annotations": {"a": "b"}},
        {"record": "r", "expr": "up", "annotations": {"a": "b"}},
    ),
}
for _type, (_field, _value) in FILTER_FIELDS.items():
    _other_type = "ExtensionRef" if _type != "ExtensionRef" else "URLRewrite"
    _other_field, _other_value = FILTER_FIELDS[_other_type]
    CASES[f"!(has(self.{_field}) && self.type != '{_type}')"] = (
        {"type": _type, _field: _value},
        {"type": _other_type, _other_field: _other_value, _field: _value},
    )
    CASES[f"!(!has(self.{_field}) && self.type == '{_type}')"] = ({"type": _type, _field: _value}, {"type": _type})
for _type in ("RequestHeaderModifier", "ResponseHeaderModifier", "RequestRedirect", "URLRewrite", "CORS"):
    _field, _value = FILTER_FIELDS[_type]
    CASES[f"self.filter(f, f.type == '{_type}').size() <= 1"] = (
        [{"type": _type, _field: _value}],
        [{"type": _type, _field: _value}] * 2,
    )


_TLS_TARGET = {"group": "", "kind": "Service", "name": "g"}
_GRPC_MATCH = {"method": {"service": "pkg.Svc"}}
# Gateway API v1.4.1 and later: GRPCRoute, BackendTLSPolicy; v1.5 on: ListenerSet, Gateway TLS, CORS.
CASES |= {
    # BackendTLSPolicy
    "self.all(p1, self.all(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name ? ((": (
        [_TLS_TARGET | {"sectionName": "a"}, _TLS_TARGET | {"sectionName": "b"}],
        [_TLS_TARGET | {"sectionName": "a"}, _TLS_TARGET],
    ),
    (
        "self.all(p1, self.exists_one(p2, p1.group == p2.group && p1.kind == p2.kind && p1.name == p2.name "
        "&& (((!has(p1.sectionName)"
    ): (
        [_TLS_TARGET | {"sectionName": "a"}, _TLS_TARGET | {"sectionName": "b"}],
        [_TLS_TARGET | {"sectionName": "a"}, _TLS_TARGET | {"sectionName": "a"}],
    ),
    "size(self.caCertificateRefs) > 0 && has(self.wellKnownCACertificates)": (
        {"hostname": "a.example.com", "wellKnownCACertificates": "System"},
        {
            "hostname": "a.example.com",
            "caCertificateRefs": [{"group": "", "kind": "ConfigMap", "name": "ca"}],
            "wellKnownCACertificates": "System",
        },
    ),
    "size(self.caCertificateRefs) > 0 || has(self.wellKnownCACertificates)": (
        {"hostname": "a.example.com", "caCertificateRefs": [{"group": "", "kind": "ConfigMap", "name": "ca"}]},
        {"hostname": "a.example.com"},
    ),
    '!(self.type == "Hostname" && (!has(self.hostname)': (
        {"type": "Hostname", "hostname": "a.example.com"},
        {"type": "Hostname"},
    ),
    '!(self.type != "Hostname" && has(self.hostname)': (
        {"type": "URI", "uri": "spiffe://example.com/a"},
        {"type": "URI", "uri": "spiffe://example.com/a", "hostname": "a.example.com"},
    ),
    '!(self.type == "URI" && (!has(self.uri)': (
        {"type": "URI", "uri": "spiffe://example.com/a"},
        {"type": "URI"},
    ),
    '!(self.type != "URI" && has(self.uri)': (
        {"type": "Hostname", "hostname": "a.example.com"},
        {"type": "Hostname", "hostname": "a.example.com", "uri": "spiffe://example.com/a"},
    ),
    # GRPCRoute
    "(self.size() > 15 ? (has(self[15].matches) ? self[15].matches.size() : 0) : 0) <= 128": (
        [{"matches": [_GRPC_MATCH] * 64}, {"matches": [_GRPC_MATCH] * 64}],
        [{"matches": [_GRPC_MATCH] * 64}, {"matches": [_GRPC_MATCH] * 64}, {"matches": [_GRPC_MATCH]}],
    ),
    "has(self.type) ? has(self.service) || has(self.method) : true": (
        {"type": "Exact", "method": "Get"},
        {"type": "Exact"},
    ),
    "self.service.matches(": ({"service": "Pkg.v1.Svc"}, {"service": "pkg-v1.Svc"}),
    "self.method.matches(": ({"method": "GetThing"}, {"method": "Get/Thing"}),
    # HTTPRoute CORS
    "!('*' in self && self.size() > 1)": (["*"], ["*", "X-Custom"]),
    # Gateway (v1.5 on)
    "l.protocol == 'TLS' ? has(l.tls) && has(l.tls.mode)": (
        [{"name": "tls", "port": 443, "protocol": "TLS", "tls": {"mode": "Passthrough"}}],
        [{"name": "tls", "port": 443, "protocol": "TLS"}],
    ),
    "self.all(t1, self.exists_one(t2, t1.port == t2.port))": (
        [{"port": 443}, {"port": 8443}],
        [{"port": 443}, {"port": 443}],
    ),
    # ListenerSet
    "self.all(l1, !has(l1.port) || self.exists_one(l2": (
        [{"name": "a", "port": 80, "protocol": "HTTP"}, {"name": "b", "port": 81, "protocol": "HTTP"}],
        [{"name": "a", "port": 80, "protocol": "HTTP"}, {"name": "b", "port": 80, "protocol": "HTTP"}],
    ),
}


@pytest.mark.parametrize("fragment", sorted(CASES))
def test_rule_is_satisfied_by_the_good_case_and_violated_by_the_bad_one(fragment):
    good, bad = CASES[fragment]
    assert evaluate(fragment, good) is True
    assert evaluate(fragment, bad) is False


def test_every_fragment_names_exactly_one_rule():
    for fragment in CASES:
        matches = [r for r in RULES if fragment in r]
        assert len(matches) == 1, (fragment, matches)


def test_every_catalogue_rule_has_cases():
    covered = {r for fragment in CASES for r in RULES if fragment in r}
    missing = sorted(set(RULES) - covered - TRANSITION)
    assert not missing, "rules without good/bad cases:\n" + "\n".join(missing)


def test_transition_rules_are_the_two_immutability_rules():
    assert {"self == oldSelf"} == TRANSITION
