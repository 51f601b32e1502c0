from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InvitationCreated")


@_attrs_define
class InvitationCreated:
    """A one-time set-password link, answered once: only its hash is stored.

    Attributes:
        id (int):
        user_id (int):
        email (str): The account's e-mail: the person signs in with it.
        expires_at (datetime.datetime):
        token (str): The one-time token. Shown once; only its hash is stored.
        set_password_path (str): The SPA's page that redeems the token, relative to the app's address: `/set-
            password#token=...` (in the fragment, which browsers never send to a server).
        set_password_url (None | str): The same page as an absolute URL, when the server knows its public address
            (`PEERMENTOR_PUBLIC_BASE_URL`); null otherwise.
        email_queued (bool): Whether the link was queued to be e-mailed to the person (e-mail is on and the server knows
            its public address).
    """

    id: int
    user_id: int
    email: str
    expires_at: datetime.datetime
    token: str
    set_password_path: str
    set_password_url: None | str
    email_queued: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        email = self.email

        expires_at = self.expires_at.isoformat()

        token = self.token

        set_password_path = self.set_password_path

        set_password_url: None | str
        set_password_url = self.set_password_url

        email_queued = self.email_queued

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "user_id": user_id,
                "email": email,
                "expires_at": expires_at,
                "token": token,
                "set_password_path": set_password_path,
                "set_password_url": set_password_url,
                "email_queued": email_queued,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = d.pop("user_id")

        email = d.pop("email")

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        token = d.pop("token")

        set_password_path = d.pop("set_password_path")

        def _parse_set_password_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        set_password_url = _parse_set_password_url(d.pop("set_password_url"))

        email_queued = d.pop("email_queued")

        invitation_created = cls(
            id=id,
            user_id=user_id,
            email=email,
            expires_at=expires_at,
            token=token,
            set_password_path=set_password_path,
            set_password_url=set_password_url,
            email_queued=email_queued,
        )

        invitation_created.additional_properties = d
        return invitation_created

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
