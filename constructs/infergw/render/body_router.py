"""Body-based routing: the router that copies the request body's ``model`` into a header, as GAIE's
``body-based-routing`` chart deploys it, attached to a Gateway by a ``GCPRoutingExtension``.

The router (an ext_proc server) runs before route selection, so HTTPRoute rules can match the
header it writes (``X-Gateway-Model-Name`` by default) and send each model, or LoRA adapter, to its
own pool: several models behind one Gateway. What the chart's values set is a setting of
:class:`BodyRouterProps`; the image, flags and plugins they default to are the release's facts
(``Release.body_router``); what the templates fix is written here. With ``provider: gke`` the
chart adds the ``GCPRoutingExtension`` and a gRPC ``HealthCheckPolicy`` on the router's health port.

Node-free: :func:`render_body_router` gives the objects as dicts; ``infergw.cdk.body_router`` emits them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from infergw.names import IMAGE_TAG, OBJECT_NAME, RESOURCE_QUANTITY
from infergw.refs import ObjectRef, object_metadata
from infergw.releases import MODEL_FIELD_PLUGIN, BodyRouterFacts, body_router_release_ids, get_release
from infergw.render.checks import check_props_nested
from infergw.render.pool.picker import flag, harden
from infergw.render.route import check_gateway_ref
from infergw.render.traffic_extension import EXTENSION_API
from infergw.settings import Grammar, PropsError, setting

__all__ = [
    "BodyRouterImage",
    "BodyRouterPlugin",
    "BodyRouterProps",
    "BodyRouterTracing",
    "model_header",
    "render_body_router",
]

#: Plugin types and instance names: they are joined with ':' into the ``--plugin`` argument.
PLUGIN_WORD = Grammar(r"[a-z0-9]([-a-z0-9]*[a-z0-9])?", "lower-case letters, digits and '-' (no ':')", 63)
#: The chart's GCPRoutingExtension: its chain, extension, authority, timeout and events.
_CHAIN, _EXTENSION, _AUTHORITY, _TIMEOUT = "chain1", "ext1", "myext.com", "1s"
_EVENTS = ("RequestHeaders", "RequestBody", "RequestTrailers")
_DEFAULT_ID = body_router_release_ids()[-1]


def _router_facts(release: str) -> BodyRouterFacts:
    facts = get_release(release).body_router
    if facts is None:
        raise PropsError(
            "release", release, f"use a release with a body-based-routing chart: {body_router_release_ids()}"
        )
    return facts


#: The default release's chart facts: the defaults the settings' documentation names.
_DEFAULTS = _router_facts(_DEFAULT_ID)
_DEFAULT_PLUGINS = "; ".join(
    f"{name} ({kind}" + (f": {', '.join(f'{k}={v}' for k, v in params.items())})" if params else ")")
    for kind, name, params in _DEFAULTS.plugins
)


@dataclass(frozen=True)
class BodyRouterImage:
    """``bbr.image``: the router image; unset parts are the release's."""

    registry: str | None = setting(
        None,
        doc=f"Registry of the image. default: the release's ({_DEFAULTS.image.registry} for release {_DEFAULT_ID})",
    )
    repository: str | None = setting(
        None,
        doc=f"Repository of the image. default: the release's ({_DEFAULTS.image.repository} for release {_DEFAULT_ID})",
    )
    tag: str | None = setting(
        None,
        grammar=IMAGE_TAG,
        doc=f"Image tag. default: the release's ({_DEFAULTS.image.tag} for release {_DEFAULT_ID})",
    )
    pull_policy: Literal["Always", "IfNotPresent", "Never"] | None = setting(
        None, doc=f"Image pull policy. default: the release's ({_DEFAULTS.image.pull_policy} for release {_DEFAULT_ID})"
    )


@dataclass(frozen=True)
class BodyRouterPlugin:
    """One ``bbr.plugins`` entry: a registered plugin type, its instance name and its parameters."""

    type: str = setting(grammar=PLUGIN_WORD, doc="The plugin type, e.g. body-field-to-header.")
    name: str = setting(grammar=PLUGIN_WORD, doc="The instance name, e.g. model-extractor.")
    json: Mapping[str, Any] | None = setting(
        None, doc="The plugin's parameters, e.g. {fieldName: model, headerName: X-Gateway-Model-Name}. default: none"
    )


@dataclass(frozen=True)
class BodyRouterTracing:
    """``bbr.tracing``: OpenTelemetry traces of the router (on when this is set)."""

    otel_service_name: str = setting("gateway-api-inference-extension/bbr", doc="``OTEL_SERVICE_NAME``.")
    otel_exporter_endpoint: str = setting("http://localhost:4317", doc="``OTEL_EXPORTER_OTLP_ENDPOINT``.")
    sampler: str = setting("parentbased_traceidratio", doc="``OTEL_TRACES_SAMPLER``.")
    sampler_arg: str = setting("0.1", doc="``OTEL_TRACES_SAMPLER_ARG``: the sampled fraction.")


@dataclass(frozen=True)
class BodyRouterProps:
    """The ``body-based-routing`` chart's values (names in its words), plus infergw's profile."""

    release: str = setting(
        _DEFAULT_ID,
        choices=body_router_release_ids(),
        doc="The inference-extension release whose body-based-routing chart is rendered (independent of the "
        "pools' release: the router reads request bodies and ConfigMaps, no pool API).",
    )
    name: str = setting("body-based-router", grammar=OBJECT_NAME, doc="``bbr.name``: the Deployment and Service.")
    release_name: str = setting(
        "body-based-router",
        grammar=OBJECT_NAME,
        doc="The Helm release name the chart would be installed as: the ServiceAccount is <name>-<releaseName>.",
    )
    namespace: str | None = setting(None, doc="Namespace of the objects. default: unset (where they are applied)")
    replicas: int = setting(1, minimum=1, maximum=100, doc="``bbr.replicas``.")
    image: BodyRouterImage = setting(default_factory=BodyRouterImage, doc="``bbr.image``.")
    port: int = setting(9004, minimum=1, maximum=65535, doc="``bbr.port``: the ext_proc port.")
    health_check_port: int = setting(
        9005, minimum=1, maximum=65535, doc="``bbr.healthCheckPort``: the gRPC health port."
    )
    multi_namespace: bool = setting(
        False,
        doc="``bbr.multiNamespace``: read the adapters' ConfigMaps of every namespace (a ClusterRole) instead "
        "of the router's own namespace (a Role).",
    )
    flags: Mapping[str, str | int | bool] | None = setting(
        None,
        doc="``bbr.flags``: router flags {name: value}. default: the release's ("
        + ", ".join(f"{k}: {v}" for k, v in _DEFAULTS.flags.items())
        + f" for release {_DEFAULT_ID})",
    )
    plugins: tuple[BodyRouterPlugin, ...] | None = setting(
        None,
        min_items=1,
        unique_by="name",
        doc=f"``bbr.plugins``, in order. default: the release's ({_DEFAULT_PLUGINS} for release {_DEFAULT_ID})",
    )
    tracing: BodyRouterTracing | None = setting(None, doc="``bbr.tracing``: traces on. default: off")
    provider: Literal["gke", "none"] = setting(
        "gke", doc="``provider.name``: gke adds the GCPRoutingExtension and the router's HealthCheckPolicy."
    )
    profile: Literal["hardened", "chart-compatible"] = setting(
        "hardened",
        doc="chart-compatible renders exactly what the chart renders; hardened adds a restricted pod and "
        "container security context and the requests below.",
    )
    requests: Mapping[str, str] = setting(
        default_factory=lambda: {"cpu": "250m", "memory": "256Mi"},
        grammar=Grammar("cpu|memory", "cpu or memory"),
        items_grammar=RESOURCE_QUANTITY,
        doc="Router resource requests (hardened profile; the chart sets none).",
    )


def _plugins(props: BodyRouterProps, facts: BodyRouterFacts) -> list[BodyRouterPlugin]:
    if props.plugins is not None:
        return list(props.plugins)
    return [
        BodyRouterPlugin(kind, name, None if params is None else dict(params)) for kind, name, params in facts.plugins
    ]


def model_header(props: BodyRouterProps) -> str | None:
    """The header the router writes the request body's ``model`` into, or None if no plugin does."""
    for plugin in _plugins(props, _router_facts(props.release)):
        params = plugin.json or {}
        if plugin.type == MODEL_FIELD_PLUGIN and params.get("fieldName") == "model":
            header = params.get("headerName")
            return header if isinstance(header, str) else None
    return None


def go_json(value: Any) -> str:
    """``value`` as Helm's ``toJson`` writes it (Go's encoding/json: sorted keys, no spaces, HTML-escaped)."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    for char, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028")):
        text = text.replace(char, escaped)
    return text.replace("\u2029", "\\u2029")


def _args(props: BodyRouterProps, facts: BodyRouterFacts) -> list[str]:
    flags = dict(props.flags) if props.flags is not None else dict(facts.flags)
    args = ["--streaming", *(flag(name, flags[name]) for name in sorted(flags))]  # Helm ranges a map by key
    for plugin in _plugins(props, facts):
        spec = f"{plugin.type}:{plugin.name}" + (f":{go_json(plugin.json)}" if plugin.json else "")
        args += ["--plugin", spec]
    return [*args, flag("tracing", props.tracing is not None)]


def _field_env(name: str, path: str, *, api_version: bool = False) -> dict[str, Any]:
    ref: dict[str, Any] = {"apiVersion": "v1", "fieldPath": path} if api_version else {"fieldPath": path}
    return {"name": name, "valueFrom": {"fieldRef": ref}}


def _env(props: BodyRouterProps) -> list[dict[str, Any]]:
    env = [] if props.multi_namespace else [_field_env("NAMESPACE", "metadata.namespace")]
    tracing = props.tracing
    if tracing is not None:
        env += [
            {"name": "OTEL_SERVICE_NAME", "value": tracing.otel_service_name},
            {"name": "OTEL_EXPORTER_OTLP_ENDPOINT", "value": tracing.otel_exporter_endpoint},
            _field_env("OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "spec.nodeName", api_version=True),
            _field_env("OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "metadata.name", api_version=True),
            {
                "name": "OTEL_RESOURCE_ATTRIBUTES",
                "value": "k8s.namespace.name=$(NAMESPACE),k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME),"
                "k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)",
            },
            {"name": "OTEL_TRACES_SAMPLER", "value": tracing.sampler},
            {"name": "OTEL_TRACES_SAMPLER_ARG", "value": tracing.sampler_arg},
            {"name": "OTEL_TRACES_EXPORTER", "value": "otlp"},
        ]
    return env


def _deployment(props: BodyRouterProps, facts: BodyRouterFacts) -> dict[str, Any]:
    image = props.image
    reference = (
        f"{image.registry or facts.image.registry}/{image.repository or facts.image.repository}:"
        f"{image.tag or facts.image.tag}"
    )
    container: dict[str, Any] = {
        "name": "bbr",
        "image": reference,
        "imagePullPolicy": image.pull_policy or facts.image.pull_policy,
        "args": _args(props, facts),
        "ports": [{"containerPort": props.port}, {"containerPort": props.health_check_port}],
    }
    if env := _env(props):
        container["env"] = env
    pod: dict[str, Any] = {"serviceAccountName": _account(props), "containers": [container]}
    if props.profile == "hardened":
        harden(pod, container)
        container["resources"] = {"requests": dict(props.requests)}
    labels = {"app": props.name}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": object_metadata(props.name, props.namespace),
        "spec": {
            "replicas": props.replicas,
            "selector": {"matchLabels": labels},
            "template": {"metadata": {"labels": dict(labels)}, "spec": pod},
        },
    }


def _service(props: BodyRouterProps) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": object_metadata(props.name, props.namespace),
        "spec": {
            "selector": {"app": props.name},
            "ports": [{"protocol": "TCP", "port": props.port, "targetPort": props.port, "appProtocol": "HTTP2"}],
            "type": "ClusterIP",
        },
    }


def _account(props: BodyRouterProps) -> str:
    return f"{props.name}-{props.release_name}"


def _rbac(props: BodyRouterProps) -> list[dict[str, Any]]:
    """Read access to the ConfigMaps that list each base model's adapters: in the router's namespace, or
    in every namespace (``multi_namespace``)."""
    rules = [{"apiGroups": [""], "resources": ["configmaps"], "verbs": ["get", "list", "watch"]}]
    subject = {"kind": "ServiceAccount"} | object_metadata(_account(props), props.namespace)
    rbac = "rbac.authorization.k8s.io/v1"
    if props.multi_namespace:
        role: dict[str, Any] = {
            "apiVersion": rbac,
            "kind": "ClusterRole",
            "metadata": {"name": "bbr-configmap-reader"},
            "rules": rules,
        }
        binding_meta = {"name": "bbr-configmap-reader"}
    else:
        role = {
            "apiVersion": rbac,
            "kind": "Role",
            "metadata": object_metadata(f"{_account(props)}-configmap-reader", props.namespace),
            "rules": rules,
        }
        binding_meta = object_metadata(_account(props), props.namespace)
    binding = {
        "apiVersion": rbac,
        "kind": f"{role['kind']}Binding",
        "metadata": binding_meta,
        "subjects": [subject],
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": role["kind"], "name": role["metadata"]["name"]},
    }
    return [role, binding]


def _gke(props: BodyRouterProps, gateway: ObjectRef) -> list[dict[str, Any]]:
    extension = {
        "name": _EXTENSION,
        "authority": _AUTHORITY,
        "timeout": _TIMEOUT,
        "supportedEvents": list(_EVENTS),
        "requestBodySendMode": "FullDuplexStreamed",
        "backendRef": {"group": "", "kind": "Service", "name": props.name, "port": props.port},
    }
    routing = {
        "apiVersion": EXTENSION_API,
        "kind": "GCPRoutingExtension",
        "metadata": object_metadata(props.name, props.namespace),
        "spec": {
            "targetRefs": [{"group": gateway.group, "kind": "Gateway", "name": gateway.name}],
            "extensionChains": [{"name": _CHAIN, "extensions": [extension]}],
        },
    }
    target = {"group": "", "kind": "Service"} | object_metadata(props.name, props.namespace)
    health = {
        "apiVersion": EXTENSION_API,
        "kind": "HealthCheckPolicy",
        "metadata": object_metadata("bbr-healthcheck", props.namespace),
        "spec": {
            "default": {
                "logConfig": {"enabled": True},
                "config": {
                    "type": "GRPC",
                    "grpcHealthCheck": {"portSpecification": "USE_FIXED_PORT", "port": props.health_check_port},
                },
            },
            "targetRef": target,
        },
    }
    return [routing, health]


def _check(props: BodyRouterProps, gateway: ObjectRef) -> BodyRouterFacts:
    check_gateway_ref(gateway)
    if gateway.namespace and props.namespace and gateway.namespace != props.namespace:
        raise PropsError(
            "namespace",
            props.namespace,
            f"the GCPRoutingExtension attaches only to a Gateway of its own namespace; the Gateway is in "
            f"{gateway.namespace!r}: deploy the router there",
        )
    check_props_nested(props)
    if props.port == props.health_check_port:
        raise PropsError("health_check_port", props.health_check_port, "use a port other than port (ext_proc)")
    return _router_facts(props.release)


def render_body_router(gateway: ObjectRef, props: BodyRouterProps) -> list[dict[str, Any]]:
    """The chart's objects for ``props``, routing for ``gateway``: Deployment, Service, ConfigMap RBAC,
    ServiceAccount and, with provider gke, the GCPRoutingExtension and the router's HealthCheckPolicy."""
    facts = _check(props, gateway)
    account = {
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": object_metadata(_account(props), props.namespace),
    }
    gke = _gke(props, gateway) if props.provider == "gke" else []
    return [_deployment(props, facts), _service(props), *gke, *_rbac(props), account]
