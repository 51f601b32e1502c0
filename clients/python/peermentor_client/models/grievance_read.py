from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grievance_kind import GrievanceKind
from ..models.grievance_status import GrievanceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_read import ActionRead
    from ..models.person_summary import PersonSummary


T = TypeVar("T", bound="GrievanceRead")


@_attrs_define
class GrievanceRead:
    """
    Attributes:
        id (int):
        pairing_id (int):
        kind (GrievanceKind):
        raised_by (int):
        raised_on (datetime.date):
        description (str):
        status (GrievanceStatus): `open` -> `under_review` (HR's first step) -> `resolved` or `dismissed`.
        due_date (datetime.date): The SLA's last working day, fixed when raised.
        breached (bool): Not resolved by the end of its due date.
        working_days_left (int | None): Working days from today to the due date (negative once breached; 0 on the due
            date).
        actions (list[ActionRead]):
        resolution (None | str):
        resolved_on (datetime.date | None):
        version (int):
        created_at (datetime.datetime):
        allowed_actions (list[str]): What the caller may do to the grievance now, given its status: `add_action` (`POST
            .../actions`) and `resolve` (`POST .../resolve`); HR only, while it is open or under review.
        raised_by_person (None | PersonSummary | Unset): Who raised it, by name (on reads: the list and one grievance).
            Only those who may read the grievance get it: HR and the person who raised it.
        mentor (None | PersonSummary | Unset): The pairing's mentor by name (on reads).
        mentee (None | PersonSummary | Unset): The pairing's mentee by name (on reads).
    """

    id: int
    pairing_id: int
    kind: GrievanceKind
    raised_by: int
    raised_on: datetime.date
    description: str
    status: GrievanceStatus
    due_date: datetime.date
    breached: bool
    working_days_left: int | None
    actions: list[ActionRead]
    resolution: None | str
    resolved_on: datetime.date | None
    version: int
    created_at: datetime.datetime
    allowed_actions: list[str]
    raised_by_person: None | PersonSummary | Unset = UNSET
    mentor: None | PersonSummary | Unset = UNSET
    mentee: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        id = self.id

        pairing_id = self.pairing_id

        kind = self.kind.value

        raised_by = self.raised_by

        raised_on = self.raised_on.isoformat()

        description = self.description

        status = self.status.value

        due_date = self.due_date.isoformat()

        breached = self.breached

        working_days_left: int | None
        working_days_left = self.working_days_left

        actions = []
        for actions_item_data in self.actions:
            actions_item = actions_item_data.to_dict()
            actions.append(actions_item)

        resolution: None | str
        resolution = self.resolution

        resolved_on: None | str
        if isinstance(self.resolved_on, datetime.date):
            resolved_on = self.resolved_on.isoformat()
        else:
            resolved_on = self.resolved_on

        version = self.version

        created_at = self.created_at.isoformat()

        allowed_actions = self.allowed_actions

        raised_by_person: dict[str, Any] | None | Unset
        if isinstance(self.raised_by_person, Unset):
            raised_by_person = UNSET
        elif isinstance(self.raised_by_person, PersonSummary):
            raised_by_person = self.raised_by_person.to_dict()
        else:
            raised_by_person = self.raised_by_person

        mentor: dict[str, Any] | None | Unset
        if isinstance(self.mentor, Unset):
            mentor = UNSET
        elif isinstance(self.mentor, PersonSummary):
            mentor = self.mentor.to_dict()
        else:
            mentor = self.mentor

        mentee: dict[str, Any] | None | Unset
        if isinstance(self.mentee, Unset):
            mentee = UNSET
        elif isinstance(self.mentee, PersonSummary):
            mentee = self.mentee.to_dict()
        else:
            mentee = self.mentee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pairing_id": pairing_id,
                "kind": kind,
                "raised_by": raised_by,
                "raised_on": raised_on,
                "description": description,
                "status": status,
                "due_date": due_date,
                "breached": breached,
                "working_days_left": working_days_left,
                "actions": actions,
                "resolution": resolution,
                "resolved_on": resolved_on,
                "version": version,
                "created_at": created_at,
                "allowed_actions": allowed_actions,
            }
        )
        if raised_by_person is not UNSET:
            field_dict["raised_by_person"] = raised_by_person
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if mentee is not UNSET:
            field_dict["mentee"] = mentee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_read import ActionRead  # noqa: PLC0415
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        pairing_id = d.pop("pairing_id")

        kind = GrievanceKind(d.pop("kind"))

        raised_by = d.pop("raised_by")

        raised_on = datetime.date.fromisoformat(d.pop("raised_on"))

        description = d.pop("description")

        status = GrievanceStatus(d.pop("status"))

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        breached = d.pop("breached")

        def _parse_working_days_left(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        working_days_left = _parse_working_days_left(d.pop("working_days_left"))

        actions = []
        _actions = d.pop("actions")
        for actions_item_data in _actions:
            actions_item = ActionRead.from_dict(actions_item_data)

            actions.append(actions_item)

        def _parse_resolution(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        resolution = _parse_resolution(d.pop("resolution"))

        def _parse_resolved_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_on_type_0 = datetime.date.fromisoformat(data)

                return resolved_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        resolved_on = _parse_resolved_on(d.pop("resolved_on"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        def _parse_raised_by_person(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raised_by_person_type_0 = PersonSummary.from_dict(data)

                return raised_by_person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        raised_by_person = _parse_raised_by_person(d.pop("raised_by_person", UNSET))

        def _parse_mentor(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentor_type_0 = PersonSummary.from_dict(data)

                return mentor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        mentor = _parse_mentor(d.pop("mentor", UNSET))

        def _parse_mentee(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentee_type_0 = PersonSummary.from_dict(data)

                return mentee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        mentee = _parse_mentee(d.pop("mentee", UNSET))

        grievance_read = cls(
            id=id,
            pairing_id=pairing_id,
            kind=kind,
            raised_by=raised_by,
            raised_on=raised_on,
            description=description,
            status=status,
            due_date=due_date,
            breached=breached,
            working_days_left=working_days_left,
            actions=actions,
            resolution=resolution,
            resolved_on=resolved_on,
            version=version,
            created_at=created_at,
            allowed_actions=allowed_actions,
            raised_by_person=raised_by_person,
            mentor=mentor,
            mentee=mentee,
        )

        grievance_read.additional_properties = d
        return grievance_read

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
