from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PeerSessionCreate")


@_attrs_define
class PeerSessionCreate:
    """A peer-to-peer session of an active pairing, recorded by the mentor (or HR).

    Attributes:
        kind (Literal['peer_session']):
        pairing_id (int):
        date (datetime.date):
        duration_minutes (int):
        employee_id (int | None | Unset): The trainee: the pairing's mentee (derived when left out).
        trainer_id (int | None | Unset): The trainer: the pairing's mentor (derived when left out).
        role (None | Unset): Only for role training: leave it out.
        title (str | Unset):  Default: 'Peer mentoring session'.
        topics (list[str] | Unset): What was covered.
        skills (list[str] | Unset): Skills worked on.
        notes (None | str | Unset):
    """

    kind: Literal["peer_session"]
    pairing_id: int
    date: datetime.date
    duration_minutes: int
    employee_id: int | None | Unset = UNSET
    trainer_id: int | None | Unset = UNSET
    role: None | Unset = UNSET
    title: str | Unset = "Peer mentoring session"
    topics: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        pairing_id = self.pairing_id

        date = self.date.isoformat()

        duration_minutes = self.duration_minutes

        employee_id: int | None | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = self.employee_id

        trainer_id: int | None | Unset
        if isinstance(self.trainer_id, Unset):
            trainer_id = UNSET
        else:
            trainer_id = self.trainer_id

        role = self.role

        title = self.title

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

        skills: list[str] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = self.skills

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "pairing_id": pairing_id,
                "date": date,
                "duration_minutes": duration_minutes,
            }
        )
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if trainer_id is not UNSET:
            field_dict["trainer_id"] = trainer_id
        if role is not UNSET:
            field_dict["role"] = role
        if title is not UNSET:
            field_dict["title"] = title
        if topics is not UNSET:
            field_dict["topics"] = topics
        if skills is not UNSET:
            field_dict["skills"] = skills
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = cast(Literal["peer_session"], d.pop("kind"))
        if kind != "peer_session":
            raise ValueError(f"kind must match const 'peer_session', got '{kind}'")

        pairing_id = d.pop("pairing_id")

        date = datetime.date.fromisoformat(d.pop("date"))

        duration_minutes = d.pop("duration_minutes")

        def _parse_employee_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        def _parse_trainer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trainer_id = _parse_trainer_id(d.pop("trainer_id", UNSET))

        role = d.pop("role", UNSET)

        title = d.pop("title", UNSET)

        topics = cast(list[str], d.pop("topics", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        peer_session_create = cls(
            kind=kind,
            pairing_id=pairing_id,
            date=date,
            duration_minutes=duration_minutes,
            employee_id=employee_id,
            trainer_id=trainer_id,
            role=role,
            title=title,
            topics=topics,
            skills=skills,
            notes=notes,
        )

        return peer_session_create
