from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pairing_action import PairingAction
from ..models.pairing_status import PairingStatus

if TYPE_CHECKING:
    from ..models.acknowledgement_read import AcknowledgementRead
    from ..models.approval_read import ApprovalRead


T = TypeVar("T", bound="PairingRead")


@_attrs_define
class PairingRead:
    """
    Attributes:
        id (int):
        request_id (int):
        mentee_id (int):
        mentor_id (int):
        goals (list[str]):
        meeting_cadence (str):
        start_date (datetime.date):
        status (PairingStatus): A pairing's states (PRODUCT.md rules 4-8 and 13): proposed -> approved -> active ->
            completed, or rejected / withdrawn / terminated. Only `pairings.service` changes them.
        approvals (list[ApprovalRead]):
        acknowledgements (list[AcknowledgementRead]):
        evaluation_due_date (datetime.date | None):
        end_date (datetime.date | None):
        status_reason (None | str):
        activated_at (datetime.datetime | None):
        version (int):
        created_at (datetime.datetime):
        allowed_actions (list[PairingAction]): What the caller may do now with this pairing, given its state: `update`
            (PATCH the terms), `approve`, `reject`, `acknowledge`, `activate`, `terminate` (the `/pairings/{id}/<verb>`
            endpoints) and `evaluate` (`POST /pairings/{id}/evaluation`). An action not listed is refused (403 or 409).
            `activate` is listed once the pairing is approved, for HR and the mentee's team leader, while only the
            participants' own steps may be missing (acknowledgements, role trainings): the 409 then names them. `evaluate`
            is listed for HR on an active pairing; it is still refused while a withdrawal from the pairing is open.
    """

    id: int
    request_id: int
    mentee_id: int
    mentor_id: int
    goals: list[str]
    meeting_cadence: str
    start_date: datetime.date
    status: PairingStatus
    approvals: list[ApprovalRead]
    acknowledgements: list[AcknowledgementRead]
    evaluation_due_date: datetime.date | None
    end_date: datetime.date | None
    status_reason: None | str
    activated_at: datetime.datetime | None
    version: int
    created_at: datetime.datetime
    allowed_actions: list[PairingAction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        request_id = self.request_id

        mentee_id = self.mentee_id

        mentor_id = self.mentor_id

        goals = self.goals

        meeting_cadence = self.meeting_cadence

        start_date = self.start_date.isoformat()

        status = self.status.value

        approvals = []
        for approvals_item_data in self.approvals:
            approvals_item = approvals_item_data.to_dict()
            approvals.append(approvals_item)

        acknowledgements = []
        for acknowledgements_item_data in self.acknowledgements:
            acknowledgements_item = acknowledgements_item_data.to_dict()
            acknowledgements.append(acknowledgements_item)

        evaluation_due_date: None | str
        if isinstance(self.evaluation_due_date, datetime.date):
            evaluation_due_date = self.evaluation_due_date.isoformat()
        else:
            evaluation_due_date = self.evaluation_due_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        status_reason: None | str
        status_reason = self.status_reason

        activated_at: None | str
        if isinstance(self.activated_at, datetime.datetime):
            activated_at = self.activated_at.isoformat()
        else:
            activated_at = self.activated_at

        version = self.version

        created_at = self.created_at.isoformat()

        allowed_actions = []
        for allowed_actions_item_data in self.allowed_actions:
            allowed_actions_item = allowed_actions_item_data.value
            allowed_actions.append(allowed_actions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "request_id": request_id,
                "mentee_id": mentee_id,
                "mentor_id": mentor_id,
                "goals": goals,
                "meeting_cadence": meeting_cadence,
                "start_date": start_date,
                "status": status,
                "approvals": approvals,
                "acknowledgements": acknowledgements,
                "evaluation_due_date": evaluation_due_date,
                "end_date": end_date,
                "status_reason": status_reason,
                "activated_at": activated_at,
                "version": version,
                "created_at": created_at,
                "allowed_actions": allowed_actions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acknowledgement_read import AcknowledgementRead  # noqa: PLC0415
        from ..models.approval_read import ApprovalRead  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        request_id = d.pop("request_id")

        mentee_id = d.pop("mentee_id")

        mentor_id = d.pop("mentor_id")

        goals = cast(list[str], d.pop("goals"))

        meeting_cadence = d.pop("meeting_cadence")

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        status = PairingStatus(d.pop("status"))

        approvals = []
        _approvals = d.pop("approvals")
        for approvals_item_data in _approvals:
            approvals_item = ApprovalRead.from_dict(approvals_item_data)

            approvals.append(approvals_item)

        acknowledgements = []
        _acknowledgements = d.pop("acknowledgements")
        for acknowledgements_item_data in _acknowledgements:
            acknowledgements_item = AcknowledgementRead.from_dict(acknowledgements_item_data)

            acknowledgements.append(acknowledgements_item)

        def _parse_evaluation_due_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evaluation_due_date_type_0 = datetime.date.fromisoformat(data)

                return evaluation_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        evaluation_due_date = _parse_evaluation_due_date(d.pop("evaluation_due_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("status_reason"))

        def _parse_activated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activated_at_type_0 = datetime.datetime.fromisoformat(data)

                return activated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        activated_at = _parse_activated_at(d.pop("activated_at"))

        version = d.pop("version")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        allowed_actions = []
        _allowed_actions = d.pop("allowed_actions")
        for allowed_actions_item_data in _allowed_actions:
            allowed_actions_item = PairingAction(allowed_actions_item_data)

            allowed_actions.append(allowed_actions_item)

        pairing_read = cls(
            id=id,
            request_id=request_id,
            mentee_id=mentee_id,
            mentor_id=mentor_id,
            goals=goals,
            meeting_cadence=meeting_cadence,
            start_date=start_date,
            status=status,
            approvals=approvals,
            acknowledgements=acknowledgements,
            evaluation_due_date=evaluation_due_date,
            end_date=end_date,
            status_reason=status_reason,
            activated_at=activated_at,
            version=version,
            created_at=created_at,
            allowed_actions=allowed_actions,
        )

        pairing_read.additional_properties = d
        return pairing_read

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
