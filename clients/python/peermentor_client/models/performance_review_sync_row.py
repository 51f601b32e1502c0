from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PerformanceReviewSyncRow")


@_attrs_define
class PerformanceReviewSyncRow:
    """A performance review, keyed by `external_id`. A row the HRIS sent before may be sparse:
    a field left out keeps its stored value, and an explicit `null` clears an optional field
    (the PATCH rule).

        Attributes:
            external_id (str):
            employee_external_id (None | str | Unset): Required for a new performance review; never null.
            period_start (datetime.date | None | Unset): Required for a new performance review; never null.
            period_end (datetime.date | None | Unset): Required for a new performance review; never null.
            rating (int | None | Unset): Required for a new performance review; never null.
            summary (None | str | Unset): The review's summary. Left out: unchanged (empty for a new record); `null` clears
                it.
            improvement_areas (list[str] | None | Unset): The improvement areas (skills). Left out: unchanged (empty for a
                new record); `null` clears it.
    """

    external_id: str
    employee_external_id: None | str | Unset = UNSET
    period_start: datetime.date | None | Unset = UNSET
    period_end: datetime.date | None | Unset = UNSET
    rating: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    improvement_areas: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        employee_external_id: None | str | Unset
        if isinstance(self.employee_external_id, Unset):
            employee_external_id = UNSET
        else:
            employee_external_id = self.employee_external_id

        period_start: None | str | Unset
        if isinstance(self.period_start, Unset):
            period_start = UNSET
        elif isinstance(self.period_start, datetime.date):
            period_start = self.period_start.isoformat()
        else:
            period_start = self.period_start

        period_end: None | str | Unset
        if isinstance(self.period_end, Unset):
            period_end = UNSET
        elif isinstance(self.period_end, datetime.date):
            period_end = self.period_end.isoformat()
        else:
            period_end = self.period_end

        rating: int | None | Unset
        if isinstance(self.rating, Unset):
            rating = UNSET
        else:
            rating = self.rating

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        improvement_areas: list[str] | None | Unset
        if isinstance(self.improvement_areas, Unset):
            improvement_areas = UNSET
        elif isinstance(self.improvement_areas, list):
            improvement_areas = self.improvement_areas

        else:
            improvement_areas = self.improvement_areas

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "external_id": external_id,
            }
        )
        if employee_external_id is not UNSET:
            field_dict["employee_external_id"] = employee_external_id
        if period_start is not UNSET:
            field_dict["period_start"] = period_start
        if period_end is not UNSET:
            field_dict["period_end"] = period_end
        if rating is not UNSET:
            field_dict["rating"] = rating
        if summary is not UNSET:
            field_dict["summary"] = summary
        if improvement_areas is not UNSET:
            field_dict["improvement_areas"] = improvement_areas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        def _parse_employee_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_external_id = _parse_employee_external_id(d.pop("employee_external_id", UNSET))

        def _parse_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_start_type_0 = datetime.date.fromisoformat(data)

                return period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_start = _parse_period_start(d.pop("period_start", UNSET))

        def _parse_period_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_end_type_0 = datetime.date.fromisoformat(data)

                return period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        period_end = _parse_period_end(d.pop("period_end", UNSET))

        def _parse_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rating = _parse_rating(d.pop("rating", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

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
