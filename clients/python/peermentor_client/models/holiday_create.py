from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HolidayCreate")


@_attrs_define
class HolidayCreate:
    """
    Attributes:
        date (datetime.date):
        name (str):
    """

    date: datetime.date
    name: str

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "date": date,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        name = d.pop("name")

        holiday_create = cls(
            date=date,
            name=name,
        )

        return holiday_create
