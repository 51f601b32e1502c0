from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformanceReviewCreate")


@_attrs_define
class PerformanceReviewCreate:
    """
    Attributes:
        period_start (datetime.date):
        period_end (datetime.date):
        rating (int):
        external_id (None | str | Unset):
        summary (None | str | Unset):
        improvement_areas (list[str] | Unset):
    """

    period_start: datetime.date
    period_end: datetime.date
    rating: int
    external_id: None | str | Unset = UNSET
    summary: None | str | Unset = UNSET
    improvement_areas: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        rating = self.rating

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        improvement_areas: list[str] | Unset = UNSET
        if not isinstance(self.improvement_areas, Unset):
            improvement_areas = self.improvement_areas

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period_start": period_start,
                "period_end": period_end,
                "rating": rating,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if summary is not UNSET:
            field_dict["summary"] = summary
        if improvement_areas is not UNSET:
            field_dict["improvement_areas"] = improvement_areas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        rating = d.pop("rating")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        improvement_areas = cast(list[str], d.pop("improvement_areas", UNSET))

        performance_review_create = cls(
            period_start=period_start,
            period_end=period_end,
            rating=rating,
            external_id=external_id,
            summary=summary,
            improvement_areas=improvement_areas,
        )

        return performance_review_create
