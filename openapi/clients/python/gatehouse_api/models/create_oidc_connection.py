from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_oidc_connection_group_roles_type_0 import (
        CreateOidcConnectionGroupRolesType0,
    )
    from ..models.profile_mapping_body import ProfileMappingBody


T = TypeVar("T", bound="CreateOidcConnection")


@_attrs_define
class CreateOidcConnection:
    """Body of `create_oidc_connection`.

    Example:
        {'client_id': '0oa1b2c3', 'client_secret': '...', 'issuer': 'https://acme.okta.com', 'name': 'Okta', 'scopes':
            ['openid', 'email', 'profile', 'groups']}

    Attributes:
        name (str): Label, 1 to 200 characters.
        issuer (str): The provider's issuer; `{issuer}/.well-known/openid-configuration` is fetched now.
        client_id (str): Our client id at the provider.
        client_secret (str): Our client secret there (write-only; stored sealed).
        enabled (bool | None | Unset): Whether it is on (default true).
        scopes (list[str] | None | Unset): Scopes to ask for (default `openid email profile`; `openid` is added when
            missing).
        mapping (None | ProfileMappingBody | Unset):
        group_roles (CreateOidcConnectionGroupRolesType0 | None | Unset): Group → role keys.
    """

    name: str
    issuer: str
    client_id: str
    client_secret: str
    enabled: bool | Unset | None = UNSET
    scopes: list[str] | Unset | None = UNSET
    mapping: ProfileMappingBody | Unset | None = UNSET
    group_roles: CreateOidcConnectionGroupRolesType0 | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_oidc_connection_group_roles_type_0 import (
            CreateOidcConnectionGroupRolesType0,
        )
        from ..models.profile_mapping_body import ProfileMappingBody

        name = self.name

        issuer = self.issuer

        client_id = self.client_id

        client_secret = self.client_secret

        enabled: bool | Unset | None
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        scopes: list[str] | Unset | None
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

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
        elif isinstance(self.group_roles, CreateOidcConnectionGroupRolesType0):
            group_roles = self.group_roles.to_dict()
        else:
            group_roles = self.group_roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "issuer": issuer,
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if group_roles is not UNSET:
            field_dict["group_roles"] = group_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_oidc_connection_group_roles_type_0 import (
            CreateOidcConnectionGroupRolesType0,
        )
        from ..models.profile_mapping_body import ProfileMappingBody

        d = dict(src_dict)
        name = d.pop("name")

        issuer = d.pop("issuer")

        client_id = d.pop("client_id")

        client_secret = d.pop("client_secret")

        def _parse_enabled(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_scopes(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        scopes = _parse_scopes(d.pop("scopes", UNSET))

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

        def _parse_group_roles(data: object) -> CreateOidcConnectionGroupRolesType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_roles_type_0 = CreateOidcConnectionGroupRolesType0.from_dict(data)

                return group_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateOidcConnectionGroupRolesType0 | Unset | None, data)

        group_roles = _parse_group_roles(d.pop("group_roles", UNSET))

        create_oidc_connection = cls(
            name=name,
            issuer=issuer,
            client_id=client_id,
            client_secret=client_secret,
            enabled=enabled,
            scopes=scopes,
            mapping=mapping,
            group_roles=group_roles,
        )

        return create_oidc_connection
