from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FollowUp")


@_attrs_define
class FollowUp:
    """
    Attributes:
        notes (str):
        action_required (bool):
        at (datetime.datetime):
        by (str):
    """

    notes: str
    action_required: bool
    at: datetime.datetime
    by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        action_required = self.action_required

        at = self.at.isoformat()

        by = self.by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notes": notes,
                "action_required": action_required,
                "at": at,
                "by": by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = d.pop("notes")

        action_required = d.pop("action_required")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        by = d.pop("by")

        follow_up = cls(
            notes=notes,
            action_required=action_required,
            at=at,
            by=by,
        )

        follow_up.additional_properties = d
        return follow_up

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
