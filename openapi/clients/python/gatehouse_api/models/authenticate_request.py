from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AuthenticateRequest")


@_attrs_define
class AuthenticateRequest:
    """Body of `authenticate`.

    Attributes:
        credential (str): An access token (JWT) or an API key (`gh_key_...`).
    """

    credential: str

    def to_dict(self) -> dict[str, Any]:
        credential = self.credential

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "credential": credential,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential = d.pop("credential")

        authenticate_request = cls(
            credential=credential,
        )

        return authenticate_request
