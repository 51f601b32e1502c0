"""The programme-impact report: built data with a known effect is recovered within the 95%
interval, no effect gives an interval around 0, small samples are withheld, roles, filters, CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sqlalchemy.orm import Session

from api.employees.models import Employee, PerformanceReview
from api.evaluations.models import Evaluation
from api.pairings.models import Pairing
from api.requests.models import MentoringRequest
from tests.helpers import assert_problem

URL = "/api/v1/reports/programme-impact"
START, END = date(2025, 1, 15), date(2025, 7, 15)
BEFORE = (date(2024, 7, 1), date(2024, 12, 31))  # the last review before the start
AFTER = (date(2025, 7, 1), date(2025, 12, 31))  # the first review after the end
NOISE = (-1, 0, 1)  # balanced: a group's noise averages exactly 0


@dataclass
class Built:
    department_id: int
    mentee_ids: list[int]


def build(
    engine,
    factory,
    requester_user_id: int,
    *,
    mentees: int,
    comparison: int,
    mentee_gain: int,
    comparison_gain: int = 0,
    mentee_leavers: int = 0,
    comparison_leavers: int = 0,
    level: str = "M2",
    department=None,
) -> Built:
    """`mentees` completed pairings (each with its own mentor, rated 5 before and after) and
    `comparison` never-mentees in one department and level. Everyone is rated 2 or 3 before;
    after: that + gain + a balanced noise. Leavers leave 6 months after the start."""
    department = department or factory.department()
    rows: list = []
    people = []
    with Session(engine, expire_on_commit=False) as session:
        for i in range(mentees + comparison):
            is_mentee = i < mentees
            k = i if is_mentee else i - mentees
            leaver = k < (mentee_leavers if is_mentee else comparison_leavers)
            person = Employee(
                full_name=f"Impact {department.id}-{i}",
                email=f"impact{department.id}-{i}@example.com",
                department_id=department.id,
                level=level,
                is_managerial=True,
                hire_date=date(2020, 1, 1),
                status="terminated" if leaver else "active",
                terminated_on=START + timedelta(days=182) if leaver else None,
            )
            people.append((person, is_mentee, k, leaver))
            session.add(person)
        mentors = [
            Employee(
                full_name=f"Mentor {department.id}-{j}",
                email=f"mentor{department.id}-{j}@example.com",
                department_id=department.id,
                level=level,
                is_managerial=True,
                hire_date=date(2015, 1, 1),
            )
            for j in range(mentees)
        ]
        session.add_all(mentors)
        session.flush()
        for person, is_mentee, k, leaver in people:
            before = 2 + k % 2
            gain = mentee_gain if is_mentee else comparison_gain
            rows.append(
                PerformanceReview(
                    employee_id=person.id,
                    period_start=BEFORE[0],
                    period_end=BEFORE[1],
                    rating=before,
                )
            )
            if not leaver:
                rows.append(
                    PerformanceReview(
                        employee_id=person.id,
                        period_start=AFTER[0],
                        period_end=AFTER[1],
                        rating=before + gain + NOISE[(k // 2) % 3],
                    )
                )
        for mentor in mentors:
            for period in (BEFORE, AFTER):
                rows.append(
                    PerformanceReview(
                        employee_id=mentor.id,
                        period_start=period[0],
                        period_end=period[1],
                        rating=5,
                    )
                )
        session.add_all(rows)
        session.flush()
        mentee_people = [p for p, is_mentee, _, _ in people if is_mentee]
        for person, mentor in zip(mentee_people, mentors, strict=True):
            review_id = next(
                r.id for r in rows if r.employee_id == person.id and r.period_end == BEFORE[1]
            )
            request = MentoringRequest(
                mentee_id=person.id,
                performance_review_id=review_id,
                discussion_date=START - timedelta(days=20),
                status="matched",
                requested_by=requester_user_id,
            )
            session.add(request)
            session.flush()
            session.add(
                Pairing(
                    request_id=request.id,
                    mentee_id=person.id,
                    mentor_id=mentor.id,
                    meeting_cadence="monthly",
                    start_date=START,
                    end_date=END,
                    status="completed",
                    proposed_by="test",
                )
            )
        session.commit()
    refresh_histories(engine)
    return Built(department.id, [p.id for p in mentee_people])


def refresh_histories(engine) -> None:
    """What the app does on every review write, for rows the test wrote directly."""
    from sqlalchemy import update

    from api.employees.repository import rating_history_of_employee

    with engine.begin() as conn:
        history = rating_history_of_employee(conn.dialect.name)
        conn.execute(update(Employee).values(rating_history=history))


def figure(report, group, measure):
    [found] = [f for f in report["items"] if f["group"] == group and f["measure"] == measure]
    return found


def report(client, person, **params):
    response = client.get(URL, headers=person.headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_one_point_effect_is_recovered_within_the_interval(client, org, factory, engine):
    build(engine, factory, org.hr.user.id, mentees=60, comparison=180, mentee_gain=1)
    body = report(client, org.hr)
    rating = figure(body, "mentees", "rating_change")
    assert rating["status"] == "reported", rating
    assert rating["participants"] == 60 and rating["sample_size"] == 60
    assert rating["comparison_size"] == 60 and rating["unmatched"] == 0
    assert rating["participant_mean"] == 1.0  # balanced noise: exactly the built gain
    assert rating["ci_low"] <= 1.0 <= rating["ci_high"]
    assert rating["ci_low"] > 0, "a one-point gain is told apart from no effect"
    assert abs(rating["comparison_mean"]) < 0.35
    assert "Welch" in rating["method"] and body["min_sample"] == 10
    assert body["confidence_level"] == 0.95 and "department and level" in body["method"]


def test_no_effect_gives_an_interval_around_zero(client, org, factory, engine):
    build(engine, factory, org.hr.user.id, mentees=60, comparison=180, mentee_gain=0)
    rating = figure(report(client, org.hr), "mentees", "rating_change")
    assert rating["status"] == "reported"
    assert rating["ci_low"] <= 0 <= rating["ci_high"]
    assert rating["participant_mean"] == 0.0


def test_a_twenty_point_retention_gap_is_recovered(client, org, factory, engine):
    # Mentees: 6 of 60 leave (90% stay); comparison: 90 of 300 leave (70% stay).
    build(
        engine,
        factory,
        org.hr.user.id,
        mentees=60,
        comparison=300,
        mentee_gain=0,
        mentee_leavers=6,
        comparison_leavers=90,
    )
    retention = figure(report(client, org.hr), "mentees", "retention_12_months")
    assert retention["status"] == "reported", retention
    assert retention["unit"] == "percent" and retention["sample_size"] == 60
    assert retention["participant_mean"] == 90.0
    assert retention["ci_low"] <= 20 <= retention["ci_high"]
    assert retention["ci_low"] > 0
    assert 55 <= retention["comparison_mean"] <= 85


def test_mentors_are_compared_with_their_own_group_and_unmatched_are_counted(
    client, org, factory, engine
):
    # Mentors are rated 5 before; nobody who never mentored is: all 12 unmatched, withheld.
    build(engine, factory, org.hr.user.id, mentees=12, comparison=40, mentee_gain=1)
    body = report(client, org.hr)
    mentors = figure(body, "mentors", "rating_change")
    assert mentors["participants"] == 12 and mentors["unmatched"] == 12
    assert mentors["status"] == "withheld" and mentors["difference"] is None
    # The same people pass as a comparison for mentors once some never-mentors are rated 5.
    mentees = figure(body, "mentees", "rating_change")
    assert mentees["status"] == "reported" and mentees["sample_size"] == 12


def test_small_samples_are_withheld_with_the_reason(client, org, factory, engine):
    build(engine, factory, org.hr.user.id, mentees=9, comparison=30, mentee_gain=1)
    rating = figure(report(client, org.hr), "mentees", "rating_change")
    assert rating["status"] == "withheld"
    assert rating["sample_size"] == 9
    assert (rating["participant_mean"], rating["difference"], rating["ci_low"]) == (None,) * 3
    assert "at least 10" in rating["withheld_reason"]
    # HR lowers the programme's minimum: the figure appears.
    response = client.put(
        "/api/v1/programme-settings", headers=org.hr.headers, json={"impact_min_sample": 5}
    )
    assert response.status_code == 200 and response.json()["impact_min_sample"] == 5
    assert figure(report(client, org.hr), "mentees", "rating_change")["status"] == "reported"


@pytest.mark.parametrize("value", [0, 1, "ten"])
def test_min_sample_setting_is_validated(client, org, value):
    response = client.put(
        "/api/v1/programme-settings", headers=org.hr.headers, json={"impact_min_sample": value}
    )
    assert_problem(response, 422)


def test_skill_ratings_before_and_after(client, org, factory, engine):
    built = build(engine, factory, org.hr.user.id, mentees=12, comparison=0, mentee_gain=1)
    with Session(engine) as session:
        pairings = session.query(Pairing).filter(Pairing.mentee_id.in_(built.mentee_ids)).all()
        for n, pairing in enumerate(pairings):
            ratings = [{"skill": "Delegation", "before": 2, "after": 3 + n % 2}]
            if n < 3:
                ratings.append({"skill": "Coaching", "before": 3, "after": 4})
            session.add(
                Evaluation(
                    pairing_id=pairing.id,
                    evaluated_on=END,
                    due_date=END,
                    skill_ratings=ratings,
                    effectiveness=4,
                    mentor_kra_rating=4,
                    outcome="complete",
                    evaluated_by="test",
                )
            )
        session.commit()
    body = report(client, org.hr)
    skills = {f["skill"]: f for f in body["items"] if f["measure"] == "skill_rating"}
    delegation = skills["Delegation"]
    assert delegation["status"] == "reported" and delegation["sample_size"] == 12
    assert (delegation["before_mean"], delegation["participant_mean"]) == (2.0, 3.5)
    assert delegation["difference"] == 1.5
    assert delegation["ci_low"] < 1.5 < delegation["ci_high"]
    assert skills["Coaching"]["status"] == "withheld" and skills["Coaching"]["sample_size"] == 3


def test_filters_scope_and_refusals(client, org, factory, engine):
    build(
        engine,
        factory,
        org.hr.user.id,
        mentees=12,
        comparison=30,
        mentee_gain=1,
        department=org.dept,
    )
    assert figure(report(client, org.hr), "mentees", "rating_change")["sample_size"] == 12
    assert figure(report(client, org.reporting), "mentees", "rating_change")["sample_size"] == 12
    # Filters: another department, or a start-date range that excludes the pairings.
    other = report(client, org.hr, department_id=org.other_dept.id)
    assert figure(other, "mentees", "rating_change")["participants"] == 0
    late = report(client, org.hr, date_from="2025-02-01")
    assert figure(late, "mentees", "rating_change")["participants"] == 0
    inside = report(client, org.hr, date_from="2025-01-01", date_to="2025-01-31")
    assert figure(inside, "mentees", "rating_change")["participants"] == 12
    # `from` and `to`, as the issue names them, are the same bounds.
    aliased = report(client, org.hr, **{"from": "2025-01-01", "to": "2025-01-31"})
    assert figure(aliased, "mentees", "rating_change")["participants"] == 12
    late_alias = report(client, org.hr, **{"from": "2025-02-01"})
    assert figure(late_alias, "mentees", "rating_change")["participants"] == 0
    both = client.get(
        URL, headers=org.hr.headers, params={"date_from": "2025-01-01", "from": "2025-02-01"}
    )
    assert_problem(both, 422)
    # Team leaders: the department they lead in sees its mentees; the other one none.
    assert figure(report(client, org.leader), "mentees", "rating_change")["participants"] == 12
    theirs = report(client, org.other_leader)
    assert figure(theirs, "mentees", "rating_change")["participants"] == 0
    for person in (org.member, org.hris):
        assert_problem(client.get(URL, headers=person.headers), 403)
    assert_problem(client.get(URL), 401)
    for params in (
        {"date_from": "2025-02-01", "date_to": "2025-01-01"},
        {"date_from": "yesterday"},
        {"department_id": "x"},
        {"format": "xml"},
    ):
        assert_problem(client.get(URL, headers=org.hr.headers, params=params), 422)


def test_csv_has_one_row_per_figure(client, org, factory, engine):
    build(engine, factory, org.hr.user.id, mentees=12, comparison=40, mentee_gain=1)
    response = client.get(URL, headers=org.hr.headers, params={"format": "csv", "bom": "true"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [(r["group"], r["measure"]) for r in rows] == [
        ("mentees", "rating_change"),
        ("mentees", "retention_12_months"),
        ("mentors", "rating_change"),
        ("mentors", "retention_12_months"),
    ]
    assert rows[0]["status"] == "reported" and rows[0]["sample_size"] == "12"
    assert rows[0]["method"].startswith("Mean change")
    by_accept = client.get(URL, headers=org.hr.headers | {"Accept": "text/csv"})
    assert by_accept.text == response.content[3:].decode()


def test_termination_day_is_recorded_by_hr_and_the_hris(client, org, engine):
    from api.programme.models import ProgrammeSettings  # noqa: F401 - today is the programme's

    response = client.patch(
        f"/api/v1/employees/{org.outsider.id}",
        headers=org.hr.headers,
        json={"status": "terminated"},
    )
    assert response.status_code == 200, response.text
    sync = client.post(
        "/api/v1/integrations/hris/sync",
        headers=org.hris.headers,
        json={
            "employees": [
                {
                    "external_id": "E-LEFT",
                    "full_name": "Lou Left",
                    "email": "lou@example.com",
                    "department_external_id": "D-OPS",
                    "level": "M2",
                    "hire_date": "2020-01-01",
                    "status": "terminated",
                }
            ]
        },
    )
    assert sync.status_code == 200, sync.text
    with Session(engine) as session:
        outsider = session.get(Employee, org.outsider.id)
        assert outsider is not None and outsider.terminated_on == date.today()
        lou = session.query(Employee).filter_by(external_id="E-LEFT").one()
        assert lou.terminated_on == date.today()
        assert session.get(Employee, org.member.id).terminated_on is None
    back = client.patch(
        f"/api/v1/employees/{org.outsider.id}", headers=org.hr.headers, json={"status": "active"}
    )
    assert back.status_code == 200
    with Session(engine) as session:
        assert session.get(Employee, org.outsider.id).terminated_on is None


def test_the_demo_shows_the_programme_working(client, settings, monkeypatch, engine, factory):
    """`peermentor seed-demo`'s Customer Care cohort: mentees gain a point against a matched
    comparison group, stay more often, and the evaluations' skill gains are shown."""
    from api import cli

    monkeypatch.setattr(cli, "get_settings", lambda: settings)
    assert cli.main(["seed-demo"]) == 0
    hr = factory.user("hr_admin", email="impact.hr@example.com")
    body = report(client, hr)
    rating = figure(body, "mentees", "rating_change")
    assert rating["status"] == "reported" and rating["sample_size"] >= 20, rating
    assert abs(rating["participant_mean"] - 1.0) < 0.1  # the leaver is left out
    assert rating["ci_low"] > 0 and rating["ci_low"] <= 1.0 <= rating["ci_high"]
    retention = figure(body, "mentees", "retention_12_months")
    assert retention["status"] == "reported" and retention["difference"] > 0
    mentors = figure(body, "mentors", "rating_change")
    assert mentors["status"] == "reported" and mentors["ci_low"] <= 0 <= mentors["ci_high"]
    skills = {f["skill"]: f for f in body["items"] if f["measure"] == "skill_rating"}
    assert skills["Delegation"]["status"] == "reported" and skills["Delegation"]["difference"] > 1


def test_rating_histories_follow_every_review_write(client, org, engine):
    """The packed copy the report reads is rewritten by HR's review create and by the HRIS
    sync (created, updated, and moved to another person)."""

    def history(employee_id):
        with Session(engine) as session:
            return session.get(Employee, employee_id).rating_history

    def code(day: str, rating: int) -> str:
        return f"{(date.fromisoformat(day) - date(1970, 1, 1)).days * 10 + rating:07d}"

    created = client.post(
        f"/api/v1/employees/{org.member.id}/performance-reviews",
        headers=org.hr.headers,
        json={"period_start": "2025-01-01", "period_end": "2025-06-30", "rating": 4},
    )
    assert created.status_code == 201, created.text
    assert history(org.member.id) == code("2025-06-30", 4)
    review = {
        "external_id": "PR-X",
        "employee_external_id": None,
        "period_start": "2025-07-01",
        "period_end": "2025-12-31",
        "rating": 2,
    }
    with Session(engine) as session:
        session.get(Employee, org.member.id).external_id = "E-MIA"
        session.get(Employee, org.peer.id).external_id = "E-PAUL"
        session.commit()
    sync = client.post(
        "/api/v1/integrations/hris/sync",
        headers=org.hris.headers,
        json={"performance_reviews": [review | {"employee_external_id": "E-MIA"}]},
    )
    assert sync.status_code == 200, sync.text
    assert sorted(history(org.member.id).split(",")) == [
        code("2025-06-30", 4),
        code("2025-12-31", 2),
    ]
    moved = client.post(
        "/api/v1/integrations/hris/sync",
        headers=org.hris.headers,
        json={"performance_reviews": [review | {"employee_external_id": "E-PAUL", "rating": 5}]},
    )
    assert moved.json()["performance_reviews"]["updated"] == 1
    assert history(org.member.id) == code("2025-06-30", 4)
    assert history(org.peer.id) == code("2025-12-31", 5)
