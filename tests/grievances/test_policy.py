"""The grievance policy on its own: HR acts on open grievances; nobody else acts at all."""

from __future__ import annotations

import pytest

from api.core.security import Actor, Role
from api.grievances import policy
from api.grievances.models import Grievance, GrievanceKind, GrievanceStatus
from api.pairings.models import Pairing

HR = Actor(kind="user", id=1, role=Role.HR_ADMIN)
LEADER = Actor(kind="user", id=2, role=Role.TEAM_LEADER, employee_id=20)
MENTOR = Actor(kind="user", id=3, role=Role.EMPLOYEE, employee_id=30)
MENTEE = Actor(kind="user", id=4, role=Role.EMPLOYEE, employee_id=40)
REPORTING = Actor(kind="service", id=5, role=Role.REPORTING)


def grievance(status: GrievanceStatus) -> Grievance:
    return Grievance(id=7, pairing_id=9, kind=GrievanceKind.GRIEVANCE, raised_by=40, status=status)


@pytest.mark.parametrize("status", [GrievanceStatus.OPEN, GrievanceStatus.UNDER_REVIEW])
def test_hr_logs_and_resolves_open_grievances(status):
    assert policy.allowed_actions(HR, grievance(status)) == ["add_action", "resolve"]


@pytest.mark.parametrize("status", [GrievanceStatus.RESOLVED, GrievanceStatus.DISMISSED])
def test_closed_grievances_offer_nothing(status):
    assert policy.allowed_actions(HR, grievance(status)) == []


@pytest.mark.parametrize("actor", [LEADER, MENTOR, MENTEE, REPORTING])
@pytest.mark.parametrize("status", list(GrievanceStatus))
def test_nobody_else_acts_on_a_grievance(actor, status):
    """The raiser (the mentee here) reads it but takes no action."""
    record = grievance(status)
    assert policy.allowed_actions(actor, record) == []
    assert not policy.may_add_action(actor, record) and not policy.may_resolve(actor, record)


def test_who_raises_on_a_pairing():
    pairing = Pairing(id=9, mentor_id=30, mentee_id=40)
    assert policy.may_raise(MENTOR, pairing) and policy.may_raise(MENTEE, pairing)
    assert policy.may_raise(HR, pairing)
    assert not policy.may_raise(LEADER, pairing) and not policy.may_raise(REPORTING, pairing)


def test_every_action_names_its_starting_states():
    assert set(policy.ALLOWED_FROM) == set(policy.GrievanceOperation) == set(policy.RULES)
