from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")


@_attrs_define
class Role:
    """A role.

    Attributes:
        id (str): Identifier, `role_...`.
        key (str): Key used in tokens and assignments.
        name (str): Display name.
        description (str): What it is for.
        actions (list[str]): Actions it grants (`owner` grants every action whatever this lists).
        built_in (bool): Built-in roles cannot be deleted.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
        organization_id (None | str | Unset): The organization of a custom role; null for project-wide roles.
    """

    id: str
    key: str
    name: str
    description: str
    actions: list[str]
    built_in: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    organization_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name = self.name

        description = self.description

        actions = self.actions

        built_in = self.built_in

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        organization_id: str | Unset | None
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
                "name": name,
                "description": description,
                "actions": actions,
                "built_in": built_in,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        key = d.pop("key")

        name = d.pop("name")

        description = d.pop("description")

        actions = cast(list[str], d.pop("actions"))

        built_in = d.pop("built_in")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_organization_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        role = cls(
            id=id,
            key=key,
            name=name,
            description=description,
            actions=actions,
            built_in=built_in,
            created_at=created_at,
            updated_at=updated_at,
            organization_id=organization_id,
        )

        role.additional_properties = d
        return role

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
