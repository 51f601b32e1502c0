"""`allowed_actions` on the pairing read models, over HTTP: exactly what HR, the mentee's team
leader, another team leader who sees the pairing, the mentor and the mentee may do in each
state; an action listed succeeds, an action not listed is refused (403 or 409) and changes
nothing."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import update

from api.employees.models import Employee
from tests.factories import GOALS, Programme

PAIRINGS = "/api/v1/pairings"
PEOPLE = ("hr", "leader", "other_leader", "mentor", "mentee")
ACTIONS = ("update", "approve", "reject", "acknowledge", "activate", "terminate", "evaluate")

EXPECTED: dict[str, dict[str, list[str]]] = {
    "proposed": {
        "hr": ["update", "approve", "reject", "terminate"],
        "leader": ["update", "approve", "reject"],
        "other_leader": [],
        "mentor": ["acknowledge"],
        "mentee": ["acknowledge"],
    },
    "approved": {  # not yet acknowledged nor trained: activation is offered, its 409 says why
        "hr": ["reject", "activate", "terminate"],
        "leader": ["reject", "activate"],
        "other_leader": [],
        "mentor": ["acknowledge"],
        "mentee": ["acknowledge"],
    },
    "ready": {  # approved, acknowledged and trained
        "hr": ["reject", "activate", "terminate"],
        "leader": ["reject", "activate"],
        "other_leader": [],
        "mentor": [],
        "mentee": [],
    },
    "active": {
        "hr": ["terminate", "evaluate"],
        "leader": [],
        "other_leader": [],
        "mentor": [],
        "mentee": [],
    },
    "completed": {person: [] for person in PEOPLE},
    "terminated": {person: [] for person in PEOPLE},
}
# What each state becomes after a listed action (None: the status stays).
OUTCOME = {
    "update": None,
    "approve": None,  # the first of the two approvals
    "reject": "rejected",
    "acknowledge": None,
    "activate": "active",
    "terminate": "terminated",
    "evaluate": "completed",
}


def person(p: Programme, who: str) -> Any:
    org = p.org
    return {
        "hr": org.hr,
        "leader": org.leader,
        "other_leader": org.other_leader,
        "mentor": p.mentor,
        "mentee": p.mentee,
    }[who]


def seen_by_the_other_leader(factory: Any, p: Programme) -> None:
    """The other department's team leader now leads the mentor: they see the pairing (a
    person they lead takes part) but do not lead the mentee."""

    async def work(session: Any) -> None:
        await session.execute(
            update(Employee)
            .where(Employee.id == p.mentor.id)
            .values(team_leader_id=p.org.other_leader.id)
        )

    factory.run(work)


def take(client: Any, actor: Any, pairing_id: int, action: str) -> Any:
    headers = actor.headers
    if action == "update":
        return client.patch(
            f"{PAIRINGS}/{pairing_id}", headers=headers, json={"meeting_cadence": "weekly"}
        )
    if action == "evaluate":
        body = {
            "goals": [{"goal": goal, "met": True} for goal in GOALS],
            "skill_ratings": [{"skill": "Delegation", "before": 2, "after": 4}],
            "effectiveness": 4,
            "mentor_kra_rating": 4,
            "outcome": "complete",
            "early": True,
            "early_reason": "Goals met ahead of time",
        }
        return client.post(f"{PAIRINGS}/{pairing_id}/evaluation", headers=headers, json=body)
    body = {"reason": "Not the right time"} if action in ("reject", "terminate") else None
    return client.post(f"{PAIRINGS}/{pairing_id}/{action}", headers=headers, json=body)


@pytest.mark.parametrize("state", list(EXPECTED))
def test_allowed_actions_are_exactly_the_callers_per_state(client, factory, programme, state):
    pairing = factory.pairing(programme, state)
    seen_by_the_other_leader(factory, programme)
    for who in PEOPLE:
        actor = person(programme, who)
        response = client.get(f"{PAIRINGS}/{pairing['id']}", headers=actor.headers)
        assert response.status_code == 200, (who, response.text)
        assert response.json()["allowed_actions"] == EXPECTED[state][who], who
        listed = client.get(PAIRINGS, headers=actor.headers, params={"limit": 200})
        assert listed.status_code == 200
        [row] = [row for row in listed.json()["items"] if row["id"] == pairing["id"]]
        assert row["allowed_actions"] == EXPECTED[state][who], who


def test_a_team_leader_who_does_not_see_the_pairing_reads_nothing(client, factory, programme):
    pairing = factory.pairing(programme, "proposed")
    other = programme.org.other_leader
    assert client.get(f"{PAIRINGS}/{pairing['id']}", headers=other.headers).status_code == 404


@pytest.mark.parametrize("state", list(EXPECTED))
def test_an_action_not_listed_is_refused_and_changes_nothing(client, factory, programme, state):
    pairing = factory.pairing(programme, state)
    seen_by_the_other_leader(factory, programme)
    for who in PEOPLE:
        actor = person(programme, who)
        for action in ACTIONS:
            if action in EXPECTED[state][who]:
                continue
            response = take(client, actor, pairing["id"], action)
            assert response.status_code in (403, 409), (who, action, response.text)
    after = client.get(f"{PAIRINGS}/{pairing['id']}", headers=programme.org.hr.headers).json()
    assert after == pairing


LISTED = [
    (state, who, action)
    for state in ("proposed", "approved", "ready", "active")
    for who in PEOPLE
    for action in EXPECTED[state][who]
]


@pytest.mark.parametrize(("state", "who", "action"), LISTED)
def test_an_action_listed_succeeds(client, factory, programme, state, who, action):
    pairing = factory.pairing(programme, state)
    seen_by_the_other_leader(factory, programme)
    actor = person(programme, who)
    response = take(client, actor, pairing["id"], action)
    if (state, action) == ("approved", "activate"):
        # Offered before the participants' steps, which the 409 names (the SPA shows them).
        assert response.status_code == 409, response.text
        assert response.json()["reasons"] == [
            "mentor_not_acknowledged",
            "mentee_not_acknowledged",
            "mentor_not_trained",
            "mentee_not_trained",
        ]
        return
    assert response.status_code in (200, 201), (who, action, response.text)
    after = client.get(f"{PAIRINGS}/{pairing['id']}", headers=actor.headers).json()
    assert after["status"] == (OUTCOME[action] or pairing["status"])
    assert after["version"] == pairing["version"] + 1
    # The caller is not offered the same step twice.
    if action in ("approve", "acknowledge", "activate", "terminate", "evaluate", "reject"):
        assert action not in after["allowed_actions"]
    if action != "evaluate":  # a transition answers the pairing with the caller's next actions
        assert response.json()["allowed_actions"] == after["allowed_actions"]
