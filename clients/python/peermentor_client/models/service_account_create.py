from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.service_account_create_role import ServiceAccountCreateRole

T = TypeVar("T", bound="ServiceAccountCreate")


@_attrs_define
class ServiceAccountCreate:
    """
    Attributes:
        name (str):
        role (ServiceAccountCreateRole):
    """

    name: str
    role: ServiceAccountCreateRole

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = ServiceAccountCreateRole(d.pop("role"))

        service_account_create = cls(
            name=name,
            role=role,
        )

        return service_account_create
