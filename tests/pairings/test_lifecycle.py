"""The agreement from proposal to activation, and every refusal on the way."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from api.core.dates import add_months
from tests.factories import make_eligible, pairing_body, role_training, start_pairing
from tests.helpers import assert_problem, audit_events

PAIRINGS = "/api/v1/pairings"


def propose(client, p, person=None, **overrides):
    body = pairing_body(p, **overrides)
    return client.post(PAIRINGS, headers=(person or p.org.leader).headers, json=body)


def act(client, person, pairing_id, action, *, if_match=None, **kwargs):
    headers = person.headers | ({"If-Match": if_match} if if_match else {})
    return client.post(f"{PAIRINGS}/{pairing_id}/{action}", headers=headers, **kwargs)


def test_the_whole_path_to_an_active_pairing(client, programme, engine):
    org = programme.org
    start = date(2027, 1, 31)
    body = start_pairing(client, programme, start=start)
    assert body["status"] == "active"
    assert body["evaluation_due_date"] == "2027-07-31"
    assert {a["role"] for a in body["approvals"]} == {"team_leader", "hr_admin"}
    assert {a["by"] for a in body["approvals"]} == {org.leader.user.id, org.hr.user.id}
    assert {a["employee_id"] for a in body["acknowledgements"]} == {
        programme.mentor.id,
        programme.mentee.id,
    }
    assert "not a promotion fast track" in body["acknowledgements"][0]["purpose_statement"]
    with engine.connect() as conn:
        dues = conn.execute(
            text(
                "SELECT sequence, due_date FROM periodic_reviews "
                "WHERE pairing_id = :id ORDER BY sequence"
            ),
            {"id": body["id"]},
        ).all()
        kinds = conn.execute(
            text(
                "SELECT employee_id, kind, period_end FROM development_records "
                "WHERE pairing_id = :id ORDER BY kind"
            ),
            {"id": body["id"]},
        ).all()
        request_status = conn.execute(
            text("SELECT status FROM mentoring_requests WHERE id = :id"),
            {"id": programme.request["id"]},
        ).scalar()
    # Monthly from 31 Jan, clamped to month ends, strictly before the evaluation: 5 reviews.
    assert [str(d) for _, d in dues] == [
        "2027-02-28",
        "2027-03-31",
        "2027-04-30",
        "2027-05-31",
        "2027-06-30",
    ]
    assert [s for s, _ in dues] == [1, 2, 3, 4, 5]
    assert [(e, k) for e, k, _ in kinds] == [
        (programme.mentee.id, "career_development"),
        (programme.mentor.id, "kra"),
    ]
    assert request_status == "matched"
    actions = [e.action for e in audit_events(engine, entity="pairing")]
    assert actions == [
        "pairing.propose",
        "pairing.approve",
        "pairing.approve",
        "pairing.acknowledge",
        "pairing.acknowledge",
        "pairing.activate",
    ]
    # Filed: agreement for both, acknowledgements, role training; the team leader is told.
    file = client.get(
        f"/api/v1/employees/{programme.mentee.id}/personnel-file", headers=org.hr.headers
    ).json()["items"]
    assert [e["document_type"] for e in file] == [
        "mentoring_request",
        "agreement",
        "acknowledgement",
        "role_training",
    ]
    records = client.get(
        f"/api/v1/employees/{programme.mentor.id}/development-records",
        headers=programme.mentor.headers,
    ).json()["items"]
    assert records[0]["kind"] == "kra" and records[0]["period_end"] == "2027-07-31"
    assert records[0]["rating"] is None
    mine = client.get("/api/v1/notifications", headers=programme.mentor.headers).json()["items"]
    assert mine[0]["kind"] == "pairing_activated"


def test_approvals_in_either_order_and_only_once_each(client, programme):
    org = programme.org
    pid = propose(client, programme).json()["id"]
    first = act(client, org.hr, pid, "approve")
    assert first.json()["status"] == "proposed"
    assert assert_problem(act(client, org.hr, pid, "approve"), 409)["reasons"] == [
        "already_approved_hr_admin"
    ]
    second = act(client, org.leader, pid, "approve")
    assert second.json()["status"] == "approved"
    assert assert_problem(act(client, org.leader, pid, "approve"), 409)["reasons"] == [
        "status_approved"
    ]


def test_a_team_leader_of_the_department_may_approve(client, programme, factory):
    org = programme.org
    colleague = factory.user("team_leader", factory.employee(org.dept, level="M3"))
    pid = propose(client, programme).json()["id"]
    assert act(client, colleague, pid, "approve").json()["approvals"][0]["role"] == "team_leader"
    assert_problem(act(client, org.other_leader, pid, "approve"), 404)


def test_activation_lists_every_unmet_condition(client, programme):
    org = programme.org
    pid = propose(client, programme).json()["id"]
    response = act(client, org.hr, pid, "activate")
    assert assert_problem(response, 409)["reasons"] == [
        "not_approved",
        "missing_team_leader_approval",
        "missing_hr_admin_approval",
        "mentor_not_acknowledged",
        "mentee_not_acknowledged",
        "mentor_not_trained",
        "mentee_not_trained",
    ]
    act(client, org.leader, pid, "approve")
    act(client, org.hr, pid, "approve")
    act(client, programme.mentee, pid, "acknowledge")
    role_training(client, org.hr, programme.mentor.id, "mentor")
    # Mentee training recorded as *mentor* training does not count for the mentee role.
    role_training(client, org.hr, programme.mentee.id, "mentor")
    assert assert_problem(act(client, org.hr, pid, "activate"), 409)["reasons"] == [
        "mentor_not_acknowledged",
        "mentee_not_trained",
    ]
    act(client, programme.mentor, pid, "acknowledge")
    role_training(client, org.hr, programme.mentee.id, "mentee")
    assert act(client, org.leader, pid, "activate").json()["status"] == "active"
    assert assert_problem(act(client, org.hr, pid, "activate"), 409)["reasons"][0] == (
        "status_active"
    )


def test_proposal_refusals_with_reasons(client, programme, factory):
    org = programme.org
    weak = factory.employee(org.dept)
    factory.performance_review(weak, rating=2)
    response = propose(client, programme, mentor_id=weak.id)
    assert assert_problem(response, 409)["reasons"] == ["low_rating", "not_available"]
    other = factory.employee(org.other_dept)
    make_eligible(factory, other)
    assert assert_problem(propose(client, programme, mentor_id=other.id), 409)["reasons"] == [
        "not_same_department"
    ]
    leader_reasons = assert_problem(propose(client, programme, mentor_id=org.leader.id), 409)[
        "reasons"
    ]
    assert "mentor_is_team_leader" in leader_reasons
    assert_problem(propose(client, programme, mentor_id=999999), 422)
    assert_problem(propose(client, programme, goals=[]), 422)
    assert_problem(propose(client, programme, start_date="2020-01-01"), 422)
    assert_problem(propose(client, programme, status="active"), 422)
    assert_problem(propose(client, programme, org.member), 403)
    assert_problem(propose(client, programme, org.other_leader), 404)
    assert propose(client, programme).status_code == 201
    assert "mentee_has_open_pairing" in assert_problem(propose(client, programme), 409)["reasons"]


def test_request_must_be_open(client, programme, factory):
    org = programme.org
    client.post(
        f"/api/v1/mentoring-requests/{programme.request['id']}/cancel", headers=org.hr.headers
    )
    assert assert_problem(propose(client, programme), 409)["reasons"] == ["request_cancelled"]


def test_capacity_holds_at_approval(client, programme, factory):
    org = programme.org
    client.put(
        f"/api/v1/employees/{programme.mentor.id}/mentor-profile",
        headers=org.hr.headers,
        json={"available": True, "capacity": 1},
    )
    first = propose(client, programme).json()["id"]
    # A second mentee in the department, proposed to the same mentor before the first approval.
    other = factory.employee(org.dept, team_leader=org.leader.employee)
    review = factory.performance_review(other, improvement_areas=["Delegation"])
    request = client.post(
        "/api/v1/mentoring-requests",
        headers=org.hr.headers,
        json={
            "mentee_id": other.id,
            "performance_review_id": review.id,
            "discussion_date": date.today().isoformat(),
        },
    ).json()
    second = client.post(
        PAIRINGS,
        headers=org.hr.headers,
        json=pairing_body(
            programme, request_id=request["id"], goals=["x"], meeting_cadence="weekly"
        ),
    ).json()["id"]
    for pid in (first, second):
        act(client, org.hr, pid, "approve")
    assert act(client, org.leader, first, "approve").json()["status"] == "approved"
    assert assert_problem(act(client, org.leader, second, "approve"), 409)["reasons"] == [
        "at_capacity"
    ]
    assert client.get(f"{PAIRINGS}/{second}", headers=org.hr.headers).json()["status"] == (
        "proposed"
    )


def test_acknowledge_only_by_the_participants_themselves(client, programme):
    org = programme.org
    pid = propose(client, programme).json()["id"]
    assert_problem(act(client, org.hr, pid, "acknowledge"), 403)
    assert_problem(act(client, org.leader, pid, "acknowledge"), 403)
    assert_problem(act(client, org.outsider, pid, "acknowledge"), 404)
    assert act(client, programme.mentee, pid, "acknowledge").status_code == 200
    assert assert_problem(act(client, programme.mentee, pid, "acknowledge"), 409)["reasons"] == [
        "already_acknowledged"
    ]


def test_etag_and_if_match(client, programme):
    org = programme.org
    created = propose(client, programme)
    pid = created.json()["id"]
    etag = created.headers["ETag"]
    assert client.get(f"{PAIRINGS}/{pid}", headers=org.hr.headers).headers["ETag"] == etag
    approved = act(client, org.hr, pid, "approve", if_match=etag)
    assert approved.status_code == 200 and approved.headers["ETag"] != etag
    stale = act(client, org.leader, pid, "approve", if_match=etag)
    assert_problem(stale, 412)
    patched = client.patch(
        f"{PAIRINGS}/{pid}",
        headers=org.leader.headers | {"If-Match": approved.headers["ETag"]},
        json={"meeting_cadence": "weekly"},
    )
    assert patched.status_code == 200 and patched.json()["meeting_cadence"] == "weekly"
    assert_problem(
        client.patch(
            f"{PAIRINGS}/{pid}",
            headers=org.leader.headers | {"If-Match": approved.headers["ETag"]},
            json={"meeting_cadence": "monthly"},
        ),
        412,
    )
    assert_problem(
        client.patch(f"{PAIRINGS}/{pid}", headers=org.leader.headers, json={"status": "active"}),
        422,
    )
    assert_problem(
        client.patch(f"{PAIRINGS}/{pid}", headers=org.leader.headers, json={"goals": None}), 422
    )


def test_if_match_compares_strongly(client, programme):
    """RFC 9110 13.1.1: a weak tag never matches; a list matches on any strong member; `*`
    matches any current version; a malformed field matches nothing."""
    org = programme.org
    created = propose(client, programme)
    pid, etag = created.json()["id"], created.headers["ETag"]
    for refused in (
        f"W/{etag}",
        f'"pairing-0-v1", W/{etag}',
        f"*, {etag}",
        etag.strip('"'),
        f"{etag} junk",
    ):
        assert_problem(act(client, org.hr, pid, "approve", if_match=refused), 412)
    approved = act(client, org.hr, pid, "approve", if_match=f'"pairing-0-v1", {etag}')
    assert approved.status_code == 200, approved.text
    listed = f'W/"x",, "a,b" ,{approved.headers["ETag"]}'
    patched = client.patch(
        f"{PAIRINGS}/{pid}",
        headers=org.leader.headers | {"If-Match": listed},
        json={"meeting_cadence": "weekly"},
    )
    assert patched.status_code == 200, patched.text
    assert act(client, org.leader, pid, "approve", if_match="*").status_code == 200


def test_changing_the_terms_clears_acknowledgements(client, programme):
    org = programme.org
    pid = propose(client, programme).json()["id"]
    act(client, programme.mentee, pid, "acknowledge")
    body = client.patch(
        f"{PAIRINGS}/{pid}", headers=org.hr.headers, json={"goals": ["A new goal"]}
    ).json()
    assert body["acknowledgements"] == [] and body["goals"] == ["A new goal"]
    act(client, org.hr, pid, "approve")
    act(client, org.leader, pid, "approve")
    assert_problem(
        client.patch(f"{PAIRINGS}/{pid}", headers=org.hr.headers, json={"goals": ["x"]}), 409
    )


def test_reject_and_terminate(client, programme, engine, factory):
    org = programme.org
    pid = propose(client, programme).json()["id"]
    assert_problem(act(client, org.hr, pid, "reject", json={}), 422)
    rejected = act(client, org.leader, pid, "reject", json={"reason": "Mentor too busy"})
    assert rejected.json()["status"] == "rejected"
    assert rejected.json()["status_reason"] == "Mentor too busy"
    assert_problem(act(client, org.hr, pid, "approve"), 409)
    active = factory.pairing(programme)
    for person in (org.leader, programme.mentor):
        assert_problem(act(client, person, active["id"], "terminate", json={"reason": "x"}), 403)
    ended = act(client, org.hr, active["id"], "terminate", json={"reason": "Left the company"})
    assert ended.json()["status"] == "terminated" and ended.json()["end_date"]
    with engine.connect() as conn:
        open_reviews = conn.execute(
            text(
                "SELECT count(*) FROM periodic_reviews WHERE pairing_id = :id "
                "AND cancelled_at IS NULL"
            ),
            {"id": active["id"]},
        ).scalar()
        closed = conn.execute(
            text(
                "SELECT count(*) FROM development_records WHERE pairing_id = :id "
                "AND closed_at IS NOT NULL AND rating IS NULL"
            ),
            {"id": active["id"]},
        ).scalar()
    assert open_reviews == 0 and closed == 2
    assert_problem(act(client, org.hr, active["id"], "terminate", json={"reason": "x"}), 409)


def test_pairing_visibility(client, programme):
    org = programme.org
    pid = propose(client, programme).json()["id"]

    def ids(person):
        return [p["id"] for p in client.get(PAIRINGS, headers=person.headers).json()["items"]]

    for person in (org.hr, org.reporting, org.leader, programme.mentee, programme.mentor):
        assert ids(person) == [pid]
    for person in (org.other_leader, org.outsider):
        assert ids(person) == []
        assert_problem(client.get(f"{PAIRINGS}/{pid}", headers=person.headers), 404)
    assert_problem(client.get(PAIRINGS, headers=org.hris.headers), 403)
    assert (
        client.get(PAIRINGS, headers=org.hr.headers, params={"status": "active"}).json()["items"]
        == []
    )
    assert ids(org.hr) == [
        p["id"]
        for p in client.get(
            PAIRINGS, headers=org.hr.headers, params={"mentor_id": programme.mentor.id}
        ).json()["items"]
    ]
    assert_problem(client.get(f"{PAIRINGS}/999999", headers=org.hr.headers), 404)


def test_extension_dates_helper_is_consistent():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
