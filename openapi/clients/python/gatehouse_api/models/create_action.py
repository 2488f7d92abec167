from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAction")


@_attrs_define
class CreateAction:
    """Body of `create_action`.

    Example:
        {'description': 'Create and edit invoices', 'name': 'invoices.write'}

    Attributes:
        name (str): 1 to 64 lowercase letters, digits and `_ . : -`.
        description (str | Unset): What it allows (at most 200 characters).
    """

    name: str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        create_action = cls(
            name=name,
            description=description,
        )

        return create_action
