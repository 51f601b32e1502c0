from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MatchingProposal")


@_attrs_define
class MatchingProposal:
    """
    Attributes:
        request_id (int):
        mentee_id (int):
        mentor_id (int):
        score (float): The suggestion score: share of the areas covered, 0-100.
        covered_skills (list[str]):
        missing_skills (list[str]):
    """

    request_id: int
    mentee_id: int
    mentor_id: int
    score: float
    covered_skills: list[str]
    missing_skills: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        mentee_id = self.mentee_id

        mentor_id = self.mentor_id

        score = self.score

        covered_skills = self.covered_skills

        missing_skills = self.missing_skills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "mentee_id": mentee_id,
                "mentor_id": mentor_id,
                "score": score,
                "covered_skills": covered_skills,
                "missing_skills": missing_skills,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        mentee_id = d.pop("mentee_id")

        mentor_id = d.pop("mentor_id")

        score = d.pop("score")

        covered_skills = cast(list[str], d.pop("covered_skills"))

        missing_skills = cast(list[str], d.pop("missing_skills"))

        matching_proposal = cls(
            request_id=request_id,
            mentee_id=mentee_id,
            mentor_id=mentor_id,
            score=score,
            covered_skills=covered_skills,
            missing_skills=missing_skills,
        )

        matching_proposal.additional_properties = d
        return matching_proposal

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
