from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GoalResult")


@_attrs_define
class GoalResult:
    """
    Attributes:
        goal (str):
        met (bool):
    """

    goal: str
    met: bool

    def to_dict(self) -> dict[str, Any]:
        goal = self.goal

        met = self.met

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "goal": goal,
                "met": met,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        goal = d.pop("goal")

        met = d.pop("met")

        goal_result = cls(
            goal=goal,
            met=met,
        )

        return goal_result
