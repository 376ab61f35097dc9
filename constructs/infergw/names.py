"""Grammars of names and durations that several APIs share, in one place for constructs and validator.

Pure Python (no cdk8s): the validator imports it too.
"""

from __future__ import annotations

import re

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
