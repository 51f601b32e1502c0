from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SkillLevel")


@_attrs_define
class SkillLevel:
    """
    Attributes:
        skill (str):
        level (int):
    """

    skill: str
    level: int

    def to_dict(self) -> dict[str, Any]:
        skill = self.skill

        level = self.level

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "skill": skill,
                "level": level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        skill = d.pop("skill")

        level = d.pop("level")

        skill_level = cls(
            skill=skill,
            level=level,
        )

        return skill_level
