from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_read_entity import TaskReadEntity
from ..models.task_read_kind import TaskReadKind

T = TypeVar("T", bound="TaskRead")


@_attrs_define
class TaskRead:
    """
    Attributes:
        kind (TaskReadKind):
        title (str): What to do, naming the people concerned.
        due_date (datetime.date | None): By when (the pairing's start date, a review's or evaluation's due date, a
            grievance's SLA due date); null when the task has no deadline.
        overdue (bool): `due_date` is before today (the organisation's time zone).
        entity (TaskReadEntity): The kind of record to act on.
        entity_id (int): The record's id.
        pairing_id (int | None): The pairing the record belongs to (reviews, sessions and grievances have no page of
            their own in the SPA), if any.
    """

    kind: TaskReadKind
    title: str
    due_date: datetime.date | None
    overdue: bool
    entity: TaskReadEntity
    entity_id: int
    pairing_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        title = self.title

        due_date: None | str
        if isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        overdue = self.overdue

        entity = self.entity.value

        entity_id = self.entity_id

        pairing_id: int | None
        pairing_id = self.pairing_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "title": title,
                "due_date": due_date,
                "overdue": overdue,
                "entity": entity,
                "entity_id": entity_id,
                "pairing_id": pairing_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = TaskReadKind(d.pop("kind"))

        title = d.pop("title")

        def _parse_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_date_type_0 = datetime.date.fromisoformat(data)

                return due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        due_date = _parse_due_date(d.pop("due_date"))

        overdue = d.pop("overdue")

        entity = TaskReadEntity(d.pop("entity"))

        entity_id = d.pop("entity_id")

        def _parse_pairing_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pairing_id = _parse_pairing_id(d.pop("pairing_id"))

        task_read = cls(
            kind=kind,
            title=title,
            due_date=due_date,
            overdue=overdue,
            entity=entity,
            entity_id=entity_id,
            pairing_id=pairing_id,
        )

        task_read.additional_properties = d
        return task_read

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
