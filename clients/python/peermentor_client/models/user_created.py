from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_created_role import UserCreatedRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invitation_created import InvitationCreated


T = TypeVar("T", bound="UserCreated")


@_attrs_define
class UserCreated:
    """
    Attributes:
        id (int):
        email (str):
        role (UserCreatedRole):
        employee_id (int | None):
        is_active (bool):
        created_at (datetime.datetime):
        invitation (InvitationCreated | None | Unset): Only when the account was created without a password: the link
            with which the person sets one.
    """

    id: int
    email: str
    role: UserCreatedRole
    employee_id: int | None
    is_active: bool
    created_at: datetime.datetime
    invitation: InvitationCreated | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation_created import InvitationCreated  # noqa: PLC0415

        id = self.id

        email = self.email

        role = self.role.value

        employee_id: int | None
        employee_id = self.employee_id

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        invitation: dict[str, Any] | None | Unset
        if isinstance(self.invitation, Unset):
            invitation = UNSET
        elif isinstance(self.invitation, InvitationCreated):
            invitation = self.invitation.to_dict()
        else:
            invitation = self.invitation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "role": role,
                "employee_id": employee_id,
                "is_active": is_active,
                "created_at": created_at,
            }
        )
        if invitation is not UNSET:
            field_dict["invitation"] = invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitation_created import InvitationCreated  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        role = UserCreatedRole(d.pop("role"))

        def _parse_employee_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        employee_id = _parse_employee_id(d.pop("employee_id"))

        is_active = d.pop("is_active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        def _parse_invitation(data: object) -> InvitationCreated | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                invitation_type_0 = InvitationCreated.from_dict(data)

                return invitation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InvitationCreated | None | Unset, data)

        invitation = _parse_invitation(d.pop("invitation", UNSET))

        user_created = cls(
            id=id,
            email=email,
            role=role,
            employee_id=employee_id,
            is_active=is_active,
            created_at=created_at,
            invitation=invitation,
        )

        user_created.additional_properties = d
        return user_created

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
