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


class HealthCheckPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicy",
):
    '''
    :schema: HealthCheckPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["HealthCheckPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "HealthCheckPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ceab52ffaa3f9bdf1c4967d4f7e3039eaa4207d0af57b99251a60bf5071364a2)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = HealthCheckPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["HealthCheckPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "HealthCheckPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = HealthCheckPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "HealthCheckPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class HealthCheckPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["HealthCheckPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: HealthCheckPolicy
        '''
        if isinstance(spec, dict):
            spec = HealthCheckPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b42e9601030e0f3e19690db676de994db63cd0b1ab2f2f554dc8b180e871f342)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "HealthCheckPolicySpec":
        '''
        :schema: HealthCheckPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("HealthCheckPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: HealthCheckPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpec",
    jsii_struct_bases=[],
    name_mapping={"target_ref": "targetRef", "default": "default"},
)
class HealthCheckPolicySpec:
    def __init__(
        self,
        *,
        target_ref: typing.Union["HealthCheckPolicySpecTargetRef", typing.Dict[builtins.str, typing.Any]],
        default: typing.Optional[typing.Union["HealthCheckPolicySpecDefault", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param target_ref: 
        :param default: 

        :schema: HealthCheckPolicySpec
        '''
        if isinstance(target_ref, dict):
            target_ref = HealthCheckPolicySpecTargetRef(**target_ref)
        if isinstance(default, dict):
            default = HealthCheckPolicySpecDefault(**default)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d630aa78bb965108a0cab4965906abce57fa8d124ae36cda28b8f1264698502)
            check_type(argname="argument target_ref", value=target_ref, expected_type=type_hints["target_ref"])
            check_type(argname="argument default", value=default, expected_type=type_hints["default"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_ref": target_ref,
        }
        if default is not None:
            self._values["default"] = default

    @builtins.property
    def target_ref(self) -> "HealthCheckPolicySpecTargetRef":
        '''
        :schema: HealthCheckPolicySpec#targetRef
        '''
        result = self._values.get("target_ref")
        assert result is not None, "Required property 'target_ref' is missing"
        return typing.cast("HealthCheckPolicySpecTargetRef", result)

    @builtins.property
    def default(self) -> typing.Optional["HealthCheckPolicySpecDefault"]:
        '''
        :schema: HealthCheckPolicySpec#default
        '''
        result = self._values.get("default")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefault"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefault",
    jsii_struct_bases=[],
    name_mapping={
        "check_interval_sec": "checkIntervalSec",
        "config": "config",
        "healthy_threshold": "healthyThreshold",
        "log_config": "logConfig",
        "timeout_sec": "timeoutSec",
        "unhealthy_threshold": "unhealthyThreshold",
    },
)
class HealthCheckPolicySpecDefault:
    def __init__(
        self,
        *,
        check_interval_sec: typing.Optional[jsii.Number] = None,
        config: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        healthy_threshold: typing.Optional[jsii.Number] = None,
        log_config: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultLogConfig", typing.Dict[builtins.str, typing.Any]]] = None,
        timeout_sec: typing.Optional[jsii.Number] = None,
        unhealthy_threshold: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''
        :param check_interval_sec: 
        :param config: 
        :param healthy_threshold: 
        :param log_config: 
        :param timeout_sec: 
        :param unhealthy_threshold: 

        :schema: HealthCheckPolicySpecDefault
        '''
        if isinstance(config, dict):
            config = HealthCheckPolicySpecDefaultConfig(**config)
        if isinstance(log_config, dict):
            log_config = HealthCheckPolicySpecDefaultLogConfig(**log_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b2bab1a414feee8beeee3a8b994de88a09a60332088b7254420c9eeaa7180f9)
            check_type(argname="argument check_interval_sec", value=check_interval_sec, expected_type=type_hints["check_interval_sec"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
            check_type(argname="argument healthy_threshold", value=healthy_threshold, expected_type=type_hints["healthy_threshold"])
            check_type(argname="argument log_config", value=log_config, expected_type=type_hints["log_config"])
            check_type(argname="argument timeout_sec", value=timeout_sec, expected_type=type_hints["timeout_sec"])
            check_type(argname="argument unhealthy_threshold", value=unhealthy_threshold, expected_type=type_hints["unhealthy_threshold"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if check_interval_sec is not None:
            self._values["check_interval_sec"] = check_interval_sec
        if config is not None:
            self._values["config"] = config
        if healthy_threshold is not None:
            self._values["healthy_threshold"] = healthy_threshold
        if log_config is not None:
            self._values["log_config"] = log_config
        if timeout_sec is not None:
            self._values["timeout_sec"] = timeout_sec
        if unhealthy_threshold is not None:
            self._values["unhealthy_threshold"] = unhealthy_threshold

    @builtins.property
    def check_interval_sec(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefault#checkIntervalSec
        '''
        result = self._values.get("check_interval_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def config(self) -> typing.Optional["HealthCheckPolicySpecDefaultConfig"]:
        '''
        :schema: HealthCheckPolicySpecDefault#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfig"], result)

    @builtins.property
    def healthy_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefault#healthyThreshold
        '''
        result = self._values.get("healthy_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def log_config(self) -> typing.Optional["HealthCheckPolicySpecDefaultLogConfig"]:
        '''
        :schema: HealthCheckPolicySpecDefault#logConfig
        '''
        result = self._values.get("log_config")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultLogConfig"], result)

    @builtins.property
    def timeout_sec(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefault#timeoutSec
        '''
        result = self._values.get("timeout_sec")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unhealthy_threshold(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefault#unhealthyThreshold
        '''
        result = self._values.get("unhealthy_threshold")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefault(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfig",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_health_check": "grpcHealthCheck",
        "http2_health_check": "http2HealthCheck",
        "http_health_check": "httpHealthCheck",
        "https_health_check": "httpsHealthCheck",
        "tcp_health_check": "tcpHealthCheck",
        "type": "type",
    },
)
class HealthCheckPolicySpecDefaultConfig:
    def __init__(
        self,
        *,
        grpc_health_check: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultConfigGrpcHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        http2_health_check: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultConfigHttp2HealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        http_health_check: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultConfigHttpHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        https_health_check: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultConfigHttpsHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        tcp_health_check: typing.Optional[typing.Union["HealthCheckPolicySpecDefaultConfigTcpHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional["HealthCheckPolicySpecDefaultConfigType"] = None,
    ) -> None:
        '''
        :param grpc_health_check: 
        :param http2_health_check: 
        :param http_health_check: 
        :param https_health_check: 
        :param tcp_health_check: 
        :param type: 

        :schema: HealthCheckPolicySpecDefaultConfig
        '''
        if isinstance(grpc_health_check, dict):
            grpc_health_check = HealthCheckPolicySpecDefaultConfigGrpcHealthCheck(**grpc_health_check)
        if isinstance(http2_health_check, dict):
            http2_health_check = HealthCheckPolicySpecDefaultConfigHttp2HealthCheck(**http2_health_check)
        if isinstance(http_health_check, dict):
            http_health_check = HealthCheckPolicySpecDefaultConfigHttpHealthCheck(**http_health_check)
        if isinstance(https_health_check, dict):
            https_health_check = HealthCheckPolicySpecDefaultConfigHttpsHealthCheck(**https_health_check)
        if isinstance(tcp_health_check, dict):
            tcp_health_check = HealthCheckPolicySpecDefaultConfigTcpHealthCheck(**tcp_health_check)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__300c7be4e6f55e44cf9cf2b19bb4f9fea58d2e18abbbd15f7b520f2b72fd3b9e)
            check_type(argname="argument grpc_health_check", value=grpc_health_check, expected_type=type_hints["grpc_health_check"])
            check_type(argname="argument http2_health_check", value=http2_health_check, expected_type=type_hints["http2_health_check"])
            check_type(argname="argument http_health_check", value=http_health_check, expected_type=type_hints["http_health_check"])
            check_type(argname="argument https_health_check", value=https_health_check, expected_type=type_hints["https_health_check"])
            check_type(argname="argument tcp_health_check", value=tcp_health_check, expected_type=type_hints["tcp_health_check"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_health_check is not None:
            self._values["grpc_health_check"] = grpc_health_check
        if http2_health_check is not None:
            self._values["http2_health_check"] = http2_health_check
        if http_health_check is not None:
            self._values["http_health_check"] = http_health_check
        if https_health_check is not None:
            self._values["https_health_check"] = https_health_check
        if tcp_health_check is not None:
            self._values["tcp_health_check"] = tcp_health_check
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def grpc_health_check(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigGrpcHealthCheck"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfig#grpcHealthCheck
        '''
        result = self._values.get("grpc_health_check")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigGrpcHealthCheck"], result)

    @builtins.property
    def http2_health_check(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheck"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfig#http2HealthCheck
        '''
        result = self._values.get("http2_health_check")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheck"], result)

    @builtins.property
    def http_health_check(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheck"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfig#httpHealthCheck
        '''
        result = self._values.get("http_health_check")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheck"], result)

    @builtins.property
    def https_health_check(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheck"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfig#httpsHealthCheck
        '''
        result = self._values.get("https_health_check")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheck"], result)

    @builtins.property
    def tcp_health_check(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheck"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfig#tcpHealthCheck
        '''
        result = self._values.get("tcp_health_check")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheck"], result)

    @builtins.property
    def type(self) -> typing.Optional["HealthCheckPolicySpecDefaultConfigType"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfig#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigGrpcHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "grpc_service_name": "grpcServiceName",
        "port": "port",
        "port_name": "portName",
        "port_specification": "portSpecification",
    },
)
class HealthCheckPolicySpecDefaultConfigGrpcHealthCheck:
    def __init__(
        self,
        *,
        grpc_service_name: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_specification: typing.Optional["HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification"] = None,
    ) -> None:
        '''
        :param grpc_service_name: 
        :param port: 
        :param port_name: 
        :param port_specification: 

        :schema: HealthCheckPolicySpecDefaultConfigGrpcHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e87289d766d4c9682fb4d1bb02beeb7746e5600ba30b1e8deefa6e2ad2bb144)
            check_type(argname="argument grpc_service_name", value=grpc_service_name, expected_type=type_hints["grpc_service_name"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_specification", value=port_specification, expected_type=type_hints["port_specification"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if grpc_service_name is not None:
            self._values["grpc_service_name"] = grpc_service_name
        if port is not None:
            self._values["port"] = port
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_specification is not None:
            self._values["port_specification"] = port_specification

    @builtins.property
    def grpc_service_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigGrpcHealthCheck#grpcServiceName
        '''
        result = self._values.get("grpc_service_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigGrpcHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigGrpcHealthCheck#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_specification(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigGrpcHealthCheck#portSpecification
        '''
        result = self._values.get("port_specification")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultConfigGrpcHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification"
)
class HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification
    '''

    USE_UNDERSCORE_FIXED_UNDERSCORE_PORT = "USE_UNDERSCORE_FIXED_UNDERSCORE_PORT"
    '''USE_FIXED_PORT.'''
    USE_UNDERSCORE_NAMED_UNDERSCORE_PORT = "USE_UNDERSCORE_NAMED_UNDERSCORE_PORT"
    '''USE_NAMED_PORT.'''
    USE_UNDERSCORE_SERVING_UNDERSCORE_PORT = "USE_UNDERSCORE_SERVING_UNDERSCORE_PORT"
    '''USE_SERVING_PORT.'''


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttp2HealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "port": "port",
        "port_name": "portName",
        "port_specification": "portSpecification",
        "proxy_header": "proxyHeader",
        "request_path": "requestPath",
        "response": "response",
    },
)
class HealthCheckPolicySpecDefaultConfigHttp2HealthCheck:
    def __init__(
        self,
        *,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_specification: typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification"] = None,
        proxy_header: typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader"] = None,
        request_path: typing.Optional[builtins.str] = None,
        response: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param port_name: 
        :param port_specification: 
        :param proxy_header: 
        :param request_path: 
        :param response: 

        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e128828888e791d58160b1ecbc9af2bca1a2d4c00593655d2b6bb37c234f09f2)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_specification", value=port_specification, expected_type=type_hints["port_specification"])
            check_type(argname="argument proxy_header", value=proxy_header, expected_type=type_hints["proxy_header"])
            check_type(argname="argument request_path", value=request_path, expected_type=type_hints["request_path"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if host is not None:
            self._values["host"] = host
        if port is not None:
            self._values["port"] = port
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_specification is not None:
            self._values["port_specification"] = port_specification
        if proxy_header is not None:
            self._values["proxy_header"] = proxy_header
        if request_path is not None:
            self._values["request_path"] = request_path
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_specification(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#portSpecification
        '''
        result = self._values.get("port_specification")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification"], result)

    @builtins.property
    def proxy_header(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#proxyHeader
        '''
        result = self._values.get("proxy_header")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader"], result)

    @builtins.property
    def request_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#requestPath
        '''
        result = self._values.get("request_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheck#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultConfigHttp2HealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification"
)
class HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification
    '''

    USE_UNDERSCORE_FIXED_UNDERSCORE_PORT = "USE_UNDERSCORE_FIXED_UNDERSCORE_PORT"
    '''USE_FIXED_PORT.'''
    USE_UNDERSCORE_NAMED_UNDERSCORE_PORT = "USE_UNDERSCORE_NAMED_UNDERSCORE_PORT"
    '''USE_NAMED_PORT.'''
    USE_UNDERSCORE_SERVING_UNDERSCORE_PORT = "USE_UNDERSCORE_SERVING_UNDERSCORE_PORT"
    '''USE_SERVING_PORT.'''


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader"
)
class HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader
    '''

    NONE = "NONE"
    '''NONE.'''
    PROXY_UNDERSCORE_V1 = "PROXY_UNDERSCORE_V1"
    '''PROXY_V1.'''


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttpHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "port": "port",
        "port_name": "portName",
        "port_specification": "portSpecification",
        "proxy_header": "proxyHeader",
        "request_path": "requestPath",
        "response": "response",
    },
)
class HealthCheckPolicySpecDefaultConfigHttpHealthCheck:
    def __init__(
        self,
        *,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_specification: typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification"] = None,
        proxy_header: typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader"] = None,
        request_path: typing.Optional[builtins.str] = None,
        response: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param port_name: 
        :param port_specification: 
        :param proxy_header: 
        :param request_path: 
        :param response: 

        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b38f4239f1821b2dd7b681898f6dcb225b29dfb9432cd0c345335163acbd9f6f)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_specification", value=port_specification, expected_type=type_hints["port_specification"])
            check_type(argname="argument proxy_header", value=proxy_header, expected_type=type_hints["proxy_header"])
            check_type(argname="argument request_path", value=request_path, expected_type=type_hints["request_path"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if host is not None:
            self._values["host"] = host
        if port is not None:
            self._values["port"] = port
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_specification is not None:
            self._values["port_specification"] = port_specification
        if proxy_header is not None:
            self._values["proxy_header"] = proxy_header
        if request_path is not None:
            self._values["request_path"] = request_path
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_specification(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#portSpecification
        '''
        result = self._values.get("port_specification")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification"], result)

    @builtins.property
    def proxy_header(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#proxyHeader
        '''
        result = self._values.get("proxy_header")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader"], result)

    @builtins.property
    def request_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#requestPath
        '''
        result = self._values.get("request_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheck#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultConfigHttpHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification"
)
class HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification
    '''

    USE_UNDERSCORE_FIXED_UNDERSCORE_PORT = "USE_UNDERSCORE_FIXED_UNDERSCORE_PORT"
    '''USE_FIXED_PORT.'''
    USE_UNDERSCORE_NAMED_UNDERSCORE_PORT = "USE_UNDERSCORE_NAMED_UNDERSCORE_PORT"
    '''USE_NAMED_PORT.'''
    USE_UNDERSCORE_SERVING_UNDERSCORE_PORT = "USE_UNDERSCORE_SERVING_UNDERSCORE_PORT"
    '''USE_SERVING_PORT.'''


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader"
)
class HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader
    '''

    NONE = "NONE"
    '''NONE.'''
    PROXY_UNDERSCORE_V1 = "PROXY_UNDERSCORE_V1"
    '''PROXY_V1.'''


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttpsHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "host": "host",
        "port": "port",
        "port_name": "portName",
        "port_specification": "portSpecification",
        "proxy_header": "proxyHeader",
        "request_path": "requestPath",
        "response": "response",
    },
)
class HealthCheckPolicySpecDefaultConfigHttpsHealthCheck:
    def __init__(
        self,
        *,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_specification: typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification"] = None,
        proxy_header: typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader"] = None,
        request_path: typing.Optional[builtins.str] = None,
        response: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param host: 
        :param port: 
        :param port_name: 
        :param port_specification: 
        :param proxy_header: 
        :param request_path: 
        :param response: 

        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9b8d7b18aed3db5d7e357df821eea44ad2649da06c45763f334a773ef5258f6)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_specification", value=port_specification, expected_type=type_hints["port_specification"])
            check_type(argname="argument proxy_header", value=proxy_header, expected_type=type_hints["proxy_header"])
            check_type(argname="argument request_path", value=request_path, expected_type=type_hints["request_path"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if host is not None:
            self._values["host"] = host
        if port is not None:
            self._values["port"] = port
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_specification is not None:
            self._values["port_specification"] = port_specification
        if proxy_header is not None:
            self._values["proxy_header"] = proxy_header
        if request_path is not None:
            self._values["request_path"] = request_path
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_specification(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#portSpecification
        '''
        result = self._values.get("port_specification")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification"], result)

    @builtins.property
    def proxy_header(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#proxyHeader
        '''
        result = self._values.get("proxy_header")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader"], result)

    @builtins.property
    def request_path(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#requestPath
        '''
        result = self._values.get("request_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheck#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultConfigHttpsHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification"
)
class HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification
    '''

    USE_UNDERSCORE_FIXED_UNDERSCORE_PORT = "USE_UNDERSCORE_FIXED_UNDERSCORE_PORT"
    '''USE_FIXED_PORT.'''
    USE_UNDERSCORE_NAMED_UNDERSCORE_PORT = "USE_UNDERSCORE_NAMED_UNDERSCORE_PORT"
    '''USE_NAMED_PORT.'''
    USE_UNDERSCORE_SERVING_UNDERSCORE_PORT = "USE_UNDERSCORE_SERVING_UNDERSCORE_PORT"
    '''USE_SERVING_PORT.'''


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader"
)
class HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader
    '''

    NONE = "NONE"
    '''NONE.'''
    PROXY_UNDERSCORE_V1 = "PROXY_UNDERSCORE_V1"
    '''PROXY_V1.'''


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigTcpHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "port": "port",
        "port_name": "portName",
        "port_specification": "portSpecification",
        "proxy_header": "proxyHeader",
        "request": "request",
        "response": "response",
    },
)
class HealthCheckPolicySpecDefaultConfigTcpHealthCheck:
    def __init__(
        self,
        *,
        port: typing.Optional[jsii.Number] = None,
        port_name: typing.Optional[builtins.str] = None,
        port_specification: typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification"] = None,
        proxy_header: typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader"] = None,
        request: typing.Optional[builtins.str] = None,
        response: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param port: 
        :param port_name: 
        :param port_specification: 
        :param proxy_header: 
        :param request: 
        :param response: 

        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70754525c2c38dddf562bb5da4dd4cded110cc189bfbe8096377a094c60b7245)
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
            check_type(argname="argument port_name", value=port_name, expected_type=type_hints["port_name"])
            check_type(argname="argument port_specification", value=port_specification, expected_type=type_hints["port_specification"])
            check_type(argname="argument proxy_header", value=proxy_header, expected_type=type_hints["proxy_header"])
            check_type(argname="argument request", value=request, expected_type=type_hints["request"])
            check_type(argname="argument response", value=response, expected_type=type_hints["response"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if port is not None:
            self._values["port"] = port
        if port_name is not None:
            self._values["port_name"] = port_name
        if port_specification is not None:
            self._values["port_specification"] = port_specification
        if proxy_header is not None:
            self._values["proxy_header"] = proxy_header
        if request is not None:
            self._values["request"] = request
        if response is not None:
            self._values["response"] = response

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def port_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck#portName
        '''
        result = self._values.get("port_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port_specification(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck#portSpecification
        '''
        result = self._values.get("port_specification")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification"], result)

    @builtins.property
    def proxy_header(
        self,
    ) -> typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader"]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck#proxyHeader
        '''
        result = self._values.get("proxy_header")
        return typing.cast(typing.Optional["HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader"], result)

    @builtins.property
    def request(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck#request
        '''
        result = self._values.get("request")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def response(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheck#response
        '''
        result = self._values.get("response")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultConfigTcpHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification"
)
class HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification
    '''

    USE_UNDERSCORE_FIXED_UNDERSCORE_PORT = "USE_UNDERSCORE_FIXED_UNDERSCORE_PORT"
    '''USE_FIXED_PORT.'''
    USE_UNDERSCORE_NAMED_UNDERSCORE_PORT = "USE_UNDERSCORE_NAMED_UNDERSCORE_PORT"
    '''USE_NAMED_PORT.'''
    USE_UNDERSCORE_SERVING_UNDERSCORE_PORT = "USE_UNDERSCORE_SERVING_UNDERSCORE_PORT"
    '''USE_SERVING_PORT.'''


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader"
)
class HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader
    '''

    NONE = "NONE"
    '''NONE.'''
    PROXY_UNDERSCORE_V1 = "PROXY_UNDERSCORE_V1"
    '''PROXY_V1.'''


@jsii.enum(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultConfigType"
)
class HealthCheckPolicySpecDefaultConfigType(enum.Enum):
    '''
    :schema: HealthCheckPolicySpecDefaultConfigType
    '''

    TCP = "TCP"
    '''TCP.'''
    HTTP = "HTTP"
    '''HTTP.'''
    HTTPS = "HTTPS"
    '''HTTPS.'''
    HTTP2 = "HTTP2"
    '''HTTP2.'''
    GRPC = "GRPC"
    '''GRPC.'''


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecDefaultLogConfig",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled"},
)
class HealthCheckPolicySpecDefaultLogConfig:
    def __init__(self, *, enabled: typing.Optional[builtins.bool] = None) -> None:
        '''
        :param enabled: 

        :schema: HealthCheckPolicySpecDefaultLogConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5955cddf7bcf091cb90b30c910feff4d4ce385765e55b53f74cb16c0ed0be4e0)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''
        :schema: HealthCheckPolicySpecDefaultLogConfig#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecDefaultLogConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="healthcheckpolicy_iogkenetworking.HealthCheckPolicySpecTargetRef",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
    },
)
class HealthCheckPolicySpecTargetRef:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param namespace: 

        :schema: HealthCheckPolicySpecTargetRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ad6f91281734cfc979a771a2de9076d495cff84798eed2200b1bceb8f4d5fc5)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def group(self) -> builtins.str:
        '''
        :schema: HealthCheckPolicySpecTargetRef#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: HealthCheckPolicySpecTargetRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: HealthCheckPolicySpecTargetRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''
        :schema: HealthCheckPolicySpecTargetRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "HealthCheckPolicySpecTargetRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "HealthCheckPolicy",
    "HealthCheckPolicyProps",
    "HealthCheckPolicySpec",
    "HealthCheckPolicySpecDefault",
    "HealthCheckPolicySpecDefaultConfig",
    "HealthCheckPolicySpecDefaultConfigGrpcHealthCheck",
    "HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification",
    "HealthCheckPolicySpecDefaultConfigHttp2HealthCheck",
    "HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification",
    "HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader",
    "HealthCheckPolicySpecDefaultConfigHttpHealthCheck",
    "HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification",
    "HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader",
    "HealthCheckPolicySpecDefaultConfigHttpsHealthCheck",
    "HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification",
    "HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader",
    "HealthCheckPolicySpecDefaultConfigTcpHealthCheck",
    "HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification",
    "HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader",
    "HealthCheckPolicySpecDefaultConfigType",
    "HealthCheckPolicySpecDefaultLogConfig",
    "HealthCheckPolicySpecTargetRef",
]

publication.publish()

def _typecheckingstub__ceab52ffaa3f9bdf1c4967d4f7e3039eaa4207d0af57b99251a60bf5071364a2(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[HealthCheckPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b42e9601030e0f3e19690db676de994db63cd0b1ab2f2f554dc8b180e871f342(
    *,
    spec: typing.Union[HealthCheckPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d630aa78bb965108a0cab4965906abce57fa8d124ae36cda28b8f1264698502(
    *,
    target_ref: typing.Union[HealthCheckPolicySpecTargetRef, typing.Dict[builtins.str, typing.Any]],
    default: typing.Optional[typing.Union[HealthCheckPolicySpecDefault, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b2bab1a414feee8beeee3a8b994de88a09a60332088b7254420c9eeaa7180f9(
    *,
    check_interval_sec: typing.Optional[jsii.Number] = None,
    config: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    healthy_threshold: typing.Optional[jsii.Number] = None,
    log_config: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultLogConfig, typing.Dict[builtins.str, typing.Any]]] = None,
    timeout_sec: typing.Optional[jsii.Number] = None,
    unhealthy_threshold: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__300c7be4e6f55e44cf9cf2b19bb4f9fea58d2e18abbbd15f7b520f2b72fd3b9e(
    *,
    grpc_health_check: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultConfigGrpcHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    http2_health_check: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultConfigHttp2HealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    http_health_check: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultConfigHttpHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    https_health_check: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultConfigHttpsHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    tcp_health_check: typing.Optional[typing.Union[HealthCheckPolicySpecDefaultConfigTcpHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[HealthCheckPolicySpecDefaultConfigType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e87289d766d4c9682fb4d1bb02beeb7746e5600ba30b1e8deefa6e2ad2bb144(
    *,
    grpc_service_name: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_specification: typing.Optional[HealthCheckPolicySpecDefaultConfigGrpcHealthCheckPortSpecification] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e128828888e791d58160b1ecbc9af2bca1a2d4c00593655d2b6bb37c234f09f2(
    *,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_specification: typing.Optional[HealthCheckPolicySpecDefaultConfigHttp2HealthCheckPortSpecification] = None,
    proxy_header: typing.Optional[HealthCheckPolicySpecDefaultConfigHttp2HealthCheckProxyHeader] = None,
    request_path: typing.Optional[builtins.str] = None,
    response: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b38f4239f1821b2dd7b681898f6dcb225b29dfb9432cd0c345335163acbd9f6f(
    *,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_specification: typing.Optional[HealthCheckPolicySpecDefaultConfigHttpHealthCheckPortSpecification] = None,
    proxy_header: typing.Optional[HealthCheckPolicySpecDefaultConfigHttpHealthCheckProxyHeader] = None,
    request_path: typing.Optional[builtins.str] = None,
    response: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9b8d7b18aed3db5d7e357df821eea44ad2649da06c45763f334a773ef5258f6(
    *,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_specification: typing.Optional[HealthCheckPolicySpecDefaultConfigHttpsHealthCheckPortSpecification] = None,
    proxy_header: typing.Optional[HealthCheckPolicySpecDefaultConfigHttpsHealthCheckProxyHeader] = None,
    request_path: typing.Optional[builtins.str] = None,
    response: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70754525c2c38dddf562bb5da4dd4cded110cc189bfbe8096377a094c60b7245(
    *,
    port: typing.Optional[jsii.Number] = None,
    port_name: typing.Optional[builtins.str] = None,
    port_specification: typing.Optional[HealthCheckPolicySpecDefaultConfigTcpHealthCheckPortSpecification] = None,
    proxy_header: typing.Optional[HealthCheckPolicySpecDefaultConfigTcpHealthCheckProxyHeader] = None,
    request: typing.Optional[builtins.str] = None,
    response: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5955cddf7bcf091cb90b30c910feff4d4ce385765e55b53f74cb16c0ed0be4e0(
    *,
    enabled: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ad6f91281734cfc979a771a2de9076d495cff84798eed2200b1bceb8f4d5fc5(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
