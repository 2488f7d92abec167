from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRole")


@_attrs_define
class CreateRole:
    """Body of `create_role`.

    Example:
        {'actions': ['invoices.read', 'invoices.write'], 'key': 'billing-manager', 'name': 'Billing manager'}

    Attributes:
        key (str): 1 to 64 lowercase letters, digits and `_ . : -`; unique where the role is visible.
        name (str): Display name.
        description (str | Unset): What it is for.
        actions (list[str] | Unset): Actions it grants; each must be in the catalogue.
        organization_id (None | str | Unset): Make it a custom role of this organization instead of a project-wide role.
    """

    key: str
    name: str
    description: str | Unset = UNSET
    actions: list[str] | Unset = UNSET
    organization_id: str | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        description = self.description

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        organization_id: str | Unset | None
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if actions is not UNSET:
            field_dict["actions"] = actions
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        name = d.pop("name")

        description = d.pop("description", UNSET)

        actions = cast(list[str], d.pop("actions", UNSET))

        def _parse_organization_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        create_role = cls(
            key=key,
            name=name,
            description=description,
            actions=actions,
            organization_id=organization_id,
        )

        return create_role
