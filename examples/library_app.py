"""Using infergw's constructs in your own cdk8s app (the README's "Use as a library" example)."""

import os

from infergw import (
    Backend,
    Chart,
    GatewayProps,
    InferenceGateway,
    InferenceObjective,
    InferencePoolProps,
    InferencePoolStack,
    InferenceRoute,
    ObjectiveProps,
    RouteProps,
    RouteRule,
    synthesize,
)
from infergw.cdk.runtime import cdk8s

app = cdk8s.App()
chart = Chart(app, "serving", namespace="llm")  # infergw's Chart: no Node round trip per object
pool = InferencePoolStack(
    chart,
    "llama",
    "llama3-8b",
    InferencePoolProps(match_labels={"app": "llama3-8b"}, provider="gke", namespace="llm"),
)
InferenceObjective(chart, "chat", "chat", pool=pool.pool_ref, props=ObjectiveProps(priority=10))
gateway = InferenceGateway(
    chart, "gateway", "llm-gateway", props=GatewayProps(gateway_class="gke-l7-rilb", namespace="llm")
)
InferenceRoute(
    chart,
    "route",
    "llm",
    gateway=gateway.ref,
    rules=[RouteRule(backends=[Backend(pool.pool_ref)])],
    props=RouteProps(request_timeout="300s"),
)
# Plain cdk8s objects mix in as usual:
cdk8s.ApiObject(chart, "quota", api_version="v1", kind="ResourceQuota", metadata={"name": "llm"})

synthesize(app, os.environ.get("CDK8S_OUTDIR", "dist"))  # validated, atomic; or app.synth()
