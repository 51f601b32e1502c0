from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SkillRating")


@_attrs_define
class SkillRating:
    """
    Attributes:
        skill (str):
        before (int):
        after (int):
    """

    skill: str
    before: int
    after: int

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        before = self.before

        after = self.after

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "skill": skill,
                "before": before,
                "after": after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill")

        before = d.pop("before")

        after = d.pop("after")

        skill_rating = cls(
            skill=skill,
            before=before,
            after=after,
        )

        return skill_rating
