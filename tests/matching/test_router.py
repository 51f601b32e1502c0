"""Matching runs: optimal programme-wide matching, explained, within the policy; proposing a
run's matches as pairings."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from api.mentors.models import MentorProfile
from api.pairings.models import Pairing
from api.requests.models import MentoringRequest
from tests.factories import make_eligible
from tests.helpers import assert_problem, audit_events

RUNS = "/api/v1/matching-runs"
TODAY = date.today().isoformat()
PROPOSE = {"start_date": TODAY, "meeting_cadence": "fortnightly"}


def open_request(client, factory, hr, mentee, areas):
    review = factory.performance_review(mentee, rating=3, improvement_areas=areas)
    response = client.post(
        "/api/v1/mentoring-requests",
        headers=hr.headers,
        json={"mentee_id": mentee.id, "performance_review_id": review.id, "discussion_date": TODAY},
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def run(client, person, **body):
    response = client.post(RUNS, headers=person.headers, json={"objective": "best_coverage"} | body)
    assert response.status_code == 201, response.text
    return response.json()


def pairings_count(engine):
    with Session(engine) as session:
        return session.scalar(select(func.count()).select_from(Pairing))


def test_hr_runs_matching_and_the_run_is_kept_explained_and_audited(client, programme, engine):
    org = programme.org
    body = run(client, org.hr)
    assert body["objective"] == "best_coverage" and body["created_by"] == org.hr.user.id
    assert body["proposals"] == [
        {
            "request_id": programme.request["id"],
            "mentee_id": programme.mentee.id,
            "mentor_id": programme.mentor.id,
            "score": 100.0,
            "covered_skills": ["Delegation", "Coaching"],
            "missing_skills": [],
        }
    ]
    assert body["unmatched"] == [] and body["total_score"] == 100.0 and body["proposed"] == []
    assert client.get(f"{RUNS}/{body['id']}", headers=org.hr.headers).json() == body
    listed = client.get(RUNS, headers=org.hr.headers).json()
    assert [r["id"] for r in listed["items"]] == [body["id"]] and listed["next_cursor"] is None
    [event] = audit_events(engine, action="matching_run.create")
    assert event.entity_id == body["id"]
    assert event.changes["after"]["proposals"] == body["proposals"]


def test_the_score_is_the_suggestion_score(client, programme, factory):
    org = programme.org
    half = factory.employee(org.dept, full_name="Half")
    make_eligible(factory, half, skills={"Delegation": 5, "Coaching": 3})
    suggestions = client.get(
        f"/api/v1/mentoring-requests/{programme.request['id']}/mentor-suggestions",
        headers=org.hr.headers,
    ).json()["items"]
    by_mentor = {s["mentor_id"]: s for s in suggestions}
    [proposal] = run(client, org.hr)["proposals"]
    expected = by_mentor[proposal["mentor_id"]]
    assert proposal["mentor_id"] == programme.mentor.id
    assert (proposal["score"], proposal["covered_skills"], proposal["missing_skills"]) == (
        expected["score"],
        expected["covered_skills"],
        expected["missing_skills"],
    )


def test_optimal_where_greedy_is_not(client, org, factory):
    """R1 wants Delegation, R2 Delegation and Coaching. M1 (the lower id) covers both, M2 only
    Delegation, one slot each. Greedy in request order gives R1 M1 and R2 M2 (150); the
    optimum swaps them (200)."""
    m1 = factory.employee(org.dept, full_name="M1")
    m2 = factory.employee(org.dept, full_name="M2")
    make_eligible(factory, m1, skills={"Delegation": 5, "Coaching": 5}, capacity=1)
    make_eligible(factory, m2, skills={"Delegation": 5}, capacity=1)
    r1 = open_request(client, factory, org.hr, org.member.employee, ["Delegation"])
    mentee2 = factory.employee(org.dept, full_name="Second mentee")
    r2 = open_request(client, factory, org.hr, mentee2, ["Delegation", "Coaching"])
    for objective in ("best_coverage", "most_matched"):
        body = run(client, org.hr, objective=objective)
        assert {p["request_id"]: p["mentor_id"] for p in body["proposals"]} == {
            r1: m2.id,
            r2: m1.id,
        }
        assert body["total_score"] == 200.0 and body["unmatched"] == []


def test_objectives_differ_coverage_against_count(client, org, factory):
    """R1 wants A and B, R2 A and C. M1 covers A and B (not C), one slot, a peer of both; M2 covers
    nothing and leads R2's mentee, so only R1 can have M2. best_coverage: R1-M1 (100, R2 waits);
    most_matched: R1-M2 and R2-M1 (0 + 50, both matched)."""
    m1 = factory.employee(org.dept, full_name="M1")
    make_eligible(factory, m1, skills={"A": 5, "B": 5, "C": 3}, capacity=1)
    m2 = factory.employee(org.dept, full_name="M2")
    make_eligible(factory, m2, skills={"Z": 5}, capacity=1)
    r1 = open_request(client, factory, org.hr, org.member.employee, ["A", "B"])
    mentee2 = factory.employee(org.dept, team_leader=m2, full_name="Led by M2")
    r2 = open_request(client, factory, org.hr, mentee2, ["A", "C"])
    coverage = run(client, org.hr, objective="best_coverage")
    assert [(p["request_id"], p["mentor_id"]) for p in coverage["proposals"]] == [(r1, m1.id)]
    assert coverage["total_score"] == 100.0
    assert coverage["unmatched"] == [
        {"request_id": r2, "mentee_id": mentee2.id, "reasons": ["mentors_taken"]}
    ]
    matched = run(client, org.hr, objective="most_matched")
    assert {(p["request_id"], p["mentor_id"], p["score"]) for p in matched["proposals"]} == {
        (r1, m2.id, 0.0),
        (r2, m1.id, 50.0),
    }
    assert matched["unmatched"] == [] and matched["total_score"] == 50.0


def test_the_suggestion_rules_apply_and_unmatched_say_why(client, programme, factory):
    """Only Paul is eligible; the team leader, another department, another level, a low
    rating, a new hire, the not-opted-in and the terminated never are."""
    org = programme.org
    skills = {"Delegation": 5, "Coaching": 5}
    make_eligible(factory, org.leader.employee, skills=skills)  # Mia's team leader (M3)
    make_eligible(factory, factory.employee(org.other_dept), skills=skills)
    make_eligible(factory, factory.employee(org.dept, level="M1"), skills=skills)
    make_eligible(factory, factory.employee(org.dept), skills=skills, rating=3)
    make_eligible(factory, factory.employee(org.dept, hire_date=date.today()), skills=skills)
    make_eligible(factory, factory.employee(org.dept, status="terminated"), skills=skills)
    lonely = factory.employee(org.other_dept, level="M5", full_name="No peers")
    lonely_request = open_request(client, factory, org.hr, lonely, ["Coaching"])
    mentee2 = factory.employee(org.dept, full_name="Second mentee")
    taken = open_request(client, factory, org.hr, mentee2, ["Coaching"])
    with Session(factory.engine) as session:
        session.execute(
            update(MentorProfile)
            .where(MentorProfile.employee_id == programme.mentor.id)
            .values(capacity=1)
        )
        session.commit()
    body = run(client, org.hr)
    assert [(p["request_id"], p["mentor_id"]) for p in body["proposals"]] == [
        (programme.request["id"], programme.mentor.id)
    ]
    assert body["unmatched"] == [
        {"request_id": lonely_request, "mentee_id": lonely.id, "reasons": ["no_eligible_mentor"]},
        {"request_id": taken, "mentee_id": mentee2.id, "reasons": ["mentors_taken"]},
    ]


def test_remaining_capacity_counts_approved_and_active_pairings(client, programme, factory):
    """Paul has one approved pairing and the default 2 slots: one left for two requests."""
    org = programme.org
    other_mentee = factory.employee(org.dept, full_name="Already paired")
    with Session(factory.engine) as session:
        held = MentoringRequest(
            mentee_id=other_mentee.id,
            performance_review_id=programme.review.id,
            discussion_date=date.today(),
            improvement_areas=["Delegation"],
            status="matched",
            requested_by=org.hr.user.id,
        )
        session.add(held)
        session.flush()
        session.add(
            Pairing(
                request_id=held.id,
                mentee_id=other_mentee.id,
                mentor_id=programme.mentor.id,
                goals=["x"],
                meeting_cadence="weekly",
                start_date=date.today(),
                status="approved",
                proposed_by="test",
            )
        )
        session.commit()
    mentee2 = factory.employee(org.dept, full_name="Second mentee")
    second = open_request(client, factory, org.hr, mentee2, ["Delegation", "Coaching"])
    body = run(client, org.hr)
    assert [p["request_id"] for p in body["proposals"]] == [programme.request["id"]]
    assert body["unmatched"] == [
        {"request_id": second, "mentee_id": mentee2.id, "reasons": ["mentors_taken"]}
    ]


def test_requests_with_an_open_pairing_are_left_out(client, programme, factory):
    org = programme.org
    factory.pairing(programme, "proposed", goals=["Delegate"], meeting_cadence="weekly")
    body = run(client, org.hr)
    assert body["proposals"] == [] and body["unmatched"] == []


def test_team_leader_matches_only_the_people_they_lead(client, programme, factory):
    org = programme.org
    not_led = factory.employee(org.dept, full_name="Not led by Lena")
    not_led_request = open_request(client, factory, org.hr, not_led, ["Coaching"])
    body = run(client, org.leader)
    assert [p["request_id"] for p in body["proposals"]] == [programme.request["id"]]
    assert body["unmatched"] == []
    # Naming someone else's request is refused without saying whether it exists.
    response = client.post(
        RUNS,
        headers=org.leader.headers,
        json={"objective": "most_matched", "request_ids": [not_led_request]},
    )
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["loc"] == ["body", "request_ids", 0]
    # HR's scope: one department.
    other = run(client, org.hr, department_id=org.other_dept.id)
    assert other["proposals"] == [] and other["unmatched"] == []
    scoped = run(client, org.hr, request_ids=[not_led_request])
    assert [p["request_id"] for p in scoped["proposals"]] == [not_led_request]


def test_runs_are_visible_to_hr_and_their_maker(client, programme):
    org = programme.org
    mine = run(client, org.leader)
    hr_run = run(client, org.hr)
    listed = client.get(RUNS, headers=org.leader.headers).json()["items"]
    assert [r["id"] for r in listed] == [mine["id"]]
    assert client.get(f"{RUNS}/{hr_run['id']}", headers=org.leader.headers).status_code == 404
    assert_problem(client.get(f"{RUNS}/{mine['id']}", headers=org.other_leader.headers), 404)
    every = client.get(RUNS, headers=org.hr.headers, params={"limit": 1}).json()
    assert [r["id"] for r in every["items"]] == [mine["id"]] and every["next_cursor"]
    for person in (org.member, org.peer, org.hris, org.reporting):
        assert_problem(client.get(RUNS, headers=person.headers), 403)
        assert_problem(client.post(RUNS, headers=person.headers, json={"objective": "x"}), 403)
        assert_problem(client.get(f"{RUNS}/{mine['id']}", headers=person.headers), 403)
    assert_problem(client.get(f"{RUNS}/999999", headers=org.hr.headers), 404)


def test_bad_input_is_a_problem(client, programme):
    hr = programme.org.hr.headers
    for body in (
        {},
        {"objective": "fastest"},
        {"objective": "best_coverage", "unknown": 1},
        {"objective": "best_coverage", "request_ids": []},
        {"objective": "best_coverage", "request_ids": [1, 1]},
        {"objective": "best_coverage", "department_id": 0},
    ):
        assert_problem(client.post(RUNS, headers=hr, json=body), 422)
    problem = assert_problem(
        client.post(RUNS, headers=hr, json={"objective": "best_coverage", "department_id": 9999}),
        422,
    )
    assert problem["errors"][0]["loc"] == ["body", "department_id"]


# -- propose -----------------------------------------------------------------------------


def test_propose_makes_proposed_pairings_and_records_them(client, programme, engine):
    org = programme.org
    body = run(client, org.leader)
    response = client.post(f"{RUNS}/{body['id']}/propose", headers=org.leader.headers, json=PROPOSE)
    assert response.status_code == 201, response.text
    result = response.json()
    [pairing] = result["pairings"]
    assert pairing["status"] == "proposed" and pairing["approvals"] == []
    assert (pairing["request_id"], pairing["mentor_id"]) == (
        programme.request["id"],
        programme.mentor.id,
    )
    assert pairing["goals"] == ["Develop Delegation", "Develop Coaching"]
    assert result["run"]["proposed"] == [
        {"request_id": programme.request["id"], "pairing_id": pairing["id"]}
    ]
    assert [e.entity_id for e in audit_events(engine, action="pairing.propose")] == [pairing["id"]]
    assert len(audit_events(engine, action="matching_run.propose")) == 1
    # Proposed once: the request now has an open pairing.
    again = client.post(
        f"{RUNS}/{body['id']}/propose", headers=org.hr.headers, json=PROPOSE | {"goals": ["g"]}
    )
    problem = assert_problem(again, 409)
    assert problem["requests"] == [
        {"request_id": programme.request["id"], "reasons": ["request_has_open_pairing"]}
    ]
    assert pairings_count(engine) == 1


def test_propose_a_chosen_subset_with_goals(client, programme, factory, engine):
    org = programme.org
    mentee2 = factory.employee(org.dept, team_leader=org.leader.employee, full_name="Second")
    second = open_request(client, factory, org.hr, mentee2, ["Delegation"])
    body = run(client, org.hr)
    assert len(body["proposals"]) == 2
    response = client.post(
        f"{RUNS}/{body['id']}/propose",
        headers=org.hr.headers,
        json=PROPOSE | {"request_ids": [second], "goals": ["Delegate planning"]},
    )
    assert response.status_code == 201, response.text
    [pairing] = response.json()["pairings"]
    assert pairing["request_id"] == second and pairing["goals"] == ["Delegate planning"]
    assert pairings_count(engine) == 1


def test_propose_conflicts_when_capacity_or_requests_changed_and_creates_nothing(
    client, programme, factory, engine
):
    org = programme.org
    mentee2 = factory.employee(org.dept, full_name="Second")
    second = open_request(client, factory, org.hr, mentee2, ["Delegation"])
    body = run(client, org.hr)
    assert {p["mentor_id"] for p in body["proposals"]} == {programme.mentor.id}
    # Since the run: Paul offers one slot only, and the second request was cancelled.
    with Session(engine) as session:
        session.execute(
            update(MentorProfile)
            .where(MentorProfile.employee_id == programme.mentor.id)
            .values(capacity=1)
        )
        session.commit()
    cancelled = client.post(f"/api/v1/mentoring-requests/{second}/cancel", headers=org.hr.headers)
    assert cancelled.status_code == 200, cancelled.text
    problem = assert_problem(
        client.post(f"{RUNS}/{body['id']}/propose", headers=org.hr.headers, json=PROPOSE), 409
    )
    assert problem["requests"] == [
        {"request_id": programme.request["id"], "reasons": ["mentor_capacity_changed"]},
        {"request_id": second, "reasons": ["request_cancelled", "mentor_capacity_changed"]},
    ]
    assert set(problem["reasons"]) == {"mentor_capacity_changed", "request_cancelled"}
    assert pairings_count(engine) == 0
    # The one proposal that still fits goes through.
    ok = client.post(
        f"{RUNS}/{body['id']}/propose",
        headers=org.hr.headers,
        json=PROPOSE | {"request_ids": [programme.request["id"]]},
    )
    assert ok.status_code == 201, ok.text


def test_propose_conflicts_when_the_mentor_opted_out(client, programme, engine):
    org = programme.org
    body = run(client, org.hr)
    opted_out = client.put(
        f"/api/v1/employees/{programme.mentor.id}/mentor-profile",
        headers=org.hr.headers,
        json={"available": False, "bio": "", "skills_offered": []},
    )
    assert opted_out.status_code in (200, 201), opted_out.text
    problem = assert_problem(
        client.post(f"{RUNS}/{body['id']}/propose", headers=org.hr.headers, json=PROPOSE), 409
    )
    assert problem["requests"][0]["reasons"] == ["mentor_not_available"]
    assert pairings_count(engine) == 0


def test_propose_refusals_and_bad_input(client, programme, factory, engine):
    org = programme.org
    body = run(client, org.leader)
    url = f"{RUNS}/{body['id']}/propose"
    assert_problem(client.post(url, headers=org.other_leader.headers, json=PROPOSE), 404)
    for person in (org.member, org.peer, org.hris, org.reporting):
        assert_problem(client.post(url, headers=person.headers, json=PROPOSE), 403)
    assert_problem(client.post(f"{RUNS}/999999/propose", headers=org.hr.headers, json=PROPOSE), 404)
    for bad in (
        {},
        {"start_date": TODAY},
        PROPOSE | {"goals": []},
        PROPOSE | {"request_ids": []},
        PROPOSE | {"start_date": "2026-02-30"},
    ):
        assert_problem(client.post(url, headers=org.hr.headers, json=bad), 422)
    problem = assert_problem(
        client.post(url, headers=org.hr.headers, json=PROPOSE | {"request_ids": [999999]}), 422
    )
    assert problem["errors"][0]["loc"] == ["body", "request_ids", 0]
    # A run with nothing to propose.
    empty = run(client, org.hr, department_id=org.other_dept.id)
    problem = assert_problem(
        client.post(f"{RUNS}/{empty['id']}/propose", headers=org.hr.headers, json=PROPOSE), 409
    )
    assert problem["reasons"] == ["no_proposals"]
    assert pairings_count(engine) == 0
