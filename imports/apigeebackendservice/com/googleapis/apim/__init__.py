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


class ApigeeBackendService(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="apigeebackendservice_comgoogleapisapim.ApigeeBackendService",
):
    '''Registers an Apigee extension processor that a GCPTrafficExtension can call (schema written by infergw).

    :schema: ApigeeBackendService
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ApigeeBackendServiceSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ApigeeBackendService" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c80e61e3a999f2274531fe421ca9581955631c4a1d569cdf9b3a193899aa3161)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ApigeeBackendServiceProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ApigeeBackendServiceSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ApigeeBackendService".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ApigeeBackendServiceProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ApigeeBackendService".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="apigeebackendservice_comgoogleapisapim.ApigeeBackendServiceProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ApigeeBackendServiceProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ApigeeBackendServiceSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Registers an Apigee extension processor that a GCPTrafficExtension can call (schema written by infergw).

        :param spec: 
        :param metadata: 

        :schema: ApigeeBackendService
        '''
        if isinstance(spec, dict):
            spec = ApigeeBackendServiceSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a367441df144f4b2c409d01c5a083c046bc0b62c414fcfeca96535bf701d9cd4)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ApigeeBackendServiceSpec":
        '''
        :schema: ApigeeBackendService#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ApigeeBackendServiceSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ApigeeBackendService#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ApigeeBackendServiceProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apigeebackendservice_comgoogleapisapim.ApigeeBackendServiceSpec",
    jsii_struct_bases=[],
    name_mapping={
        "locations": "locations",
        "apigee_env": "apigeeEnv",
        "default_security_enabled": "defaultSecurityEnabled",
    },
)
class ApigeeBackendServiceSpec:
    def __init__(
        self,
        *,
        locations: typing.Union["ApigeeBackendServiceSpecLocations", typing.Dict[builtins.str, typing.Any]],
        apigee_env: typing.Optional[builtins.str] = None,
        default_security_enabled: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''
        :param locations: Where the Apigee instance runs and which network the cluster uses.
        :param apigee_env: Apigee environment; may be omitted when the operator generates one.
        :param default_security_enabled: 

        :schema: ApigeeBackendServiceSpec
        '''
        if isinstance(locations, dict):
            locations = ApigeeBackendServiceSpecLocations(**locations)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31d8ac892af2aa1855a5897292d5e8024ab71b1f9ba601cb42dd2104a3c97e13)
            check_type(argname="argument locations", value=locations, expected_type=type_hints["locations"])
            check_type(argname="argument apigee_env", value=apigee_env, expected_type=type_hints["apigee_env"])
            check_type(argname="argument default_security_enabled", value=default_security_enabled, expected_type=type_hints["default_security_enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "locations": locations,
        }
        if apigee_env is not None:
            self._values["apigee_env"] = apigee_env
        if default_security_enabled is not None:
            self._values["default_security_enabled"] = default_security_enabled

    @builtins.property
    def locations(self) -> "ApigeeBackendServiceSpecLocations":
        '''Where the Apigee instance runs and which network the cluster uses.

        :schema: ApigeeBackendServiceSpec#locations
        '''
        result = self._values.get("locations")
        assert result is not None, "Required property 'locations' is missing"
        return typing.cast("ApigeeBackendServiceSpecLocations", result)

    @builtins.property
    def apigee_env(self) -> typing.Optional[builtins.str]:
        '''Apigee environment;

        may be omitted when the operator generates one.

        :schema: ApigeeBackendServiceSpec#apigeeEnv
        '''
        result = self._values.get("apigee_env")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def default_security_enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ApigeeBackendServiceSpec#defaultSecurityEnabled
        '''
        result = self._values.get("default_security_enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ApigeeBackendServiceSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="apigeebackendservice_comgoogleapisapim.ApigeeBackendServiceSpecLocations",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "network": "network", "subnetwork": "subnetwork"},
)
class ApigeeBackendServiceSpecLocations:
    def __init__(
        self,
        *,
        name: builtins.str,
        network: builtins.str,
        subnetwork: builtins.str,
    ) -> None:
        '''Where the Apigee instance runs and which network the cluster uses.

        :param name: 
        :param network: 
        :param subnetwork: 

        :schema: ApigeeBackendServiceSpecLocations
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e2caf53dea89550f31b1dba72459fcdfcaefef5d89e4a06dfdf397fb04cf094)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument subnetwork", value=subnetwork, expected_type=type_hints["subnetwork"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "network": network,
            "subnetwork": subnetwork,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ApigeeBackendServiceSpecLocations#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def network(self) -> builtins.str:
        '''
        :schema: ApigeeBackendServiceSpecLocations#network
        '''
        result = self._values.get("network")
        assert result is not None, "Required property 'network' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def subnetwork(self) -> builtins.str:
        '''
        :schema: ApigeeBackendServiceSpecLocations#subnetwork
        '''
        result = self._values.get("subnetwork")
        assert result is not None, "Required property 'subnetwork' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ApigeeBackendServiceSpecLocations(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ApigeeBackendService",
    "ApigeeBackendServiceProps",
    "ApigeeBackendServiceSpec",
    "ApigeeBackendServiceSpecLocations",
]

publication.publish()

def _typecheckingstub__c80e61e3a999f2274531fe421ca9581955631c4a1d569cdf9b3a193899aa3161(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ApigeeBackendServiceSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a367441df144f4b2c409d01c5a083c046bc0b62c414fcfeca96535bf701d9cd4(
    *,
    spec: typing.Union[ApigeeBackendServiceSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31d8ac892af2aa1855a5897292d5e8024ab71b1f9ba601cb42dd2104a3c97e13(
    *,
    locations: typing.Union[ApigeeBackendServiceSpecLocations, typing.Dict[builtins.str, typing.Any]],
    apigee_env: typing.Optional[builtins.str] = None,
    default_security_enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e2caf53dea89550f31b1dba72459fcdfcaefef5d89e4a06dfdf397fb04cf094(
    *,
    name: builtins.str,
    network: builtins.str,
    subnetwork: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
