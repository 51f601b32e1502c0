from __future__ import annotations

from tests.helpers import assert_problem


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
