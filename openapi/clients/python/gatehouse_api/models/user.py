from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user.

    Example:
        {'created_at': '2026-11-26T12:00:00Z', 'email': 'ada@acme.com', 'email_verified': True, 'group_roles': [],
            'has_password': True, 'id': 'user_01jdq7m5yb6k3r2x9v8w4n1c0b', 'name': 'Ada Lovelace', 'organization_id':
            'org_01jdq7m5yb6k3r2x9v8w4n1c0a', 'roles': ['member'], 'updated_at': '2026-11-26T12:00:00Z'}

    Attributes:
        id (str): Identifier, `user_...`; the `sub` of this user's access tokens.
        organization_id (str): The organization the user belongs to.
        email (str): Lowercased email address, unique within the organization.
        email_verified (bool): Whether the address has been verified.
        has_password (bool): Whether the user can sign in with a password.
        roles (list[str]): Keys of the roles granted to the user by hand (what `roles` of `update_user` sets).
        group_roles (list[str]): Keys of the roles the user holds through their organization's SCIM groups
            (`set_scim_group_roles`), distinct and sorted; derived from group membership, never
            set directly. Access tokens carry the union of `roles` and `group_roles`.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
        name (None | str | Unset): Display name.
    """

    id: str
    organization_id: str
    email: str
    email_verified: bool
    has_password: bool
    roles: list[str]
    group_roles: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        email = self.email

        email_verified = self.email_verified

        has_password = self.has_password

        roles = self.roles

        group_roles = self.group_roles

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "email": email,
                "email_verified": email_verified,
                "has_password": has_password,
                "roles": roles,
                "group_roles": group_roles,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        email = d.pop("email")

        email_verified = d.pop("email_verified")

        has_password = d.pop("has_password")

        roles = cast(list[str], d.pop("roles"))

        group_roles = cast(list[str], d.pop("group_roles"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        user = cls(
            id=id,
            organization_id=organization_id,
            email=email,
            email_verified=email_verified,
            has_password=has_password,
            roles=roles,
            group_roles=group_roles,
            created_at=created_at,
            updated_at=updated_at,
            name=name,
        )

        user.additional_properties = d
        return user

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
