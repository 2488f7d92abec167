from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileMappingBody")


@_attrs_define
class ProfileMappingBody:
    """Where a person's email, name and groups are read from: attribute (SAML) or claim (OIDC)
    names, each list tried in order. Omitted lists take the preset's.

        Attributes:
            email (list[str] | Unset): Names holding the email address.
            name (list[str] | Unset): Names holding the display name.
            groups (list[str] | Unset): Names holding the groups.
    """

    email: list[str] | Unset = UNSET
    name: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email: list[str] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email

        name: list[str] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = cast(list[str], d.pop("email", UNSET))

        name = cast(list[str], d.pop("name", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        profile_mapping_body = cls(
            email=email,
            name=name,
            groups=groups,
        )

        return profile_mapping_body
