from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_email_read_status import NotificationEmailReadStatus

T = TypeVar("T", bound="NotificationEmailRead")


@_attrs_define
class NotificationEmailRead:
    """
    Attributes:
        id (int):
        notification_id (int):
        kind (str):
        to_address (str):
        subject (str): As sent (grievance notices never carry any detail).
        status (NotificationEmailReadStatus):
        attempts (int):
        next_attempt_at (datetime.datetime | None): When a queued e-mail is tried (again); null once it is settled.
        last_error (None | str): The last failure: the SMTP server's answer (e.g. a 550 bounce) or the reason it was
            skipped.
        message_id (None | str):
        sent_at (datetime.datetime | None):
        created_at (datetime.datetime):
    """

    id: int
    notification_id: int
    kind: str
    to_address: str
    subject: str
    status: NotificationEmailReadStatus
    attempts: int
    next_attempt_at: datetime.datetime | None
    last_error: None | str
    message_id: None | str
    sent_at: datetime.datetime | None
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        notification_id = self.notification_id

        kind = self.kind

        to_address = self.to_address

        subject = self.subject

        status = self.status.value

        attempts = self.attempts

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        last_error: None | str
        last_error = self.last_error

        message_id: None | str
        message_id = self.message_id

        sent_at: None | str
        if isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "notification_id": notification_id,
                "kind": kind,
                "to_address": to_address,
                "subject": subject,
                "status": status,
                "attempts": attempts,
                "next_attempt_at": next_attempt_at,
                "last_error": last_error,
                "message_id": message_id,
                "sent_at": sent_at,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        notification_id = d.pop("notification_id")

        kind = d.pop("kind")

        to_address = d.pop("to_address")

        subject = d.pop("subject")

        status = NotificationEmailReadStatus(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_id = _parse_message_id(d.pop("message_id"))

        def _parse_sent_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        sent_at = _parse_sent_at(d.pop("sent_at"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        notification_email_read = cls(
            id=id,
            notification_id=notification_id,
            kind=kind,
            to_address=to_address,
            subject=subject,
            status=status,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            last_error=last_error,
            message_id=message_id,
            sent_at=sent_at,
            created_at=created_at,
        )

        notification_email_read.additional_properties = d
        return notification_email_read

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
