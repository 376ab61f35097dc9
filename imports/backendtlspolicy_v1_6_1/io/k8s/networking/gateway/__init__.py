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


class BackendTlsPolicy(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicy",
):
    '''
    :schema: BackendTLSPolicy
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["BackendTlsPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "BackendTLSPolicy" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3811992492ecd2d3f0b77625b5cfc57fa324380d18f3fb7f468536f574500ebe)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackendTlsPolicyProps(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["BackendTlsPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "BackendTLSPolicy".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = BackendTlsPolicyProps(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "BackendTLSPolicy".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyProps",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class BackendTlsPolicyProps:
    def __init__(
        self,
        *,
        spec: typing.Union["BackendTlsPolicySpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: BackendTLSPolicy
        '''
        if isinstance(spec, dict):
            spec = BackendTlsPolicySpec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__634f849e054a9d47d2ddb664cae49e5aa18437099ccf35009541db08a0e65ae4)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "BackendTlsPolicySpec":
        '''
        :schema: BackendTLSPolicy#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("BackendTlsPolicySpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: BackendTLSPolicy#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicySpec",
    jsii_struct_bases=[],
    name_mapping={
        "target_refs": "targetRefs",
        "validation": "validation",
        "options": "options",
    },
)
class BackendTlsPolicySpec:
    def __init__(
        self,
        *,
        target_refs: typing.Sequence[typing.Union["BackendTlsPolicySpecTargetRefs", typing.Dict[builtins.str, typing.Any]]],
        validation: typing.Union["BackendTlsPolicySpecValidation", typing.Dict[builtins.str, typing.Any]],
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param target_refs: 
        :param validation: 
        :param options: 

        :schema: BackendTlsPolicySpec
        '''
        if isinstance(validation, dict):
            validation = BackendTlsPolicySpecValidation(**validation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a81b1a5c51f316c7daa9115f81430c1187b9e6247f2801c27f65504eaa2ace32)
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument validation", value=validation, expected_type=type_hints["validation"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_refs": target_refs,
            "validation": validation,
        }
        if options is not None:
            self._values["options"] = options

    @builtins.property
    def target_refs(self) -> typing.List["BackendTlsPolicySpecTargetRefs"]:
        '''
        :schema: BackendTlsPolicySpec#targetRefs
        '''
        result = self._values.get("target_refs")
        assert result is not None, "Required property 'target_refs' is missing"
        return typing.cast(typing.List["BackendTlsPolicySpecTargetRefs"], result)

    @builtins.property
    def validation(self) -> "BackendTlsPolicySpecValidation":
        '''
        :schema: BackendTlsPolicySpec#validation
        '''
        result = self._values.get("validation")
        assert result is not None, "Required property 'validation' is missing"
        return typing.cast("BackendTlsPolicySpecValidation", result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackendTlsPolicySpec#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicySpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "section_name": "sectionName",
    },
)
class BackendTlsPolicySpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param section_name: 

        :schema: BackendTlsPolicySpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67aced99d615aa25d147a7e7727e0f09ad3608dce19403608b49e4f5d314da4c)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def group(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicySpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicySpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicySpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicySpecTargetRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicySpecValidation",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "ca_certificate_refs": "caCertificateRefs",
        "subject_alt_names": "subjectAltNames",
        "well_known_ca_certificates": "wellKnownCaCertificates",
    },
)
class BackendTlsPolicySpecValidation:
    def __init__(
        self,
        *,
        hostname: builtins.str,
        ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicySpecValidationCaCertificateRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        subject_alt_names: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicySpecValidationSubjectAltNames", typing.Dict[builtins.str, typing.Any]]]] = None,
        well_known_ca_certificates: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param hostname: 
        :param ca_certificate_refs: 
        :param subject_alt_names: 
        :param well_known_ca_certificates: 

        :schema: BackendTlsPolicySpecValidation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62fa7b1d34ebdb1e47f00526a130de429c39438c94af21fe3ccd852ae7967350)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument ca_certificate_refs", value=ca_certificate_refs, expected_type=type_hints["ca_certificate_refs"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument well_known_ca_certificates", value=well_known_ca_certificates, expected_type=type_hints["well_known_ca_certificates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hostname": hostname,
        }
        if ca_certificate_refs is not None:
            self._values["ca_certificate_refs"] = ca_certificate_refs
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if well_known_ca_certificates is not None:
            self._values["well_known_ca_certificates"] = well_known_ca_certificates

    @builtins.property
    def hostname(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicySpecValidation#hostname
        '''
        result = self._values.get("hostname")
        assert result is not None, "Required property 'hostname' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ca_certificate_refs(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicySpecValidationCaCertificateRefs"]]:
        '''
        :schema: BackendTlsPolicySpecValidation#caCertificateRefs
        '''
        result = self._values.get("ca_certificate_refs")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicySpecValidationCaCertificateRefs"]], result)

    @builtins.property
    def subject_alt_names(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicySpecValidationSubjectAltNames"]]:
        '''
        :schema: BackendTlsPolicySpecValidation#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicySpecValidationSubjectAltNames"]], result)

    @builtins.property
    def well_known_ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicySpecValidation#wellKnownCACertificates
        '''
        result = self._values.get("well_known_ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecValidation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicySpecValidationCaCertificateRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class BackendTlsPolicySpecValidationCaCertificateRefs:
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

        :schema: BackendTlsPolicySpecValidationCaCertificateRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0440440666a4f389f21f9051760705854d46b60b080353d001107b9a1f40ac8)
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
        :schema: BackendTlsPolicySpecValidationCaCertificateRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicySpecValidationCaCertificateRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicySpecValidationCaCertificateRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecValidationCaCertificateRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicySpecValidationSubjectAltNames",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "hostname": "hostname", "uri": "uri"},
)
class BackendTlsPolicySpecValidationSubjectAltNames:
    def __init__(
        self,
        *,
        type: "BackendTlsPolicySpecValidationSubjectAltNamesType",
        hostname: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param hostname: 
        :param uri: 

        :schema: BackendTlsPolicySpecValidationSubjectAltNames
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__236f6151ad207685e11f8aacef4146d32e0b80570d018d2a31259c06c2b249ec)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if hostname is not None:
            self._values["hostname"] = hostname
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def type(self) -> "BackendTlsPolicySpecValidationSubjectAltNamesType":
        '''
        :schema: BackendTlsPolicySpecValidationSubjectAltNames#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("BackendTlsPolicySpecValidationSubjectAltNamesType", result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicySpecValidationSubjectAltNames#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicySpecValidationSubjectAltNames#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicySpecValidationSubjectAltNames(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicySpecValidationSubjectAltNamesType"
)
class BackendTlsPolicySpecValidationSubjectAltNamesType(enum.Enum):
    '''
    :schema: BackendTlsPolicySpecValidationSubjectAltNamesType
    '''

    HOSTNAME = "HOSTNAME"
    '''Hostname.'''
    URI = "URI"
    '''URI.'''


class BackendTlsPolicyV1Alpha3(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3",
):
    '''
    :schema: BackendTLSPolicyV1Alpha3
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["BackendTlsPolicyV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "BackendTLSPolicyV1Alpha3" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: 
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b11c5b648b8fadf55a546d4d4de5e2cccbc173c79bdadf6465e583721625e991)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = BackendTlsPolicyV1Alpha3Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["BackendTlsPolicyV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "BackendTLSPolicyV1Alpha3".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: 
        :param metadata: 
        '''
        props = BackendTlsPolicyV1Alpha3Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "BackendTLSPolicyV1Alpha3".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class BackendTlsPolicyV1Alpha3Props:
    def __init__(
        self,
        *,
        spec: typing.Union["BackendTlsPolicyV1Alpha3Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''
        :param spec: 
        :param metadata: 

        :schema: BackendTLSPolicyV1Alpha3
        '''
        if isinstance(spec, dict):
            spec = BackendTlsPolicyV1Alpha3Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__591f45ee9067a8fa23e51c6c21697c3e1d40eca7735b4f0659d18d8c937b2209)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "BackendTlsPolicyV1Alpha3Spec":
        '''
        :schema: BackendTLSPolicyV1Alpha3#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("BackendTlsPolicyV1Alpha3Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: BackendTLSPolicyV1Alpha3#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3Spec",
    jsii_struct_bases=[],
    name_mapping={
        "target_refs": "targetRefs",
        "validation": "validation",
        "options": "options",
    },
)
class BackendTlsPolicyV1Alpha3Spec:
    def __init__(
        self,
        *,
        target_refs: typing.Sequence[typing.Union["BackendTlsPolicyV1Alpha3SpecTargetRefs", typing.Dict[builtins.str, typing.Any]]],
        validation: typing.Union["BackendTlsPolicyV1Alpha3SpecValidation", typing.Dict[builtins.str, typing.Any]],
        options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''
        :param target_refs: 
        :param validation: 
        :param options: 

        :schema: BackendTlsPolicyV1Alpha3Spec
        '''
        if isinstance(validation, dict):
            validation = BackendTlsPolicyV1Alpha3SpecValidation(**validation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e48bed37326afee6f44ebc5b0985b9dd4054d77d9dfc81cf34630c3637a9534f)
            check_type(argname="argument target_refs", value=target_refs, expected_type=type_hints["target_refs"])
            check_type(argname="argument validation", value=validation, expected_type=type_hints["validation"])
            check_type(argname="argument options", value=options, expected_type=type_hints["options"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "target_refs": target_refs,
            "validation": validation,
        }
        if options is not None:
            self._values["options"] = options

    @builtins.property
    def target_refs(self) -> typing.List["BackendTlsPolicyV1Alpha3SpecTargetRefs"]:
        '''
        :schema: BackendTlsPolicyV1Alpha3Spec#targetRefs
        '''
        result = self._values.get("target_refs")
        assert result is not None, "Required property 'target_refs' is missing"
        return typing.cast(typing.List["BackendTlsPolicyV1Alpha3SpecTargetRefs"], result)

    @builtins.property
    def validation(self) -> "BackendTlsPolicyV1Alpha3SpecValidation":
        '''
        :schema: BackendTlsPolicyV1Alpha3Spec#validation
        '''
        result = self._values.get("validation")
        assert result is not None, "Required property 'validation' is missing"
        return typing.cast("BackendTlsPolicyV1Alpha3SpecValidation", result)

    @builtins.property
    def options(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''
        :schema: BackendTlsPolicyV1Alpha3Spec#options
        '''
        result = self._values.get("options")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecTargetRefs",
    jsii_struct_bases=[],
    name_mapping={
        "group": "group",
        "kind": "kind",
        "name": "name",
        "section_name": "sectionName",
    },
)
class BackendTlsPolicyV1Alpha3SpecTargetRefs:
    def __init__(
        self,
        *,
        group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
        section_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param group: 
        :param kind: 
        :param name: 
        :param section_name: 

        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58c22556f08445e1d8f3029fc0077aec03ae819af099a032f425a997c0a0c85a)
            check_type(argname="argument group", value=group, expected_type=type_hints["group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument section_name", value=section_name, expected_type=type_hints["section_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "group": group,
            "kind": kind,
            "name": name,
        }
        if section_name is not None:
            self._values["section_name"] = section_name

    @builtins.property
    def group(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def section_name(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecTargetRefs#sectionName
        '''
        result = self._values.get("section_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecTargetRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidation",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "ca_certificate_refs": "caCertificateRefs",
        "subject_alt_names": "subjectAltNames",
        "well_known_ca_certificates": "wellKnownCaCertificates",
    },
)
class BackendTlsPolicyV1Alpha3SpecValidation:
    def __init__(
        self,
        *,
        hostname: builtins.str,
        ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs", typing.Dict[builtins.str, typing.Any]]]] = None,
        subject_alt_names: typing.Optional[typing.Sequence[typing.Union["BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames", typing.Dict[builtins.str, typing.Any]]]] = None,
        well_known_ca_certificates: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param hostname: 
        :param ca_certificate_refs: 
        :param subject_alt_names: 
        :param well_known_ca_certificates: 

        :schema: BackendTlsPolicyV1Alpha3SpecValidation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__508f36260512a4ef2a41810fdbff113cf9bd174188baea1a5dd2cb508f6f774c)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument ca_certificate_refs", value=ca_certificate_refs, expected_type=type_hints["ca_certificate_refs"])
            check_type(argname="argument subject_alt_names", value=subject_alt_names, expected_type=type_hints["subject_alt_names"])
            check_type(argname="argument well_known_ca_certificates", value=well_known_ca_certificates, expected_type=type_hints["well_known_ca_certificates"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "hostname": hostname,
        }
        if ca_certificate_refs is not None:
            self._values["ca_certificate_refs"] = ca_certificate_refs
        if subject_alt_names is not None:
            self._values["subject_alt_names"] = subject_alt_names
        if well_known_ca_certificates is not None:
            self._values["well_known_ca_certificates"] = well_known_ca_certificates

    @builtins.property
    def hostname(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidation#hostname
        '''
        result = self._values.get("hostname")
        assert result is not None, "Required property 'hostname' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def ca_certificate_refs(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs"]]:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidation#caCertificateRefs
        '''
        result = self._values.get("ca_certificate_refs")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs"]], result)

    @builtins.property
    def subject_alt_names(
        self,
    ) -> typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames"]]:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidation#subjectAltNames
        '''
        result = self._values.get("subject_alt_names")
        return typing.cast(typing.Optional[typing.List["BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames"]], result)

    @builtins.property
    def well_known_ca_certificates(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidation#wellKnownCACertificates
        '''
        result = self._values.get("well_known_ca_certificates")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecValidation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs",
    jsii_struct_bases=[],
    name_mapping={"group": "group", "kind": "kind", "name": "name"},
)
class BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs:
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

        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b3db17ab84623128b83de77f2d6a39e42e74f1a081054cd9e623c5d86563821)
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
        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs#group
        '''
        result = self._values.get("group")
        assert result is not None, "Required property 'group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "hostname": "hostname", "uri": "uri"},
)
class BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames:
    def __init__(
        self,
        *,
        type: "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType",
        hostname: typing.Optional[builtins.str] = None,
        uri: typing.Optional[builtins.str] = None,
    ) -> None:
        '''
        :param type: 
        :param hostname: 
        :param uri: 

        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1cd4828cf02d921a279b751d4e7cf9d8ba2ed8877ffe7ec5d8f5af65482f6a25)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument uri", value=uri, expected_type=type_hints["uri"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if hostname is not None:
            self._values["hostname"] = hostname
        if uri is not None:
            self._values["uri"] = uri

    @builtins.property
    def type(self) -> "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType":
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType", result)

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uri(self) -> typing.Optional[builtins.str]:
        '''
        :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames#uri
        '''
        result = self._values.get("uri")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="backendtlspolicy_v1_6_1_iok8snetworkinggateway.BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType"
)
class BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType(enum.Enum):
    '''
    :schema: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType
    '''

    HOSTNAME = "HOSTNAME"
    '''Hostname.'''
    URI = "URI"
    '''URI.'''


__all__ = [
    "BackendTlsPolicy",
    "BackendTlsPolicyProps",
    "BackendTlsPolicySpec",
    "BackendTlsPolicySpecTargetRefs",
    "BackendTlsPolicySpecValidation",
    "BackendTlsPolicySpecValidationCaCertificateRefs",
    "BackendTlsPolicySpecValidationSubjectAltNames",
    "BackendTlsPolicySpecValidationSubjectAltNamesType",
    "BackendTlsPolicyV1Alpha3",
    "BackendTlsPolicyV1Alpha3Props",
    "BackendTlsPolicyV1Alpha3Spec",
    "BackendTlsPolicyV1Alpha3SpecTargetRefs",
    "BackendTlsPolicyV1Alpha3SpecValidation",
    "BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs",
    "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames",
    "BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType",
]

publication.publish()

def _typecheckingstub__3811992492ecd2d3f0b77625b5cfc57fa324380d18f3fb7f468536f574500ebe(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[BackendTlsPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__634f849e054a9d47d2ddb664cae49e5aa18437099ccf35009541db08a0e65ae4(
    *,
    spec: typing.Union[BackendTlsPolicySpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a81b1a5c51f316c7daa9115f81430c1187b9e6247f2801c27f65504eaa2ace32(
    *,
    target_refs: typing.Sequence[typing.Union[BackendTlsPolicySpecTargetRefs, typing.Dict[builtins.str, typing.Any]]],
    validation: typing.Union[BackendTlsPolicySpecValidation, typing.Dict[builtins.str, typing.Any]],
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67aced99d615aa25d147a7e7727e0f09ad3608dce19403608b49e4f5d314da4c(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62fa7b1d34ebdb1e47f00526a130de429c39438c94af21fe3ccd852ae7967350(
    *,
    hostname: builtins.str,
    ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicySpecValidationCaCertificateRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    subject_alt_names: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicySpecValidationSubjectAltNames, typing.Dict[builtins.str, typing.Any]]]] = None,
    well_known_ca_certificates: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0440440666a4f389f21f9051760705854d46b60b080353d001107b9a1f40ac8(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__236f6151ad207685e11f8aacef4146d32e0b80570d018d2a31259c06c2b249ec(
    *,
    type: BackendTlsPolicySpecValidationSubjectAltNamesType,
    hostname: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b11c5b648b8fadf55a546d4d4de5e2cccbc173c79bdadf6465e583721625e991(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[BackendTlsPolicyV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__591f45ee9067a8fa23e51c6c21697c3e1d40eca7735b4f0659d18d8c937b2209(
    *,
    spec: typing.Union[BackendTlsPolicyV1Alpha3Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e48bed37326afee6f44ebc5b0985b9dd4054d77d9dfc81cf34630c3637a9534f(
    *,
    target_refs: typing.Sequence[typing.Union[BackendTlsPolicyV1Alpha3SpecTargetRefs, typing.Dict[builtins.str, typing.Any]]],
    validation: typing.Union[BackendTlsPolicyV1Alpha3SpecValidation, typing.Dict[builtins.str, typing.Any]],
    options: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58c22556f08445e1d8f3029fc0077aec03ae819af099a032f425a997c0a0c85a(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
    section_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__508f36260512a4ef2a41810fdbff113cf9bd174188baea1a5dd2cb508f6f774c(
    *,
    hostname: builtins.str,
    ca_certificate_refs: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicyV1Alpha3SpecValidationCaCertificateRefs, typing.Dict[builtins.str, typing.Any]]]] = None,
    subject_alt_names: typing.Optional[typing.Sequence[typing.Union[BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNames, typing.Dict[builtins.str, typing.Any]]]] = None,
    well_known_ca_certificates: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b3db17ab84623128b83de77f2d6a39e42e74f1a081054cd9e623c5d86563821(
    *,
    group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1cd4828cf02d921a279b751d4e7cf9d8ba2ed8877ffe7ec5d8f5af65482f6a25(
    *,
    type: BackendTlsPolicyV1Alpha3SpecValidationSubjectAltNamesType,
    hostname: typing.Optional[builtins.str] = None,
    uri: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
