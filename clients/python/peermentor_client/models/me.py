from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.me_kind import MeKind
from ..models.me_role import MeRole

T = TypeVar("T", bound="Me")


@_attrs_define
class Me:
    """
    Attributes:
        id (int):
        email (None | str):
        role (MeRole):
        employee_id (int | None):
        kind (MeKind):
    """

    id: int
    email: None | str
    role: MeRole
    employee_id: int | None
    kind: MeKind
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email: None | str
        email = self.email

        role = self.role.value

        employee_id: int | None
        employee_id = self.employee_id

        kind = self.kind.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "employee_id": employee_id,
                "kind": kind,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        role = MeRole(d.pop("role"))

        def _parse_employee_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employee_id = _parse_employee_id(d.pop("employee_id"))

        kind = MeKind(d.pop("kind"))

        me = cls(
            id=id,
            email=email,
            role=role,
            employee_id=employee_id,
            kind=kind,
        )

        me.additional_properties = d
        return me

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
