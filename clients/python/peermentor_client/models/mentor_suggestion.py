from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mentor_suggestion_reasons_item import MentorSuggestionReasonsItem

T = TypeVar("T", bound="MentorSuggestion")


@_attrs_define
class MentorSuggestion:
    """
    Attributes:
        mentor_id (int):
        full_name (str):
        job_title (None | str):
        score (float): Share of the improvement areas the mentor covers, 0-100.
        covered_skills (list[str]):
        missing_skills (list[str]):
        depth (float): Mean proficiency (0-5) over the improvement areas.
        latest_rating (int | None):
        spare_capacity (int):
        eligible (bool):
        reasons (list[MentorSuggestionReasonsItem]):
    """

    mentor_id: int
    full_name: str
    job_title: None | str
    score: float
    covered_skills: list[str]
    missing_skills: list[str]
    depth: float
    latest_rating: int | None
    spare_capacity: int
    eligible: bool
    reasons: list[MentorSuggestionReasonsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mentor_id = self.mentor_id

        full_name = self.full_name

        job_title: None | str
        job_title = self.job_title

        score = self.score

        covered_skills = self.covered_skills

        missing_skills = self.missing_skills

        depth = self.depth

        latest_rating: int | None
        latest_rating = self.latest_rating

        spare_capacity = self.spare_capacity

        eligible = self.eligible

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mentor_id": mentor_id,
                "full_name": full_name,
                "job_title": job_title,
                "score": score,
                "covered_skills": covered_skills,
                "missing_skills": missing_skills,
                "depth": depth,
                "latest_rating": latest_rating,
                "spare_capacity": spare_capacity,
                "eligible": eligible,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mentor_id = d.pop("mentor_id")

        full_name = d.pop("full_name")

        def _parse_job_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        job_title = _parse_job_title(d.pop("job_title"))

        score = d.pop("score")

        covered_skills = cast(list[str], d.pop("covered_skills"))

        missing_skills = cast(list[str], d.pop("missing_skills"))

        depth = d.pop("depth")

        def _parse_latest_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latest_rating = _parse_latest_rating(d.pop("latest_rating"))

        spare_capacity = d.pop("spare_capacity")

        eligible = d.pop("eligible")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = MentorSuggestionReasonsItem(reasons_item_data)

            reasons.append(reasons_item)

        mentor_suggestion = cls(
            mentor_id=mentor_id,
            full_name=full_name,
            job_title=job_title,
            score=score,
            covered_skills=covered_skills,
            missing_skills=missing_skills,
            depth=depth,
            latest_rating=latest_rating,
            spare_capacity=spare_capacity,
            eligible=eligible,
            reasons=reasons,
        )

        mentor_suggestion.additional_properties = d
        return mentor_suggestion

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
