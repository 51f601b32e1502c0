"""The request policy on its own: who may confirm, reject, cancel or find a mentor, in which
state (no database: the rules read the actor, the request and its mentee)."""

from __future__ import annotations

import asyncio

import pytest

from api.core.errors import Forbidden
from api.core.security import Actor, Role
from api.employees.models import Employee
from api.requests import policy, service
from api.requests.models import MentoringRequest, RequestStatus

HR = Actor(kind="user", id=1, role=Role.HR_ADMIN)
LEADER = Actor(kind="user", id=2, role=Role.TEAM_LEADER, employee_id=20)
OTHER_LEADER = Actor(kind="user", id=3, role=Role.TEAM_LEADER, employee_id=30)
MENTEE = Actor(kind="user", id=4, role=Role.EMPLOYEE, employee_id=40)
PEER = Actor(kind="user", id=5, role=Role.EMPLOYEE, employee_id=50)
REPORTING = Actor(kind="service", id=6, role=Role.REPORTING)


def request(status: RequestStatus, *, requested_by: int = MENTEE.id) -> MentoringRequest:
    mentee = Employee(id=40, team_leader_id=20)
    return MentoringRequest(id=9, mentee=mentee, status=status, requested_by=requested_by)


@pytest.mark.parametrize(
    ("actor", "status", "expected"),
    [
        (HR, RequestStatus.AWAITING_SUPERVISOR, ["confirm", "reject", "cancel"]),
        (HR, RequestStatus.OPEN, ["reject", "cancel", "propose_pairing"]),
        (LEADER, RequestStatus.AWAITING_SUPERVISOR, ["confirm", "reject"]),
        (LEADER, RequestStatus.OPEN, ["reject", "propose_pairing"]),
        (OTHER_LEADER, RequestStatus.AWAITING_SUPERVISOR, []),
        (OTHER_LEADER, RequestStatus.OPEN, []),
        (MENTEE, RequestStatus.AWAITING_SUPERVISOR, ["cancel"]),
        (MENTEE, RequestStatus.OPEN, ["cancel"]),
        (PEER, RequestStatus.OPEN, []),
        (REPORTING, RequestStatus.OPEN, []),
        *(
            (actor, status, [])
            for actor in (HR, LEADER, MENTEE)
            for status in (RequestStatus.MATCHED, RequestStatus.REJECTED, RequestStatus.CANCELLED)
        ),
    ],
)
def test_allowed_actions_by_actor_and_state(actor, status, expected):
    assert policy.allowed_actions(actor, request(status)) == expected


def test_the_requester_cancels_whoever_they_are():
    raised_by_leader = request(RequestStatus.OPEN, requested_by=LEADER.id)
    assert policy.may_cancel(LEADER, raised_by_leader)
    assert not policy.may_cancel(MENTEE, raised_by_leader)
    assert policy.allowed_actions(LEADER, raised_by_leader) == [
        "reject",
        "cancel",
        "propose_pairing",
    ]


def test_a_service_account_with_the_requesters_id_is_not_the_requester():
    service = Actor(kind="service", id=MENTEE.id, role=Role.REPORTING)
    assert not policy.may_cancel(service, request(RequestStatus.OPEN))


def test_supervision_is_hr_or_the_mentees_own_team_leader():
    mentee = Employee(id=40, team_leader_id=20)
    assert policy.supervises(HR, mentee) and policy.supervises(LEADER, mentee)
    assert not policy.supervises(OTHER_LEADER, mentee)
    # An employee who happens to be recorded as the team leader still lacks the role.
    assert not policy.supervises(
        Actor(kind="user", id=7, role=Role.EMPLOYEE, employee_id=20), mentee
    )
    assert policy.may_raise(MENTEE, mentee) and not policy.may_raise(PEER, mentee)


def test_every_action_names_its_starting_states():
    assert set(policy.ALLOWED_FROM) == set(policy.RequestAction) == set(policy.RULES)


def test_the_service_refuses_with_the_policy(monkeypatch):
    """confirm_request asks the policy: a rule that says no is a 403 before any change."""
    pending = request(RequestStatus.AWAITING_SUPERVISOR)

    async def visible(*_args, **_kwargs):
        return pending

    monkeypatch.setattr(service.repository, "visible_request", visible)
    monkeypatch.setattr(policy, "may_confirm", lambda actor, req: False)
    with pytest.raises(Forbidden):
        asyncio.run(service.confirm_request(None, HR, request_id=9))  # type: ignore[arg-type]
    assert pending.status == RequestStatus.AWAITING_SUPERVISOR
