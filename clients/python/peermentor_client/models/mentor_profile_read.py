from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MentorProfileRead")


@_attrs_define
class MentorProfileRead:
    """
    Attributes:
        employee_id (int):
        available (bool):
        capacity (int | None):
        bio (None | str):
        skills_offered (list[str]):
    """

    employee_id: int
    available: bool
    capacity: int | None
    bio: None | str
    skills_offered: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        available = self.available

        capacity: int | None
        capacity = self.capacity

        bio: None | str
        bio = self.bio

        skills_offered = self.skills_offered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "available": available,
                "capacity": capacity,
                "bio": bio,
                "skills_offered": skills_offered,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = d.pop("employee_id")

        available = d.pop("available")

        def _parse_capacity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        def _parse_bio(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bio = _parse_bio(d.pop("bio"))

        skills_offered = cast(list[str], d.pop("skills_offered"))

        mentor_profile_read = cls(
            employee_id=employee_id,
            available=available,
            capacity=capacity,
            bio=bio,
            skills_offered=skills_offered,
        )

        mentor_profile_read.additional_properties = d
        return mentor_profile_read

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
