from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PerformanceReviewRead")


@_attrs_define
class PerformanceReviewRead:
    """
    Attributes:
        id (int):
        external_id (None | str):
        employee_id (int):
        period_start (datetime.date):
        period_end (datetime.date):
        rating (int):
        summary (None | str):
        improvement_areas (list[str]):
    """

    id: int
    external_id: None | str
    employee_id: int
    period_start: datetime.date
    period_end: datetime.date
    rating: int
    summary: None | str
    improvement_areas: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        external_id: None | str
        external_id = self.external_id

        employee_id = self.employee_id

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        rating = self.rating

        summary: None | str
        summary = self.summary

        improvement_areas = self.improvement_areas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "external_id": external_id,
                "employee_id": employee_id,
                "period_start": period_start,
                "period_end": period_end,
                "rating": rating,
                "summary": summary,
                "improvement_areas": improvement_areas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))

        employee_id = d.pop("employee_id")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        rating = d.pop("rating")

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        improvement_areas = cast(list[str], d.pop("improvement_areas"))

        performance_review_read = cls(
            id=id,
            external_id=external_id,
            employee_id=employee_id,
            period_start=period_start,
            period_end=period_end,
            rating=rating,
            summary=summary,
            improvement_areas=improvement_areas,
        )

        performance_review_read.additional_properties = d
        return performance_review_read

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
