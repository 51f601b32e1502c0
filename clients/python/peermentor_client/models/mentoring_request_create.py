from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentoringRequestCreate")


@_attrs_define
class MentoringRequestCreate:
    """
    Attributes:
        mentee_id (int):
        performance_review_id (int):
        discussion_date (datetime.date):
        improvement_areas (list[str] | None | Unset): Skills to improve; left out, the performance review's improvement
            areas.
        notes (None | str | Unset):
    """

    mentee_id: int
    performance_review_id: int
    discussion_date: datetime.date
    improvement_areas: list[str] | None | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mentee_id = self.mentee_id

        performance_review_id = self.performance_review_id

        discussion_date = self.discussion_date.isoformat()

        improvement_areas: list[str] | None | Unset
        if isinstance(self.improvement_areas, Unset):
            improvement_areas = UNSET
        elif isinstance(self.improvement_areas, list):
            improvement_areas = self.improvement_areas

        else:
            improvement_areas = self.improvement_areas

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mentee_id": mentee_id,
                "performance_review_id": performance_review_id,
                "discussion_date": discussion_date,
            }
        )
        if improvement_areas is not UNSET:
            field_dict["improvement_areas"] = improvement_areas
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentee_id = d.pop("mentee_id")

        performance_review_id = d.pop("performance_review_id")

        discussion_date = datetime.date.fromisoformat(d.pop("discussion_date"))

        def _parse_improvement_areas(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                improvement_areas_type_0 = cast(list[str], data)

                return improvement_areas_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        improvement_areas = _parse_improvement_areas(d.pop("improvement_areas", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        mentoring_request_create = cls(
            mentee_id=mentee_id,
            performance_review_id=performance_review_id,
            discussion_date=discussion_date,
            improvement_areas=improvement_areas,
            notes=notes,
        )

        return mentoring_request_create
