from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personnel_file_entry_read_document_type import PersonnelFileEntryReadDocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_summary import PersonSummary


T = TypeVar("T", bound="PersonnelFileEntryRead")


@_attrs_define
class PersonnelFileEntryRead:
    """
    Attributes:
        id (int):
        employee_id (int):
        document_type (PersonnelFileEntryReadDocumentType):
        document_id (int):
        title (str):
        filed_at (datetime.datetime):
        sent_to_team_leader_id (int | None):
        employee (None | PersonSummary | Unset): Whose file, by name.
        team_leader (None | PersonSummary | Unset): The team leader it was sent to, by name.
    """

    id: int
    employee_id: int
    document_type: PersonnelFileEntryReadDocumentType
    document_id: int
    title: str
    filed_at: datetime.datetime
    sent_to_team_leader_id: int | None
    employee: None | PersonSummary | Unset = UNSET
    team_leader: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        id = self.id

        employee_id = self.employee_id

        document_type = self.document_type.value

        document_id = self.document_id

        title = self.title

        filed_at = self.filed_at.isoformat()

        sent_to_team_leader_id: int | None
        sent_to_team_leader_id = self.sent_to_team_leader_id

        employee: dict[str, Any] | None | Unset
        if isinstance(self.employee, Unset):
            employee = UNSET
        elif isinstance(self.employee, PersonSummary):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        team_leader: dict[str, Any] | None | Unset
        if isinstance(self.team_leader, Unset):
            team_leader = UNSET
        elif isinstance(self.team_leader, PersonSummary):
            team_leader = self.team_leader.to_dict()
        else:
            team_leader = self.team_leader

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "employee_id": employee_id,
                "document_type": document_type,
                "document_id": document_id,
                "title": title,
                "filed_at": filed_at,
                "sent_to_team_leader_id": sent_to_team_leader_id,
            }
        )
        if employee is not UNSET:
            field_dict["employee"] = employee
        if team_leader is not UNSET:
            field_dict["team_leader"] = team_leader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_summary import PersonSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        employee_id = d.pop("employee_id")

        document_type = PersonnelFileEntryReadDocumentType(d.pop("document_type"))

        document_id = d.pop("document_id")

        title = d.pop("title")

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        def _parse_sent_to_team_leader_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sent_to_team_leader_id = _parse_sent_to_team_leader_id(d.pop("sent_to_team_leader_id"))

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

        def _parse_team_leader(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_leader_type_0 = PersonSummary.from_dict(data)

                return team_leader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        team_leader = _parse_team_leader(d.pop("team_leader", UNSET))

        personnel_file_entry_read = cls(
            id=id,
            employee_id=employee_id,
            document_type=document_type,
            document_id=document_id,
            title=title,
            filed_at=filed_at,
            sent_to_team_leader_id=sent_to_team_leader_id,
            employee=employee,
            team_leader=team_leader,
        )

        personnel_file_entry_read.additional_properties = d
        return personnel_file_entry_read

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
