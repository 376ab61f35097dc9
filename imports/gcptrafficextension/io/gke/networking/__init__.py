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


class GcpTrafficExtension(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtension",
):
    '''
    :schema: GCPTrafficExtension
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GcpTrafficExtensionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GCPTrafficExtension" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__745d4495e82c4a42e96cd534e0f5fdcd6f35e2628b6df16e05a17a2631edd1e3)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GcpTrafficExtensionProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GcpTrafficExtensionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GCPTrafficExtension".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = GcpTrafficExtensionProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GCPTrafficExtension".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GcpTrafficExtensionProps:
    def __init__(
        self,
        *,
        spec: typing.Union["GcpTrafficExtensionSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: GCPTrafficExtension
        '''
        if isinstance(spec, dict):
            spec = GcpTrafficExtensionSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f38d8278dc580ba11928b1945026ba4b4d9514bddc90e7224024039322094f6)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GcpTrafficExtensionSpec":
        '''
        :schema: GCPTrafficExtension#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GcpTrafficExtensionSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: GCPTrafficExtension#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpec",
    jsii_struct_bases=[],
    name_mapping={"extension_chains": "extensionChains", "target_refs": "targetRefs"},
)
class GcpTrafficExtensionSpec:
    def __init__(
        self,
        *,
        extension_chains: typing.Sequence[typing.Union["GcpTrafficExtensionSpecExtensionChains", typing.Dict[builtins.str, typing.Any]]],
        target_refs: typing.Sequence[typing.Union["GcpTrafficExtensionSpecTargetRefs", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''
        :param extension_chains: 
        :param target_refs: 

        :schema: GcpTrafficExtensionSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86a37a4a604d7d377dccb8f51cfbed593dcd4dec4e852b6ddd0081e943749fa9)
            check_type(argname="argument extension_chains", value=extension_chains, expected_type=type_hints["extension_chains"])
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "extension_chains": extension_chains,
            "target_refs": target_refs,
        }

    @builtins.property
    def extension_chains(self) -> typing.List["GcpTrafficExtensionSpecExtensionChains"]:
        '''
        :schema: GcpTrafficExtensionSpec#extensionChains
        '''
        result = self._values.get("extension_chains")
        assert result is not None, "Required property 'extension_chains' is missing"
        return typing.cast(typing.List["GcpTrafficExtensionSpecExtensionChains"], result)

    @builtins.property
    def target_refs(self) -> typing.List["GcpTrafficExtensionSpecTargetRefs"]:
        '''
        :schema: GcpTrafficExtensionSpec#targetRefs
        '''
        result = self._values.get("target_refs")
        assert result is not None, "Required property 'target_refs' is missing"
        return typing.cast(typing.List["GcpTrafficExtensionSpecTargetRefs"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChains",
    jsii_struct_bases=[],
    name_mapping={
        "extensions": "extensions",
        "name": "name",
        "match_condition": "matchCondition",
    },
)
class GcpTrafficExtensionSpecExtensionChains:
    def __init__(
        self,
        *,
        extensions: typing.Sequence[typing.Union["GcpTrafficExtensionSpecExtensionChainsExtensions", typing.Dict[builtins.str, typing.Any]]],
        name: builtins.str,
        match_condition: typing.Optional[typing.Union["GcpTrafficExtensionSpecExtensionChainsMatchCondition", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param extensions: 
        :param name: 
        :param match_condition: 

        :schema: GcpTrafficExtensionSpecExtensionChains
        '''
        if isinstance(match_condition, dict):
            match_condition = GcpTrafficExtensionSpecExtensionChainsMatchCondition(**match_condition)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d43f0400556573e088d1194144f3b7d86bbf50f0be8573c20e13441e0cacf1bf)
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
    ) -> typing.List["GcpTrafficExtensionSpecExtensionChainsExtensions"]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChains#extensions
        '''
        result = self._values.get("extensions")
        assert result is not None, "Required property 'extensions' is missing"
        return typing.cast(typing.List["GcpTrafficExtensionSpecExtensionChainsExtensions"], result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChains#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def match_condition(
        self,
    ) -> typing.Optional["GcpTrafficExtensionSpecExtensionChainsMatchCondition"]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChains#matchCondition
        '''
        result = self._values.get("match_condition")
        return typing.cast(typing.Optional["GcpTrafficExtensionSpecExtensionChainsMatchCondition"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecExtensionChains(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensions",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "authority": "authority",
        "backend_ref": "backendRef",
        "fail_open": "failOpen",
        "forward_headers": "forwardHeaders",
        "google_api_service_name": "googleApiServiceName",
        "metadata": "metadata",
        "observability_mode": "observabilityMode",
        "request_body_send_mode": "requestBodySendMode",
        "response_body_send_mode": "responseBodySendMode",
        "supported_events": "supportedEvents",
        "timeout": "timeout",
    },
)
class GcpTrafficExtensionSpecExtensionChainsExtensions:
    def __init__(
        self,
        *,
        name: builtins.str,
        authority: typing.Optional[builtins.str] = None,
        backend_ref: typing.Optional[typing.Union["GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef", typing.Dict[builtins.str, typing.Any]]] = None,
        fail_open: typing.Optional[builtins.bool] = None,
        forward_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
        google_api_service_name: typing.Optional[builtins.str] = None,
        metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        observability_mode: typing.Optional[builtins.bool] = None,
        request_body_send_mode: typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode"] = None,
        response_body_send_mode: typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode"] = None,
        supported_events: typing.Optional[typing.Sequence["GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents"]] = None,
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
        :param observability_mode: 
        :param request_body_send_mode: 
        :param response_body_send_mode: 
        :param supported_events: 
        :param timeout: 

        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions
        '''
        if isinstance(backend_ref, dict):
            backend_ref = GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef(**backend_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de0c8e792776ed297fe85332d87712d3b72ceefd8e1f81753078be8b06b552dc)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument authority", value=authority, expected_type=type_hints["authority"])
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fail_open", value=fail_open, expected_type=type_hints["fail_open"])
            check_type(argname="argument forward_headers", value=forward_headers, expected_type=type_hints["forward_headers"])
            check_type(argname="argument google_api_service_name", value=google_api_service_name, expected_type=type_hints["google_api_service_name"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument observability_mode", value=observability_mode, expected_type=type_hints["observability_mode"])
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
        if observability_mode is not None:
            self._values["observability_mode"] = observability_mode
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
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def authority(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#authority
        '''
        result = self._values.get("authority")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def backend_ref(
        self,
    ) -> typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef"]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#backendRef
        '''
        result = self._values.get("backend_ref")
        return typing.cast(typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef"], result)

    @builtins.property
    def fail_open(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#failOpen
        '''
        result = self._values.get("fail_open")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def forward_headers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#forwardHeaders
        '''
        result = self._values.get("forward_headers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def google_api_service_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#googleAPIServiceName
        '''
        result = self._values.get("google_api_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def observability_mode(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#observabilityMode
        '''
        result = self._values.get("observability_mode")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def request_body_send_mode(
        self,
    ) -> typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode"]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#requestBodySendMode
        '''
        result = self._values.get("request_body_send_mode")
        return typing.cast(typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode"], result)

    @builtins.property
    def response_body_send_mode(
        self,
    ) -> typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode"]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#responseBodySendMode
        '''
        result = self._values.get("response_body_send_mode")
        return typing.cast(typing.Optional["GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode"], result)

    @builtins.property
    def supported_events(
        self,
    ) -> typing.Optional[typing.List["GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents"]]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#supportedEvents
        '''
        result = self._values.get("supported_events")
        return typing.cast(typing.Optional[typing.List["GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents"]], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensions#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecExtensionChainsExtensions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name", "port": "port"},
)
class GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef:
    def __init__(
        self,
        *,
        group: "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup",
        kind: "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind",
        name: builtins.str,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param port: 

        :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6df9e00c338414c06e32c59931c5ccddf2e93f5110a50fa27adc9a48eda85e6e)
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
    ) -> "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup":
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast("GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup", result)

    @builtins.property
    def kind(self) -> "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind":
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup"
)
class GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup(enum.Enum):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup
    '''

    NET_PERIOD_GKE_PERIOD_IO = "NET_PERIOD_GKE_PERIOD_IO"
    '''net.gke.io.'''
    NETWORKING_PERIOD_GKE_PERIOD_IO = "NETWORKING_PERIOD_GKE_PERIOD_IO"
    '''networking.gke.io.'''
    APIM_PERIOD_GOOGLEAPIS_PERIOD_COM = "APIM_PERIOD_GOOGLEAPIS_PERIOD_COM"
    '''apim.googleapis.com.'''


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind"
)
class GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind(enum.Enum):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    SERVICE_IMPORT = "SERVICE_IMPORT"
    '''ServiceImport.'''
    GCP_WASM_PLUGIN = "GCP_WASM_PLUGIN"
    '''GCPWasmPlugin.'''
    APIGEE_BACKEND_SERVICE = "APIGEE_BACKEND_SERVICE"
    '''ApigeeBackendService.'''


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode"
)
class GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode(enum.Enum):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode
    '''

    STREAMED = "STREAMED"
    '''Streamed.'''
    FULL_DUPLEX_STREAMED = "FULL_DUPLEX_STREAMED"
    '''FullDuplexStreamed.'''


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode"
)
class GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode(enum.Enum):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode
    '''

    STREAMED = "STREAMED"
    '''Streamed.'''
    FULL_DUPLEX_STREAMED = "FULL_DUPLEX_STREAMED"
    '''FullDuplexStreamed.'''


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents"
)
class GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents(enum.Enum):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents
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
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsMatchCondition",
    jsii_struct_bases=[],
    name_mapping={"cel_expressions": "celExpressions"},
)
class GcpTrafficExtensionSpecExtensionChainsMatchCondition:
    def __init__(
        self,
        *,
        cel_expressions: typing.Optional[typing.Sequence[typing.Union["GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param cel_expressions: 

        :schema: GcpTrafficExtensionSpecExtensionChainsMatchCondition
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d3e6381a10049a86eb606d433d7e6c479bf4c972451b58b3af2b9bd792d0e3b6)
            check_type(argname="argument cel_expressions", value=cel_expressions, expected_type=type_hints["cel_expressions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cel_expressions is not None:
            self._values["cel_expressions"] = cel_expressions

    @builtins.property
    def cel_expressions(
        self,
    ) -> typing.Optional[typing.List["GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions"]]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchCondition#celExpressions
        '''
        result = self._values.get("cel_expressions")
        return typing.cast(typing.Optional[typing.List["GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecExtensionChainsMatchCondition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions",
    jsii_struct_bases=[],
    name_mapping={"backend_refs": "backendRefs", "cel_matcher": "celMatcher"},
)
class GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        cel_matcher: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param backend_refs: 
        :param cel_matcher: 

        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eed1a2473d5cfa268979a9affdf5d158a7cc2e9e80a432a7dcc3fa1fe7ca2b12)
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
    ) -> typing.Optional[typing.List["GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs"]]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs"]], result)

    @builtins.property
    def cel_matcher(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions#celMatcher
        '''
        result = self._values.get("cel_matcher")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name", "port": "port"},
)
class GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs:
    def __init__(
        self,
        *,
        group: "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup",
        kind: "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind",
        name: builtins.str,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param port: 

        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a3456849e2150dee065da9450f0cf4848432ebef58b3f015f30c9834368f4a3)
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
    ) -> "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup":
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast("GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup", result)

    @builtins.property
    def kind(
        self,
    ) -> "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind":
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup"
)
class GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup(
    enum.Enum,
):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup
    '''

    NET_PERIOD_GKE_PERIOD_IO = "NET_PERIOD_GKE_PERIOD_IO"
    '''net.gke.io.'''
    NETWORKING_PERIOD_GKE_PERIOD_IO = "NETWORKING_PERIOD_GKE_PERIOD_IO"
    '''networking.gke.io.'''
    APIM_PERIOD_GOOGLEAPIS_PERIOD_COM = "APIM_PERIOD_GOOGLEAPIS_PERIOD_COM"
    '''apim.googleapis.com.'''


@jsii.enum(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind"
)
class GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind(
    enum.Enum,
):
    '''
    :schema: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind
    '''

    SERVICE = "SERVICE"
    '''Service.'''
    SERVICE_IMPORT = "SERVICE_IMPORT"
    '''ServiceImport.'''
    GCP_WASM_PLUGIN = "GCP_WASM_PLUGIN"
    '''GCPWasmPlugin.'''
    APIGEE_BACKEND_SERVICE = "APIGEE_BACKEND_SERVICE"
    '''ApigeeBackendService.'''


@jsii.data_type(
    jsii_type="gcptrafficextension_iogkenetworking.GcpTrafficExtensionSpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class GcpTrafficExtensionSpecTargetRefs:
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

        :schema: GcpTrafficExtensionSpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a05e04f675c2dcfaa78823c02cddd3d6484b01fd6b895c017ec860a75947939a)
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
        :schema: GcpTrafficExtensionSpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: GcpTrafficExtensionSpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GcpTrafficExtensionSpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GcpTrafficExtensionSpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GcpTrafficExtension",
    "GcpTrafficExtensionProps",
    "GcpTrafficExtensionSpec",
    "GcpTrafficExtensionSpecExtensionChains",
    "GcpTrafficExtensionSpecExtensionChainsExtensions",
    "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef",
    "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup",
    "GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind",
    "GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode",
    "GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode",
    "GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents",
    "GcpTrafficExtensionSpecExtensionChainsMatchCondition",
    "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions",
    "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs",
    "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup",
    "GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind",
    "GcpTrafficExtensionSpecTargetRefs",
]

publication.publish()

def _typecheckingstub__745d4495e82c4a42e96cd534e0f5fdcd6f35e2628b6df16e05a17a2631edd1e3(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GcpTrafficExtensionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f38d8278dc580ba11928b1945026ba4b4d9514bddc90e7224024039322094f6(
    *,
    spec: typing.Union[GcpTrafficExtensionSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86a37a4a604d7d377dccb8f51cfbed593dcd4dec4e852b6ddd0081e943749fa9(
    *,
    extension_chains: typing.Sequence[typing.Union[GcpTrafficExtensionSpecExtensionChains, typing.Dict[builtins.str, typing.Any]]],
    target_refs: typing.Sequence[typing.Union[GcpTrafficExtensionSpecTargetRefs, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d43f0400556573e088d1194144f3b7d86bbf50f0be8573c20e13441e0cacf1bf(
    *,
    extensions: typing.Sequence[typing.Union[GcpTrafficExtensionSpecExtensionChainsExtensions, typing.Dict[builtins.str, typing.Any]]],
    name: builtins.str,
    match_condition: typing.Optional[typing.Union[GcpTrafficExtensionSpecExtensionChainsMatchCondition, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de0c8e792776ed297fe85332d87712d3b72ceefd8e1f81753078be8b06b552dc(
    *,
    name: builtins.str,
    authority: typing.Optional[builtins.str] = None,
    backend_ref: typing.Optional[typing.Union[GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRef, typing.Dict[builtins.str, typing.Any]]] = None,
    fail_open: typing.Optional[builtins.bool] = None,
    forward_headers: typing.Optional[typing.Sequence[builtins.str]] = None,
    google_api_service_name: typing.Optional[builtins.str] = None,
    metadata: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    observability_mode: typing.Optional[builtins.bool] = None,
    request_body_send_mode: typing.Optional[GcpTrafficExtensionSpecExtensionChainsExtensionsRequestBodySendMode] = None,
    response_body_send_mode: typing.Optional[GcpTrafficExtensionSpecExtensionChainsExtensionsResponseBodySendMode] = None,
    supported_events: typing.Optional[typing.Sequence[GcpTrafficExtensionSpecExtensionChainsExtensionsSupportedEvents]] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6df9e00c338414c06e32c59931c5ccddf2e93f5110a50fa27adc9a48eda85e6e(
    *,
    group: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefGroup,
    kind: GcpTrafficExtensionSpecExtensionChainsExtensionsBackendRefKind,
    name: builtins.str,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d3e6381a10049a86eb606d433d7e6c479bf4c972451b58b3af2b9bd792d0e3b6(
    *,
    cel_expressions: typing.Optional[typing.Sequence[typing.Union[GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eed1a2473d5cfa268979a9affdf5d158a7cc2e9e80a432a7dcc3fa1fe7ca2b12(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    cel_matcher: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a3456849e2150dee065da9450f0cf4848432ebef58b3f015f30c9834368f4a3(
    *,
    group: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsGroup,
    kind: GcpTrafficExtensionSpecExtensionChainsMatchConditionCelExpressionsBackendRefsKind,
    name: builtins.str,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a05e04f675c2dcfaa78823c02cddd3d6484b01fd6b895c017ec860a75947939a(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
