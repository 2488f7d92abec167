from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.profile_mapping_body import ProfileMappingBody
    from ..models.saml_connection_group_roles import SamlConnectionGroupRoles


T = TypeVar("T", bound="SamlConnection")


@_attrs_define
class SamlConnection:
    """A SAML connection.

    Attributes:
        id (str): Identifier, `samlc_...`.
        organization_id (str): The organization it signs people in to (and no other).
        name (str): Label.
        enabled (bool): Whether sign-ins through it are accepted and the login sends the organization's people
            to it.
        idp_entity_id (str): The IdP's entity id.
        idp_sso_url (str): The IdP's single sign-on URL (HTTP-Redirect binding).
        idp_certificates (list[str]): The pinned signing certificates, PEM.
        allow_sha1 (bool): Whether SHA-1 signatures are accepted.
        allow_idp_initiated (bool): Whether IdP-initiated sign-ins (answers nobody asked for) are accepted.
        extra_audiences (list[str]): Audiences accepted besides `sp_entity_id` (Entra's `spn:<app id>`).
        clock_skew_seconds (int): Tolerated clock difference, in seconds.
        mapping (ProfileMappingBody): Where a person's email, name and groups are read from: attribute (SAML) or claim
            (OIDC)
            names, each list tried in order. Omitted lists take the preset's.
        group_roles (SamlConnectionGroupRoles): Role keys given to people the IdP lists in a group (group name → role
            keys).
        sp_entity_id (str): Our entity id, to configure at the IdP.
        acs_url (str): Our assertion consumer service URL (HTTP-POST), to configure at the IdP.
        sp_metadata_url (str): Our metadata, for IdPs that import it.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
    """

    id: str
    organization_id: str
    name: str
    enabled: bool
    idp_entity_id: str
    idp_sso_url: str
    idp_certificates: list[str]
    allow_sha1: bool
    allow_idp_initiated: bool
    extra_audiences: list[str]
    clock_skew_seconds: int
    mapping: ProfileMappingBody
    group_roles: SamlConnectionGroupRoles
    sp_entity_id: str
    acs_url: str
    sp_metadata_url: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        enabled = self.enabled

        idp_entity_id = self.idp_entity_id

        idp_sso_url = self.idp_sso_url

        idp_certificates = self.idp_certificates

        allow_sha1 = self.allow_sha1

        allow_idp_initiated = self.allow_idp_initiated

        extra_audiences = self.extra_audiences

        clock_skew_seconds = self.clock_skew_seconds

        mapping = self.mapping.to_dict()

        group_roles = self.group_roles.to_dict()

        sp_entity_id = self.sp_entity_id

        acs_url = self.acs_url

        sp_metadata_url = self.sp_metadata_url

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "enabled": enabled,
                "idp_entity_id": idp_entity_id,
                "idp_sso_url": idp_sso_url,
                "idp_certificates": idp_certificates,
                "allow_sha1": allow_sha1,
                "allow_idp_initiated": allow_idp_initiated,
                "extra_audiences": extra_audiences,
                "clock_skew_seconds": clock_skew_seconds,
                "mapping": mapping,
                "group_roles": group_roles,
                "sp_entity_id": sp_entity_id,
                "acs_url": acs_url,
                "sp_metadata_url": sp_metadata_url,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_mapping_body import ProfileMappingBody
        from ..models.saml_connection_group_roles import SamlConnectionGroupRoles

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        enabled = d.pop("enabled")

        idp_entity_id = d.pop("idp_entity_id")

        idp_sso_url = d.pop("idp_sso_url")

        idp_certificates = cast(list[str], d.pop("idp_certificates"))

        allow_sha1 = d.pop("allow_sha1")

        allow_idp_initiated = d.pop("allow_idp_initiated")

        extra_audiences = cast(list[str], d.pop("extra_audiences"))

        clock_skew_seconds = d.pop("clock_skew_seconds")

        mapping = ProfileMappingBody.from_dict(d.pop("mapping"))

        group_roles = SamlConnectionGroupRoles.from_dict(d.pop("group_roles"))

        sp_entity_id = d.pop("sp_entity_id")

        acs_url = d.pop("acs_url")

        sp_metadata_url = d.pop("sp_metadata_url")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        saml_connection = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            enabled=enabled,
            idp_entity_id=idp_entity_id,
            idp_sso_url=idp_sso_url,
            idp_certificates=idp_certificates,
            allow_sha1=allow_sha1,
            allow_idp_initiated=allow_idp_initiated,
            extra_audiences=extra_audiences,
            clock_skew_seconds=clock_skew_seconds,
            mapping=mapping,
            group_roles=group_roles,
            sp_entity_id=sp_entity_id,
            acs_url=acs_url,
            sp_metadata_url=sp_metadata_url,
            created_at=created_at,
            updated_at=updated_at,
        )

        saml_connection.additional_properties = d
        return saml_connection

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
