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
    jsii_type="inferencepool_v1_0_2_iox-k8snetworkinginference.InferencePool",
):
    '''
    :schema: InferencePool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "InferencePool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d70ea8bd2ae83bcc984288c8f377c074b68c6f88efdf89241e4e58d7c91377a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InferencePoolProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "InferencePool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = InferencePoolProps(metadata=metadata, spec=spec)

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
    jsii_type="inferencepool_v1_0_2_iox-k8snetworkinginference.InferencePoolProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class InferencePoolProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferencePoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: InferencePool
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = InferencePoolSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__38744f13c62f6302d5f0ea4092696bee44531e8572d4c5c85b00f7b2dfbc1b10)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: InferencePool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["InferencePoolSpec"]:
        '''
        :schema: InferencePool#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["InferencePoolSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iox-k8snetworkinginference.InferencePoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "extension_ref": "extensionRef",
        "selector": "selector",
        "target_port_number": "targetPortNumber",
    },
)
class InferencePoolSpec:
    def __init__(
        self,
        *,
        extension_ref: typing.Union["InferencePoolSpecExtensionRef", typing.Dict[builtins.str, typing.Any]],
        selector: typing.Mapping[builtins.str, builtins.str],
        target_port_number: jsii.Number,
    ) -> None:
        '''
        :param extension_ref: 
        :param selector: 
        :param target_port_number: 

        :schema: InferencePoolSpec
        '''
        if isinstance(extension_ref, dict):
            extension_ref = InferencePoolSpecExtensionRef(**extension_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__439257627db552f5f58441dc35d713180116eaab07699d7faa7cf6d4f6dd86e7)
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument target_port_number", value=target_port_number, expected_type=type_hints["target_port_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "extension_ref": extension_ref,
            "selector": selector,
            "target_port_number": target_port_number,
        }

    @builtins.property
    def extension_ref(self) -> "InferencePoolSpecExtensionRef":
        '''
        :schema: InferencePoolSpec#extensionRef
        '''
        result = self._values.get("extension_ref")
        assert result is not None, "Required property 'extension_ref' is missing"
        return typing.cast("InferencePoolSpecExtensionRef", result)

    @builtins.property
    def selector(self) -> typing.Mapping[builtins.str, builtins.str]:
        '''
        :schema: InferencePoolSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast(typing.Mapping[builtins.str, builtins.str], result)

    @builtins.property
    def target_port_number(self) -> jsii.Number:
        '''
        :schema: InferencePoolSpec#targetPortNumber
        '''
        result = self._values.get("target_port_number")
        assert result is not None, "Required property 'target_port_number' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencepool_v1_0_2_iox-k8snetworkinginference.InferencePoolSpecExtensionRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "failure_mode": "failureMode",
        "group": "group",
        "kind": "kind",
        "port_number": "portNumber",
    },
)
class InferencePoolSpecExtensionRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        failure_mode: typing.Optional["InferencePoolSpecExtensionRefFailureMode"] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        port_number: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param failure_mode: 
        :param group: 
        :param kind: 
        :param port_number: 

        :schema: InferencePoolSpecExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a52b4e5f5e45cf5c4534892afb0b4d5be9e5fcbef9bf18bb51e8abbecd4990d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument failure_mode", value=failure_mode, expected_type=type_hints["failure_mode"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument port_number", value=port_number, expected_type=type_hints["port_number"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if failure_mode is not None:
            self._values["failure_mode"] = failure_mode
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if port_number is not None:
            self._values["port_number"] = port_number

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InferencePoolSpecExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def failure_mode(
        self,
    ) -> typing.Optional["InferencePoolSpecExtensionRefFailureMode"]:
        '''
        :schema: InferencePoolSpecExtensionRef#failureMode
        '''
        result = self._values.get("failure_mode")
        return typing.cast(typing.Optional["InferencePoolSpecExtensionRefFailureMode"], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InferencePoolSpecExtensionRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InferencePoolSpecExtensionRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_number(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: InferencePoolSpecExtensionRef#portNumber
        '''
        result = self._values.get("port_number")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferencePoolSpecExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="inferencepool_v1_0_2_iox-k8snetworkinginference.InferencePoolSpecExtensionRefFailureMode"
)
class InferencePoolSpecExtensionRefFailureMode(enum.Enum):
    '''
    :schema: InferencePoolSpecExtensionRefFailureMode
    '''

    FAIL_OPEN = "FAIL_OPEN"
    '''FailOpen.'''
    FAIL_CLOSE = "FAIL_CLOSE"
    '''FailClose.'''


__all__ = [
    "InferencePool",
    "InferencePoolProps",
    "InferencePoolSpec",
    "InferencePoolSpecExtensionRef",
    "InferencePoolSpecExtensionRefFailureMode",
]

publication.publish()

def _typecheckingstub__4d70ea8bd2ae83bcc984288c8f377c074b68c6f88efdf89241e4e58d7c91377a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InferencePoolSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__38744f13c62f6302d5f0ea4092696bee44531e8572d4c5c85b00f7b2dfbc1b10(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InferencePoolSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__439257627db552f5f58441dc35d713180116eaab07699d7faa7cf6d4f6dd86e7(
    *,
    extension_ref: typing.Union[InferencePoolSpecExtensionRef, typing.Dict[builtins.str, typing.Any]],
    selector: typing.Mapping[builtins.str, builtins.str],
    target_port_number: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a52b4e5f5e45cf5c4534892afb0b4d5be9e5fcbef9bf18bb51e8abbecd4990d(
    *,
    name: builtins.str,
    failure_mode: typing.Optional[InferencePoolSpecExtensionRefFailureMode] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    port_number: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
