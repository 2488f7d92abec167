from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event_details import AuditEventDetails


T = TypeVar("T", bound="AuditEvent")


@_attrs_define
class AuditEvent:
    """One audit event.

    Attributes:
        id (str): Identifier, `evt_...`; events sort by id in the order they happened.
        action (str): What happened: `user.login`, `user.login_failed`, `session.logout`,
            `session.revoked`, `session.refresh_token_reused`, `organization.created|updated|deleted`,
            `user.created|updated|deleted`, `role.created|updated|deleted`,
            `api_key.created|revoked`.
        details (AuditEventDetails): Extra facts.
        created_at (datetime.datetime): RFC 3339 time.
        organization_id (None | str | Unset): The organization it concerns, when known.
        actor (None | str | Unset): Who acted: a user id, `secret_key`, or the email given in a failed sign-in.
        target (None | str | Unset): What it happened to.
        ip (None | str | Unset): Client address.
        user_agent (None | str | Unset): Client user agent.
    """

    id: str
    action: str
    details: AuditEventDetails
    created_at: datetime.datetime
    organization_id: str | Unset | None = UNSET
    actor: str | Unset | None = UNSET
    target: str | Unset | None = UNSET
    ip: str | Unset | None = UNSET
    user_agent: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        action = self.action

        details = self.details.to_dict()

        created_at = self.created_at.isoformat()

        organization_id: str | Unset | None
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        actor: str | Unset | None
        if isinstance(self.actor, Unset):
            actor = UNSET
        else:
            actor = self.actor

        target: str | Unset | None
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        ip: str | Unset | None
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        user_agent: str | Unset | None
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
                "details": details,
                "created_at": created_at,
            }
        )
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if actor is not UNSET:
            field_dict["actor"] = actor
        if target is not UNSET:
            field_dict["target"] = target
        if ip is not UNSET:
            field_dict["ip"] = ip
        if user_agent is not UNSET:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_details import AuditEventDetails

        d = dict(src_dict)
        id = d.pop("id")

        action = d.pop("action")

        details = AuditEventDetails.from_dict(d.pop("details"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_organization_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_actor(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        actor = _parse_actor(d.pop("actor", UNSET))

        def _parse_target(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        target = _parse_target(d.pop("target", UNSET))

        def _parse_ip(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        ip = _parse_ip(d.pop("ip", UNSET))

        def _parse_user_agent(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        user_agent = _parse_user_agent(d.pop("user_agent", UNSET))

        audit_event = cls(
            id=id,
            action=action,
            details=details,
            created_at=created_at,
            organization_id=organization_id,
            actor=actor,
            target=target,
            ip=ip,
            user_agent=user_agent,
        )

        audit_event.additional_properties = d
        return audit_event

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
