from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MatchingRunPropose")


@_attrs_define
class MatchingRunPropose:
    """
    Attributes:
        start_date (datetime.date):
        meeting_cadence (str):
        request_ids (list[int] | None | Unset): The proposals to make pairings of; left out, all of them.
        goals (list[str] | None | Unset): Left out, one goal per improvement area of each request.
    """

    start_date: datetime.date
    meeting_cadence: str
    request_ids: list[int] | None | Unset = UNSET
    goals: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        meeting_cadence = self.meeting_cadence

        request_ids: list[int] | None | Unset
        if isinstance(self.request_ids, Unset):
            request_ids = UNSET
        elif isinstance(self.request_ids, list):
            request_ids = self.request_ids

        else:
            request_ids = self.request_ids

        goals: list[str] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = self.goals

        else:
            goals = self.goals

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "start_date": start_date,
                "meeting_cadence": meeting_cadence,
            }
        )
        if request_ids is not UNSET:
            field_dict["request_ids"] = request_ids
        if goals is not UNSET:
            field_dict["goals"] = goals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        meeting_cadence = d.pop("meeting_cadence")

        def _parse_request_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_ids_type_0 = cast(list[int], data)

                return request_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        request_ids = _parse_request_ids(d.pop("request_ids", UNSET))

        def _parse_goals(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                goals_type_0 = cast(list[str], data)

                return goals_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        goals = _parse_goals(d.pop("goals", UNSET))

        matching_run_propose = cls(
            start_date=start_date,
            meeting_cadence=meeting_cadence,
            request_ids=request_ids,
            goals=goals,
        )

        return matching_run_propose
