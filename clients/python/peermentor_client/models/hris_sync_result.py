from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sync_outcome import SyncOutcome


T = TypeVar("T", bound="HrisSyncResult")


@_attrs_define
class HrisSyncResult:
    """
    Attributes:
        departments (SyncOutcome):
        employees (SyncOutcome):
        performance_reviews (SyncOutcome):
    """

    departments: SyncOutcome
    employees: SyncOutcome
    performance_reviews: SyncOutcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        departments = self.departments.to_dict()

        employees = self.employees.to_dict()

        performance_reviews = self.performance_reviews.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "departments": departments,
                "employees": employees,
                "performance_reviews": performance_reviews,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_outcome import SyncOutcome  # noqa: PLC0415

        d = dict(src_dict)
        departments = SyncOutcome.from_dict(d.pop("departments"))

        employees = SyncOutcome.from_dict(d.pop("employees"))

        performance_reviews = SyncOutcome.from_dict(d.pop("performance_reviews"))

        hris_sync_result = cls(
            departments=departments,
            employees=employees,
            performance_reviews=performance_reviews,
        )

        hris_sync_result.additional_properties = d
        return hris_sync_result

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
