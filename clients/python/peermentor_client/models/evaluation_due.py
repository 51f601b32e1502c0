from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationDue")


@_attrs_define
class EvaluationDue:
    """
    Attributes:
        pairing_id (int):
        mentor_id (int):
        mentee_id (int):
        evaluation_due_date (datetime.date):
        days_overdue (int): 0 when due today.
    """

    pairing_id: int
    mentor_id: int
    mentee_id: int
    evaluation_due_date: datetime.date
    days_overdue: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pairing_id = self.pairing_id

        mentor_id = self.mentor_id

        mentee_id = self.mentee_id

        evaluation_due_date = self.evaluation_due_date.isoformat()

        days_overdue = self.days_overdue

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pairing_id": pairing_id,
                "mentor_id": mentor_id,
                "mentee_id": mentee_id,
                "evaluation_due_date": evaluation_due_date,
                "days_overdue": days_overdue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pairing_id = d.pop("pairing_id")

        mentor_id = d.pop("mentor_id")

        mentee_id = d.pop("mentee_id")

        evaluation_due_date = datetime.date.fromisoformat(d.pop("evaluation_due_date"))

        days_overdue = d.pop("days_overdue")

        evaluation_due = cls(
            pairing_id=pairing_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            evaluation_due_date=evaluation_due_date,
            days_overdue=days_overdue,
        )

        evaluation_due.additional_properties = d
        return evaluation_due

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
