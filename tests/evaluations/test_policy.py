"""The evaluation rules (api/evaluations/policy.py) as plain functions. No database."""

from __future__ import annotations

from datetime import date

from api.core.errors import Conflict, Forbidden
from api.core.security import Actor, Role
from api.evaluations import policy
from api.evaluations.models import Evaluation
from api.pairings.models import PairingStatus
from api.pairings.policy import PairingFacts

HR = Actor(kind="user", id=1, role=Role.HR_ADMIN)
LEADER = Actor(kind="user", id=2, role=Role.TEAM_LEADER, employee_id=3)
MENTOR = Actor(kind="user", id=4, role=Role.EMPLOYEE, employee_id=5)
MENTEE = Actor(kind="user", id=6, role=Role.EMPLOYEE, employee_id=7)


def pairing(status: PairingStatus) -> PairingFacts:
    return PairingFacts(
        status=status,
        mentor_id=5,
        mentee_id=7,
        leads_mentee=False,
        approvals=frozenset({"team_leader", "hr_admin"}),
        acknowledged_by=frozenset({5, 7}),
        mentor_trained=True,
        mentee_trained=True,
    )


def test_hr_evaluates_an_active_pairing_without_an_open_withdrawal():
    active = pairing(PairingStatus.ACTIVE)
    assert policy.can_evaluate(HR, active, withdrawal_open=False)
    refused = policy.can_evaluate(HR, active, withdrawal_open=True)
    assert isinstance(refused.refusal, Conflict)
    assert refused.refusal.reasons == ["withdrawal_open"]
    # The pairing's state is checked first, as the service always did.
    completed = policy.can_evaluate(HR, pairing(PairingStatus.COMPLETED), withdrawal_open=True)
    assert isinstance(completed.refusal, Conflict)
    assert completed.refusal.reasons == ["status_completed"]
    for actor in (LEADER, MENTOR, MENTEE):
        verdict = policy.can_evaluate(actor, active, withdrawal_open=False)
        assert isinstance(verdict.refusal, Forbidden)


def test_the_mentee_does_not_read_the_mentors_kra_rating_and_nobody_acts_on_an_evaluation():
    evaluation = Evaluation(pairing_id=1, evaluated_on=date(2027, 1, 1), mentor_kra_rating=4)
    assert not policy.sees_kra_rating(MENTEE, evaluation, mentee_id=7)
    for actor in (HR, LEADER, MENTOR):
        assert policy.sees_kra_rating(actor, evaluation, mentee_id=7)
        assert policy.allowed_actions(actor, evaluation) == []
