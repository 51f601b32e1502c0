from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_bulk_result_reason_type_0 import UserBulkResultReasonType0
from ..models.user_bulk_result_status import UserBulkResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invitation_created import InvitationCreated
    from ..models.user_read import UserRead


T = TypeVar("T", bound="UserBulkResult")


@_attrs_define
class UserBulkResult:
    """
    Attributes:
        employee_id (int):
        status (UserBulkResultStatus):
        reason (None | Unset | UserBulkResultReasonType0): Why it was skipped: `unknown_employee`, `listed_twice`,
            `already_has_account`, `email_taken` (another account uses the employee's e-mail), `employee_terminated`.
        detail (None | str | Unset):
        user (None | Unset | UserRead):
        invitation (InvitationCreated | None | Unset):
    """

    employee_id: int
    status: UserBulkResultStatus
    reason: None | Unset | UserBulkResultReasonType0 = UNSET
    detail: None | str | Unset = UNSET
    user: None | Unset | UserRead = UNSET
    invitation: InvitationCreated | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation_created import InvitationCreated  # noqa: PLC0415
        from ..models.user_read import UserRead  # noqa: PLC0415

        employee_id = self.employee_id

        status = self.status.value

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, UserBulkResultReasonType0):
            reason = self.reason.value
        else:
            reason = self.reason

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, UserRead):
            user = self.user.to_dict()
        else:
            user = self.user

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
                "employee_id": employee_id,
                "status": status,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if detail is not UNSET:
            field_dict["detail"] = detail
        if user is not UNSET:
            field_dict["user"] = user
        if invitation is not UNSET:
            field_dict["invitation"] = invitation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitation_created import InvitationCreated  # noqa: PLC0415
        from ..models.user_read import UserRead  # noqa: PLC0415

        d = dict(src_dict)
        employee_id = d.pop("employee_id")

        status = UserBulkResultStatus(d.pop("status"))

        def _parse_reason(data: object) -> None | Unset | UserBulkResultReasonType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reason_type_0 = UserBulkResultReasonType0(data)

                return reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserBulkResultReasonType0, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        def _parse_user(data: object) -> None | Unset | UserRead:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = UserRead.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserRead, data)

        user = _parse_user(d.pop("user", UNSET))

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

        user_bulk_result = cls(
            employee_id=employee_id,
            status=status,
            reason=reason,
            detail=detail,
            user=user,
            invitation=invitation,
        )

        user_bulk_result.additional_properties = d
        return user_bulk_result

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
