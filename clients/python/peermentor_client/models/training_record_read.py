from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.training_kind import TrainingKind
from ..models.training_role import TrainingRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_summary import PersonSummary


T = TypeVar("T", bound="TrainingRecordRead")


@_attrs_define
class TrainingRecordRead:
    """
    Attributes:
        id (int):
        kind (TrainingKind):
        employee_id (int):
        trainer_id (int | None):
        pairing_id (int | None):
        role (None | TrainingRole):
        title (str):
        provider (None | str):
        date (datetime.date):
        duration_minutes (int):
        topics (list[str]):
        skills (list[str]):
        notes (None | str):
        confirmed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        allowed_actions (list[str]): What the caller may do to the record now: `confirm` (`POST .../confirm`: the
            trainee, while it is unconfirmed).
        employee (None | PersonSummary | Unset): The trainee by name (on reads: the list and one record).
        trainer (None | PersonSummary | Unset): The trainer by name, when one is recorded (on reads).
    """

    id: int
    kind: TrainingKind
    employee_id: int
    trainer_id: int | None
    pairing_id: int | None
    role: None | TrainingRole
    title: str
    provider: None | str
    date: datetime.date
    duration_minutes: int
    topics: list[str]
    skills: list[str]
    notes: None | str
    confirmed_at: datetime.datetime | None
    created_at: datetime.datetime
    allowed_actions: list[str]
    employee: None | PersonSummary | Unset = UNSET
    trainer: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        id = self.id

        kind = self.kind.value

        employee_id = self.employee_id

        trainer_id: int | None
        trainer_id = self.trainer_id

        pairing_id: int | None
        pairing_id = self.pairing_id

        role: None | str
        if isinstance(self.role, TrainingRole):
            role = self.role.value
        else:
            role = self.role

        title = self.title

        provider: None | str
        provider = self.provider

        date = self.date.isoformat()

        duration_minutes = self.duration_minutes

        topics = self.topics

        skills = self.skills

        notes: None | str
        notes = self.notes

        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        created_at = self.created_at.isoformat()

        allowed_actions = self.allowed_actions

        employee: dict[str, Any] | None | Unset
        if isinstance(self.employee, Unset):
            employee = UNSET
        elif isinstance(self.employee, PersonSummary):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        trainer: dict[str, Any] | None | Unset
        if isinstance(self.trainer, Unset):
            trainer = UNSET
        elif isinstance(self.trainer, PersonSummary):
            trainer = self.trainer.to_dict()
        else:
            trainer = self.trainer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "employee_id": employee_id,
                "trainer_id": trainer_id,
                "pairing_id": pairing_id,
                "role": role,
                "title": title,
                "provider": provider,
                "date": date,
                "duration_minutes": duration_minutes,
                "topics": topics,
                "skills": skills,
                "notes": notes,
                "confirmed_at": confirmed_at,
                "created_at": created_at,
                "allowed_actions": allowed_actions,
            }
        )
        if employee is not UNSET:
            field_dict["employee"] = employee
        if trainer is not UNSET:
            field_dict["trainer"] = trainer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = TrainingKind(d.pop("kind"))

        employee_id = d.pop("employee_id")

        def _parse_trainer_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        trainer_id = _parse_trainer_id(d.pop("trainer_id"))

        def _parse_pairing_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pairing_id = _parse_pairing_id(d.pop("pairing_id"))

        def _parse_role(data: object) -> None | TrainingRole:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = TrainingRole(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrainingRole, data)

        role = _parse_role(d.pop("role"))

        title = d.pop("title")

        def _parse_provider(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        provider = _parse_provider(d.pop("provider"))

        date = datetime.date.fromisoformat(d.pop("date"))

        duration_minutes = d.pop("duration_minutes")

        topics = cast(list[str], d.pop("topics"))

        skills = cast(list[str], d.pop("skills"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        def _parse_confirmed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_at_type_0 = datetime.datetime.fromisoformat(data)

                return confirmed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        confirmed_at = _parse_confirmed_at(d.pop("confirmed_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        def _parse_employee(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_type_0 = PersonSummary.from_dict(data)

                return employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        employee = _parse_employee(d.pop("employee", UNSET))

        def _parse_trainer(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trainer_type_0 = PersonSummary.from_dict(data)

                return trainer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        trainer = _parse_trainer(d.pop("trainer", UNSET))

        training_record_read = cls(
            id=id,
            kind=kind,
            employee_id=employee_id,
            trainer_id=trainer_id,
            pairing_id=pairing_id,
            role=role,
            title=title,
            provider=provider,
            date=date,
            duration_minutes=duration_minutes,
            topics=topics,
            skills=skills,
            notes=notes,
            confirmed_at=confirmed_at,
            created_at=created_at,
            allowed_actions=allowed_actions,
            employee=employee,
            trainer=trainer,
        )

        training_record_read.additional_properties = d
        return training_record_read

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
