from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OverdueReview")


@_attrs_define
class OverdueReview:
    """
    Attributes:
        review_id (int):
        pairing_id (int):
        sequence (int):
        due_date (datetime.date):
        days_overdue (int):
        department (str):
        mentor_id (int):
        mentor (str):
        mentee_id (int):
        mentee (str):
        team_leader_id (int | None):
        mentor_form (bool):
        mentee_form (bool):
    """

    review_id: int
    pairing_id: int
    sequence: int
    due_date: datetime.date
    days_overdue: int
    department: str
    mentor_id: int
    mentor: str
    mentee_id: int
    mentee: str
    team_leader_id: int | None
    mentor_form: bool
    mentee_form: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        review_id = self.review_id

        pairing_id = self.pairing_id

        sequence = self.sequence

        due_date = self.due_date.isoformat()

        days_overdue = self.days_overdue

        department = self.department

        mentor_id = self.mentor_id

        mentor = self.mentor

        mentee_id = self.mentee_id

        mentee = self.mentee

        team_leader_id: int | None
        team_leader_id = self.team_leader_id

        mentor_form = self.mentor_form

        mentee_form = self.mentee_form

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "review_id": review_id,
                "pairing_id": pairing_id,
                "sequence": sequence,
                "due_date": due_date,
                "days_overdue": days_overdue,
                "department": department,
                "mentor_id": mentor_id,
                "mentor": mentor,
                "mentee_id": mentee_id,
                "mentee": mentee,
                "team_leader_id": team_leader_id,
                "mentor_form": mentor_form,
                "mentee_form": mentee_form,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        review_id = d.pop("review_id")

        pairing_id = d.pop("pairing_id")

        sequence = d.pop("sequence")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        days_overdue = d.pop("days_overdue")

        department = d.pop("department")

        mentor_id = d.pop("mentor_id")

        mentor = d.pop("mentor")

        mentee_id = d.pop("mentee_id")

        mentee = d.pop("mentee")

        def _parse_team_leader_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_leader_id = _parse_team_leader_id(d.pop("team_leader_id"))

        mentor_form = d.pop("mentor_form")

        mentee_form = d.pop("mentee_form")

        overdue_review = cls(
            review_id=review_id,
            pairing_id=pairing_id,
            sequence=sequence,
            due_date=due_date,
            days_overdue=days_overdue,
            department=department,
            mentor_id=mentor_id,
            mentor=mentor,
            mentee_id=mentee_id,
            mentee=mentee,
            team_leader_id=team_leader_id,
            mentor_form=mentor_form,
            mentee_form=mentee_form,
        )

        overdue_review.additional_properties = d
        return overdue_review

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
