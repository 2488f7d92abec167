from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SetSsoPolicy")


@_attrs_define
class SetSsoPolicy:
    """Body of `set_sso_policy`.

    Example:
        {'break_glass_user_ids': ['user_01jdq7m5yb6k3r2x9v8w4n1c0d'], 'sso_required': True}

    Attributes:
        sso_required (bool): Require SSO.
        break_glass_user_ids (list[str] | Unset): The complete list of break-glass users (members of the organization),
            at most 10.
    """

    sso_required: bool
    break_glass_user_ids: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        sso_required = self.sso_required

        break_glass_user_ids: list[str] | Unset = UNSET
        if not isinstance(self.break_glass_user_ids, Unset):
            break_glass_user_ids = self.break_glass_user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sso_required": sso_required,
            }
        )
        if break_glass_user_ids is not UNSET:
            field_dict["break_glass_user_ids"] = break_glass_user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sso_required = d.pop("sso_required")

        break_glass_user_ids = cast(list[str], d.pop("break_glass_user_ids", UNSET))

        set_sso_policy = cls(
            sso_required=sso_required,
            break_glass_user_ids=break_glass_user_ids,
        )

        return set_sso_policy
