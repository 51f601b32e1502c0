from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.evaluation_outcome import EvaluationOutcome
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.goal_result import GoalResult
    from ..models.skill_rating import SkillRating


T = TypeVar("T", bound="EvaluationCreate")


@_attrs_define
class EvaluationCreate:
    """
    Attributes:
        goals (list[GoalResult]):
        skill_ratings (list[SkillRating]):
        effectiveness (int):
        mentor_kra_rating (int):
        outcome (EvaluationOutcome): What HR decided: `complete` ends the pairing, `extend` moves its evaluation date.
        evaluated_on (datetime.date | None | Unset): Defaults to today.
        extend_months (int | None | Unset):
        summary (None | str | Unset):
        early (bool | Unset): Required before 80% of the period. Default: False.
        early_reason (None | str | Unset):
    """

    goals: list[GoalResult]
    skill_ratings: list[SkillRating]
    effectiveness: int
    mentor_kra_rating: int
    outcome: EvaluationOutcome
    evaluated_on: datetime.date | None | Unset = UNSET
    extend_months: int | None | Unset = UNSET
    summary: None | str | Unset = UNSET
    early: bool | Unset = False
    early_reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goals = []
        for goals_item_data in self.goals:
            goals_item = goals_item_data.to_dict()
            goals.append(goals_item)

        skill_ratings = []
        for skill_ratings_item_data in self.skill_ratings:
            skill_ratings_item = skill_ratings_item_data.to_dict()
            skill_ratings.append(skill_ratings_item)

        effectiveness = self.effectiveness

        mentor_kra_rating = self.mentor_kra_rating

        outcome = self.outcome.value

        evaluated_on: None | str | Unset
        if isinstance(self.evaluated_on, Unset):
            evaluated_on = UNSET
        elif isinstance(self.evaluated_on, datetime.date):
            evaluated_on = self.evaluated_on.isoformat()
        else:
            evaluated_on = self.evaluated_on

        extend_months: int | None | Unset
        if isinstance(self.extend_months, Unset):
            extend_months = UNSET
        else:
            extend_months = self.extend_months

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        early = self.early

        early_reason: None | str | Unset
        if isinstance(self.early_reason, Unset):
            early_reason = UNSET
        else:
            early_reason = self.early_reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goals": goals,
                "skill_ratings": skill_ratings,
                "effectiveness": effectiveness,
                "mentor_kra_rating": mentor_kra_rating,
                "outcome": outcome,
            }
        )
        if evaluated_on is not UNSET:
            field_dict["evaluated_on"] = evaluated_on
        if extend_months is not UNSET:
            field_dict["extend_months"] = extend_months
        if summary is not UNSET:
            field_dict["summary"] = summary
        if early is not UNSET:
            field_dict["early"] = early
        if early_reason is not UNSET:
            field_dict["early_reason"] = early_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.goal_result import GoalResult  # noqa: PLC0415
        from ..models.skill_rating import SkillRating  # noqa: PLC0415

        d = dict(src_dict)
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

        mentor_kra_rating = d.pop("mentor_kra_rating")

        outcome = EvaluationOutcome(d.pop("outcome"))

        def _parse_evaluated_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluated_on_type_0 = datetime.date.fromisoformat(data)

                return evaluated_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        evaluated_on = _parse_evaluated_on(d.pop("evaluated_on", UNSET))

        def _parse_extend_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        extend_months = _parse_extend_months(d.pop("extend_months", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        early = d.pop("early", UNSET)

        def _parse_early_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        early_reason = _parse_early_reason(d.pop("early_reason", UNSET))

        evaluation_create = cls(
            goals=goals,
            skill_ratings=skill_ratings,
            effectiveness=effectiveness,
            mentor_kra_rating=mentor_kra_rating,
            outcome=outcome,
            evaluated_on=evaluated_on,
            extend_months=extend_months,
            summary=summary,
            early=early,
            early_reason=early_reason,
        )

        return evaluation_create
