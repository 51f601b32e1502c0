from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.notification_preference_change import NotificationPreferenceChange


T = TypeVar("T", bound="NotificationPreferencesUpdate")


@_attrs_define
class NotificationPreferencesUpdate:
    """
    Attributes:
        preferences (list[NotificationPreferenceChange]): The kinds to change; the others keep theirs.
    """

    preferences: list[NotificationPreferenceChange]

    def to_dict(self) -> dict[str, Any]:
        preferences = []
        for preferences_item_data in self.preferences:
            preferences_item = preferences_item_data.to_dict()
            preferences.append(preferences_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "preferences": preferences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.notification_preference_change import NotificationPreferenceChange  # noqa: PLC0415

        d = dict(src_dict)
        preferences = []
        _preferences = d.pop("preferences")
        for preferences_item_data in _preferences:
            preferences_item = NotificationPreferenceChange.from_dict(preferences_item_data)

            preferences.append(preferences_item)

        notification_preferences_update = cls(
            preferences=preferences,
        )

        return notification_preferences_update
