from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PairingUpdate")


@_attrs_define
class PairingUpdate:
    """While proposed: changing the terms clears the acknowledgements given so far.

    Attributes:
        goals (list[str] | None | Unset):
        meeting_cadence (None | str | Unset):
        start_date (datetime.date | None | Unset):
    """

    goals: list[str] | None | Unset = UNSET
    meeting_cadence: None | str | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        goals: list[str] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = self.goals

        else:
            goals = self.goals

        meeting_cadence: None | str | Unset
        if isinstance(self.meeting_cadence, Unset):
            meeting_cadence = UNSET
        else:
            meeting_cadence = self.meeting_cadence

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if goals is not UNSET:
            field_dict["goals"] = goals
        if meeting_cadence is not UNSET:
            field_dict["meeting_cadence"] = meeting_cadence
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

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

        def _parse_meeting_cadence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meeting_cadence = _parse_meeting_cadence(d.pop("meeting_cadence", UNSET))

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        pairing_update = cls(
            goals=goals,
            meeting_cadence=meeting_cadence,
            start_date=start_date,
        )

        return pairing_update
