from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.attribute_preset import AttributePreset
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_mapping_body import ProfileMappingBody
    from ..models.update_saml_connection_group_roles_type_0 import (
        UpdateSamlConnectionGroupRolesType0,
    )


T = TypeVar("T", bound="UpdateSamlConnection")


@_attrs_define
class UpdateSamlConnection:
    """Body of `update_saml_connection`: the fields to change. New IdP details (metadata XML or
    URL, or entity id / SSO URL / certificates) replace the old ones.

        Example:
            {'enabled': False}

        Attributes:
            name (None | str | Unset): Label.
            enabled (bool | None | Unset): Whether it is on.
            idp_metadata_xml (None | str | Unset): The IdP's metadata document.
            idp_metadata_url (None | str | Unset): Where to fetch the IdP's metadata, once, now.
            idp_entity_id (None | str | Unset): The IdP's entity id.
            idp_sso_url (None | str | Unset): The IdP's SSO URL.
            idp_certificates (list[str] | None | Unset): The IdP's signing certificates, 1 to 5 (replaces the pinned ones).
            allow_sha1 (bool | None | Unset): Accept SHA-1 signatures.
            allow_idp_initiated (bool | None | Unset): Accept IdP-initiated sign-ins.
            extra_audiences (list[str] | None | Unset): Extra accepted audiences.
            clock_skew_seconds (int | None | Unset): Tolerated clock difference in seconds.
            attribute_preset (AttributePreset | None | Unset):
            mapping (None | ProfileMappingBody | Unset):
            group_roles (None | Unset | UpdateSamlConnectionGroupRolesType0): Group name → role keys (replaces the mapping).
    """

    name: str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    idp_metadata_xml: str | Unset | None = UNSET
    idp_metadata_url: str | Unset | None = UNSET
    idp_entity_id: str | Unset | None = UNSET
    idp_sso_url: str | Unset | None = UNSET
    idp_certificates: list[str] | Unset | None = UNSET
    allow_sha1: bool | Unset | None = UNSET
    allow_idp_initiated: bool | Unset | None = UNSET
    extra_audiences: list[str] | Unset | None = UNSET
    clock_skew_seconds: int | Unset | None = UNSET
    attribute_preset: AttributePreset | Unset | None = UNSET
    mapping: ProfileMappingBody | Unset | None = UNSET
    group_roles: Unset | UpdateSamlConnectionGroupRolesType0 | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.profile_mapping_body import ProfileMappingBody
        from ..models.update_saml_connection_group_roles_type_0 import (
            UpdateSamlConnectionGroupRolesType0,
        )

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        enabled: bool | Unset | None
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        idp_metadata_xml: str | Unset | None
        if isinstance(self.idp_metadata_xml, Unset):
            idp_metadata_xml = UNSET
        else:
            idp_metadata_xml = self.idp_metadata_xml

        idp_metadata_url: str | Unset | None
        if isinstance(self.idp_metadata_url, Unset):
            idp_metadata_url = UNSET
        else:
            idp_metadata_url = self.idp_metadata_url

        idp_entity_id: str | Unset | None
        if isinstance(self.idp_entity_id, Unset):
            idp_entity_id = UNSET
        else:
            idp_entity_id = self.idp_entity_id

        idp_sso_url: str | Unset | None
        if isinstance(self.idp_sso_url, Unset):
            idp_sso_url = UNSET
        else:
            idp_sso_url = self.idp_sso_url

        idp_certificates: list[str] | Unset | None
        if isinstance(self.idp_certificates, Unset):
            idp_certificates = UNSET
        elif isinstance(self.idp_certificates, list):
            idp_certificates = self.idp_certificates

        else:
            idp_certificates = self.idp_certificates

        allow_sha1: bool | Unset | None
        if isinstance(self.allow_sha1, Unset):
            allow_sha1 = UNSET
        else:
            allow_sha1 = self.allow_sha1

        allow_idp_initiated: bool | Unset | None
        if isinstance(self.allow_idp_initiated, Unset):
            allow_idp_initiated = UNSET
        else:
            allow_idp_initiated = self.allow_idp_initiated

        extra_audiences: list[str] | Unset | None
        if isinstance(self.extra_audiences, Unset):
            extra_audiences = UNSET
        elif isinstance(self.extra_audiences, list):
            extra_audiences = self.extra_audiences

        else:
            extra_audiences = self.extra_audiences

        clock_skew_seconds: int | Unset | None
        if isinstance(self.clock_skew_seconds, Unset):
            clock_skew_seconds = UNSET
        else:
            clock_skew_seconds = self.clock_skew_seconds

        attribute_preset: str | Unset | None
        if isinstance(self.attribute_preset, Unset):
            attribute_preset = UNSET
        elif isinstance(self.attribute_preset, AttributePreset):
            attribute_preset = self.attribute_preset.value
        else:
            attribute_preset = self.attribute_preset

        mapping: dict[str, Any] | Unset | None
        if isinstance(self.mapping, Unset):
            mapping = UNSET
        elif isinstance(self.mapping, ProfileMappingBody):
            mapping = self.mapping.to_dict()
        else:
            mapping = self.mapping

        group_roles: dict[str, Any] | Unset | None
        if isinstance(self.group_roles, Unset):
            group_roles = UNSET
        elif isinstance(self.group_roles, UpdateSamlConnectionGroupRolesType0):
            group_roles = self.group_roles.to_dict()
        else:
            group_roles = self.group_roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if idp_metadata_xml is not UNSET:
            field_dict["idp_metadata_xml"] = idp_metadata_xml
        if idp_metadata_url is not UNSET:
            field_dict["idp_metadata_url"] = idp_metadata_url
        if idp_entity_id is not UNSET:
            field_dict["idp_entity_id"] = idp_entity_id
        if idp_sso_url is not UNSET:
            field_dict["idp_sso_url"] = idp_sso_url
        if idp_certificates is not UNSET:
            field_dict["idp_certificates"] = idp_certificates
        if allow_sha1 is not UNSET:
            field_dict["allow_sha1"] = allow_sha1
        if allow_idp_initiated is not UNSET:
            field_dict["allow_idp_initiated"] = allow_idp_initiated
        if extra_audiences is not UNSET:
            field_dict["extra_audiences"] = extra_audiences
        if clock_skew_seconds is not UNSET:
            field_dict["clock_skew_seconds"] = clock_skew_seconds
        if attribute_preset is not UNSET:
            field_dict["attribute_preset"] = attribute_preset
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if group_roles is not UNSET:
            field_dict["group_roles"] = group_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_mapping_body import ProfileMappingBody
        from ..models.update_saml_connection_group_roles_type_0 import (
            UpdateSamlConnectionGroupRolesType0,
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_enabled(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_idp_metadata_xml(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        idp_metadata_xml = _parse_idp_metadata_xml(d.pop("idp_metadata_xml", UNSET))

        def _parse_idp_metadata_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        idp_metadata_url = _parse_idp_metadata_url(d.pop("idp_metadata_url", UNSET))

        def _parse_idp_entity_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        idp_entity_id = _parse_idp_entity_id(d.pop("idp_entity_id", UNSET))

        def _parse_idp_sso_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        idp_sso_url = _parse_idp_sso_url(d.pop("idp_sso_url", UNSET))

        def _parse_idp_certificates(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                idp_certificates_type_0 = cast(list[str], data)

                return idp_certificates_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        idp_certificates = _parse_idp_certificates(d.pop("idp_certificates", UNSET))

        def _parse_allow_sha1(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        allow_sha1 = _parse_allow_sha1(d.pop("allow_sha1", UNSET))

        def _parse_allow_idp_initiated(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        allow_idp_initiated = _parse_allow_idp_initiated(d.pop("allow_idp_initiated", UNSET))

        def _parse_extra_audiences(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_audiences_type_0 = cast(list[str], data)

                return extra_audiences_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        extra_audiences = _parse_extra_audiences(d.pop("extra_audiences", UNSET))

        def _parse_clock_skew_seconds(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        clock_skew_seconds = _parse_clock_skew_seconds(d.pop("clock_skew_seconds", UNSET))

        def _parse_attribute_preset(data: object) -> AttributePreset | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attribute_preset_type_1 = AttributePreset(data)

                return attribute_preset_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttributePreset | Unset | None, data)

        attribute_preset = _parse_attribute_preset(d.pop("attribute_preset", UNSET))

        def _parse_mapping(data: object) -> ProfileMappingBody | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mapping_type_1 = ProfileMappingBody.from_dict(data)

                return mapping_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProfileMappingBody | Unset | None, data)

        mapping = _parse_mapping(d.pop("mapping", UNSET))

        def _parse_group_roles(data: object) -> Unset | UpdateSamlConnectionGroupRolesType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_roles_type_0 = UpdateSamlConnectionGroupRolesType0.from_dict(data)

                return group_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Unset | UpdateSamlConnectionGroupRolesType0 | None, data)

        group_roles = _parse_group_roles(d.pop("group_roles", UNSET))

        update_saml_connection = cls(
            name=name,
            enabled=enabled,
            idp_metadata_xml=idp_metadata_xml,
            idp_metadata_url=idp_metadata_url,
            idp_entity_id=idp_entity_id,
            idp_sso_url=idp_sso_url,
            idp_certificates=idp_certificates,
            allow_sha1=allow_sha1,
            allow_idp_initiated=allow_idp_initiated,
            extra_audiences=extra_audiences,
            clock_skew_seconds=clock_skew_seconds,
            attribute_preset=attribute_preset,
            mapping=mapping,
            group_roles=group_roles,
        )

        return update_saml_connection
