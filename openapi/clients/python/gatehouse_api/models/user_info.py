from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """Claims about the signed-in user (OIDC Core §5.3).

    Attributes:
        sub (str): `user_...`
        email (str): Email address.
        email_verified (bool): Whether the address is confirmed.
        org_id (str): `org_...`
        org_slug (str): Organization slug.
        org_name (str): Organization name.
        name (None | str | Unset): Display name.
    """

    sub: str
    email: str
    email_verified: bool
    org_id: str
    org_slug: str
    org_name: str
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sub = self.sub

        email = self.email

        email_verified = self.email_verified

        org_id = self.org_id

        org_slug = self.org_slug

        org_name = self.org_name

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sub": sub,
                "email": email,
                "email_verified": email_verified,
                "org_id": org_id,
                "org_slug": org_slug,
                "org_name": org_name,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sub = d.pop("sub")

        email = d.pop("email")

        email_verified = d.pop("email_verified")

        org_id = d.pop("org_id")

        org_slug = d.pop("org_slug")

        org_name = d.pop("org_name")

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        user_info = cls(
            sub=sub,
            email=email,
            email_verified=email_verified,
            org_id=org_id,
            org_slug=org_slug,
            org_name=org_name,
            name=name,
        )

        user_info.additional_properties = d
        return user_info

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
