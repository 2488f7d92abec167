from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.login_method import LoginMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization.

    Example:
        {'created_at': '2026-11-26T12:00:00Z', 'domains': ['acme.com'], 'id': 'org_01jdq7m5yb6k3r2x9v8w4n1c0a', 'name':
            'Acme Inc.', 'require_mfa': False, 'slug': 'acme', 'updated_at': '2026-11-26T12:00:00Z'}

    Attributes:
        id (str): Identifier, `org_...`.
        name (str): Display name.
        slug (str): Memorable identifier, unique within the project.
        domains (list[str]): Verified email domains, sorted.
        require_mfa (bool): Whether every user must pass a second factor (TOTP) at sign-in; users without one
            enrol at their next sign-in.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
        login_methods (list[LoginMethod] | None | Unset): Login methods allowed in this organization; null follows the
            project's setting.
        session_lifetime_seconds (int | None | Unset): Session lifetime for this organization's users, in seconds; null
            uses the default
            (30 days).
        signup_domains (list[str] | None | Unset): Email domains whose people may sign up into this organization on the
            hosted login;
            null means all its verified domains, `[]` means nobody.
    """

    id: str
    name: str
    slug: str
    domains: list[str]
    require_mfa: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    login_methods: list[LoginMethod] | Unset | None = UNSET
    session_lifetime_seconds: int | Unset | None = UNSET
    signup_domains: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        slug = self.slug

        domains = self.domains

        require_mfa = self.require_mfa

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

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

        signup_domains: list[str] | Unset | None
        if isinstance(self.signup_domains, Unset):
            signup_domains = UNSET
        elif isinstance(self.signup_domains, list):
            signup_domains = self.signup_domains

        else:
            signup_domains = self.signup_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "slug": slug,
                "domains": domains,
                "require_mfa": require_mfa,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if login_methods is not UNSET:
            field_dict["login_methods"] = login_methods
        if session_lifetime_seconds is not UNSET:
            field_dict["session_lifetime_seconds"] = session_lifetime_seconds
        if signup_domains is not UNSET:
            field_dict["signup_domains"] = signup_domains

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        slug = d.pop("slug")

        domains = cast(list[str], d.pop("domains"))

        require_mfa = d.pop("require_mfa")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

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

        organization = cls(
            id=id,
            name=name,
            slug=slug,
            domains=domains,
            require_mfa=require_mfa,
            created_at=created_at,
            updated_at=updated_at,
            login_methods=login_methods,
            session_lifetime_seconds=session_lifetime_seconds,
            signup_domains=signup_domains,
        )

        organization.additional_properties = d
        return organization

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
