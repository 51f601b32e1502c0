from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hris_sync_request_department_sync_row import HrisSyncRequestDepartmentSyncRow
    from ..models.hris_sync_request_employee_sync_row import HrisSyncRequestEmployeeSyncRow
    from ..models.hris_sync_request_performance_review_sync_row import HrisSyncRequestPerformanceReviewSyncRow


T = TypeVar("T", bound="HrisSyncRequest")


@_attrs_define
class HrisSyncRequest:
    """
    Attributes:
        departments (list[HrisSyncRequestDepartmentSyncRow] | Unset):
        employees (list[HrisSyncRequestEmployeeSyncRow] | Unset):
        performance_reviews (list[HrisSyncRequestPerformanceReviewSyncRow] | Unset):
    """

    departments: list[HrisSyncRequestDepartmentSyncRow] | Unset = UNSET
    employees: list[HrisSyncRequestEmployeeSyncRow] | Unset = UNSET
    performance_reviews: list[HrisSyncRequestPerformanceReviewSyncRow] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        departments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.departments, Unset):
            departments = []
            for departments_item_data in self.departments:
                departments_item = departments_item_data.to_dict()
                departments.append(departments_item)

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        performance_reviews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.performance_reviews, Unset):
            performance_reviews = []
            for performance_reviews_item_data in self.performance_reviews:
                performance_reviews_item = performance_reviews_item_data.to_dict()
                performance_reviews.append(performance_reviews_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if departments is not UNSET:
            field_dict["departments"] = departments
        if employees is not UNSET:
            field_dict["employees"] = employees
        if performance_reviews is not UNSET:
            field_dict["performance_reviews"] = performance_reviews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hris_sync_request_department_sync_row import HrisSyncRequestDepartmentSyncRow  # noqa: PLC0415
        from ..models.hris_sync_request_employee_sync_row import HrisSyncRequestEmployeeSyncRow  # noqa: PLC0415
        from ..models.hris_sync_request_performance_review_sync_row import HrisSyncRequestPerformanceReviewSyncRow  # noqa: PLC0415

        d = dict(src_dict)
        _departments = d.pop("departments", UNSET)
        departments: list[HrisSyncRequestDepartmentSyncRow] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = HrisSyncRequestDepartmentSyncRow.from_dict(departments_item_data)

                departments.append(departments_item)

        _employees = d.pop("employees", UNSET)
        employees: list[HrisSyncRequestEmployeeSyncRow] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                employees_item = HrisSyncRequestEmployeeSyncRow.from_dict(employees_item_data)

                employees.append(employees_item)

        _performance_reviews = d.pop("performance_reviews", UNSET)
        performance_reviews: list[HrisSyncRequestPerformanceReviewSyncRow] | Unset = UNSET
        if _performance_reviews is not UNSET:
            performance_reviews = []
            for performance_reviews_item_data in _performance_reviews:
                performance_reviews_item = HrisSyncRequestPerformanceReviewSyncRow.from_dict(
                    performance_reviews_item_data
                )

                performance_reviews.append(performance_reviews_item)

        hris_sync_request = cls(
            departments=departments,
            employees=employees,
            performance_reviews=performance_reviews,
        )

        return hris_sync_request
