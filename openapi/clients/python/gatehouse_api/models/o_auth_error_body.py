from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OAuthErrorBody")


@_attrs_define
class OAuthErrorBody:
    """An RFC 6749 §5.2 error body.

    Attributes:
        error (str): RFC 6749 error code (`invalid_request`, `invalid_grant`, `unsupported_grant_type`).
        error_description (str): Human explanation.
        code (str): Same as `error`, for clients of the rest of the Gatehouse API.
        message (str): Same as `error_description`.
    """

    error: str
    error_description: str
    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        error_description = self.error_description

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_description": error_description,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        error = d.pop("error")

        error_description = d.pop("error_description")

        code = d.pop("code")

        message = d.pop("message")

        o_auth_error_body = cls(
            error=error,
            error_description=error_description,
            code=code,
            message=message,
        )

        o_auth_error_body.additional_properties = d
        return o_auth_error_body

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
