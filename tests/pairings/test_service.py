"""The pairing state machine at the service level (api/pairings/service.py called directly with
a session, no HTTP): which transition each state allows, what each refusal says, and the peer
policy. The HTTP tests (test_lifecycle.py) keep the contract: status codes, bodies, roles."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import func, select

from api.core.audit import AuditEvent
from api.core.errors import Conflict, Forbidden
from api.employees.models import Employee
from api.pairings import service
from api.pairings.models import Pairing
from api.pairings.schemas import PairingUpdate
from api.programme.models import ProgrammeSettings
from tests.factories import PAIRING_STATES

# What `factory.pairing` leaves behind for each state: status, approving roles, acknowledged
# participants, and whether the pairing has ended.
EXPECTED = {
    "proposed": ("proposed", set(), 0, False),
    "approved": ("approved", {"team_leader", "hr_admin"}, 0, False),
    "ready": ("approved", {"team_leader", "hr_admin"}, 2, False),
    "active": ("active", {"team_leader", "hr_admin"}, 2, False),
    "rejected": ("rejected", set(), 0, True),
    "terminated": ("terminated", {"team_leader", "hr_admin"}, 2, True),
    "withdrawn": ("withdrawn", {"team_leader", "hr_admin"}, 2, True),
    "completed": ("completed", {"team_leader", "hr_admin"}, 2, True),
}

ENDED = ("rejected", "terminated", "withdrawn", "completed")


def attempt(factory: Any, action: Any, actor: Any, pairing_id: int, **kwargs: Any) -> Any:
    """Run one transition in its own transaction; return the exception it raised, if any."""

    async def work(session: Any) -> None:
        await action(session, actor, pairing_id=pairing_id, if_match=None, **kwargs)

    try:
        factory.run(work)
    except (Conflict, Forbidden) as error:
        return error
    return None


@pytest.mark.parametrize("state", PAIRING_STATES)
def test_the_factory_builds_every_state_through_the_rules(factory, programme, state):
    body = factory.pairing(programme, state)
    status, roles, acknowledged, ended = EXPECTED[state]
    assert body["status"] == status
    assert {a["role"] for a in body["approvals"]} == roles
    assert len(body["acknowledgements"]) == acknowledged
    assert (body["end_date"] is not None) == ended
    assert body["mentee_id"] == programme.mentee.id and body["mentor_id"] == programme.mentor.id
    if status in ("active", "terminated", "withdrawn", "completed"):
        assert body["evaluation_due_date"]

    async def audited(session: Any) -> int:
        stmt = select(func.count()).where(
            AuditEvent.entity == "pairing", AuditEvent.entity_id == body["id"]
        )
        return int(await session.scalar(stmt))

    # One audit event per step taken (the version counts the changes after the proposal).
    assert factory.run(audited) == body["version"]


@pytest.mark.parametrize("state", ENDED)
def test_an_ended_pairing_refuses_every_transition(factory, programme, state):
    pairing = factory.pairing(programme, state)
    org = programme.org
    reason = [f"status_{state}"]
    for action, actor, kwargs in (
        (service.approve, org.hr.actor, {}),
        (service.acknowledge, programme.mentor.actor, {}),
        (service.reject, org.leader.actor, {"reason": "Too late"}),
        (service.terminate, org.hr.actor, {"reason": "Too late"}),
        (service.update, org.leader.actor, {"data": PairingUpdate(meeting_cadence="weekly")}),
    ):
        error = attempt(factory, action, actor, pairing["id"], **kwargs)
        assert isinstance(error, Conflict), (action.__name__, error)
        assert error.reasons == reason, action.__name__
    refused = attempt(factory, service.activate, org.hr.actor, pairing["id"])
    assert isinstance(refused, Conflict) and f"status_{state}" in refused.reasons
    # Nothing changed.
    assert factory.pairing_read(pairing["id"]) == pairing


def test_activation_lists_every_unmet_condition_then_none(factory, programme):
    org = programme.org
    proposed = factory.pairing(programme, "proposed")

    async def unmet(session: Any) -> list[str]:
        pairing = await service.get_pairing(session, org.hr.actor, proposed["id"])
        return await service.unmet_activation_conditions(session, pairing)

    assert factory.run(unmet) == [
        "not_approved",
        "missing_team_leader_approval",
        "missing_hr_admin_approval",
        "mentor_not_acknowledged",
        "mentee_not_acknowledged",
        "mentor_not_trained",
        "mentee_not_trained",
    ]
    for action, actor in ((service.approve, org.hr.actor), (service.approve, org.leader.actor)):
        assert attempt(factory, action, actor, proposed["id"]) is None
    assert factory.run(unmet) == [
        "mentor_not_acknowledged",
        "mentee_not_acknowledged",
        "mentor_not_trained",
        "mentee_not_trained",
    ]
    factory.role_training(org.hr, programme.mentor.id, "mentor")
    for person in (programme.mentor, programme.mentee):
        assert attempt(factory, service.acknowledge, person.actor, proposed["id"]) is None
    assert factory.run(unmet) == ["mentee_not_trained"]
    factory.role_training(org.hr, programme.mentee.id, "mentee")
    assert factory.run(unmet) == []
    assert attempt(factory, service.activate, org.leader.actor, proposed["id"]) is None
    assert factory.pairing_read(proposed["id"])["status"] == "active"


def test_a_change_of_terms_clears_the_acknowledgements_and_a_no_op_changes_nothing(
    factory, programme
):
    org = programme.org
    ready = factory.pairing(programme, "proposed")
    for person in (programme.mentor, programme.mentee):
        assert attempt(factory, service.acknowledge, person.actor, ready["id"]) is None
    before = factory.pairing_read(ready["id"])
    assert len(before["acknowledgements"]) == 2
    same = PairingUpdate(meeting_cadence=before["meeting_cadence"])
    assert attempt(factory, service.update, org.leader.actor, ready["id"], data=same) is None
    assert factory.pairing_read(ready["id"]) == before
    changed = PairingUpdate(meeting_cadence="weekly")
    assert attempt(factory, service.update, org.hr.actor, ready["id"], data=changed) is None
    after = factory.pairing_read(ready["id"])
    assert after["acknowledgements"] == [] and after["meeting_cadence"] == "weekly"
    assert after["version"] == before["version"] + 1


def test_only_the_participants_acknowledge_and_only_leaders_or_hr_approve(factory, programme):
    org = programme.org
    pairing = factory.pairing(programme, "proposed")
    for person in (org.hr, org.leader):
        assert isinstance(
            attempt(factory, service.acknowledge, person.actor, pairing["id"]), Forbidden
        )
    assert isinstance(
        attempt(factory, service.approve, programme.mentor.actor, pairing["id"]), Forbidden
    )
    assert factory.pairing_read(pairing["id"]) == pairing


def _employee(id: int, *, leader: int | None = None, dept: int = 1, level: str = "M2") -> Employee:
    return Employee(
        id=id,
        full_name=f"E{id}",
        email=f"e{id}@example.com",
        department_id=dept,
        level=level,
        is_managerial=True,
        hire_date=date(2020, 1, 1),
        status="active",
        team_leader_id=leader,
    )


@pytest.mark.parametrize(
    ("mentor", "mentee", "same_department", "same_level", "reasons"),
    [
        (_employee(1), _employee(2), True, True, []),
        (_employee(1), _employee(1), True, True, ["mentor_is_mentee"]),
        (_employee(1), _employee(2, leader=1), True, True, ["mentor_is_team_leader"]),
        (_employee(1, leader=2), _employee(2), True, True, ["mentor_reports_to_mentee"]),
        (_employee(1, dept=2), _employee(2), True, True, ["not_same_department"]),
        (_employee(1, dept=2), _employee(2), False, True, []),
        (_employee(1, level="M3"), _employee(2), True, True, ["not_same_level"]),
        (_employee(1, level="M3"), _employee(2), True, False, []),
        (
            _employee(1, dept=2, level="M3"),
            _employee(2, leader=1),
            True,
            True,
            ["mentor_is_team_leader", "not_same_department", "not_same_level"],
        ),
    ],
)
def test_peer_policy(mentor, mentee, same_department, same_level, reasons):
    settings = ProgrammeSettings(
        require_same_department=same_department, require_same_level=same_level
    )
    assert service._peer_conflicts(mentor, mentee, settings) == reasons


def test_a_pairing_is_read_as_the_route_answers_it(factory, programme, client):
    active = factory.pairing(programme, "active")
    response = client.get(f"/api/v1/pairings/{active['id']}", headers=programme.org.hr.headers)
    assert response.status_code == 200
    assert response.json() == active

    async def stored(session: Any) -> str:
        pairing = await session.get(Pairing, active["id"])
        return str(pairing.status)

    assert factory.run(stored) == "active"
