from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MentorProfileUpdate")


@_attrs_define
class MentorProfileUpdate:
    """
    Attributes:
        available (bool):
        capacity (int | None | Unset): A personal cap below the programme's maximum, if any.
        bio (None | str | Unset):
        skills_offered (list[str] | Unset):
    """

    available: bool
    capacity: int | None | Unset = UNSET
    bio: None | str | Unset = UNSET
    skills_offered: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        available = self.available

        capacity: int | None | Unset
        if isinstance(self.capacity, Unset):
            capacity = UNSET
        else:
            capacity = self.capacity

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        skills_offered: list[str] | Unset = UNSET
        if not isinstance(self.skills_offered, Unset):
            skills_offered = self.skills_offered

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "available": available,
            }
        )
        if capacity is not UNSET:
            field_dict["capacity"] = capacity
        if bio is not UNSET:
            field_dict["bio"] = bio
        if skills_offered is not UNSET:
            field_dict["skills_offered"] = skills_offered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available = d.pop("available")

        def _parse_capacity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capacity = _parse_capacity(d.pop("capacity", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        skills_offered = cast(list[str], d.pop("skills_offered", UNSET))

        mentor_profile_update = cls(
            available=available,
            capacity=capacity,
            bio=bio,
            skills_offered=skills_offered,
        )

        return mentor_profile_update
