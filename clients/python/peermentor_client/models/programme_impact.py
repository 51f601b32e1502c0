from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.impact_figure import ImpactFigure


T = TypeVar("T", bound="ProgrammeImpact")


@_attrs_define
class ProgrammeImpact:
    """
    Attributes:
        generated_on (datetime.date):
        min_sample (int): The programme setting `impact_min_sample`.
        confidence_level (float):
        method (str): The report's method in plain words.
        items (list[ImpactFigure]):
    """

    generated_on: datetime.date
    min_sample: int
    confidence_level: float
    method: str
    items: list[ImpactFigure]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_on = self.generated_on.isoformat()

        min_sample = self.min_sample

        confidence_level = self.confidence_level

        method = self.method

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_on": generated_on,
                "min_sample": min_sample,
                "confidence_level": confidence_level,
                "method": method,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.impact_figure import ImpactFigure  # noqa: PLC0415

        d = dict(src_dict)
        generated_on = datetime.date.fromisoformat(d.pop("generated_on"))

        min_sample = d.pop("min_sample")

        confidence_level = d.pop("confidence_level")

        method = d.pop("method")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ImpactFigure.from_dict(items_item_data)

            items.append(items_item)

        programme_impact = cls(
            generated_on=generated_on,
            min_sample=min_sample,
            confidence_level=confidence_level,
            method=method,
            items=items,
        )

        programme_impact.additional_properties = d
        return programme_impact

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
