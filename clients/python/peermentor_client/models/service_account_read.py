from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_account_read_role import ServiceAccountReadRole

T = TypeVar("T", bound="ServiceAccountRead")


@_attrs_define
class ServiceAccountRead:
    """
    Attributes:
        id (int):
        name (str):
        role (ServiceAccountReadRole):
        client_id (str):
        is_active (bool):
        created_at (datetime.datetime):
    """

    id: int
    name: str
    role: ServiceAccountReadRole
    client_id: str
    is_active: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role = self.role.value

        client_id = self.client_id

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
                "client_id": client_id,
                "is_active": is_active,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        role = ServiceAccountReadRole(d.pop("role"))

        client_id = d.pop("client_id")

        is_active = d.pop("is_active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        service_account_read = cls(
            id=id,
            name=name,
            role=role,
            client_id=client_id,
            is_active=is_active,
            created_at=created_at,
        )

        service_account_read.additional_properties = d
        return service_account_read

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
