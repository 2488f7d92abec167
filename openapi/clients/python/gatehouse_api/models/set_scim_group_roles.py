from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SetScimGroupRoles")


@_attrs_define
class SetScimGroupRoles:
    """Body of `set_scim_group_roles`.

    Example:
        {'roles': ['admin']}

    Attributes:
        roles (list[str]): The complete new list of role keys the group gives (empty: none). Each names a
            project-wide role or a custom role of this organization.
    """

    roles: list[str]

    def to_dict(self) -> dict[str, Any]:
        roles = self.roles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roles = cast(list[str], d.pop("roles"))

        set_scim_group_roles = cls(
            roles=roles,
        )

        return set_scim_group_roles
