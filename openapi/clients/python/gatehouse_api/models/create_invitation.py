from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateInvitation")


@_attrs_define
class CreateInvitation:
    """Body of `create_invitation`.

    Example:
        {'email': 'grace@acme.com', 'expires_in_days': 7, 'roles': ['admin']}

    Attributes:
        email (str): The invitee's email.
        roles (list[str] | None | Unset): Role keys (project-wide or custom roles of the organization); default
            `["member"]`.
        expires_in_days (int | None | Unset): Days the link stays valid, 1 to 30 (default 7).
    """

    email: str
    roles: list[str] | Unset | None = UNSET
    expires_in_days: int | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        roles: list[str] | Unset | None
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = self.roles

        else:
            roles = self.roles

        expires_in_days: int | Unset | None
        if isinstance(self.expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = self.expires_in_days

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_roles(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                roles_type_0 = cast(list[str], data)

                return roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        roles = _parse_roles(d.pop("roles", UNSET))

        def _parse_expires_in_days(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        expires_in_days = _parse_expires_in_days(d.pop("expires_in_days", UNSET))

        create_invitation = cls(
            email=email,
            roles=roles,
            expires_in_days=expires_in_days,
        )

        return create_invitation
