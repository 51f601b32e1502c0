"""GET /me/tasks: each kind of task appears for exactly the people who must act, and goes away
once the record says it is done; due dates, overdue, order, pages and counts."""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text

from api.tasks.schemas import TASK_KINDS
from tests.factories import Org, Person, Programme, role_training, start_pairing
from tests.helpers import assert_problem
from tests.world import EVALUATION_BODY

TASKS = "/api/v1/me/tasks"
FORM = {"progress": 4, "relationship_health": 4, "comments": "Fine", "concern": False}
TODAY = date.today()


def inbox(client: Any, person: Person, **params: Any) -> dict[str, Any]:
    response = client.get(TASKS, headers=person.headers, params={"limit": 500} | params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    # The counts are complete and consistent with the list when nothing filters it.
    assert set(body["counts"]) == set(TASK_KINDS)
    assert body["total"] == sum(body["counts"].values())
    if not (params.get("kind") or params.get("cursor") or body["next_cursor"]):
        assert len(body["items"]) == body["total"]
        for kind in TASK_KINDS:
            assert body["counts"][kind] == sum(1 for i in body["items"] if i["kind"] == kind)
    return body


def tasks_of(client: Any, person: Person) -> list[tuple[str, str, int]]:
    return sorted((t["kind"], t["entity"], t["entity_id"]) for t in inbox(client, person)["items"])


def find(client: Any, person: Person, kind: str) -> list[dict[str, Any]]:
    return [t for t in inbox(client, person)["items"] if t["kind"] == kind]


def everyone(org: Org) -> dict[str, Person]:
    return {
        "hr": org.hr,
        "leader": org.leader,
        "other_leader": org.other_leader,
        "mentee": org.member,
        "mentor": org.peer,
        "outsider": org.outsider,
    }


def assert_only(client: Any, org: Org, kind: str, entity_id: int, holders: set[str]) -> None:
    """The task of this kind on this record is in exactly these people's inboxes."""
    having = {
        name
        for name, person in everyone(org).items()
        if any(t["entity_id"] == entity_id for t in find(client, person, kind))
    }
    assert having == holders, (kind, having)


def sql(engine: Any, statement: str, **values: Any) -> None:
    with engine.begin() as conn:
        conn.execute(text(statement), values)


def post_ok(client: Any, url: str, person: Person, body: Any = None, status: int = 200) -> Any:
    response = client.post(url, headers=person.headers, json=body)
    assert response.status_code == status, response.text
    return response.json()


def propose(client: Any, p: Programme, start: date = TODAY) -> dict[str, Any]:
    result: dict[str, Any] = post_ok(
        client,
        "/api/v1/pairings",
        p.org.leader,
        {
            "request_id": p.request["id"],
            "mentor_id": p.mentor.id,
            "goals": ["Delegate the weekly planning"],
            "meeting_cadence": "fortnightly",
            "start_date": start.isoformat(),
        },
        201,
    )
    return result


# -- who may call it -----------------------------------------------------------------------


def test_unauthenticated_is_a_401(client, org):
    assert_problem(client.get(TASKS), 401)
    assert_problem(client.get(TASKS, headers={"Authorization": "Bearer nonsense"}), 401)


def test_service_accounts_have_no_inbox(client, org):
    for service in (org.hris, org.reporting):
        assert_problem(client.get(TASKS, headers=service.headers), 403)


@pytest.mark.parametrize(
    "params",
    [
        {"status": "open"},
        {"kind": "make_coffee"},
        {"limit": 0},
        {"limit": 501},
        {"cursor": "not-a-cursor"},
        {"cursor": base64.urlsafe_b64encode(b'{"id": 1}').decode()},
        {
            "cursor": base64.urlsafe_b64encode(
                json.dumps(
                    {"due": "2026-01-01", "kind": "handle_grievance", "id": 2**40, "subject": 0}
                ).encode()
            ).decode()
        },
        {
            "cursor": base64.urlsafe_b64encode(
                json.dumps({"due": "2026-01-01", "kind": "nap", "id": 1, "subject": 0}).encode()
            ).decode()
        },
    ],
)
def test_bad_query_parameters_are_a_422(client, org, params):
    problem = assert_problem(client.get(TASKS, headers=org.hr.headers, params=params), 422)
    assert problem["errors"][0]["loc"][0] == "query", problem


def test_an_empty_inbox(client, org):
    for person in everyone(org).values():
        body = inbox(client, person)
        assert body == {
            "items": [],
            "next_cursor": None,
            "counts": dict.fromkeys(TASK_KINDS, 0),
            "total": 0,
        }


# -- requests ------------------------------------------------------------------------------


def test_a_self_service_request_waits_for_the_team_leader(client, org, factory):
    review = factory.performance_review(org.member.employee, improvement_areas=["Delegation"])
    request = post_ok(
        client,
        "/api/v1/mentoring-requests",
        org.member,
        {
            "mentee_id": org.member.id,
            "performance_review_id": review.id,
            "discussion_date": TODAY.isoformat(),
        },
        201,
    )
    assert request["status"] == "awaiting_supervisor"
    assert_only(client, org, "confirm_request", request["id"], {"leader"})
    (task,) = find(client, org.leader, "confirm_request")
    assert task == {
        "kind": "confirm_request",
        "title": "Confirm Mia Member's request for a mentor",
        "due_date": None,
        "overdue": False,
        "entity": "mentoring_request",
        "entity_id": request["id"],
        "pairing_id": None,
    }
    assert find(client, org.leader, "match_request") == []
    post_ok(client, f"/api/v1/mentoring-requests/{request['id']}/confirm", org.leader)
    assert_only(client, org, "confirm_request", request["id"], set())
    # Open now: the team leader and HR choose the mentor.
    assert_only(client, org, "match_request", request["id"], {"leader", "hr"})
    assert find(client, org.hr, "match_request")[0]["title"] == "Find a mentor for Mia Member"
    post_ok(client, f"/api/v1/mentoring-requests/{request['id']}/cancel", org.member)
    assert_only(client, org, "match_request", request["id"], set())


def test_hr_confirms_when_the_mentee_has_no_active_team_leader(client, org, factory, engine):
    review = factory.performance_review(org.member.employee, improvement_areas=["Delegation"])
    request = post_ok(
        client,
        "/api/v1/mentoring-requests",
        org.member,
        {
            "mentee_id": org.member.id,
            "performance_review_id": review.id,
            "discussion_date": TODAY.isoformat(),
        },
        201,
    )
    # Lena, the team leader, has left (her account would be refused too).
    sql(engine, "UPDATE employees SET status = 'terminated' WHERE id = :id", id=org.leader.id)
    assert [t["entity_id"] for t in find(client, org.hr, "confirm_request")] == [request["id"]]
    # Nobody leads Mia at all: still HR's.
    sql(engine, "UPDATE employees SET status = 'active' WHERE id = :id", id=org.leader.id)
    sql(engine, "UPDATE employees SET team_leader_id = NULL WHERE id = :id", id=org.member.id)
    assert_only(client, org, "confirm_request", request["id"], {"hr"})


# -- the agreement, up to its start --------------------------------------------------------


def test_the_pre_start_checklist(client, programme, engine):
    p, org = programme, programme.org
    start = TODAY + timedelta(days=10)
    assert_only(client, org, "match_request", p.request["id"], {"leader", "hr"})
    pairing = propose(client, p, start)
    pid = pairing["id"]
    assert_only(client, org, "match_request", p.request["id"], set())
    assert_only(client, org, "approve_pairing", pid, {"leader", "hr"})
    assert_only(client, org, "acknowledge_agreement", pid, {"mentor", "mentee"})
    assert_only(client, org, "record_role_training", pid, {"hr"})
    assert_only(client, org, "activate_pairing", pid, set())
    (approve,) = find(client, org.hr, "approve_pairing")
    assert approve == {
        "kind": "approve_pairing",
        "title": "Approve the mentoring agreement of Paul Peer & Mia Member",
        "due_date": start.isoformat(),
        "overdue": False,
        "entity": "pairing",
        "entity_id": pid,
        "pairing_id": pid,
    }
    assert sorted(t["title"] for t in find(client, org.hr, "record_role_training")) == [
        "Record Mia Member's mentee orientation (mentored by Paul Peer)",
        "Record Paul Peer's mentor training (mentor of Mia Member)",
    ]
    assert [t["title"] for t in find(client, p.mentee, "acknowledge_agreement")] == [
        "Acknowledge your mentoring agreement with Paul Peer (your mentor)"
    ]
    assert [t["title"] for t in find(client, p.mentor, "acknowledge_agreement")] == [
        "Acknowledge your mentoring agreement with Mia Member (your mentee)"
    ]

    # Each approval takes the task off its own approver only.
    post_ok(client, f"/api/v1/pairings/{pid}/approve", org.leader)
    assert_only(client, org, "approve_pairing", pid, {"hr"})
    post_ok(client, f"/api/v1/pairings/{pid}/approve", org.hr)
    assert_only(client, org, "approve_pairing", pid, set())

    post_ok(client, f"/api/v1/pairings/{pid}/acknowledge", p.mentor)
    assert_only(client, org, "acknowledge_agreement", pid, {"mentee"})
    post_ok(client, f"/api/v1/pairings/{pid}/acknowledge", p.mentee)
    assert_only(client, org, "acknowledge_agreement", pid, set())

    role_training(client, org.hr, p.mentor.id, "mentor")
    assert [t["title"] for t in find(client, org.hr, "record_role_training")] == [
        "Record Mia Member's mentee orientation (mentored by Paul Peer)"
    ]
    assert_only(client, org, "activate_pairing", pid, set())  # one condition still unmet
    assert_problem(client.post(f"/api/v1/pairings/{pid}/activate", headers=org.hr.headers), 409)
    role_training(client, org.hr, p.mentee.id, "mentee")
    assert_only(client, org, "record_role_training", pid, set())

    # Every condition met: HR and the mentee's team leader may start it.
    assert_only(client, org, "activate_pairing", pid, {"hr", "leader"})
    (activate,) = find(client, org.leader, "activate_pairing")
    assert (
        activate["title"] == "Start the pairing of Paul Peer & Mia Member: every condition is met"
    )
    assert (activate["due_date"], activate["overdue"]) == (start.isoformat(), False)
    # Past its planned start: overdue.
    sql(
        engine, "UPDATE pairings SET start_date = :d WHERE id = :id", d=TODAY - timedelta(1), id=pid
    )
    (activate,) = find(client, org.leader, "activate_pairing")
    assert activate["overdue"] is True
    sql(engine, "UPDATE pairings SET start_date = :d WHERE id = :id", d=TODAY, id=pid)
    assert find(client, org.leader, "activate_pairing")[0]["overdue"] is False  # due today
    post_ok(client, f"/api/v1/pairings/{pid}/activate", org.leader)
    assert_only(client, org, "activate_pairing", pid, set())
    for person in everyone(org).values():
        assert inbox(client, person)["total"] == 0


def test_a_rejected_proposal_puts_the_request_back_to_match(client, programme):
    p, org = programme, programme.org
    pid = propose(client, p)["id"]
    post_ok(client, f"/api/v1/pairings/{pid}/reject", org.hr, {"reason": "Not now"})
    for kind in ("approve_pairing", "acknowledge_agreement", "record_role_training"):
        assert_only(client, org, kind, pid, set())
    assert_only(client, org, "match_request", p.request["id"], {"leader", "hr"})


# -- an active pairing ---------------------------------------------------------------------


@pytest.fixture
def active(client, programme, engine):
    # Discussed 50 days ago and started 45 days ago: review 1 was due a fortnight or so ago,
    # review 2 is about a fortnight away.
    sql(
        engine,
        "UPDATE mentoring_requests SET discussion_date = :d WHERE id = :id",
        d=TODAY - timedelta(days=50),
        id=programme.request["id"],
    )
    return start_pairing(client, programme, start=TODAY - timedelta(days=45))


def reviews(engine: Any, pairing_id: int) -> list[Any]:
    with engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT id, sequence, due_date FROM periodic_reviews "
                    "WHERE pairing_id = :p ORDER BY sequence"
                ),
                {"p": pairing_id},
            )
        )


def test_review_forms_when_due_and_overdue(client, programme, active, engine, settings):
    p, org = programme, programme.org
    first, second, *_ = reviews(engine, active["id"])
    assert first.sequence == 1
    for person, side in ((p.mentor, "mentor"), (p.mentee, "mentee")):
        (task,) = find(client, person, "fill_review_form")
        assert task == {
            "kind": "fill_review_form",
            "title": f"Fill in your {side} form for review 1 of Paul Peer & Mia Member",
            "due_date": str(first.due_date),
            "overdue": True,
            "entity": "review",
            "entity_id": first.id,
            "pairing_id": active["id"],
        }
    assert_only(client, org, "fill_review_form", first.id, {"mentor", "mentee"})
    # The next one appears when the participants are reminded of it, not before.
    window = settings.review_reminder_days
    set_due = "UPDATE periodic_reviews SET due_date = :d WHERE id = :id"
    sql(engine, set_due, d=TODAY + timedelta(days=window + 1), id=second.id)
    assert_only(client, org, "fill_review_form", second.id, set())
    sql(engine, set_due, d=TODAY + timedelta(days=window), id=second.id)
    assert_only(client, org, "fill_review_form", second.id, {"mentor", "mentee"})
    sql(engine, set_due, d=TODAY, id=second.id)
    due_today = find(client, p.mentor, "fill_review_form")
    assert [(t["entity_id"], t["overdue"]) for t in due_today] == [
        (first.id, True),
        (second.id, False),
    ]
    # A form filled takes the task off its own filler only.
    response = client.put(
        f"/api/v1/reviews/{first.id}/forms/mentor", headers=p.mentor.headers, json=FORM
    )
    assert response.status_code == 200, response.text
    assert_only(client, org, "fill_review_form", first.id, {"mentee"})
    response = client.put(
        f"/api/v1/reviews/{first.id}/forms/mentee",
        headers=p.mentee.headers,
        json=FORM | {"concern": True},
    )
    assert response.status_code == 200, response.text
    assert_only(client, org, "fill_review_form", first.id, set())
    # The concern is HR's to follow up.
    assert_only(client, org, "follow_up_concern", first.id, {"hr"})
    (concern,) = find(client, org.hr, "follow_up_concern")
    assert concern["title"] == (
        "Follow up the concern raised by Mia Member in review 1 of Paul Peer & Mia Member"
    )
    assert (concern["entity"], concern["pairing_id"], concern["due_date"]) == (
        "review",
        active["id"],
        None,
    )
    response = client.put(
        f"/api/v1/reviews/{first.id}/follow-up",
        headers=org.hr.headers,
        json={"notes": "Talked to both", "action_required": False},
    )
    assert response.status_code == 200, response.text
    assert_only(client, org, "follow_up_concern", first.id, set())
    # Reviews of a pairing that ended are nobody's task.
    post_ok(client, f"/api/v1/pairings/{active['id']}/terminate", org.hr, {"reason": "Moved"})
    assert_only(client, org, "fill_review_form", second.id, set())


def test_a_concern_of_both_and_of_a_pairing_that_ended(client, programme, active, engine):
    p, org = programme, programme.org
    first, *_ = reviews(engine, active["id"])
    for person, side in ((p.mentor, "mentor"), (p.mentee, "mentee")):
        response = client.put(
            f"/api/v1/reviews/{first.id}/forms/{side}",
            headers=person.headers,
            json=FORM | {"concern": True},
        )
        assert response.status_code == 200, response.text
    (concern,) = find(client, org.hr, "follow_up_concern")
    assert concern["title"] == (
        "Follow up the concern raised by both participants in review 1 of Paul Peer & Mia Member"
    )
    # Not followed up, but the pairing has ended since: nothing left to follow up.
    post_ok(client, f"/api/v1/pairings/{active['id']}/terminate", org.hr, {"reason": "Moved"})
    assert find(client, org.hr, "follow_up_concern") == []


def test_peer_sessions_are_confirmed_by_the_mentee(client, programme, active):
    p, org = programme, programme.org
    day = TODAY - timedelta(days=2)
    session = post_ok(
        client,
        "/api/v1/training-records",
        p.mentor,
        {
            "kind": "peer_session",
            "pairing_id": active["id"],
            "date": day.isoformat(),
            "duration_minutes": 60,
        },
        201,
    )
    assert_only(client, org, "confirm_session", session["id"], {"mentee"})
    (task,) = find(client, p.mentee, "confirm_session")
    assert task == {
        "kind": "confirm_session",
        "title": f"Confirm the peer session of {day.isoformat()} with Paul Peer",
        "due_date": None,
        "overdue": False,
        "entity": "training_record",
        "entity_id": session["id"],
        "pairing_id": active["id"],
    }
    post_ok(client, f"/api/v1/training-records/{session['id']}/confirm", p.mentee)
    assert_only(client, org, "confirm_session", session["id"], set())


def test_grievances_are_hrs_with_their_sla_due_date(client, programme, active, engine):
    p, org = programme, programme.org
    grievance = post_ok(
        client,
        "/api/v1/grievances",
        p.mentee,
        {"pairing_id": active["id"], "kind": "withdrawal", "description": "Private reasons"},
        201,
    )
    assert_only(client, org, "handle_grievance", grievance["id"], {"hr"})
    (task,) = find(client, org.hr, "handle_grievance")
    assert task == {
        "kind": "handle_grievance",
        "title": "Handle the withdrawal raised by Mia Member (Paul Peer & Mia Member)",
        "due_date": grievance["due_date"],
        "overdue": False,
        "entity": "grievance",
        "entity_id": grievance["id"],
        "pairing_id": active["id"],
    }
    assert "Private reasons" not in json.dumps(inbox(client, org.hr))  # confidential text
    # Breached the day after its due date, not on it.
    set_due = "UPDATE grievances SET due_date = :d WHERE id = :id"
    sql(engine, set_due, d=TODAY, id=grievance["id"])
    assert find(client, org.hr, "handle_grievance")[0]["overdue"] is False
    sql(engine, set_due, d=TODAY - timedelta(days=1), id=grievance["id"])
    assert find(client, org.hr, "handle_grievance")[0]["overdue"] is True
    post_ok(client, f"/api/v1/grievances/{grievance['id']}/actions", org.hr, {"note": "Called Mia"})
    assert_only(client, org, "handle_grievance", grievance["id"], {"hr"})  # under review
    post_ok(
        client,
        f"/api/v1/grievances/{grievance['id']}/resolve",
        org.hr,
        {"outcome": "resolved", "resolution": "Withdrawn by agreement"},
    )
    assert_only(client, org, "handle_grievance", grievance["id"], set())


def test_the_evaluation_is_due_at_its_date(client, programme, active, engine):
    org = programme.org
    pid = active["id"]
    assert_only(client, org, "run_evaluation", pid, set())  # months away
    set_due = "UPDATE pairings SET evaluation_due_date = :d WHERE id = :id"
    sql(engine, set_due, d=TODAY + timedelta(days=1), id=pid)
    assert_only(client, org, "run_evaluation", pid, set())
    sql(engine, set_due, d=TODAY, id=pid)
    assert_only(client, org, "run_evaluation", pid, {"hr"})
    (task,) = find(client, org.hr, "run_evaluation")
    assert task["title"] == "Evaluate the pairing of Paul Peer & Mia Member"
    assert (task["due_date"], task["overdue"]) == (TODAY.isoformat(), False)
    sql(engine, set_due, d=TODAY - timedelta(days=3), id=pid)
    (task,) = find(client, org.hr, "run_evaluation")
    assert (task["due_date"], task["overdue"]) == ((TODAY - timedelta(days=3)).isoformat(), True)
    # Extended: due again at the new date, months away.
    post_ok(client, f"/api/v1/pairings/{pid}/evaluation", org.hr, EVALUATION_BODY, 201)
    assert_only(client, org, "run_evaluation", pid, set())


def test_a_participant_who_left_is_hrs_to_decide(client, programme, active, engine):
    p, org = programme, programme.org
    pid = active["id"]
    sql(
        engine,
        "UPDATE employees SET status = 'terminated', terminated_on = :d WHERE id = :id",
        d=TODAY,
        id=p.mentor.id,
    )
    assert_problem(client.get(TASKS, headers=p.mentor.headers), 401)  # gone: no access
    for person in (org.leader, org.other_leader, p.mentee, org.outsider):
        assert find(client, person, "terminated_participant") == []
    (task,) = find(client, org.hr, "terminated_participant")
    assert task["title"] == (
        "Paul Peer, the mentor of Paul Peer & Mia Member, has left: decide what happens to the "
        "pairing"
    )
    assert (task["entity"], task["entity_id"], task["due_date"]) == ("pairing", pid, None)
    post_ok(client, f"/api/v1/pairings/{pid}/terminate", org.hr, {"reason": "Paul left"})
    assert find(client, org.hr, "terminated_participant") == []


# -- each role its own; order, pages and counts ---------------------------------------------


def test_each_role_sees_only_its_own(client, programme, active, engine):
    p, org = programme, programme.org
    post_ok(
        client,
        "/api/v1/grievances",
        p.mentee,
        {"pairing_id": active["id"], "kind": "grievance", "description": "Late again"},
        201,
    )
    sql(engine, "UPDATE pairings SET evaluation_due_date = :d", d=TODAY)
    kinds = {
        name: {t[0] for t in tasks_of(client, person)} for name, person in everyone(org).items()
    }
    assert kinds == {
        "hr": {"handle_grievance", "run_evaluation"},
        "leader": set(),
        "other_leader": set(),
        "mentee": {"fill_review_form"},
        "mentor": {"fill_review_form"},
        "outsider": set(),
    }


def test_a_participant_with_another_role_gets_their_own_tasks(client, org, factory):
    """A team leader who is a mentee acknowledges their own agreement; their mentor is not
    asked to approve it."""
    dept = org.dept
    boss = factory.employee(dept, full_name="Bea Boss", level="M4")
    lead_mentee = factory.employee(dept, full_name="Tom Lead", team_leader=boss, level="M3")
    lead_mentor = factory.employee(dept, full_name="Una Lead", level="M3")
    from tests.factories import make_eligible

    make_eligible(factory, lead_mentor, skills={"Delegation": 5})
    review = factory.performance_review(lead_mentee, rating=3, improvement_areas=["Delegation"])
    boss_user = factory.user("team_leader", boss)
    tom = factory.user("team_leader", lead_mentee)
    una = factory.user("team_leader", lead_mentor)
    request = post_ok(
        client,
        "/api/v1/mentoring-requests",
        boss_user,
        {
            "mentee_id": lead_mentee.id,
            "performance_review_id": review.id,
            "discussion_date": TODAY.isoformat(),
        },
        201,
    )
    pairing = post_ok(
        client,
        "/api/v1/pairings",
        boss_user,
        {
            "request_id": request["id"],
            "mentor_id": lead_mentor.id,
            "goals": ["Delegate"],
            "meeting_cadence": "monthly",
            "start_date": TODAY.isoformat(),
        },
        201,
    )
    assert {t[0] for t in tasks_of(client, tom)} == {"acknowledge_agreement"}
    assert {t[0] for t in tasks_of(client, una)} == {"acknowledge_agreement"}
    assert {t[0] for t in tasks_of(client, boss_user)} == {"approve_pairing"}
    # Lena leads the department but not Tom: not hers.
    assert all(t[2] != pairing["id"] for t in tasks_of(client, org.leader))


def test_order_pages_and_complete_counts(client, programme, engine, factory):
    p, org = programme, programme.org
    # HR's inbox: the proposed pairing (due in 5 days) with two role trainings, an approval,
    # and a few open requests of other people (no due date), one of them older.
    pid = propose(client, p, TODAY + timedelta(days=5))["id"]
    for n in range(3):
        person = factory.employee(org.dept, team_leader=org.leader.employee, full_name=f"Ned {n}")
        review = factory.performance_review(person, improvement_areas=["Delegation"])
        post_ok(
            client,
            "/api/v1/mentoring-requests",
            org.leader,
            {
                "mentee_id": person.id,
                "performance_review_id": review.id,
                "discussion_date": TODAY.isoformat(),
            },
            201,
        )
    full = inbox(client, org.hr)
    assert full["counts"] == dict.fromkeys(TASK_KINDS, 0) | {
        "approve_pairing": 1,
        "record_role_training": 2,
        "match_request": 3,
    }
    dated = [t for t in full["items"] if t["due_date"]]
    assert [t["kind"] for t in full["items"]][: len(dated)] == [
        "approve_pairing",
        "record_role_training",
        "record_role_training",
    ]
    assert all(t["due_date"] is None for t in full["items"][len(dated) :])
    # An overdue task leads.
    sql(
        engine, "UPDATE pairings SET start_date = :d WHERE id = :id", d=TODAY - timedelta(2), id=pid
    )
    first = inbox(client, org.hr)["items"][0]
    assert (first["kind"], first["overdue"]) == ("approve_pairing", True)
    # Page by page: the same items in the same order, the counts complete on every page.
    seen: list[dict[str, Any]] = []
    cursor = None
    while True:
        params: dict[str, Any] = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = inbox(client, org.hr, **params)
        assert page["total"] == 6 and len(page["items"]) <= 2
        seen += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == inbox(client, org.hr)["items"]
    # One kind: only its items; the counts still count everything.
    only = inbox(client, org.hr, kind="match_request")
    assert {t["kind"] for t in only["items"]} == {"match_request"}
    assert len(only["items"]) == 3 and only["total"] == 6
