from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signing_algorithm import SigningAlgorithm
from ..models.signing_key_state import SigningKeyState
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signing_key_public_jwk import SigningKeyPublicJwk


T = TypeVar("T", bound="SigningKey")


@_attrs_define
class SigningKey:
    """A signing key (public part and schedule only).

    Attributes:
        id (str): The key id (`kid`), `jwk_...`.
        algorithm (SigningAlgorithm): Signature algorithms a project can sign with (their JOSE names).
        state (SigningKeyState): Life-cycle state of a signing key.
        created_at (datetime.datetime): RFC 3339 time it was created and published.
        activates_at (datetime.datetime): RFC 3339 time it starts (or started) signing.
        public_jwk (SigningKeyPublicJwk): The public JWK as published.
        retires_at (datetime.datetime | None | Unset): RFC 3339 time it stops signing, once a successor is scheduled.
        unpublish_at (datetime.datetime | None | Unset): RFC 3339 time it leaves the JWKS.
        revoked_at (datetime.datetime | None | Unset): RFC 3339 time it was revoked.
    """

    id: str
    algorithm: SigningAlgorithm
    state: SigningKeyState
    created_at: datetime.datetime
    activates_at: datetime.datetime
    public_jwk: SigningKeyPublicJwk
    retires_at: datetime.datetime | Unset | None = UNSET
    unpublish_at: datetime.datetime | Unset | None = UNSET
    revoked_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        algorithm = self.algorithm.value

        state = self.state.value

        created_at = self.created_at.isoformat()

        activates_at = self.activates_at.isoformat()

        public_jwk = self.public_jwk.to_dict()

        retires_at: str | Unset | None
        if isinstance(self.retires_at, Unset):
            retires_at = UNSET
        elif isinstance(self.retires_at, datetime.datetime):
            retires_at = self.retires_at.isoformat()
        else:
            retires_at = self.retires_at

        unpublish_at: str | Unset | None
        if isinstance(self.unpublish_at, Unset):
            unpublish_at = UNSET
        elif isinstance(self.unpublish_at, datetime.datetime):
            unpublish_at = self.unpublish_at.isoformat()
        else:
            unpublish_at = self.unpublish_at

        revoked_at: str | Unset | None
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "algorithm": algorithm,
                "state": state,
                "created_at": created_at,
                "activates_at": activates_at,
                "public_jwk": public_jwk,
            }
        )
        if retires_at is not UNSET:
            field_dict["retires_at"] = retires_at
        if unpublish_at is not UNSET:
            field_dict["unpublish_at"] = unpublish_at
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signing_key_public_jwk import SigningKeyPublicJwk

        d = dict(src_dict)
        id = d.pop("id")

        algorithm = SigningAlgorithm(d.pop("algorithm"))

        state = SigningKeyState(d.pop("state"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        activates_at = datetime.datetime.fromisoformat(d.pop("activates_at"))

        public_jwk = SigningKeyPublicJwk.from_dict(d.pop("public_jwk"))

        def _parse_retires_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retires_at_type_0 = datetime.datetime.fromisoformat(data)

                return retires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | Unset | None, data)

        retires_at = _parse_retires_at(d.pop("retires_at", UNSET))

        def _parse_unpublish_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                unpublish_at_type_0 = datetime.datetime.fromisoformat(data)

                return unpublish_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | Unset | None, data)

        unpublish_at = _parse_unpublish_at(d.pop("unpublish_at", UNSET))

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

        signing_key = cls(
            id=id,
            algorithm=algorithm,
            state=state,
            created_at=created_at,
            activates_at=activates_at,
            public_jwk=public_jwk,
            retires_at=retires_at,
            unpublish_at=unpublish_at,
            revoked_at=revoked_at,
        )

        signing_key.additional_properties = d
        return signing_key

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
