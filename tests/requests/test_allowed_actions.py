"""`allowed_actions` on mentoring requests, over HTTP: exactly what each caller may do now,
in the list and the detail; a listed action succeeds, an unlisted one is refused."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import assert_problem

REQUESTS = "/api/v1/mentoring-requests"


@pytest.fixture
def people(org, factory):
    """The org plus a second team leader of Mia's department who does not lead her (sees the
    request, may not decide on it)."""
    colleague = factory.employee(org.dept, full_name="Carl Colleague", level="M3")
    return org, factory.user("team_leader", colleague)


def _raise(client, org, factory, by):
    review = factory.performance_review(org.member.employee)
    response = client.post(
        REQUESTS,
        headers=by.headers,
        json={
            "mentee_id": org.member.id,
            "performance_review_id": review.id,
            "discussion_date": date.today().isoformat(),
        },
    )
    assert response.status_code == 201, response.text
    return response.json()


def _actions(client, person, request_id):
    detail = client.get(f"{REQUESTS}/{request_id}", headers=person.headers)
    assert detail.status_code == 200, detail.text
    listed = client.get(REQUESTS, headers=person.headers).json()["items"]
    [row] = [r for r in listed if r["id"] == request_id]
    assert row["allowed_actions"] == detail.json()["allowed_actions"]
    return detail.json()["allowed_actions"]


def test_awaiting_supervisor_per_role(client, people, factory):
    org, colleague = people
    request = _raise(client, org, factory, org.member)
    assert request["status"] == "awaiting_supervisor"
    assert request["allowed_actions"] == ["cancel"]  # the creator reads it back
    rid = request["id"]
    assert _actions(client, org.hr, rid) == ["confirm", "reject", "cancel"]
    assert _actions(client, org.leader, rid) == ["confirm", "reject"]
    assert _actions(client, colleague, rid) == []
    assert _actions(client, org.member, rid) == ["cancel"]
    assert _actions(client, org.reporting, rid) == []
    # The mentor-to-be and the other department's team leader do not see it at all.
    assert_problem(client.get(f"{REQUESTS}/{rid}", headers=org.peer.headers), 404)
    assert_problem(client.get(f"{REQUESTS}/{rid}", headers=org.other_leader.headers), 404)


def test_listed_actions_succeed_and_unlisted_ones_are_refused(client, people, factory):
    org, colleague = people
    rid = _raise(client, org, factory, org.member)["id"]
    # Not listed for them: refused.
    assert_problem(client.post(f"{REQUESTS}/{rid}/confirm", headers=colleague.headers), 403)
    assert_problem(client.post(f"{REQUESTS}/{rid}/cancel", headers=org.leader.headers), 403)
    assert_problem(client.post(f"{REQUESTS}/{rid}/confirm", headers=org.member.headers), 403)
    # Listed: it works, and the new state lists the next actions.
    confirmed = client.post(f"{REQUESTS}/{rid}/confirm", headers=org.leader.headers)
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["status"] == "open"
    assert confirmed.json()["allowed_actions"] == ["reject", "propose_pairing"]
    assert _actions(client, org.hr, rid) == ["reject", "cancel", "propose_pairing"]
    assert _actions(client, org.member, rid) == ["cancel"]
    assert _actions(client, colleague, rid) == []
    # confirm is no longer listed for anyone: a 409 now.
    assert_problem(client.post(f"{REQUESTS}/{rid}/confirm", headers=org.hr.headers), 409)
    cancelled = client.post(f"{REQUESTS}/{rid}/cancel", headers=org.member.headers)
    assert cancelled.status_code == 200 and cancelled.json()["allowed_actions"] == []
    for person in (org.hr, org.leader, colleague, org.member):
        assert _actions(client, person, rid) == []
    assert_problem(
        client.post(f"{REQUESTS}/{rid}/reject", headers=org.hr.headers, json={"reason": "x"}),
        409,
    )


def test_an_open_request_of_the_team_leader_and_its_pairing(client, programme, factory):
    org = programme.org
    rid = programme.request["id"]
    assert programme.request["allowed_actions"] == ["reject", "cancel", "propose_pairing"]
    assert _actions(client, org.leader, rid) == ["reject", "cancel", "propose_pairing"]
    assert _actions(client, org.member, rid) == []
    # propose_pairing is listed: the team leader proposes.
    proposed = client.post(
        "/api/v1/pairings",
        headers=org.leader.headers,
        json={
            "request_id": rid,
            "mentor_id": programme.mentor.id,
            "goals": ["Delegate the weekly planning"],
            "meeting_cadence": "fortnightly",
            "start_date": date.today().isoformat(),
        },
    )
    assert proposed.status_code == 201, proposed.text
    # Not listed for the mentee: refused.
    assert_problem(
        client.post(
            "/api/v1/pairings",
            headers=org.member.headers,
            json={
                "request_id": rid,
                "mentor_id": programme.mentor.id,
                "goals": ["x"],
                "meeting_cadence": "fortnightly",
                "start_date": date.today().isoformat(),
            },
        ),
        403,
    )


def test_a_matched_request_offers_nothing(client, programme, factory):
    factory.pairing(programme, "active")
    org = programme.org
    rid = programme.request["id"]
    for person in (org.hr, org.leader, org.member):
        assert _actions(client, person, rid) == []
    assert_problem(client.post(f"{REQUESTS}/{rid}/cancel", headers=org.hr.headers), 409)
