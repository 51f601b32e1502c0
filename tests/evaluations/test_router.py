"""The 6-month evaluation: complete or extend, the 80% rule, the due list's boundaries."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from api.core.dates import add_months
from tests.helpers import assert_problem

BODY = {
    "goals": [
        {"goal": "Delegate the weekly planning", "met": True},
        {"goal": "Coach one new hire", "met": False},
    ],
    "skill_ratings": [
        {"skill": "Delegation", "before": 2, "after": 4},
        {"skill": "Coaching", "before": 3, "after": 3},
    ],
    "effectiveness": 4,
    "mentor_kra_rating": 5,
    "outcome": "complete",
    "summary": "Clear progress on delegation.",
}


@pytest.fixture
def active(client, programme, factory):
    return factory.pairing(programme)


def age(engine, pairing_id, *, start, due):
    """Move the pairing's period into the past (test set-up only)."""
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE pairings SET start_date = :s, evaluation_due_date = :d WHERE id = :id"),
            {"s": start, "d": due, "id": pairing_id},
        )


def evaluate(client, person, pairing_id, body=BODY, **extra):
    return client.post(
        f"/api/v1/pairings/{pairing_id}/evaluation", headers=person.headers, json=body | extra
    )


def test_complete_rates_the_kra_and_completes_the_pairing(client, programme, active, engine):
    org = programme.org
    today = date.today()
    age(engine, active["id"], start=add_months(today, -6), due=today)
    response = evaluate(client, org.hr, active["id"])
    assert response.status_code == 201, response.text
    evaluation = response.json()
    assert evaluation["outcome"] == "complete" and evaluation["early"] is False
    assert evaluation["evaluated_on"] == today.isoformat()
    pairing = client.get(f"/api/v1/pairings/{active['id']}", headers=org.hr.headers).json()
    assert pairing["status"] == "completed" and pairing["end_date"] == today.isoformat()
    kra = client.get(
        f"/api/v1/employees/{programme.mentor.id}/development-records", headers=org.hr.headers
    ).json()["items"][0]
    assert kra["kind"] == "kra" and kra["rating"] == 5 and kra["closed_at"]
    file = client.get(
        f"/api/v1/employees/{programme.mentee.id}/personnel-file",
        headers=org.hr.headers,
        params={"document_type": "evaluation"},
    ).json()
    assert [e["document_id"] for e in file["items"]] == [evaluation["id"]]
    # The mentee reads the evaluation without the mentor's KRA rating.
    as_mentee = client.get(
        f"/api/v1/evaluations/{evaluation['id']}", headers=programme.mentee.headers
    ).json()
    assert as_mentee["mentor_kra_rating"] is None
    assert (
        client.get(
            f"/api/v1/evaluations/{evaluation['id']}", headers=programme.mentor.headers
        ).json()["mentor_kra_rating"]
        == 5
    )
    assert_problem(evaluate(client, org.hr, active["id"]), 409)  # completed now


def test_extend_moves_the_date_and_schedules_more_reviews(client, programme, active, engine):
    org = programme.org
    today = date.today()
    start = add_months(today, -6)
    age(engine, active["id"], start=start, due=today)
    with engine.begin() as conn:
        conn.execute(
            text("DELETE FROM periodic_reviews WHERE pairing_id = :id"), {"id": active["id"]}
        )
    response = evaluate(client, org.hr, active["id"], outcome="extend", extend_months=2)
    assert response.status_code == 201, response.text
    pairing = client.get(f"/api/v1/pairings/{active['id']}", headers=org.hr.headers).json()
    assert pairing["status"] == "active"
    assert pairing["evaluation_due_date"] == add_months(today, 2).isoformat()
    dues = [
        r["due_date"]
        for r in client.get(
            "/api/v1/reviews",
            headers=org.hr.headers,
            params={"pairing_id": active["id"], "limit": 100},
        ).json()["items"]
    ]
    expected = [
        add_months(start, k) for k in range(1, 9) if add_months(start, k) < add_months(today, 2)
    ]
    assert dues == [d.isoformat() for d in expected]
    # The next evaluation answers the new date; it is "early" until 80% of the new period.
    assert assert_problem(evaluate(client, org.hr, active["id"]), 409)["reasons"] == [
        "evaluation_too_early"
    ]


def test_early_evaluation_needs_the_flag_and_a_reason(client, programme, active):
    org = programme.org
    too_early = evaluate(client, org.hr, active["id"])
    assert assert_problem(too_early, 409)["reasons"] == ["evaluation_too_early"]
    assert_problem(evaluate(client, org.hr, active["id"], early=True), 422)
    early = evaluate(
        client, org.hr, active["id"], early=True, early_reason="The mentor moves abroad next month"
    )
    assert early.status_code == 201 and early.json()["early"] is True


def test_eighty_percent_boundary(client, programme, active, engine):
    org = programme.org
    today = date.today()
    # A 100-day period of which exactly 80 days have passed: no longer early.
    age(engine, active["id"], start=today - timedelta(days=80), due=today + timedelta(days=20))
    assert evaluate(client, org.hr, active["id"]).status_code == 201


def test_seventy_nine_days_of_a_hundred_is_early(client, programme, active, engine):
    org = programme.org
    today = date.today()
    age(engine, active["id"], start=today - timedelta(days=79), due=today + timedelta(days=21))
    assert_problem(evaluate(client, org.hr, active["id"]), 409)


@pytest.mark.parametrize(
    "extra",
    [
        {"outcome": "extend"},
        {"outcome": "complete", "extend_months": 2},
        {"outcome": "extend", "extend_months": 13},
        {"effectiveness": 0},
        {"mentor_kra_rating": 6},
        {"goals": []},
        {"skill_ratings": [{"skill": "A", "before": 1, "after": 9}]},
        {
            "skill_ratings": [
                {"skill": "A", "before": 1, "after": 2},
                {"skill": "a", "before": 1, "after": 2},
            ]
        },
        {"evaluated_on": "2999-01-01"},
        {"status": "completed"},
    ],
)
def test_bad_evaluations(client, programme, active, extra):
    assert_problem(
        evaluate(client, programme.org.hr, active["id"], early=True, early_reason="r", **extra), 422
    )


def test_only_hr_evaluates_and_only_active_pairings(client, programme, active):
    org = programme.org
    for person in (org.leader, programme.mentor, programme.mentee, org.reporting, org.hris):
        assert_problem(evaluate(client, person, active["id"], early=True, early_reason="r"), 403)
    assert_problem(evaluate(client, org.hr, 999999, early=True, early_reason="r"), 404)


def test_due_list_on_the_boundary_dates(client, programme, active, engine):
    org = programme.org
    today = date.today()
    url = "/api/v1/evaluations/due"
    age(
        engine,
        active["id"],
        start=add_months(today, -6) + timedelta(days=1),
        due=today + timedelta(days=1),
    )
    assert client.get(url, headers=org.hr.headers).json()["items"] == []  # due tomorrow
    age(engine, active["id"], start=add_months(today, -6), due=today)
    [due] = client.get(url, headers=org.hr.headers).json()["items"]
    assert due["pairing_id"] == active["id"] and due["days_overdue"] == 0  # due today
    age(
        engine,
        active["id"],
        start=add_months(today, -6) - timedelta(days=1),
        due=today - timedelta(days=1),
    )
    [due] = client.get(url, headers=org.hr.headers).json()["items"]
    assert due["days_overdue"] == 1  # due yesterday
    assert client.get(url, headers=org.other_leader.headers).json()["items"] == []
    evaluate(client, org.hr, active["id"])
    assert client.get(url, headers=org.hr.headers).json()["items"] == []
    listed = client.get(
        "/api/v1/evaluations", headers=org.leader.headers, params={"outcome": "complete"}
    ).json()["items"]
    assert len(listed) == 1
    assert client.get("/api/v1/evaluations", headers=org.outsider.headers).json()["items"] == []
    assert_problem(client.get("/api/v1/evaluations", headers=org.hris.headers), 403)
