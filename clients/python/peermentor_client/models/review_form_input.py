from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReviewFormInput")


@_attrs_define
class ReviewFormInput:
    """
    Attributes:
        progress (int):
        relationship_health (int):
        comments (None | str | Unset):
        concern (bool | Unset):  Default: False.
        on_behalf_note (None | str | Unset): Required when HR files the form on the participant's behalf: how it was
            received.
    """

    progress: int
    relationship_health: int
    comments: None | str | Unset = UNSET
    concern: bool | Unset = False
    on_behalf_note: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        progress = self.progress

        relationship_health = self.relationship_health

        comments: None | str | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        else:
            comments = self.comments

        concern = self.concern

        on_behalf_note: None | str | Unset
        if isinstance(self.on_behalf_note, Unset):
            on_behalf_note = UNSET
        else:
            on_behalf_note = self.on_behalf_note

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "progress": progress,
                "relationship_health": relationship_health,
            }
        )
        if comments is not UNSET:
            field_dict["comments"] = comments
        if concern is not UNSET:
            field_dict["concern"] = concern
        if on_behalf_note is not UNSET:
            field_dict["on_behalf_note"] = on_behalf_note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        progress = d.pop("progress")

        relationship_health = d.pop("relationship_health")

        def _parse_comments(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        concern = d.pop("concern", UNSET)

        def _parse_on_behalf_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        on_behalf_note = _parse_on_behalf_note(d.pop("on_behalf_note", UNSET))

        review_form_input = cls(
            progress=progress,
            relationship_health=relationship_health,
            comments=comments,
            concern=concern,
            on_behalf_note=on_behalf_note,
        )

        return review_form_input
