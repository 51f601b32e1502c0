from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MentorInvitationRead")


@_attrs_define
class MentorInvitationRead:
    """
    Attributes:
        employee_id (int):
        notification_id (int):
        invited_at (datetime.datetime):
    """

    employee_id: int
    notification_id: int
    invited_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        notification_id = self.notification_id

        invited_at = self.invited_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "notification_id": notification_id,
                "invited_at": invited_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = d.pop("employee_id")

        notification_id = d.pop("notification_id")

        invited_at = datetime.datetime.fromisoformat(d.pop("invited_at"))

        mentor_invitation_read = cls(
            employee_id=employee_id,
            notification_id=notification_id,
            invited_at=invited_at,
        )

        mentor_invitation_read.additional_properties = d
        return mentor_invitation_read

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
