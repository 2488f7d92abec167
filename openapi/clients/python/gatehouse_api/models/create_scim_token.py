from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateScimToken")


@_attrs_define
class CreateScimToken:
    """Body of `create_scim_token`.

    Example:
        {'name': 'Entra ID provisioning'}

    Attributes:
        name (str): Label, 1 to 200 characters.
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        create_scim_token = cls(
            name=name,
        )

        return create_scim_token
