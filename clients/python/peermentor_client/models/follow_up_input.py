from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FollowUpInput")


@_attrs_define
class FollowUpInput:
    """
    Attributes:
        notes (str):
        action_required (bool | Unset):  Default: False.
    """

    notes: str
    action_required: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        notes = self.notes

        action_required = self.action_required

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "notes": notes,
            }
        )
        if action_required is not UNSET:
            field_dict["action_required"] = action_required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        notes = d.pop("notes")

        action_required = d.pop("action_required", UNSET)

        follow_up_input = cls(
            notes=notes,
            action_required=action_required,
        )

        return follow_up_input
