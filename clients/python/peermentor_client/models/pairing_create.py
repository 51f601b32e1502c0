from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PairingCreate")


@_attrs_define
class PairingCreate:
    """
    Attributes:
        request_id (int):
        mentor_id (int):
        goals (list[str]):
        meeting_cadence (str):
        start_date (datetime.date):
    """

    request_id: int
    mentor_id: int
    goals: list[str]
    meeting_cadence: str
    start_date: datetime.date

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        mentor_id = self.mentor_id

        goals = self.goals

        meeting_cadence = self.meeting_cadence

        start_date = self.start_date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "request_id": request_id,
                "mentor_id": mentor_id,
                "goals": goals,
                "meeting_cadence": meeting_cadence,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        mentor_id = d.pop("mentor_id")

        goals = cast(list[str], d.pop("goals"))

        meeting_cadence = d.pop("meeting_cadence")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        pairing_create = cls(
            request_id=request_id,
            mentor_id=mentor_id,
            goals=goals,
            meeting_cadence=meeting_cadence,
            start_date=start_date,
        )

        return pairing_create
