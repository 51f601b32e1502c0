"""The pairing rules (api/pairings/policy.py) as plain functions of the actor and the pairing's
facts: who may take each action in which state, and the refusal (status and reasons) the
service raises otherwise. No database."""

from __future__ import annotations

from dataclasses import replace

import pytest

from api.core.errors import Conflict, Forbidden
from api.core.security import Actor, Role
from api.pairings import policy
from api.pairings.models import PairingStatus
from api.pairings.policy import PairingFacts

MENTOR, MENTEE, LEADER, OTHER, HR_EMPLOYEE = 1, 2, 3, 4, 5

HR = Actor(kind="user", id=10, role=Role.HR_ADMIN, employee_id=HR_EMPLOYEE)
LEADS = Actor(kind="user", id=11, role=Role.TEAM_LEADER, employee_id=LEADER)
OTHER_LEADER = Actor(kind="user", id=12, role=Role.TEAM_LEADER, employee_id=OTHER)
MENTOR_ACTOR = Actor(kind="user", id=13, role=Role.EMPLOYEE, employee_id=MENTOR)
MENTEE_ACTOR = Actor(kind="user", id=14, role=Role.EMPLOYEE, employee_id=MENTEE)
REPORTING = Actor(kind="service", id=15, role=Role.REPORTING)

BOTH = frozenset({"team_leader", "hr_admin"})
PARTICIPANTS = frozenset({MENTOR, MENTEE})


def facts(
    status: PairingStatus,
    *,
    leads: bool = False,
    approvals: frozenset[str] = frozenset(),
    acknowledged: frozenset[int] = frozenset(),
    trained: bool = False,
) -> PairingFacts:
    return PairingFacts(
        status=status,
        mentor_id=MENTOR,
        mentee_id=MENTEE,
        leads_mentee=leads,
        approvals=approvals,
        acknowledged_by=acknowledged,
        mentor_trained=trained,
        mentee_trained=trained,
    )


def as_seen_by(actor: Actor, p: PairingFacts) -> PairingFacts:
    """The facts as read for `actor`: only the mentee's team leader leads the mentee."""
    return replace(p, leads_mentee=actor is LEADS)


PROPOSED = facts(PairingStatus.PROPOSED)
APPROVED = facts(PairingStatus.APPROVED, approvals=BOTH)
READY = facts(PairingStatus.APPROVED, approvals=BOTH, acknowledged=PARTICIPANTS, trained=True)
ACTIVE = facts(PairingStatus.ACTIVE, approvals=BOTH, acknowledged=PARTICIPANTS, trained=True)
ENDED = [
    facts(status, approvals=BOTH, acknowledged=PARTICIPANTS, trained=True)
    for status in (
        PairingStatus.COMPLETED,
        PairingStatus.REJECTED,
        PairingStatus.WITHDRAWN,
        PairingStatus.TERMINATED,
    )
]

# Every actor's actions in each state (the order of PairingAction).
EXPECTED = {
    "proposed": (
        PROPOSED,
        {
            "hr": ["update", "approve", "reject", "terminate"],
            "leader": ["update", "approve", "reject"],
            "other_leader": [],
            "mentor": ["acknowledge"],
            "mentee": ["acknowledge"],
            "reporting": [],
        },
    ),
    "approved": (  # activation offered: its 409 names the participants' missing steps
        APPROVED,
        {
            "hr": ["reject", "activate", "terminate"],
            "leader": ["reject", "activate"],
            "other_leader": [],
            "mentor": ["acknowledge"],
            "mentee": ["acknowledge"],
            "reporting": [],
        },
    ),
    "ready": (
        READY,
        {
            "hr": ["reject", "activate", "terminate"],
            "leader": ["reject", "activate"],
            "other_leader": [],
            "mentor": [],
            "mentee": [],
            "reporting": [],
        },
    ),
    "active": (
        ACTIVE,
        {
            "hr": ["terminate", "evaluate"],
            "leader": [],
            "other_leader": [],
            "mentor": [],
            "mentee": [],
            "reporting": [],
        },
    ),
}
ACTORS = {
    "hr": HR,
    "leader": LEADS,
    "other_leader": OTHER_LEADER,
    "mentor": MENTOR_ACTOR,
    "mentee": MENTEE_ACTOR,
    "reporting": REPORTING,
}


@pytest.mark.parametrize("state", list(EXPECTED))
@pytest.mark.parametrize("who", list(ACTORS))
def test_allowed_actions_per_actor_and_state(state, who):
    p, expected = EXPECTED[state]
    actor = ACTORS[who]
    assert policy.allowed_actions(actor, as_seen_by(actor, p)) == expected[who]


@pytest.mark.parametrize("p", ENDED, ids=lambda p: str(p.status))
@pytest.mark.parametrize("who", list(ACTORS))
def test_an_ended_pairing_allows_nothing(p, who):
    actor = ACTORS[who]
    assert policy.allowed_actions(actor, as_seen_by(actor, p)) == []


def refusal(verdict: policy.Verdict) -> tuple[type, list[str] | None]:
    assert not verdict
    assert verdict.refusal is not None
    with pytest.raises(type(verdict.refusal)):
        verdict.enforce()
    return type(verdict.refusal), verdict.refusal.reasons


def test_supervises_is_hr_or_a_team_leader_of_the_mentee():
    assert policy.supervises(HR, PROPOSED)
    assert policy.supervises(LEADS, as_seen_by(LEADS, PROPOSED))
    assert not policy.supervises(OTHER_LEADER, PROPOSED)
    # Only a team leader leads: an employee whose facts say so by mistake does not.
    assert not policy.supervises(MENTOR_ACTOR, replace(PROPOSED, leads_mentee=True))


def test_can_propose_hr_or_the_mentees_own_team_leader():
    assert policy.can_propose(HR, mentee_team_leader_id=LEADER)
    assert policy.can_propose(LEADS, mentee_team_leader_id=LEADER)
    for actor in (OTHER_LEADER, MENTOR_ACTOR, MENTEE_ACTOR):
        assert refusal(policy.can_propose(actor, mentee_team_leader_id=LEADER)) == (
            Forbidden,
            None,
        )


def test_can_update_only_a_proposed_agreement():
    assert policy.can_update(LEADS, as_seen_by(LEADS, PROPOSED))
    assert refusal(policy.can_update(OTHER_LEADER, PROPOSED)) == (Forbidden, None)
    assert refusal(policy.can_update(HR, APPROVED)) == (Conflict, ["status_approved"])


def test_can_approve_once_per_role():
    assert policy.approver_role(HR, PROPOSED) == "hr_admin"
    assert policy.approver_role(LEADS, as_seen_by(LEADS, PROPOSED)) == "team_leader"
    assert policy.approver_role(OTHER_LEADER, PROPOSED) is None
    by_hr = replace(PROPOSED, approvals=frozenset({"hr_admin"}))
    assert refusal(policy.can_approve(HR, by_hr)) == (Conflict, ["already_approved_hr_admin"])
    assert policy.can_approve(LEADS, as_seen_by(LEADS, by_hr))
    assert refusal(policy.can_approve(MENTOR_ACTOR, PROPOSED)) == (Forbidden, None)
    assert refusal(policy.can_approve(HR, APPROVED)) == (Conflict, ["status_approved"])


def test_can_reject_before_the_start():
    assert policy.can_reject(HR, PROPOSED) and policy.can_reject(HR, APPROVED)
    assert refusal(policy.can_reject(HR, ACTIVE)) == (Conflict, ["status_active"])
    assert refusal(policy.can_reject(MENTEE_ACTOR, PROPOSED)) == (Forbidden, None)


def test_can_acknowledge_only_oneself_once():
    assert policy.can_acknowledge(MENTOR_ACTOR, APPROVED)
    # HR and team leaders do not acknowledge for the participants.
    assert refusal(policy.can_acknowledge(HR, APPROVED)) == (Forbidden, None)
    assert refusal(policy.can_acknowledge(LEADS, as_seen_by(LEADS, APPROVED))) == (
        Forbidden,
        None,
    )
    done = replace(APPROVED, acknowledged_by=frozenset({MENTOR}))
    assert refusal(policy.can_acknowledge(MENTOR_ACTOR, done)) == (
        Conflict,
        ["already_acknowledged"],
    )
    assert policy.can_acknowledge(MENTEE_ACTOR, done)
    assert refusal(policy.can_acknowledge(MENTEE_ACTOR, ACTIVE)) == (Conflict, ["status_active"])


def test_can_activate_lists_every_unmet_condition():
    assert refusal(policy.can_activate(HR, PROPOSED)) == (
        Conflict,
        [
            "not_approved",
            "missing_team_leader_approval",
            "missing_hr_admin_approval",
            "mentor_not_acknowledged",
            "mentee_not_acknowledged",
            "mentor_not_trained",
            "mentee_not_trained",
        ],
    )
    half = replace(READY, mentee_trained=False, acknowledged_by=frozenset({MENTEE}))
    assert refusal(policy.can_activate(HR, half)) == (
        Conflict,
        ["mentor_not_acknowledged", "mentee_not_trained"],
    )
    assert policy.can_activate(HR, READY)
    assert policy.can_activate(LEADS, as_seen_by(LEADS, READY))
    assert refusal(policy.can_activate(OTHER_LEADER, READY)) == (Forbidden, None)
    assert refusal(policy.can_activate(HR, ACTIVE))[1][0] == "status_active"


def test_activation_is_offered_while_only_the_participants_steps_are_missing():
    assert policy.offers_activation(policy.can_activate(HR, READY))
    assert policy.offers_activation(policy.can_activate(HR, APPROVED))
    assert not policy.offers_activation(policy.can_activate(HR, PROPOSED))
    assert not policy.offers_activation(policy.can_activate(HR, ACTIVE))
    assert not policy.offers_activation(policy.can_activate(OTHER_LEADER, READY))
    # A missing approval is not the participants' step: a proposed pairing offers no activation.
    one = replace(READY, status=PairingStatus.PROPOSED, approvals=frozenset({"hr_admin"}))
    assert "activate" not in policy.allowed_actions(HR, one)


def test_can_terminate_only_hr_an_open_pairing():
    for p in (PROPOSED, APPROVED, READY, ACTIVE):
        assert policy.can_terminate(HR, p)
    assert refusal(policy.can_terminate(LEADS, as_seen_by(LEADS, ACTIVE))) == (Forbidden, None)
    for p in ENDED:
        assert refusal(policy.can_terminate(HR, p)) == (Conflict, [f"status_{p.status}"])


def test_can_evaluate_only_hr_an_active_pairing():
    assert policy.can_evaluate(HR, ACTIVE)
    assert refusal(policy.can_evaluate(HR, READY)) == (Conflict, ["status_approved"])
    assert refusal(policy.can_evaluate(LEADS, as_seen_by(LEADS, ACTIVE))) == (Forbidden, None)
    assert refusal(policy.can_evaluate(MENTOR_ACTOR, ACTIVE)) == (Forbidden, None)


def test_facts_of_a_list_row():
    row = {
        "status": "approved",
        "mentor_id": MENTOR,
        "mentee_id": MENTEE,
        "leads_mentee": 1,  # SQLite answers 0/1
        "approvals": [{"role": "team_leader"}, {"role": "hr_admin"}],
        "acknowledgements": [{"employee_id": MENTOR}, {"employee_id": MENTEE}],
        "mentor_trained": True,
        "mentee_trained": 0,
    }
    assert PairingFacts.of_row(row) == replace(
        READY, leads_mentee=True, mentor_trained=True, mentee_trained=False
    )
