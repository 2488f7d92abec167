from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.revoke_reason import RevokeReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """A session.

    Attributes:
        id (str): Identifier, `sess_...` (the `sid` claim).
        user_id (str): The signed-in user.
        organization_id (str): The user's organization.
        amr (list[str]): Authentication methods used at sign-in (RFC 8176).
        active (bool): Whether the session can still refresh.
        created_at (datetime.datetime): RFC 3339 sign-in time.
        last_seen_at (datetime.datetime): RFC 3339 time of the last refresh.
        expires_at (datetime.datetime): RFC 3339 end of the session's absolute lifetime.
        user_agent (None | str | Unset): User agent at sign-in.
        ip (None | str | Unset): Client address at sign-in.
        revoked_at (datetime.datetime | None | Unset): RFC 3339 revocation time.
        revoked_reason (None | RevokeReason | Unset):
    """

    id: str
    user_id: str
    organization_id: str
    amr: list[str]
    active: bool
    created_at: datetime.datetime
    last_seen_at: datetime.datetime
    expires_at: datetime.datetime
    user_agent: str | Unset | None = UNSET
    ip: str | Unset | None = UNSET
    revoked_at: datetime.datetime | Unset | None = UNSET
    revoked_reason: RevokeReason | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        organization_id = self.organization_id

        amr = self.amr

        active = self.active

        created_at = self.created_at.isoformat()

        last_seen_at = self.last_seen_at.isoformat()

        expires_at = self.expires_at.isoformat()

        user_agent: str | Unset | None
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        ip: str | Unset | None
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        revoked_at: str | Unset | None
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        revoked_reason: str | Unset | None
        if isinstance(self.revoked_reason, Unset):
            revoked_reason = UNSET
        elif isinstance(self.revoked_reason, RevokeReason):
            revoked_reason = self.revoked_reason.value
        else:
            revoked_reason = self.revoked_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "organization_id": organization_id,
                "amr": amr,
                "active": active,
                "created_at": created_at,
                "last_seen_at": last_seen_at,
                "expires_at": expires_at,
            }
        )
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent
        if ip is not UNSET:
            field_dict["ip"] = ip
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if revoked_reason is not UNSET:
            field_dict["revoked_reason"] = revoked_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        organization_id = d.pop("organization_id")

        amr = cast(list[str], d.pop("amr"))

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        last_seen_at = datetime.datetime.fromisoformat(d.pop("last_seen_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        def _parse_user_agent(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        def _parse_ip(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_revoked_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | Unset | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at", UNSET))

        def _parse_revoked_reason(data: object) -> RevokeReason | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_reason_type_1 = RevokeReason(data)

                return revoked_reason_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RevokeReason | Unset | None, data)

        revoked_reason = _parse_revoked_reason(d.pop("revoked_reason", UNSET))

        session = cls(
            id=id,
            user_id=user_id,
            organization_id=organization_id,
            amr=amr,
            active=active,
            created_at=created_at,
            last_seen_at=last_seen_at,
            expires_at=expires_at,
            user_agent=user_agent,
            ip=ip,
            revoked_at=revoked_at,
            revoked_reason=revoked_reason,
        )

        session.additional_properties = d
        return session

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
