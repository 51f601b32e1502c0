"""Mentor profiles and eligibility: every rule of PRODUCT.md rule 4, one row each."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from api.core.dates import add_months
from tests.helpers import assert_problem, audit_events

TODAY = date.today()


def _mentor(
    factory,
    org,
    *,
    rating=5,
    hire=date(2020, 1, 1),
    available=True,
    capacity=None,
    status="active",
    managerial=True,
    reviews=True,
):
    employee = factory.employee(org.dept, hire_date=hire, status=status, is_managerial=managerial)
    if reviews:
        factory.performance_review(employee, rating=rating, period_end=date(2025, 6, 30))
    if available is not None:
        from api.mentors.models import MentorProfile

        factory._save(
            MentorProfile(
                employee_id=employee.id, available=available, capacity=capacity, skills_offered=[]
            )
        )
    return employee


@pytest.mark.parametrize(
    ("kwargs", "reasons"),
    [
        ({}, []),
        ({"rating": 4}, []),
        ({"rating": 3}, ["low_rating"]),
        ({"reviews": False}, ["no_rating"]),
        ({"hire": add_months(TODAY, -12)}, []),
        ({"hire": add_months(TODAY, -12) + timedelta(days=1)}, ["short_tenure"]),
        ({"available": False}, ["not_available"]),
        ({"available": None}, ["not_available"]),
        ({"status": "terminated"}, ["inactive"]),
        ({"managerial": False}, ["not_managerial"]),
        (
            {"rating": 2, "available": False, "status": "terminated"},
            ["inactive", "low_rating", "not_available"],
        ),
    ],
)
def test_eligibility_rules(client, org, factory, kwargs, reasons):
    mentor = _mentor(factory, org, **kwargs)
    body = client.get(
        f"/api/v1/employees/{mentor.id}/mentor-eligibility", headers=org.hr.headers
    ).json()
    assert body["reasons"] == reasons
    assert body["eligible"] is (not reasons)


def test_latest_rating_counts_not_the_best(client, org, factory):
    mentor = _mentor(factory, org, rating=5)
    factory.performance_review(
        mentor, rating=3, period_start=date(2025, 7, 1), period_end=date(2025, 12, 31)
    )
    body = client.get(
        f"/api/v1/employees/{mentor.id}/mentor-eligibility", headers=org.hr.headers
    ).json()
    assert body["reasons"] == ["low_rating"] and body["latest_rating"] == 3


def test_capacity_counts_approved_and_active_pairings(client, org, factory, engine):
    from sqlalchemy.orm import Session

    from api.pairings.models import Pairing
    from api.requests.models import MentoringRequest

    mentor = _mentor(factory, org, capacity=1)
    mentee = org.member.employee
    review = factory.performance_review(mentee)
    with Session(engine) as session:
        request = MentoringRequest(
            mentee_id=mentee.id,
            performance_review_id=review.id,
            discussion_date=TODAY,
            improvement_areas=["Delegation"],
            status="open",
            requested_by=org.hr.user.id,
        )
        session.add(request)
        session.flush()
        pairing = Pairing(
            request_id=request.id,
            mentee_id=mentee.id,
            mentor_id=mentor.id,
            goals=["g"],
            meeting_cadence="weekly",
            start_date=TODAY,
            status="proposed",
            proposed_by="user:1",
        )
        session.add(pairing)
        session.commit()
        url = f"/api/v1/employees/{mentor.id}/mentor-eligibility"
        assert client.get(url, headers=org.hr.headers).json()["reasons"] == []
        pairing.status = "approved"
        session.commit()
        body = client.get(url, headers=org.hr.headers).json()
        assert body["reasons"] == ["at_capacity"] and body["active_mentees"] == 1
        assert body["capacity"] == 1


def test_settings_change_the_rules(client, org, factory):
    mentor = _mentor(factory, org, rating=3, managerial=False)
    url = f"/api/v1/employees/{mentor.id}/mentor-eligibility"
    assert client.get(url, headers=org.hr.headers).json()["reasons"] == [
        "not_managerial",
        "low_rating",
    ]
    client.put(
        "/api/v1/programme-settings",
        headers=org.hr.headers,
        json={"mentor_min_rating": 3, "managerial_cadre_only": False},
    )
    assert client.get(url, headers=org.hr.headers).json()["eligible"] is True


def test_mentor_profile_put_by_self_or_hr(client, org, engine):
    url = f"/api/v1/employees/{org.peer.id}/mentor-profile"
    assert_problem(client.get(url, headers=org.peer.headers), 404)
    body = {
        "available": True,
        "capacity": 1,
        "bio": "Ten years in operations",
        "skills_offered": ["Delegation", "Coaching"],
    }
    created = client.put(url, headers=org.peer.headers, json=body)
    assert created.status_code == 201, created.text
    assert created.json() == {"employee_id": org.peer.id, **body}
    updated = client.put(url, headers=org.hr.headers, json=body | {"available": False})
    assert updated.status_code == 200 and updated.json()["available"] is False
    assert client.get(url, headers=org.leader.headers).json()["available"] is False
    assert_problem(client.put(url, headers=org.member.headers, json=body), 404)  # can't see Paul
    assert_problem(client.put(url, headers=org.leader.headers, json=body), 403)
    assert_problem(client.put(url, headers=org.hris.headers, json=body), 403)
    assert_problem(client.put(url, headers=org.peer.headers, json=body | {"capacity": 0}), 422)
    assert_problem(
        client.put(url, headers=org.peer.headers, json=body | {"skills_offered": ["A", "a"]}), 422
    )
    assert_problem(
        client.put("/api/v1/employees/999999/mentor-profile", headers=org.hr.headers, json=body),
        404,
    )
    assert [e.action for e in audit_events(engine, entity="mentor_profile")] == [
        "mentor_profile.create",
        "mentor_profile.update",
    ]


def test_eligibility_visibility(client, org):
    assert_problem(
        client.get(
            f"/api/v1/employees/{org.outsider.id}/mentor-eligibility", headers=org.leader.headers
        ),
        404,
    )
    assert (
        client.get(
            f"/api/v1/employees/{org.peer.id}/mentor-eligibility", headers=org.leader.headers
        ).status_code
        == 200
    )
    assert_problem(client.get("/api/v1/employees/1/mentor-eligibility"), 401)
