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


class InferencePool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePool",
):
    '''
    :schema: InferencePool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "InferencePool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d862968e5b79889be100e28fe72c868787b46f5da5b51ccfb57578f83f1aceb2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InferencePoolProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "InferencePool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = InferencePoolProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "InferencePool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class InferencePoolProps:
    def __init__(
        self,
        *,
        spec: typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: InferencePool
        '''
        if isinstance(spec, dict):
            spec = InferencePoolSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__460584ef1308093b59a4a69956621997b4b8f7516bad3854e964ca442337b3a3)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "InferencePoolSpec":
        '''
        :schema: InferencePool#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("InferencePoolSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: InferencePool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoint_picker_ref": "endpointPickerRef",
        "selector": "selector",
        "target_ports": "targetPorts",
    },
)
class InferencePoolSpec:
    def __init__(
        self,
        *,
        endpoint_picker_ref: typing.Union["InferencePoolSpecEndpointPickerRef", typing.Dict[builtins.str, typing.Any]],
        selector: typing.Union["InferencePoolSpecSelector", typing.Dict[builtins.str, typing.Any]],
        target_ports: typing.Sequence[typing.Union["InferencePoolSpecTargetPorts", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''
        :param endpoint_picker_ref: 
        :param selector: 
        :param target_ports: 

        :schema: InferencePoolSpec
        '''
        if isinstance(endpoint_picker_ref, dict):
            endpoint_picker_ref = InferencePoolSpecEndpointPickerRef(**endpoint_picker_ref)
        if isinstance(selector, dict):
            selector = InferencePoolSpecSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64a5521e3b6d4fe7c71b68b06cf9cab1a01fbdc9c7eccd8b4d5ebdc87c28855b)
            check_type(argname="argument endpoint_picker_ref", value=endpoint_picker_ref, expected_type=type_hints["endpoint_picker_ref"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument target_ports", value=target_ports, expected_type=type_hints["target_ports"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoint_picker_ref": endpoint_picker_ref,
            "selector": selector,
            "target_ports": target_ports,
        }

    @builtins.property
    def endpoint_picker_ref(self) -> "InferencePoolSpecEndpointPickerRef":
        '''
        :schema: InferencePoolSpec#endpointPickerRef
        '''
        result = self._values.get("endpoint_picker_ref")
        assert result is not None, "Required property 'endpoint_picker_ref' is missing"
        return typing.cast("InferencePoolSpecEndpointPickerRef", result)

    @builtins.property
    def selector(self) -> "InferencePoolSpecSelector":
        '''
        :schema: InferencePoolSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("InferencePoolSpecSelector", result)

    @builtins.property
    def target_ports(self) -> typing.List["InferencePoolSpecTargetPorts"]:
        '''
        :schema: InferencePoolSpec#targetPorts
        '''
        result = self._values.get("target_ports")
        assert result is not None, "Required property 'target_ports' is missing"
        return typing.cast(typing.List["InferencePoolSpecTargetPorts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolSpecEndpointPickerRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "failure_mode": "failureMode",
        "group": "group",
        "kind": "kind",
        "port": "port",
    },
)
class InferencePoolSpecEndpointPickerRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        failure_mode: typing.Optional["InferencePoolSpecEndpointPickerRefFailureMode"] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        port: typing.Optional[typing.Union["InferencePoolSpecEndpointPickerRefPort", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param failure_mode: 
        :param group: 
        :param kind: 
        :param port: 

        :schema: InferencePoolSpecEndpointPickerRef
        '''
        if isinstance(port, dict):
            port = InferencePoolSpecEndpointPickerRefPort(**port)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be55c23040199cadd9e83bba3152860caebc3c86c46bce06ce66281007e54b50)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument failure_mode", value=failure_mode, expected_type=type_hints["failure_mode"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if failure_mode is not None:
            self._values["failure_mode"] = failure_mode
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InferencePoolSpecEndpointPickerRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def failure_mode(
        self,
    ) -> typing.Optional["InferencePoolSpecEndpointPickerRefFailureMode"]:
        '''
        :schema: InferencePoolSpecEndpointPickerRef#failureMode
        '''
        result = self._values.get("failure_mode")
        return typing.cast(typing.Optional["InferencePoolSpecEndpointPickerRefFailureMode"], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InferencePoolSpecEndpointPickerRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InferencePoolSpecEndpointPickerRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional["InferencePoolSpecEndpointPickerRefPort"]:
        '''
        :schema: InferencePoolSpecEndpointPickerRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional["InferencePoolSpecEndpointPickerRefPort"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecEndpointPickerRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolSpecEndpointPickerRefFailureMode"
)
class InferencePoolSpecEndpointPickerRefFailureMode(enum.Enum):
    '''
    :schema: InferencePoolSpecEndpointPickerRefFailureMode
    '''

    FAIL_OPEN = "FAIL_OPEN"
    '''FailOpen.'''
    FAIL_CLOSE = "FAIL_CLOSE"
    '''FailClose.'''


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolSpecEndpointPickerRefPort",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class InferencePoolSpecEndpointPickerRefPort:
    def __init__(self, *, number: jsii.Number) -> None:
        '''
        :param number: 

        :schema: InferencePoolSpecEndpointPickerRefPort
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17a9d397e0eee9c32fbf71ae698a7dbb7c1f9391b79e9239556efbe8df8927f8)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "number": number,
        }

    @builtins.property
    def number(self) -> jsii.Number:
        '''
        :schema: InferencePoolSpecEndpointPickerRefPort#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecEndpointPickerRefPort(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolSpecSelector",
    jsii_struct_bases=[],
    name_mapping={"match_labels": "matchLabels"},
)
class InferencePoolSpecSelector:
    def __init__(
        self,
        *,
        match_labels: typing.Mapping[builtins.str, builtins.str],
    ) -> None:
        '''
        :param match_labels: 

        :schema: InferencePoolSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de696d98420386c60ea3cc76e4668e050ab386b2110cccd0652f22ad7ad52c7e)
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "match_labels": match_labels,
        }

    @builtins.property
    def match_labels(self) -> typing.Mapping[builtins.str, builtins.str]:
        '''
        :schema: InferencePoolSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        assert result is not None, "Required property 'match_labels' is missing"
        return typing.cast(typing.Mapping[builtins.str, builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iok8snetworkinginference.InferencePoolSpecTargetPorts",
    jsii_struct_bases=[],
    name_mapping={"number": "number"},
)
class InferencePoolSpecTargetPorts:
    def __init__(self, *, number: jsii.Number) -> None:
        '''
        :param number: 

        :schema: InferencePoolSpecTargetPorts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f498ba820d1a400f37f8491c35d25c34378a409c4b91a9368c617f9efd175397)
            check_type(argname="argument number", value=number, expected_type=type_hints["number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "number": number,
        }

    @builtins.property
    def number(self) -> jsii.Number:
        '''
        :schema: InferencePoolSpecTargetPorts#number
        '''
        result = self._values.get("number")
        assert result is not None, "Required property 'number' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecTargetPorts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "InferencePool",
    "InferencePoolProps",
    "InferencePoolSpec",
    "InferencePoolSpecEndpointPickerRef",
    "InferencePoolSpecEndpointPickerRefFailureMode",
    "InferencePoolSpecEndpointPickerRefPort",
    "InferencePoolSpecSelector",
    "InferencePoolSpecTargetPorts",
]

publication.publish()

def _typecheckingstub__d862968e5b79889be100e28fe72c868787b46f5da5b51ccfb57578f83f1aceb2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[InferencePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__460584ef1308093b59a4a69956621997b4b8f7516bad3854e964ca442337b3a3(
    *,
    spec: typing.Union[InferencePoolSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64a5521e3b6d4fe7c71b68b06cf9cab1a01fbdc9c7eccd8b4d5ebdc87c28855b(
    *,
    endpoint_picker_ref: typing.Union[InferencePoolSpecEndpointPickerRef, typing.Dict[builtins.str, typing.Any]],
    selector: typing.Union[InferencePoolSpecSelector, typing.Dict[builtins.str, typing.Any]],
    target_ports: typing.Sequence[typing.Union[InferencePoolSpecTargetPorts, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be55c23040199cadd9e83bba3152860caebc3c86c46bce06ce66281007e54b50(
    *,
    name: builtins.str,
    failure_mode: typing.Optional[InferencePoolSpecEndpointPickerRefFailureMode] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    port: typing.Optional[typing.Union[InferencePoolSpecEndpointPickerRefPort, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17a9d397e0eee9c32fbf71ae698a7dbb7c1f9391b79e9239556efbe8df8927f8(
    *,
    number: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de696d98420386c60ea3cc76e4668e050ab386b2110cccd0652f22ad7ad52c7e(
    *,
    match_labels: typing.Mapping[builtins.str, builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f498ba820d1a400f37f8491c35d25c34378a409c4b91a9368c617f9efd175397(
    *,
    number: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass
