from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mentor_eligibility_reasons_item import MentorEligibilityReasonsItem

T = TypeVar("T", bound="MentorEligibility")


@_attrs_define
class MentorEligibility:
    """
    Attributes:
        employee_id (int):
        eligible (bool):
        reasons (list[MentorEligibilityReasonsItem]):
        latest_rating (int | None):
        active_mentees (int):
        capacity (int):
    """

    employee_id: int
    eligible: bool
    reasons: list[MentorEligibilityReasonsItem]
    latest_rating: int | None
    active_mentees: int
    capacity: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        eligible = self.eligible

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)

        latest_rating: int | None
        latest_rating = self.latest_rating

        active_mentees = self.active_mentees

        capacity = self.capacity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "eligible": eligible,
                "reasons": reasons,
                "latest_rating": latest_rating,
                "active_mentees": active_mentees,
                "capacity": capacity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = d.pop("employee_id")

        eligible = d.pop("eligible")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = MentorEligibilityReasonsItem(reasons_item_data)

            reasons.append(reasons_item)

        def _parse_latest_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        latest_rating = _parse_latest_rating(d.pop("latest_rating"))

        active_mentees = d.pop("active_mentees")

        capacity = d.pop("capacity")

        mentor_eligibility = cls(
            employee_id=employee_id,
            eligible=eligible,
            reasons=reasons,
            latest_rating=latest_rating,
            active_mentees=active_mentees,
            capacity=capacity,
        )

        mentor_eligibility.additional_properties = d
        return mentor_eligibility

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
