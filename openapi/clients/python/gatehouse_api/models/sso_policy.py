from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SsoPolicy")


@_attrs_define
class SsoPolicy:
    """An organization's SSO policy.

    Example:
        {'break_glass_user_ids': ['user_01jdq7m5yb6k3r2x9v8w4n1c0d'], 'organization_id':
            'org_01jdq7m5yb6k3r2x9v8w4n1c0c', 'sso_required': True}

    Attributes:
        organization_id (str): The organization.
        sso_required (bool): Whether password and emailed-link sign-ins of members are refused (code
            `sso_required`).
        break_glass_user_ids (list[str]): Members who may still sign in with their password and a second factor.
    """

    organization_id: str
    sso_required: bool
    break_glass_user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organization_id = self.organization_id

        sso_required = self.sso_required

        break_glass_user_ids = self.break_glass_user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_id": organization_id,
                "sso_required": sso_required,
                "break_glass_user_ids": break_glass_user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_id = d.pop("organization_id")

        sso_required = d.pop("sso_required")

        break_glass_user_ids = cast(list[str], d.pop("break_glass_user_ids"))

        sso_policy = cls(
            organization_id=organization_id,
            sso_required=sso_required,
            break_glass_user_ids=break_glass_user_ids,
        )

        sso_policy.additional_properties = d
        return sso_policy

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
