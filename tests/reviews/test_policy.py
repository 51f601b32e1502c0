"""The review policy on its own: each participant fills their own form (HR on their behalf)
while the review is not cancelled and the pairing is active; HR follows up."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from api.core.security import Actor, Role
from api.reviews import policy
from api.reviews.models import PeriodicReview
from api.reviews.repository import ReviewRecord

HR = Actor(kind="user", id=1, role=Role.HR_ADMIN)
LEADER = Actor(kind="user", id=2, role=Role.TEAM_LEADER, employee_id=20)
MENTOR = Actor(kind="user", id=3, role=Role.EMPLOYEE, employee_id=30)
MENTEE = Actor(kind="user", id=4, role=Role.EMPLOYEE, employee_id=40)
REPORTING = Actor(kind="service", id=5, role=Role.REPORTING)


def record(*, pairing_status: str = "active", cancelled: bool = False, submitted: bool = False):
    at = datetime(2026, 11, 1, tzinfo=UTC)
    review = PeriodicReview(
        id=6,
        pairing_id=9,
        sequence=1,
        due_date=date(2026, 11, 1),
        cancelled_at=at if cancelled else None,
        submitted_at=at if submitted else None,
    )
    return ReviewRecord(review, mentor_id=30, mentee_id=40, pairing_status=pairing_status)


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        (HR, ["submit_mentor_form", "submit_mentee_form", "follow_up"]),
        (MENTOR, ["submit_mentor_form"]),
        (MENTEE, ["submit_mentee_form"]),
        (LEADER, []),
        (REPORTING, []),
    ],
)
def test_an_open_review_of_an_active_pairing(actor, expected):
    assert policy.allowed_actions(actor, record()) == expected


def test_a_submitted_review_can_still_be_corrected():
    """Filing again replaces the form, as the endpoint does."""
    assert policy.allowed_actions(MENTOR, record(submitted=True)) == ["submit_mentor_form"]


@pytest.mark.parametrize(
    "state",
    [{"cancelled": True}, {"pairing_status": "completed"}, {"pairing_status": "terminated"}],
    ids=str,
)
def test_no_forms_once_cancelled_or_ended_but_hr_still_follows_up(state):
    assert policy.allowed_actions(MENTOR, record(**state)) == []
    assert policy.allowed_actions(MENTEE, record(**state)) == []
    assert policy.allowed_actions(HR, record(**state)) == ["follow_up"]


def test_the_conflict_reasons():
    assert policy.form_conflict(record()) is None
    assert policy.form_conflict(record(cancelled=True)) == "review_cancelled"
    assert policy.form_conflict(record(pairing_status="withdrawn")) == "pairing_withdrawn"


def test_hr_files_on_behalf_and_a_participant_only_their_own_side():
    assert policy.may_submit_form(HR, record(), "mentor")
    assert not policy.fills_own_form(HR, record(), "mentor")
    assert policy.fills_own_form(MENTEE, record(), "mentee")
    assert not policy.may_submit_form(MENTEE, record(), "mentor")
    assert not policy.may_follow_up(MENTOR, record())
