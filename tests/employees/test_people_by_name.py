"""People by name: read models carry `{id, full_name, job_title, email}` summaries beside their
`*_id` fields, to whoever may see the record, and never past the grievance confidentiality."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from tests.helpers import assert_problem


def summary(person):
    e = person.employee
    return {"id": e.id, "full_name": e.full_name, "job_title": e.job_title, "email": e.email}


@pytest.fixture
def named(programme, engine):
    """Mia and Paul with job titles (the factory leaves them empty)."""
    with engine.begin() as conn:
        for person, title in ((programme.mentee, "Accountant"), (programme.mentor, "Planner")):
            conn.execute(
                text("UPDATE employees SET job_title = :t WHERE id = :id"),
                {"t": title, "id": person.id},
            )
            person.employee.job_title = title
    return programme


@pytest.fixture
def active(client, named, factory):
    return factory.pairing(named)


def test_pairing_names_both_people_to_each_role_that_may_see_it(client, named, active):
    org = named.org
    for person in (org.hr, org.leader, named.mentor, named.mentee):
        one = client.get(f"/api/v1/pairings/{active['id']}", headers=person.headers)
        assert one.status_code == 200, one.text
        body = one.json()
        # The mentor and mentee see each other's name, job title and work e-mail.
        assert body["mentor"] == summary(named.mentor) | {"job_title": "Planner"}
        assert body["mentee"] == summary(named.mentee) | {"job_title": "Accountant"}
        assert body["mentor_id"] == named.mentor.id and body["mentee_id"] == named.mentee.id
        listed = client.get("/api/v1/pairings", headers=person.headers).json()["items"]
        assert [(p["mentor"]["full_name"], p["mentee"]["full_name"]) for p in listed] == [
            ("Paul Peer", "Mia Member")
        ]
    # Who may not see the pairing learns nobody's name from it.
    assert_problem(
        client.get(f"/api/v1/pairings/{active['id']}", headers=org.outsider.headers), 404
    )
    assert client.get("/api/v1/pairings", headers=org.outsider.headers).json()["items"] == []


def test_request_names_its_mentee(client, named):
    org = named.org
    for person in (org.hr, org.leader, named.mentee):
        body = client.get(
            f"/api/v1/mentoring-requests/{named.request['id']}", headers=person.headers
        ).json()
        assert body["mentee"] == summary(named.mentee)
        listed = client.get("/api/v1/mentoring-requests", headers=person.headers).json()
        assert [r["mentee"]["full_name"] for r in listed["items"]] == ["Mia Member"]
    assert_problem(
        client.get(
            f"/api/v1/mentoring-requests/{named.request['id']}", headers=org.outsider.headers
        ),
        404,
    )


def test_reviews_and_training_name_their_people(client, named, active):
    org = named.org
    for person in (org.hr, named.mentor, named.mentee):
        reviews = client.get(
            "/api/v1/reviews", headers=person.headers, params={"pairing_id": active["id"]}
        ).json()["items"]
        assert reviews, "an active pairing has its scheduled reviews"
        assert {(r["mentor"]["email"], r["mentee"]["email"]) for r in reviews} == {
            (named.mentor.employee.email, named.mentee.employee.email)
        }
        one = client.get(f"/api/v1/reviews/{reviews[0]['id']}", headers=person.headers).json()
        assert one["mentor"] == summary(named.mentor)
    training = client.get(
        "/api/v1/training-records", headers=org.hr.headers, params={"kind": "role_training"}
    ).json()["items"]
    assert {t["employee"]["full_name"] for t in training} == {"Paul Peer", "Mia Member"}
    assert all(t["employee"]["id"] == t["employee_id"] for t in training)
    assert all(t["trainer"] is None for t in training if t["trainer_id"] is None)
    one = client.get(f"/api/v1/training-records/{training[0]['id']}", headers=org.hr.headers)
    assert one.json()["employee"]["id"] == training[0]["employee_id"]


def test_evaluations_name_the_pairing_and_still_hide_the_kra_from_the_mentee(
    client, named, factory
):
    completed = factory.pairing(named, "completed")
    org = named.org
    listed = client.get("/api/v1/evaluations", headers=org.hr.headers).json()["items"]
    assert [(e["mentor"]["id"], e["mentee"]["id"]) for e in listed] == [
        (named.mentor.id, named.mentee.id)
    ]
    assert listed[0]["pairing_id"] == completed["id"]
    as_mentee = client.get(
        f"/api/v1/evaluations/{listed[0]['id']}", headers=named.mentee.headers
    ).json()
    assert as_mentee["mentor_kra_rating"] is None
    assert as_mentee["mentor"] == summary(named.mentor)
    as_mentor = client.get(
        f"/api/v1/evaluations/{listed[0]['id']}", headers=named.mentor.headers
    ).json()
    assert as_mentor["mentor_kra_rating"] is not None
    assert as_mentor["mentee"] == summary(named.mentee)
    mine = client.get("/api/v1/evaluations", headers=named.mentee.headers).json()["items"]
    assert mine[0]["mentor_kra_rating"] is None


def test_evaluations_due_name_both_people(client, named, active, engine):
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE pairings SET evaluation_due_date = :d WHERE id = :id"),
            {"d": date.today(), "id": active["id"]},
        )
    due = client.get("/api/v1/evaluations/due", headers=named.org.hr.headers).json()["items"]
    assert [(d["mentor"]["full_name"], d["mentee"]["full_name"]) for d in due] == [
        ("Paul Peer", "Mia Member")
    ]


def test_grievance_names_who_raised_it_only_to_hr_and_the_raiser(client, named, active):
    org = named.org
    raised = client.post(
        "/api/v1/grievances",
        headers=named.mentee.headers,
        json={"pairing_id": active["id"], "kind": "grievance", "description": "Confidential"},
    )
    assert raised.status_code == 201, raised.text
    grievance_id = raised.json()["id"]
    for person in (org.hr, named.mentee):
        one = client.get(f"/api/v1/grievances/{grievance_id}", headers=person.headers).json()
        assert one["raised_by_person"] == summary(named.mentee)
        assert one["raised_by"] == named.mentee.id
        assert one["mentor"] == summary(named.mentor)
        listed = client.get("/api/v1/grievances", headers=person.headers).json()["items"]
        assert [g["raised_by_person"]["full_name"] for g in listed] == ["Mia Member"]
    # The other participant and the team leader must not learn who raised it.
    for person in (named.mentor, org.leader):
        assert_problem(
            client.get(f"/api/v1/grievances/{grievance_id}", headers=person.headers), 404
        )
        listed = client.get("/api/v1/grievances", headers=person.headers).json()["items"]
        assert listed == []
    assert_problem(client.get("/api/v1/grievances", headers=org.reporting.headers), 403)
    # HR's notification names the raiser; nobody else is notified of it.
    notes = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    about = [n for n in notes if n["record_type"] == "grievance"]
    assert about and about[0]["subject"] == summary(named.mentee)
    for person in (named.mentor, org.leader):
        theirs = client.get("/api/v1/notifications", headers=person.headers).json()["items"]
        assert not [n for n in theirs if n["subject"] and n["record_type"] == "grievance"]


def test_a_grievance_notification_to_anyone_but_hr_carries_no_subject(
    client, named, active, factory
):
    """Defence in depth: should a grievance's notification ever reach a non-HR reader, its
    `subject` stays null (the id was there before; the name is not added)."""
    from api.records import service as records

    grievance = client.post(
        "/api/v1/grievances",
        headers=named.mentee.headers,
        json={"pairing_id": active["id"], "kind": "grievance", "description": "Confidential"},
    ).json()
    org = named.org

    async def notify(session):
        await records.notify(
            session,
            recipient_id=org.leader.id,
            kind="grievance_raised",
            title="A grievance",
            subject_employee_id=named.mentee.id,
            record=("grievance", grievance["id"]),
        )
        await records.notify(
            session,
            recipient_id=org.leader.id,
            kind="pairing_proposed",
            title="A pairing",
            subject_employee_id=named.mentee.id,
            record=("pairing", active["id"]),
        )

    factory.run(notify)
    notes = client.get("/api/v1/notifications", headers=org.leader.headers).json()["items"]
    by_record = {n["record_type"]: n for n in notes if n["title"] in ("A grievance", "A pairing")}
    assert by_record["grievance"]["subject"] is None
    assert by_record["pairing"]["subject"] == summary(named.mentee)


def test_personnel_file_names_the_employee_and_team_leader(client, named, factory):
    factory.pairing(named, "completed")
    org = named.org
    url = f"/api/v1/employees/{named.mentee.id}/personnel-file"
    for person in (org.hr, org.leader, named.mentee):
        items = client.get(url, headers=person.headers).json()["items"]
        assert items
        assert all(e["employee"] == summary(named.mentee) for e in items)
        sent = [e for e in items if e["sent_to_team_leader_id"] is not None]
        assert all(e["team_leader"]["id"] == e["sent_to_team_leader_id"] for e in sent)
    assert_problem(client.get(url, headers=named.mentor.headers), 404)


def test_audit_events_name_their_actor(client, named):
    org = named.org
    events = client.get(
        "/api/v1/audit-events", headers=org.hr.headers, params={"entity": "mentoring_request"}
    ).json()["items"]
    by_leader = [e for e in events if e["actor"] == f"user:{org.leader.user.id}"]
    assert by_leader and by_leader[0]["actor_name"] == "Lena Leader"
    client.post(
        "/api/v1/holidays", headers=org.hr.headers, json={"date": "2026-12-24", "name": "Off"}
    )
    events = client.get(
        "/api/v1/audit-events", headers=org.hr.headers, params={"entity": "holiday"}
    ).json()["items"]
    # HR's login has no employee record: its e-mail names it.
    assert events[0]["actor_name"] == "hr@example.com"
    assert_problem(client.get("/api/v1/audit-events", headers=org.leader.headers), 403)


def test_a_matching_run_names_its_proposals_and_unmatched(client, named):
    org = named.org
    run = client.post(
        "/api/v1/matching-runs", headers=org.hr.headers, json={"objective": "best_coverage"}
    )
    assert run.status_code == 201, run.text
    body = run.json()
    people = {p["id"]: p for p in body["people"]}
    assert [
        (people[p["mentee_id"]]["full_name"], people[p["mentor_id"]]["full_name"])
        for p in body["proposals"]
    ] == [("Mia Member", "Paul Peer")]
    assert people[named.mentee.id] == summary(named.mentee)
    again = client.get(f"/api/v1/matching-runs/{body['id']}", headers=org.hr.headers).json()
    assert again["people"] == body["people"]


def test_every_write_answers_with_the_people_by_name(client, named, active):
    """A form filed, a request confirmed: the answer names its people as reading it does."""
    reviews = client.get(
        "/api/v1/reviews", headers=named.mentor.headers, params={"pairing_id": active["id"]}
    ).json()["items"]
    filed = client.put(
        f"/api/v1/reviews/{reviews[0]['id']}/forms/mentor",
        headers=named.mentor.headers,
        json={"progress": 4, "relationship_health": 5, "comments": "On track", "concern": False},
    )
    assert filed.status_code == 200, filed.text
    assert (filed.json()["mentor"], filed.json()["mentee"]) == (
        summary(named.mentor),
        summary(named.mentee),
    )
    assert (
        filed.json()
        == client.get(f"/api/v1/reviews/{reviews[0]['id']}", headers=named.mentor.headers).json()
    )
