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


class InferenceModel(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="inferencemodel_v0_3_0_iox-k8snetworkinginference.InferenceModel",
):
    '''
    :schema: InferenceModel
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferenceModelSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "InferenceModel" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbebc151f328b2afdd23338eaa056153a2ab90738cabebff483c10ee7c9f43b2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InferenceModelProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferenceModelSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "InferenceModel".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: 
        '''
        props = InferenceModelProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "InferenceModel".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="inferencemodel_v0_3_0_iox-k8snetworkinginference.InferenceModelProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class InferenceModelProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InferenceModelSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param metadata: 
        :param spec: 

        :schema: InferenceModel
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = InferenceModelSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__559d2cf89bcf48acb65afdcdf4ac095cc6d3fafb0d0965bac47e7818d2d5d05b)
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
        :schema: InferenceModel#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["InferenceModelSpec"]:
        '''
        :schema: InferenceModel#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["InferenceModelSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceModelProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencemodel_v0_3_0_iox-k8snetworkinginference.InferenceModelSpec",
    jsii_struct_bases=[],
    name_mapping={
        "model_name": "modelName",
        "pool_ref": "poolRef",
        "criticality": "criticality",
        "target_models": "targetModels",
    },
)
class InferenceModelSpec:
    def __init__(
        self,
        *,
        model_name: builtins.str,
        pool_ref: typing.Union["InferenceModelSpecPoolRef", typing.Dict[builtins.str, typing.Any]],
        criticality: typing.Optional["InferenceModelSpecCriticality"] = None,
        target_models: typing.Optional[typing.Sequence[typing.Union["InferenceModelSpecTargetModels", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param model_name: 
        :param pool_ref: 
        :param criticality: 
        :param target_models: 

        :schema: InferenceModelSpec
        '''
        if isinstance(pool_ref, dict):
            pool_ref = InferenceModelSpecPoolRef(**pool_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4fc6ac982d2d6d8c1ab8ff201221ac923630282669d69603800e497769bc76bc)
            check_type(argname="argument model_name", value=model_name, expected_type=type_hints["model_name"])
            check_type(argname="argument pool_ref", value=pool_ref, expected_type=type_hints["pool_ref"])
            check_type(argname="argument criticality", value=criticality, expected_type=type_hints["criticality"])
            check_type(argname="argument target_models", value=target_models, expected_type=type_hints["target_models"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "model_name": model_name,
            "pool_ref": pool_ref,
        }
        if criticality is not None:
            self._values["criticality"] = criticality
        if target_models is not None:
            self._values["target_models"] = target_models

    @builtins.property
    def model_name(self) -> builtins.str:
        '''
        :schema: InferenceModelSpec#modelName
        '''
        result = self._values.get("model_name")
        assert result is not None, "Required property 'model_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def pool_ref(self) -> "InferenceModelSpecPoolRef":
        '''
        :schema: InferenceModelSpec#poolRef
        '''
        result = self._values.get("pool_ref")
        assert result is not None, "Required property 'pool_ref' is missing"
        return typing.cast("InferenceModelSpecPoolRef", result)

    @builtins.property
    def criticality(self) -> typing.Optional["InferenceModelSpecCriticality"]:
        '''
        :schema: InferenceModelSpec#criticality
        '''
        result = self._values.get("criticality")
        return typing.cast(typing.Optional["InferenceModelSpecCriticality"], result)

    @builtins.property
    def target_models(
        self,
    ) -> typing.Optional[typing.List["InferenceModelSpecTargetModels"]]:
        '''
        :schema: InferenceModelSpec#targetModels
        '''
        result = self._values.get("target_models")
        return typing.cast(typing.Optional[typing.List["InferenceModelSpecTargetModels"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceModelSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="inferencemodel_v0_3_0_iox-k8snetworkinginference.InferenceModelSpecCriticality"
)
class InferenceModelSpecCriticality(enum.Enum):
    '''
    :schema: InferenceModelSpecCriticality
    '''

    CRITICAL = "CRITICAL"
    '''Critical.'''
    STANDARD = "STANDARD"
    '''Standard.'''
    SHEDDABLE = "SHEDDABLE"
    '''Sheddable.'''


@jsii.data_type(
    jsii_type="inferencemodel_v0_3_0_iox-k8snetworkinginference.InferenceModelSpecPoolRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "group": "group", "kind": "kind"},
)
class InferenceModelSpecPoolRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 

        :schema: InferenceModelSpecPoolRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__408a017b5cbe18ab2b1ed2d96e8ce43d3d26e149ecda47e479a45475f8d29203)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InferenceModelSpecPoolRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InferenceModelSpecPoolRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: InferenceModelSpecPoolRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceModelSpecPoolRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="inferencemodel_v0_3_0_iox-k8snetworkinginference.InferenceModelSpecTargetModels",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "weight": "weight"},
)
class InferenceModelSpecTargetModels:
    def __init__(
        self,
        *,
        name: builtins.str,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param weight: 

        :schema: InferenceModelSpecTargetModels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7380c78f0c3a6b871a70d262567a01252043d4e44df7376e41eff327204d1d4)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: InferenceModelSpecTargetModels#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: InferenceModelSpecTargetModels#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InferenceModelSpecTargetModels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "InferenceModel",
    "InferenceModelProps",
    "InferenceModelSpec",
    "InferenceModelSpecCriticality",
    "InferenceModelSpecPoolRef",
    "InferenceModelSpecTargetModels",
]

publication.publish()

def _typecheckingstub__dbebc151f328b2afdd23338eaa056153a2ab90738cabebff483c10ee7c9f43b2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InferenceModelSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__559d2cf89bcf48acb65afdcdf4ac095cc6d3fafb0d0965bac47e7818d2d5d05b(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InferenceModelSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4fc6ac982d2d6d8c1ab8ff201221ac923630282669d69603800e497769bc76bc(
    *,
    model_name: builtins.str,
    pool_ref: typing.Union[InferenceModelSpecPoolRef, typing.Dict[builtins.str, typing.Any]],
    criticality: typing.Optional[InferenceModelSpecCriticality] = None,
    target_models: typing.Optional[typing.Sequence[typing.Union[InferenceModelSpecTargetModels, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__408a017b5cbe18ab2b1ed2d96e8ce43d3d26e149ecda47e479a45475f8d29203(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7380c78f0c3a6b871a70d262567a01252043d4e44df7376e41eff327204d1d4(
    *,
    name: builtins.str,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
