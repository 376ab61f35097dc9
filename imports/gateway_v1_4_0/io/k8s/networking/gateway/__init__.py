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


class Gateway(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.Gateway",
):
    '''
    :schema: Gateway
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Gateway" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7b22dd92346862c51e441cf0ed83cd29e081b67d4c1ed95673c3d4b50222a0c1)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GatewayProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Gateway".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = GatewayProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Gateway".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GatewayProps:
    def __init__(
        self,
        *,
        spec: typing.Union["GatewaySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: Gateway
        '''
        if isinstance(spec, dict):
            spec = GatewaySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c76ef36462c3d334030b4adfbfdf19ee98c359defb5e1a14a1386e8a4eaffbcb)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GatewaySpec":
        '''
        :schema: Gateway#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GatewaySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Gateway#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpec",
    jsii_struct_bases=[],
    name_mapping={
        "gateway_class_name": "gatewayClassName",
        "listeners": "listeners",
        "addresses": "addresses",
        "infrastructure": "infrastructure",
    },
)
class GatewaySpec:
    def __init__(
        self,
        *,
        gateway_class_name: builtins.str,
        listeners: typing.Sequence[typing.Union["GatewaySpecListeners", typing.Dict[builtins.str, typing.Any]]],
        addresses: typing.Optional[typing.Sequence[typing.Union["GatewaySpecAddresses", typing.Dict[builtins.str, typing.Any]]]] = None,
        infrastructure: typing.Optional[typing.Union["GatewaySpecInfrastructure", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param gateway_class_name: 
        :param listeners: 
        :param addresses: 
        :param infrastructure: 

        :schema: GatewaySpec
        '''
        if isinstance(infrastructure, dict):
            infrastructure = GatewaySpecInfrastructure(**infrastructure)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42149f888cc6c85e50294eaee8b99758f250c591f01308a1ac1fd25eedbdb400)
            check_type(argname="argument gateway_class_name", value=gateway_class_name, expected_type=type_hints["gateway_class_name"])
            check_type(argname="argument listeners", value=listeners, expected_type=type_hints["listeners"])
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument infrastructure", value=infrastructure, expected_type=type_hints["infrastructure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gateway_class_name": gateway_class_name,
            "listeners": listeners,
        }
        if addresses is not None:
            self._values["addresses"] = addresses
        if infrastructure is not None:
            self._values["infrastructure"] = infrastructure

    @builtins.property
    def gateway_class_name(self) -> builtins.str:
        '''
        :schema: GatewaySpec#gatewayClassName
        '''
        result = self._values.get("gateway_class_name")
        assert result is not None, "Required property 'gateway_class_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def listeners(self) -> typing.List["GatewaySpecListeners"]:
        '''
        :schema: GatewaySpec#listeners
        '''
        result = self._values.get("listeners")
        assert result is not None, "Required property 'listeners' is missing"
        return typing.cast(typing.List["GatewaySpecListeners"], result)

    @builtins.property
    def addresses(self) -> typing.Optional[typing.List["GatewaySpecAddresses"]]:
        '''
        :schema: GatewaySpec#addresses
        '''
        result = self._values.get("addresses")
        return typing.cast(typing.Optional[typing.List["GatewaySpecAddresses"]], result)

    @builtins.property
    def infrastructure(self) -> typing.Optional["GatewaySpecInfrastructure"]:
        '''
        :schema: GatewaySpec#infrastructure
        '''
        result = self._values.get("infrastructure")
        return typing.cast(typing.Optional["GatewaySpecInfrastructure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecAddresses",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "value": "value"},
)
class GatewaySpecAddresses:
    def __init__(
        self,
        *,
        type: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param value: 

        :schema: GatewaySpecAddresses
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23d512ec04876092d908ecbdb64703e7436f68728ea1a395a4cf31a64b34608c)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecAddresses#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecAddresses#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecAddresses(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecInfrastructure",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "labels": "labels",
        "parameters_ref": "parametersRef",
    },
)
class GatewaySpecInfrastructure:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        parameters_ref: typing.Optional[typing.Union["GatewaySpecInfrastructureParametersRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param parameters_ref: 

        :schema: GatewaySpecInfrastructure
        '''
        if isinstance(parameters_ref, dict):
            parameters_ref = GatewaySpecInfrastructureParametersRef(**parameters_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40f5e0c0f4e018fd94620d183a93bd2b671e9b6bd4291002bf9a0ec35d9f2b0f)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument parameters_ref", value=parameters_ref, expected_type=type_hints["parameters_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if parameters_ref is not None:
            self._values["parameters_ref"] = parameters_ref

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewaySpecInfrastructure#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewaySpecInfrastructure#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def parameters_ref(
        self,
    ) -> typing.Optional["GatewaySpecInfrastructureParametersRef"]:
        '''
        :schema: GatewaySpecInfrastructure#parametersRef
        '''
        result = self._values.get("parameters_ref")
        return typing.cast(typing.Optional["GatewaySpecInfrastructureParametersRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecInfrastructure(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecInfrastructureParametersRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class GatewaySpecInfrastructureParametersRef:
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

        :schema: GatewaySpecInfrastructureParametersRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b8e012e086dd4a7a78332e297ab707ba73be558cec42b1f718bcca082e1dc50)
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
        :schema: GatewaySpecInfrastructureParametersRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: GatewaySpecInfrastructureParametersRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewaySpecInfrastructureParametersRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecInfrastructureParametersRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListeners",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port": "port",
        "protocol": "protocol",
        "allowed_routes": "allowedRoutes",
        "hostname": "hostname",
        "tls": "tls",
    },
)
class GatewaySpecListeners:
    def __init__(
        self,
        *,
        name: builtins.str,
        port: jsii.Number,
        protocol: builtins.str,
        allowed_routes: typing.Optional[typing.Union["GatewaySpecListenersAllowedRoutes", typing.Dict[builtins.str, typing.Any]]] = None,
        hostname: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["GatewaySpecListenersTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param port: 
        :param protocol: 
        :param allowed_routes: 
        :param hostname: 
        :param tls: 

        :schema: GatewaySpecListeners
        '''
        if isinstance(allowed_routes, dict):
            allowed_routes = GatewaySpecListenersAllowedRoutes(**allowed_routes)
        if isinstance(tls, dict):
            tls = GatewaySpecListenersTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__140d0368adfe091de0cd2280a901747dc131749e2ca2bf620133f7a4c7a0a0f6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument allowed_routes", value=allowed_routes, expected_type=type_hints["allowed_routes"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "port": port,
            "protocol": protocol,
        }
        if allowed_routes is not None:
            self._values["allowed_routes"] = allowed_routes
        if hostname is not None:
            self._values["hostname"] = hostname
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewaySpecListeners#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: GatewaySpecListeners#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> builtins.str:
        '''
        :schema: GatewaySpecListeners#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allowed_routes(self) -> typing.Optional["GatewaySpecListenersAllowedRoutes"]:
        '''
        :schema: GatewaySpecListeners#allowedRoutes
        '''
        result = self._values.get("allowed_routes")
        return typing.cast(typing.Optional["GatewaySpecListenersAllowedRoutes"], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecListeners#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["GatewaySpecListenersTls"]:
        '''
        :schema: GatewaySpecListeners#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["GatewaySpecListenersTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListeners(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersAllowedRoutes",
    jsii_struct_bases=[],
    name_mapping={"kinds": "kinds", "namespaces": "namespaces"},
)
class GatewaySpecListenersAllowedRoutes:
    def __init__(
        self,
        *,
        kinds: typing.Optional[typing.Sequence[typing.Union["GatewaySpecListenersAllowedRoutesKinds", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespaces: typing.Optional[typing.Union["GatewaySpecListenersAllowedRoutesNamespaces", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param kinds: 
        :param namespaces: 

        :schema: GatewaySpecListenersAllowedRoutes
        '''
        if isinstance(namespaces, dict):
            namespaces = GatewaySpecListenersAllowedRoutesNamespaces(**namespaces)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be3c57744a80ebf6c3bd233ab5bbe626b29951ec9eacfcd7ff294115518b9fb6)
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kinds is not None:
            self._values["kinds"] = kinds
        if namespaces is not None:
            self._values["namespaces"] = namespaces

    @builtins.property
    def kinds(
        self,
    ) -> typing.Optional[typing.List["GatewaySpecListenersAllowedRoutesKinds"]]:
        '''
        :schema: GatewaySpecListenersAllowedRoutes#kinds
        '''
        result = self._values.get("kinds")
        return typing.cast(typing.Optional[typing.List["GatewaySpecListenersAllowedRoutesKinds"]], result)

    @builtins.property
    def namespaces(
        self,
    ) -> typing.Optional["GatewaySpecListenersAllowedRoutesNamespaces"]:
        '''
        :schema: GatewaySpecListenersAllowedRoutes#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional["GatewaySpecListenersAllowedRoutesNamespaces"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersAllowedRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersAllowedRoutesKinds",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "group": "group"},
)
class GatewaySpecListenersAllowedRoutesKinds:
    def __init__(
        self,
        *,
        kind: builtins.str,
        group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param group: 

        :schema: GatewaySpecListenersAllowedRoutesKinds
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ad4e62b4e8b82b6045946680755a90c4bdd9f1979db0429a3f758cb94829209)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
        }
        if group is not None:
            self._values["group"] = group

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: GatewaySpecListenersAllowedRoutesKinds#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecListenersAllowedRoutesKinds#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersAllowedRoutesKinds(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersAllowedRoutesNamespaces",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "selector": "selector"},
)
class GatewaySpecListenersAllowedRoutesNamespaces:
    def __init__(
        self,
        *,
        from_: typing.Optional["GatewaySpecListenersAllowedRoutesNamespacesFrom"] = None,
        selector: typing.Optional[typing.Union["GatewaySpecListenersAllowedRoutesNamespacesSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param from_: 
        :param selector: 

        :schema: GatewaySpecListenersAllowedRoutesNamespaces
        '''
        if isinstance(selector, dict):
            selector = GatewaySpecListenersAllowedRoutesNamespacesSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e927bc5afca663141413041f9de4affd526f6c24f77aec7535fcb4fb864fbab)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def from_(
        self,
    ) -> typing.Optional["GatewaySpecListenersAllowedRoutesNamespacesFrom"]:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespaces#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional["GatewaySpecListenersAllowedRoutesNamespacesFrom"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["GatewaySpecListenersAllowedRoutesNamespacesSelector"]:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespaces#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["GatewaySpecListenersAllowedRoutesNamespacesSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersAllowedRoutesNamespaces(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersAllowedRoutesNamespacesFrom"
)
class GatewaySpecListenersAllowedRoutesNamespacesFrom(enum.Enum):
    '''
    :schema: GatewaySpecListenersAllowedRoutesNamespacesFrom
    '''

    ALL = "ALL"
    '''All.'''
    SELECTOR = "SELECTOR"
    '''Selector.'''
    SAME = "SAME"
    '''Same.'''


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersAllowedRoutesNamespacesSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class GatewaySpecListenersAllowedRoutesNamespacesSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef8921d8dccd308316380532f341ff821d04049e880abf5849d8ab39131dc64b)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions"]]:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersAllowedRoutesNamespacesSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3408656f89498526f4c1ed270e6d35cb0abb159e540411242750167d0489b50)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersTls",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_refs": "certificateRefs",
        "mode": "mode",
        "options": "options",
    },
)
class GatewaySpecListenersTls:
    def __init__(
        self,
        *,
        certificate_refs: typing.Optional[typing.Sequence[typing.Union["GatewaySpecListenersTlsCertificateRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        mode: typing.Optional["GatewaySpecListenersTlsMode"] = None,
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param certificate_refs: 
        :param mode: 
        :param options: 

        :schema: GatewaySpecListenersTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e342080ef6e2118cd1bb14910383b64ce74d89877d5abbbdac32cff12fb4bb1)
            check_type(argname="argument certificate_refs", value=certificate_refs, expected_type=type_hints["certificate_refs"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificate_refs is not None:
            self._values["certificate_refs"] = certificate_refs
        if mode is not None:
            self._values["mode"] = mode
        if options is not None:
            self._values["options"] = options

    @builtins.property
    def certificate_refs(
        self,
    ) -> typing.Optional[typing.List["GatewaySpecListenersTlsCertificateRefs"]]:
        '''
        :schema: GatewaySpecListenersTls#certificateRefs
        '''
        result = self._values.get("certificate_refs")
        return typing.cast(typing.Optional[typing.List["GatewaySpecListenersTlsCertificateRefs"]], result)

    @builtins.property
    def mode(self) -> typing.Optional["GatewaySpecListenersTlsMode"]:
        '''
        :schema: GatewaySpecListenersTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GatewaySpecListenersTlsMode"], result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewaySpecListenersTls#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersTlsCertificateRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
    },
)
class GatewaySpecListenersTlsCertificateRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 

        :schema: GatewaySpecListenersTlsCertificateRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93567af01440fd696aad0509f5d15a7c9c60ff4cc5cff441cd613c93748fa238)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewaySpecListenersTlsCertificateRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecListenersTlsCertificateRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecListenersTlsCertificateRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewaySpecListenersTlsCertificateRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewaySpecListenersTlsCertificateRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewaySpecListenersTlsMode"
)
class GatewaySpecListenersTlsMode(enum.Enum):
    '''
    :schema: GatewaySpecListenersTlsMode
    '''

    TERMINATE = "TERMINATE"
    '''Terminate.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''Passthrough.'''


class GatewayV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1",
):
    '''
    :schema: GatewayV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["GatewayV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GatewayV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8747cc5b1550dd83ff06f3d58d5b7502943eda7f418eb75ec38ca5430cc2f10)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GatewayV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["GatewayV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GatewayV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = GatewayV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GatewayV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class GatewayV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["GatewayV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: GatewayV1Beta1
        '''
        if isinstance(spec, dict):
            spec = GatewayV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b499086b07ac25cd3c21d24542daa833793a4acc8c4e9614fa204ff425e901ca)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "GatewayV1Beta1Spec":
        '''
        :schema: GatewayV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("GatewayV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: GatewayV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "gateway_class_name": "gatewayClassName",
        "listeners": "listeners",
        "addresses": "addresses",
        "infrastructure": "infrastructure",
    },
)
class GatewayV1Beta1Spec:
    def __init__(
        self,
        *,
        gateway_class_name: builtins.str,
        listeners: typing.Sequence[typing.Union["GatewayV1Beta1SpecListeners", typing.Dict[builtins.str, typing.Any]]],
        addresses: typing.Optional[typing.Sequence[typing.Union["GatewayV1Beta1SpecAddresses", typing.Dict[builtins.str, typing.Any]]]] = None,
        infrastructure: typing.Optional[typing.Union["GatewayV1Beta1SpecInfrastructure", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param gateway_class_name: 
        :param listeners: 
        :param addresses: 
        :param infrastructure: 

        :schema: GatewayV1Beta1Spec
        '''
        if isinstance(infrastructure, dict):
            infrastructure = GatewayV1Beta1SpecInfrastructure(**infrastructure)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c5750732ca16b184139c8d8dc506322d0f4cbf346c35b6cfd71aa684255cd88)
            check_type(argname="argument gateway_class_name", value=gateway_class_name, expected_type=type_hints["gateway_class_name"])
            check_type(argname="argument listeners", value=listeners, expected_type=type_hints["listeners"])
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument infrastructure", value=infrastructure, expected_type=type_hints["infrastructure"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "gateway_class_name": gateway_class_name,
            "listeners": listeners,
        }
        if addresses is not None:
            self._values["addresses"] = addresses
        if infrastructure is not None:
            self._values["infrastructure"] = infrastructure

    @builtins.property
    def gateway_class_name(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1Spec#gatewayClassName
        '''
        result = self._values.get("gateway_class_name")
        assert result is not None, "Required property 'gateway_class_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def listeners(self) -> typing.List["GatewayV1Beta1SpecListeners"]:
        '''
        :schema: GatewayV1Beta1Spec#listeners
        '''
        result = self._values.get("listeners")
        assert result is not None, "Required property 'listeners' is missing"
        return typing.cast(typing.List["GatewayV1Beta1SpecListeners"], result)

    @builtins.property
    def addresses(self) -> typing.Optional[typing.List["GatewayV1Beta1SpecAddresses"]]:
        '''
        :schema: GatewayV1Beta1Spec#addresses
        '''
        result = self._values.get("addresses")
        return typing.cast(typing.Optional[typing.List["GatewayV1Beta1SpecAddresses"]], result)

    @builtins.property
    def infrastructure(self) -> typing.Optional["GatewayV1Beta1SpecInfrastructure"]:
        '''
        :schema: GatewayV1Beta1Spec#infrastructure
        '''
        result = self._values.get("infrastructure")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecInfrastructure"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecAddresses",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "value": "value"},
)
class GatewayV1Beta1SpecAddresses:
    def __init__(
        self,
        *,
        type: typing.Optional[builtins.str] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param value: 

        :schema: GatewayV1Beta1SpecAddresses
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1044dba88d41167e9a2db8e20ed313b922dc24c94e56badf30841d65f63e8f64)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecAddresses#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecAddresses#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecAddresses(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecInfrastructure",
    jsii_struct_bases=[],
    name_mapping={
        "annotations": "annotations",
        "labels": "labels",
        "parameters_ref": "parametersRef",
    },
)
class GatewayV1Beta1SpecInfrastructure:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        parameters_ref: typing.Optional[typing.Union["GatewayV1Beta1SpecInfrastructureParametersRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param annotations: 
        :param labels: 
        :param parameters_ref: 

        :schema: GatewayV1Beta1SpecInfrastructure
        '''
        if isinstance(parameters_ref, dict):
            parameters_ref = GatewayV1Beta1SpecInfrastructureParametersRef(**parameters_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d02931f237cb8e0505026168df7cf66607d2d43a83f1081afa02a4a0b4b8f6e)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument parameters_ref", value=parameters_ref, expected_type=type_hints["parameters_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels
        if parameters_ref is not None:
            self._values["parameters_ref"] = parameters_ref

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewayV1Beta1SpecInfrastructure#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewayV1Beta1SpecInfrastructure#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def parameters_ref(
        self,
    ) -> typing.Optional["GatewayV1Beta1SpecInfrastructureParametersRef"]:
        '''
        :schema: GatewayV1Beta1SpecInfrastructure#parametersRef
        '''
        result = self._values.get("parameters_ref")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecInfrastructureParametersRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecInfrastructure(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecInfrastructureParametersRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class GatewayV1Beta1SpecInfrastructureParametersRef:
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

        :schema: GatewayV1Beta1SpecInfrastructureParametersRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da4d6e5c67a97f776c543c9b83b696762e2b2d80f8a58dacd1097b43d2a527d7)
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
        :schema: GatewayV1Beta1SpecInfrastructureParametersRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecInfrastructureParametersRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecInfrastructureParametersRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecInfrastructureParametersRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListeners",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "port": "port",
        "protocol": "protocol",
        "allowed_routes": "allowedRoutes",
        "hostname": "hostname",
        "tls": "tls",
    },
)
class GatewayV1Beta1SpecListeners:
    def __init__(
        self,
        *,
        name: builtins.str,
        port: jsii.Number,
        protocol: builtins.str,
        allowed_routes: typing.Optional[typing.Union["GatewayV1Beta1SpecListenersAllowedRoutes", typing.Dict[builtins.str, typing.Any]]] = None,
        hostname: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["GatewayV1Beta1SpecListenersTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param name: 
        :param port: 
        :param protocol: 
        :param allowed_routes: 
        :param hostname: 
        :param tls: 

        :schema: GatewayV1Beta1SpecListeners
        '''
        if isinstance(allowed_routes, dict):
            allowed_routes = GatewayV1Beta1SpecListenersAllowedRoutes(**allowed_routes)
        if isinstance(tls, dict):
            tls = GatewayV1Beta1SpecListenersTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f3d888140f3775f9d611179c66af1a4c1f2283d75ce1be8579c1a76136c8039)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument protocol", value=protocol, expected_type=type_hints["protocol"])
            check_type(argname="argument allowed_routes", value=allowed_routes, expected_type=type_hints["allowed_routes"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "port": port,
            "protocol": protocol,
        }
        if allowed_routes is not None:
            self._values["allowed_routes"] = allowed_routes
        if hostname is not None:
            self._values["hostname"] = hostname
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecListeners#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''
        :schema: GatewayV1Beta1SpecListeners#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def protocol(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecListeners#protocol
        '''
        result = self._values.get("protocol")
        assert result is not None, "Required property 'protocol' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def allowed_routes(
        self,
    ) -> typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutes"]:
        '''
        :schema: GatewayV1Beta1SpecListeners#allowedRoutes
        '''
        result = self._values.get("allowed_routes")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutes"], result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecListeners#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["GatewayV1Beta1SpecListenersTls"]:
        '''
        :schema: GatewayV1Beta1SpecListeners#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecListenersTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListeners(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersAllowedRoutes",
    jsii_struct_bases=[],
    name_mapping={"kinds": "kinds", "namespaces": "namespaces"},
)
class GatewayV1Beta1SpecListenersAllowedRoutes:
    def __init__(
        self,
        *,
        kinds: typing.Optional[typing.Sequence[typing.Union["GatewayV1Beta1SpecListenersAllowedRoutesKinds", typing.Dict[builtins.str, typing.Any]]]] = None,
        namespaces: typing.Optional[typing.Union["GatewayV1Beta1SpecListenersAllowedRoutesNamespaces", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param kinds: 
        :param namespaces: 

        :schema: GatewayV1Beta1SpecListenersAllowedRoutes
        '''
        if isinstance(namespaces, dict):
            namespaces = GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(**namespaces)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__466dc0417d4003d91f26bc939b0be962e5b6b975e3e5cbffd9f56c8458858887)
            check_type(argname="argument kinds", value=kinds, expected_type=type_hints["kinds"])
            check_type(argname="argument namespaces", value=namespaces, expected_type=type_hints["namespaces"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if kinds is not None:
            self._values["kinds"] = kinds
        if namespaces is not None:
            self._values["namespaces"] = namespaces

    @builtins.property
    def kinds(
        self,
    ) -> typing.Optional[typing.List["GatewayV1Beta1SpecListenersAllowedRoutesKinds"]]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutes#kinds
        '''
        result = self._values.get("kinds")
        return typing.cast(typing.Optional[typing.List["GatewayV1Beta1SpecListenersAllowedRoutesKinds"]], result)

    @builtins.property
    def namespaces(
        self,
    ) -> typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespaces"]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutes#namespaces
        '''
        result = self._values.get("namespaces")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespaces"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersAllowedRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersAllowedRoutesKinds",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "group": "group"},
)
class GatewayV1Beta1SpecListenersAllowedRoutesKinds:
    def __init__(
        self,
        *,
        kind: builtins.str,
        group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param kind: 
        :param group: 

        :schema: GatewayV1Beta1SpecListenersAllowedRoutesKinds
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d5739e5e8f65e7e7941a2d95b8a20e712b48e891eb3cd84caaf1e747702a855e)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
        }
        if group is not None:
            self._values["group"] = group

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesKinds#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesKinds#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersAllowedRoutesKinds(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersAllowedRoutesNamespaces",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "selector": "selector"},
)
class GatewayV1Beta1SpecListenersAllowedRoutesNamespaces:
    def __init__(
        self,
        *,
        from_: typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom"] = None,
        selector: typing.Optional[typing.Union["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param from_: 
        :param selector: 

        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces
        '''
        if isinstance(selector, dict):
            selector = GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(**selector)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b0e8e58e704cf24d374433a162068c8a5b59149c3f1563cb210e58861f9531b)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_ is not None:
            self._values["from_"] = from_
        if selector is not None:
            self._values["selector"] = selector

    @builtins.property
    def from_(
        self,
    ) -> typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom"]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces#from
        '''
        result = self._values.get("from_")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom"], result)

    @builtins.property
    def selector(
        self,
    ) -> typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector"]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces#selector
        '''
        result = self._values.get("selector")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom"
)
class GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom(enum.Enum):
    '''
    :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom
    '''

    ALL = "ALL"
    '''All.'''
    SELECTOR = "SELECTOR"
    '''Selector.'''
    SAME = "SAME"
    '''Same.'''


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2e6a6659839edd1263fba4a1d0e28b43d72eaf3361fcd1c099251a11bfd7ada)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions"]]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param key: 
        :param operator: 
        :param values: 

        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2bfc81eea3b8fd936899bb8d3919c54cb2239ccea65efa98ab1e7c9f403d5b15)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersTls",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_refs": "certificateRefs",
        "mode": "mode",
        "options": "options",
    },
)
class GatewayV1Beta1SpecListenersTls:
    def __init__(
        self,
        *,
        certificate_refs: typing.Optional[typing.Sequence[typing.Union["GatewayV1Beta1SpecListenersTlsCertificateRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        mode: typing.Optional["GatewayV1Beta1SpecListenersTlsMode"] = None,
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param certificate_refs: 
        :param mode: 
        :param options: 

        :schema: GatewayV1Beta1SpecListenersTls
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e92acc9ac2dfe903c1d63a0941e82b9699381bb2e3b541268ea736053b58a3e7)
            check_type(argname="argument certificate_refs", value=certificate_refs, expected_type=type_hints["certificate_refs"])
            check_type(argname="argument mode", value=mode, expected_type=type_hints["mode"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificate_refs is not None:
            self._values["certificate_refs"] = certificate_refs
        if mode is not None:
            self._values["mode"] = mode
        if options is not None:
            self._values["options"] = options

    @builtins.property
    def certificate_refs(
        self,
    ) -> typing.Optional[typing.List["GatewayV1Beta1SpecListenersTlsCertificateRefs"]]:
        '''
        :schema: GatewayV1Beta1SpecListenersTls#certificateRefs
        '''
        result = self._values.get("certificate_refs")
        return typing.cast(typing.Optional[typing.List["GatewayV1Beta1SpecListenersTlsCertificateRefs"]], result)

    @builtins.property
    def mode(self) -> typing.Optional["GatewayV1Beta1SpecListenersTlsMode"]:
        '''
        :schema: GatewayV1Beta1SpecListenersTls#mode
        '''
        result = self._values.get("mode")
        return typing.cast(typing.Optional["GatewayV1Beta1SpecListenersTlsMode"], result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: GatewayV1Beta1SpecListenersTls#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersTlsCertificateRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
    },
)
class GatewayV1Beta1SpecListenersTlsCertificateRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 

        :schema: GatewayV1Beta1SpecListenersTlsCertificateRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9605f600b8135dd93512cfbcd0e555ca6ea8bfe1e95cecf456690457aaff1ceb)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: GatewayV1Beta1SpecListenersTlsCertificateRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecListenersTlsCertificateRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecListenersTlsCertificateRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: GatewayV1Beta1SpecListenersTlsCertificateRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GatewayV1Beta1SpecListenersTlsCertificateRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="gateway_v1_4_0_iok8snetworkinggateway.GatewayV1Beta1SpecListenersTlsMode"
)
class GatewayV1Beta1SpecListenersTlsMode(enum.Enum):
    '''
    :schema: GatewayV1Beta1SpecListenersTlsMode
    '''

    TERMINATE = "TERMINATE"
    '''Terminate.'''
    PASSTHROUGH = "PASSTHROUGH"
    '''Passthrough.'''


__all__ = [
    "Gateway",
    "GatewayProps",
    "GatewaySpec",
    "GatewaySpecAddresses",
    "GatewaySpecInfrastructure",
    "GatewaySpecInfrastructureParametersRef",
    "GatewaySpecListeners",
    "GatewaySpecListenersAllowedRoutes",
    "GatewaySpecListenersAllowedRoutesKinds",
    "GatewaySpecListenersAllowedRoutesNamespaces",
    "GatewaySpecListenersAllowedRoutesNamespacesFrom",
    "GatewaySpecListenersAllowedRoutesNamespacesSelector",
    "GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
    "GatewaySpecListenersTls",
    "GatewaySpecListenersTlsCertificateRefs",
    "GatewaySpecListenersTlsMode",
    "GatewayV1Beta1",
    "GatewayV1Beta1Props",
    "GatewayV1Beta1Spec",
    "GatewayV1Beta1SpecAddresses",
    "GatewayV1Beta1SpecInfrastructure",
    "GatewayV1Beta1SpecInfrastructureParametersRef",
    "GatewayV1Beta1SpecListeners",
    "GatewayV1Beta1SpecListenersAllowedRoutes",
    "GatewayV1Beta1SpecListenersAllowedRoutesKinds",
    "GatewayV1Beta1SpecListenersAllowedRoutesNamespaces",
    "GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom",
    "GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector",
    "GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions",
    "GatewayV1Beta1SpecListenersTls",
    "GatewayV1Beta1SpecListenersTlsCertificateRefs",
    "GatewayV1Beta1SpecListenersTlsMode",
]

publication.publish()

def _typecheckingstub__7b22dd92346862c51e441cf0ed83cd29e081b67d4c1ed95673c3d4b50222a0c1(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c76ef36462c3d334030b4adfbfdf19ee98c359defb5e1a14a1386e8a4eaffbcb(
    *,
    spec: typing.Union[GatewaySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42149f888cc6c85e50294eaee8b99758f250c591f01308a1ac1fd25eedbdb400(
    *,
    gateway_class_name: builtins.str,
    listeners: typing.Sequence[typing.Union[GatewaySpecListeners, typing.Dict[builtins.str, typing.Any]]],
    addresses: typing.Optional[typing.Sequence[typing.Union[GatewaySpecAddresses, typing.Dict[builtins.str, typing.Any]]]] = None,
    infrastructure: typing.Optional[typing.Union[GatewaySpecInfrastructure, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23d512ec04876092d908ecbdb64703e7436f68728ea1a395a4cf31a64b34608c(
    *,
    type: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40f5e0c0f4e018fd94620d183a93bd2b671e9b6bd4291002bf9a0ec35d9f2b0f(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    parameters_ref: typing.Optional[typing.Union[GatewaySpecInfrastructureParametersRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b8e012e086dd4a7a78332e297ab707ba73be558cec42b1f718bcca082e1dc50(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__140d0368adfe091de0cd2280a901747dc131749e2ca2bf620133f7a4c7a0a0f6(
    *,
    name: builtins.str,
    port: jsii.Number,
    protocol: builtins.str,
    allowed_routes: typing.Optional[typing.Union[GatewaySpecListenersAllowedRoutes, typing.Dict[builtins.str, typing.Any]]] = None,
    hostname: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[GatewaySpecListenersTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be3c57744a80ebf6c3bd233ab5bbe626b29951ec9eacfcd7ff294115518b9fb6(
    *,
    kinds: typing.Optional[typing.Sequence[typing.Union[GatewaySpecListenersAllowedRoutesKinds, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespaces: typing.Optional[typing.Union[GatewaySpecListenersAllowedRoutesNamespaces, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ad4e62b4e8b82b6045946680755a90c4bdd9f1979db0429a3f758cb94829209(
    *,
    kind: builtins.str,
    group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e927bc5afca663141413041f9de4affd526f6c24f77aec7535fcb4fb864fbab(
    *,
    from_: typing.Optional[GatewaySpecListenersAllowedRoutesNamespacesFrom] = None,
    selector: typing.Optional[typing.Union[GatewaySpecListenersAllowedRoutesNamespacesSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef8921d8dccd308316380532f341ff821d04049e880abf5849d8ab39131dc64b(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3408656f89498526f4c1ed270e6d35cb0abb159e540411242750167d0489b50(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e342080ef6e2118cd1bb14910383b64ce74d89877d5abbbdac32cff12fb4bb1(
    *,
    certificate_refs: typing.Optional[typing.Sequence[typing.Union[GatewaySpecListenersTlsCertificateRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    mode: typing.Optional[GatewaySpecListenersTlsMode] = None,
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93567af01440fd696aad0509f5d15a7c9c60ff4cc5cff441cd613c93748fa238(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8747cc5b1550dd83ff06f3d58d5b7502943eda7f418eb75ec38ca5430cc2f10(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[GatewayV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b499086b07ac25cd3c21d24542daa833793a4acc8c4e9614fa204ff425e901ca(
    *,
    spec: typing.Union[GatewayV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c5750732ca16b184139c8d8dc506322d0f4cbf346c35b6cfd71aa684255cd88(
    *,
    gateway_class_name: builtins.str,
    listeners: typing.Sequence[typing.Union[GatewayV1Beta1SpecListeners, typing.Dict[builtins.str, typing.Any]]],
    addresses: typing.Optional[typing.Sequence[typing.Union[GatewayV1Beta1SpecAddresses, typing.Dict[builtins.str, typing.Any]]]] = None,
    infrastructure: typing.Optional[typing.Union[GatewayV1Beta1SpecInfrastructure, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1044dba88d41167e9a2db8e20ed313b922dc24c94e56badf30841d65f63e8f64(
    *,
    type: typing.Optional[builtins.str] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d02931f237cb8e0505026168df7cf66607d2d43a83f1081afa02a4a0b4b8f6e(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    parameters_ref: typing.Optional[typing.Union[GatewayV1Beta1SpecInfrastructureParametersRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da4d6e5c67a97f776c543c9b83b696762e2b2d80f8a58dacd1097b43d2a527d7(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f3d888140f3775f9d611179c66af1a4c1f2283d75ce1be8579c1a76136c8039(
    *,
    name: builtins.str,
    port: jsii.Number,
    protocol: builtins.str,
    allowed_routes: typing.Optional[typing.Union[GatewayV1Beta1SpecListenersAllowedRoutes, typing.Dict[builtins.str, typing.Any]]] = None,
    hostname: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[GatewayV1Beta1SpecListenersTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__466dc0417d4003d91f26bc939b0be962e5b6b975e3e5cbffd9f56c8458858887(
    *,
    kinds: typing.Optional[typing.Sequence[typing.Union[GatewayV1Beta1SpecListenersAllowedRoutesKinds, typing.Dict[builtins.str, typing.Any]]]] = None,
    namespaces: typing.Optional[typing.Union[GatewayV1Beta1SpecListenersAllowedRoutesNamespaces, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d5739e5e8f65e7e7941a2d95b8a20e712b48e891eb3cd84caaf1e747702a855e(
    *,
    kind: builtins.str,
    group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b0e8e58e704cf24d374433a162068c8a5b59149c3f1563cb210e58861f9531b(
    *,
    from_: typing.Optional[GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom] = None,
    selector: typing.Optional[typing.Union[GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2e6a6659839edd1263fba4a1d0e28b43d72eaf3361fcd1c099251a11bfd7ada(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2bfc81eea3b8fd936899bb8d3919c54cb2239ccea65efa98ab1e7c9f403d5b15(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e92acc9ac2dfe903c1d63a0941e82b9699381bb2e3b541268ea736053b58a3e7(
    *,
    certificate_refs: typing.Optional[typing.Sequence[typing.Union[GatewayV1Beta1SpecListenersTlsCertificateRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    mode: typing.Optional[GatewayV1Beta1SpecListenersTlsMode] = None,
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9605f600b8135dd93512cfbcd0e555ca6ea8bfe1e95cecf456690457aaff1ceb(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
