from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization.

    Example:
        {'created_at': '2026-11-26T12:00:00Z', 'domains': ['acme.com'], 'id': 'org_01jdq7m5yb6k3r2x9v8w4n1c0a', 'name':
            'Acme Inc.', 'slug': 'acme', 'updated_at': '2026-11-26T12:00:00Z'}

    Attributes:
        id (str): Identifier, `org_...`.
        name (str): Display name.
        slug (str): Memorable identifier, unique within the project.
        domains (list[str]): Verified email domains, sorted.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
    """

    id: str
    name: str
    slug: str
    domains: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        domains = self.domains

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "domains": domains,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        domains = cast(list[str], d.pop("domains"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        organization = cls(
            id=id,
            name=name,
            slug=slug,
            domains=domains,
            created_at=created_at,
            updated_at=updated_at,
        )

        organization.additional_properties = d
        return organization

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
