from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrganization")


@_attrs_define
class UpdateOrganization:
    """Body of `update_organization`; absent fields are left unchanged.

    Attributes:
        name (None | str | Unset): New display name.
        slug (None | str | Unset): New slug.
        domains (list[str] | None | Unset): The complete new list of verified domains.
    """

    name: str | Unset | None = UNSET
    slug: str | Unset | None = UNSET
    domains: list[str] | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        slug: str | Unset | None
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        domains: list[str] | Unset | None
        if isinstance(self.domains, Unset):
            domains = UNSET
        elif isinstance(self.domains, list):
            domains = self.domains

        else:
            domains = self.domains

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if domains is not UNSET:
            field_dict["domains"] = domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_slug(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        def _parse_domains(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                domains_type_0 = cast(list[str], data)

                return domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        domains = _parse_domains(d.pop("domains", UNSET))

        update_organization = cls(
            name=name,
            slug=slug,
            domains=domains,
        )

        return update_organization
