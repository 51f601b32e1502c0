from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GrievanceSlaRow")


@_attrs_define
class GrievanceSlaRow:
    """
    Attributes:
        grievance_id (int):
        pairing_id (int):
        department (str):
        kind (str):
        status (str):
        raised_on (datetime.date):
        due_date (datetime.date):
        resolved_on (datetime.date | None):
        breached (bool):
    """

    grievance_id: int
    pairing_id: int
    department: str
    kind: str
    status: str
    raised_on: datetime.date
    due_date: datetime.date
    resolved_on: datetime.date | None
    breached: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grievance_id = self.grievance_id

        pairing_id = self.pairing_id

        department = self.department

        kind = self.kind

        status = self.status

        raised_on = self.raised_on.isoformat()

        due_date = self.due_date.isoformat()

        resolved_on: None | str
        if isinstance(self.resolved_on, datetime.date):
            resolved_on = self.resolved_on.isoformat()
        else:
            resolved_on = self.resolved_on

        breached = self.breached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grievance_id": grievance_id,
                "pairing_id": pairing_id,
                "department": department,
                "kind": kind,
                "status": status,
                "raised_on": raised_on,
                "due_date": due_date,
                "resolved_on": resolved_on,
                "breached": breached,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grievance_id = d.pop("grievance_id")

        pairing_id = d.pop("pairing_id")

        department = d.pop("department")

        kind = d.pop("kind")

        status = d.pop("status")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        def _parse_resolved_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_on_type_0 = datetime.date.fromisoformat(data)

                return resolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        resolved_on = _parse_resolved_on(d.pop("resolved_on"))

        breached = d.pop("breached")

        grievance_sla_row = cls(
            grievance_id=grievance_id,
            pairing_id=pairing_id,
            department=department,
            kind=kind,
            status=status,
            raised_on=raised_on,
            due_date=due_date,
            resolved_on=resolved_on,
            breached=breached,
        )

        grievance_sla_row.additional_properties = d
        return grievance_sla_row

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
