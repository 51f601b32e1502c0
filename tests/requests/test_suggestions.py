"""Mentor suggestions: peers only, ranked by coverage, depth, rating, spare capacity."""

from __future__ import annotations

from tests.factories import make_eligible
from tests.helpers import assert_problem


def suggestions(client, person, request_id, **params):
    response = client.get(
        f"/api/v1/mentoring-requests/{request_id}/mentor-suggestions",
        headers=person.headers,
        params=params,
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_the_eligible_peer_is_suggested_with_its_explanation(client, programme):
    [item] = suggestions(client, programme.org.leader, programme.request["id"])
    assert item["mentor_id"] == programme.mentor.id
    assert item["covered_skills"] == ["Delegation", "Coaching"]
    assert item["missing_skills"] == [] and item["score"] == 100.0
    assert item["eligible"] is True and item["reasons"] == []
    assert item["latest_rating"] == 5 and item["spare_capacity"] == 2


def test_ranking_table(client, programme, factory):
    """Each row: skills, rating, capacity -> expected position. Ties break in order:
    coverage, depth, rating, spare capacity."""
    org = programme.org
    rows = {
        "covers both, deep": ({"Delegation": 5, "Coaching": 5}, 4, None),
        "covers both, rated 5": ({"Delegation": 4, "Coaching": 4}, 5, None),
        "covers both, rated 4, spare 2": ({"Delegation": 4, "Coaching": 4}, 4, None),
        "covers both, rated 4, spare 1": ({"Delegation": 4, "Coaching": 4}, 4, 1),
        "covers one": ({"Delegation": 5, "Coaching": 3}, 5, None),
        "covers none": ({"Delegation": 3}, 5, None),
    }
    ids = {}
    for name, (skills, rating, capacity) in rows.items():
        employee = factory.employee(org.dept, full_name=name)
        make_eligible(factory, employee, skills=skills, rating=rating, capacity=capacity)
        ids[employee.id] = name
    ids[programme.mentor.id] = "Paul: covers both, D5 C4, rated 5"
    ranked = [
        ids[i["mentor_id"]] for i in suggestions(client, org.hr, programme.request["id"], limit=50)
    ]
    assert ranked == [
        "covers both, deep",
        "Paul: covers both, D5 C4, rated 5",
        "covers both, rated 5",
        "covers both, rated 4, spare 2",
        "covers both, rated 4, spare 1",
        "covers one",
        "covers none",
    ]
    assert suggestions(client, org.hr, programme.request["id"], limit=2)[1]["mentor_id"] == (
        programme.mentor.id
    )


def test_never_the_team_leader_or_a_direct_report_or_another_department(client, programme, factory):
    org = programme.org
    make_eligible(factory, org.leader.employee, skills={"Delegation": 5, "Coaching": 5})
    org_leader_level = client.patch(
        f"/api/v1/employees/{org.leader.id}", headers=org.hr.headers, json={"level": "M2"}
    )
    assert org_leader_level.status_code == 200
    report = factory.employee(org.dept, team_leader=org.member.employee)
    make_eligible(factory, report, skills={"Delegation": 5, "Coaching": 5})
    other_dept = factory.employee(org.other_dept)
    make_eligible(factory, other_dept, skills={"Delegation": 5, "Coaching": 5})
    other_level = factory.employee(org.dept, level="M1")
    make_eligible(factory, other_level, skills={"Delegation": 5, "Coaching": 5})
    all_items = suggestions(
        client, org.hr, programme.request["id"], include_ineligible=True, limit=100
    )
    suggested = {i["mentor_id"] for i in all_items}
    assert org.leader.id not in suggested and report.id not in suggested
    assert other_dept.id not in suggested and other_level.id not in suggested
    assert org.member.id not in suggested
    # Without the peer rules, other departments and levels come in (still never the leader).
    client.put(
        "/api/v1/programme-settings",
        headers=org.hr.headers,
        json={"require_same_department": False, "require_same_level": False},
    )
    wider = {
        i["mentor_id"] for i in suggestions(client, org.hr, programme.request["id"], limit=100)
    }
    assert {other_dept.id, other_level.id} <= wider
    assert org.leader.id not in wider and report.id not in wider


def test_ineligible_peers_only_on_request_and_always_last(client, programme, factory):
    org = programme.org
    star = factory.employee(
        org.dept, full_name="Unavailable star", skills={"Delegation": 5, "Coaching": 5}
    )
    factory.performance_review(star, rating=5)
    eligible_only = suggestions(client, org.hr, programme.request["id"])
    assert [i["mentor_id"] for i in eligible_only] == [programme.mentor.id]
    everyone = suggestions(client, org.hr, programme.request["id"], include_ineligible=True)
    assert [i["eligible"] for i in everyone] == sorted(
        [i["eligible"] for i in everyone], reverse=True
    )
    star_row = next(i for i in everyone if i["mentor_id"] == star.id)
    assert star_row["reasons"] == ["not_available"] and star_row["score"] == 100.0
    assert everyone[0]["mentor_id"] == programme.mentor.id


def test_who_may_ask_for_suggestions(client, programme):
    org = programme.org
    url = f"/api/v1/mentoring-requests/{programme.request['id']}/mentor-suggestions"
    for person in (org.member, org.peer, org.hris, org.reporting):
        assert_problem(client.get(url, headers=person.headers), 403)
    assert_problem(client.get(url, headers=org.other_leader.headers), 404)
    assert_problem(client.get(url, headers=org.hr.headers, params={"limit": 0}), 422)
    assert_problem(
        client.get("/api/v1/mentoring-requests/999999/mentor-suggestions", headers=org.hr.headers),
        404,
    )
    client.post(
        f"/api/v1/mentoring-requests/{programme.request['id']}/cancel", headers=org.hr.headers
    )
    assert_problem(client.get(url, headers=org.hr.headers), 409)
