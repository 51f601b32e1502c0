from __future__ import annotations

from tests.factories import start_pairing
from tests.helpers import assert_problem, audit_events


def test_personnel_file_visibility(client, programme):
    org = programme.org
    url = f"/api/v1/employees/{programme.mentee.id}/personnel-file"
    for person in (org.hr, org.leader, programme.mentee):
        assert len(client.get(url, headers=person.headers).json()["items"]) == 1
    assert_problem(client.get(url, headers=programme.mentor.headers), 404)  # a colleague
    assert_problem(client.get(url, headers=org.other_leader.headers), 404)
    for person in (org.hris, org.reporting):
        assert_problem(client.get(url, headers=person.headers), 403)
    assert_problem(client.get(url, headers=org.hr.headers, params={"document_type": "memo"}), 422)
    only = client.get(url, headers=org.hr.headers, params={"document_type": "agreement"}).json()[
        "items"
    ]
    assert only == []


def test_notifications_are_the_callers_own_and_can_be_read(client, programme, engine):
    org = programme.org
    [note] = client.get("/api/v1/notifications", headers=org.leader.headers).json()["items"]
    assert note["read_at"] is None
    assert client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"] == []
    assert_problem(
        client.post(f"/api/v1/notifications/{note['id']}/read", headers=programme.mentee.headers),
        404,
    )
    read = client.post(f"/api/v1/notifications/{note['id']}/read", headers=org.leader.headers)
    assert read.status_code == 200 and read.json()["read_at"]
    again = client.post(f"/api/v1/notifications/{note['id']}/read", headers=org.leader.headers)
    assert again.json()["read_at"] == read.json()["read_at"]
    unread = client.get(
        "/api/v1/notifications", headers=org.leader.headers, params={"unread": True}
    ).json()["items"]
    assert unread == []
    assert_problem(
        client.post("/api/v1/notifications/999999/read", headers=org.leader.headers), 404
    )


def test_every_notification_names_the_record_it_opens(client, programme):
    org = programme.org
    pairing = start_pairing(client, programme)
    grievance = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": pairing["id"], "kind": "grievance", "description": "Sessions skipped"},
    ).json()
    leader = client.get("/api/v1/notifications", headers=org.leader.headers).json()["items"]
    by_type = {(n["document_type"], n["record_type"], n["record_id"]) for n in leader}
    # The request opens the request; the agreement and acknowledgements the pairing.
    assert ("mentoring_request", "mentoring_request", programme.request["id"]) in by_type
    assert ("agreement", "pairing", pairing["id"]) in by_type
    assert ("acknowledgement", "pairing", pairing["id"]) in by_type
    # Role training held before the pairing (as start_pairing does it) opens the trainee.
    assert ("role_training", "employee", programme.mentor.id) in by_type
    assert all(n["record_type"] and n["record_id"] for n in leader)
    hr = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    raised = next(n for n in hr if n["kind"] == "grievance_raised")
    assert (raised["record_type"], raised["record_id"]) == ("grievance", grievance["id"])


def test_mark_all_read(client, programme, engine):
    org = programme.org
    start_pairing(client, programme)
    url = "/api/v1/notifications"
    unread = client.get(url, headers=org.leader.headers, params={"unread": True}).json()["items"]
    assert len(unread) >= 3
    # Someone else's notifications are untouched by the call.
    mentee_unread = client.get(url, headers=programme.mentee.headers, params={"unread": True})
    answer = client.post(f"{url}/read-all", headers=org.leader.headers)
    assert answer.status_code == 200
    assert answer.json() == {"marked": len(unread)}
    assert client.get(url, headers=org.leader.headers, params={"unread": True}).json() == {
        "items": [],
        "next_cursor": None,
    }
    read = client.get(url, headers=org.leader.headers).json()["items"]
    assert all(n["read_at"] for n in read)
    assert len({n["read_at"] for n in read}) == 1  # one moment for all of them
    assert (
        client.get(url, headers=programme.mentee.headers, params={"unread": True}).json()
        == mentee_unread.json()
    )
    # Audited once, naming every notification it marked.
    [event] = audit_events(engine, action="notification.read_all")
    assert event.actor_role == "team_leader"
    assert event.changes["after"]["notification_ids"] == sorted(n["id"] for n in unread)
    # Nothing left: a second call marks nothing and writes no audit event.
    assert client.post(f"{url}/read-all", headers=org.leader.headers).json() == {"marked": 0}
    assert len(audit_events(engine, action="notification.read_all")) == 1


def test_mark_all_read_needs_a_caller_and_takes_no_body(client, programme):
    assert_problem(client.post("/api/v1/notifications/read-all"), 401)
    # Service accounts have an (empty) inbox of their own: nothing to mark, not an error.
    for person in (programme.org.hris, programme.org.reporting):
        answer = client.post("/api/v1/notifications/read-all", headers=person.headers)
        assert answer.status_code == 200 and answer.json() == {"marked": 0}
    # It is POST only.
    assert_problem(
        client.get("/api/v1/notifications/read-all", headers=programme.org.hr.headers), 405
    )
