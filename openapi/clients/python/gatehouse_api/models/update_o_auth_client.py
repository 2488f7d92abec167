from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOAuthClient")


@_attrs_define
class UpdateOAuthClient:
    """Body of `update_oauth_client`; absent fields are left unchanged.

    Attributes:
        name (None | str | Unset): New display name.
        redirect_uris (list[str] | None | Unset): The complete new list of redirect URIs.
        post_logout_redirect_uris (list[str] | None | Unset): The complete new list of post-logout redirect URIs.
    """

    name: str | Unset | None = UNSET
    redirect_uris: list[str] | Unset | None = UNSET
    post_logout_redirect_uris: list[str] | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        redirect_uris: list[str] | Unset | None
        if isinstance(self.redirect_uris, Unset):
            redirect_uris = UNSET
        elif isinstance(self.redirect_uris, list):
            redirect_uris = self.redirect_uris

        else:
            redirect_uris = self.redirect_uris

        post_logout_redirect_uris: list[str] | Unset | None
        if isinstance(self.post_logout_redirect_uris, Unset):
            post_logout_redirect_uris = UNSET
        elif isinstance(self.post_logout_redirect_uris, list):
            post_logout_redirect_uris = self.post_logout_redirect_uris

        else:
            post_logout_redirect_uris = self.post_logout_redirect_uris

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if post_logout_redirect_uris is not UNSET:
            field_dict["post_logout_redirect_uris"] = post_logout_redirect_uris

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

        def _parse_redirect_uris(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                redirect_uris_type_0 = cast(list[str], data)

                return redirect_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        redirect_uris = _parse_redirect_uris(d.pop("redirect_uris", UNSET))

        def _parse_post_logout_redirect_uris(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_logout_redirect_uris_type_0 = cast(list[str], data)

                return post_logout_redirect_uris_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        post_logout_redirect_uris = _parse_post_logout_redirect_uris(
            d.pop("post_logout_redirect_uris", UNSET)
        )

        update_o_auth_client = cls(
            name=name,
            redirect_uris=redirect_uris,
            post_logout_redirect_uris=post_logout_redirect_uris,
        )

        return update_o_auth_client
