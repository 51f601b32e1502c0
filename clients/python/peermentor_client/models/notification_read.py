from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_read_document_type_type_0 import NotificationReadDocumentTypeType0
from ..models.notification_read_record_type_type_0 import NotificationReadRecordTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_summary import PersonSummary


T = TypeVar("T", bound="NotificationRead")


@_attrs_define
class NotificationRead:
    """
    Attributes:
        id (int):
        kind (str):
        title (str):
        body (None | str):
        document_type (None | NotificationReadDocumentTypeType0):
        document_id (int | None):
        subject_employee_id (int | None):
        record_type (None | NotificationReadRecordTypeType0):
        record_id (int | None):
        created_at (datetime.datetime):
        read_at (datetime.datetime | None):
        subject (None | PersonSummary | Unset): The employee it is about, by name (the list). Never on a grievance's
            notification to anyone but HR: who raised a grievance stays confidential.
    """

    id: int
    kind: str
    title: str
    body: None | str
    document_type: None | NotificationReadDocumentTypeType0
    document_id: int | None
    subject_employee_id: int | None
    record_type: None | NotificationReadRecordTypeType0
    record_id: int | None
    created_at: datetime.datetime
    read_at: datetime.datetime | None
    subject: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        id = self.id

        kind = self.kind

        title = self.title

        body: None | str
        body = self.body

        document_type: None | str
        if isinstance(self.document_type, NotificationReadDocumentTypeType0):
            document_type = self.document_type.value
        else:
            document_type = self.document_type

        document_id: int | None
        document_id = self.document_id

        subject_employee_id: int | None
        subject_employee_id = self.subject_employee_id

        record_type: None | str
        if isinstance(self.record_type, NotificationReadRecordTypeType0):
            record_type = self.record_type.value
        else:
            record_type = self.record_type

        record_id: int | None
        record_id = self.record_id

        created_at = self.created_at.isoformat()

        read_at: None | str
        if isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        subject: dict[str, Any] | None | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        elif isinstance(self.subject, PersonSummary):
            subject = self.subject.to_dict()
        else:
            subject = self.subject

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "title": title,
                "body": body,
                "document_type": document_type,
                "document_id": document_id,
                "subject_employee_id": subject_employee_id,
                "record_type": record_type,
                "record_id": record_id,
                "created_at": created_at,
                "read_at": read_at,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        kind = d.pop("kind")

        title = d.pop("title")

        def _parse_body(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        body = _parse_body(d.pop("body"))

        def _parse_document_type(data: object) -> None | NotificationReadDocumentTypeType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_type_type_0 = NotificationReadDocumentTypeType0(data)

                return document_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationReadDocumentTypeType0, data)

        document_type = _parse_document_type(d.pop("document_type"))

        def _parse_document_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        document_id = _parse_document_id(d.pop("document_id"))

        def _parse_subject_employee_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        subject_employee_id = _parse_subject_employee_id(d.pop("subject_employee_id"))

        def _parse_record_type(data: object) -> None | NotificationReadRecordTypeType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                record_type_type_0 = NotificationReadRecordTypeType0(data)

                return record_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NotificationReadRecordTypeType0, data)

        record_type = _parse_record_type(d.pop("record_type"))

        def _parse_record_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        record_id = _parse_record_id(d.pop("record_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_read_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        read_at = _parse_read_at(d.pop("read_at"))

        def _parse_subject(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_type_0 = PersonSummary.from_dict(data)

                return subject_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        notification_read = cls(
            id=id,
            kind=kind,
            title=title,
            body=body,
            document_type=document_type,
            document_id=document_id,
            subject_employee_id=subject_employee_id,
            record_type=record_type,
            record_id=record_id,
            created_at=created_at,
            read_at=read_at,
            subject=subject,
        )

        notification_read.additional_properties = d
        return notification_read

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
