from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.notification_preference_read_kind import NotificationPreferenceReadKind

T = TypeVar("T", bound="NotificationPreferenceRead")


@_attrs_define
class NotificationPreferenceRead:
    """
    Attributes:
        kind (NotificationPreferenceReadKind):
        description (str):
        mandatory (bool): Required by the HR policy: e-mail cannot be turned off.
        email (bool): Whether notifications of this kind are also e-mailed.
    """

    kind: NotificationPreferenceReadKind
    description: str
    mandatory: bool
    email: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        description = self.description

        mandatory = self.mandatory

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "description": description,
                "mandatory": mandatory,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = NotificationPreferenceReadKind(d.pop("kind"))

        description = d.pop("description")

        mandatory = d.pop("mandatory")

        email = d.pop("email")

        notification_preference_read = cls(
            kind=kind,
            description=description,
            mandatory=mandatory,
            email=email,
        )

        notification_preference_read.additional_properties = d
        return notification_preference_read

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
