from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.department_sync_row import DepartmentSyncRow
    from ..models.employee_sync_row import EmployeeSyncRow
    from ..models.performance_review_sync_row import PerformanceReviewSyncRow


T = TypeVar("T", bound="HrisSyncRequest")


@_attrs_define
class HrisSyncRequest:
    """
    Attributes:
        departments (list[DepartmentSyncRow] | Unset):
        employees (list[EmployeeSyncRow] | Unset):
        performance_reviews (list[PerformanceReviewSyncRow] | Unset):
    """

    departments: list[DepartmentSyncRow] | Unset = UNSET
    employees: list[EmployeeSyncRow] | Unset = UNSET
    performance_reviews: list[PerformanceReviewSyncRow] | Unset = UNSET

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
        from ..models.department_sync_row import DepartmentSyncRow  # noqa: PLC0415
        from ..models.employee_sync_row import EmployeeSyncRow  # noqa: PLC0415
        from ..models.performance_review_sync_row import PerformanceReviewSyncRow  # noqa: PLC0415

        d = dict(src_dict)
        _departments = d.pop("departments", UNSET)
        departments: list[DepartmentSyncRow] | Unset = UNSET
        if _departments is not UNSET:
            departments = []
            for departments_item_data in _departments:
                departments_item = DepartmentSyncRow.from_dict(departments_item_data)

                departments.append(departments_item)

        _employees = d.pop("employees", UNSET)
        employees: list[EmployeeSyncRow] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                employees_item = EmployeeSyncRow.from_dict(employees_item_data)

                employees.append(employees_item)

        _performance_reviews = d.pop("performance_reviews", UNSET)
        performance_reviews: list[PerformanceReviewSyncRow] | Unset = UNSET
        if _performance_reviews is not UNSET:
            performance_reviews = []
            for performance_reviews_item_data in _performance_reviews:
                performance_reviews_item = PerformanceReviewSyncRow.from_dict(performance_reviews_item_data)

                performance_reviews.append(performance_reviews_item)

        hris_sync_request = cls(
            departments=departments,
            employees=employees,
            performance_reviews=performance_reviews,
        )

        return hris_sync_request
