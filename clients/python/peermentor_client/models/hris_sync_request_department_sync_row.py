from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="HrisSyncRequestDepartmentSyncRow")


@_attrs_define
class HrisSyncRequestDepartmentSyncRow:
    """
    Attributes:
        external_id (str):
        name (str):
    """

    external_id: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "external_id": external_id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        name = d.pop("name")

        hris_sync_request_department_sync_row = cls(
            external_id=external_id,
            name=name,
        )

        return hris_sync_request_department_sync_row
