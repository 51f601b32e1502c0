from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.month_figures import MonthFigures


T = TypeVar("T", bound="MonthlyReport")


@_attrs_define
class MonthlyReport:
    """
    Attributes:
        generated_on (datetime.date):
        date_from (datetime.date): The first day reported.
        date_to (datetime.date): The last day reported.
        items (list[MonthFigures]): One row per month, oldest first.
    """

    generated_on: datetime.date
    date_from: datetime.date
    date_to: datetime.date
    items: list[MonthFigures]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_on = self.generated_on.isoformat()

        date_from = self.date_from.isoformat()

        date_to = self.date_to.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_on": generated_on,
                "date_from": date_from,
                "date_to": date_to,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.month_figures import MonthFigures  # noqa: PLC0415

        d = dict(src_dict)
        generated_on = datetime.date.fromisoformat(d.pop("generated_on"))

        date_from = datetime.date.fromisoformat(d.pop("date_from"))

        date_to = datetime.date.fromisoformat(d.pop("date_to"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = MonthFigures.from_dict(items_item_data)

            items.append(items_item)

        monthly_report = cls(
            generated_on=generated_on,
            date_from=date_from,
            date_to=date_to,
            items=items,
        )

        monthly_report.additional_properties = d
        return monthly_report

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
