from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_status import InvitationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvitationBody")


@_attrs_define
class InvitationBody:
    """An invitation (never includes the link's secret).

    Attributes:
        id (str): `inv_...`
        organization_id (str): The organization to join.
        email (str): The invitee's email.
        roles (list[str]): Roles the new user gets.
        status (InvitationStatus): Where an invitation stands.
        created_at (datetime.datetime): RFC 3339 creation time.
        expires_at (datetime.datetime): RFC 3339 expiry of the current link.
        user_id (None | str | Unset): The user the invitation created, once accepted.
    """

    id: str
    organization_id: str
    email: str
    roles: list[str]
    status: InvitationStatus
    created_at: datetime.datetime
    expires_at: datetime.datetime
    user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        email = self.email

        roles = self.roles

        status = self.status.value

        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "email": email,
                "roles": roles,
                "status": status,
                "created_at": created_at,
                "expires_at": expires_at,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        email = d.pop("email")

        roles = cast(list[str], d.pop("roles"))

        status = InvitationStatus(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_user_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        invitation_body = cls(
            id=id,
            organization_id=organization_id,
            email=email,
            roles=roles,
            status=status,
            created_at=created_at,
            expires_at=expires_at,
            user_id=user_id,
        )

        invitation_body.additional_properties = d
        return invitation_body

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
