"""The default app: what ``infergw synth`` and ``cdk8s synth`` build from a :class:`StackConfig`.

Two charts, each an output directory: ``crds/`` (the inference-extension CRDs the cluster needs)
and the stack (``config.name``): pools with their endpoint pickers, objectives or models, the
Gateway and the HTTPRoute that sends traffic to every pool.
"""

from __future__ import annotations

from infergw.config import StackConfig
from infergw.crds import InferenceCrds
from infergw.gateway import InferenceGateway
from infergw.inferencepool import InferencePoolProps, InferencePoolStack
from infergw.objective import InferenceModel, InferenceObjective
from infergw.objects import Chart
from infergw.policy.engine import EXCEPTION_PREFIX
from infergw.route import Backend, InferenceRoute, RouteRule
from infergw.runtime import cdk8s

#: Output directory (chart id) of the inference-extension CRDs.
CRDS_CHART = "crds"


def exception_annotations(exceptions: dict[str, str]) -> dict[str, str]:
    """Policy exceptions (policy name -> reason) as the annotations the policy engine reads."""
    return {f"{EXCEPTION_PREFIX}{policy}": reason for policy, reason in sorted(exceptions.items())}


def build_app(config: StackConfig) -> cdk8s.App:
    """Build the cdk8s app for ``config``; each chart becomes one output directory."""
    app = cdk8s.App()
    crds = Chart(app, CRDS_CHART)
    InferenceCrds(crds, "inference", release=config.release, gke_version=config.gke_version)
    if not config.pools:
        return app
    stack = Chart(app, config.name)
    gateway = InferenceGateway(stack, "gateway", config.gateway_name, gateway_class=config.gateway_class, namespace=config.namespace,
                               annotations=exception_annotations(config.gateway_policy_exceptions))
    backends = []
    for pool in config.pools:
        pool_stack = InferencePoolStack(
            stack, pool.name, pool.name,
            InferencePoolProps(
                match_labels=pool.match_labels, release=config.release, namespace=config.namespace,
                provider=pool.provider, target_ports=pool.target_ports, target_port_number=pool.target_ports[0],
                replicas=pool.replicas, pool_annotations=exception_annotations(pool.policy_exceptions),
            ),
        )
        for objective in pool.objectives:
            InferenceObjective(pool_stack, f"objective-{objective.name}", objective.name, pool=pool_stack.pool_ref, priority=objective.priority)
        for model in pool.models:
            InferenceModel(pool_stack, f"model-{model.name}", model.name, pool=pool_stack.pool_ref,
                           model_name=model.model_name, criticality=model.criticality)
        backends.append(Backend(pool_stack.pool_ref, pool.weight))
    InferenceRoute(stack, "route", config.route_name, gateway=gateway.ref, rules=[RouteRule(backends=backends)])
    return app
