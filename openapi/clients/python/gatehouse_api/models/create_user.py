from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUser")


@_attrs_define
class CreateUser:
    """Body of `create_user`.

    Example:
        {'email': 'ada@acme.com', 'name': 'Ada Lovelace', 'organization_id': 'org_01jdq7m5yb6k3r2x9v8w4n1c0a',
            'password': 'correct horse battery staple'}

    Attributes:
        organization_id (str): The organization the user joins.
        email (str): Email address; unique within the organization.
        password (None | str | Unset): Optional password, 8 characters to 256 bytes.
        name (None | str | Unset): Display name.
        email_verified (bool | Unset): Mark the address as verified (for users provisioned by a trusted backend).
        roles (list[str] | None | Unset): Role keys (project-wide or custom roles of the organization); default
            `["member"]`.
    """

    organization_id: str
    email: str
    password: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    email_verified: bool | Unset = UNSET
    roles: list[str] | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

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

        email_verified = self.email_verified

        roles: list[str] | Unset | None
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = self.roles

        else:
            roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "email": email,
            }
        )
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
        organization_id = d.pop("organization_id")

        email = d.pop("email")

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

        email_verified = d.pop("email_verified", UNSET)

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

        create_user = cls(
            organization_id=organization_id,
            email=email,
            password=password,
            name=name,
            email_verified=email_verified,
            roles=roles,
        )

        return create_user
