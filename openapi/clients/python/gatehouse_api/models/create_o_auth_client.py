from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.client_type import ClientType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOAuthClient")


@_attrs_define
class CreateOAuthClient:
    """Body of `create_oauth_client`.

    Example:
        {'client_type': 'confidential', 'name': 'Billing backend', 'redirect_uris':
            ['https://billing.example.com/oauth/callback']}

    Attributes:
        name (str): Display name, shown on the hosted login.
        client_type (ClientType): Kind of client.
        redirect_uris (list[str]): Allowed redirect URIs (1 to 20): `https`, loopback `http`, or a reverse-DNS scheme.
        post_logout_redirect_uris (list[str] | Unset): Allowed post-logout redirect URIs (0 to 20).
    """

    name: str
    client_type: ClientType
    redirect_uris: list[str]
    post_logout_redirect_uris: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        client_type = self.client_type.value

        redirect_uris = self.redirect_uris

        post_logout_redirect_uris: list[str] | Unset = UNSET
        if not isinstance(self.post_logout_redirect_uris, Unset):
            post_logout_redirect_uris = self.post_logout_redirect_uris

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "client_type": client_type,
                "redirect_uris": redirect_uris,
            }
        )
        if post_logout_redirect_uris is not UNSET:
            field_dict["post_logout_redirect_uris"] = post_logout_redirect_uris

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        client_type = ClientType(d.pop("client_type"))

        redirect_uris = cast(list[str], d.pop("redirect_uris"))

        post_logout_redirect_uris = cast(list[str], d.pop("post_logout_redirect_uris", UNSET))

        create_o_auth_client = cls(
            name=name,
            client_type=client_type,
            redirect_uris=redirect_uris,
            post_logout_redirect_uris=post_logout_redirect_uris,
        )

        return create_o_auth_client
