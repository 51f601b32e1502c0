from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_status import RequestStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_summary import PersonSummary


T = TypeVar("T", bound="MentoringRequestRead")


@_attrs_define
class MentoringRequestRead:
    """
    Attributes:
        id (int):
        mentee_id (int):
        performance_review_id (int):
        discussion_date (datetime.date):
        improvement_areas (list[str]):
        notes (None | str):
        status (RequestStatus): A mentoring request's states: `awaiting_supervisor` (raised by the employee) -> `open`
            -> `matched` (its pairing is active), or `rejected` / `cancelled` while pending.
        requested_by (int):
        confirmed_by (int | None):
        confirmed_at (datetime.datetime | None):
        status_reason (None | str):
        created_at (datetime.datetime):
        allowed_actions (list[str]): What the caller may do to the request now, given its status: `confirm`, `reject`,
            `cancel` (the endpoints of the same names) and `propose_pairing` (`POST /pairings` with this request: it is open
            and the caller chooses its mentor; the mentor's eligibility and the mentee's other pairings are checked when
            proposing).
        mentee (None | PersonSummary | Unset): The mentee by name (on reads: the list and one request).
    """

    id: int
    mentee_id: int
    performance_review_id: int
    discussion_date: datetime.date
    improvement_areas: list[str]
    notes: None | str
    status: RequestStatus
    requested_by: int
    confirmed_by: int | None
    confirmed_at: datetime.datetime | None
    status_reason: None | str
    created_at: datetime.datetime
    allowed_actions: list[str]
    mentee: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        id = self.id

        mentee_id = self.mentee_id

        performance_review_id = self.performance_review_id

        discussion_date = self.discussion_date.isoformat()

        improvement_areas = self.improvement_areas

        notes: None | str
        notes = self.notes

        status = self.status.value

        requested_by = self.requested_by

        confirmed_by: int | None
        confirmed_by = self.confirmed_by

        confirmed_at: None | str
        if isinstance(self.confirmed_at, datetime.datetime):
            confirmed_at = self.confirmed_at.isoformat()
        else:
            confirmed_at = self.confirmed_at

        status_reason: None | str
        status_reason = self.status_reason

        created_at = self.created_at.isoformat()

        allowed_actions = self.allowed_actions

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
                "mentee_id": mentee_id,
                "performance_review_id": performance_review_id,
                "discussion_date": discussion_date,
                "improvement_areas": improvement_areas,
                "notes": notes,
                "status": status,
                "requested_by": requested_by,
                "confirmed_by": confirmed_by,
                "confirmed_at": confirmed_at,
                "status_reason": status_reason,
                "created_at": created_at,
                "allowed_actions": allowed_actions,
            }
        )
        if mentee is not UNSET:
            field_dict["mentee"] = mentee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        mentee_id = d.pop("mentee_id")

        performance_review_id = d.pop("performance_review_id")

        discussion_date = datetime.date.fromisoformat(d.pop("discussion_date"))

        improvement_areas = cast(list[str], d.pop("improvement_areas"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        status = RequestStatus(d.pop("status"))

        requested_by = d.pop("requested_by")

        def _parse_confirmed_by(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        confirmed_by = _parse_confirmed_by(d.pop("confirmed_by"))

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

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

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

        mentoring_request_read = cls(
            id=id,
            mentee_id=mentee_id,
            performance_review_id=performance_review_id,
            discussion_date=discussion_date,
            improvement_areas=improvement_areas,
            notes=notes,
            status=status,
            requested_by=requested_by,
            confirmed_by=confirmed_by,
            confirmed_at=confirmed_at,
            status_reason=status_reason,
            created_at=created_at,
            allowed_actions=allowed_actions,
            mentee=mentee,
        )

        mentoring_request_read.additional_properties = d
        return mentoring_request_read

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
