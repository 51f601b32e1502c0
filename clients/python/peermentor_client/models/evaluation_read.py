from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_outcome import EvaluationOutcome

if TYPE_CHECKING:
    from ..models.goal_result import GoalResult
    from ..models.skill_rating import SkillRating


T = TypeVar("T", bound="EvaluationRead")


@_attrs_define
class EvaluationRead:
    """
    Attributes:
        id (int):
        pairing_id (int):
        evaluated_on (datetime.date):
        goals (list[GoalResult]):
        skill_ratings (list[SkillRating]):
        effectiveness (int):
        mentor_kra_rating (int | None): Hidden (null) from the mentee.
        outcome (EvaluationOutcome): What HR decided: `complete` ends the pairing, `extend` moves its evaluation date.
        extend_months (int | None):
        summary (None | str):
        early (bool):
        early_reason (None | str):
        due_date (datetime.date): The evaluation date this evaluation answered.
        created_at (datetime.datetime):
        allowed_actions (list[str]): What the caller may do now with this evaluation: always empty, a recorded
            evaluation is final (it is neither changed nor withdrawn; an extension is a new evaluation at the new date). The
            pairing's own `allowed_actions` lists `evaluate`.
    """

    id: int
    pairing_id: int
    evaluated_on: datetime.date
    goals: list[GoalResult]
    skill_ratings: list[SkillRating]
    effectiveness: int
    mentor_kra_rating: int | None
    outcome: EvaluationOutcome
    extend_months: int | None
    summary: None | str
    early: bool
    early_reason: None | str
    due_date: datetime.date
    created_at: datetime.datetime
    allowed_actions: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pairing_id = self.pairing_id

        evaluated_on = self.evaluated_on.isoformat()

        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        skill_ratings = []
        for skill_ratings_item_data in self.skill_ratings:
            skill_ratings_item = skill_ratings_item_data.to_dict()
            skill_ratings.append(skill_ratings_item)

        effectiveness = self.effectiveness

        mentor_kra_rating: int | None
        mentor_kra_rating = self.mentor_kra_rating

        outcome = self.outcome.value

        extend_months: int | None
        extend_months = self.extend_months

        summary: None | str
        summary = self.summary

        early = self.early

        early_reason: None | str
        early_reason = self.early_reason

        due_date = self.due_date.isoformat()

        created_at = self.created_at.isoformat()

        allowed_actions = self.allowed_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pairing_id": pairing_id,
                "evaluated_on": evaluated_on,
                "goals": goals,
                "skill_ratings": skill_ratings,
                "effectiveness": effectiveness,
                "mentor_kra_rating": mentor_kra_rating,
                "outcome": outcome,
                "extend_months": extend_months,
                "summary": summary,
                "early": early,
                "early_reason": early_reason,
                "due_date": due_date,
                "created_at": created_at,
                "allowed_actions": allowed_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goal_result import GoalResult  # noqa: PLC0415
        from ..models.skill_rating import SkillRating  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        pairing_id = d.pop("pairing_id")

        evaluated_on = datetime.date.fromisoformat(d.pop("evaluated_on"))

        goals = []
        _goals = d.pop("goals")
        for goals_item_data in _goals:
            goals_item = GoalResult.from_dict(goals_item_data)

            goals.append(goals_item)

        skill_ratings = []
        _skill_ratings = d.pop("skill_ratings")
        for skill_ratings_item_data in _skill_ratings:
            skill_ratings_item = SkillRating.from_dict(skill_ratings_item_data)

            skill_ratings.append(skill_ratings_item)

        effectiveness = d.pop("effectiveness")

        def _parse_mentor_kra_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        mentor_kra_rating = _parse_mentor_kra_rating(d.pop("mentor_kra_rating"))

        outcome = EvaluationOutcome(d.pop("outcome"))

        def _parse_extend_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        extend_months = _parse_extend_months(d.pop("extend_months"))

        def _parse_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        summary = _parse_summary(d.pop("summary"))

        early = d.pop("early")

        def _parse_early_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        early_reason = _parse_early_reason(d.pop("early_reason"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        evaluation_read = cls(
            id=id,
            pairing_id=pairing_id,
            evaluated_on=evaluated_on,
            goals=goals,
            skill_ratings=skill_ratings,
            effectiveness=effectiveness,
            mentor_kra_rating=mentor_kra_rating,
            outcome=outcome,
            extend_months=extend_months,
            summary=summary,
            early=early,
            early_reason=early_reason,
            due_date=due_date,
            created_at=created_at,
            allowed_actions=allowed_actions,
        )

        evaluation_read.additional_properties = d
        return evaluation_read

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
