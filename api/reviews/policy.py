"""Who may do what to a periodic review, now (PRODUCT.md rule 10): one function per action on
the actor and the review (with its pairing's people and status). The service refuses with
them; the read model tells the caller (`allowed_actions`)."""

from __future__ import annotations

import enum
from typing import Literal

from api.core.security import Actor
from api.reviews.repository import ReviewRecord

Side = Literal["mentor", "mentee"]


class ReviewAction(enum.StrEnum):
    """The actions on a review, named after their endpoints."""

    SUBMIT_MENTOR_FORM = "submit_mentor_form"  # PUT /reviews/{id}/forms/mentor
    SUBMIT_MENTEE_FORM = "submit_mentee_form"  # PUT /reviews/{id}/forms/mentee
    FOLLOW_UP = "follow_up"  # PUT /reviews/{id}/follow-up


FORM_ACTIONS: dict[Side, ReviewAction] = {
    "mentor": ReviewAction.SUBMIT_MENTOR_FORM,
    "mentee": ReviewAction.SUBMIT_MENTEE_FORM,
}


def fills_own_form(actor: Actor, record: ReviewRecord, side: Side) -> bool:
    """The actor is the participant whose form this is."""
    person = record.mentor_id if side == "mentor" else record.mentee_id
    return actor.employee_id is not None and actor.employee_id == person


def may_submit_form(actor: Actor, record: ReviewRecord, side: Side) -> bool:
    """That participant, or HR on their behalf."""
    return fills_own_form(actor, record, side) or actor.is_hr


def may_submit_mentor_form(actor: Actor, record: ReviewRecord) -> bool:
    return may_submit_form(actor, record, "mentor")


def may_submit_mentee_form(actor: Actor, record: ReviewRecord) -> bool:
    return may_submit_form(actor, record, "mentee")


def may_follow_up(actor: Actor, record: ReviewRecord) -> bool:
    """HR's follow-up, in any state (it replaces any earlier one)."""
    return actor.is_hr


def form_conflict(record: ReviewRecord) -> str | None:
    """Why no form can be filled now (a 409 reason), or None: forms are for reviews that are
    not cancelled, of active pairings."""
    if record.review.cancelled_at is not None:
        return "review_cancelled"
    if not record.pairing_active:
        return f"pairing_{record.pairing_status}"
    return None


def allowed_actions(actor: Actor, record: ReviewRecord) -> list[str]:
    """The actions the actor may take on the review now."""
    actions: list[str] = []
    if form_conflict(record) is None:
        for side, action in FORM_ACTIONS.items():
            if may_submit_form(actor, record, side):
                actions.append(action.value)
    if may_follow_up(actor, record):
        actions.append(ReviewAction.FOLLOW_UP.value)
    return actions
