from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.development_kind import DevelopmentKind

T = TypeVar("T", bound="DevelopmentRecordRead")


@_attrs_define
class DevelopmentRecordRead:
    """
    Attributes:
        id (int):
        employee_id (int):
        kind (DevelopmentKind):
        pairing_id (int):
        title (str):
        period_start (datetime.date):
        period_end (datetime.date):
        rating (int | None):
        closed_at (datetime.datetime | None):
    """

    id: int
    employee_id: int
    kind: DevelopmentKind
    pairing_id: int
    title: str
    period_start: datetime.date
    period_end: datetime.date
    rating: int | None
    closed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        employee_id = self.employee_id

        kind = self.kind.value

        pairing_id = self.pairing_id

        title = self.title

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        rating: int | None
        rating = self.rating

        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "employee_id": employee_id,
                "kind": kind,
                "pairing_id": pairing_id,
                "title": title,
                "period_start": period_start,
                "period_end": period_end,
                "rating": rating,
                "closed_at": closed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        employee_id = d.pop("employee_id")

        kind = DevelopmentKind(d.pop("kind"))

        pairing_id = d.pop("pairing_id")

        title = d.pop("title")

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)

                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))

        development_record_read = cls(
            id=id,
            employee_id=employee_id,
            kind=kind,
            pairing_id=pairing_id,
            title=title,
            period_start=period_start,
            period_end=period_end,
            rating=rating,
            closed_at=closed_at,
        )

        development_record_read.additional_properties = d
        return development_record_read

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
