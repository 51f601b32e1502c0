from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrainingRow")


@_attrs_define
class TrainingRow:
    """
    Attributes:
        pairing_id (int):
        department (str):
        status (str):
        mentor_id (int):
        mentor (str):
        mentee_id (int):
        mentee (str):
        sessions (int):
        confirmed_sessions (int):
        hours (float):
        last_session (datetime.date | None):
    """

    pairing_id: int
    department: str
    status: str
    mentor_id: int
    mentor: str
    mentee_id: int
    mentee: str
    sessions: int
    confirmed_sessions: int
    hours: float
    last_session: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pairing_id = self.pairing_id

        department = self.department

        status = self.status

        mentor_id = self.mentor_id

        mentor = self.mentor

        mentee_id = self.mentee_id

        mentee = self.mentee

        sessions = self.sessions

        confirmed_sessions = self.confirmed_sessions

        hours = self.hours

        last_session: None | str
        if isinstance(self.last_session, datetime.date):
            last_session = self.last_session.isoformat()
        else:
            last_session = self.last_session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pairing_id": pairing_id,
                "department": department,
                "status": status,
                "mentor_id": mentor_id,
                "mentor": mentor,
                "mentee_id": mentee_id,
                "mentee": mentee,
                "sessions": sessions,
                "confirmed_sessions": confirmed_sessions,
                "hours": hours,
                "last_session": last_session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pairing_id = d.pop("pairing_id")

        department = d.pop("department")

        status = d.pop("status")

        mentor_id = d.pop("mentor_id")

        mentor = d.pop("mentor")

        mentee_id = d.pop("mentee_id")

        mentee = d.pop("mentee")

        sessions = d.pop("sessions")

        confirmed_sessions = d.pop("confirmed_sessions")

        hours = d.pop("hours")

        def _parse_last_session(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_session_type_0 = datetime.date.fromisoformat(data)

                return last_session_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        last_session = _parse_last_session(d.pop("last_session"))

        training_row = cls(
            pairing_id=pairing_id,
            department=department,
            status=status,
            mentor_id=mentor_id,
            mentor=mentor,
            mentee_id=mentee_id,
            mentee=mentee,
            sessions=sessions,
            confirmed_sessions=confirmed_sessions,
            hours=hours,
            last_session=last_session,
        )

        training_row.additional_properties = d
        return training_row

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
