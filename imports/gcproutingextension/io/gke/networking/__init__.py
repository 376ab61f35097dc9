from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class GcpRoutingExtension(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtension",
):
    '''
    :schema: GCPRoutingExtension
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GcpRoutingExtensionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GCPRoutingExtension" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d882657dc2da488673503902c438304ba922e3d9b66c5e8a07b3965e9f6637ac)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GcpRoutingExtensionProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GcpRoutingExtensionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GCPRoutingExtension".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = GcpRoutingExtensionProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GCPRoutingExtension".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GcpRoutingExtensionProps:
    def __init__(
        self,
        *,
        spec: typing.Union["GcpRoutingExtensionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: GCPRoutingExtension
        '''
        if isinstance(spec, dict):
            spec = GcpRoutingExtensionSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d834c359357b89161a76884fb4423c308b96e77b9a08f5fe0451e40606d539f)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GcpRoutingExtensionSpec":
        '''
        :schema: GCPRoutingExtension#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GcpRoutingExtensionSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: GCPRoutingExtension#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpec",
    jsii_struct_bases=[],
    name_mapping={"extension_chains": "extensionChains", "target_refs": "targetRefs"},
)
class GcpRoutingExtensionSpec:
    def __init__(
        self,
        *,
        extension_chains: typing.Sequence[typing.Union["GcpRoutingExtensionSpecExtensionChains", typing.Dict[builtins.str, typing.Any]]],
        target_refs: typing.Sequence[typing.Union["GcpRoutingExtensionSpecTargetRefs", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''
        :param extension_chains: 
        :param target_refs: 

        :schema: GcpRoutingExtensionSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b516f611be9d2809f24c8a6e4059fd95be102c251b4f64df1d4deeb4cf01ccd)
            check_type(argname="argument extension_chains", value=extension_chains, expected_type=type_hints["extension_chains"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "extension_chains": extension_chains,
            "target_refs": target_refs,
        }

    @builtins.property
    def extension_chains(self) -> typing.List["GcpRoutingExtensionSpecExtensionChains"]:
        '''
        :schema: GcpRoutingExtensionSpec#extensionChains
        '''
        result = self._values.get("extension_chains")
        assert result is not None, "Required property 'extension_chains' is missing"
        return typing.cast(typing.List["GcpRoutingExtensionSpecExtensionChains"], result)

    @builtins.property
    def target_refs(self) -> typing.List["GcpRoutingExtensionSpecTargetRefs"]:
        '''
        :schema: GcpRoutingExtensionSpec#targetRefs
        '''
        result = self._values.get("target_refs")
        assert result is not None, "Required property 'target_refs' is missing"
        return typing.cast(typing.List["GcpRoutingExtensionSpecTargetRefs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChains",
    jsii_struct_bases=[],
    name_mapping={
        "extensions": "extensions",
        "name": "name",
        "match_condition": "matchCondition",
    },
)
class GcpRoutingExtensionSpecExtensionChains:
    def __init__(
        self,
        *,
        extensions: typing.Sequence[typing.Union["GcpRoutingExtensionSpecExtensionChainsExtensions", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
        match_condition: typing.Optional[typing.Union["GcpRoutingExtensionSpecExtensionChainsMatchCondition", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param extensions: 
        :param name: 
        :param match_condition: 

        :schema: GcpRoutingExtensionSpecExtensionChains
        '''
        if isinstance(match_condition, dict):
            match_condition = GcpRoutingExtensionSpecExtensionChainsMatchCondition(**match_condition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dd7d13f0aabcc7827a07d8e003fe27ffe05fb161c9aad54b9c0c1bc85a56d588)
            check_type(argname="argument extensions", value=extensions, expected_type=type_hints["extensions"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument match_condition", value=match_condition, expected_type=type_hints["match_condition"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "extensions": extensions,
            "name": name,
        }
        if match_condition is not None:
            self._values["match_condition"] = match_condition

    @builtins.property
    def extensions(
        self,
    ) -> typing.List["GcpRoutingExtensionSpecExtensionChainsExtensions"]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChains#extensions
        '''
        result = self._values.get("extensions")
        assert result is not None, "Required property 'extensions' is missing"
        return typing.cast(typing.List["GcpRoutingExtensionSpecExtensionChainsExtensions"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChains#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def match_condition(
        self,
    ) -> typing.Optional["GcpRoutingExtensionSpecExtensionChainsMatchCondition"]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChains#matchCondition
        '''
        result = self._values.get("match_condition")
        return typing.cast(typing.Optional["GcpRoutingExtensionSpecExtensionChainsMatchCondition"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecExtensionChains(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "authority": "authority",
        "backend_ref": "backendRef",
        "fail_open": "failOpen",
        "forward_headers": "forwardHeaders",
        "google_api_service_name": "googleApiServiceName",
        "metadata": "metadata",
        "request_body_send_mode": "requestBodySendMode",
        "response_body_send_mode": "responseBodySendMode",
        "supported_events": "supportedEvents",
        "timeout": "timeout",
    },
)
class GcpRoutingExtensionSpecExtensionChainsExtensions:
    def __init__(
        self,
        *,
        name: builtins.str,
        authority: typing.Optional[builtins.str] = None,
        backend_ref: typing.Optional[typing.Union["GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef", typing.Dict[builtins.str, typing.Any]]] = None,
        fail_open: typing.Optional[builtins.bool] = None,
        forward_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        google_api_service_name: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        request_body_send_mode: typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode"] = None,
        response_body_send_mode: typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode"] = None,
        supported_events: typing.Optional[typing.Sequence["GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents"]] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param authority: 
        :param backend_ref: 
        :param fail_open: 
        :param forward_headers: 
        :param google_api_service_name: 
        :param metadata: 
        :param request_body_send_mode: 
        :param response_body_send_mode: 
        :param supported_events: 
        :param timeout: 

        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions
        '''
        if isinstance(backend_ref, dict):
            backend_ref = GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef(**backend_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13dba535a81306c755fa30f64849d8f97858135cf762a86d624dd866f09cf428)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fail_open", value=fail_open, expected_type=type_hints["fail_open"])
            check_type(argname="argument forward_headers", value=forward_headers, expected_type=type_hints["forward_headers"])
            check_type(argname="argument google_api_service_name", value=google_api_service_name, expected_type=type_hints["google_api_service_name"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument request_body_send_mode", value=request_body_send_mode, expected_type=type_hints["request_body_send_mode"])
            check_type(argname="argument response_body_send_mode", value=response_body_send_mode, expected_type=type_hints["response_body_send_mode"])
            check_type(argname="argument supported_events", value=supported_events, expected_type=type_hints["supported_events"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if authority is not None:
            self._values["authority"] = authority
        if backend_ref is not None:
            self._values["backend_ref"] = backend_ref
        if fail_open is not None:
            self._values["fail_open"] = fail_open
        if forward_headers is not None:
            self._values["forward_headers"] = forward_headers
        if google_api_service_name is not None:
            self._values["google_api_service_name"] = google_api_service_name
        if metadata is not None:
            self._values["metadata"] = metadata
        if request_body_send_mode is not None:
            self._values["request_body_send_mode"] = request_body_send_mode
        if response_body_send_mode is not None:
            self._values["response_body_send_mode"] = response_body_send_mode
        if supported_events is not None:
            self._values["supported_events"] = supported_events
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backend_ref(
        self,
    ) -> typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef"]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#backendRef
        '''
        result = self._values.get("backend_ref")
        return typing.cast(typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef"], result)

    @builtins.property
    def fail_open(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#failOpen
        '''
        result = self._values.get("fail_open")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def forward_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#forwardHeaders
        '''
        result = self._values.get("forward_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def google_api_service_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#googleAPIServiceName
        '''
        result = self._values.get("google_api_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def request_body_send_mode(
        self,
    ) -> typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode"]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#requestBodySendMode
        '''
        result = self._values.get("request_body_send_mode")
        return typing.cast(typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode"], result)

    @builtins.property
    def response_body_send_mode(
        self,
    ) -> typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode"]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#responseBodySendMode
        '''
        result = self._values.get("response_body_send_mode")
        return typing.cast(typing.Optional["GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode"], result)

    @builtins.property
    def supported_events(
        self,
    ) -> typing.Optional[typing.List["GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents"]]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#supportedEvents
        '''
        result = self._values.get("supported_events")
        return typing.cast(typing.Optional[typing.List["GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensions#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecExtensionChainsExtensions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name", "port": "port"},
)
class GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef:
    def __init__(
        self,
        *,
        group: "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup",
        kind: "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind",
        name: builtins.str,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param port: 

        :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f80b6bfc0adeaae0ebf603c6e08e54f2c21ff4971def584db88bfe3c0a0ab3d)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def group(
        self,
    ) -> "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup":
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast("GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup", result)

    @builtins.property
    def kind(self) -> "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind":
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup"
)
class GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup(enum.Enum):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup
    '''

    NETWORKING_PERIOD_GKE_PERIOD_IO = "NETWORKING_PERIOD_GKE_PERIOD_IO"
    '''networking.gke.io.'''


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind"
)
class GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind(enum.Enum):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    GCP_WASM_PLUGIN = "GCP_WASM_PLUGIN"
    '''GCPWasmPlugin.'''


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode"
)
class GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode(enum.Enum):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode
    '''

    STREAMED = "STREAMED"
    '''Streamed.'''
    FULL_DUPLEX_STREAMED = "FULL_DUPLEX_STREAMED"
    '''FullDuplexStreamed.'''


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode"
)
class GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode(enum.Enum):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode
    '''

    STREAMED = "STREAMED"
    '''Streamed.'''
    FULL_DUPLEX_STREAMED = "FULL_DUPLEX_STREAMED"
    '''FullDuplexStreamed.'''


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents"
)
class GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents(enum.Enum):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents
    '''

    REQUEST_HEADERS = "REQUEST_HEADERS"
    '''RequestHeaders.'''
    REQUEST_BODY = "REQUEST_BODY"
    '''RequestBody.'''
    RESPONSE_HEADERS = "RESPONSE_HEADERS"
    '''ResponseHeaders.'''
    RESPONSE_BODY = "RESPONSE_BODY"
    '''ResponseBody.'''
    REQUEST_TRAILERS = "REQUEST_TRAILERS"
    '''RequestTrailers.'''
    RESPONSE_TRAILERS = "RESPONSE_TRAILERS"
    '''ResponseTrailers.'''


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsMatchCondition",
    jsii_struct_bases=[],
    name_mapping={"cel_expressions": "celExpressions"},
)
class GcpRoutingExtensionSpecExtensionChainsMatchCondition:
    def __init__(
        self,
        *,
        cel_expressions: typing.Optional[typing.Sequence[typing.Union["GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param cel_expressions: 

        :schema: GcpRoutingExtensionSpecExtensionChainsMatchCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa3c74ae4735a8e47e06fed12d83aecb336de4b9421ca4edaa7befbc7fb2d34f)
            check_type(argname="argument cel_expressions", value=cel_expressions, expected_type=type_hints["cel_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel_expressions is not None:
            self._values["cel_expressions"] = cel_expressions

    @builtins.property
    def cel_expressions(
        self,
    ) -> typing.Optional[typing.List["GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions"]]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchCondition#celExpressions
        '''
        result = self._values.get("cel_expressions")
        return typing.cast(typing.Optional[typing.List["GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecExtensionChainsMatchCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions",
    jsii_struct_bases=[],
    name_mapping={"backend_refs": "backendRefs", "cel_matcher": "celMatcher"},
)
class GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        cel_matcher: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param backend_refs: 
        :param cel_matcher: 

        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__561badc82b970422c1b54fbc9c7c4953a8cbc29a7dfb62c5a8bf6ef84dec6489)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument cel_matcher", value=cel_matcher, expected_type=type_hints["cel_matcher"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if cel_matcher is not None:
            self._values["cel_matcher"] = cel_matcher

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs"]]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs"]], result)

    @builtins.property
    def cel_matcher(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions#celMatcher
        '''
        result = self._values.get("cel_matcher")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name", "port": "port"},
)
class GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs:
    def __init__(
        self,
        *,
        group: "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup",
        kind: "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind",
        name: builtins.str,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param port: 

        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__694d9285d56fc0e9031fdeabcfd31843d98b28f67615a1989851e62964b32042)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def group(
        self,
    ) -> "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup":
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast("GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup", result)

    @builtins.property
    def kind(
        self,
    ) -> "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind":
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup"
)
class GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup(
    enum.Enum,
):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup
    '''

    NETWORKING_PERIOD_GKE_PERIOD_IO = "NETWORKING_PERIOD_GKE_PERIOD_IO"
    '''networking.gke.io.'''


@jsii.enum(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind"
)
class GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind(
    enum.Enum,
):
    '''
    :schema: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    GCP_WASM_PLUGIN = "GCP_WASM_PLUGIN"
    '''GCPWasmPlugin.'''


@jsii.data_type(
    jsii_type="gcproutingextension_iogkenetworking.GcpRoutingExtensionSpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class GcpRoutingExtensionSpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 

        :schema: GcpRoutingExtensionSpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e4c79eefa539cded5e2d142dc2af5de3a3dffc7b310f0d87abe5893e79cc593)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpRoutingExtensionSpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpRoutingExtensionSpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GcpRoutingExtension",
    "GcpRoutingExtensionProps",
    "GcpRoutingExtensionSpec",
    "GcpRoutingExtensionSpecExtensionChains",
    "GcpRoutingExtensionSpecExtensionChainsExtensions",
    "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef",
    "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup",
    "GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind",
    "GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode",
    "GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode",
    "GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents",
    "GcpRoutingExtensionSpecExtensionChainsMatchCondition",
    "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions",
    "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs",
    "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup",
    "GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind",
    "GcpRoutingExtensionSpecTargetRefs",
]

publication.publish()

def _typecheckingstub__d882657dc2da488673503902c438304ba922e3d9b66c5e8a07b3965e9f6637ac(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GcpRoutingExtensionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d834c359357b89161a76884fb4423c308b96e77b9a08f5fe0451e40606d539f(
    *,
    spec: typing.Union[GcpRoutingExtensionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b516f611be9d2809f24c8a6e4059fd95be102c251b4f64df1d4deeb4cf01ccd(
    *,
    extension_chains: typing.Sequence[typing.Union[GcpRoutingExtensionSpecExtensionChains, typing.Dict[builtins.str, typing.Any]]],
    target_refs: typing.Sequence[typing.Union[GcpRoutingExtensionSpecTargetRefs, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dd7d13f0aabcc7827a07d8e003fe27ffe05fb161c9aad54b9c0c1bc85a56d588(
    *,
    extensions: typing.Sequence[typing.Union[GcpRoutingExtensionSpecExtensionChainsExtensions, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
    match_condition: typing.Optional[typing.Union[GcpRoutingExtensionSpecExtensionChainsMatchCondition, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13dba535a81306c755fa30f64849d8f97858135cf762a86d624dd866f09cf428(
    *,
    name: builtins.str,
    authority: typing.Optional[builtins.str] = None,
    backend_ref: typing.Optional[typing.Union[GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRef, typing.Dict[builtins.str, typing.Any]]] = None,
    fail_open: typing.Optional[builtins.bool] = None,
    forward_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    google_api_service_name: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    request_body_send_mode: typing.Optional[GcpRoutingExtensionSpecExtensionChainsExtensionsRequestBodySendMode] = None,
    response_body_send_mode: typing.Optional[GcpRoutingExtensionSpecExtensionChainsExtensionsResponseBodySendMode] = None,
    supported_events: typing.Optional[typing.Sequence[GcpRoutingExtensionSpecExtensionChainsExtensionsSupportedEvents]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f80b6bfc0adeaae0ebf603c6e08e54f2c21ff4971def584db88bfe3c0a0ab3d(
    *,
    group: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefGroup,
    kind: GcpRoutingExtensionSpecExtensionChainsExtensionsBackendRefKind,
    name: builtins.str,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa3c74ae4735a8e47e06fed12d83aecb336de4b9421ca4edaa7befbc7fb2d34f(
    *,
    cel_expressions: typing.Optional[typing.Sequence[typing.Union[GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__561badc82b970422c1b54fbc9c7c4953a8cbc29a7dfb62c5a8bf6ef84dec6489(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    cel_matcher: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__694d9285d56fc0e9031fdeabcfd31843d98b28f67615a1989851e62964b32042(
    *,
    group: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup,
    kind: GcpRoutingExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind,
    name: builtins.str,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e4c79eefa539cded5e2d142dc2af5de3a3dffc7b310f0d87abe5893e79cc593(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
