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


class PodMonitoring(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoring",
):
    '''
    :schema: PodMonitoring
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PodMonitoring" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bf3e8b8abc6a31607f899e7261f71bfe38531c4c11f121af848bc9e55b294ae)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PodMonitoringProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PodMonitoring".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = PodMonitoringProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PodMonitoring".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PodMonitoringProps:
    def __init__(
        self,
        *,
        spec: typing.Union["PodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: PodMonitoring
        '''
        if isinstance(spec, dict):
            spec = PodMonitoringSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29fcf113e46fcb880503db256baaec4b6e44960761d5045b4243f944620655ee)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PodMonitoringSpec":
        '''
        :schema: PodMonitoring#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PodMonitoringSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PodMonitoring#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "selector": "selector",
        "filter_running": "filterRunning",
        "limits": "limits",
        "target_labels": "targetLabels",
    },
)
class PodMonitoringSpec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["PodMonitoringSpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["PodMonitoringSpecSelector", typing.Dict[builtins.str, typing.Any]],
        filter_running: typing.Optional[builtins.bool] = None,
        limits: typing.Optional[typing.Union["PodMonitoringSpecLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        target_labels: typing.Optional[typing.Union["PodMonitoringSpecTargetLabels", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param selector: 
        :param filter_running: 
        :param limits: 
        :param target_labels: 

        :schema: PodMonitoringSpec
        '''
        if isinstance(selector, dict):
            selector = PodMonitoringSpecSelector(**selector)
        if isinstance(limits, dict):
            limits = PodMonitoringSpecLimits(**limits)
        if isinstance(target_labels, dict):
            target_labels = PodMonitoringSpecTargetLabels(**target_labels)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a60f879b6f51a7aed6577facb26fa3c148c478be610a6089085f22fdf02ecca)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument filter_running", value=filter_running, expected_type=type_hints["filter_running"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument target_labels", value=target_labels, expected_type=type_hints["target_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
            "selector": selector,
        }
        if filter_running is not None:
            self._values["filter_running"] = filter_running
        if limits is not None:
            self._values["limits"] = limits
        if target_labels is not None:
            self._values["target_labels"] = target_labels

    @builtins.property
    def endpoints(self) -> typing.List["PodMonitoringSpecEndpoints"]:
        '''
        :schema: PodMonitoringSpec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["PodMonitoringSpecEndpoints"], result)

    @builtins.property
    def selector(self) -> "PodMonitoringSpecSelector":
        '''
        :schema: PodMonitoringSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PodMonitoringSpecSelector", result)

    @builtins.property
    def filter_running(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodMonitoringSpec#filterRunning
        '''
        result = self._values.get("filter_running")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def limits(self) -> typing.Optional["PodMonitoringSpecLimits"]:
        '''
        :schema: PodMonitoringSpec#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["PodMonitoringSpecLimits"], result)

    @builtins.property
    def target_labels(self) -> typing.Optional["PodMonitoringSpecTargetLabels"]:
        '''
        :schema: PodMonitoringSpec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional["PodMonitoringSpecTargetLabels"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "interval": "interval",
        "port": "port",
        "authorization": "authorization",
        "basic_auth": "basicAuth",
        "metric_relabeling": "metricRelabeling",
        "oauth2": "oauth2",
        "params": "params",
        "path": "path",
        "proxy_url": "proxyUrl",
        "scheme": "scheme",
        "timeout": "timeout",
        "tls": "tls",
    },
)
class PodMonitoringSpecEndpoints:
    def __init__(
        self,
        *,
        interval: builtins.str,
        port: "PodMonitoringSpecEndpointsPort",
        authorization: typing.Optional[typing.Union["PodMonitoringSpecEndpointsAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["PodMonitoringSpecEndpointsBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        metric_relabeling: typing.Optional[typing.Sequence[typing.Union["PodMonitoringSpecEndpointsMetricRelabeling", typing.Dict[builtins.str, typing.Any]]]] = None,
        oauth2: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2", typing.Dict[builtins.str, typing.Any]]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        path: typing.Optional[builtins.str] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scheme: typing.Optional["PodMonitoringSpecEndpointsScheme"] = None,
        timeout: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTls", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param interval: 
        :param port: 
        :param authorization: 
        :param basic_auth: 
        :param metric_relabeling: 
        :param oauth2: 
        :param params: 
        :param path: 
        :param proxy_url: 
        :param scheme: 
        :param timeout: 
        :param tls: 

        :schema: PodMonitoringSpecEndpoints
        '''
        if isinstance(authorization, dict):
            authorization = PodMonitoringSpecEndpointsAuthorization(**authorization)
        if isinstance(basic_auth, dict):
            basic_auth = PodMonitoringSpecEndpointsBasicAuth(**basic_auth)
        if isinstance(oauth2, dict):
            oauth2 = PodMonitoringSpecEndpointsOauth2(**oauth2)
        if isinstance(tls, dict):
            tls = PodMonitoringSpecEndpointsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b04ca3c5fecad7e950a187840868dfcd40182c63a9f4cf2d815adeefc7b7114)
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument authorization", value=authorization, expected_type=type_hints["authorization"])
            check_type(argname="argument basic_auth", value=basic_auth, expected_type=type_hints["basic_auth"])
            check_type(argname="argument metric_relabeling", value=metric_relabeling, expected_type=type_hints["metric_relabeling"])
            check_type(argname="argument oauth2", value=oauth2, expected_type=type_hints["oauth2"])
            check_type(argname="argument params", value=params, expected_type=type_hints["params"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument tls", value=tls, expected_type=type_hints["tls"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "interval": interval,
            "port": port,
        }
        if authorization is not None:
            self._values["authorization"] = authorization
        if basic_auth is not None:
            self._values["basic_auth"] = basic_auth
        if metric_relabeling is not None:
            self._values["metric_relabeling"] = metric_relabeling
        if oauth2 is not None:
            self._values["oauth2"] = oauth2
        if params is not None:
            self._values["params"] = params
        if path is not None:
            self._values["path"] = path
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scheme is not None:
            self._values["scheme"] = scheme
        if timeout is not None:
            self._values["timeout"] = timeout
        if tls is not None:
            self._values["tls"] = tls

    @builtins.property
    def interval(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpoints#interval
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> "PodMonitoringSpecEndpointsPort":
        '''
        :schema: PodMonitoringSpecEndpoints#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodMonitoringSpecEndpointsPort", result)

    @builtins.property
    def authorization(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsAuthorization"]:
        '''
        :schema: PodMonitoringSpecEndpoints#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsAuthorization"], result)

    @builtins.property
    def basic_auth(self) -> typing.Optional["PodMonitoringSpecEndpointsBasicAuth"]:
        '''
        :schema: PodMonitoringSpecEndpoints#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsBasicAuth"], result)

    @builtins.property
    def metric_relabeling(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecEndpointsMetricRelabeling"]]:
        '''
        :schema: PodMonitoringSpecEndpoints#metricRelabeling
        '''
        result = self._values.get("metric_relabeling")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecEndpointsMetricRelabeling"]], result)

    @builtins.property
    def oauth2(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2"]:
        '''
        :schema: PodMonitoringSpecEndpoints#oauth2
        '''
        result = self._values.get("oauth2")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2"], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: PodMonitoringSpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpoints#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional["PodMonitoringSpecEndpointsScheme"]:
        '''
        :schema: PodMonitoringSpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsScheme"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpoints#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["PodMonitoringSpecEndpointsTls"]:
        '''
        :schema: PodMonitoringSpecEndpoints#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsAuthorization",
    jsii_struct_bases=[],
    name_mapping={"credentials": "credentials", "type": "type"},
)
class PodMonitoringSpecEndpointsAuthorization:
    def __init__(
        self,
        *,
        credentials: typing.Optional[typing.Union["PodMonitoringSpecEndpointsAuthorizationCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param credentials: 
        :param type: 

        :schema: PodMonitoringSpecEndpointsAuthorization
        '''
        if isinstance(credentials, dict):
            credentials = PodMonitoringSpecEndpointsAuthorizationCredentials(**credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02dace2464fad47eaa2544201d92649836b7806dfc0d7e39607f7d157afc6ae2)
            check_type(argname="argument credentials", value=credentials, expected_type=type_hints["credentials"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if credentials is not None:
            self._values["credentials"] = credentials
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def credentials(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentials"]:
        '''
        :schema: PodMonitoringSpecEndpointsAuthorization#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentials"], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsAuthorization#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsAuthorizationCredentials",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsAuthorizationCredentials:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsAuthorizationCredentialsSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentials
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsAuthorizationCredentialsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fffce085242fe45aecc7135cd6b8c6ab962aebb0e4cb5d56b8b90c9367ed7bdb)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentialsSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsAuthorizationCredentials#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsAuthorizationCredentialsSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsAuthorizationCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsAuthorizationCredentialsSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsAuthorizationCredentialsSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b941271434c420414b2d0ee8db76036ffeac002295bcd55bac9fbc3742aa4c2c)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsAuthorizationCredentialsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsAuthorizationCredentialsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsBasicAuth",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class PodMonitoringSpecEndpointsBasicAuth:
    def __init__(
        self,
        *,
        password: typing.Optional[typing.Union["PodMonitoringSpecEndpointsBasicAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: 
        :param username: 

        :schema: PodMonitoringSpecEndpointsBasicAuth
        '''
        if isinstance(password, dict):
            password = PodMonitoringSpecEndpointsBasicAuthPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cd5c4f24e9c627f423b69fe62d49a938ae0aa2075ccbaac0e7269ddd5b12db71)
            check_type(argname="argument password", value=password, expected_type=type_hints["password"])
            check_type(argname="argument username", value=username, expected_type=type_hints["username"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if password is not None:
            self._values["password"] = password
        if username is not None:
            self._values["username"] = username

    @builtins.property
    def password(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsBasicAuthPassword"]:
        '''
        :schema: PodMonitoringSpecEndpointsBasicAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsBasicAuthPassword"], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsBasicAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsBasicAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsBasicAuthPassword:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsBasicAuthPasswordSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsBasicAuthPassword
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsBasicAuthPasswordSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__49ddd17475e8842315b8ee4b2ca0fcc59bff70724e44448249249a1b5d7e19e2)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsBasicAuthPasswordSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsBasicAuthPassword#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsBasicAuthPasswordSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsBasicAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsBasicAuthPasswordSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsBasicAuthPasswordSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__45aa3e52cd9c17bf1f22eadf87de90c5db1150665c0fe879fdf8f0b5a5c03641)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsBasicAuthPasswordSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsBasicAuthPasswordSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsMetricRelabeling",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class PodMonitoringSpecEndpointsMetricRelabeling:
    def __init__(
        self,
        *,
        action: typing.Optional["PodMonitoringSpecEndpointsMetricRelabelingAction"] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param action: 
        :param modulus: 
        :param regex: 
        :param replacement: 
        :param separator: 
        :param source_labels: 
        :param target_label: 

        :schema: PodMonitoringSpecEndpointsMetricRelabeling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7bef94709904c72a828d9b2cac409f4e7c987061a211290939b59c244b69badf)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsMetricRelabelingAction"]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsMetricRelabelingAction"], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsMetricRelabeling#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsMetricRelabeling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsMetricRelabelingAction"
)
class PodMonitoringSpecEndpointsMetricRelabelingAction(enum.Enum):
    '''
    :schema: PodMonitoringSpecEndpointsMetricRelabelingAction
    '''

    REPLACE = "REPLACE"
    '''replace.'''
    LOWERCASE = "LOWERCASE"
    '''lowercase.'''
    UPPERCASE = "UPPERCASE"
    '''uppercase.'''
    KEEP = "KEEP"
    '''keep.'''
    DROP = "DROP"
    '''drop.'''
    KEEPEQUAL = "KEEPEQUAL"
    '''keepequal.'''
    DROPEQUAL = "DROPEQUAL"
    '''dropequal.'''
    HASHMOD = "HASHMOD"
    '''hashmod.'''
    LABELDROP = "LABELDROP"
    '''labeldrop.'''
    LABELKEEP = "LABELKEEP"
    '''labelkeep.'''


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2",
    jsii_struct_bases=[],
    name_mapping={
        "client_id": "clientId",
        "client_secret": "clientSecret",
        "endpoint_params": "endpointParams",
        "proxy_url": "proxyUrl",
        "scopes": "scopes",
        "tls_config": "tlsConfig",
        "token_url": "tokenUrl",
    },
)
class PodMonitoringSpecEndpointsOauth2:
    def __init__(
        self,
        *,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2ClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_config: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        token_url: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param client_id: 
        :param client_secret: 
        :param endpoint_params: 
        :param proxy_url: 
        :param scopes: 
        :param tls_config: 
        :param token_url: 

        :schema: PodMonitoringSpecEndpointsOauth2
        '''
        if isinstance(client_secret, dict):
            client_secret = PodMonitoringSpecEndpointsOauth2ClientSecret(**client_secret)
        if isinstance(tls_config, dict):
            tls_config = PodMonitoringSpecEndpointsOauth2TlsConfig(**tls_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b01fb2d5b8d6b3705d87d6a0193e709c1afa1bb2f4f20ce5a43ea73a3d793e48)
            check_type(argname="argument client_id", value=client_id, expected_type=type_hints["client_id"])
            check_type(argname="argument client_secret", value=client_secret, expected_type=type_hints["client_secret"])
            check_type(argname="argument endpoint_params", value=endpoint_params, expected_type=type_hints["endpoint_params"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scopes", value=scopes, expected_type=type_hints["scopes"])
            check_type(argname="argument tls_config", value=tls_config, expected_type=type_hints["tls_config"])
            check_type(argname="argument token_url", value=token_url, expected_type=type_hints["token_url"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if client_id is not None:
            self._values["client_id"] = client_id
        if client_secret is not None:
            self._values["client_secret"] = client_secret
        if endpoint_params is not None:
            self._values["endpoint_params"] = endpoint_params
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scopes is not None:
            self._values["scopes"] = scopes
        if tls_config is not None:
            self._values["tls_config"] = tls_config
        if token_url is not None:
            self._values["token_url"] = token_url

    @builtins.property
    def client_id(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#clientID
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#clientSecret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecret"], result)

    @builtins.property
    def endpoint_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#endpointParams
        '''
        result = self._values.get("endpoint_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_config(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfig"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#tlsConfig
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfig"], result)

    @builtins.property
    def token_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2#tokenURL
        '''
        result = self._values.get("token_url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2ClientSecret",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2ClientSecret:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2ClientSecretSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecret
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2ClientSecretSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__581039f97cf0324114a54092a2c6beae558dfc310270fd994d4c64bd116cf204)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecretSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2ClientSecret#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2ClientSecretSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2ClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2ClientSecretSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2ClientSecretSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8a915dc3660b9d153fcbfe30f0612bd2a196225ef74ec08d1649a30d27ba3463)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2ClientSecretSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2ClientSecretSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfig",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "cert": "cert",
        "insecure_skip_verify": "insecureSkipVerify",
        "key": "key",
        "max_version": "maxVersion",
        "min_version": "minVersion",
        "server_name": "serverName",
    },
)
class PodMonitoringSpecEndpointsOauth2TlsConfig:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCa", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCert", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigKey", typing.Dict[builtins.str, typing.Any]]] = None,
        max_version: typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"] = None,
        min_version: typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"] = None,
        server_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca: 
        :param cert: 
        :param insecure_skip_verify: 
        :param key: 
        :param max_version: 
        :param min_version: 
        :param server_name: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig
        '''
        if isinstance(ca, dict):
            ca = PodMonitoringSpecEndpointsOauth2TlsConfigCa(**ca)
        if isinstance(cert, dict):
            cert = PodMonitoringSpecEndpointsOauth2TlsConfigCert(**cert)
        if isinstance(key, dict):
            key = PodMonitoringSpecEndpointsOauth2TlsConfigKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c3e50d5d2797dea51bf89188330659673ca6eea780d8a6081e059c8f4beb56ea)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument max_version", value=max_version, expected_type=type_hints["max_version"])
            check_type(argname="argument min_version", value=min_version, expected_type=type_hints["min_version"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if key is not None:
            self._values["key"] = key
        if max_version is not None:
            self._values["max_version"] = max_version
        if min_version is not None:
            self._values["min_version"] = min_version
        if server_name is not None:
            self._values["server_name"] = server_name

    @builtins.property
    def ca(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCa"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCa"], result)

    @builtins.property
    def cert(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCert"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCert"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key(self) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKey"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKey"], result)

    @builtins.property
    def max_version(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"], result)

    @builtins.property
    def min_version(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfig#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCa",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCa:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCa
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02e4ee8fd7273864613060811f1698f8bf703dcf4fd00ee7e934bda97ddac17f)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01f645bd8f47b40a8d771db3d927629f3571af654f8873d212bc04735540b226)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCert",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCert:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCert
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2943a0ec6632b65212d78f81053c42407071a2409e2c08b4388d843d721a61e3)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8152257c5c0c49a55afb9303d8519bce8272350dd6c08203a5348d211fb24753)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigKey",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigKey:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKey
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51721b09746c3530d3b7c8e761b1daf5741cef7e77db3dbdf231fd4a112f8464)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKey#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0524919d024ba751fe77eb56fd1d6d620eabd3880efe702fc7d7b258a8fb2cff)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"
)
class PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion(enum.Enum):
    '''
    :schema: PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"
)
class PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion(enum.Enum):
    '''
    :schema: PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


class PodMonitoringSpecEndpointsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsPort",
):
    '''
    :schema: PodMonitoringSpecEndpointsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "PodMonitoringSpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82cc03bf55de102b35114c06cfa924c0b750a679c1e784563218eff6538cf55c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringSpecEndpointsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "PodMonitoringSpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34b82f12ec14868a3a11c7daea4ca9e6d16cc2f67e9a5d3f44548a2b57b37d79)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringSpecEndpointsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsScheme"
)
class PodMonitoringSpecEndpointsScheme(enum.Enum):
    '''
    :schema: PodMonitoringSpecEndpointsScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTls",
    jsii_struct_bases=[],
    name_mapping={
        "ca": "ca",
        "cert": "cert",
        "insecure_skip_verify": "insecureSkipVerify",
        "key": "key",
        "max_version": "maxVersion",
        "min_version": "minVersion",
        "server_name": "serverName",
    },
)
class PodMonitoringSpecEndpointsTls:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCa", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCert", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsKey", typing.Dict[builtins.str, typing.Any]]] = None,
        max_version: typing.Optional["PodMonitoringSpecEndpointsTlsMaxVersion"] = None,
        min_version: typing.Optional["PodMonitoringSpecEndpointsTlsMinVersion"] = None,
        server_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param ca: 
        :param cert: 
        :param insecure_skip_verify: 
        :param key: 
        :param max_version: 
        :param min_version: 
        :param server_name: 

        :schema: PodMonitoringSpecEndpointsTls
        '''
        if isinstance(ca, dict):
            ca = PodMonitoringSpecEndpointsTlsCa(**ca)
        if isinstance(cert, dict):
            cert = PodMonitoringSpecEndpointsTlsCert(**cert)
        if isinstance(key, dict):
            key = PodMonitoringSpecEndpointsTlsKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c3a98fe6a2be07b82527e8fa1012cbe52876821d516c4061b365484d06d0bae)
            check_type(argname="argument ca", value=ca, expected_type=type_hints["ca"])
            check_type(argname="argument cert", value=cert, expected_type=type_hints["cert"])
            check_type(argname="argument insecure_skip_verify", value=insecure_skip_verify, expected_type=type_hints["insecure_skip_verify"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument max_version", value=max_version, expected_type=type_hints["max_version"])
            check_type(argname="argument min_version", value=min_version, expected_type=type_hints["min_version"])
            check_type(argname="argument server_name", value=server_name, expected_type=type_hints["server_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca is not None:
            self._values["ca"] = ca
        if cert is not None:
            self._values["cert"] = cert
        if insecure_skip_verify is not None:
            self._values["insecure_skip_verify"] = insecure_skip_verify
        if key is not None:
            self._values["key"] = key
        if max_version is not None:
            self._values["max_version"] = max_version
        if min_version is not None:
            self._values["min_version"] = min_version
        if server_name is not None:
            self._values["server_name"] = server_name

    @builtins.property
    def ca(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCa"]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCa"], result)

    @builtins.property
    def cert(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCert"]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCert"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsKey"]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsKey"], result)

    @builtins.property
    def max_version(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsMaxVersion"]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsMaxVersion"], result)

    @builtins.property
    def min_version(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsMinVersion"]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsMinVersion"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsTls#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCa",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsTlsCa:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsTlsCa
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsTlsCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a92e889c87bea43866d537c0fd2b167f03cd78c8adad10bc954d3348df9c8a25)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCaSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsTlsCaSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsTlsCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__726d7386234a378f04a5246dadcb90cba6899255b96a52178138e32b56f1de73)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCaSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCaSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCert",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsTlsCert:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsTlsCert
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsTlsCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73fd05d1c8a87b25ad88990f5f106af38b548e46f08efac0c5480b02ff50c342)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsCertSecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsTlsCertSecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsTlsCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74ac3e684e89452549dc760b8b711e09aca585ceeaadfdba256f306b9d479a0e)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCertSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsTlsCertSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsKey",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class PodMonitoringSpecEndpointsTlsKey:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["PodMonitoringSpecEndpointsTlsKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: PodMonitoringSpecEndpointsTlsKey
        '''
        if isinstance(secret, dict):
            secret = PodMonitoringSpecEndpointsTlsKeySecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7b40732a7957d85dc2b1fd9fb603e9e2608592e5178e51fec200b845330d8f3)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["PodMonitoringSpecEndpointsTlsKeySecret"]:
        '''
        :schema: PodMonitoringSpecEndpointsTlsKey#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["PodMonitoringSpecEndpointsTlsKeySecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class PodMonitoringSpecEndpointsTlsKeySecret:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param key: 
        :param name: 
        :param namespace: 

        :schema: PodMonitoringSpecEndpointsTlsKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__262eb7d3210518ab5629077500e873548b8e366ee88bbe742f4179bd259be4cc)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def key(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsTlsKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecEndpointsTlsKeySecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecEndpointsTlsKeySecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecEndpointsTlsKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsMaxVersion"
)
class PodMonitoringSpecEndpointsTlsMaxVersion(enum.Enum):
    '''
    :schema: PodMonitoringSpecEndpointsTlsMaxVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecEndpointsTlsMinVersion"
)
class PodMonitoringSpecEndpointsTlsMinVersion(enum.Enum):
    '''
    :schema: PodMonitoringSpecEndpointsTlsMinVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecLimits",
    jsii_struct_bases=[],
    name_mapping={
        "label_name_length": "labelNameLength",
        "labels": "labels",
        "label_value_length": "labelValueLength",
        "samples": "samples",
    },
)
class PodMonitoringSpecLimits:
    def __init__(
        self,
        *,
        label_name_length: typing.Optional[jsii.Number] = None,
        labels: typing.Optional[jsii.Number] = None,
        label_value_length: typing.Optional[jsii.Number] = None,
        samples: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param label_name_length: 
        :param labels: 
        :param label_value_length: 
        :param samples: 

        :schema: PodMonitoringSpecLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37bc742880f5ebcaf7fda684ba8423ba87e239aaffe29bac36d6f9d296e80628)
            check_type(argname="argument label_name_length", value=label_name_length, expected_type=type_hints["label_name_length"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument label_value_length", value=label_value_length, expected_type=type_hints["label_value_length"])
            check_type(argname="argument samples", value=samples, expected_type=type_hints["samples"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_name_length is not None:
            self._values["label_name_length"] = label_name_length
        if labels is not None:
            self._values["labels"] = labels
        if label_value_length is not None:
            self._values["label_value_length"] = label_value_length
        if samples is not None:
            self._values["samples"] = samples

    @builtins.property
    def label_name_length(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringSpecLimits#labelNameLength
        '''
        result = self._values.get("label_name_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringSpecLimits#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def label_value_length(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringSpecLimits#labelValueLength
        '''
        result = self._values.get("label_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def samples(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringSpecLimits#samples
        '''
        result = self._values.get("samples")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodMonitoringSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodMonitoringSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PodMonitoringSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__715618bab2572df1ff4e7a6e5da884b64d76c97ff29fbecf5e953cce36a7cf20)
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
    ) -> typing.Optional[typing.List["PodMonitoringSpecSelectorMatchExpressions"]]:
        '''
        :schema: PodMonitoringSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodMonitoringSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodMonitoringSpecSelectorMatchExpressions:
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

        :schema: PodMonitoringSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef40276fc256195d7e02da69d430d061e9b810f778e3d89a9772dc3461e0c211)
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
        :schema: PodMonitoringSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodMonitoringSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecTargetLabels",
    jsii_struct_bases=[],
    name_mapping={"from_pod": "fromPod", "metadata": "metadata"},
)
class PodMonitoringSpecTargetLabels:
    def __init__(
        self,
        *,
        from_pod: typing.Optional[typing.Sequence[typing.Union["PodMonitoringSpecTargetLabelsFromPod", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Sequence["PodMonitoringSpecTargetLabelsMetadata"]] = None,
    ) -> None:
        '''
        :param from_pod: 
        :param metadata: 

        :schema: PodMonitoringSpecTargetLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__44264a03dc1d5d9287ef73ec20c9a22d5dcf3d04eee8035cd06c407546202c26)
            check_type(argname="argument from_pod", value=from_pod, expected_type=type_hints["from_pod"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_pod is not None:
            self._values["from_pod"] = from_pod
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def from_pod(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecTargetLabelsFromPod"]]:
        '''
        :schema: PodMonitoringSpecTargetLabels#fromPod
        '''
        result = self._values.get("from_pod")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecTargetLabelsFromPod"]], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringSpecTargetLabelsMetadata"]]:
        '''
        :schema: PodMonitoringSpecTargetLabels#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.List["PodMonitoringSpecTargetLabelsMetadata"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecTargetLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecTargetLabelsFromPod",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class PodMonitoringSpecTargetLabelsFromPod:
    def __init__(
        self,
        *,
        from_: builtins.str,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: PodMonitoringSpecTargetLabelsFromPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fa327e35eded987082d40a2f5b4ac47aedc34ef6b3a85e1ed33ad237cbb9a32)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "from_": from_,
        }
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> builtins.str:
        '''
        :schema: PodMonitoringSpecTargetLabelsFromPod#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringSpecTargetLabelsFromPod#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringSpecTargetLabelsFromPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringSpecTargetLabelsMetadata"
)
class PodMonitoringSpecTargetLabelsMetadata(enum.Enum):
    '''
    :schema: PodMonitoringSpecTargetLabelsMetadata
    '''

    CONTAINER = "CONTAINER"
    '''container.'''
    NODE = "NODE"
    '''node.'''
    POD = "POD"
    '''pod.'''
    TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_NAME = "TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_NAME"
    '''top_level_controller_name.'''
    TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_TYPE = "TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_TYPE"
    '''top_level_controller_type.'''


class PodMonitoringV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1",
):
    '''
    :schema: PodMonitoringV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["PodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "PodMonitoringV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8962910d5b43ebb8b6f3ee2d38bb73d055d5eb3b3dd912d9558d93511565103a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = PodMonitoringV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["PodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "PodMonitoringV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = PodMonitoringV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "PodMonitoringV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class PodMonitoringV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["PodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: PodMonitoringV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = PodMonitoringV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a37a29d16b0b2612d8f6ac7509734d71ebdda0cd2a3f5fe6731fc71e034206e)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "PodMonitoringV1Alpha1Spec":
        '''
        :schema: PodMonitoringV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("PodMonitoringV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: PodMonitoringV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "selector": "selector",
        "limits": "limits",
        "target_labels": "targetLabels",
    },
)
class PodMonitoringV1Alpha1Spec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["PodMonitoringV1Alpha1SpecSelector", typing.Dict[builtins.str, typing.Any]],
        limits: typing.Optional[typing.Union["PodMonitoringV1Alpha1SpecLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        target_labels: typing.Optional[typing.Union["PodMonitoringV1Alpha1SpecTargetLabels", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param selector: 
        :param limits: 
        :param target_labels: 

        :schema: PodMonitoringV1Alpha1Spec
        '''
        if isinstance(selector, dict):
            selector = PodMonitoringV1Alpha1SpecSelector(**selector)
        if isinstance(limits, dict):
            limits = PodMonitoringV1Alpha1SpecLimits(**limits)
        if isinstance(target_labels, dict):
            target_labels = PodMonitoringV1Alpha1SpecTargetLabels(**target_labels)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c6ca1875644c199636594c19c45f3cf794f4fbebe19a0cdbe65579c998883c6)
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument target_labels", value=target_labels, expected_type=type_hints["target_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "endpoints": endpoints,
            "selector": selector,
        }
        if limits is not None:
            self._values["limits"] = limits
        if target_labels is not None:
            self._values["target_labels"] = target_labels

    @builtins.property
    def endpoints(self) -> typing.List["PodMonitoringV1Alpha1SpecEndpoints"]:
        '''
        :schema: PodMonitoringV1Alpha1Spec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["PodMonitoringV1Alpha1SpecEndpoints"], result)

    @builtins.property
    def selector(self) -> "PodMonitoringV1Alpha1SpecSelector":
        '''
        :schema: PodMonitoringV1Alpha1Spec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("PodMonitoringV1Alpha1SpecSelector", result)

    @builtins.property
    def limits(self) -> typing.Optional["PodMonitoringV1Alpha1SpecLimits"]:
        '''
        :schema: PodMonitoringV1Alpha1Spec#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["PodMonitoringV1Alpha1SpecLimits"], result)

    @builtins.property
    def target_labels(self) -> typing.Optional["PodMonitoringV1Alpha1SpecTargetLabels"]:
        '''
        :schema: PodMonitoringV1Alpha1Spec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional["PodMonitoringV1Alpha1SpecTargetLabels"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecEndpoints",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "interval": "interval",
        "metric_relabeling": "metricRelabeling",
        "params": "params",
        "path": "path",
        "proxy_url": "proxyUrl",
        "scheme": "scheme",
        "timeout": "timeout",
    },
)
class PodMonitoringV1Alpha1SpecEndpoints:
    def __init__(
        self,
        *,
        port: "PodMonitoringV1Alpha1SpecEndpointsPort",
        interval: typing.Optional[builtins.str] = None,
        metric_relabeling: typing.Optional[typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling", typing.Dict[builtins.str, typing.Any]]]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        path: typing.Optional[builtins.str] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scheme: typing.Optional[builtins.str] = None,
        timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param interval: 
        :param metric_relabeling: 
        :param params: 
        :param path: 
        :param proxy_url: 
        :param scheme: 
        :param timeout: 

        :schema: PodMonitoringV1Alpha1SpecEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ace3ab38fc3a10c6369f593a3830779f68611d0ee3d729bfcd255f8bc1d084d2)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument interval", value=interval, expected_type=type_hints["interval"])
            check_type(argname="argument metric_relabeling", value=metric_relabeling, expected_type=type_hints["metric_relabeling"])
            check_type(argname="argument params", value=params, expected_type=type_hints["params"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument scheme", value=scheme, expected_type=type_hints["scheme"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "port": port,
        }
        if interval is not None:
            self._values["interval"] = interval
        if metric_relabeling is not None:
            self._values["metric_relabeling"] = metric_relabeling
        if params is not None:
            self._values["params"] = params
        if path is not None:
            self._values["path"] = path
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if scheme is not None:
            self._values["scheme"] = scheme
        if timeout is not None:
            self._values["timeout"] = timeout

    @builtins.property
    def port(self) -> "PodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("PodMonitoringV1Alpha1SpecEndpointsPort", result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_relabeling(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling"]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#metricRelabeling
        '''
        result = self._values.get("metric_relabeling")
        return typing.cast(typing.Optional[typing.List["PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling"]], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpoints#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling",
    jsii_struct_bases=[],
    name_mapping={
        "action": "action",
        "modulus": "modulus",
        "regex": "regex",
        "replacement": "replacement",
        "separator": "separator",
        "source_labels": "sourceLabels",
        "target_label": "targetLabel",
    },
)
class PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling:
    def __init__(
        self,
        *,
        action: typing.Optional[builtins.str] = None,
        modulus: typing.Optional[jsii.Number] = None,
        regex: typing.Optional[builtins.str] = None,
        replacement: typing.Optional[builtins.str] = None,
        separator: typing.Optional[builtins.str] = None,
        source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
        target_label: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param action: 
        :param modulus: 
        :param regex: 
        :param replacement: 
        :param separator: 
        :param source_labels: 
        :param target_label: 

        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f74acf1d4253e4c1885040798504ff9b9cdf531f69c252feeb8faad097b30ab)
            check_type(argname="argument action", value=action, expected_type=type_hints["action"])
            check_type(argname="argument modulus", value=modulus, expected_type=type_hints["modulus"])
            check_type(argname="argument regex", value=regex, expected_type=type_hints["regex"])
            check_type(argname="argument replacement", value=replacement, expected_type=type_hints["replacement"])
            check_type(argname="argument separator", value=separator, expected_type=type_hints["separator"])
            check_type(argname="argument source_labels", value=source_labels, expected_type=type_hints["source_labels"])
            check_type(argname="argument target_label", value=target_label, expected_type=type_hints["target_label"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if action is not None:
            self._values["action"] = action
        if modulus is not None:
            self._values["modulus"] = modulus
        if regex is not None:
            self._values["regex"] = regex
        if replacement is not None:
            self._values["replacement"] = replacement
        if separator is not None:
            self._values["separator"] = separator
        if source_labels is not None:
            self._values["source_labels"] = source_labels
        if target_label is not None:
            self._values["target_label"] = target_label

    @builtins.property
    def action(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class PodMonitoringV1Alpha1SpecEndpointsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecEndpointsPort",
):
    '''
    :schema: PodMonitoringV1Alpha1SpecEndpointsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "PodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a85974b16d4e1c6dd1b55e2135d67f7be2a465d9464976b63844f7ffa99486d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringV1Alpha1SpecEndpointsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "PodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__830f6da2b1e55b0c2fb6d0722697a0fe613be5882abfcc4a0c3cc7fd4d35388c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("PodMonitoringV1Alpha1SpecEndpointsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecLimits",
    jsii_struct_bases=[],
    name_mapping={
        "label_name_length": "labelNameLength",
        "labels": "labels",
        "label_value_length": "labelValueLength",
        "samples": "samples",
    },
)
class PodMonitoringV1Alpha1SpecLimits:
    def __init__(
        self,
        *,
        label_name_length: typing.Optional[jsii.Number] = None,
        labels: typing.Optional[jsii.Number] = None,
        label_value_length: typing.Optional[jsii.Number] = None,
        samples: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param label_name_length: 
        :param labels: 
        :param label_value_length: 
        :param samples: 

        :schema: PodMonitoringV1Alpha1SpecLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e89f2f0d45e6adc6c0dba48545fdba0260b720f09c47451ef8e88f9db4fc32ae)
            check_type(argname="argument label_name_length", value=label_name_length, expected_type=type_hints["label_name_length"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
            check_type(argname="argument label_value_length", value=label_value_length, expected_type=type_hints["label_value_length"])
            check_type(argname="argument samples", value=samples, expected_type=type_hints["samples"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if label_name_length is not None:
            self._values["label_name_length"] = label_name_length
        if labels is not None:
            self._values["labels"] = labels
        if label_value_length is not None:
            self._values["label_value_length"] = label_value_length
        if samples is not None:
            self._values["samples"] = samples

    @builtins.property
    def label_name_length(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringV1Alpha1SpecLimits#labelNameLength
        '''
        result = self._values.get("label_name_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringV1Alpha1SpecLimits#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def label_value_length(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringV1Alpha1SpecLimits#labelValueLength
        '''
        result = self._values.get("label_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def samples(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: PodMonitoringV1Alpha1SpecLimits#samples
        '''
        result = self._values.get("samples")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class PodMonitoringV1Alpha1SpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: PodMonitoringV1Alpha1SpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__605ef990cef42dafb7005af362a06f20b733d6236a932878d70e1fe1d309dc63)
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
    ) -> typing.Optional[typing.List["PodMonitoringV1Alpha1SpecSelectorMatchExpressions"]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["PodMonitoringV1Alpha1SpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class PodMonitoringV1Alpha1SpecSelectorMatchExpressions:
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

        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__29a70f5d18545a6c455eaa30b7ae585f1cfbf1ba9e8d4f4311f3fb60b33773be)
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
        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecTargetLabels",
    jsii_struct_bases=[],
    name_mapping={"from_pod": "fromPod", "metadata": "metadata"},
)
class PodMonitoringV1Alpha1SpecTargetLabels:
    def __init__(
        self,
        *,
        from_pod: typing.Optional[typing.Sequence[typing.Union["PodMonitoringV1Alpha1SpecTargetLabelsFromPod", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param from_pod: 
        :param metadata: 

        :schema: PodMonitoringV1Alpha1SpecTargetLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6e356d9c21cdd4291b7ee10bc45bd8d0dc3cff3d7bc6d24d40c27c44e817867)
            check_type(argname="argument from_pod", value=from_pod, expected_type=type_hints["from_pod"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if from_pod is not None:
            self._values["from_pod"] = from_pod
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def from_pod(
        self,
    ) -> typing.Optional[typing.List["PodMonitoringV1Alpha1SpecTargetLabelsFromPod"]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecTargetLabels#fromPod
        '''
        result = self._values.get("from_pod")
        return typing.cast(typing.Optional[typing.List["PodMonitoringV1Alpha1SpecTargetLabelsFromPod"]], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: PodMonitoringV1Alpha1SpecTargetLabels#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecTargetLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="podmonitoring_v0_17_2_comgoogleapismonitoring.PodMonitoringV1Alpha1SpecTargetLabelsFromPod",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class PodMonitoringV1Alpha1SpecTargetLabelsFromPod:
    def __init__(
        self,
        *,
        from_: builtins.str,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: PodMonitoringV1Alpha1SpecTargetLabelsFromPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e06d197d6c508f45a62c410aa7c82321b912f040a5514024ef448cca73c5eafb)
            check_type(argname="argument from_", value=from_, expected_type=type_hints["from_"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "from_": from_,
        }
        if to is not None:
            self._values["to"] = to

    @builtins.property
    def from_(self) -> builtins.str:
        '''
        :schema: PodMonitoringV1Alpha1SpecTargetLabelsFromPod#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: PodMonitoringV1Alpha1SpecTargetLabelsFromPod#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "PodMonitoringV1Alpha1SpecTargetLabelsFromPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "PodMonitoring",
    "PodMonitoringProps",
    "PodMonitoringSpec",
    "PodMonitoringSpecEndpoints",
    "PodMonitoringSpecEndpointsAuthorization",
    "PodMonitoringSpecEndpointsAuthorizationCredentials",
    "PodMonitoringSpecEndpointsAuthorizationCredentialsSecret",
    "PodMonitoringSpecEndpointsBasicAuth",
    "PodMonitoringSpecEndpointsBasicAuthPassword",
    "PodMonitoringSpecEndpointsBasicAuthPasswordSecret",
    "PodMonitoringSpecEndpointsMetricRelabeling",
    "PodMonitoringSpecEndpointsMetricRelabelingAction",
    "PodMonitoringSpecEndpointsOauth2",
    "PodMonitoringSpecEndpointsOauth2ClientSecret",
    "PodMonitoringSpecEndpointsOauth2ClientSecretSecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfig",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCa",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCert",
    "PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfigKey",
    "PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret",
    "PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion",
    "PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion",
    "PodMonitoringSpecEndpointsPort",
    "PodMonitoringSpecEndpointsScheme",
    "PodMonitoringSpecEndpointsTls",
    "PodMonitoringSpecEndpointsTlsCa",
    "PodMonitoringSpecEndpointsTlsCaSecret",
    "PodMonitoringSpecEndpointsTlsCert",
    "PodMonitoringSpecEndpointsTlsCertSecret",
    "PodMonitoringSpecEndpointsTlsKey",
    "PodMonitoringSpecEndpointsTlsKeySecret",
    "PodMonitoringSpecEndpointsTlsMaxVersion",
    "PodMonitoringSpecEndpointsTlsMinVersion",
    "PodMonitoringSpecLimits",
    "PodMonitoringSpecSelector",
    "PodMonitoringSpecSelectorMatchExpressions",
    "PodMonitoringSpecTargetLabels",
    "PodMonitoringSpecTargetLabelsFromPod",
    "PodMonitoringSpecTargetLabelsMetadata",
    "PodMonitoringV1Alpha1",
    "PodMonitoringV1Alpha1Props",
    "PodMonitoringV1Alpha1Spec",
    "PodMonitoringV1Alpha1SpecEndpoints",
    "PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling",
    "PodMonitoringV1Alpha1SpecEndpointsPort",
    "PodMonitoringV1Alpha1SpecLimits",
    "PodMonitoringV1Alpha1SpecSelector",
    "PodMonitoringV1Alpha1SpecSelectorMatchExpressions",
    "PodMonitoringV1Alpha1SpecTargetLabels",
    "PodMonitoringV1Alpha1SpecTargetLabelsFromPod",
]

publication.publish()

def _typecheckingstub__6bf3e8b8abc6a31607f899e7261f71bfe38531c4c11f121af848bc9e55b294ae(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PodMonitoringSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29fcf113e46fcb880503db256baaec4b6e44960761d5045b4243f944620655ee(
    *,
    spec: typing.Union[PodMonitoringSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a60f879b6f51a7aed6577facb26fa3c148c478be610a6089085f22fdf02ecca(
    *,
    endpoints: typing.Sequence[typing.Union[PodMonitoringSpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[PodMonitoringSpecSelector, typing.Dict[builtins.str, typing.Any]],
    filter_running: typing.Optional[builtins.bool] = None,
    limits: typing.Optional[typing.Union[PodMonitoringSpecLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    target_labels: typing.Optional[typing.Union[PodMonitoringSpecTargetLabels, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b04ca3c5fecad7e950a187840868dfcd40182c63a9f4cf2d815adeefc7b7114(
    *,
    interval: builtins.str,
    port: PodMonitoringSpecEndpointsPort,
    authorization: typing.Optional[typing.Union[PodMonitoringSpecEndpointsAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[PodMonitoringSpecEndpointsBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    metric_relabeling: typing.Optional[typing.Sequence[typing.Union[PodMonitoringSpecEndpointsMetricRelabeling, typing.Dict[builtins.str, typing.Any]]]] = None,
    oauth2: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2, typing.Dict[builtins.str, typing.Any]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[PodMonitoringSpecEndpointsScheme] = None,
    timeout: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02dace2464fad47eaa2544201d92649836b7806dfc0d7e39607f7d157afc6ae2(
    *,
    credentials: typing.Optional[typing.Union[PodMonitoringSpecEndpointsAuthorizationCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fffce085242fe45aecc7135cd6b8c6ab962aebb0e4cb5d56b8b90c9367ed7bdb(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsAuthorizationCredentialsSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b941271434c420414b2d0ee8db76036ffeac002295bcd55bac9fbc3742aa4c2c(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cd5c4f24e9c627f423b69fe62d49a938ae0aa2075ccbaac0e7269ddd5b12db71(
    *,
    password: typing.Optional[typing.Union[PodMonitoringSpecEndpointsBasicAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__49ddd17475e8842315b8ee4b2ca0fcc59bff70724e44448249249a1b5d7e19e2(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsBasicAuthPasswordSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__45aa3e52cd9c17bf1f22eadf87de90c5db1150665c0fe879fdf8f0b5a5c03641(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7bef94709904c72a828d9b2cac409f4e7c987061a211290939b59c244b69badf(
    *,
    action: typing.Optional[PodMonitoringSpecEndpointsMetricRelabelingAction] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b01fb2d5b8d6b3705d87d6a0193e709c1afa1bb2f4f20ce5a43ea73a3d793e48(
    *,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2ClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_config: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    token_url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__581039f97cf0324114a54092a2c6beae558dfc310270fd994d4c64bd116cf204(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2ClientSecretSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8a915dc3660b9d153fcbfe30f0612bd2a196225ef74ec08d1649a30d27ba3463(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c3e50d5d2797dea51bf89188330659673ca6eea780d8a6081e059c8f4beb56ea(
    *,
    ca: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCa, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCert, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigKey, typing.Dict[builtins.str, typing.Any]]] = None,
    max_version: typing.Optional[PodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion] = None,
    min_version: typing.Optional[PodMonitoringSpecEndpointsOauth2TlsConfigMinVersion] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02e4ee8fd7273864613060811f1698f8bf703dcf4fd00ee7e934bda97ddac17f(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01f645bd8f47b40a8d771db3d927629f3571af654f8873d212bc04735540b226(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2943a0ec6632b65212d78f81053c42407071a2409e2c08b4388d843d721a61e3(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8152257c5c0c49a55afb9303d8519bce8272350dd6c08203a5348d211fb24753(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51721b09746c3530d3b7c8e761b1daf5741cef7e77db3dbdf231fd4a112f8464(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsOauth2TlsConfigKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0524919d024ba751fe77eb56fd1d6d620eabd3880efe702fc7d7b258a8fb2cff(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82cc03bf55de102b35114c06cfa924c0b750a679c1e784563218eff6538cf55c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34b82f12ec14868a3a11c7daea4ca9e6d16cc2f67e9a5d3f44548a2b57b37d79(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c3a98fe6a2be07b82527e8fa1012cbe52876821d516c4061b365484d06d0bae(
    *,
    ca: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCa, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCert, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsKey, typing.Dict[builtins.str, typing.Any]]] = None,
    max_version: typing.Optional[PodMonitoringSpecEndpointsTlsMaxVersion] = None,
    min_version: typing.Optional[PodMonitoringSpecEndpointsTlsMinVersion] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a92e889c87bea43866d537c0fd2b167f03cd78c8adad10bc954d3348df9c8a25(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__726d7386234a378f04a5246dadcb90cba6899255b96a52178138e32b56f1de73(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73fd05d1c8a87b25ad88990f5f106af38b548e46f08efac0c5480b02ff50c342(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74ac3e684e89452549dc760b8b711e09aca585ceeaadfdba256f306b9d479a0e(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7b40732a7957d85dc2b1fd9fb603e9e2608592e5178e51fec200b845330d8f3(
    *,
    secret: typing.Optional[typing.Union[PodMonitoringSpecEndpointsTlsKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__262eb7d3210518ab5629077500e873548b8e366ee88bbe742f4179bd259be4cc(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37bc742880f5ebcaf7fda684ba8423ba87e239aaffe29bac36d6f9d296e80628(
    *,
    label_name_length: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[jsii.Number] = None,
    label_value_length: typing.Optional[jsii.Number] = None,
    samples: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__715618bab2572df1ff4e7a6e5da884b64d76c97ff29fbecf5e953cce36a7cf20(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodMonitoringSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef40276fc256195d7e02da69d430d061e9b810f778e3d89a9772dc3461e0c211(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__44264a03dc1d5d9287ef73ec20c9a22d5dcf3d04eee8035cd06c407546202c26(
    *,
    from_pod: typing.Optional[typing.Sequence[typing.Union[PodMonitoringSpecTargetLabelsFromPod, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Sequence[PodMonitoringSpecTargetLabelsMetadata]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fa327e35eded987082d40a2f5b4ac47aedc34ef6b3a85e1ed33ad237cbb9a32(
    *,
    from_: builtins.str,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8962910d5b43ebb8b6f3ee2d38bb73d055d5eb3b3dd912d9558d93511565103a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[PodMonitoringV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a37a29d16b0b2612d8f6ac7509734d71ebdda0cd2a3f5fe6731fc71e034206e(
    *,
    spec: typing.Union[PodMonitoringV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c6ca1875644c199636594c19c45f3cf794f4fbebe19a0cdbe65579c998883c6(
    *,
    endpoints: typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[PodMonitoringV1Alpha1SpecSelector, typing.Dict[builtins.str, typing.Any]],
    limits: typing.Optional[typing.Union[PodMonitoringV1Alpha1SpecLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    target_labels: typing.Optional[typing.Union[PodMonitoringV1Alpha1SpecTargetLabels, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ace3ab38fc3a10c6369f593a3830779f68611d0ee3d729bfcd255f8bc1d084d2(
    *,
    port: PodMonitoringV1Alpha1SpecEndpointsPort,
    interval: typing.Optional[builtins.str] = None,
    metric_relabeling: typing.Optional[typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecEndpointsMetricRelabeling, typing.Dict[builtins.str, typing.Any]]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f74acf1d4253e4c1885040798504ff9b9cdf531f69c252feeb8faad097b30ab(
    *,
    action: typing.Optional[builtins.str] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a85974b16d4e1c6dd1b55e2135d67f7be2a465d9464976b63844f7ffa99486d(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__830f6da2b1e55b0c2fb6d0722697a0fe613be5882abfcc4a0c3cc7fd4d35388c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e89f2f0d45e6adc6c0dba48545fdba0260b720f09c47451ef8e88f9db4fc32ae(
    *,
    label_name_length: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[jsii.Number] = None,
    label_value_length: typing.Optional[jsii.Number] = None,
    samples: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__605ef990cef42dafb7005af362a06f20b733d6236a932878d70e1fe1d309dc63(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__29a70f5d18545a6c455eaa30b7ae585f1cfbf1ba9e8d4f4311f3fb60b33773be(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6e356d9c21cdd4291b7ee10bc45bd8d0dc3cff3d7bc6d24d40c27c44e817867(
    *,
    from_pod: typing.Optional[typing.Sequence[typing.Union[PodMonitoringV1Alpha1SpecTargetLabelsFromPod, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e06d197d6c508f45a62c410aa7c82321b912f040a5514024ef448cca73c5eafb(
    *,
    from_: builtins.str,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
