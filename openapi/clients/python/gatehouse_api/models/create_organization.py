from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.login_method import LoginMethod
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
        login_methods (list[LoginMethod] | None | Unset): Login methods allowed in this organization; absent follows the
            project.
        session_lifetime_seconds (int | None | Unset): Session lifetime for this organization's users, 3600 to 7776000
            seconds.
        require_mfa (bool | Unset): Require a second factor (TOTP) at sign-in (default false).
        signup_domains (list[str] | None | Unset): Email domains allowed to sign up (each one of `domains`); absent: all
            verified domains.
    """

    name: str
    slug: str | Unset | None = UNSET
    domains: list[str] | Unset = UNSET
    login_methods: list[LoginMethod] | Unset | None = UNSET
    session_lifetime_seconds: int | Unset | None = UNSET
    require_mfa: bool | Unset = UNSET
    signup_domains: list[str] | Unset | None = UNSET

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

        login_methods: list[str] | Unset | None
        if isinstance(self.login_methods, Unset):
            login_methods = UNSET
        elif isinstance(self.login_methods, list):
            login_methods = []
            for login_methods_type_0_item_data in self.login_methods:
                login_methods_type_0_item = login_methods_type_0_item_data.value
                login_methods.append(login_methods_type_0_item)

        else:
            login_methods = self.login_methods

        session_lifetime_seconds: int | Unset | None
        if isinstance(self.session_lifetime_seconds, Unset):
            session_lifetime_seconds = UNSET
        else:
            session_lifetime_seconds = self.session_lifetime_seconds

        require_mfa = self.require_mfa

        signup_domains: list[str] | Unset | None
        if isinstance(self.signup_domains, Unset):
            signup_domains = UNSET
        elif isinstance(self.signup_domains, list):
            signup_domains = self.signup_domains

        else:
            signup_domains = self.signup_domains

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
        if login_methods is not UNSET:
            field_dict["login_methods"] = login_methods
        if session_lifetime_seconds is not UNSET:
            field_dict["session_lifetime_seconds"] = session_lifetime_seconds
        if require_mfa is not UNSET:
            field_dict["require_mfa"] = require_mfa
        if signup_domains is not UNSET:
            field_dict["signup_domains"] = signup_domains

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

        def _parse_login_methods(data: object) -> list[LoginMethod] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                login_methods_type_0 = []
                _login_methods_type_0 = data
                for login_methods_type_0_item_data in _login_methods_type_0:
                    login_methods_type_0_item = LoginMethod(login_methods_type_0_item_data)

                    login_methods_type_0.append(login_methods_type_0_item)

                return login_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LoginMethod] | Unset | None, data)

        login_methods = _parse_login_methods(d.pop("login_methods", UNSET))

        def _parse_session_lifetime_seconds(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        session_lifetime_seconds = _parse_session_lifetime_seconds(
            d.pop("session_lifetime_seconds", UNSET)
        )

        require_mfa = d.pop("require_mfa", UNSET)

        def _parse_signup_domains(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signup_domains_type_0 = cast(list[str], data)

                return signup_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | Unset | None, data)

        signup_domains = _parse_signup_domains(d.pop("signup_domains", UNSET))

        create_organization = cls(
            name=name,
            slug=slug,
            domains=domains,
            login_methods=login_methods,
            session_lifetime_seconds=session_lifetime_seconds,
            require_mfa=require_mfa,
            signup_domains=signup_domains,
        )

        return create_organization
