"""The training policy on its own: HR records role training, the mentor (or HR) peer
sessions, and only the trainee confirms, once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from api.core.security import Actor, Role
from api.training import policy
from api.training.models import TrainingKind, TrainingRecord

HR = Actor(kind="user", id=1, role=Role.HR_ADMIN, employee_id=10)
LEADER = Actor(kind="user", id=2, role=Role.TEAM_LEADER, employee_id=20)
MENTOR = Actor(kind="user", id=3, role=Role.EMPLOYEE, employee_id=30)
MENTEE = Actor(kind="user", id=4, role=Role.EMPLOYEE, employee_id=40)
REPORTING = Actor(kind="service", id=5, role=Role.REPORTING)


def session(*, confirmed: bool = False) -> TrainingRecord:
    return TrainingRecord(
        id=8,
        kind=TrainingKind.PEER_SESSION,
        employee_id=40,
        trainer_id=30,
        confirmed_at=datetime(2026, 11, 1, tzinfo=UTC) if confirmed else None,
    )


@pytest.mark.parametrize(
    ("actor", "expected"),
    [(MENTEE, ["confirm"]), (MENTOR, []), (HR, []), (LEADER, []), (REPORTING, [])],
)
def test_only_the_trainee_confirms(actor, expected):
    assert policy.allowed_actions(actor, session()) == expected


@pytest.mark.parametrize("actor", [MENTEE, MENTOR, HR, LEADER])
def test_a_confirmed_record_offers_nothing(actor):
    assert policy.allowed_actions(actor, session(confirmed=True)) == []
    assert policy.may_confirm(MENTEE, session(confirmed=True))  # the rule; the state says no


def test_hr_even_as_an_employee_does_not_confirm_for_the_trainee():
    assert not policy.may_confirm(HR, session())


def test_who_records():
    assert policy.may_record_role_training(HR)
    assert not any(policy.may_record_role_training(a) for a in (LEADER, MENTOR, REPORTING))
    assert policy.may_record_peer_session(MENTOR, mentor_id=30)
    assert policy.may_record_peer_session(HR, mentor_id=30)
    assert not policy.may_record_peer_session(MENTEE, mentor_id=30)
    assert not policy.may_record_peer_session(LEADER, mentor_id=30)
    assert not policy.may_record_peer_session(REPORTING, mentor_id=30)
