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


class ReferenceGrant(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="referencegrant_v1_4_0_iok8snetworkinggateway.ReferenceGrant",
):
    '''
    :schema: ReferenceGrant
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ReferenceGrantSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ReferenceGrant" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfe91e6e02272221f4e6af9fad74e98b1b1294bf6052a765d54c5bd829274a70)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ReferenceGrantProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ReferenceGrantSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ReferenceGrant".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = ReferenceGrantProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ReferenceGrant".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="referencegrant_v1_4_0_iok8snetworkinggateway.ReferenceGrantProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ReferenceGrantProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ReferenceGrantSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: ReferenceGrant
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ReferenceGrantSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0cad3f3945ca184b189518e34131c7420b2b836645c242709ff25ac64d2d010e)
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
        :schema: ReferenceGrant#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ReferenceGrantSpec"]:
        '''
        :schema: ReferenceGrant#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ReferenceGrantSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ReferenceGrantProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="referencegrant_v1_4_0_iok8snetworkinggateway.ReferenceGrantSpec",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class ReferenceGrantSpec:
    def __init__(
        self,
        *,
        from_: typing.Sequence[typing.Union["ReferenceGrantSpecFrom", typing.Dict[builtins.str, typing.Any]]],
        to: typing.Sequence[typing.Union["ReferenceGrantSpecTo", typing.Dict[builtins.str, typing.Any]]],
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: ReferenceGrantSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b32921fc856a373e83ec6a7c9d546bb85e25ae2a82a741e0bee0f739a74c0c0c)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "from_": from_,
            "to": to,
        }

    @builtins.property
    def from_(self) -> typing.List["ReferenceGrantSpecFrom"]:
        '''
        :schema: ReferenceGrantSpec#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(typing.List["ReferenceGrantSpecFrom"], result)

    @builtins.property
    def to(self) -> typing.List["ReferenceGrantSpecTo"]:
        '''
        :schema: ReferenceGrantSpec#to
        '''
        result = self._values.get("to")
        assert result is not None, "Required property 'to' is missing"
        return typing.cast(typing.List["ReferenceGrantSpecTo"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ReferenceGrantSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="referencegrant_v1_4_0_iok8snetworkinggateway.ReferenceGrantSpecFrom",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "namespace": "namespace"},
)
class ReferenceGrantSpecFrom:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        namespace: builtins.str,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param namespace: 

        :schema: ReferenceGrantSpecFrom
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b52edf1fc8b40d7f12df8405435e495025b4facb6cf856d0e467e5d562e4b114)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "namespace": namespace,
        }

    @builtins.property
    def group(self) -> builtins.str:
        '''
        :schema: ReferenceGrantSpecFrom#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: ReferenceGrantSpecFrom#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> builtins.str:
        '''
        :schema: ReferenceGrantSpecFrom#namespace
        '''
        result = self._values.get("namespace")
        assert result is not None, "Required property 'namespace' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ReferenceGrantSpecFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="referencegrant_v1_4_0_iok8snetworkinggateway.ReferenceGrantSpecTo",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class ReferenceGrantSpecTo:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 

        :schema: ReferenceGrantSpecTo
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__854206ce827a005edd9be0f461be809b5e89f8a735708a9d8d29d6838ec4156e)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
        }
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def group(self) -> builtins.str:
        '''
        :schema: ReferenceGrantSpecTo#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: ReferenceGrantSpecTo#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ReferenceGrantSpecTo#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ReferenceGrantSpecTo(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ReferenceGrant",
    "ReferenceGrantProps",
    "ReferenceGrantSpec",
    "ReferenceGrantSpecFrom",
    "ReferenceGrantSpecTo",
]

publication.publish()

def _typecheckingstub__dfe91e6e02272221f4e6af9fad74e98b1b1294bf6052a765d54c5bd829274a70(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ReferenceGrantSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0cad3f3945ca184b189518e34131c7420b2b836645c242709ff25ac64d2d010e(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ReferenceGrantSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b32921fc856a373e83ec6a7c9d546bb85e25ae2a82a741e0bee0f739a74c0c0c(
    *,
    from_: typing.Sequence[typing.Union[ReferenceGrantSpecFrom, typing.Dict[builtins.str, typing.Any]]],
    to: typing.Sequence[typing.Union[ReferenceGrantSpecTo, typing.Dict[builtins.str, typing.Any]]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b52edf1fc8b40d7f12df8405435e495025b4facb6cf856d0e467e5d562e4b114(
    *,
    group: builtins.str,
    kind: builtins.str,
    namespace: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__854206ce827a005edd9be0f461be809b5e89f8a735708a9d8d29d6838ec4156e(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
