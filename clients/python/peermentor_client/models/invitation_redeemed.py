from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invitation_redeemed_role import InvitationRedeemedRole

T = TypeVar("T", bound="InvitationRedeemed")


@_attrs_define
class InvitationRedeemed:
    """
    Attributes:
        email (str): The account's e-mail: sign in with it and the new password.
        role (InvitationRedeemedRole):
    """

    email: str
    role: InvitationRedeemedRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        role = InvitationRedeemedRole(d.pop("role"))

        invitation_redeemed = cls(
            email=email,
            role=role,
        )

        invitation_redeemed.additional_properties = d
        return invitation_redeemed

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
