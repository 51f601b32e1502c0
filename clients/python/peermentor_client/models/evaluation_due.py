from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_summary import PersonSummary


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
        mentor (None | PersonSummary | Unset):
        mentee (None | PersonSummary | Unset):
    """

    pairing_id: int
    mentor_id: int
    mentee_id: int
    evaluation_due_date: datetime.date
    days_overdue: int
    mentor: None | PersonSummary | Unset = UNSET
    mentee: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        pairing_id = self.pairing_id

        mentor_id = self.mentor_id

        mentee_id = self.mentee_id

        evaluation_due_date = self.evaluation_due_date.isoformat()

        days_overdue = self.days_overdue

        mentor: dict[str, Any] | None | Unset
        if isinstance(self.mentor, Unset):
            mentor = UNSET
        elif isinstance(self.mentor, PersonSummary):
            mentor = self.mentor.to_dict()
        else:
            mentor = self.mentor

        mentee: dict[str, Any] | None | Unset
        if isinstance(self.mentee, Unset):
            mentee = UNSET
        elif isinstance(self.mentee, PersonSummary):
            mentee = self.mentee.to_dict()
        else:
            mentee = self.mentee

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
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if mentee is not UNSET:
            field_dict["mentee"] = mentee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        d = dict(src_dict)
        pairing_id = d.pop("pairing_id")

        mentor_id = d.pop("mentor_id")

        mentee_id = d.pop("mentee_id")

        evaluation_due_date = datetime.date.fromisoformat(d.pop("evaluation_due_date"))

        days_overdue = d.pop("days_overdue")

        def _parse_mentor(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentor_type_0 = PersonSummary.from_dict(data)

                return mentor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        mentor = _parse_mentor(d.pop("mentor", UNSET))

        def _parse_mentee(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentee_type_0 = PersonSummary.from_dict(data)

                return mentee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        mentee = _parse_mentee(d.pop("mentee", UNSET))

        evaluation_due = cls(
            pairing_id=pairing_id,
            mentor_id=mentor_id,
            mentee_id=mentee_id,
            evaluation_due_date=evaluation_due_date,
            days_overdue=days_overdue,
            mentor=mentor,
            mentee=mentee,
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
