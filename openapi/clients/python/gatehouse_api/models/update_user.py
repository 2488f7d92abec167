from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUser")


@_attrs_define
class UpdateUser:
    """Body of `update_user`; absent fields are left unchanged.

    Attributes:
        email (None | str | Unset): New email address (marks it unverified unless `email_verified` is also given).
        password (None | str | Unset): New password.
        name (None | str | Unset): New display name.
        email_verified (bool | None | Unset): New verification state.
        roles (list[str] | None | Unset): The complete new list of role keys (effective at the user's next token
            refresh).
    """

    email: str | Unset | None = UNSET
    password: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    email_verified: bool | Unset | None = UNSET
    roles: list[str] | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: str | Unset | None
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        password: str | Unset | None
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email_verified: bool | Unset | None
        if isinstance(self.email_verified, Unset):
            email_verified = UNSET
        else:
            email_verified = self.email_verified

        roles: list[str] | Unset | None
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = self.roles

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if name is not UNSET:
            field_dict["name"] = name
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if roles is not UNSET:
            field_dict["roles"] = roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_email(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_password(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_email_verified(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        email_verified = _parse_email_verified(d.pop("email_verified", UNSET))

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

        update_user = cls(
            email=email,
            password=password,
            name=name,
            email_verified=email_verified,
            roles=roles,
        )

        return update_user
