from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.users_bulk_create_role import UsersBulkCreateRole

T = TypeVar("T", bound="UsersBulkCreate")


@_attrs_define
class UsersBulkCreate:
    """
    Attributes:
        role (UsersBulkCreateRole):
        employee_ids (list[int]):
    """

    role: UsersBulkCreateRole
    employee_ids: list[int]

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        employee_ids = self.employee_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "employee_ids": employee_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = UsersBulkCreateRole(d.pop("role"))

        employee_ids = cast(list[int], d.pop("employee_ids"))

        users_bulk_create = cls(
            role=role,
            employee_ids=employee_ids,
        )

        return users_bulk_create
