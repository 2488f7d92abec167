from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScimGroupRoles")


@_attrs_define
class ScimGroupRoles:
    """A SCIM group of the organization and the roles it gives its members.

    Example:
        {'display_name': 'Engineering', 'group_id': 'group_01jdq7m5yb6k3r2x9v8w4n1c0c', 'roles': ['admin']}

    Attributes:
        group_id (str): The group's SCIM id, `group_...`.
        display_name (str): The group's SCIM displayName, as the directory last sent it.
        roles (list[str]): Keys of the roles every active member holds through this group, sorted.
    """

    group_id: str
    display_name: str
    roles: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        display_name = self.display_name

        roles = self.roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_id": group_id,
                "display_name": display_name,
                "roles": roles,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("group_id")

        display_name = d.pop("display_name")

        roles = cast(list[str], d.pop("roles"))

        scim_group_roles = cls(
            group_id=group_id,
            display_name=display_name,
            roles=roles,
        )

        scim_group_roles.additional_properties = d
        return scim_group_roles

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
