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


class ClusterPodMonitoring(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoring",
):
    '''
    :schema: ClusterPodMonitoring
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ClusterPodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterPodMonitoring" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f74dc5ad92cd531fef587e3fdb2ad11cd26f8dc7230bc8a6a5ebac999430759)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterPodMonitoringProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ClusterPodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterPodMonitoring".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ClusterPodMonitoringProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterPodMonitoring".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ClusterPodMonitoringProps:
    def __init__(
        self,
        *,
        spec: typing.Union["ClusterPodMonitoringSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: ClusterPodMonitoring
        '''
        if isinstance(spec, dict):
            spec = ClusterPodMonitoringSpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef48a4773aac8253476442a3d7eca9b8488670d06f624bd0c004d65fa556b5fc)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ClusterPodMonitoringSpec":
        '''
        :schema: ClusterPodMonitoring#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ClusterPodMonitoringSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterPodMonitoring#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "selector": "selector",
        "filter_running": "filterRunning",
        "limits": "limits",
        "target_labels": "targetLabels",
    },
)
class ClusterPodMonitoringSpec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["ClusterPodMonitoringSpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["ClusterPodMonitoringSpecSelector", typing.Dict[builtins.str, typing.Any]],
        filter_running: typing.Optional[builtins.bool] = None,
        limits: typing.Optional[typing.Union["ClusterPodMonitoringSpecLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        target_labels: typing.Optional[typing.Union["ClusterPodMonitoringSpecTargetLabels", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param selector: 
        :param filter_running: 
        :param limits: 
        :param target_labels: 

        :schema: ClusterPodMonitoringSpec
        '''
        if isinstance(selector, dict):
            selector = ClusterPodMonitoringSpecSelector(**selector)
        if isinstance(limits, dict):
            limits = ClusterPodMonitoringSpecLimits(**limits)
        if isinstance(target_labels, dict):
            target_labels = ClusterPodMonitoringSpecTargetLabels(**target_labels)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65f08b8001c32863c15c775b8dfe75ae75430570580e0dbe8f5784c4afc41a63)
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
    def endpoints(self) -> typing.List["ClusterPodMonitoringSpecEndpoints"]:
        '''
        :schema: ClusterPodMonitoringSpec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["ClusterPodMonitoringSpecEndpoints"], result)

    @builtins.property
    def selector(self) -> "ClusterPodMonitoringSpecSelector":
        '''
        :schema: ClusterPodMonitoringSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("ClusterPodMonitoringSpecSelector", result)

    @builtins.property
    def filter_running(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ClusterPodMonitoringSpec#filterRunning
        '''
        result = self._values.get("filter_running")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def limits(self) -> typing.Optional["ClusterPodMonitoringSpecLimits"]:
        '''
        :schema: ClusterPodMonitoringSpec#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecLimits"], result)

    @builtins.property
    def target_labels(self) -> typing.Optional["ClusterPodMonitoringSpecTargetLabels"]:
        '''
        :schema: ClusterPodMonitoringSpec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecTargetLabels"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpoints",
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
class ClusterPodMonitoringSpecEndpoints:
    def __init__(
        self,
        *,
        interval: builtins.str,
        port: "ClusterPodMonitoringSpecEndpointsPort",
        authorization: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsAuthorization", typing.Dict[builtins.str, typing.Any]]] = None,
        basic_auth: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsBasicAuth", typing.Dict[builtins.str, typing.Any]]] = None,
        metric_relabeling: typing.Optional[typing.Sequence[typing.Union["ClusterPodMonitoringSpecEndpointsMetricRelabeling", typing.Dict[builtins.str, typing.Any]]]] = None,
        oauth2: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2", typing.Dict[builtins.str, typing.Any]]] = None,
        params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
        path: typing.Optional[builtins.str] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scheme: typing.Optional["ClusterPodMonitoringSpecEndpointsScheme"] = None,
        timeout: typing.Optional[builtins.str] = None,
        tls: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTls", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: ClusterPodMonitoringSpecEndpoints
        '''
        if isinstance(authorization, dict):
            authorization = ClusterPodMonitoringSpecEndpointsAuthorization(**authorization)
        if isinstance(basic_auth, dict):
            basic_auth = ClusterPodMonitoringSpecEndpointsBasicAuth(**basic_auth)
        if isinstance(oauth2, dict):
            oauth2 = ClusterPodMonitoringSpecEndpointsOauth2(**oauth2)
        if isinstance(tls, dict):
            tls = ClusterPodMonitoringSpecEndpointsTls(**tls)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea2f88b3f5f00a9658e637bb7331546c32758f38c8f07c3bc4b1ed14e755d430)
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
        :schema: ClusterPodMonitoringSpecEndpoints#interval
        '''
        result = self._values.get("interval")
        assert result is not None, "Required property 'interval' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> "ClusterPodMonitoringSpecEndpointsPort":
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("ClusterPodMonitoringSpecEndpointsPort", result)

    @builtins.property
    def authorization(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsAuthorization"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#authorization
        '''
        result = self._values.get("authorization")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsAuthorization"], result)

    @builtins.property
    def basic_auth(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsBasicAuth"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#basicAuth
        '''
        result = self._values.get("basic_auth")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsBasicAuth"], result)

    @builtins.property
    def metric_relabeling(
        self,
    ) -> typing.Optional[typing.List["ClusterPodMonitoringSpecEndpointsMetricRelabeling"]]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#metricRelabeling
        '''
        result = self._values.get("metric_relabeling")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringSpecEndpointsMetricRelabeling"]], result)

    @builtins.property
    def oauth2(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#oauth2
        '''
        result = self._values.get("oauth2")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2"], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsScheme"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsScheme"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTls"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpoints#tls
        '''
        result = self._values.get("tls")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTls"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsAuthorization",
    jsii_struct_bases=[],
    name_mapping={"credentials": "credentials", "type": "type"},
)
class ClusterPodMonitoringSpecEndpointsAuthorization:
    def __init__(
        self,
        *,
        credentials: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsAuthorizationCredentials", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param credentials: 
        :param type: 

        :schema: ClusterPodMonitoringSpecEndpointsAuthorization
        '''
        if isinstance(credentials, dict):
            credentials = ClusterPodMonitoringSpecEndpointsAuthorizationCredentials(**credentials)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bd8a5cc82a43f58a59cc20749552659b704209fed03b18d095dc7f87963ccdc)
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
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsAuthorizationCredentials"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsAuthorization#credentials
        '''
        result = self._values.get("credentials")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsAuthorizationCredentials"], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsAuthorization#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsAuthorization(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsAuthorizationCredentials",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsAuthorizationCredentials:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsAuthorizationCredentials
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2cd0e2c8e8527414162c91ae32dd56efae37a25a816e32177272f73e0767aa71)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsAuthorizationCredentials#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsAuthorizationCredentials(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d5636a4f3acc13569860816048d61cace5b6282d11e6e18ce5024876e0601ee)
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
        :schema: ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsBasicAuth",
    jsii_struct_bases=[],
    name_mapping={"password": "password", "username": "username"},
)
class ClusterPodMonitoringSpecEndpointsBasicAuth:
    def __init__(
        self,
        *,
        password: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsBasicAuthPassword", typing.Dict[builtins.str, typing.Any]]] = None,
        username: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param password: 
        :param username: 

        :schema: ClusterPodMonitoringSpecEndpointsBasicAuth
        '''
        if isinstance(password, dict):
            password = ClusterPodMonitoringSpecEndpointsBasicAuthPassword(**password)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c6eb5df1727f9c3ed43e9b953d57afffb0d7239f8ee4e95fb8644524b1cf2bb)
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
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsBasicAuthPassword"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsBasicAuth#password
        '''
        result = self._values.get("password")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsBasicAuthPassword"], result)

    @builtins.property
    def username(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsBasicAuth#username
        '''
        result = self._values.get("username")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsBasicAuth(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsBasicAuthPassword",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsBasicAuthPassword:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsBasicAuthPassword
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54afacfa4943f482429c6ff84d45782aba1e30eba3340381c0dfa9fe3011db9e)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsBasicAuthPassword#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsBasicAuthPassword(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4bc855895f412b38660cde336783a221bac4c651309e0f5b8f92e9f57f35d9a)
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
        :schema: ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsMetricRelabeling",
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
class ClusterPodMonitoringSpecEndpointsMetricRelabeling:
    def __init__(
        self,
        *,
        action: typing.Optional["ClusterPodMonitoringSpecEndpointsMetricRelabelingAction"] = None,
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

        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__abbee7320d3668e993ca5192097c74480a4b903c19b7d530383ebb99596143ab)
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
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsMetricRelabelingAction"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsMetricRelabelingAction"], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsMetricRelabeling#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsMetricRelabeling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsMetricRelabelingAction"
)
class ClusterPodMonitoringSpecEndpointsMetricRelabelingAction(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsMetricRelabelingAction
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
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2",
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
class ClusterPodMonitoringSpecEndpointsOauth2:
    def __init__(
        self,
        *,
        client_id: typing.Optional[builtins.str] = None,
        client_secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2ClientSecret", typing.Dict[builtins.str, typing.Any]]] = None,
        endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
        tls_config: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfig", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: ClusterPodMonitoringSpecEndpointsOauth2
        '''
        if isinstance(client_secret, dict):
            client_secret = ClusterPodMonitoringSpecEndpointsOauth2ClientSecret(**client_secret)
        if isinstance(tls_config, dict):
            tls_config = ClusterPodMonitoringSpecEndpointsOauth2TlsConfig(**tls_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__295457fd6418b5a216655c676ba698d694f6aeed0edcace3c2538b61d717b0d0)
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
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#clientID
        '''
        result = self._values.get("client_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def client_secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2ClientSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#clientSecret
        '''
        result = self._values.get("client_secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2ClientSecret"], result)

    @builtins.property
    def endpoint_params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#endpointParams
        '''
        result = self._values.get("endpoint_params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scopes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#scopes
        '''
        result = self._values.get("scopes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def tls_config(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfig"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#tlsConfig
        '''
        result = self._values.get("tls_config")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfig"], result)

    @builtins.property
    def token_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2#tokenURL
        '''
        result = self._values.get("token_url")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2ClientSecret",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsOauth2ClientSecret:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsOauth2ClientSecret
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7556d707ad021987c8c0cae95d27725e8e906ff20f7b5c9bb94c11b4b1e8ccd)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2ClientSecret#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2ClientSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__200a6e98d0996580a6f11792b262c9c2468cc7bfed235bdd430846db4758e43d)
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
        :schema: ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfig",
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
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfig:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey", typing.Dict[builtins.str, typing.Any]]] = None,
        max_version: typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"] = None,
        min_version: typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"] = None,
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

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig
        '''
        if isinstance(ca, dict):
            ca = ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa(**ca)
        if isinstance(cert, dict):
            cert = ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert(**cert)
        if isinstance(key, dict):
            key = ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4fc5a8221621f6b1a4c5125a455ea8c4bae1d42155eddb3dbc58b93ff075583)
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
    def ca(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa"], result)

    @builtins.property
    def cert(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey"], result)

    @builtins.property
    def max_version(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"], result)

    @builtins.property
    def min_version(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfig#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4805c10b67b80d51b144512806837a995c9f3ad12b9a15aae84e005f8ed33526)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42481de39c4fdc61dbb8f342cba3a5ebb9563c08c90b930105835f8f1f407252)
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
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2e4ec342bb09c3c00c7f32f543933ae5c7d5d634e3ce15654b6369d9297fee71)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__917c2b6d2f8e38c8a5106ee1863667592888ef29de8ffdefa5667caf8dc3216e)
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
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__515069dc683968be7b50ad04e3867056f0e90ffa562a24e9fe794196b52600a4)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4739ef1ff98e3ace0cfb4a2601de3f8a87a75957313480a807e7555f79a30fc3)
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
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion"
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion
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
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion"
)
class ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion
    '''

    TLS10 = "TLS10"
    '''TLS10.'''
    TLS11 = "TLS11"
    '''TLS11.'''
    TLS12 = "TLS12"
    '''TLS12.'''
    TLS13 = "TLS13"
    '''TLS13.'''


class ClusterPodMonitoringSpecEndpointsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsPort",
):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "ClusterPodMonitoringSpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e64f0164573c14d9df866eaa9405f9298f5719142f9adf62a93812b27b0c378)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPodMonitoringSpecEndpointsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPodMonitoringSpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77513b4f2202027a171b14e03cb10a44daca1c8abe005662da13b7914bfd1b9e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPodMonitoringSpecEndpointsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsScheme"
)
class ClusterPodMonitoringSpecEndpointsScheme(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsScheme
    '''

    HTTP = "HTTP"
    '''http.'''
    HTTPS = "HTTPS"
    '''https.'''


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTls",
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
class ClusterPodMonitoringSpecEndpointsTls:
    def __init__(
        self,
        *,
        ca: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTlsCa", typing.Dict[builtins.str, typing.Any]]] = None,
        cert: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTlsCert", typing.Dict[builtins.str, typing.Any]]] = None,
        insecure_skip_verify: typing.Optional[builtins.bool] = None,
        key: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTlsKey", typing.Dict[builtins.str, typing.Any]]] = None,
        max_version: typing.Optional["ClusterPodMonitoringSpecEndpointsTlsMaxVersion"] = None,
        min_version: typing.Optional["ClusterPodMonitoringSpecEndpointsTlsMinVersion"] = None,
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

        :schema: ClusterPodMonitoringSpecEndpointsTls
        '''
        if isinstance(ca, dict):
            ca = ClusterPodMonitoringSpecEndpointsTlsCa(**ca)
        if isinstance(cert, dict):
            cert = ClusterPodMonitoringSpecEndpointsTlsCert(**cert)
        if isinstance(key, dict):
            key = ClusterPodMonitoringSpecEndpointsTlsKey(**key)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4eb3334ea4e34bd9e57d2d61fc07ffa02a90e5c1c455a68919ac7899f05f8bac)
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
    def ca(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCa"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#ca
        '''
        result = self._values.get("ca")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCa"], result)

    @builtins.property
    def cert(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCert"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#cert
        '''
        result = self._values.get("cert")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCert"], result)

    @builtins.property
    def insecure_skip_verify(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#insecureSkipVerify
        '''
        result = self._values.get("insecure_skip_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def key(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsKey"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#key
        '''
        result = self._values.get("key")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsKey"], result)

    @builtins.property
    def max_version(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsMaxVersion"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#maxVersion
        '''
        result = self._values.get("max_version")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsMaxVersion"], result)

    @builtins.property
    def min_version(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsMinVersion"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#minVersion
        '''
        result = self._values.get("min_version")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsMinVersion"], result)

    @builtins.property
    def server_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTls#serverName
        '''
        result = self._values.get("server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTls(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsCa",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsTlsCa:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTlsCaSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsTlsCa
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsTlsCaSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d57ba46ddb2f0b9b9a1a72db4fa8b4001170a475ab4a8b9b2653de689701564a)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(self) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCaSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsCa#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCaSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTlsCa(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsCaSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsTlsCaSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsTlsCaSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fa43f20924e05191fcc2845a31919d7aa087246c11a206f308742652ec8a98b)
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
        :schema: ClusterPodMonitoringSpecEndpointsTlsCaSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsCaSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsCaSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTlsCaSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsCert",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsTlsCert:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTlsCertSecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsTlsCert
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsTlsCertSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33af58ae5fff94fb98ea822d126436c7f3257c375c2c51eab231fea488fde432)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCertSecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsCert#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsCertSecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTlsCert(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsCertSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsTlsCertSecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsTlsCertSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c11204d135c484d8266ef43d1378a2a3a0e3045750a5a323ca49d223a10b6f5b)
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
        :schema: ClusterPodMonitoringSpecEndpointsTlsCertSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsCertSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsCertSecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTlsCertSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsKey",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class ClusterPodMonitoringSpecEndpointsTlsKey:
    def __init__(
        self,
        *,
        secret: typing.Optional[typing.Union["ClusterPodMonitoringSpecEndpointsTlsKeySecret", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param secret: 

        :schema: ClusterPodMonitoringSpecEndpointsTlsKey
        '''
        if isinstance(secret, dict):
            secret = ClusterPodMonitoringSpecEndpointsTlsKeySecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e163a5ac786c642ca69217444dfdfd39ee985045f1ebe76eb70bff0af61270e0)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if secret is not None:
            self._values["secret"] = secret

    @builtins.property
    def secret(
        self,
    ) -> typing.Optional["ClusterPodMonitoringSpecEndpointsTlsKeySecret"]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsKey#secret
        '''
        result = self._values.get("secret")
        return typing.cast(typing.Optional["ClusterPodMonitoringSpecEndpointsTlsKeySecret"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTlsKey(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsKeySecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "namespace": "namespace"},
)
class ClusterPodMonitoringSpecEndpointsTlsKeySecret:
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

        :schema: ClusterPodMonitoringSpecEndpointsTlsKeySecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ffbfa32acfb7e0b2ef6d35e2649dee059bac91ed8fd21a598526fdeaf3b1f72)
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
        :schema: ClusterPodMonitoringSpecEndpointsTlsKeySecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsKeySecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecEndpointsTlsKeySecret#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecEndpointsTlsKeySecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsMaxVersion"
)
class ClusterPodMonitoringSpecEndpointsTlsMaxVersion(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsTlsMaxVersion
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
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecEndpointsTlsMinVersion"
)
class ClusterPodMonitoringSpecEndpointsTlsMinVersion(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecEndpointsTlsMinVersion
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
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecLimits",
    jsii_struct_bases=[],
    name_mapping={
        "label_name_length": "labelNameLength",
        "labels": "labels",
        "label_value_length": "labelValueLength",
        "samples": "samples",
    },
)
class ClusterPodMonitoringSpecLimits:
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

        :schema: ClusterPodMonitoringSpecLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21ff5ab6c8265a5ddb4f7c9e7c30772c4f96a762d87a8104760d6443874b6d77)
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
        :schema: ClusterPodMonitoringSpecLimits#labelNameLength
        '''
        result = self._values.get("label_name_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringSpecLimits#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def label_value_length(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringSpecLimits#labelValueLength
        '''
        result = self._values.get("label_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def samples(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringSpecLimits#samples
        '''
        result = self._values.get("samples")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ClusterPodMonitoringSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ClusterPodMonitoringSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: ClusterPodMonitoringSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51971744cc4b0b88efdd41fb12ad49dda0aa5794a89444dbe73415ac59b52a33)
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
    ) -> typing.Optional[typing.List["ClusterPodMonitoringSpecSelectorMatchExpressions"]]:
        '''
        :schema: ClusterPodMonitoringSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ClusterPodMonitoringSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ClusterPodMonitoringSpecSelectorMatchExpressions:
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

        :schema: ClusterPodMonitoringSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc404fedfc2961653d47b6699b8e5e610d52e23cda7b0296426b65f54e579d77)
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
        :schema: ClusterPodMonitoringSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ClusterPodMonitoringSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecTargetLabels",
    jsii_struct_bases=[],
    name_mapping={"from_pod": "fromPod", "metadata": "metadata"},
)
class ClusterPodMonitoringSpecTargetLabels:
    def __init__(
        self,
        *,
        from_pod: typing.Optional[typing.Sequence[typing.Union["ClusterPodMonitoringSpecTargetLabelsFromPod", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Sequence["ClusterPodMonitoringSpecTargetLabelsMetadata"]] = None,
    ) -> None:
        '''
        :param from_pod: 
        :param metadata: 

        :schema: ClusterPodMonitoringSpecTargetLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4143adf2bc106324236c0f92c97db290facd3603de5fb5fc57d0dc406252f02)
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
    ) -> typing.Optional[typing.List["ClusterPodMonitoringSpecTargetLabelsFromPod"]]:
        '''
        :schema: ClusterPodMonitoringSpecTargetLabels#fromPod
        '''
        result = self._values.get("from_pod")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringSpecTargetLabelsFromPod"]], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional[typing.List["ClusterPodMonitoringSpecTargetLabelsMetadata"]]:
        '''
        :schema: ClusterPodMonitoringSpecTargetLabels#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringSpecTargetLabelsMetadata"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecTargetLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecTargetLabelsFromPod",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class ClusterPodMonitoringSpecTargetLabelsFromPod:
    def __init__(
        self,
        *,
        from_: builtins.str,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: ClusterPodMonitoringSpecTargetLabelsFromPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ff84fbb49b5f54a7aae7fdc132c776178ed7f8515faf8dea9d6473b1e865ad11)
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
        :schema: ClusterPodMonitoringSpecTargetLabelsFromPod#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringSpecTargetLabelsFromPod#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringSpecTargetLabelsFromPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringSpecTargetLabelsMetadata"
)
class ClusterPodMonitoringSpecTargetLabelsMetadata(enum.Enum):
    '''
    :schema: ClusterPodMonitoringSpecTargetLabelsMetadata
    '''

    CONTAINER = "CONTAINER"
    '''container.'''
    NAMESPACE = "NAMESPACE"
    '''namespace.'''
    NODE = "NODE"
    '''node.'''
    POD = "POD"
    '''pod.'''
    TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_NAME = "TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_NAME"
    '''top_level_controller_name.'''
    TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_TYPE = "TOP_UNDERSCORE_LEVEL_UNDERSCORE_CONTROLLER_UNDERSCORE_TYPE"
    '''top_level_controller_type.'''


class ClusterPodMonitoringV1Alpha1(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1",
):
    '''
    :schema: ClusterPodMonitoringV1Alpha1
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ClusterPodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterPodMonitoringV1Alpha1" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b0431a04455cceb0f800d87708496e0588ad04080653764e343a4b499c8d1f7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterPodMonitoringV1Alpha1Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ClusterPodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterPodMonitoringV1Alpha1".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = ClusterPodMonitoringV1Alpha1Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterPodMonitoringV1Alpha1".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ClusterPodMonitoringV1Alpha1Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ClusterPodMonitoringV1Alpha1Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: ClusterPodMonitoringV1Alpha1
        '''
        if isinstance(spec, dict):
            spec = ClusterPodMonitoringV1Alpha1Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__27c63ad1a243f6c03d9e2b562251429b59423d86a70bcb585f9ef0080c0680d2)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ClusterPodMonitoringV1Alpha1Spec":
        '''
        :schema: ClusterPodMonitoringV1Alpha1#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ClusterPodMonitoringV1Alpha1Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1Spec",
    jsii_struct_bases=[],
    name_mapping={
        "endpoints": "endpoints",
        "selector": "selector",
        "limits": "limits",
        "target_labels": "targetLabels",
    },
)
class ClusterPodMonitoringV1Alpha1Spec:
    def __init__(
        self,
        *,
        endpoints: typing.Sequence[typing.Union["ClusterPodMonitoringV1Alpha1SpecEndpoints", typing.Dict[builtins.str, typing.Any]]],
        selector: typing.Union["ClusterPodMonitoringV1Alpha1SpecSelector", typing.Dict[builtins.str, typing.Any]],
        limits: typing.Optional[typing.Union["ClusterPodMonitoringV1Alpha1SpecLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        target_labels: typing.Optional[typing.Union["ClusterPodMonitoringV1Alpha1SpecTargetLabels", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param endpoints: 
        :param selector: 
        :param limits: 
        :param target_labels: 

        :schema: ClusterPodMonitoringV1Alpha1Spec
        '''
        if isinstance(selector, dict):
            selector = ClusterPodMonitoringV1Alpha1SpecSelector(**selector)
        if isinstance(limits, dict):
            limits = ClusterPodMonitoringV1Alpha1SpecLimits(**limits)
        if isinstance(target_labels, dict):
            target_labels = ClusterPodMonitoringV1Alpha1SpecTargetLabels(**target_labels)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f0ef69739123df5a14f1e37a6266bcb8a7c8d2d33ddf45b150a68ddd2448527)
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
    def endpoints(self) -> typing.List["ClusterPodMonitoringV1Alpha1SpecEndpoints"]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1Spec#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List["ClusterPodMonitoringV1Alpha1SpecEndpoints"], result)

    @builtins.property
    def selector(self) -> "ClusterPodMonitoringV1Alpha1SpecSelector":
        '''
        :schema: ClusterPodMonitoringV1Alpha1Spec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("ClusterPodMonitoringV1Alpha1SpecSelector", result)

    @builtins.property
    def limits(self) -> typing.Optional["ClusterPodMonitoringV1Alpha1SpecLimits"]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1Spec#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["ClusterPodMonitoringV1Alpha1SpecLimits"], result)

    @builtins.property
    def target_labels(
        self,
    ) -> typing.Optional["ClusterPodMonitoringV1Alpha1SpecTargetLabels"]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1Spec#targetLabels
        '''
        result = self._values.get("target_labels")
        return typing.cast(typing.Optional["ClusterPodMonitoringV1Alpha1SpecTargetLabels"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecEndpoints",
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
class ClusterPodMonitoringV1Alpha1SpecEndpoints:
    def __init__(
        self,
        *,
        port: "ClusterPodMonitoringV1Alpha1SpecEndpointsPort",
        interval: typing.Optional[builtins.str] = None,
        metric_relabeling: typing.Optional[typing.Sequence[typing.Union["ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c5abab60053b9dcc142c0a7016272f103edb34e4976b1e76bfbd5fd1dfae39e)
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
    def port(self) -> "ClusterPodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast("ClusterPodMonitoringV1Alpha1SpecEndpointsPort", result)

    @builtins.property
    def interval(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#interval
        '''
        result = self._values.get("interval")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def metric_relabeling(
        self,
    ) -> typing.Optional[typing.List["ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling"]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#metricRelabeling
        '''
        result = self._values.get("metric_relabeling")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling"]], result)

    @builtins.property
    def params(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#params
        '''
        result = self._values.get("params")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, typing.List[builtins.str]]], result)

    @builtins.property
    def path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#path
        '''
        result = self._values.get("path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#proxyUrl
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheme(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#scheme
        '''
        result = self._values.get("scheme")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpoints#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecEndpoints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling",
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
class ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling:
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

        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c783a9374be31fa3106223fac58cbfd9c533fca6c86b3d2ad36f02aa73feaeb8)
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
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#action
        '''
        result = self._values.get("action")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def modulus(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#modulus
        '''
        result = self._values.get("modulus")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def regex(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#regex
        '''
        result = self._values.get("regex")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replacement(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#replacement
        '''
        result = self._values.get("replacement")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def separator(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#separator
        '''
        result = self._values.get("separator")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def source_labels(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#sourceLabels
        '''
        result = self._values.get("source_labels")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def target_label(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling#targetLabel
        '''
        result = self._values.get("target_label")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterPodMonitoringV1Alpha1SpecEndpointsPort(
    metaclass=jsii.JSIIMeta,
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecEndpointsPort",
):
    '''
    :schema: ClusterPodMonitoringV1Alpha1SpecEndpointsPort
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterPodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b124bbde0b4a5b15c9f6c0f45e8fac05681f88b68629ab338db3c640a42dee73)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPodMonitoringV1Alpha1SpecEndpointsPort", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterPodMonitoringV1Alpha1SpecEndpointsPort":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c74cbafb11871bacd24708a8e01a2f2ec603940fe3133e881f1ad970c7513ecd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterPodMonitoringV1Alpha1SpecEndpointsPort", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecLimits",
    jsii_struct_bases=[],
    name_mapping={
        "label_name_length": "labelNameLength",
        "labels": "labels",
        "label_value_length": "labelValueLength",
        "samples": "samples",
    },
)
class ClusterPodMonitoringV1Alpha1SpecLimits:
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

        :schema: ClusterPodMonitoringV1Alpha1SpecLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__073bedf581ad77d0cc31ea6b8a09f2d3e41a928d1bfc160c0a8578ab7945a8f5)
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
        :schema: ClusterPodMonitoringV1Alpha1SpecLimits#labelNameLength
        '''
        result = self._values.get("label_name_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def labels(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecLimits#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def label_value_length(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecLimits#labelValueLength
        '''
        result = self._values.get("label_value_length")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def samples(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecLimits#samples
        '''
        result = self._values.get("samples")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class ClusterPodMonitoringV1Alpha1SpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param match_expressions: 
        :param match_labels: 

        :schema: ClusterPodMonitoringV1Alpha1SpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ab9e0a4cfc94e19308008934d95f552ab9efa88cd0945222e9735b5d3930e5b0)
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
    ) -> typing.Optional[typing.List["ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions"]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions:
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

        :schema: ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e8d3b00aeb35fe365b1bfa59ff4f5a388937faab5310f7a44a2abfa66ce19e8e)
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
        :schema: ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecTargetLabels",
    jsii_struct_bases=[],
    name_mapping={"from_pod": "fromPod", "metadata": "metadata"},
)
class ClusterPodMonitoringV1Alpha1SpecTargetLabels:
    def __init__(
        self,
        *,
        from_pod: typing.Optional[typing.Sequence[typing.Union["ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod", typing.Dict[builtins.str, typing.Any]]]] = None,
        metadata: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''
        :param from_pod: 
        :param metadata: 

        :schema: ClusterPodMonitoringV1Alpha1SpecTargetLabels
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__03f49ae477292f27b6bfff3608a593da6162e34585dac424aec82876bc99b9bd)
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
    ) -> typing.Optional[typing.List["ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod"]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecTargetLabels#fromPod
        '''
        result = self._values.get("from_pod")
        return typing.cast(typing.Optional[typing.List["ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod"]], result)

    @builtins.property
    def metadata(self) -> typing.Optional[typing.List[builtins.str]]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecTargetLabels#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecTargetLabels(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="clusterpodmonitoring_v0_17_2_comgoogleapismonitoring.ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod",
    jsii_struct_bases=[],
    name_mapping={"from_": "from", "to": "to"},
)
class ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod:
    def __init__(
        self,
        *,
        from_: builtins.str,
        to: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param from_: 
        :param to: 

        :schema: ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b35688fe63a44ed6fd072a1e6505799cc1aeac9d7d269a227b9bbd236cf69f05)
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
        :schema: ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod#from
        '''
        result = self._values.get("from_")
        assert result is not None, "Required property 'from_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def to(self) -> typing.Optional[builtins.str]:
        '''
        :schema: ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod#to
        '''
        result = self._values.get("to")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "ClusterPodMonitoring",
    "ClusterPodMonitoringProps",
    "ClusterPodMonitoringSpec",
    "ClusterPodMonitoringSpecEndpoints",
    "ClusterPodMonitoringSpecEndpointsAuthorization",
    "ClusterPodMonitoringSpecEndpointsAuthorizationCredentials",
    "ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret",
    "ClusterPodMonitoringSpecEndpointsBasicAuth",
    "ClusterPodMonitoringSpecEndpointsBasicAuthPassword",
    "ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret",
    "ClusterPodMonitoringSpecEndpointsMetricRelabeling",
    "ClusterPodMonitoringSpecEndpointsMetricRelabelingAction",
    "ClusterPodMonitoringSpecEndpointsOauth2",
    "ClusterPodMonitoringSpecEndpointsOauth2ClientSecret",
    "ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfig",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion",
    "ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion",
    "ClusterPodMonitoringSpecEndpointsPort",
    "ClusterPodMonitoringSpecEndpointsScheme",
    "ClusterPodMonitoringSpecEndpointsTls",
    "ClusterPodMonitoringSpecEndpointsTlsCa",
    "ClusterPodMonitoringSpecEndpointsTlsCaSecret",
    "ClusterPodMonitoringSpecEndpointsTlsCert",
    "ClusterPodMonitoringSpecEndpointsTlsCertSecret",
    "ClusterPodMonitoringSpecEndpointsTlsKey",
    "ClusterPodMonitoringSpecEndpointsTlsKeySecret",
    "ClusterPodMonitoringSpecEndpointsTlsMaxVersion",
    "ClusterPodMonitoringSpecEndpointsTlsMinVersion",
    "ClusterPodMonitoringSpecLimits",
    "ClusterPodMonitoringSpecSelector",
    "ClusterPodMonitoringSpecSelectorMatchExpressions",
    "ClusterPodMonitoringSpecTargetLabels",
    "ClusterPodMonitoringSpecTargetLabelsFromPod",
    "ClusterPodMonitoringSpecTargetLabelsMetadata",
    "ClusterPodMonitoringV1Alpha1",
    "ClusterPodMonitoringV1Alpha1Props",
    "ClusterPodMonitoringV1Alpha1Spec",
    "ClusterPodMonitoringV1Alpha1SpecEndpoints",
    "ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling",
    "ClusterPodMonitoringV1Alpha1SpecEndpointsPort",
    "ClusterPodMonitoringV1Alpha1SpecLimits",
    "ClusterPodMonitoringV1Alpha1SpecSelector",
    "ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions",
    "ClusterPodMonitoringV1Alpha1SpecTargetLabels",
    "ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod",
]

publication.publish()

def _typecheckingstub__4f74dc5ad92cd531fef587e3fdb2ad11cd26f8dc7230bc8a6a5ebac999430759(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ClusterPodMonitoringSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ef48a4773aac8253476442a3d7eca9b8488670d06f624bd0c004d65fa556b5fc(
    *,
    spec: typing.Union[ClusterPodMonitoringSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65f08b8001c32863c15c775b8dfe75ae75430570580e0dbe8f5784c4afc41a63(
    *,
    endpoints: typing.Sequence[typing.Union[ClusterPodMonitoringSpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[ClusterPodMonitoringSpecSelector, typing.Dict[builtins.str, typing.Any]],
    filter_running: typing.Optional[builtins.bool] = None,
    limits: typing.Optional[typing.Union[ClusterPodMonitoringSpecLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    target_labels: typing.Optional[typing.Union[ClusterPodMonitoringSpecTargetLabels, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea2f88b3f5f00a9658e637bb7331546c32758f38c8f07c3bc4b1ed14e755d430(
    *,
    interval: builtins.str,
    port: ClusterPodMonitoringSpecEndpointsPort,
    authorization: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsAuthorization, typing.Dict[builtins.str, typing.Any]]] = None,
    basic_auth: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsBasicAuth, typing.Dict[builtins.str, typing.Any]]] = None,
    metric_relabeling: typing.Optional[typing.Sequence[typing.Union[ClusterPodMonitoringSpecEndpointsMetricRelabeling, typing.Dict[builtins.str, typing.Any]]]] = None,
    oauth2: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2, typing.Dict[builtins.str, typing.Any]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[ClusterPodMonitoringSpecEndpointsScheme] = None,
    timeout: typing.Optional[builtins.str] = None,
    tls: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTls, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bd8a5cc82a43f58a59cc20749552659b704209fed03b18d095dc7f87963ccdc(
    *,
    credentials: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsAuthorizationCredentials, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2cd0e2c8e8527414162c91ae32dd56efae37a25a816e32177272f73e0767aa71(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsAuthorizationCredentialsSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d5636a4f3acc13569860816048d61cace5b6282d11e6e18ce5024876e0601ee(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c6eb5df1727f9c3ed43e9b953d57afffb0d7239f8ee4e95fb8644524b1cf2bb(
    *,
    password: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsBasicAuthPassword, typing.Dict[builtins.str, typing.Any]]] = None,
    username: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54afacfa4943f482429c6ff84d45782aba1e30eba3340381c0dfa9fe3011db9e(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsBasicAuthPasswordSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4bc855895f412b38660cde336783a221bac4c651309e0f5b8f92e9f57f35d9a(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__abbee7320d3668e993ca5192097c74480a4b903c19b7d530383ebb99596143ab(
    *,
    action: typing.Optional[ClusterPodMonitoringSpecEndpointsMetricRelabelingAction] = None,
    modulus: typing.Optional[jsii.Number] = None,
    regex: typing.Optional[builtins.str] = None,
    replacement: typing.Optional[builtins.str] = None,
    separator: typing.Optional[builtins.str] = None,
    source_labels: typing.Optional[typing.Sequence[builtins.str]] = None,
    target_label: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__295457fd6418b5a216655c676ba698d694f6aeed0edcace3c2538b61d717b0d0(
    *,
    client_id: typing.Optional[builtins.str] = None,
    client_secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2ClientSecret, typing.Dict[builtins.str, typing.Any]]] = None,
    endpoint_params: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scopes: typing.Optional[typing.Sequence[builtins.str]] = None,
    tls_config: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    token_url: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7556d707ad021987c8c0cae95d27725e8e906ff20f7b5c9bb94c11b4b1e8ccd(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2ClientSecretSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__200a6e98d0996580a6f11792b262c9c2468cc7bfed235bdd430846db4758e43d(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4fc5a8221621f6b1a4c5125a455ea8c4bae1d42155eddb3dbc58b93ff075583(
    *,
    ca: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCa, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCert, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKey, typing.Dict[builtins.str, typing.Any]]] = None,
    max_version: typing.Optional[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMaxVersion] = None,
    min_version: typing.Optional[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigMinVersion] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4805c10b67b80d51b144512806837a995c9f3ad12b9a15aae84e005f8ed33526(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42481de39c4fdc61dbb8f342cba3a5ebb9563c08c90b930105835f8f1f407252(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2e4ec342bb09c3c00c7f32f543933ae5c7d5d634e3ce15654b6369d9297fee71(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__917c2b6d2f8e38c8a5106ee1863667592888ef29de8ffdefa5667caf8dc3216e(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__515069dc683968be7b50ad04e3867056f0e90ffa562a24e9fe794196b52600a4(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsOauth2TlsConfigKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4739ef1ff98e3ace0cfb4a2601de3f8a87a75957313480a807e7555f79a30fc3(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e64f0164573c14d9df866eaa9405f9298f5719142f9adf62a93812b27b0c378(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77513b4f2202027a171b14e03cb10a44daca1c8abe005662da13b7914bfd1b9e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4eb3334ea4e34bd9e57d2d61fc07ffa02a90e5c1c455a68919ac7899f05f8bac(
    *,
    ca: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTlsCa, typing.Dict[builtins.str, typing.Any]]] = None,
    cert: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTlsCert, typing.Dict[builtins.str, typing.Any]]] = None,
    insecure_skip_verify: typing.Optional[builtins.bool] = None,
    key: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTlsKey, typing.Dict[builtins.str, typing.Any]]] = None,
    max_version: typing.Optional[ClusterPodMonitoringSpecEndpointsTlsMaxVersion] = None,
    min_version: typing.Optional[ClusterPodMonitoringSpecEndpointsTlsMinVersion] = None,
    server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d57ba46ddb2f0b9b9a1a72db4fa8b4001170a475ab4a8b9b2653de689701564a(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTlsCaSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fa43f20924e05191fcc2845a31919d7aa087246c11a206f308742652ec8a98b(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33af58ae5fff94fb98ea822d126436c7f3257c375c2c51eab231fea488fde432(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTlsCertSecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c11204d135c484d8266ef43d1378a2a3a0e3045750a5a323ca49d223a10b6f5b(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e163a5ac786c642ca69217444dfdfd39ee985045f1ebe76eb70bff0af61270e0(
    *,
    secret: typing.Optional[typing.Union[ClusterPodMonitoringSpecEndpointsTlsKeySecret, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ffbfa32acfb7e0b2ef6d35e2649dee059bac91ed8fd21a598526fdeaf3b1f72(
    *,
    key: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21ff5ab6c8265a5ddb4f7c9e7c30772c4f96a762d87a8104760d6443874b6d77(
    *,
    label_name_length: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[jsii.Number] = None,
    label_value_length: typing.Optional[jsii.Number] = None,
    samples: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51971744cc4b0b88efdd41fb12ad49dda0aa5794a89444dbe73415ac59b52a33(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ClusterPodMonitoringSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bc404fedfc2961653d47b6699b8e5e610d52e23cda7b0296426b65f54e579d77(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4143adf2bc106324236c0f92c97db290facd3603de5fb5fc57d0dc406252f02(
    *,
    from_pod: typing.Optional[typing.Sequence[typing.Union[ClusterPodMonitoringSpecTargetLabelsFromPod, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Sequence[ClusterPodMonitoringSpecTargetLabelsMetadata]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ff84fbb49b5f54a7aae7fdc132c776178ed7f8515faf8dea9d6473b1e865ad11(
    *,
    from_: builtins.str,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b0431a04455cceb0f800d87708496e0588ad04080653764e343a4b499c8d1f7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ClusterPodMonitoringV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__27c63ad1a243f6c03d9e2b562251429b59423d86a70bcb585f9ef0080c0680d2(
    *,
    spec: typing.Union[ClusterPodMonitoringV1Alpha1Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f0ef69739123df5a14f1e37a6266bcb8a7c8d2d33ddf45b150a68ddd2448527(
    *,
    endpoints: typing.Sequence[typing.Union[ClusterPodMonitoringV1Alpha1SpecEndpoints, typing.Dict[builtins.str, typing.Any]]],
    selector: typing.Union[ClusterPodMonitoringV1Alpha1SpecSelector, typing.Dict[builtins.str, typing.Any]],
    limits: typing.Optional[typing.Union[ClusterPodMonitoringV1Alpha1SpecLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    target_labels: typing.Optional[typing.Union[ClusterPodMonitoringV1Alpha1SpecTargetLabels, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c5abab60053b9dcc142c0a7016272f103edb34e4976b1e76bfbd5fd1dfae39e(
    *,
    port: ClusterPodMonitoringV1Alpha1SpecEndpointsPort,
    interval: typing.Optional[builtins.str] = None,
    metric_relabeling: typing.Optional[typing.Sequence[typing.Union[ClusterPodMonitoringV1Alpha1SpecEndpointsMetricRelabeling, typing.Dict[builtins.str, typing.Any]]]] = None,
    params: typing.Optional[typing.Mapping[builtins.str, typing.Sequence[builtins.str]]] = None,
    path: typing.Optional[builtins.str] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    scheme: typing.Optional[builtins.str] = None,
    timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c783a9374be31fa3106223fac58cbfd9c533fca6c86b3d2ad36f02aa73feaeb8(
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

def _typecheckingstub__b124bbde0b4a5b15c9f6c0f45e8fac05681f88b68629ab338db3c640a42dee73(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c74cbafb11871bacd24708a8e01a2f2ec603940fe3133e881f1ad970c7513ecd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__073bedf581ad77d0cc31ea6b8a09f2d3e41a928d1bfc160c0a8578ab7945a8f5(
    *,
    label_name_length: typing.Optional[jsii.Number] = None,
    labels: typing.Optional[jsii.Number] = None,
    label_value_length: typing.Optional[jsii.Number] = None,
    samples: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ab9e0a4cfc94e19308008934d95f552ab9efa88cd0945222e9735b5d3930e5b0(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[ClusterPodMonitoringV1Alpha1SpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e8d3b00aeb35fe365b1bfa59ff4f5a388937faab5310f7a44a2abfa66ce19e8e(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__03f49ae477292f27b6bfff3608a593da6162e34585dac424aec82876bc99b9bd(
    *,
    from_pod: typing.Optional[typing.Sequence[typing.Union[ClusterPodMonitoringV1Alpha1SpecTargetLabelsFromPod, typing.Dict[builtins.str, typing.Any]]]] = None,
    metadata: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b35688fe63a44ed6fd072a1e6505799cc1aeac9d7d269a227b9bbd236cf69f05(
    *,
    from_: builtins.str,
    to: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
