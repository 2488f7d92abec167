from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainVerificationBody")


@_attrs_define
class DomainVerificationBody:
    """A domain-verification challenge.

    Attributes:
        domain (str): The domain.
        record_name (str): Where to publish the TXT record.
        record_value (str): The TXT record's exact value.
        status (str): `pending` or `verified`.
        created_at (datetime.datetime): RFC 3339 creation time.
        checked_at (None | str | Unset): RFC 3339 time of the last check, if any.
        verified_at (None | str | Unset): RFC 3339 time of verification, if verified.
    """

    domain: str
    record_name: str
    record_value: str
    status: str
    created_at: datetime.datetime
    checked_at: str | Unset | None = UNSET
    verified_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        record_name = self.record_name

        record_value = self.record_value

        status = self.status

        created_at = self.created_at.isoformat()

        checked_at: str | Unset | None
        if isinstance(self.checked_at, Unset):
            checked_at = UNSET
        else:
            checked_at = self.checked_at

        verified_at: str | Unset | None
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        else:
            verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "record_name": record_name,
                "record_value": record_value,
                "status": status,
                "created_at": created_at,
            }
        )
        if checked_at is not UNSET:
            field_dict["checked_at"] = checked_at
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = d.pop("domain")

        record_name = d.pop("record_name")

        record_value = d.pop("record_value")

        status = d.pop("status")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_checked_at(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        checked_at = _parse_checked_at(d.pop("checked_at", UNSET))

        def _parse_verified_at(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

        domain_verification_body = cls(
            domain=domain,
            record_name=record_name,
            record_value=record_value,
            status=status,
            created_at=created_at,
            checked_at=checked_at,
            verified_at=verified_at,
        )

        domain_verification_body.additional_properties = d
        return domain_verification_body

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
