from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audit_event_read_changes import AuditEventReadChanges


T = TypeVar("T", bound="AuditEventRead")


@_attrs_define
class AuditEventRead:
    """
    Attributes:
        id (int):
        at (datetime.datetime):
        actor (str):
        actor_role (str):
        action (str):
        entity (str):
        entity_id (int | None):
        changes (AuditEventReadChanges):
        actor_name (None | str | Unset): Who the actor is: the login's employee's name, else the login's e-mail; null
            for system jobs and service tokens.
    """

    id: int
    at: datetime.datetime
    actor: str
    actor_role: str
    action: str
    entity: str
    entity_id: int | None
    changes: AuditEventReadChanges
    actor_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        at = self.at.isoformat()

        actor = self.actor

        actor_role = self.actor_role

        action = self.action

        entity = self.entity

        entity_id: int | None
        entity_id = self.entity_id

        changes = self.changes.to_dict()

        actor_name: None | str | Unset
        if isinstance(self.actor_name, Unset):
            actor_name = UNSET
        else:
            actor_name = self.actor_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "at": at,
                "actor": actor,
                "actor_role": actor_role,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "changes": changes,
            }
        )
        if actor_name is not UNSET:
            field_dict["actor_name"] = actor_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_event_read_changes import AuditEventReadChanges  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        actor = d.pop("actor")

        actor_role = d.pop("actor_role")

        action = d.pop("action")

        entity = d.pop("entity")

        def _parse_entity_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        entity_id = _parse_entity_id(d.pop("entity_id"))

        changes = AuditEventReadChanges.from_dict(d.pop("changes"))

        def _parse_actor_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actor_name = _parse_actor_name(d.pop("actor_name", UNSET))

        audit_event_read = cls(
            id=id,
            at=at,
            actor=actor,
            actor_role=actor_role,
            action=action,
            entity=entity,
            entity_id=entity_id,
            changes=changes,
            actor_name=actor_name,
        )

        audit_event_read.additional_properties = d
        return audit_event_read

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
