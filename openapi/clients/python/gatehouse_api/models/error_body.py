from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The body of every error answer.

    Example:
        {'code': 'invalid_slug', 'error': 'invalid_request', 'field': 'slug', 'message': 'slug may contain only
            lowercase letters, digits and hyphens'}

    Attributes:
        error (str): Error category, derived from the HTTP status (`invalid_request`, `unauthorized`,
            `not_found`, `conflict`, `payload_too_large`, `rate_limited`, `internal_error`, ...).
        code (str): Stable, machine-readable code (for example `slug_taken` or `invalid_secret_key`).
        message (str): Human-readable explanation; wording may change between releases.
        field (None | str | Unset): The request field the error is about, when there is one.
    """

    error: str
    code: str
    message: str
    field: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        code = self.code

        message = self.message

        field: str | Unset | None
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "code": code,
                "message": message,
            }
        )
        if field is not UNSET:
            field_dict["field"] = field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        code = d.pop("code")

        message = d.pop("message")

        def _parse_field(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        field = _parse_field(d.pop("field", UNSET))

        error_body = cls(
            error=error,
            code=code,
            message=message,
            field=field,
        )

        error_body.additional_properties = d
        return error_body

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
