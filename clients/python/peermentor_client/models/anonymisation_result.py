from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.anonymisation_result_cleared import AnonymisationResultCleared


T = TypeVar("T", bound="AnonymisationResult")


@_attrs_define
class AnonymisationResult:
    """
    Attributes:
        employee_id (int):
        anonymised_at (datetime.datetime):
        reference_date (datetime.date): Termination or the end of their last pairing, whichever is later.
        retention_months (int):
        cleared (AnonymisationResultCleared): How many records of each kind were changed.
    """

    employee_id: int
    anonymised_at: datetime.datetime
    reference_date: datetime.date
    retention_months: int
    cleared: AnonymisationResultCleared
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        anonymised_at = self.anonymised_at.isoformat()

        reference_date = self.reference_date.isoformat()

        retention_months = self.retention_months

        cleared = self.cleared.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "anonymised_at": anonymised_at,
                "reference_date": reference_date,
                "retention_months": retention_months,
                "cleared": cleared,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anonymisation_result_cleared import AnonymisationResultCleared  # noqa: PLC0415

        d = dict(src_dict)
        employee_id = d.pop("employee_id")

        anonymised_at = datetime.datetime.fromisoformat(d.pop("anonymised_at"))

        reference_date = datetime.date.fromisoformat(d.pop("reference_date"))

        retention_months = d.pop("retention_months")

        cleared = AnonymisationResultCleared.from_dict(d.pop("cleared"))

        anonymisation_result = cls(
            employee_id=employee_id,
            anonymised_at=anonymised_at,
            reference_date=reference_date,
            retention_months=retention_months,
            cleared=cleared,
        )

        anonymisation_result.additional_properties = d
        return anonymisation_result

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
