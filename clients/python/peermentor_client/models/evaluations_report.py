from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_row import EvaluationRow


T = TypeVar("T", bound="EvaluationsReport")


@_attrs_define
class EvaluationsReport:
    """
    Attributes:
        generated_on (datetime.date):
        count (int):
        mean_effectiveness (float | None):
        completed (int):
        extended (int):
        items (list[EvaluationRow]):
    """

    generated_on: datetime.date
    count: int
    mean_effectiveness: float | None
    completed: int
    extended: int
    items: list[EvaluationRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_on = self.generated_on.isoformat()

        count = self.count

        mean_effectiveness: float | None
        mean_effectiveness = self.mean_effectiveness

        completed = self.completed

        extended = self.extended

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_on": generated_on,
                "count": count,
                "mean_effectiveness": mean_effectiveness,
                "completed": completed,
                "extended": extended,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_row import EvaluationRow  # noqa: PLC0415

        d = dict(src_dict)
        generated_on = datetime.date.fromisoformat(d.pop("generated_on"))

        count = d.pop("count")

        def _parse_mean_effectiveness(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_effectiveness = _parse_mean_effectiveness(d.pop("mean_effectiveness"))

        completed = d.pop("completed")

        extended = d.pop("extended")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EvaluationRow.from_dict(items_item_data)

            items.append(items_item)

        evaluations_report = cls(
            generated_on=generated_on,
            count=count,
            mean_effectiveness=mean_effectiveness,
            completed=completed,
            extended=extended,
            items=items,
        )

        evaluations_report.additional_properties = d
        return evaluations_report

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
