"""Mentoring requests: who raises them, the supervisor's confirmation, the states."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers import assert_problem, audit_events

REQUESTS = "/api/v1/mentoring-requests"
TODAY = date.today().isoformat()


def body_for(mentee_id, review_id, **extra):
    return {
        "mentee_id": mentee_id,
        "performance_review_id": review_id,
        "discussion_date": TODAY,
    } | extra


def test_team_leader_raises_an_open_request_from_the_review(client, org, factory, engine):
    review = factory.performance_review(org.member.employee, improvement_areas=["Delegation"])
    response = client.post(
        REQUESTS,
        headers=org.leader.headers,
        json=body_for(org.member.id, review.id, notes="After the H1 talk"),
    )
    assert response.status_code == 201, response.text
    request = response.json()
    assert request["status"] == "open" and request["improvement_areas"] == ["Delegation"]
    assert request["requested_by"] == org.leader.user.id
    # Filed in Mia's personnel file and sent to her team leader.
    file = client.get(
        f"/api/v1/employees/{org.member.id}/personnel-file", headers=org.member.headers
    ).json()["items"]
    assert [(e["document_type"], e["document_id"], e["sent_to_team_leader_id"]) for e in file] == [
        ("mentoring_request", request["id"], org.leader.id)
    ]
    notes = client.get("/api/v1/notifications", headers=org.leader.headers).json()["items"]
    assert notes[0]["document_type"] == "mentoring_request"
    assert notes[0]["subject_employee_id"] == org.member.id
    assert [e.action for e in audit_events(engine, entity="mentoring_request")] == [
        "mentoring_request.create"
    ]


def test_self_service_request_waits_for_the_supervisor(client, org, factory):
    review = factory.performance_review(org.member.employee)
    mine = client.post(
        REQUESTS,
        headers=org.member.headers,
        json=body_for(org.member.id, review.id, improvement_areas=["Coaching"]),
    )
    assert mine.status_code == 201 and mine.json()["status"] == "awaiting_supervisor"
    request_id = mine.json()["id"]
    assert_problem(client.post(f"{REQUESTS}/{request_id}/confirm", headers=org.member.headers), 403)
    assert_problem(
        client.post(f"{REQUESTS}/{request_id}/confirm", headers=org.other_leader.headers), 404
    )
    confirmed = client.post(f"{REQUESTS}/{request_id}/confirm", headers=org.leader.headers)
    assert confirmed.status_code == 200
    assert confirmed.json()["status"] == "open"
    assert confirmed.json()["confirmed_by"] == org.leader.user.id
    again = client.post(f"{REQUESTS}/{request_id}/confirm", headers=org.leader.headers)
    assert assert_problem(again, 409)["reasons"] == ["status_open"]


def test_request_rules(client, org, factory):
    review = factory.performance_review(org.member.employee, improvement_areas=[])
    others = factory.performance_review(org.peer.employee)
    url = REQUESTS
    no_areas = client.post(url, headers=org.hr.headers, json=body_for(org.member.id, review.id))
    assert assert_problem(no_areas, 422)["errors"][0]["loc"] == ["body", "improvement_areas"]
    wrong_review = client.post(
        url,
        headers=org.hr.headers,
        json=body_for(org.member.id, others.id, improvement_areas=["X"]),
    )
    assert assert_problem(wrong_review, 422)["errors"][0]["loc"] == [
        "body",
        "performance_review_id",
    ]
    future = (date.today() + timedelta(days=2)).isoformat()
    assert_problem(
        client.post(
            url,
            headers=org.hr.headers,
            json=body_for(
                org.member.id, review.id, improvement_areas=["X"], discussion_date=future
            ),
        ),
        422,
    )
    # Another department's employee is not the team leader's to raise for.
    outsider_review = factory.performance_review(org.outsider.employee)
    assert_problem(
        client.post(
            url, headers=org.leader.headers, json=body_for(org.outsider.id, outsider_review.id)
        ),
        404,
    )
    # A peer is visible but not led: 403.
    assert_problem(
        client.post(url, headers=org.other_leader.headers, json=body_for(org.member.id, review.id)),
        404,
    )
    first = client.post(
        url,
        headers=org.hr.headers,
        json=body_for(org.member.id, review.id, improvement_areas=["X"]),
    )
    assert first.status_code == 201
    dup = client.post(
        url,
        headers=org.hr.headers,
        json=body_for(org.member.id, review.id, improvement_areas=["Y"]),
    )
    assert assert_problem(dup, 409)["reasons"] == ["pending_request"]


def test_non_managerial_or_terminated_mentee_is_refused(client, org, factory):
    analyst = factory.employee(org.dept, team_leader=org.leader.employee, is_managerial=False)
    leaver = factory.employee(org.dept, team_leader=org.leader.employee, status="terminated")
    for person in (analyst, leaver):
        review = factory.performance_review(person)
        assert_problem(
            client.post(REQUESTS, headers=org.leader.headers, json=body_for(person.id, review.id)),
            422,
        )


@pytest.mark.parametrize(
    "body",
    [
        {"mentee_id": "x"},
        {"discussion_date": "yesterday"},
        {"improvement_areas": "Delegation"},
        {"status": "matched"},
        {"requested_by": 1},
    ],
)
def test_bad_request_input(client, org, factory, body):
    review = factory.performance_review(org.member.employee)
    assert_problem(
        client.post(
            REQUESTS, headers=org.hr.headers, json=body_for(org.member.id, review.id) | body
        ),
        422,
    )


def test_reject_cancel_and_roles(client, org, factory):
    review = factory.performance_review(org.member.employee)
    request = client.post(
        REQUESTS, headers=org.member.headers, json=body_for(org.member.id, review.id)
    ).json()
    rid = request["id"]
    assert_problem(
        client.post(f"{REQUESTS}/{rid}/reject", headers=org.leader.headers, json={}), 422
    )
    assert_problem(client.post(f"{REQUESTS}/{rid}/cancel", headers=org.peer.headers), 404)
    assert_problem(client.post(f"{REQUESTS}/{rid}/cancel", headers=org.leader.headers), 403)
    cancelled = client.post(f"{REQUESTS}/{rid}/cancel", headers=org.member.headers)
    assert cancelled.json()["status"] == "cancelled"
    assert_problem(
        client.post(
            f"{REQUESTS}/{rid}/reject", headers=org.leader.headers, json={"reason": "late"}
        ),
        409,
    )
    second = client.post(
        REQUESTS, headers=org.leader.headers, json=body_for(org.member.id, review.id)
    ).json()
    rejected = client.post(
        f"{REQUESTS}/{second['id']}/reject",
        headers=org.hr.headers,
        json={"reason": "Training course first"},
    )
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["status_reason"] == "Training course first"
    for person in (org.hris,):
        assert_problem(client.get(REQUESTS, headers=person.headers), 403)
        assert_problem(
            client.post(REQUESTS, headers=person.headers, json=body_for(org.member.id, review.id)),
            403,
        )
    assert_problem(
        client.post(
            REQUESTS, headers=org.reporting.headers, json=body_for(org.member.id, review.id)
        ),
        403,
    )


def test_request_visibility(client, org, factory):
    review = factory.performance_review(org.member.employee)
    rid = client.post(
        REQUESTS, headers=org.leader.headers, json=body_for(org.member.id, review.id)
    ).json()["id"]

    def ids(person):
        return [r["id"] for r in client.get(REQUESTS, headers=person.headers).json()["items"]]

    assert ids(org.hr) == ids(org.reporting) == ids(org.leader) == ids(org.member) == [rid]
    assert ids(org.peer) == ids(org.other_leader) == ids(org.outsider) == []
    assert_problem(client.get(f"{REQUESTS}/{rid}", headers=org.other_leader.headers), 404)
    assert_problem(client.get(f"{REQUESTS}/{rid}", headers=org.peer.headers), 404)
    assert (
        client.get(REQUESTS, headers=org.hr.headers, params={"status": "open"}).json()["items"][0][
            "id"
        ]
        == rid
    )
    assert (
        client.get(REQUESTS, headers=org.hr.headers, params={"status": "matched"}).json()["items"]
        == []
    )


def test_a_duplicate_that_slips_past_the_check_is_refused_by_the_database(
    client, org, factory, engine, monkeypatch
):
    """The interleaving of a race, in one process: the second create does not see the first
    (its check is blinded), so the database's unique index refuses it, with the same 409."""
    from api.requests import repository

    review = factory.performance_review(org.member.employee, improvement_areas=["Delegation"])
    first = client.post(
        REQUESTS, headers=org.member.headers, json=body_for(org.member.id, review.id)
    )
    assert first.status_code == 201, first.text

    real = repository.pending_request_id
    calls = []

    async def blind_first_check(session, mentee_id):
        calls.append(mentee_id)
        return None if len(calls) == 1 else await real(session, mentee_id)

    monkeypatch.setattr(repository, "pending_request_id", blind_first_check)
    dup = client.post(REQUESTS, headers=org.leader.headers, json=body_for(org.member.id, review.id))
    problem = assert_problem(dup, 409)
    assert problem["reasons"] == ["pending_request"]
    assert str(first.json()["id"]) in problem["detail"]
    monkeypatch.undo()
    # Nothing of the refused request remains: one request, one filing, one notification.
    hr = org.hr.headers
    listed = client.get(REQUESTS, headers=hr, params={"mentee_id": org.member.id}).json()["items"]
    assert [r["id"] for r in listed] == [first.json()["id"]]
    file = client.get(f"/api/v1/employees/{org.member.id}/personnel-file", headers=hr).json()
    assert [e["document_id"] for e in file["items"]] == [first.json()["id"]]
    notes = client.get("/api/v1/notifications", headers=org.leader.headers).json()["items"]
    assert [n["document_id"] for n in notes if n["document_type"] == "mentoring_request"] == [
        first.json()["id"]
    ]
    assert len(audit_events(engine, action="mentoring_request.create")) == 1
