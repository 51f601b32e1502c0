from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AcknowledgementRead")


@_attrs_define
class AcknowledgementRead:
    """
    Attributes:
        employee_id (int):
        at (datetime.datetime):
        purpose_statement (str): The programme purpose the person agreed to.
    """

    employee_id: int
    at: datetime.datetime
    purpose_statement: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        at = self.at.isoformat()

        purpose_statement = self.purpose_statement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "at": at,
                "purpose_statement": purpose_statement,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = d.pop("employee_id")

        at = datetime.datetime.fromisoformat(d.pop("at"))

        purpose_statement = d.pop("purpose_statement")

        acknowledgement_read = cls(
            employee_id=employee_id,
            at=at,
            purpose_statement=purpose_statement,
        )

        acknowledgement_read.additional_properties = d
        return acknowledgement_read

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
