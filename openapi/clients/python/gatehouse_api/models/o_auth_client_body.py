from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_type import ClientType

T = TypeVar("T", bound="OAuthClientBody")


@_attrs_define
class OAuthClientBody:
    """A registered OAuth client.

    Attributes:
        id (str): `client_...`: the `client_id`.
        name (str): Display name.
        client_type (ClientType): Kind of client.
        redirect_uris (list[str]): Allowed redirect URIs (exact match).
        post_logout_redirect_uris (list[str]): Allowed `post_logout_redirect_uri` values (exact match).
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
    """

    id: str
    name: str
    client_type: ClientType
    redirect_uris: list[str]
    post_logout_redirect_uris: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        client_type = self.client_type.value

        redirect_uris = self.redirect_uris

        post_logout_redirect_uris = self.post_logout_redirect_uris

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "client_type": client_type,
                "redirect_uris": redirect_uris,
                "post_logout_redirect_uris": post_logout_redirect_uris,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        client_type = ClientType(d.pop("client_type"))

        redirect_uris = cast(list[str], d.pop("redirect_uris"))

        post_logout_redirect_uris = cast(list[str], d.pop("post_logout_redirect_uris"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        o_auth_client_body = cls(
            id=id,
            name=name,
            client_type=client_type,
            redirect_uris=redirect_uris,
            post_logout_redirect_uris=post_logout_redirect_uris,
            created_at=created_at,
            updated_at=updated_at,
        )

        o_auth_client_body.additional_properties = d
        return o_auth_client_body

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
