from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.training_role import TrainingRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleTrainingCreate")


@_attrs_define
class RoleTrainingCreate:
    """Mentor training or mentee orientation, recorded by HR; it counts once recorded.

    Attributes:
        kind (Literal['role_training']):
        employee_id (int): The trainee.
        role (TrainingRole): What role training prepares for: mentor training or mentee orientation.
        title (str):
        date (datetime.date):
        duration_minutes (int):
        pairing_id (int | None | Unset): The pairing this training prepares; the trainee must be its mentor or mentee as
            `role` says.
        provider (None | str | Unset):
        trainer_id (int | None | Unset):
        topics (list[str] | Unset): What was covered.
        skills (list[str] | Unset): Skills worked on.
        notes (None | str | Unset):
    """

    kind: Literal["role_training"]
    employee_id: int
    role: TrainingRole
    title: str
    date: datetime.date
    duration_minutes: int
    pairing_id: int | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    trainer_id: int | None | Unset = UNSET
    topics: list[str] | Unset = UNSET
    skills: list[str] | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        employee_id = self.employee_id

        role = self.role.value

        title = self.title

        date = self.date.isoformat()

        duration_minutes = self.duration_minutes

        pairing_id: int | None | Unset
        if isinstance(self.pairing_id, Unset):
            pairing_id = UNSET
        else:
            pairing_id = self.pairing_id

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        trainer_id: int | None | Unset
        if isinstance(self.trainer_id, Unset):
            trainer_id = UNSET
        else:
            trainer_id = self.trainer_id

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
                "employee_id": employee_id,
                "role": role,
                "title": title,
                "date": date,
                "duration_minutes": duration_minutes,
            }
        )
        if pairing_id is not UNSET:
            field_dict["pairing_id"] = pairing_id
        if provider is not UNSET:
            field_dict["provider"] = provider
        if trainer_id is not UNSET:
            field_dict["trainer_id"] = trainer_id
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
        kind = cast(Literal["role_training"], d.pop("kind"))
        if kind != "role_training":
            raise ValueError(f"kind must match const 'role_training', got '{kind}'")

        employee_id = d.pop("employee_id")

        role = TrainingRole(d.pop("role"))

        title = d.pop("title")

        date = datetime.date.fromisoformat(d.pop("date"))

        duration_minutes = d.pop("duration_minutes")

        def _parse_pairing_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pairing_id = _parse_pairing_id(d.pop("pairing_id", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_trainer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        trainer_id = _parse_trainer_id(d.pop("trainer_id", UNSET))

        topics = cast(list[str], d.pop("topics", UNSET))

        skills = cast(list[str], d.pop("skills", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        role_training_create = cls(
            kind=kind,
            employee_id=employee_id,
            role=role,
            title=title,
            date=date,
            duration_minutes=duration_minutes,
            pairing_id=pairing_id,
            provider=provider,
            trainer_id=trainer_id,
            topics=topics,
            skills=skills,
            notes=notes,
        )

        return role_training_create
