from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EvaluationRow")


@_attrs_define
class EvaluationRow:
    """
    Attributes:
        evaluation_id (int):
        pairing_id (int):
        department (str):
        evaluated_on (datetime.date):
        outcome (str):
        effectiveness (int):
        mentor_kra_rating (int):
        goals_met (int):
        goals_total (int):
        mean_skill_gain (float | None):
    """

    evaluation_id: int
    pairing_id: int
    department: str
    evaluated_on: datetime.date
    outcome: str
    effectiveness: int
    mentor_kra_rating: int
    goals_met: int
    goals_total: int
    mean_skill_gain: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_id = self.evaluation_id

        pairing_id = self.pairing_id

        department = self.department

        evaluated_on = self.evaluated_on.isoformat()

        outcome = self.outcome

        effectiveness = self.effectiveness

        mentor_kra_rating = self.mentor_kra_rating

        goals_met = self.goals_met

        goals_total = self.goals_total

        mean_skill_gain: float | None
        mean_skill_gain = self.mean_skill_gain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluation_id": evaluation_id,
                "pairing_id": pairing_id,
                "department": department,
                "evaluated_on": evaluated_on,
                "outcome": outcome,
                "effectiveness": effectiveness,
                "mentor_kra_rating": mentor_kra_rating,
                "goals_met": goals_met,
                "goals_total": goals_total,
                "mean_skill_gain": mean_skill_gain,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evaluation_id = d.pop("evaluation_id")

        pairing_id = d.pop("pairing_id")

        department = d.pop("department")

        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        outcome = d.pop("outcome")

        effectiveness = d.pop("effectiveness")

        mentor_kra_rating = d.pop("mentor_kra_rating")

        goals_met = d.pop("goals_met")

        goals_total = d.pop("goals_total")

        def _parse_mean_skill_gain(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        mean_skill_gain = _parse_mean_skill_gain(d.pop("mean_skill_gain"))

        evaluation_row = cls(
            evaluation_id=evaluation_id,
            pairing_id=pairing_id,
            department=department,
            evaluated_on=evaluated_on,
            outcome=outcome,
            effectiveness=effectiveness,
            mentor_kra_rating=mentor_kra_rating,
            goals_met=goals_met,
            goals_total=goals_total,
            mean_skill_gain=mean_skill_gain,
        )

        evaluation_row.additional_properties = d
        return evaluation_row

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
