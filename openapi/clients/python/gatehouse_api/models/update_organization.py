from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.login_method import LoginMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateOrganization")


@_attrs_define
class UpdateOrganization:
    """Body of `update_organization`; absent fields are left unchanged.

    Attributes:
        name (None | str | Unset): New display name.
        slug (None | str | Unset): New slug.
        domains (list[str] | None | Unset): The complete new list of verified domains.
        login_methods (list[LoginMethod] | None | Unset): New allowed login methods, or null to follow the project
            again.
        session_lifetime_seconds (int | None | Unset): New session lifetime, or null for the default.
        require_mfa (bool | None | Unset): Require a second factor (TOTP) at sign-in.
        signup_domains (list[str] | None | Unset): Email domains allowed to sign up (each one of the verified domains),
            or null for all
            verified domains.
    """

    name: str | Unset | None = UNSET
    slug: str | Unset | None = UNSET
    domains: list[str] | Unset | None = UNSET
    login_methods: list[LoginMethod] | Unset | None = UNSET
    session_lifetime_seconds: int | Unset | None = UNSET
    require_mfa: bool | Unset | None = UNSET
    signup_domains: list[str] | Unset | None = UNSET

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

        require_mfa: bool | Unset | None
        if isinstance(self.require_mfa, Unset):
            require_mfa = UNSET
        else:
            require_mfa = self.require_mfa

        signup_domains: list[str] | Unset | None
        if isinstance(self.signup_domains, Unset):
            signup_domains = UNSET
        elif isinstance(self.signup_domains, list):
            signup_domains = self.signup_domains

        else:
            signup_domains = self.signup_domains

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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

        def _parse_require_mfa(data: object) -> bool | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | Unset | None, data)

        require_mfa = _parse_require_mfa(d.pop("require_mfa", UNSET))

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

        update_organization = cls(
            name=name,
            slug=slug,
            domains=domains,
            login_methods=login_methods,
            session_lifetime_seconds=session_lifetime_seconds,
            require_mfa=require_mfa,
            signup_domains=signup_domains,
        )

        return update_organization
