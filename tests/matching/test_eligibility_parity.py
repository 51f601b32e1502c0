"""A matching run reads exactly the mentors the suggestions call eligible: the run's statement
(one per run, for every request in scope at once) against the suggestions endpoint (one request
at a time), on a world where each rule fails for someone, under several programme settings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from api.core.security import Actor, Role
from api.matching import repository
from api.mentors.models import MentorProfile
from api.mentors.repository import REASONS
from api.pairings.models import Pairing
from api.programme.models import ProgrammeSettings
from api.requests.models import MentoringRequest
from tests.factories import make_eligible

TODAY = date.today()
SKILLS = {"Coaching": 5, "Delegation": 4}


def _request(client, factory, hr, mentee, areas):
    review = factory.performance_review(mentee, rating=3, improvement_areas=areas)
    response = client.post(
        "/api/v1/mentoring-requests",
        headers=hr.headers,
        json={
            "mentee_id": mentee.id,
            "performance_review_id": review.id,
            "discussion_date": TODAY.isoformat(),
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _world(client, org, factory):
    """Three mentees (two levels, two departments) and around them one candidate per rule."""
    dept, other = org.dept, org.other_dept
    lead = factory.employee(dept, full_name="Mentee A's lead")
    make_eligible(factory, lead, skills=SKILLS)
    mentee_a = factory.employee(dept, team_leader=lead, full_name="Mentee A")
    mentee_b = factory.employee(dept, full_name="Mentee B")
    led_by_b = factory.employee(dept, team_leader=mentee_b, full_name="Led by B")
    make_eligible(factory, led_by_b, skills=SKILLS)
    mentee_c = factory.employee(other, level="M1", full_name="Mentee C")
    for department, level in ((dept, "M2"), (dept, "M1"), (other, "M1"), (other, "M2")):
        make_eligible(factory, factory.employee(department, level=level), skills=SKILLS)
    # In the mentees' department and level, each failing one rule.
    no_profile = factory.employee(dept, full_name="No profile")
    factory.performance_review(no_profile, rating=5, improvement_areas=[])
    make_eligible(factory, factory.employee(dept, status="terminated"), skills=SKILLS)
    make_eligible(factory, factory.employee(dept, is_managerial=False), skills=SKILLS)
    make_eligible(factory, factory.employee(dept, hire_date=TODAY), skills=SKILLS)
    make_eligible(factory, factory.employee(dept), skills=SKILLS, rating=3)
    unavailable = factory.employee(dept, full_name="Opted out")
    make_eligible(factory, unavailable, skills=SKILLS)
    no_rating = factory.employee(dept, full_name="Never reviewed")
    factory._save(MentorProfile(employee_id=no_rating.id, available=True, skills_offered=[]))
    lately_low = factory.employee(dept, full_name="Rated 5, then 3")
    make_eligible(factory, lately_low, skills=SKILLS)
    factory.performance_review(lately_low, rating=3, period_end=date(2026, 6, 30))
    full = factory.employee(dept, full_name="At capacity")
    make_eligible(factory, full, skills=SKILLS, capacity=1)
    held_review = factory.performance_review(org.outsider.employee)
    with Session(factory.engine) as session:
        session.execute(
            update(MentorProfile)
            .where(MentorProfile.employee_id == unavailable.id)
            .values(available=False)
        )
        held = MentoringRequest(
            mentee_id=org.outsider.id,
            performance_review_id=held_review.id,
            discussion_date=TODAY,
            improvement_areas=["Coaching"],
            status="matched",
            requested_by=org.hr.user.id,
        )
        session.add(held)
        session.flush()
        session.add(
            Pairing(
                request_id=held.id,
                mentee_id=org.outsider.id,
                mentor_id=full.id,
                goals=["x"],
                meeting_cadence="weekly",
                start_date=TODAY,
                status="active",
                proposed_by="test",
            )
        )
        session.commit()
    return [
        _request(client, factory, org.hr, mentee_a, ["Coaching"]),
        _request(client, factory, org.hr, mentee_b, ["Delegation", "Coaching"]),
        _request(client, factory, org.hr, mentee_c, ["Coaching"]),
    ]


def _run_pairs(engine, org, *, department_id=None):
    """{request id: mentor ids} as a run reads them (its own statements, as the service builds
    them, on the test database)."""
    actor = Actor(kind="user", id=org.hr.user.id, role=Role.HR_ADMIN)
    with Session(engine) as session:
        settings = session.get(ProgrammeSettings, 1)
        assert settings is not None
        in_scope = session.execute(
            repository.open_requests_in_scope(actor, department_id=department_id, request_ids=None)
        ).all()
        stmt = repository.eligible_pairs(
            actor,
            department_id=department_id,
            request_ids=None,
            areas=sorted({a.lower() for row in in_scope for a in row.improvement_areas}),
            departments=sorted({row.department_id for row in in_scope}),
            levels=sorted({row.level for row in in_scope}),
            settings=settings,
            today=TODAY,
            dialect=engine.dialect.name,
        )
        pairs: dict[int, set[int]] = {row.id: set() for row in in_scope}
        for row in session.execute(stmt):
            for request_id in row.request_ids.split(","):
                pairs[int(request_id)].add(row.mentor_id)
    return pairs


def _suggested(client, org, request_id):
    path = f"/api/v1/mentoring-requests/{request_id}/mentor-suggestions?limit=500"
    eligible = client.get(path, headers=org.hr.headers)
    every = client.get(path + "&include_ineligible=true", headers=org.hr.headers)
    assert eligible.status_code == every.status_code == 200, eligible.text
    # Leaving the ineligible out early changes nothing in what comes back.
    assert eligible.json()["items"] == [s for s in every.json()["items"] if s["eligible"]]
    reasons = {r for s in every.json()["items"] for r in s["reasons"]}
    return {s["mentor_id"] for s in eligible.json()["items"]}, reasons


@pytest.mark.parametrize(
    "same_department, same_level, managerial_only",
    [(True, True, True), (False, True, True), (True, False, False), (False, False, True)],
)
def test_a_run_reads_the_mentors_the_suggestions_call_eligible(
    client, org, factory, same_department, same_level, managerial_only
):
    requests = _world(client, org, factory)
    with Session(factory.engine) as session:
        session.execute(
            update(ProgrammeSettings).values(
                require_same_department=same_department,
                require_same_level=same_level,
                managerial_cadre_only=managerial_only,
            )
        )
        session.commit()
    suggested = {request_id: _suggested(client, org, request_id) for request_id in requests}
    expected = {request_id: mentors for request_id, (mentors, _) in suggested.items()}
    assert all(expected.values()) and len({frozenset(m) for m in expected.values()}) == 3
    # Every rule leaves someone out (not_managerial only when the programme asks for it).
    reasons = set().union(*(r for _, r in suggested.values()))
    assert reasons == set(REASONS) - (set() if managerial_only else {"not_managerial"})
    assert _run_pairs(factory.engine, org) == expected
    # One department's run: the same pairs for its requests.
    scoped = _run_pairs(factory.engine, org, department_id=org.dept.id)
    assert scoped == {request_id: expected[request_id] for request_id in requests[:2]}
