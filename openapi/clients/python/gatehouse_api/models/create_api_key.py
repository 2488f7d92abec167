from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiKey")


@_attrs_define
class CreateApiKey:
    """Body of `create_api_key`.

    Example:
        {'actions': ['invoices.read'], 'expires_at': '2027-06-30T00:00:00Z', 'name': 'billing sync', 'organization_id':
            'org_01jdq7m5yb6k3r2x9v8w4n1c0a'}

    Attributes:
        organization_id (str): The organization that owns the key.
        name (str): Label, 1 to 200 characters.
        roles (list[str] | Unset): Roles granted to callers (at most 50).
        actions (list[str] | Unset): Actions granted to callers, e.g. `invoices.read` (at most 50).
        expires_at (None | str | Unset): RFC 3339 time after which the key stops working: in the future, at most 10
            years ahead;
            omitted, the key does not expire.
    """

    organization_id: str
    name: str
    roles: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    expires_at: str | Unset | None = UNSET

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        name = self.name

        roles: list[str] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "organization_id": organization_id,
                "name": name,
            }
        )
        if roles is not UNSET:
            field_dict["roles"] = roles
        if actions is not UNSET:
            field_dict["actions"] = actions
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        name = d.pop("name")

        roles = cast(list[str], d.pop("roles", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        def _parse_expires_at(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        create_api_key = cls(
            organization_id=organization_id,
            name=name,
            roles=roles,
            actions=actions,
            expires_at=expires_at,
        )

        return create_api_key
