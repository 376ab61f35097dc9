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


class HttpRoute(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRoute",
):
    '''
    :schema: HTTPRoute
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["HttpRouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HTTPRoute" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c51eec373a01b1e92a258d4e6c08cfb8bac37a61c57a5a8be19d7cc33f86d166)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HttpRouteProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["HttpRouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HTTPRoute".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = HttpRouteProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HTTPRoute".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class HttpRouteProps:
    def __init__(
        self,
        *,
        spec: typing.Union["HttpRouteSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: HTTPRoute
        '''
        if isinstance(spec, dict):
            spec = HttpRouteSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fbae0a61d621515bf7e703cf7d4f14b39ff99f0c07997778e4d85ee710d0956)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "HttpRouteSpec":
        '''
        :schema: HTTPRoute#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("HttpRouteSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HTTPRoute#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpec",
    jsii_struct_bases=[],
    name_mapping={
        "hostnames": "hostnames",
        "parent_refs": "parentRefs",
        "rules": "rules",
    },
)
class HttpRouteSpec:
    def __init__(
        self,
        *,
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        rules: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param hostnames: 
        :param parent_refs: 
        :param rules: 

        :schema: HttpRouteSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79171e41e96a7274785901755e0ebf369413c7823c866e1dccd3796b1546a531)
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs
        if rules is not None:
            self._values["rules"] = rules

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteSpec#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def parent_refs(self) -> typing.Optional[typing.List["HttpRouteSpecParentRefs"]]:
        '''
        :schema: HttpRouteSpec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecParentRefs"]], result)

    @builtins.property
    def rules(self) -> typing.Optional[typing.List["HttpRouteSpecRules"]]:
        '''
        :schema: HttpRouteSpec#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class HttpRouteSpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 
        :param section_name: 

        :schema: HttpRouteSpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33099643d7eb914d476a2605a9882940c178010fda57f2e270daebfdc3259912)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecParentRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecParentRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecParentRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecParentRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "backend_refs": "backendRefs",
        "filters": "filters",
        "matches": "matches",
        "name": "name",
        "timeouts": "timeouts",
    },
)
class HttpRouteSpecRules:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        matches: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["HttpRouteSpecRulesTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param backend_refs: 
        :param filters: 
        :param matches: 
        :param name: 
        :param timeouts: 

        :schema: HttpRouteSpecRules
        '''
        if isinstance(timeouts, dict):
            timeouts = HttpRouteSpecRulesTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c937d8e59719df1b2a128144a1924cd84b66122faf61e9d83dff3ca0988af199)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument matches", value=matches, expected_type=type_hints["matches"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if filters is not None:
            self._values["filters"] = filters
        if matches is not None:
            self._values["matches"] = matches
        if name is not None:
            self._values["name"] = name
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefs"]]:
        '''
        :schema: HttpRouteSpecRules#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefs"]], result)

    @builtins.property
    def filters(self) -> typing.Optional[typing.List["HttpRouteSpecRulesFilters"]]:
        '''
        :schema: HttpRouteSpecRules#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFilters"]], result)

    @builtins.property
    def matches(self) -> typing.Optional[typing.List["HttpRouteSpecRulesMatches"]]:
        '''
        :schema: HttpRouteSpecRules#matches
        '''
        result = self._values.get("matches")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesMatches"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["HttpRouteSpecRulesTimeouts"]:
        '''
        :schema: HttpRouteSpecRules#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["HttpRouteSpecRulesTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "filters": "filters",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "weight": "weight",
    },
)
class HttpRouteSpecRulesBackendRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param filters: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 
        :param weight: 

        :schema: HttpRouteSpecRulesBackendRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36cbed814e486c683256d26f18bed8bb147f7ef9658444683b8d553439481be0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if filters is not None:
            self._values["filters"] = filters
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filters(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFilters"]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFilters"]], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefs#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteSpecRulesBackendRefsFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesBackendRefsFiltersType",
        extension_ref: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: 
        :param extension_ref: 
        :param request_header_modifier: 
        :param request_mirror: 
        :param request_redirect: 
        :param response_header_modifier: 
        :param url_rewrite: 

        :schema: HttpRouteSpecRulesBackendRefsFilters
        '''
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteSpecRulesBackendRefsFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteSpecRulesBackendRefsFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e480ff33c8e92e688641eb848943f140f6c6f0710312d76a53ebc895eb656bb3)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesBackendRefsFiltersType":
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersType", result)

    @builtins.property
    def extension_ref(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersExtensionRef"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirror"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirect"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewrite"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteSpecRulesBackendRefsFiltersExtensionRef:
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

        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c28bc2502e0cdb3ad516c8eed2ced2326867566a3e335a2265f7ffe1e9ff0d63)
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
        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47f7b21724705be8dcb0e71e1bf0bff78c9606c22089623a38f0ebeb99917e5e)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet"]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__30d8e86ea2e7782e42e87947bdf08a7a89cac50e14ea5f7aed61a2b32873cf20)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ecaa328c7162cfc407199f578af9f4668024fb8e94d83d55f1a4180dd434032)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param backend_ref: 
        :param fraction: 
        :param percent: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__22b30973310b2b9cbb4e9a1b54edff47bf9b0cfe9c0e924a75977be74e9b5232)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(
        self,
    ) -> "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef":
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa3ae83f5bbe3e5482567357ddc498d4ac4b6713a3d60709fc5dddfb6e606949)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param numerator: 
        :param denominator: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2b85283748e5db60f53fb46741d1429508b6d0226148783a8cf4a5f1fde181d6)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status_code: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94ceb7cb4d8f287788e9ed5ced9a130408f0d2c82463dbb6ee4d8706f822f040)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83ceb97229735e1644fc02e45dd6c8fd24f603a4f9aa566dea7f3de71132aa5b)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType":
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType"
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme"
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode"
)
class HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__10f39ac351da7b7af7fed528231d61508a5d89841a895450a8201428dabd0cd2)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet"]]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f134e3be15ec574eb83bd77843a8244e2255beb4051441aafa1275d3727fd79)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dfa1a24f3382b449d8550803cb8d0a4ac51767fc81e08d6d03c5302a88b947a0)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersType"
)
class HttpRouteSpecRulesBackendRefsFiltersType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesBackendRefsFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteSpecRulesBackendRefsFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__588f44cda6f7ed173a30d8f7e3d689a29615e93040529e9cf90a2b9a2fc6290d)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath"]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa82dea20ceb0f364769356d0b5449bd611609b6f4a7975ca1b190e5d4c57ea6)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType":
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType"
)
class HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteSpecRulesFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesFiltersType",
        extension_ref: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: 
        :param extension_ref: 
        :param request_header_modifier: 
        :param request_mirror: 
        :param request_redirect: 
        :param response_header_modifier: 
        :param url_rewrite: 

        :schema: HttpRouteSpecRulesFilters
        '''
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteSpecRulesFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteSpecRulesFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteSpecRulesFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteSpecRulesFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteSpecRulesFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteSpecRulesFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bdb6c36eb8f12f5ddb1a709d47167a9d4d916bc1289d6f8a64f7d53835a88eb1)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesFiltersType":
        '''
        :schema: HttpRouteSpecRulesFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersType", result)

    @builtins.property
    def extension_ref(self) -> typing.Optional["HttpRouteSpecRulesFiltersExtensionRef"]:
        '''
        :schema: HttpRouteSpecRulesFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestHeaderModifier"]:
        '''
        :schema: HttpRouteSpecRulesFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestMirror"]:
        '''
        :schema: HttpRouteSpecRulesFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirect"]:
        '''
        :schema: HttpRouteSpecRulesFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersResponseHeaderModifier"]:
        '''
        :schema: HttpRouteSpecRulesFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(self) -> typing.Optional["HttpRouteSpecRulesFiltersUrlRewrite"]:
        '''
        :schema: HttpRouteSpecRulesFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteSpecRulesFiltersExtensionRef:
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

        :schema: HttpRouteSpecRulesFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ed60ab2e5b429db330b04ce2ef7ff223cb01b50d666bc9f414e437e2d37297c)
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
        :schema: HttpRouteSpecRulesFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69f37e143b600120f75aee54fe2b139aa976fbd74e349d39018dc82ddc6080f1)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierSet"]]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__628de8a1d1dd8b1099f8786c73862f21ee32f03be590971a65620129a36ea6e2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__551aa0b28ffdc713fb35d35b76597425103f80d22a36ffff18b78be9c917da6b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteSpecRulesFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteSpecRulesFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param backend_ref: 
        :param fraction: 
        :param percent: 

        :schema: HttpRouteSpecRulesFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteSpecRulesFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteSpecRulesFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1744d9dd159178f883895121cd8cf961210c039d3577c7f389301bb3d828bfd)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(self) -> "HttpRouteSpecRulesFiltersRequestMirrorBackendRef":
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestMirrorFraction"]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteSpecRulesFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 

        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04f654f0cac77072967be454ed346d491ee74b8bed51c4e824a39b7d07041879)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteSpecRulesFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param numerator: 
        :param denominator: 

        :schema: HttpRouteSpecRulesFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3507a18310fe32f5b96b7b2d16ecb24a34921d35b2f242214f97161150c9a4b)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteSpecRulesFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status_code: 

        :schema: HttpRouteSpecRulesFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bba5c645b7bdda8f796d15d3949f2c08dd166337754cfd09e6c221fb607d0bc8)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectPath"]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectScheme"]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectStatusCode"]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6eb9c849e9d97be1d1912bbb08d37af38800ca7ecb5d977e1a56e9e6c12dafa6)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesFiltersRequestRedirectPathType":
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectPathType"
)
class HttpRouteSpecRulesFiltersRequestRedirectPathType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectScheme"
)
class HttpRouteSpecRulesFiltersRequestRedirectScheme(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersRequestRedirectStatusCode"
)
class HttpRouteSpecRulesFiltersRequestRedirectStatusCode(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteSpecRulesFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fcf3ac7672cfddcc7fdfcf490176df901f2a30c578e85b8dbac71561bb44c6dc)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierSet"]]:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96835d5f87b578b7861b120dcc711c9a30cfdb41c60a41530b4831aef13f2ded)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteSpecRulesFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f47eb9234a64aba2f9c37f52117fafdf84348b5ffe216d8ac1303a957f279444)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersType"
)
class HttpRouteSpecRulesFiltersType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteSpecRulesFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 

        :schema: HttpRouteSpecRulesFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d451e1da0452320ad2f1212b74769a539c2b121a8f0ba32612722de6c3f02c4a)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteSpecRulesFiltersUrlRewritePath"]:
        '''
        :schema: HttpRouteSpecRulesFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteSpecRulesFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteSpecRulesFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteSpecRulesFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfb213001da46bf03c618c0552e78dafd87be0284563ced4dde3cc2de1bc7121)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteSpecRulesFiltersUrlRewritePathType":
        '''
        :schema: HttpRouteSpecRulesFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteSpecRulesFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesFiltersUrlRewritePathType"
)
class HttpRouteSpecRulesFiltersUrlRewritePathType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatches",
    jsii_struct_bases=[],
    name_mapping={
        "headers": "headers",
        "method": "method",
        "path": "path",
        "query_params": "queryParams",
    },
)
class HttpRouteSpecRulesMatches:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesMatchesHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        method: typing.Optional["HttpRouteSpecRulesMatchesMethod"] = None,
        path: typing.Optional[typing.Union["HttpRouteSpecRulesMatchesPath", typing.Dict[builtins.str, typing.Any]]] = None,
        query_params: typing.Optional[typing.Sequence[typing.Union["HttpRouteSpecRulesMatchesQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param headers: 
        :param method: 
        :param path: 
        :param query_params: 

        :schema: HttpRouteSpecRulesMatches
        '''
        if isinstance(path, dict):
            path = HttpRouteSpecRulesMatchesPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fee2726e4f59cfeee867036e32757468a9888418acc8fe9f0b9cfbfd33fc7f4c)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers
        if method is not None:
            self._values["method"] = method
        if path is not None:
            self._values["path"] = path
        if query_params is not None:
            self._values["query_params"] = query_params

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesMatchesHeaders"]]:
        '''
        :schema: HttpRouteSpecRulesMatches#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesMatchesHeaders"]], result)

    @builtins.property
    def method(self) -> typing.Optional["HttpRouteSpecRulesMatchesMethod"]:
        '''
        :schema: HttpRouteSpecRulesMatches#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesMethod"], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteSpecRulesMatchesPath"]:
        '''
        :schema: HttpRouteSpecRulesMatches#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesPath"], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.List["HttpRouteSpecRulesMatchesQueryParams"]]:
        '''
        :schema: HttpRouteSpecRulesMatches#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.List["HttpRouteSpecRulesMatchesQueryParams"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteSpecRulesMatchesHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteSpecRulesMatchesHeadersType"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param type: 

        :schema: HttpRouteSpecRulesMatchesHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35e40f6424b4efc15c2853653cbd8ec8b2e323159bc0b4f57cb8a9a4ff95c283)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesMatchesHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesMatchesHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteSpecRulesMatchesHeadersType"]:
        '''
        :schema: HttpRouteSpecRulesMatchesHeaders#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesHeadersType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatchesHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesHeadersType"
)
class HttpRouteSpecRulesMatchesHeadersType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesMatchesHeadersType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesMethod"
)
class HttpRouteSpecRulesMatchesMethod(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesMatchesMethod
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesPath",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "value": "value"},
)
class HttpRouteSpecRulesMatchesPath:
    def __init__(
        self,
        *,
        type: typing.Optional["HttpRouteSpecRulesMatchesPathType"] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param value: 

        :schema: HttpRouteSpecRulesMatchesPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__698b4915f07f57f1be84dcd40e473f78b70c676db53c84857c611a655f8821b4)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteSpecRulesMatchesPathType"]:
        '''
        :schema: HttpRouteSpecRulesMatchesPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesPathType"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesMatchesPath#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatchesPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesPathType"
)
class HttpRouteSpecRulesMatchesPathType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesMatchesPathType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    PATH_PREFIX = "PATH_PREFIX"
    '''PathPrefix.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesQueryParams",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteSpecRulesMatchesQueryParams:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteSpecRulesMatchesQueryParamsType"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param type: 

        :schema: HttpRouteSpecRulesMatchesQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f642ba2168933c6fb7941515842bf61ce11fadebbde0f0438ea84b05463f326)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesMatchesQueryParams#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteSpecRulesMatchesQueryParams#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteSpecRulesMatchesQueryParamsType"]:
        '''
        :schema: HttpRouteSpecRulesMatchesQueryParams#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteSpecRulesMatchesQueryParamsType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesMatchesQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesMatchesQueryParamsType"
)
class HttpRouteSpecRulesMatchesQueryParamsType(enum.Enum):
    '''
    :schema: HttpRouteSpecRulesMatchesQueryParamsType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteSpecRulesTimeouts",
    jsii_struct_bases=[],
    name_mapping={"backend_request": "backendRequest", "request": "request"},
)
class HttpRouteSpecRulesTimeouts:
    def __init__(
        self,
        *,
        backend_request: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param backend_request: 
        :param request: 

        :schema: HttpRouteSpecRulesTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5aea0c0591cb13b93aa85792d3a8b8b70d815510e03f2045c8a49cc33615aefa)
            check_type(argname="argument backend_request", value=backend_request, expected_type=type_hints["backend_request"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_request is not None:
            self._values["backend_request"] = backend_request
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def backend_request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesTimeouts#backendRequest
        '''
        result = self._values.get("backend_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteSpecRulesTimeouts#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteSpecRulesTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class HttpRouteV1Beta1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1",
):
    '''
    :schema: HTTPRouteV1Beta1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["HttpRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HTTPRouteV1Beta1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee6e5ee8b748f3efb3a4087556aa59d95701649e6c67b724c471fa33b3477478)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HttpRouteV1Beta1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["HttpRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HTTPRouteV1Beta1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = HttpRouteV1Beta1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HTTPRouteV1Beta1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class HttpRouteV1Beta1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["HttpRouteV1Beta1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: HTTPRouteV1Beta1
        '''
        if isinstance(spec, dict):
            spec = HttpRouteV1Beta1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e357f338e15b782c1287781ec1275f3e754237ba4b06d713f2ce30f845758aa)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "HttpRouteV1Beta1Spec":
        '''
        :schema: HTTPRouteV1Beta1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("HttpRouteV1Beta1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HTTPRouteV1Beta1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "hostnames": "hostnames",
        "parent_refs": "parentRefs",
        "rules": "rules",
    },
)
class HttpRouteV1Beta1Spec:
    def __init__(
        self,
        *,
        hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
        parent_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecParentRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        rules: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRules", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param hostnames: 
        :param parent_refs: 
        :param rules: 

        :schema: HttpRouteV1Beta1Spec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7d15418624530e9146b9e4705a0064c09e86c49b9210326c4934b0d57702c58)
            check_type(argname="argument hostnames", value=hostnames, expected_type=type_hints["hostnames"])
            check_type(argname="argument parent_refs", value=parent_refs, expected_type=type_hints["parent_refs"])
            check_type(argname="argument rules", value=rules, expected_type=type_hints["rules"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostnames is not None:
            self._values["hostnames"] = hostnames
        if parent_refs is not None:
            self._values["parent_refs"] = parent_refs
        if rules is not None:
            self._values["rules"] = rules

    @builtins.property
    def hostnames(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteV1Beta1Spec#hostnames
        '''
        result = self._values.get("hostnames")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def parent_refs(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecParentRefs"]]:
        '''
        :schema: HttpRouteV1Beta1Spec#parentRefs
        '''
        result = self._values.get("parent_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecParentRefs"]], result)

    @builtins.property
    def rules(self) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRules"]]:
        '''
        :schema: HttpRouteV1Beta1Spec#rules
        '''
        result = self._values.get("rules")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRules"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecParentRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "section_name": "sectionName",
    },
)
class HttpRouteV1Beta1SpecParentRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 
        :param section_name: 

        :schema: HttpRouteV1Beta1SpecParentRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea629a7953d023ab9b325886e63e13630aa2d081dea55a91382831a77dbb902c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecParentRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecParentRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecParentRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecParentRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecParentRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecParentRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecParentRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRules",
    jsii_struct_bases=[],
    name_mapping={
        "backend_refs": "backendRefs",
        "filters": "filters",
        "matches": "matches",
        "name": "name",
        "timeouts": "timeouts",
    },
)
class HttpRouteV1Beta1SpecRules:
    def __init__(
        self,
        *,
        backend_refs: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        matches: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesMatches", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        timeouts: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param backend_refs: 
        :param filters: 
        :param matches: 
        :param name: 
        :param timeouts: 

        :schema: HttpRouteV1Beta1SpecRules
        '''
        if isinstance(timeouts, dict):
            timeouts = HttpRouteV1Beta1SpecRulesTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a581ecdecc94b1e3c0e45d8757ad671a8f325c817e32c70160358be6f9f70bb4)
            check_type(argname="argument backend_refs", value=backend_refs, expected_type=type_hints["backend_refs"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument matches", value=matches, expected_type=type_hints["matches"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_refs is not None:
            self._values["backend_refs"] = backend_refs
        if filters is not None:
            self._values["filters"] = filters
        if matches is not None:
            self._values["matches"] = matches
        if name is not None:
            self._values["name"] = name
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def backend_refs(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefs"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRules#backendRefs
        '''
        result = self._values.get("backend_refs")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefs"]], result)

    @builtins.property
    def filters(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFilters"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRules#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFilters"]], result)

    @builtins.property
    def matches(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatches"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRules#matches
        '''
        result = self._values.get("matches")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatches"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRules#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeouts(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesTimeouts"]:
        '''
        :schema: HttpRouteV1Beta1SpecRules#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefs",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "filters": "filters",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
        "weight": "weight",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefs:
    def __init__(
        self,
        *,
        name: builtins.str,
        filters: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFilters", typing.Dict[builtins.str, typing.Any]]]] = None,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        weight: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param filters: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 
        :param weight: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a20cc75c8249d188b289e4e23c6ecb9140a6f612efed6abfcc6ff0ede9021e6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument filters", value=filters, expected_type=type_hints["filters"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument weight", value=weight, expected_type=type_hints["weight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if filters is not None:
            self._values["filters"] = filters
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port
        if weight is not None:
            self._values["weight"] = weight

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filters(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFilters"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#filters
        '''
        result = self._values.get("filters")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFilters"]], result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def weight(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefs#weight
        '''
        result = self._values.get("weight")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesBackendRefsFiltersType",
        extension_ref: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: 
        :param extension_ref: 
        :param request_header_modifier: 
        :param request_mirror: 
        :param request_redirect: 
        :param response_header_modifier: 
        :param url_rewrite: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters
        '''
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d7aeed0cab15972f849646efb71700845048539bab9d9a2736661f0c3af6f3db)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersType":
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersType", result)

    @builtins.property
    def extension_ref(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef:
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

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e1b737029f031f26bbc410e00ef9b6b69808bc768be7ab405410f00d5296f8d)
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
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4613025c4bd6f532756d818614cc36af98c143531b5698c432d39bcb55fb7014)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edc1ac1dacc96b7f92d5a1fd2981bc03155b368f2d97da540abc43744933ebe1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e24dbd7d00d65efb540d102a2c9461b82adc2107b39bfc554c11610dd28bec30)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param backend_ref: 
        :param fraction: 
        :param percent: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6f3adeea1cdbc2d7432371d5e763017c04dcff89483bc5fa2334f0e54d232ec)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(
        self,
    ) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef":
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f3215cac11cd8f9311c689422f0266c02a010b73f27fbea8eccb5810c4bd9c3)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param numerator: 
        :param denominator: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2f9a598234f49547f5b2404252a3ad7285b75e5d906e1ed843a1758f59e4e27a)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status_code: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e40400bd2682116a94c1a27d54f13ed2587bdf678211a5ae26b7854c8fadfbd)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__53740734a652840634be0f6a08b2611d40523f58a5c7c2facd57e39ee210f7e6)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(
        self,
    ) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType":
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3b89e1563656bd3a772ac8c4b8ad1681c21219d368d20f1b06c80e531a45d25)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2ec42d283f5af3ff77946a53a7572053ef611fbace791f858a17f316af26ac98)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0505544a3a3a84c3032ff1e1550466ee51438fda984060bc089865ff52a8f90b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersType"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d80db36a3295d99376d833ce7aac608b666a950cf1f2e320613816841439002d)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ba64d73c4e2fb10e68e7263247aea98065742ab723fd94c6c4195ef494de295f)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType":
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType"
)
class HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFilters",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "extension_ref": "extensionRef",
        "request_header_modifier": "requestHeaderModifier",
        "request_mirror": "requestMirror",
        "request_redirect": "requestRedirect",
        "response_header_modifier": "responseHeaderModifier",
        "url_rewrite": "urlRewrite",
    },
)
class HttpRouteV1Beta1SpecRulesFilters:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesFiltersType",
        extension_ref: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersExtensionRef", typing.Dict[builtins.str, typing.Any]]] = None,
        request_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        request_mirror: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestMirror", typing.Dict[builtins.str, typing.Any]]] = None,
        request_redirect: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestRedirect", typing.Dict[builtins.str, typing.Any]]] = None,
        response_header_modifier: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier", typing.Dict[builtins.str, typing.Any]]] = None,
        url_rewrite: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersUrlRewrite", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param type: 
        :param extension_ref: 
        :param request_header_modifier: 
        :param request_mirror: 
        :param request_redirect: 
        :param response_header_modifier: 
        :param url_rewrite: 

        :schema: HttpRouteV1Beta1SpecRulesFilters
        '''
        if isinstance(extension_ref, dict):
            extension_ref = HttpRouteV1Beta1SpecRulesFiltersExtensionRef(**extension_ref)
        if isinstance(request_header_modifier, dict):
            request_header_modifier = HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(**request_header_modifier)
        if isinstance(request_mirror, dict):
            request_mirror = HttpRouteV1Beta1SpecRulesFiltersRequestMirror(**request_mirror)
        if isinstance(request_redirect, dict):
            request_redirect = HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(**request_redirect)
        if isinstance(response_header_modifier, dict):
            response_header_modifier = HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(**response_header_modifier)
        if isinstance(url_rewrite, dict):
            url_rewrite = HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(**url_rewrite)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__560b5bf7a8add629a38390bc881dce63effdd0a9cbe54fd57ee89c26b2ecac4d)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument extension_ref", value=extension_ref, expected_type=type_hints["extension_ref"])
            check_type(argname="argument request_header_modifier", value=request_header_modifier, expected_type=type_hints["request_header_modifier"])
            check_type(argname="argument request_mirror", value=request_mirror, expected_type=type_hints["request_mirror"])
            check_type(argname="argument request_redirect", value=request_redirect, expected_type=type_hints["request_redirect"])
            check_type(argname="argument response_header_modifier", value=response_header_modifier, expected_type=type_hints["response_header_modifier"])
            check_type(argname="argument url_rewrite", value=url_rewrite, expected_type=type_hints["url_rewrite"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if extension_ref is not None:
            self._values["extension_ref"] = extension_ref
        if request_header_modifier is not None:
            self._values["request_header_modifier"] = request_header_modifier
        if request_mirror is not None:
            self._values["request_mirror"] = request_mirror
        if request_redirect is not None:
            self._values["request_redirect"] = request_redirect
        if response_header_modifier is not None:
            self._values["response_header_modifier"] = response_header_modifier
        if url_rewrite is not None:
            self._values["url_rewrite"] = url_rewrite

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesFiltersType":
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersType", result)

    @builtins.property
    def extension_ref(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersExtensionRef"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#extensionRef
        '''
        result = self._values.get("extension_ref")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersExtensionRef"], result)

    @builtins.property
    def request_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#requestHeaderModifier
        '''
        result = self._values.get("request_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier"], result)

    @builtins.property
    def request_mirror(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirror"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#requestMirror
        '''
        result = self._values.get("request_mirror")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirror"], result)

    @builtins.property
    def request_redirect(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirect"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#requestRedirect
        '''
        result = self._values.get("request_redirect")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirect"], result)

    @builtins.property
    def response_header_modifier(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#responseHeaderModifier
        '''
        result = self._values.get("response_header_modifier")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier"], result)

    @builtins.property
    def url_rewrite(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewrite"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFilters#urlRewrite
        '''
        result = self._values.get("url_rewrite")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewrite"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFilters(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersExtensionRef",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class HttpRouteV1Beta1SpecRulesFiltersExtensionRef:
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

        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5ac4b3d73e5cc7ae01a1820d385df3546c1e7a208104143c003348551f332591)
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
        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersExtensionRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersExtensionRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8db35dc459a914cddb485de427060e5845118874b71f7e64b5d65c63731f3c20)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d7b1f3540945a9ceb587f6819cf11cc2c06901876a5a928d01db972a55c3975)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c6c56f9614a6c92610651d4fe7f569974085c6daf2dae629a93faeec0e60f12b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirror",
    jsii_struct_bases=[],
    name_mapping={
        "backend_ref": "backendRef",
        "fraction": "fraction",
        "percent": "percent",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestMirror:
    def __init__(
        self,
        *,
        backend_ref: typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef", typing.Dict[builtins.str, typing.Any]],
        fraction: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction", typing.Dict[builtins.str, typing.Any]]] = None,
        percent: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param backend_ref: 
        :param fraction: 
        :param percent: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror
        '''
        if isinstance(backend_ref, dict):
            backend_ref = HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(**backend_ref)
        if isinstance(fraction, dict):
            fraction = HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(**fraction)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__772e8c1a08e6898eea4c1b450cffd0d594c91ad7429faa14d2f32028ed368877)
            check_type(argname="argument backend_ref", value=backend_ref, expected_type=type_hints["backend_ref"])
            check_type(argname="argument fraction", value=fraction, expected_type=type_hints["fraction"])
            check_type(argname="argument percent", value=percent, expected_type=type_hints["percent"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "backend_ref": backend_ref,
        }
        if fraction is not None:
            self._values["fraction"] = fraction
        if percent is not None:
            self._values["percent"] = percent

    @builtins.property
    def backend_ref(self) -> "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef":
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror#backendRef
        '''
        result = self._values.get("backend_ref")
        assert result is not None, "Required property 'backend_ref' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef", result)

    @builtins.property
    def fraction(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror#fraction
        '''
        result = self._values.get("fraction")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction"], result)

    @builtins.property
    def percent(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirror#percent
        '''
        result = self._values.get("percent")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestMirror(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "group": "group",
        "kind": "kind",
        "namespace": "namespace",
        "port": "port",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        group: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param name: 
        :param group: 
        :param kind: 
        :param namespace: 
        :param port: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c577da48b87b6176fd4cf72034948d25583aad597befe9e3e7e59ce613514b23)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if group is not None:
            self._values["group"] = group
        if kind is not None:
            self._values["kind"] = kind
        if namespace is not None:
            self._values["namespace"] = namespace
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def group(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#group
        '''
        result = self._values.get("group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction",
    jsii_struct_bases=[],
    name_mapping={"numerator": "numerator", "denominator": "denominator"},
)
class HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction:
    def __init__(
        self,
        *,
        numerator: jsii.Number,
        denominator: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param numerator: 
        :param denominator: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4206781948a56099a74800b386cca78fe72ff4d4343f57a0e86f846951059dc)
            check_type(argname="argument numerator", value=numerator, expected_type=type_hints["numerator"])
            check_type(argname="argument denominator", value=denominator, expected_type=type_hints["denominator"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "numerator": numerator,
        }
        if denominator is not None:
            self._values["denominator"] = denominator

    @builtins.property
    def numerator(self) -> jsii.Number:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#numerator
        '''
        result = self._values.get("numerator")
        assert result is not None, "Required property 'numerator' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def denominator(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction#denominator
        '''
        result = self._values.get("denominator")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirect",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "path": "path",
        "port": "port",
        "scheme": "scheme",
        "status_code": "statusCode",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirect:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath", typing.Dict[builtins.str, typing.Any]]] = None,
        port: typing.Optional[jsii.Number] = None,
        scheme: typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"] = None,
        status_code: typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 
        :param port: 
        :param scheme: 
        :param status_code: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f19bff007a431f1b8ee97c345d844f7f6dfe62ad7ecfa37aff85ae8ce20a570)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument status_code", value=status_code, expected_type=type_hints["status_code"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path
        if port is not None:
            self._values["port"] = port
        if scheme is not None:
            self._values["scheme"] = scheme
        if status_code is not None:
            self._values["status_code"] = status_code

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath"], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def scheme(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"], result)

    @builtins.property
    def status_code(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirect#statusCode
        '''
        result = self._values.get("status_code")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestRedirect(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f7fa3d60397138cd665718570a0e2e5795aedafdce8bee8d818a5b13e026de2)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType":
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType"
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme"
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode"
)
class HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode
    '''

    VALUE_301 = "VALUE_301"
    '''301.'''
    VALUE_302 = "VALUE_302"
    '''302.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier",
    jsii_struct_bases=[],
    name_mapping={"add": "add", "remove": "remove", "set": "set"},
)
class HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier:
    def __init__(
        self,
        *,
        add: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd", typing.Dict[builtins.str, typing.Any]]]] = None,
        remove: typing.Optional[typing.Sequence[builtins.str]] = None,
        set: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param add: 
        :param remove: 
        :param set: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79f94db36dfc3cff36395d1fe55302217b5ce9c159c36cf8ebabcfede9e82ea0)
            check_type(argname="argument add", value=add, expected_type=type_hints["add"])
            check_type(argname="argument remove", value=remove, expected_type=type_hints["remove"])
            check_type(argname="argument set", value=set, expected_type=type_hints["set"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if add is not None:
            self._values["add"] = add
        if remove is not None:
            self._values["remove"] = remove
        if set is not None:
            self._values["set"] = set

    @builtins.property
    def add(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#add
        '''
        result = self._values.get("add")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd"]], result)

    @builtins.property
    def remove(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#remove
        '''
        result = self._values.get("remove")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def set(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier#set
        '''
        result = self._values.get("set")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ccca9c404d05063cd075d702aafa25a41782407289849cb3e959947ade90f9ac)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''
        :param name: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a8d9ba79b3786c0a62f3eb4c4fad901db9787d780b685f979a377107eb42889)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersType"
)
class HttpRouteV1Beta1SpecRulesFiltersType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesFiltersType
    '''

    REQUEST_HEADER_MODIFIER = "REQUEST_HEADER_MODIFIER"
    '''RequestHeaderModifier.'''
    RESPONSE_HEADER_MODIFIER = "RESPONSE_HEADER_MODIFIER"
    '''ResponseHeaderModifier.'''
    REQUEST_MIRROR = "REQUEST_MIRROR"
    '''RequestMirror.'''
    REQUEST_REDIRECT = "REQUEST_REDIRECT"
    '''RequestRedirect.'''
    URL_REWRITE = "URL_REWRITE"
    '''URLRewrite.'''
    EXTENSION_REF = "EXTENSION_REF"
    '''ExtensionRef.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersUrlRewrite",
    jsii_struct_bases=[],
    name_mapping={"hostname": "hostname", "path": "path"},
)
class HttpRouteV1Beta1SpecRulesFiltersUrlRewrite:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param hostname: 
        :param path: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ce21941a9676eb766430644343d78157d9e9d7f4c0e23dff7b2bc01413282a1)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if path is not None:
            self._values["path"] = path

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewrite#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersUrlRewrite(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath",
    jsii_struct_bases=[],
    name_mapping={
        "type": "type",
        "replace_full_path": "replaceFullPath",
        "replace_prefix_match": "replacePrefixMatch",
    },
)
class HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath:
    def __init__(
        self,
        *,
        type: "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType",
        replace_full_path: typing.Optional[builtins.str] = None,
        replace_prefix_match: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param replace_full_path: 
        :param replace_prefix_match: 

        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c118c852c3d5bc8e973c2d48f7e9fcc331deacdb80c9657a1e904c2d3d16af60)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument replace_full_path", value=replace_full_path, expected_type=type_hints["replace_full_path"])
            check_type(argname="argument replace_prefix_match", value=replace_prefix_match, expected_type=type_hints["replace_prefix_match"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if replace_full_path is not None:
            self._values["replace_full_path"] = replace_full_path
        if replace_prefix_match is not None:
            self._values["replace_prefix_match"] = replace_prefix_match

    @builtins.property
    def type(self) -> "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType":
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType", result)

    @builtins.property
    def replace_full_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replaceFullPath
        '''
        result = self._values.get("replace_full_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_prefix_match(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath#replacePrefixMatch
        '''
        result = self._values.get("replace_prefix_match")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType"
)
class HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType
    '''

    REPLACE_FULL_PATH = "REPLACE_FULL_PATH"
    '''ReplaceFullPath.'''
    REPLACE_PREFIX_MATCH = "REPLACE_PREFIX_MATCH"
    '''ReplacePrefixMatch.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatches",
    jsii_struct_bases=[],
    name_mapping={
        "headers": "headers",
        "method": "method",
        "path": "path",
        "query_params": "queryParams",
    },
)
class HttpRouteV1Beta1SpecRulesMatches:
    def __init__(
        self,
        *,
        headers: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesMatchesHeaders", typing.Dict[builtins.str, typing.Any]]]] = None,
        method: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesMethod"] = None,
        path: typing.Optional[typing.Union["HttpRouteV1Beta1SpecRulesMatchesPath", typing.Dict[builtins.str, typing.Any]]] = None,
        query_params: typing.Optional[typing.Sequence[typing.Union["HttpRouteV1Beta1SpecRulesMatchesQueryParams", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''
        :param headers: 
        :param method: 
        :param path: 
        :param query_params: 

        :schema: HttpRouteV1Beta1SpecRulesMatches
        '''
        if isinstance(path, dict):
            path = HttpRouteV1Beta1SpecRulesMatchesPath(**path)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3fc7ff4a7486bd8d254d3fbd1145e2d61a2a875c5dcc73884a5cdcafff3ed224)
            check_type(argname="argument headers", value=headers, expected_type=type_hints["headers"])
            check_type(argname="argument method", value=method, expected_type=type_hints["method"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument query_params", value=query_params, expected_type=type_hints["query_params"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if headers is not None:
            self._values["headers"] = headers
        if method is not None:
            self._values["method"] = method
        if path is not None:
            self._values["path"] = path
        if query_params is not None:
            self._values["query_params"] = query_params

    @builtins.property
    def headers(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesHeaders"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatches#headers
        '''
        result = self._values.get("headers")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesHeaders"]], result)

    @builtins.property
    def method(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesMethod"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatches#method
        '''
        result = self._values.get("method")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesMethod"], result)

    @builtins.property
    def path(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPath"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatches#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPath"], result)

    @builtins.property
    def query_params(
        self,
    ) -> typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesQueryParams"]]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatches#queryParams
        '''
        result = self._values.get("query_params")
        return typing.cast(typing.Optional[typing.List["HttpRouteV1Beta1SpecRulesMatchesQueryParams"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesHeaders",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteV1Beta1SpecRulesMatchesHeaders:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesHeadersType"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param type: 

        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7b316c2f53b689b97500fb8ee32421556bd04fcd4d33b0d2be514cc2843c9ac)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesHeadersType"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesHeaders#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesHeadersType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatchesHeaders(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesHeadersType"
)
class HttpRouteV1Beta1SpecRulesMatchesHeadersType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesMatchesHeadersType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesMethod"
)
class HttpRouteV1Beta1SpecRulesMatchesMethod(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesMatchesMethod
    '''

    GET = "GET"
    '''GET.'''
    HEAD = "HEAD"
    '''HEAD.'''
    POST = "POST"
    '''POST.'''
    PUT = "PUT"
    '''PUT.'''
    DELETE = "DELETE"
    '''DELETE.'''
    CONNECT = "CONNECT"
    '''CONNECT.'''
    OPTIONS = "OPTIONS"
    '''OPTIONS.'''
    TRACE = "TRACE"
    '''TRACE.'''
    PATCH = "PATCH"
    '''PATCH.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesPath",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "value": "value"},
)
class HttpRouteV1Beta1SpecRulesMatchesPath:
    def __init__(
        self,
        *,
        type: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPathType"] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param value: 

        :schema: HttpRouteV1Beta1SpecRulesMatchesPath
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e87a2a4cca2cfeb0225b29ef65f870e7703f1087190d0417e369cc8aa6f485ef)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if type is not None:
            self._values["type"] = type
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def type(self) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPathType"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesPath#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesPathType"], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesPath#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatchesPath(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesPathType"
)
class HttpRouteV1Beta1SpecRulesMatchesPathType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesMatchesPathType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    PATH_PREFIX = "PATH_PREFIX"
    '''PathPrefix.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParams",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "type": "type"},
)
class HttpRouteV1Beta1SpecRulesMatchesQueryParams:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: builtins.str,
        type: typing.Optional["HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"] = None,
    ) -> None:
        '''
        :param name: 
        :param value: 
        :param type: 

        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__efa662ac02331e2b962b12dfae0b7bf2864c81b482c761e8eb1d8849231225c8)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParams#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesMatchesQueryParams(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesMatchesQueryParamsType"
)
class HttpRouteV1Beta1SpecRulesMatchesQueryParamsType(enum.Enum):
    '''
    :schema: HttpRouteV1Beta1SpecRulesMatchesQueryParamsType
    '''

    EXACT = "EXACT"
    '''Exact.'''
    REGULAR_EXPRESSION = "REGULAR_EXPRESSION"
    '''RegularExpression.'''


@jsii.data_type(
    jsii_type="httproute_v1_4_0_iok8snetworkinggateway.HttpRouteV1Beta1SpecRulesTimeouts",
    jsii_struct_bases=[],
    name_mapping={"backend_request": "backendRequest", "request": "request"},
)
class HttpRouteV1Beta1SpecRulesTimeouts:
    def __init__(
        self,
        *,
        backend_request: typing.Optional[builtins.str] = None,
        request: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param backend_request: 
        :param request: 

        :schema: HttpRouteV1Beta1SpecRulesTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b87245fccdb9802173cea17f53409dd1743cc69b34f680d43978ce7036bdf829)
            check_type(argname="argument backend_request", value=backend_request, expected_type=type_hints["backend_request"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if backend_request is not None:
            self._values["backend_request"] = backend_request
        if request is not None:
            self._values["request"] = request

    @builtins.property
    def backend_request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesTimeouts#backendRequest
        '''
        result = self._values.get("backend_request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HttpRouteV1Beta1SpecRulesTimeouts#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HttpRouteV1Beta1SpecRulesTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "HttpRoute",
    "HttpRouteProps",
    "HttpRouteSpec",
    "HttpRouteSpecParentRefs",
    "HttpRouteSpecRules",
    "HttpRouteSpecRulesBackendRefs",
    "HttpRouteSpecRulesBackendRefsFilters",
    "HttpRouteSpecRulesBackendRefsFiltersExtensionRef",
    "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier",
    "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    "HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    "HttpRouteSpecRulesBackendRefsFiltersRequestMirror",
    "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    "HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirect",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme",
    "HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode",
    "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier",
    "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    "HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    "HttpRouteSpecRulesBackendRefsFiltersType",
    "HttpRouteSpecRulesBackendRefsFiltersUrlRewrite",
    "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath",
    "HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType",
    "HttpRouteSpecRulesFilters",
    "HttpRouteSpecRulesFiltersExtensionRef",
    "HttpRouteSpecRulesFiltersRequestHeaderModifier",
    "HttpRouteSpecRulesFiltersRequestHeaderModifierAdd",
    "HttpRouteSpecRulesFiltersRequestHeaderModifierSet",
    "HttpRouteSpecRulesFiltersRequestMirror",
    "HttpRouteSpecRulesFiltersRequestMirrorBackendRef",
    "HttpRouteSpecRulesFiltersRequestMirrorFraction",
    "HttpRouteSpecRulesFiltersRequestRedirect",
    "HttpRouteSpecRulesFiltersRequestRedirectPath",
    "HttpRouteSpecRulesFiltersRequestRedirectPathType",
    "HttpRouteSpecRulesFiltersRequestRedirectScheme",
    "HttpRouteSpecRulesFiltersRequestRedirectStatusCode",
    "HttpRouteSpecRulesFiltersResponseHeaderModifier",
    "HttpRouteSpecRulesFiltersResponseHeaderModifierAdd",
    "HttpRouteSpecRulesFiltersResponseHeaderModifierSet",
    "HttpRouteSpecRulesFiltersType",
    "HttpRouteSpecRulesFiltersUrlRewrite",
    "HttpRouteSpecRulesFiltersUrlRewritePath",
    "HttpRouteSpecRulesFiltersUrlRewritePathType",
    "HttpRouteSpecRulesMatches",
    "HttpRouteSpecRulesMatchesHeaders",
    "HttpRouteSpecRulesMatchesHeadersType",
    "HttpRouteSpecRulesMatchesMethod",
    "HttpRouteSpecRulesMatchesPath",
    "HttpRouteSpecRulesMatchesPathType",
    "HttpRouteSpecRulesMatchesQueryParams",
    "HttpRouteSpecRulesMatchesQueryParamsType",
    "HttpRouteSpecRulesTimeouts",
    "HttpRouteV1Beta1",
    "HttpRouteV1Beta1Props",
    "HttpRouteV1Beta1Spec",
    "HttpRouteV1Beta1SpecParentRefs",
    "HttpRouteV1Beta1SpecRules",
    "HttpRouteV1Beta1SpecRulesBackendRefs",
    "HttpRouteV1Beta1SpecRulesBackendRefsFilters",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersType",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath",
    "HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType",
    "HttpRouteV1Beta1SpecRulesFilters",
    "HttpRouteV1Beta1SpecRulesFiltersExtensionRef",
    "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier",
    "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesFiltersRequestMirror",
    "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef",
    "HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirect",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme",
    "HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode",
    "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier",
    "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd",
    "HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet",
    "HttpRouteV1Beta1SpecRulesFiltersType",
    "HttpRouteV1Beta1SpecRulesFiltersUrlRewrite",
    "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath",
    "HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType",
    "HttpRouteV1Beta1SpecRulesMatches",
    "HttpRouteV1Beta1SpecRulesMatchesHeaders",
    "HttpRouteV1Beta1SpecRulesMatchesHeadersType",
    "HttpRouteV1Beta1SpecRulesMatchesMethod",
    "HttpRouteV1Beta1SpecRulesMatchesPath",
    "HttpRouteV1Beta1SpecRulesMatchesPathType",
    "HttpRouteV1Beta1SpecRulesMatchesQueryParams",
    "HttpRouteV1Beta1SpecRulesMatchesQueryParamsType",
    "HttpRouteV1Beta1SpecRulesTimeouts",
]

publication.publish()

def _typecheckingstub__c51eec373a01b1e92a258d4e6c08cfb8bac37a61c57a5a8be19d7cc33f86d166(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[HttpRouteSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fbae0a61d621515bf7e703cf7d4f14b39ff99f0c07997778e4d85ee710d0956(
    *,
    spec: typing.Union[HttpRouteSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79171e41e96a7274785901755e0ebf369413c7823c866e1dccd3796b1546a531(
    *,
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    rules: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33099643d7eb914d476a2605a9882940c178010fda57f2e270daebfdc3259912(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c937d8e59719df1b2a128144a1924cd84b66122faf61e9d83dff3ca0988af199(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    matches: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[HttpRouteSpecRulesTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36cbed814e486c683256d26f18bed8bb147f7ef9658444683b8d553439481be0(
    *,
    name: builtins.str,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e480ff33c8e92e688641eb848943f140f6c6f0710312d76a53ebc895eb656bb3(
    *,
    type: HttpRouteSpecRulesBackendRefsFiltersType,
    extension_ref: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c28bc2502e0cdb3ad516c8eed2ced2326867566a3e335a2265f7ffe1e9ff0d63(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47f7b21724705be8dcb0e71e1bf0bff78c9606c22089623a38f0ebeb99917e5e(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30d8e86ea2e7782e42e87947bdf08a7a89cac50e14ea5f7aed61a2b32873cf20(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ecaa328c7162cfc407199f578af9f4668024fb8e94d83d55f1a4180dd434032(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__22b30973310b2b9cbb4e9a1b54edff47bf9b0cfe9c0e924a75977be74e9b5232(
    *,
    backend_ref: typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa3ae83f5bbe3e5482567357ddc498d4ac4b6713a3d60709fc5dddfb6e606949(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2b85283748e5db60f53fb46741d1429508b6d0226148783a8cf4a5f1fde181d6(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94ceb7cb4d8f287788e9ed5ced9a130408f0d2c82463dbb6ee4d8706f822f040(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteSpecRulesBackendRefsFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83ceb97229735e1644fc02e45dd6c8fd24f603a4f9aa566dea7f3de71132aa5b(
    *,
    type: HttpRouteSpecRulesBackendRefsFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__10f39ac351da7b7af7fed528231d61508a5d89841a895450a8201428dabd0cd2(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesBackendRefsFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f134e3be15ec574eb83bd77843a8244e2255beb4051441aafa1275d3727fd79(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dfa1a24f3382b449d8550803cb8d0a4ac51767fc81e08d6d03c5302a88b947a0(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__588f44cda6f7ed173a30d8f7e3d689a29615e93040529e9cf90a2b9a2fc6290d(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesBackendRefsFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa82dea20ceb0f364769356d0b5449bd611609b6f4a7975ca1b190e5d4c57ea6(
    *,
    type: HttpRouteSpecRulesBackendRefsFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bdb6c36eb8f12f5ddb1a709d47167a9d4d916bc1289d6f8a64f7d53835a88eb1(
    *,
    type: HttpRouteSpecRulesFiltersType,
    extension_ref: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ed60ab2e5b429db330b04ce2ef7ff223cb01b50d666bc9f414e437e2d37297c(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69f37e143b600120f75aee54fe2b139aa976fbd74e349d39018dc82ddc6080f1(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__628de8a1d1dd8b1099f8786c73862f21ee32f03be590971a65620129a36ea6e2(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__551aa0b28ffdc713fb35d35b76597425103f80d22a36ffff18b78be9c917da6b(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1744d9dd159178f883895121cd8cf961210c039d3577c7f389301bb3d828bfd(
    *,
    backend_ref: typing.Union[HttpRouteSpecRulesFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04f654f0cac77072967be454ed346d491ee74b8bed51c4e824a39b7d07041879(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3507a18310fe32f5b96b7b2d16ecb24a34921d35b2f242214f97161150c9a4b(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bba5c645b7bdda8f796d15d3949f2c08dd166337754cfd09e6c221fb607d0bc8(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteSpecRulesFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteSpecRulesFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6eb9c849e9d97be1d1912bbb08d37af38800ca7ecb5d977e1a56e9e6c12dafa6(
    *,
    type: HttpRouteSpecRulesFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcf3ac7672cfddcc7fdfcf490176df901f2a30c578e85b8dbac71561bb44c6dc(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96835d5f87b578b7861b120dcc711c9a30cfdb41c60a41530b4831aef13f2ded(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f47eb9234a64aba2f9c37f52117fafdf84348b5ffe216d8ac1303a957f279444(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d451e1da0452320ad2f1212b74769a539c2b121a8f0ba32612722de6c3f02c4a(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfb213001da46bf03c618c0552e78dafd87be0284563ced4dde3cc2de1bc7121(
    *,
    type: HttpRouteSpecRulesFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fee2726e4f59cfeee867036e32757468a9888418acc8fe9f0b9cfbfd33fc7f4c(
    *,
    headers: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesMatchesHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    method: typing.Optional[HttpRouteSpecRulesMatchesMethod] = None,
    path: typing.Optional[typing.Union[HttpRouteSpecRulesMatchesPath, typing.Dict[builtins.str, typing.Any]]] = None,
    query_params: typing.Optional[typing.Sequence[typing.Union[HttpRouteSpecRulesMatchesQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35e40f6424b4efc15c2853653cbd8ec8b2e323159bc0b4f57cb8a9a4ff95c283(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteSpecRulesMatchesHeadersType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__698b4915f07f57f1be84dcd40e473f78b70c676db53c84857c611a655f8821b4(
    *,
    type: typing.Optional[HttpRouteSpecRulesMatchesPathType] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f642ba2168933c6fb7941515842bf61ce11fadebbde0f0438ea84b05463f326(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteSpecRulesMatchesQueryParamsType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aea0c0591cb13b93aa85792d3a8b8b70d815510e03f2045c8a49cc33615aefa(
    *,
    backend_request: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee6e5ee8b748f3efb3a4087556aa59d95701649e6c67b724c471fa33b3477478(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[HttpRouteV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e357f338e15b782c1287781ec1275f3e754237ba4b06d713f2ce30f845758aa(
    *,
    spec: typing.Union[HttpRouteV1Beta1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7d15418624530e9146b9e4705a0064c09e86c49b9210326c4934b0d57702c58(
    *,
    hostnames: typing.Optional[typing.Sequence[builtins.str]] = None,
    parent_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecParentRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    rules: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRules, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea629a7953d023ab9b325886e63e13630aa2d081dea55a91382831a77dbb902c(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a581ecdecc94b1e3c0e45d8757ad671a8f325c817e32c70160358be6f9f70bb4(
    *,
    backend_refs: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    matches: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesMatches, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    timeouts: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a20cc75c8249d188b289e4e23c6ecb9140a6f612efed6abfcc6ff0ede9021e6(
    *,
    name: builtins.str,
    filters: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFilters, typing.Dict[builtins.str, typing.Any]]]] = None,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    weight: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d7aeed0cab15972f849646efb71700845048539bab9d9a2736661f0c3af6f3db(
    *,
    type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersType,
    extension_ref: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e1b737029f031f26bbc410e00ef9b6b69808bc768be7ab405410f00d5296f8d(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4613025c4bd6f532756d818614cc36af98c143531b5698c432d39bcb55fb7014(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edc1ac1dacc96b7f92d5a1fd2981bc03155b368f2d97da540abc43744933ebe1(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e24dbd7d00d65efb540d102a2c9461b82adc2107b39bfc554c11610dd28bec30(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6f3adeea1cdbc2d7432371d5e763017c04dcff89483bc5fa2334f0e54d232ec(
    *,
    backend_ref: typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f3215cac11cd8f9311c689422f0266c02a010b73f27fbea8eccb5810c4bd9c3(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2f9a598234f49547f5b2404252a3ad7285b75e5d906e1ed843a1758f59e4e27a(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e40400bd2682116a94c1a27d54f13ed2587bdf678211a5ae26b7854c8fadfbd(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__53740734a652840634be0f6a08b2611d40523f58a5c7c2facd57e39ee210f7e6(
    *,
    type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3b89e1563656bd3a772ac8c4b8ad1681c21219d368d20f1b06c80e531a45d25(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2ec42d283f5af3ff77946a53a7572053ef611fbace791f858a17f316af26ac98(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0505544a3a3a84c3032ff1e1550466ee51438fda984060bc089865ff52a8f90b(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d80db36a3295d99376d833ce7aac608b666a950cf1f2e320613816841439002d(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ba64d73c4e2fb10e68e7263247aea98065742ab723fd94c6c4195ef494de295f(
    *,
    type: HttpRouteV1Beta1SpecRulesBackendRefsFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__560b5bf7a8add629a38390bc881dce63effdd0a9cbe54fd57ee89c26b2ecac4d(
    *,
    type: HttpRouteV1Beta1SpecRulesFiltersType,
    extension_ref: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersExtensionRef, typing.Dict[builtins.str, typing.Any]]] = None,
    request_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    request_mirror: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestMirror, typing.Dict[builtins.str, typing.Any]]] = None,
    request_redirect: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestRedirect, typing.Dict[builtins.str, typing.Any]]] = None,
    response_header_modifier: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifier, typing.Dict[builtins.str, typing.Any]]] = None,
    url_rewrite: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersUrlRewrite, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5ac4b3d73e5cc7ae01a1820d385df3546c1e7a208104143c003348551f332591(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8db35dc459a914cddb485de427060e5845118874b71f7e64b5d65c63731f3c20(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d7b1f3540945a9ceb587f6819cf11cc2c06901876a5a928d01db972a55c3975(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c6c56f9614a6c92610651d4fe7f569974085c6daf2dae629a93faeec0e60f12b(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__772e8c1a08e6898eea4c1b450cffd0d594c91ad7429faa14d2f32028ed368877(
    *,
    backend_ref: typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestMirrorBackendRef, typing.Dict[builtins.str, typing.Any]],
    fraction: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestMirrorFraction, typing.Dict[builtins.str, typing.Any]]] = None,
    percent: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c577da48b87b6176fd4cf72034948d25583aad597befe9e3e7e59ce613514b23(
    *,
    name: builtins.str,
    group: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4206781948a56099a74800b386cca78fe72ff4d4343f57a0e86f846951059dc(
    *,
    numerator: jsii.Number,
    denominator: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f19bff007a431f1b8ee97c345d844f7f6dfe62ad7ecfa37aff85ae8ce20a570(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPath, typing.Dict[builtins.str, typing.Any]]] = None,
    port: typing.Optional[jsii.Number] = None,
    scheme: typing.Optional[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectScheme] = None,
    status_code: typing.Optional[HttpRouteV1Beta1SpecRulesFiltersRequestRedirectStatusCode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f7fa3d60397138cd665718570a0e2e5795aedafdce8bee8d818a5b13e026de2(
    *,
    type: HttpRouteV1Beta1SpecRulesFiltersRequestRedirectPathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79f94db36dfc3cff36395d1fe55302217b5ce9c159c36cf8ebabcfede9e82ea0(
    *,
    add: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierAdd, typing.Dict[builtins.str, typing.Any]]]] = None,
    remove: typing.Optional[typing.Sequence[builtins.str]] = None,
    set: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesFiltersResponseHeaderModifierSet, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ccca9c404d05063cd075d702aafa25a41782407289849cb3e959947ade90f9ac(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a8d9ba79b3786c0a62f3eb4c4fad901db9787d780b685f979a377107eb42889(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ce21941a9676eb766430644343d78157d9e9d7f4c0e23dff7b2bc01413282a1(
    *,
    hostname: typing.Optional[builtins.str] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesFiltersUrlRewritePath, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c118c852c3d5bc8e973c2d48f7e9fcc331deacdb80c9657a1e904c2d3d16af60(
    *,
    type: HttpRouteV1Beta1SpecRulesFiltersUrlRewritePathType,
    replace_full_path: typing.Optional[builtins.str] = None,
    replace_prefix_match: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3fc7ff4a7486bd8d254d3fbd1145e2d61a2a875c5dcc73884a5cdcafff3ed224(
    *,
    headers: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesMatchesHeaders, typing.Dict[builtins.str, typing.Any]]]] = None,
    method: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesMethod] = None,
    path: typing.Optional[typing.Union[HttpRouteV1Beta1SpecRulesMatchesPath, typing.Dict[builtins.str, typing.Any]]] = None,
    query_params: typing.Optional[typing.Sequence[typing.Union[HttpRouteV1Beta1SpecRulesMatchesQueryParams, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7b316c2f53b689b97500fb8ee32421556bd04fcd4d33b0d2be514cc2843c9ac(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesHeadersType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e87a2a4cca2cfeb0225b29ef65f870e7703f1087190d0417e369cc8aa6f485ef(
    *,
    type: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesPathType] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__efa662ac02331e2b962b12dfae0b7bf2864c81b482c761e8eb1d8849231225c8(
    *,
    name: builtins.str,
    value: builtins.str,
    type: typing.Optional[HttpRouteV1Beta1SpecRulesMatchesQueryParamsType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b87245fccdb9802173cea17f53409dd1743cc69b34f680d43978ce7036bdf829(
    *,
    backend_request: typing.Optional[builtins.str] = None,
    request: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
