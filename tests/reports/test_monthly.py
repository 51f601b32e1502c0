"""The monthly report: SLA compliance, effectiveness, pairings started and role training per
month, computed by the database; its range, roles and bad input."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from sqlalchemy import text

from api.core.dates import add_months
from tests.helpers import assert_problem

MONTHLY = "/api/v1/reports/monthly"


def _month(day: date) -> str:
    return day.strftime("%Y-%m")


def test_monthly_figures_by_month(client, programme, factory):
    """A pairing started and completed today (an early evaluation): this month counts it."""
    org = programme.org
    factory.pairing(programme, "completed")
    response = client.get(MONTHLY, headers=org.hr.headers)
    assert response.status_code == 200, response.text
    body = response.json()
    today = date.today()
    months = [row["month"] for row in body["items"]]
    assert len(months) == 12 and months[-1] == _month(today)
    assert months[0] == _month(add_months(today.replace(day=1), -11))
    assert body["date_to"] == today.isoformat()
    this = body["items"][-1]
    assert this["evaluations"] == 1 and this["mean_effectiveness"] is not None
    assert this["pairings_started"] == 1
    assert this["role_trainings"] == 2  # the mentor's training and the mentee's orientation
    assert this["grievances_closed"] == 0 and this["grievance_sla_compliance_pct"] is None
    assert all(row["evaluations"] == 0 for row in body["items"][:-1])


def test_monthly_sla_compliance(client, programme, factory, engine):
    org = programme.org
    pairing = factory.pairing(programme)
    ids = []
    for who in (programme.mentee, programme.mentor, programme.mentee):
        response = client.post(
            "/api/v1/grievances",
            headers=who.headers,
            json={"pairing_id": pairing["id"], "kind": "grievance", "description": "Text"},
        )
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    for gid in ids:
        response = client.post(
            f"/api/v1/grievances/{gid}/resolve",
            headers=org.hr.headers,
            json={"outcome": "resolved", "resolution": "Sorted"},
        )
        assert response.status_code == 200, response.text
    today = date.today()
    previous = add_months(today, -2).replace(day=10)
    with engine.begin() as conn:
        # Two closed two months ago, one of them after its due date; one closed today on time.
        conn.execute(
            text("UPDATE grievances SET resolved_on = :r, due_date = :d WHERE id = :id"),
            {"r": previous, "d": previous - timedelta(days=2), "id": ids[0]},
        )
        conn.execute(
            text("UPDATE grievances SET resolved_on = :r, due_date = :d WHERE id = :id"),
            {"r": previous, "d": previous + timedelta(days=2), "id": ids[1]},
        )
    body = client.get(MONTHLY, headers=org.hr.headers).json()
    by_month = {row["month"]: row for row in body["items"]}
    assert by_month[_month(previous)]["grievances_closed"] == 2
    assert by_month[_month(previous)]["grievances_closed_on_time"] == 1
    assert by_month[_month(previous)]["grievance_sla_compliance_pct"] == 50.0
    assert by_month[_month(today)]["grievance_sla_compliance_pct"] == 100.0
    assert by_month[_month(add_months(today, -1))]["grievances_closed"] == 0

    # The department filter: the other department has none of it.
    other = client.get(
        MONTHLY, headers=org.hr.headers, params={"department_id": org.other_dept.id}
    ).json()
    assert all(row["grievances_closed"] == 0 for row in other["items"])
    assert all(row["pairings_started"] == 0 for row in other["items"])
    # A team leader sees their own people's; the other team leader sees none of it.
    mine = client.get(MONTHLY, headers=org.leader.headers).json()
    assert {r["month"]: r for r in mine["items"]}[_month(previous)]["grievances_closed"] == 2
    theirs = client.get(MONTHLY, headers=org.other_leader.headers).json()
    assert all(row["grievances_closed"] == 0 for row in theirs["items"])
    # The reporting account reads it too.
    assert client.get(MONTHLY, headers=org.reporting.headers).status_code == 200

    # An explicit range: just those months, oldest first.
    ranged = client.get(
        MONTHLY,
        headers=org.hr.headers,
        params={"date_from": previous.isoformat(), "date_to": previous.isoformat()},
    ).json()
    assert [r["month"] for r in ranged["items"]] == [_month(previous)]
    assert ranged["items"][0]["grievances_closed"] == 2

    # CSV: one row per month.
    response = client.get(MONTHLY, headers=org.hr.headers, params={"format": "csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 12 and rows[-1]["month"] == _month(today)
    assert rows[-3]["grievance_sla_compliance_pct"] == "50.0"


def test_monthly_roles_refused(client, org):
    for person in (org.member, org.hris):
        assert_problem(client.get(MONTHLY, headers=person.headers), 403)
    assert_problem(client.get(MONTHLY), 401)


def test_monthly_bad_input(client, org):
    hr = org.hr.headers
    for params in (
        {"date_from": "2026-05-01", "date_to": "2026-04-01"},  # the range backwards
        {"date_from": "2000-01-01", "date_to": "2026-01-01"},  # more than 120 months
        {"date_from": "not-a-date"},
        {"department_id": "0"},
        {"date_from": (date.today() + timedelta(days=40)).isoformat()},  # after today
    ):
        problem = assert_problem(client.get(MONTHLY, headers=hr, params=params), 422)
        assert problem["errors"], params
