from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOrganization")


@_attrs_define
class CreateOrganization:
    """Body of `create_organization`.

    Example:
        {'domains': ['acme.com'], 'name': 'Acme Inc.', 'slug': 'acme'}

    Attributes:
        name (str): Display name, 1 to 200 characters.
        slug (None | str | Unset): 2 to 63 lowercase letters, digits and hyphens; derived from the name when absent.
        domains (list[str] | Unset): Verified email domains (at most 50).
    """

    name: str
    slug: str | Unset | None = UNSET
    domains: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug: str | Unset | None
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        domains: list[str] | Unset = UNSET
        if not isinstance(self.domains, Unset):
            domains = self.domains

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if domains is not UNSET:
            field_dict["domains"] = domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_slug(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        domains = cast(list[str], d.pop("domains", UNSET))

        create_organization = cls(
            name=name,
            slug=slug,
            domains=domains,
        )

        return create_organization
