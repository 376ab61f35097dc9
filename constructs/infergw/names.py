"""Grammars of names and durations that several APIs share, in one place for constructs and validator.

Pure Python (no cdk8s): the validator imports it too. Each grammar exists twice here on purpose: as a
compiled regex for code, and as a :class:`~infergw.settings.Grammar` (the same pattern with the rule a
person reads) for settings.
"""

from __future__ import annotations

import re

from infergw.settings import Grammar

#: Kubernetes object names of most kinds (RFC 1123 subdomain); at most 253 characters.
DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
#: Namespaces, label-like names (RFC 1123 label); at most 63 characters.
DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
#: Service names (RFC 1035 label: starts with a letter); at most 63 characters.
DNS_1035_LABEL = re.compile(r"^[a-z]([-a-z0-9]*[a-z0-9])?$")
#: InferencePool names: an RFC 1035 label of at most 53 characters (Helm's release-name limit, so
#: every name the upstream chart accepts is accepted here; the picker's Service is named after it).
POOL_NAME = re.compile(r"^[a-z]([-a-z0-9]{0,51}[a-z0-9])?$")
#: Gateway API ``Duration`` (GEP-2257): HTTPRoute timeouts, GCPTrafficExtension timeouts.
GATEWAY_DURATION = re.compile(r"^([0-9]{1,5}(h|m|s|ms)){1,4}$")
#: Prometheus durations (rule ``for:``, evaluation and scrape intervals); the empty string matches too.
PROMETHEUS_DURATION = re.compile(
    r"^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"
)
#: Google Cloud regions such as us-central1.
GCP_REGION = re.compile(r"^[a-z]+-[a-z]+[0-9]+$")
#: Gateway listener host names (Gateway API ``Hostname``): a DNS name, optionally ``*.`` first.
GATEWAY_HOSTNAME = re.compile(r"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")
#: HTTP header names (Gateway API ``HTTPHeaderName``, RFC 7230 tokens); ``\x60`` is the backtick, as the CRD writes it.
HTTP_HEADER_NAME = re.compile(r"^[A-Za-z0-9!#$%&'*+\-.^_\x60|~]+$")
#: Google Cloud project ids: 6 to 30 lower-case letters, digits and '-', starting with a letter, not ending with '-'.
GCP_PROJECT = re.compile(r"^[a-z][a-z0-9-]{4,28}[a-z0-9]$")
#: VPC networks, as Compute Engine names them: ``projects/<project>/global/networks/<network>``.
GCP_NETWORK = re.compile(
    rf"^projects/{GCP_PROJECT.pattern.strip('^$')}/global/networks/{DNS_1035_LABEL.pattern.strip('^$')}$"
)
#: Subnetworks: ``projects/<project>/regions/<region>/subnetworks/<subnet>``.
GCP_SUBNETWORK = re.compile(
    rf"^projects/{GCP_PROJECT.pattern.strip('^$')}/regions/{GCP_REGION.pattern.strip('^$')}"
    rf"/subnetworks/{DNS_1035_LABEL.pattern.strip('^$')}$"
)

# --- the same grammars with the rule a person reads, for settings (config schema and constructs) ---

#: Object names of most kinds.
OBJECT_NAME = Grammar(
    DNS_SUBDOMAIN.pattern.strip("^$"), "a DNS subdomain: lower-case letters, digits, '-' and '.'", max_length=253
)
#: Namespace names.
NAMESPACE_NAME = Grammar(DNS_LABEL.pattern.strip("^$"), "a namespace name: lower-case letters, digits and '-'", 63)
#: InferencePool names (the endpoint picker's Service is named after them).
POOL_NAME_RULE = Grammar(
    POOL_NAME.pattern.strip("^$"),
    "at most 53 lower-case letters, digits and '-', starting with a letter",
)
#: Label keys (``[prefix/]name``); the exact limits are checked by :func:`infergw.validation.apiserver.label_problem`.
LABEL_KEY = Grammar(
    r"([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?",
    "a label key: [prefix/]name, the name at most 63 letters, digits, '-', '_' or '.'",
)
#: Label values.
LABEL_VALUE = Grammar(
    r"(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?",
    "a label value: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
    63,
)
#: Gateway API durations (route timeouts).
GATEWAY_DURATION_RULE = Grammar(GATEWAY_DURATION.pattern.strip("^$"), "a duration such as 300s, 5m or 1h30m")
#: Prometheus durations (scrape intervals, alert ``for``).
PROMETHEUS_DURATION_RULE = Grammar(PROMETHEUS_DURATION.pattern.strip("^$"), "a duration such as 10s, 1m or 5m")
#: Gateway listener host names.
GATEWAY_HOSTNAME_RULE = Grammar(
    GATEWAY_HOSTNAME.pattern.strip("^$"), "a host name such as llm.example.com or *.example.com", max_length=253
)
#: HTTP header names.
HTTP_HEADER_NAME_RULE = Grammar(
    HTTP_HEADER_NAME.pattern.strip("^$"), "an HTTP header name: letters, digits and !#$%&'*+-.^_`|~", max_length=256
)
#: Google Cloud regions.
GCP_REGION_RULE = Grammar(GCP_REGION.pattern.strip("^$"), "a Google Cloud region such as us-central1")
#: Google Cloud project ids.
GCP_PROJECT_RULE = Grammar(
    GCP_PROJECT.pattern.strip("^$"),
    "a Google Cloud project id: 6 to 30 lower-case letters, digits and '-', starting with a letter",
)
#: VPC networks.
GCP_NETWORK_RULE = Grammar(
    GCP_NETWORK.pattern.strip("^$"), "a network written projects/<project>/global/networks/<network>"
)
#: Subnetworks.
GCP_SUBNETWORK_RULE = Grammar(
    GCP_SUBNETWORK.pattern.strip("^$"), "a subnetwork written projects/<project>/regions/<region>/subnetworks/<subnet>"
)

# --- observability: Prometheus names and durations, scrape targets, images and resources ---

_PROMETHEUS_DURATION = PROMETHEUS_DURATION.pattern.strip("^$")
#: A Prometheus duration that is set (alert ``for``, rule-group intervals): ``model.ParseDuration``
#: refuses the empty string, which :data:`PROMETHEUS_DURATION_RULE` lets through.
PROMETHEUS_DURATION_SET = Grammar(f"(?=.){_PROMETHEUS_DURATION}", "a Prometheus duration such as 5m, 30s or 1h")
#: Scrape intervals: a Prometheus duration other than 0.
SCRAPE_INTERVAL = Grammar(f"(?!0$)(?=.){_PROMETHEUS_DURATION}", "a scrape interval such as 10s, 15s or 1m")
#: Prometheus metric names (rulefmt checks alert names as metric names).
PROMETHEUS_METRIC_NAME = Grammar(
    r"[a-zA-Z_:][a-zA-Z0-9_:]*", "a Prometheus metric name: letters, digits, '_' and ':', not starting with a digit"
)
#: Prometheus label names (rulefmt checks alert label and annotation keys as label names).
PROMETHEUS_LABEL_NAME = Grammar(
    r"[a-zA-Z_][a-zA-Z0-9_]*", "a Prometheus label name: letters, digits and '_', not starting with a digit"
)
#: Container port names (IANA service names): what a scrape endpoint's ``port`` may name.
CONTAINER_PORT_NAME = Grammar(
    r"(?=[a-z0-9-]*[a-z])[a-z0-9]([-a-z0-9]*[a-z0-9])?",
    "a container port name: at most 15 lower-case letters, digits and '-', with a letter",
    15,
)
#: HTTP paths (scrape paths).
HTTP_PATH = Grammar(r"/.*", "a path starting with '/'")
#: Names of RBAC roles and bindings (path segment names).
RBAC_NAME = Grammar(r"[^/%]+", "a name without '/' or '%'", 253)
#: GKE cluster names.
GKE_CLUSTER_NAME = Grammar(
    r"[a-z]([-a-z0-9]{0,38}[a-z0-9])?",
    "a GKE cluster name: at most 40 lower-case letters, digits and '-', starting with a letter",
)
#: Container image tags (the registry's grammar), or a digest.
IMAGE_TAG = Grammar(
    r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|sha256:[a-f0-9]{64}", "an image tag such as v1.2.3, or sha256:<digest>"
)
#: Kubernetes resource quantities as requests and limits are usually written.
RESOURCE_QUANTITY = Grammar(
    r"[0-9]+(\.[0-9]+)?(m|Ki|Mi|Gi|k|M|G)?", "a Kubernetes quantity such as 250m, 1, 200Mi or 1Gi"
)
#: GKE control-plane versions (``gcloud container clusters describe`` prints them).
GKE_VERSION_RULE = Grammar(
    r"\d+\.\d+\.\d+-gke\.\d+", "a GKE version MAJOR.MINOR.PATCH-gke.BUILD such as 1.34.1-gke.1822000"
)
