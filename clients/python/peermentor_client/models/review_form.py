from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewForm")


@_attrs_define
class ReviewForm:
    """
    Attributes:
        progress (int):
        relationship_health (int):
        comments (None | str):
        concern (bool):
        submitted_at (datetime.datetime):
        submitted_by (str):
        on_behalf_note (None | str | Unset):
    """

    progress: int
    relationship_health: int
    comments: None | str
    concern: bool
    submitted_at: datetime.datetime
    submitted_by: str
    on_behalf_note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        progress = self.progress

        relationship_health = self.relationship_health

        comments: None | str
        comments = self.comments

        concern = self.concern

        submitted_at = self.submitted_at.isoformat()

        submitted_by = self.submitted_by

        on_behalf_note: None | str | Unset
        if isinstance(self.on_behalf_note, Unset):
            on_behalf_note = UNSET
        else:
            on_behalf_note = self.on_behalf_note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "progress": progress,
                "relationship_health": relationship_health,
                "comments": comments,
                "concern": concern,
                "submitted_at": submitted_at,
                "submitted_by": submitted_by,
            }
        )
        if on_behalf_note is not UNSET:
            field_dict["on_behalf_note"] = on_behalf_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        progress = d.pop("progress")

        relationship_health = d.pop("relationship_health")

        def _parse_comments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comments = _parse_comments(d.pop("comments"))

        concern = d.pop("concern")

        submitted_at = datetime.datetime.fromisoformat(d.pop("submitted_at"))

        submitted_by = d.pop("submitted_by")

        def _parse_on_behalf_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_behalf_note = _parse_on_behalf_note(d.pop("on_behalf_note", UNSET))

        review_form = cls(
            progress=progress,
            relationship_health=relationship_health,
            comments=comments,
            concern=concern,
            submitted_at=submitted_at,
            submitted_by=submitted_by,
            on_behalf_note=on_behalf_note,
        )

        review_form.additional_properties = d
        return review_form

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
