from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_status import ReviewStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.follow_up import FollowUp
    from ..models.person_summary import PersonSummary
    from ..models.review_form import ReviewForm


T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """
    Attributes:
        id (int):
        pairing_id (int):
        sequence (int):
        due_date (datetime.date):
        status (ReviewStatus): A review's status, derived from its dates (never stored): `submitted` once both forms
            are in, `cancelled` when its pairing ended early without them, otherwise `overdue` past
            its due date and `scheduled` before.
        mentor_form (None | ReviewForm):
        mentee_form (None | ReviewForm):
        hr_follow_up (FollowUp | None):
        submitted_at (datetime.datetime | None):
        version (int):
        allowed_actions (list[str]): What the caller may do to the review now: `submit_mentor_form` and
            `submit_mentee_form` (`PUT .../forms/mentor|mentee`: that participant, or HR on their behalf, while the review
            is not cancelled and its pairing is active) and `follow_up` (`PUT .../follow-up`, HR).
        mentor (None | PersonSummary | Unset): The pairing's mentor by name (on reads: the list and one review).
        mentee (None | PersonSummary | Unset): The pairing's mentee by name (on reads: the list and one review).
    """

    id: int
    pairing_id: int
    sequence: int
    due_date: datetime.date
    status: ReviewStatus
    mentor_form: None | ReviewForm
    mentee_form: None | ReviewForm
    hr_follow_up: FollowUp | None
    submitted_at: datetime.datetime | None
    version: int
    allowed_actions: list[str]
    mentor: None | PersonSummary | Unset = UNSET
    mentee: None | PersonSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.follow_up import FollowUp  # noqa: PLC0415
        from ..models.person_summary import PersonSummary  # noqa: PLC0415
        from ..models.review_form import ReviewForm  # noqa: PLC0415

        id = self.id

        pairing_id = self.pairing_id

        sequence = self.sequence

        due_date = self.due_date.isoformat()

        status = self.status.value

        mentor_form: dict[str, Any] | None
        if isinstance(self.mentor_form, ReviewForm):
            mentor_form = self.mentor_form.to_dict()
        else:
            mentor_form = self.mentor_form

        mentee_form: dict[str, Any] | None
        if isinstance(self.mentee_form, ReviewForm):
            mentee_form = self.mentee_form.to_dict()
        else:
            mentee_form = self.mentee_form

        hr_follow_up: dict[str, Any] | None
        if isinstance(self.hr_follow_up, FollowUp):
            hr_follow_up = self.hr_follow_up.to_dict()
        else:
            hr_follow_up = self.hr_follow_up

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        version = self.version

        allowed_actions = self.allowed_actions

        mentor: dict[str, Any] | None | Unset
        if isinstance(self.mentor, Unset):
            mentor = UNSET
        elif isinstance(self.mentor, PersonSummary):
            mentor = self.mentor.to_dict()
        else:
            mentor = self.mentor

        mentee: dict[str, Any] | None | Unset
        if isinstance(self.mentee, Unset):
            mentee = UNSET
        elif isinstance(self.mentee, PersonSummary):
            mentee = self.mentee.to_dict()
        else:
            mentee = self.mentee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pairing_id": pairing_id,
                "sequence": sequence,
                "due_date": due_date,
                "status": status,
                "mentor_form": mentor_form,
                "mentee_form": mentee_form,
                "hr_follow_up": hr_follow_up,
                "submitted_at": submitted_at,
                "version": version,
                "allowed_actions": allowed_actions,
            }
        )
        if mentor is not UNSET:
            field_dict["mentor"] = mentor
        if mentee is not UNSET:
            field_dict["mentee"] = mentee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.follow_up import FollowUp  # noqa: PLC0415
        from ..models.person_summary import PersonSummary  # noqa: PLC0415
        from ..models.review_form import ReviewForm  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        pairing_id = d.pop("pairing_id")

        sequence = d.pop("sequence")

        due_date = datetime.date.fromisoformat(d.pop("due_date"))

        status = ReviewStatus(d.pop("status"))

        def _parse_mentor_form(data: object) -> None | ReviewForm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentor_form_type_0 = ReviewForm.from_dict(data)

                return mentor_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewForm, data)

        mentor_form = _parse_mentor_form(d.pop("mentor_form"))

        def _parse_mentee_form(data: object) -> None | ReviewForm:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentee_form_type_0 = ReviewForm.from_dict(data)

                return mentee_form_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewForm, data)

        mentee_form = _parse_mentee_form(d.pop("mentee_form"))

        def _parse_hr_follow_up(data: object) -> FollowUp | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hr_follow_up_type_0 = FollowUp.from_dict(data)

                return hr_follow_up_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FollowUp | None, data)

        hr_follow_up = _parse_hr_follow_up(d.pop("hr_follow_up"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))

        version = d.pop("version")

        allowed_actions = cast(list[str], d.pop("allowed_actions"))

        def _parse_mentor(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentor_type_0 = PersonSummary.from_dict(data)

                return mentor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        mentor = _parse_mentor(d.pop("mentor", UNSET))

        def _parse_mentee(data: object) -> None | PersonSummary | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mentee_type_0 = PersonSummary.from_dict(data)

                return mentee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonSummary | Unset, data)

        mentee = _parse_mentee(d.pop("mentee", UNSET))

        review_read = cls(
            id=id,
            pairing_id=pairing_id,
            sequence=sequence,
            due_date=due_date,
            status=status,
            mentor_form=mentor_form,
            mentee_form=mentee_form,
            hr_follow_up=hr_follow_up,
            submitted_at=submitted_at,
            version=version,
            allowed_actions=allowed_actions,
            mentor=mentor,
            mentee=mentee,
        )

        review_read.additional_properties = d
        return review_read

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
