from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.login_method import LoginMethod
from ..models.signing_algorithm import SigningAlgorithm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hosted_login import HostedLogin


T = TypeVar("T", bound="UpdateProject")


@_attrs_define
class UpdateProject:
    """Body of `update_project`; absent fields are left unchanged.

    Example:
        {'access_token_lifetime_seconds': 300, 'login_methods': ['password', 'magic_link'], 'redirect_uris':
            ['https://app.example.com/callback', 'http://localhost:5173/callback']}

    Attributes:
        name (None | str | Unset): New display name.
        redirect_uris (list[str] | None | Unset): The complete list of allowed redirect URIs: `https`, loopback `http`,
            or a
            reverse-DNS app scheme (RFC 8252); no fragments.
        login_methods (list[LoginMethod] | None | Unset): The complete list of allowed login methods (at least one).
        access_token_lifetime_seconds (int | None | Unset): Access-token lifetime, 60 to 86400 seconds.
        signing_algorithm (SigningAlgorithm | Unset): Signature algorithms a project can sign with (their JOSE names).
        issuer_url (None | str | Unset): Custom issuer URL (`https://auth.example.com`), or null for the default. Route
            `{issuer_url}/...` to `{public_url}/p/{project_id}/...` at your reverse proxy first:
            SDKs fetch the JWKS from the issuer. Changing it invalidates outstanding access tokens.
        hosted_login (HostedLogin | None | Unset):
    """

    name: str | Unset | None = UNSET
    redirect_uris: list[str] | Unset | None = UNSET
    login_methods: list[LoginMethod] | Unset | None = UNSET
    access_token_lifetime_seconds: int | Unset | None = UNSET
    signing_algorithm: SigningAlgorithm | Unset = UNSET
    issuer_url: str | Unset | None = UNSET
    hosted_login: HostedLogin | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.hosted_login import HostedLogin

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

        access_token_lifetime_seconds: int | Unset | None
        if isinstance(self.access_token_lifetime_seconds, Unset):
            access_token_lifetime_seconds = UNSET
        else:
            access_token_lifetime_seconds = self.access_token_lifetime_seconds

        signing_algorithm: str | Unset = UNSET
        if not isinstance(self.signing_algorithm, Unset):
            signing_algorithm = self.signing_algorithm.value

        issuer_url: str | Unset | None
        if isinstance(self.issuer_url, Unset):
            issuer_url = UNSET
        else:
            issuer_url = self.issuer_url

        hosted_login: dict[str, Any] | Unset | None
        if isinstance(self.hosted_login, Unset):
            hosted_login = UNSET
        elif isinstance(self.hosted_login, HostedLogin):
            hosted_login = self.hosted_login.to_dict()
        else:
            hosted_login = self.hosted_login

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if redirect_uris is not UNSET:
            field_dict["redirect_uris"] = redirect_uris
        if login_methods is not UNSET:
            field_dict["login_methods"] = login_methods
        if access_token_lifetime_seconds is not UNSET:
            field_dict["access_token_lifetime_seconds"] = access_token_lifetime_seconds
        if signing_algorithm is not UNSET:
            field_dict["signing_algorithm"] = signing_algorithm
        if issuer_url is not UNSET:
            field_dict["issuer_url"] = issuer_url
        if hosted_login is not UNSET:
            field_dict["hosted_login"] = hosted_login

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hosted_login import HostedLogin

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

        def _parse_access_token_lifetime_seconds(data: object) -> int | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | Unset | None, data)

        access_token_lifetime_seconds = _parse_access_token_lifetime_seconds(
            d.pop("access_token_lifetime_seconds", UNSET)
        )

        _signing_algorithm = d.pop("signing_algorithm", UNSET)
        signing_algorithm: SigningAlgorithm | Unset
        if isinstance(_signing_algorithm, Unset):
            signing_algorithm = UNSET
        else:
            signing_algorithm = SigningAlgorithm(_signing_algorithm)

        def _parse_issuer_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        issuer_url = _parse_issuer_url(d.pop("issuer_url", UNSET))

        def _parse_hosted_login(data: object) -> HostedLogin | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hosted_login_type_1 = HostedLogin.from_dict(data)

                return hosted_login_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HostedLogin | Unset | None, data)

        hosted_login = _parse_hosted_login(d.pop("hosted_login", UNSET))

        update_project = cls(
            name=name,
            redirect_uris=redirect_uris,
            login_methods=login_methods,
            access_token_lifetime_seconds=access_token_lifetime_seconds,
            signing_algorithm=signing_algorithm,
            issuer_url=issuer_url,
            hosted_login=hosted_login,
        )

        return update_project
