from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.profile_mapping_body import ProfileMappingBody
    from ..models.update_oidc_connection_group_roles_type_0 import (
        UpdateOidcConnectionGroupRolesType0,
    )


T = TypeVar("T", bound="UpdateOidcConnection")


@_attrs_define
class UpdateOidcConnection:
    """Body of `update_oidc_connection`: the fields to change. A new issuer is discovered again.

    Example:
        {'client_secret': '...'}

    Attributes:
        name (None | str | Unset): Label.
        enabled (bool | None | Unset): Whether it is on.
        issuer (None | str | Unset): The provider's issuer (discovered again).
        client_id (None | str | Unset): Our client id.
        client_secret (None | str | Unset): Our client secret (write-only).
        scopes (list[str] | None | Unset): Scopes to ask for.
        mapping (None | ProfileMappingBody | Unset):
        group_roles (None | Unset | UpdateOidcConnectionGroupRolesType0): Group → role keys (replaces the mapping).
    """

    name: str | Unset | None = UNSET
    enabled: bool | Unset | None = UNSET
    issuer: str | Unset | None = UNSET
    client_id: str | Unset | None = UNSET
    client_secret: str | Unset | None = UNSET
    scopes: list[str] | Unset | None = UNSET
    mapping: ProfileMappingBody | Unset | None = UNSET
    group_roles: Unset | UpdateOidcConnectionGroupRolesType0 | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.profile_mapping_body import ProfileMappingBody
        from ..models.update_oidc_connection_group_roles_type_0 import (
            UpdateOidcConnectionGroupRolesType0,
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

        issuer: str | Unset | None
        if isinstance(self.issuer, Unset):
            issuer = UNSET
        else:
            issuer = self.issuer

        client_id: str | Unset | None
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: str | Unset | None
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

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
        elif isinstance(self.group_roles, UpdateOidcConnectionGroupRolesType0):
            group_roles = self.group_roles.to_dict()
        else:
            group_roles = self.group_roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if issuer is not UNSET:
            field_dict["issuer"] = issuer
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if mapping is not UNSET:
            field_dict["mapping"] = mapping
        if group_roles is not UNSET:
            field_dict["group_roles"] = group_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.profile_mapping_body import ProfileMappingBody
        from ..models.update_oidc_connection_group_roles_type_0 import (
            UpdateOidcConnectionGroupRolesType0,
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

        def _parse_issuer(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        issuer = _parse_issuer(d.pop("issuer", UNSET))

        def _parse_client_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

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

        def _parse_group_roles(data: object) -> Unset | UpdateOidcConnectionGroupRolesType0 | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                group_roles_type_0 = UpdateOidcConnectionGroupRolesType0.from_dict(data)

                return group_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Unset | UpdateOidcConnectionGroupRolesType0 | None, data)

        group_roles = _parse_group_roles(d.pop("group_roles", UNSET))

        update_oidc_connection = cls(
            name=name,
            enabled=enabled,
            issuer=issuer,
            client_id=client_id,
            client_secret=client_secret,
            scopes=scopes,
            mapping=mapping,
            group_roles=group_roles,
        )

        return update_oidc_connection
