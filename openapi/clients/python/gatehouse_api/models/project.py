from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.environment import Environment
from ..models.login_method import LoginMethod
from ..models.signing_algorithm import SigningAlgorithm
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hosted_login import HostedLogin


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project.

    Attributes:
        id (str): Identifier, `proj_...`; the default audience of access tokens.
        name (str): Display name.
        environment (Environment): Whether tokens and keys of a project are for testing or production.
        issuer (str): Issuer URL of the project's tokens (`iss`): the custom issuer when set, else
            `{public_url}/p/{project_id}`.
        publishable_key (str): Public key for frontends; encodes the issuer.
        redirect_uris (list[str]): Allowed OAuth redirect URIs.
        login_methods (list[LoginMethod]): Login methods end users may use.
        access_token_lifetime_seconds (int): Lifetime of access tokens, in seconds.
        signing_algorithm (SigningAlgorithm): Signature algorithms a project can sign with (their JOSE names).
        hosted_login (HostedLogin): Settings of a project's hosted login pages (stored as one JSON column).
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
        issuer_url (None | str | Unset): The custom issuer URL, if one is set.
    """

    id: str
    name: str
    environment: Environment
    issuer: str
    publishable_key: str
    redirect_uris: list[str]
    login_methods: list[LoginMethod]
    access_token_lifetime_seconds: int
    signing_algorithm: SigningAlgorithm
    hosted_login: HostedLogin
    created_at: datetime.datetime
    updated_at: datetime.datetime
    issuer_url: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        environment = self.environment.value

        issuer = self.issuer

        publishable_key = self.publishable_key

        redirect_uris = self.redirect_uris

        login_methods = []
        for login_methods_item_data in self.login_methods:
            login_methods_item = login_methods_item_data.value
            login_methods.append(login_methods_item)

        access_token_lifetime_seconds = self.access_token_lifetime_seconds

        signing_algorithm = self.signing_algorithm.value

        hosted_login = self.hosted_login.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        issuer_url: str | Unset | None
        if isinstance(self.issuer_url, Unset):
            issuer_url = UNSET
        else:
            issuer_url = self.issuer_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "environment": environment,
                "issuer": issuer,
                "publishable_key": publishable_key,
                "redirect_uris": redirect_uris,
                "login_methods": login_methods,
                "access_token_lifetime_seconds": access_token_lifetime_seconds,
                "signing_algorithm": signing_algorithm,
                "hosted_login": hosted_login,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if issuer_url is not UNSET:
            field_dict["issuer_url"] = issuer_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hosted_login import HostedLogin

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        environment = Environment(d.pop("environment"))

        issuer = d.pop("issuer")

        publishable_key = d.pop("publishable_key")

        redirect_uris = cast(list[str], d.pop("redirect_uris"))

        login_methods = []
        _login_methods = d.pop("login_methods")
        for login_methods_item_data in _login_methods:
            login_methods_item = LoginMethod(login_methods_item_data)

            login_methods.append(login_methods_item)

        access_token_lifetime_seconds = d.pop("access_token_lifetime_seconds")

        signing_algorithm = SigningAlgorithm(d.pop("signing_algorithm"))

        hosted_login = HostedLogin.from_dict(d.pop("hosted_login"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_issuer_url(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        issuer_url = _parse_issuer_url(d.pop("issuer_url", UNSET))

        project = cls(
            id=id,
            name=name,
            environment=environment,
            issuer=issuer,
            publishable_key=publishable_key,
            redirect_uris=redirect_uris,
            login_methods=login_methods,
            access_token_lifetime_seconds=access_token_lifetime_seconds,
            signing_algorithm=signing_algorithm,
            hosted_login=hosted_login,
            created_at=created_at,
            updated_at=updated_at,
            issuer_url=issuer_url,
        )

        project.additional_properties = d
        return project

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
