from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatedApiKey")


@_attrs_define
class CreatedApiKey:
    """A newly created API key with its secret (shown only this once).

    Attributes:
        id (str): Identifier, `akey_...`.
        organization_id (str): The organization that owns the key.
        name (str): Label.
        display_prefix (str): The first characters of the key, to recognise it.
        roles (list[str]): Roles granted to callers using the key.
        actions (list[str]): Actions (permissions) granted to callers using the key.
        created_at (datetime.datetime): RFC 3339 creation time.
        updated_at (datetime.datetime): RFC 3339 time of the last change.
        secret (str): The key itself, `gh_key_...`. Hand it to the caller now: it cannot be shown again.
        expires_at (datetime.datetime | None | Unset): RFC 3339 expiry time; null for keys that do not expire.
        last_used_at (datetime.datetime | None | Unset): RFC 3339 time of the last successful use (updated at most once
            a minute).
        revoked_at (datetime.datetime | None | Unset): RFC 3339 revocation time; null while the key is active.
        created_by_user_id (None | str | Unset): The user who created the key through the self-serve API. Such a key
            authenticates
            only while that user exists and holds every role and action the key grants, and is
            revoked when the user is deleted. Null for keys created with the secret key, and once
            the secret key sets the key's roles or actions: those keys belong to the organization.
    """

    id: str
    organization_id: str
    name: str
    display_prefix: str
    roles: list[str]
    actions: list[str]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    secret: str
    expires_at: datetime.datetime | Unset | None = UNSET
    last_used_at: datetime.datetime | Unset | None = UNSET
    revoked_at: datetime.datetime | Unset | None = UNSET
    created_by_user_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        organization_id = self.organization_id

        name = self.name

        display_prefix = self.display_prefix

        roles = self.roles

        actions = self.actions

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        secret = self.secret

        expires_at: str | Unset | None
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        last_used_at: str | Unset | None
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        revoked_at: str | Unset | None
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        created_by_user_id: str | Unset | None
        if isinstance(self.created_by_user_id, Unset):
            created_by_user_id = UNSET
        else:
            created_by_user_id = self.created_by_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organization_id": organization_id,
                "name": name,
                "display_prefix": display_prefix,
                "roles": roles,
                "actions": actions,
                "created_at": created_at,
                "updated_at": updated_at,
                "secret": secret,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if created_by_user_id is not UNSET:
            field_dict["created_by_user_id"] = created_by_user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        organization_id = d.pop("organization_id")

        name = d.pop("name")

        display_prefix = d.pop("display_prefix")

        roles = cast(list[str], d.pop("roles"))

        actions = cast(list[str], d.pop("actions"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        secret = d.pop("secret")

        def _parse_expires_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | Unset | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        def _parse_last_used_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | Unset | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at", UNSET))

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

        def _parse_created_by_user_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        created_by_user_id = _parse_created_by_user_id(d.pop("created_by_user_id", UNSET))

        created_api_key = cls(
            id=id,
            organization_id=organization_id,
            name=name,
            display_prefix=display_prefix,
            roles=roles,
            actions=actions,
            created_at=created_at,
            updated_at=updated_at,
            secret=secret,
            expires_at=expires_at,
            last_used_at=last_used_at,
            revoked_at=revoked_at,
            created_by_user_id=created_by_user_id,
        )

        created_api_key.additional_properties = d
        return created_api_key

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
