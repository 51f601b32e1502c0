from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformanceReviewSyncRow")


@_attrs_define
class PerformanceReviewSyncRow:
    """
    Attributes:
        external_id (str):
        employee_external_id (str):
        period_start (datetime.date):
        period_end (datetime.date):
        rating (int):
        summary (None | str | Unset):
        improvement_areas (list[str] | Unset):
    """

    external_id: str
    employee_external_id: str
    period_start: datetime.date
    period_end: datetime.date
    rating: int
    summary: None | str | Unset = UNSET
    improvement_areas: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        employee_external_id = self.employee_external_id

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        rating = self.rating

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
                "external_id": external_id,
                "employee_external_id": employee_external_id,
                "period_start": period_start,
                "period_end": period_end,
                "rating": rating,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if improvement_areas is not UNSET:
            field_dict["improvement_areas"] = improvement_areas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        employee_external_id = d.pop("employee_external_id")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        rating = d.pop("rating")

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        improvement_areas = cast(list[str], d.pop("improvement_areas", UNSET))

        performance_review_sync_row = cls(
            external_id=external_id,
            employee_external_id=employee_external_id,
            period_start=period_start,
            period_end=period_end,
            rating=rating,
            summary=summary,
            improvement_areas=improvement_areas,
        )

        return performance_review_sync_row
