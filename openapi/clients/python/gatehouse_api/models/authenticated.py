from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_kind import CredentialKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authenticated_claims_type_0 import AuthenticatedClaimsType0


T = TypeVar("T", bound="Authenticated")


@_attrs_define
class Authenticated:
    """A valid credential: who it speaks for and what it may do.

    Example:
        {'actions': ['invoices.read'], 'api_key_id': 'akey_01jdq7m5yb6k3r2x9v8w4n1c0c', 'claims': None, 'kind':
            'api_key', 'organization_id': 'org_01jdq7m5yb6k3r2x9v8w4n1c0a', 'roles': [], 'user_id': None}

    Attributes:
        kind (CredentialKind): What kind of credential was checked.
        organization_id (str): The organization the credential acts for.
        roles (list[str]): Roles granted.
        actions (list[str]): Actions (permissions) granted.
        user_id (None | str | Unset): The user, for access tokens.
        api_key_id (None | str | Unset): The key, for API keys.
        claims (AuthenticatedClaimsType0 | None | Unset): The verified claims, for access tokens.
    """

    kind: CredentialKind
    organization_id: str
    roles: list[str]
    actions: list[str]
    user_id: str | Unset | None = UNSET
    api_key_id: str | Unset | None = UNSET
    claims: AuthenticatedClaimsType0 | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authenticated_claims_type_0 import AuthenticatedClaimsType0

        kind = self.kind.value

        organization_id = self.organization_id

        roles = self.roles

        actions = self.actions

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        api_key_id: str | Unset | None
        if isinstance(self.api_key_id, Unset):
            api_key_id = UNSET
        else:
            api_key_id = self.api_key_id

        claims: dict[str, Any] | Unset | None
        if isinstance(self.claims, Unset):
            claims = UNSET
        elif isinstance(self.claims, AuthenticatedClaimsType0):
            claims = self.claims.to_dict()
        else:
            claims = self.claims

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "organization_id": organization_id,
                "roles": roles,
                "actions": actions,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if claims is not UNSET:
            field_dict["claims"] = claims

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authenticated_claims_type_0 import AuthenticatedClaimsType0

        d = dict(src_dict)
        kind = CredentialKind(d.pop("kind"))

        organization_id = d.pop("organization_id")

        roles = cast(list[str], d.pop("roles"))

        actions = cast(list[str], d.pop("actions"))

        def _parse_user_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_api_key_id(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(str | Unset | None, data)

        api_key_id = _parse_api_key_id(d.pop("api_key_id", UNSET))

        def _parse_claims(data: object) -> AuthenticatedClaimsType0 | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                claims_type_0 = AuthenticatedClaimsType0.from_dict(data)

                return claims_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuthenticatedClaimsType0 | Unset | None, data)

        claims = _parse_claims(d.pop("claims", UNSET))

        authenticated = cls(
            kind=kind,
            organization_id=organization_id,
            roles=roles,
            actions=actions,
            user_id=user_id,
            api_key_id=api_key_id,
            claims=claims,
        )

        authenticated.additional_properties = d
        return authenticated

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
