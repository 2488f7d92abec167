from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.hosted_login_signup import HostedLoginSignup
from ..models.hosted_login_theme import HostedLoginTheme
from ..types import UNSET, Unset

T = TypeVar("T", bound="HostedLogin")


@_attrs_define
class HostedLogin:
    """Settings of a project's hosted login pages (stored as one JSON column).

    Attributes:
        display_name (None | str | Unset): Name shown on the pages and in emails (defaults to the project name).
        logo_url (None | str | Unset): `https` URL of a logo image.
        primary_color (None | str | Unset): Accent colour, `#rrggbb`.
        theme (HostedLoginTheme | Unset): Colour scheme of the hosted pages. Default: HostedLoginTheme.AUTO.
        signup (HostedLoginSignup | Unset): Who may sign up: nobody, people whose email domain is an organization's
            verified domain (they join it), or also anyone else (they create an organization). Default:
            HostedLoginSignup.DISABLED.
        post_logout_redirect_uris (list[str] | Unset): Where the built-in client may send people after signing out
            (exact match).
    """

    display_name: str | Unset | None = UNSET
    logo_url: str | Unset | None = UNSET
    primary_color: str | Unset | None = UNSET
    theme: HostedLoginTheme | Unset = HostedLoginTheme.AUTO
    signup: HostedLoginSignup | Unset = HostedLoginSignup.DISABLED
    post_logout_redirect_uris: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        display_name: str | Unset | None
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        logo_url: str | Unset | None
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        primary_color: str | Unset | None
        if isinstance(self.primary_color, Unset):
            primary_color = UNSET
        else:
            primary_color = self.primary_color

        theme: str | Unset = UNSET
        if not isinstance(self.theme, Unset):
            theme = self.theme.value

        signup: str | Unset = UNSET
        if not isinstance(self.signup, Unset):
            signup = self.signup.value

        post_logout_redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.post_logout_redirect_uris, Unset):
            post_logout_redirect_uris = self.post_logout_redirect_uris

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if primary_color is not UNSET:
            field_dict["primary_color"] = primary_color
        if theme is not UNSET:
            field_dict["theme"] = theme
        if signup is not UNSET:
            field_dict["signup"] = signup
        if post_logout_redirect_uris is not UNSET:
            field_dict["post_logout_redirect_uris"] = post_logout_redirect_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_display_name(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_logo_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_primary_color(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        primary_color = _parse_primary_color(d.pop("primary_color", UNSET))

        _theme = d.pop("theme", UNSET)
        theme: HostedLoginTheme | Unset
        if isinstance(_theme, Unset):
            theme = UNSET
        else:
            theme = HostedLoginTheme(_theme)

        _signup = d.pop("signup", UNSET)
        signup: HostedLoginSignup | Unset
        if isinstance(_signup, Unset):
            signup = UNSET
        else:
            signup = HostedLoginSignup(_signup)

        post_logout_redirect_uris = cast(list[str], d.pop("post_logout_redirect_uris", UNSET))

        hosted_login = cls(
            display_name=display_name,
            logo_url=logo_url,
            primary_color=primary_color,
            theme=theme,
            signup=signup,
            post_logout_redirect_uris=post_logout_redirect_uris,
        )

        return hosted_login
