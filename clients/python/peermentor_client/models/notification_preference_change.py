from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.notification_preference_change_kind import NotificationPreferenceChangeKind

T = TypeVar("T", bound="NotificationPreferenceChange")


@_attrs_define
class NotificationPreferenceChange:
    """
    Attributes:
        kind (NotificationPreferenceChangeKind):
        email (bool):
    """

    kind: NotificationPreferenceChangeKind
    email: bool

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
                "email": email,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = NotificationPreferenceChangeKind(d.pop("kind"))

        email = d.pop("email")

        notification_preference_change = cls(
            kind=kind,
            email=email,
        )

        return notification_preference_change
