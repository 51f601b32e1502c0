from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.grievance_sla_row import GrievanceSlaRow


T = TypeVar("T", bound="GrievanceSla")


@_attrs_define
class GrievanceSla:
    """
    Attributes:
        generated_on (datetime.date):
        total (int):
        open_ (int):
        breached (int):
        closed (int):
        closed_on_time (int):
        compliance_pct (float | None):
        items (list[GrievanceSlaRow]):
    """

    generated_on: datetime.date
    total: int
    open_: int
    breached: int
    closed: int
    closed_on_time: int
    compliance_pct: float | None
    items: list[GrievanceSlaRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_on = self.generated_on.isoformat()

        total = self.total

        open_ = self.open_

        breached = self.breached

        closed = self.closed

        closed_on_time = self.closed_on_time

        compliance_pct: float | None
        compliance_pct = self.compliance_pct

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generated_on": generated_on,
                "total": total,
                "open": open_,
                "breached": breached,
                "closed": closed,
                "closed_on_time": closed_on_time,
                "compliance_pct": compliance_pct,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grievance_sla_row import GrievanceSlaRow  # noqa: PLC0415

        d = dict(src_dict)
        generated_on = datetime.date.fromisoformat(d.pop("generated_on"))

        total = d.pop("total")

        open_ = d.pop("open")

        breached = d.pop("breached")

        closed = d.pop("closed")

        closed_on_time = d.pop("closed_on_time")

        def _parse_compliance_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        compliance_pct = _parse_compliance_pct(d.pop("compliance_pct"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = GrievanceSlaRow.from_dict(items_item_data)

            items.append(items_item)

        grievance_sla = cls(
            generated_on=generated_on,
            total=total,
            open_=open_,
            breached=breached,
            closed=closed,
            closed_on_time=closed_on_time,
            compliance_pct=compliance_pct,
            items=items,
        )

        grievance_sla.additional_properties = d
        return grievance_sla

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
