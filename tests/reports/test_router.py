"""Reports: the numbers, their scoping by role and department, JSON and safe CSV."""

from __future__ import annotations

import csv
import dataclasses
import io
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from api.core.dates import add_months
from tests.factories import Programme, make_eligible
from tests.helpers import assert_problem

REPORTS = "/api/v1/reports"
BOM = b"\xef\xbb\xbf"
ROUTES = ("programme-summary", "overdue-reviews", "grievance-sla", "evaluations", "training")
FORM = {"progress": 4, "relationship_health": 4, "concern": False}


@pytest.fixture
def busy(client, programme, engine, factory):
    """One active pairing with an overdue review, two sessions, an open grievance past due and
    a resolved one; plus a completed pairing's evaluation elsewhere in the department."""
    org = programme.org
    pairing = factory.pairing(programme)
    reviews = client.get(
        "/api/v1/reviews", headers=org.hr.headers, params={"pairing_id": pairing["id"]}
    ).json()["items"]
    today = date.today()
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": today - timedelta(days=3), "id": reviews[0]["id"]},
        )
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": today + timedelta(days=5), "id": reviews[1]["id"]},
        )
    client.put(
        f"/api/v1/reviews/{reviews[0]['id']}/forms/mentor",
        headers=programme.mentor.headers,
        json=FORM,
    )
    for minutes in (60, 90):
        client.post(
            "/api/v1/training-records",
            headers=programme.mentor.headers,
            json={
                "kind": "peer_session",
                "pairing_id": pairing["id"],
                "date": today.isoformat(),
                "duration_minutes": minutes,
                "topics": ["=cmd|' /C calc'!A0"],
            },
        )
    late = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": pairing["id"], "kind": "grievance", "description": "Secret text"},
    ).json()
    on_time = client.post(
        "/api/v1/grievances",
        headers=programme.mentor.headers,
        json={"pairing_id": pairing["id"], "kind": "grievance", "description": "Other secret"},
    ).json()
    client.post(
        f"/api/v1/grievances/{on_time['id']}/resolve",
        headers=org.hr.headers,
        json={"outcome": "resolved", "resolution": "Sorted"},
    )
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE grievances SET due_date = :d WHERE id = :id"),
            {"d": today - timedelta(days=1), "id": late["id"]},
        )
        conn.execute(
            text("UPDATE pairings SET start_date = :s, evaluation_due_date = :d WHERE id = :id"),
            {"s": add_months(today, -6), "d": today, "id": pairing["id"]},
        )
    return pairing


def get(client, person, name, **params):
    response = client.get(f"{REPORTS}/{name}", headers=person.headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_programme_summary(client, programme, busy):
    summary = get(client, programme.org.hr, "programme-summary")
    assert summary["pairings_by_status"]["active"] == 1
    assert summary["pairings_by_status"]["proposed"] == 0
    assert summary["pairings_by_department"] == [
        {
            "department_id": programme.org.dept.id,
            "department": "Operations",
            "total": 1,
            "active": 1,
        }
    ]
    assert summary["open_requests"] == 0
    assert summary["avg_days_request_to_activation"] is not None
    assert summary["training_completion_pct"] == 100.0
    assert summary["reviews_overdue"] == 1 and summary["reviews_due"] == 1
    assert summary["grievances_open"] == 1 and summary["grievances_breached"] == 1
    assert summary["grievance_sla_compliance_pct"] == 100.0
    assert summary["evaluations_due"] == 1 and summary["mean_effectiveness"] is None
    assert summary["sessions_recorded"] == 2 and summary["session_hours"] == 2.5
    other = get(
        client, programme.org.hr, "programme-summary", department_id=programme.org.other_dept.id
    )
    assert sum(other["pairings_by_status"].values()) == 0 and other["sessions_recorded"] == 0
    past = get(client, programme.org.hr, "programme-summary", date_to="2000-01-01")
    assert past["sessions_recorded"] == 0 and past["grievances_open"] == 0


def test_overdue_reviews_report(client, programme, busy):
    [row] = get(client, programme.org.hr, "overdue-reviews")["items"]
    assert row["pairing_id"] == busy["id"] and row["days_overdue"] == 3
    assert row["mentor_form"] is True and row["mentee_form"] is False
    assert row["mentee"] == "Mia Member" and row["team_leader_id"] == programme.org.leader.id


def test_grievance_sla_report_has_no_text(client, programme, busy):
    report = get(client, programme.org.reporting, "grievance-sla")
    assert (
        report["total"],
        report["open"],
        report["breached"],
        report["closed"],
        report["compliance_pct"],
    ) == (2, 1, 1, 1, 100.0)
    assert "Secret" not in str(report) and "Sorted" not in str(report)
    as_csv = client.get(
        f"{REPORTS}/grievance-sla",
        headers=programme.org.reporting.headers,
        params={"format": "csv"},
    ).text
    assert "Secret" not in as_csv


def test_evaluations_and_training_reports(client, programme, busy):
    org = programme.org
    client.post(
        f"/api/v1/pairings/{busy['id']}/evaluation",
        headers=org.hr.headers,
        json={
            "goals": [{"goal": "a", "met": True}, {"goal": "b", "met": False}],
            "skill_ratings": [
                {"skill": "Delegation", "before": 2, "after": 4},
                {"skill": "Coaching", "before": 3, "after": 4},
            ],
            "effectiveness": 4,
            "mentor_kra_rating": 5,
            "outcome": "complete",
        },
    )
    report = get(client, org.hr, "evaluations")
    assert report["count"] == 1 and report["completed"] == 1 and report["mean_effectiveness"] == 4
    [row] = report["items"]
    assert (row["goals_met"], row["goals_total"], row["mean_skill_gain"]) == (1, 2, 1.5)
    training = get(client, org.hr, "training")
    [row] = training["items"]
    assert (row["sessions"], row["confirmed_sessions"], row["hours"]) == (2, 0, 2.5)
    assert training["hours"] == 2.5
    assert get(client, org.hr, "training", date_to="2000-01-01")["items"] == []
    assert get(client, org.hr, "programme-summary")["mean_effectiveness"] == 4.0


def test_evaluation_figures_counted_by_the_database(client, programme, busy):
    """Goals met and the mean skill gain come from the JSON arrays, rounded as Python rounds
    (0.125 to 0.12), with no met goal counted as 0."""
    org = programme.org
    skills = ["Delegation", "Coaching", "Budgeting", "Negotiation", "Planning", "Writing"]
    ratings = [{"skill": s, "before": 3, "after": 3} for s in [*skills, "Hiring", "Mentoring"]]
    ratings[0]["after"] = 4  # 1 point over 8 areas: 0.125
    created = client.post(
        f"/api/v1/pairings/{busy['id']}/evaluation",
        headers=org.hr.headers,
        json={
            "goals": [{"goal": "a", "met": False}, {"goal": "b", "met": False}],
            "skill_ratings": ratings,
            "effectiveness": 3,
            "mentor_kra_rating": 3,
            "outcome": "complete",
        },
    )
    assert created.status_code == 201, created.text
    [row] = client.get(f"{REPORTS}/evaluations", headers=org.hr.headers).json()["items"]
    assert (row["goals_met"], row["goals_total"], row["mean_skill_gain"]) == (0, 2, 0.12)
    assert (
        client.get(
            f"{REPORTS}/evaluations",
            headers=org.hr.headers,
            params={"department_id": org.other_dept.id},
        ).json()["items"]
        == []
    )
    [mine] = client.get(f"{REPORTS}/evaluations", headers=org.leader.headers).json()["items"]
    assert mine["evaluation_id"] == row["evaluation_id"]
    assert (
        client.get(f"{REPORTS}/evaluations", headers=org.other_leader.headers).json()["items"] == []
    )


def test_csv_by_accept_or_format_and_escaped(client, programme, busy, engine):
    org = programme.org
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE departments SET name = '=HYPERLINK(\"http://x\")' WHERE id = :id"),
            {"id": org.dept.id},
        )
    by_accept = client.get(
        f"{REPORTS}/overdue-reviews", headers=org.hr.headers | {"Accept": "text/csv"}
    )
    assert by_accept.status_code == 200
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert "attachment" in by_accept.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(by_accept.text)))
    assert rows[0]["department"] == '\'=HYPERLINK("http://x")'
    assert rows[0]["days_overdue"] == "3" and rows[0]["mentee_form"] == "false"
    by_format = client.get(
        f"{REPORTS}/overdue-reviews", headers=org.hr.headers, params={"format": "csv"}
    )
    assert by_format.text == by_accept.text
    summary = list(
        csv.DictReader(
            io.StringIO(
                client.get(
                    f"{REPORTS}/programme-summary", headers=org.hr.headers, params={"format": "csv"}
                ).text
            )
        )
    )
    assert summary[0]["reviews_overdue"] == "1" and summary[0]["pairings_active"] == "1"
    empty = client.get(
        f"{REPORTS}/evaluations", headers=org.hr.headers, params={"format": "csv"}
    ).text
    assert empty.startswith("evaluation_id,pairing_id,")
    assert_problem(
        client.get(f"{REPORTS}/evaluations", headers=org.hr.headers, params={"format": "xml"}), 422
    )


def test_report_access_and_team_leader_scope(client, programme, busy):
    org = programme.org
    for person in (programme.mentor, programme.mentee, org.hris):
        assert_problem(client.get(f"{REPORTS}/programme-summary", headers=person.headers), 403)
    assert_problem(client.get(f"{REPORTS}/programme-summary"), 401)
    mine = get(client, org.leader, "programme-summary")
    assert mine["pairings_by_status"]["active"] == 1
    theirs = get(client, org.other_leader, "overdue-reviews")
    assert theirs["items"] == []
    assert_problem(
        client.get(
            f"{REPORTS}/training",
            headers=org.hr.headers,
            params={"date_from": "2026-02-01", "date_to": "2026-01-01"},
        ),
        422,
    )


@pytest.fixture
def zoe(client, org, factory):
    """An active pairing whose mentee, created for the purpose, is called Zoë Ångström."""
    zoe = factory.employee(
        org.dept, team_leader=org.leader.employee, full_name="Zoë Ångström", email="zoe@example.com"
    )
    review = factory.performance_review(zoe, rating=3, improvement_areas=["Delegation"])
    make_eligible(factory, org.peer.employee, skills={"Delegation": 5})
    request = client.post(
        "/api/v1/mentoring-requests",
        headers=org.leader.headers,
        json={
            "mentee_id": zoe.id,
            "performance_review_id": review.id,
            "discussion_date": date.today().isoformat(),
        },
    )
    assert request.status_code == 201, request.text
    with_zoe = dataclasses.replace(org, member=factory.user("employee", zoe))
    return factory.pairing(Programme(org=with_zoe, review=review, request=request.json()))


def test_csv_with_a_bom_opens_in_excel_with_accents_intact(client, org, zoe):
    for name in ROUTES:
        plain = client.get(f"{REPORTS}/{name}", headers=org.hr.headers, params={"format": "csv"})
        with_bom = client.get(
            f"{REPORTS}/{name}", headers=org.hr.headers, params={"format": "csv", "bom": "true"}
        )
        assert plain.status_code == with_bom.status_code == 200, with_bom.text
        assert with_bom.headers["content-type"] == "text/csv; charset=utf-8"
        # Exactly one byte order mark, in front of what a script gets without it.
        assert with_bom.content.startswith(BOM) and BOM not in with_bom.content[3:], name
        assert not plain.content.startswith(BOM) and BOM not in plain.content, name
        assert with_bom.content[3:] == plain.content, name
    by_accept = client.get(
        f"{REPORTS}/training",
        headers=org.hr.headers | {"Accept": "text/csv"},
        params={"bom": "true"},
    )
    assert by_accept.content.startswith(BOM)
    [row] = list(csv.DictReader(io.StringIO(by_accept.content.decode("utf-8-sig"))))
    assert row["mentee"] == "Zoë Ångström" and row["pairing_id"] == str(zoe["id"])
    assert "\ufeff" not in "".join(row)  # the BOM is not read into the first column's name
    # BOM only matters to CSV: JSON is unchanged by it.
    as_json = client.get(f"{REPORTS}/training", headers=org.hr.headers, params={"bom": "true"})
    assert as_json.json()["items"][0]["mentee"] == "Zoë Ångström"


def test_bom_must_be_a_boolean(client, org):
    body = assert_problem(
        client.get(
            f"{REPORTS}/training",
            headers=org.hr.headers,
            params={"format": "csv", "bom": "notabool"},
        ),
        422,
    )
    assert body["errors"][0]["loc"] == ["query", "bom"]


def test_programme_summary_csv_has_pairings_by_department(client, org, zoe, factory):
    factory.department('Finance, Legal & "Co"')  # no pairings: no columns
    response = client.get(
        f"{REPORTS}/programme-summary", headers=org.hr.headers, params={"format": "csv"}
    )
    [row] = list(csv.DictReader(io.StringIO(response.text)))
    assert row["pairings_department_Operations_total"] == "1"
    assert row["pairings_department_Operations_active"] == "1"
    assert row["pairings_active"] == "1" and row["reviews_overdue"] == "0"
    assert [c for c in row if c.startswith("pairings_department_")] == [
        "pairings_department_Operations_total",
        "pairings_department_Operations_active",
    ]
