from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unmatched_request_reasons_item import UnmatchedRequestReasonsItem

T = TypeVar("T", bound="UnmatchedRequest")


@_attrs_define
class UnmatchedRequest:
    """
    Attributes:
        request_id (int):
        mentee_id (int):
        reasons (list[UnmatchedRequestReasonsItem]):
    """

    request_id: int
    mentee_id: int
    reasons: list[UnmatchedRequestReasonsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        mentee_id = self.mentee_id

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "request_id": request_id,
                "mentee_id": mentee_id,
                "reasons": reasons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        mentee_id = d.pop("mentee_id")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in _reasons:
            reasons_item = UnmatchedRequestReasonsItem(reasons_item_data)

            reasons.append(reasons_item)

        unmatched_request = cls(
            request_id=request_id,
            mentee_id=mentee_id,
            reasons=reasons,
        )

        unmatched_request.additional_properties = d
        return unmatched_request

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
