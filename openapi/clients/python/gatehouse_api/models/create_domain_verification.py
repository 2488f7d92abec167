from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CreateDomainVerification")


@_attrs_define
class CreateDomainVerification:
    """Body of `create_domain_verification`.

    Example:
        {'domain': 'acme.com'}

    Attributes:
        domain (str): The email domain to verify.
    """

    domain: str

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "domain": domain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        create_domain_verification = cls(
            domain=domain,
        )

        return create_domain_verification
