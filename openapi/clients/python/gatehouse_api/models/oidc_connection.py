from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.oidc_connection_group_roles import OidcConnectionGroupRoles
    from ..models.profile_mapping_body import ProfileMappingBody


T = TypeVar("T", bound="OidcConnection")


@_attrs_define
class OidcConnection:
    """An OIDC connection (its client secret is never shown).

    Attributes:
        id (str): Identifier, `oidcc_...`.
        organization_id (str): The organization it signs people in to (and no other).
        name (str): Label.
        enabled (bool): Whether sign-ins through it are accepted and the login sends the organization's people
            to it.
        issuer (str): The provider's issuer, matched exactly.
        client_id (str): Our client id at the provider.
        scopes (list[str]): Scopes asked for (`openid` always among them).
        mapping (ProfileMappingBody): Where a person's email, name and groups are read from: attribute (SAML) or claim
            (OIDC)
            names, each list tried in order. Omitted lists take the preset's.
        group_roles (OidcConnectionGroupRoles): Role keys given to people the provider lists in a group (group → role
            keys).
        redirect_uri (str): The redirect URI to register at the provider.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
    """

    id: str
    organization_id: str
    name: str
    enabled: bool
    issuer: str
    client_id: str
    scopes: list[str]
    mapping: ProfileMappingBody
    group_roles: OidcConnectionGroupRoles
    redirect_uri: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        enabled = self.enabled

        issuer = self.issuer

        client_id = self.client_id

        scopes = self.scopes

        mapping = self.mapping.to_dict()

        group_roles = self.group_roles.to_dict()

        redirect_uri = self.redirect_uri

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
                "issuer": issuer,
                "client_id": client_id,
                "scopes": scopes,
                "mapping": mapping,
                "group_roles": group_roles,
                "redirect_uri": redirect_uri,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oidc_connection_group_roles import OidcConnectionGroupRoles
        from ..models.profile_mapping_body import ProfileMappingBody

        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        enabled = d.pop("enabled")

        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        scopes = cast(list[str], d.pop("scopes"))

        mapping = ProfileMappingBody.from_dict(d.pop("mapping"))

        group_roles = OidcConnectionGroupRoles.from_dict(d.pop("group_roles"))

        redirect_uri = d.pop("redirect_uri")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        oidc_connection = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            enabled=enabled,
            issuer=issuer,
            client_id=client_id,
            scopes=scopes,
            mapping=mapping,
            group_roles=group_roles,
            redirect_uri=redirect_uri,
            created_at=created_at,
            updated_at=updated_at,
        )

        oidc_connection.additional_properties = d
        return oidc_connection

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
