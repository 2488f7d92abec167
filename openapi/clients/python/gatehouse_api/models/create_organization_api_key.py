from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganizationApiKey")


@_attrs_define
class CreateOrganizationApiKey:
    """Body of `create_organization_api_key`.

    Attributes:
        name (str): Label, 1 to 200 characters.
        roles (list[str] | Unset): Roles to grant; each must be one of the caller's.
        actions (list[str] | Unset): Actions to grant; each must be one of the caller's.
        expires_at (None | str | Unset): RFC 3339 time after which the key stops working; must be in the future.
    """

    name: str
    roles: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    expires_at: str | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles
        if actions is not UNSET:
            field_dict["actions"] = actions
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        roles = cast(list[str], d.pop("roles", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        def _parse_expires_at(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        create_organization_api_key = cls(
            name=name,
            roles=roles,
            actions=actions,
            expires_at=expires_at,
        )

        return create_organization_api_key
