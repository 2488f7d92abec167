from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="PasswordLogin")


@_attrs_define
class PasswordLogin:
    """Body of `login_with_password`.

    Example:
        {'email': 'ada@acme.com', 'organization': 'acme', 'password': 'correct horse battery staple'}

    Attributes:
        organization (str): The organization's id (`org_...`) or slug.
        email (str): The user's email address.
        password (str): The user's password.
    """

    organization: str
    email: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        organization = self.organization

        email = self.email

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization": organization,
                "email": email,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization = d.pop("organization")

        email = d.pop("email")

        password = d.pop("password")

        password_login = cls(
            organization=organization,
            email=email,
            password=password,
        )

        return password_login
