"""The HRIS sync: bulk, idempotent, partial failures reported and skipped."""

from __future__ import annotations

import copy

from sqlalchemy import text

from tests.helpers import assert_problem, audit_events

SYNC = "/api/v1/integrations/hris/sync"


def payload():
    return {
        "departments": [
            {"external_id": "D-OPS", "name": "Operations"},
            {"external_id": "D-FIN", "name": "Finance"},
        ],
        "employees": [
            # Listed before her team leader: leaders may come later in the payload.
            {
                "external_id": "E-2",
                "employee_number": "2",
                "full_name": "Mia Member",
                "email": "mia@example.com",
                "department_external_id": "D-OPS",
                "level": "M2",
                "is_managerial": True,
                "hire_date": "2021-05-01",
                "team_leader_external_id": "E-1",
                "skills": [{"skill": "Delegation", "level": 2}, {"skill": "Coaching", "level": 4}],
            },
            {
                "external_id": "E-1",
                "employee_number": "1",
                "full_name": "Lena Leader",
                "email": "lena@example.com",
                "department_external_id": "D-OPS",
                "level": "M3",
                "is_managerial": True,
                "hire_date": "2018-02-01",
                "job_title": "Team Leader",
            },
            {
                "external_id": "E-3",
                "full_name": "Fred Finance",
                "email": "fred@example.com",
                "department_external_id": "D-FIN",
                "level": "M2",
                "hire_date": "2019-09-09",
            },
        ],
        "performance_reviews": [
            {
                "external_id": "PR-1",
                "employee_external_id": "E-2",
                "period_start": "2025-01-01",
                "period_end": "2025-06-30",
                "rating": 3,
                "summary": "Delegate more",
                "improvement_areas": ["Delegation"],
            },
        ],
    }


def counts(body):
    return {
        kind: (v["created"], v["updated"], v["unchanged"], len(v["errors"]))
        for kind, v in body.items()
    }


def test_sync_creates_then_reports_unchanged(client, org, engine):
    first = client.post(SYNC, headers=org.hris.headers, json=payload())
    assert first.status_code == 200, first.text
    # D-OPS and D-FIN already exist in the org fixture (same names): unchanged.
    assert counts(first.json()) == {
        "departments": (0, 0, 2, 0),
        "employees": (3, 0, 0, 0),
        "performance_reviews": (1, 0, 0, 0),
    }
    mia = client.get("/api/v1/employees", headers=org.hr.headers, params={"q": "mia@example.com"})
    [mia_row] = mia.json()["items"]
    lena = client.get(
        "/api/v1/employees", headers=org.hr.headers, params={"q": "lena@example.com"}
    ).json()["items"][0]
    assert mia_row["team_leader_id"] == lena["id"]
    assert mia_row["department_id"] == org.dept.id
    assert mia_row["skills"] == [
        {"skill": "Coaching", "level": 4},
        {"skill": "Delegation", "level": 2},
    ]
    events_after_first = len(audit_events(engine))

    again = client.post(SYNC, headers=org.hris.headers, json=payload())
    assert counts(again.json()) == {
        "departments": (0, 0, 2, 0),
        "employees": (0, 0, 3, 0),
        "performance_reviews": (0, 0, 1, 0),
    }
    assert len(audit_events(engine)) == events_after_first  # nothing changed, nothing audited


def test_changes_and_terminations_are_updates_never_deletes(client, org, engine):
    client.post(SYNC, headers=org.hris.headers, json=payload())
    changed = payload()
    changed["departments"][1]["name"] = "Finance & Control"
    changed["employees"][0]["status"] = "terminated"
    changed["employees"][0]["skills"] = [{"skill": "Delegation", "level": 3}]
    changed["employees"][2]["team_leader_external_id"] = "E-1"
    changed["performance_reviews"][0]["rating"] = 4
    body = client.post(SYNC, headers=org.hris.headers, json=changed).json()
    assert counts(body) == {
        "departments": (0, 1, 1, 0),
        "employees": (0, 2, 1, 0),
        "performance_reviews": (0, 1, 0, 0),
    }
    with engine.connect() as conn:
        row = conn.execute(text("SELECT status FROM employees WHERE external_id = 'E-2'")).one()
        skills = conn.execute(
            text(
                "SELECT s.skill, s.level FROM employee_skills s JOIN employees e "
                "ON e.id = s.employee_id WHERE e.external_id = 'E-2'"
            )
        ).all()
    assert row.status == "terminated"
    assert [tuple(s) for s in skills] == [("Delegation", 3)]
    [update] = [
        e
        for e in audit_events(engine, action="employee.update")
        if e.changes["after"].get("status")
    ]
    assert update.changes["before"]["status"] == "active"
    assert update.actor == f"service:{org.hris.actor.id}"


def test_bad_rows_are_reported_and_skipped_good_rows_land(client, org, engine):
    data = payload()
    data["departments"].append({"external_id": "D-BAD"})  # no name
    data["departments"].append("not an object")
    data["employees"].append(
        {
            "external_id": "E-4",
            "full_name": "No Dept",
            "email": "nodept@example.com",
            "department_external_id": "D-XX",
            "level": "M2",
            "hire_date": "2020-01-01",
        }
    )
    data["employees"].append(
        {
            "external_id": "E-5",
            "full_name": "Bad Email",
            "email": "x",
            "department_external_id": "D-OPS",
            "level": "M2",
            "hire_date": "2020-01-01",
        }
    )
    data["employees"].append(
        {
            "external_id": "E-6",
            "full_name": "Dup Email",
            "email": "MIA@example.com",
            "department_external_id": "D-OPS",
            "level": "M2",
            "hire_date": "2020-01-01",
        }
    )
    data["employees"].append(
        {
            "external_id": "E-7",
            "full_name": "Lost Leader",
            "email": "lost@example.com",
            "department_external_id": "D-OPS",
            "level": "M2",
            "hire_date": "2020-01-01",
            "team_leader_external_id": "E-4",
        }
    )  # E-4 itself is rejected
    data["employees"].append(copy.deepcopy(data["employees"][2]))  # E-3 again
    data["employees"].append(
        {
            "external_id": "E-8",
            "full_name": "Mass Assign",
            "email": "mass@example.com",
            "department_external_id": "D-OPS",
            "level": "M2",
            "hire_date": "2020-01-01",
            "id": 1,
        }
    )
    data["performance_reviews"].append(
        {
            "external_id": "PR-2",
            "employee_external_id": "E-99",
            "period_start": "2025-01-01",
            "period_end": "2025-06-30",
            "rating": 3,
        }
    )
    data["performance_reviews"].append(
        {
            "external_id": "PR-3",
            "employee_external_id": "E-2",
            "period_start": "2025-01-01",
            "period_end": "2024-06-30",
            "rating": 9,
        }
    )
    response = client.post(SYNC, headers=org.hris.headers, json=data)
    assert response.status_code == 200, response.text
    body = response.json()
    assert counts(body) == {
        "departments": (0, 0, 2, 2),
        "employees": (3, 0, 0, 6),
        "performance_reviews": (1, 0, 0, 2),
    }
    errors = {e["index"]: e for e in body["employees"]["errors"]}
    assert sorted(errors) == [3, 4, 5, 6, 7, 8]
    assert errors[3]["external_id"] == "E-4" and "D-XX" in errors[3]["msg"]
    assert "email" in errors[4]["msg"]
    assert errors[5]["msg"] == "email belongs to another employee"
    assert "E-4" in errors[6]["msg"]
    assert "more than once" in errors[7]["msg"]
    assert errors[8]["external_id"] == "E-8"
    assert [e["index"] for e in body["departments"]["errors"]] == [2, 3]
    assert body["departments"]["errors"][1]["external_id"] is None
    with engine.connect() as conn:
        ext_ids = set(
            conn.execute(
                text("SELECT external_id FROM employees WHERE external_id LIKE 'E-%'")
            ).scalars()
        )
    assert ext_ids == {"E-1", "E-2", "E-3"}


def test_idempotency_key_replays_and_refuses_another_payload(client, org, engine):
    headers = org.hris.headers | {"Idempotency-Key": "sync-2026-11-22"}
    first = client.post(SYNC, headers=headers, json=payload())
    replay = client.post(SYNC, headers=headers, json=payload())
    assert replay.status_code == 200
    assert replay.json() == first.json()  # the stored answer, not "unchanged" counts
    assert counts(replay.json())["employees"] == (3, 0, 0, 0)
    other = payload()
    other["departments"][0]["name"] = "Ops"
    assert_problem(client.post(SYNC, headers=headers, json=other), 422)
    with engine.connect() as conn:
        assert (
            conn.execute(
                text("SELECT name FROM departments WHERE external_id = 'D-OPS'")
            ).scalar_one()
            == "Operations"
        )


def test_only_the_hris_and_hr_may_sync(client, org):
    for person in (org.leader, org.member, org.reporting):
        assert_problem(client.post(SYNC, headers=person.headers, json=payload()), 403)
    assert_problem(client.post(SYNC, json=payload()), 401)
    assert client.post(SYNC, headers=org.hr.headers, json=payload()).status_code == 200


def test_malformed_envelopes_are_a_422(client, org):
    assert_problem(client.post(SYNC, headers=org.hris.headers, json={"departments": {}}), 422)
    assert_problem(client.post(SYNC, headers=org.hris.headers, json={"people": []}), 422)
    assert_problem(
        client.post(
            SYNC,
            headers=org.hris.headers,
            content=b"{not json",
        ),
        422,
    )


def test_a_large_sync_lands_in_one_call(client, org, engine):
    employees = [
        {
            "external_id": f"X-{i}",
            "full_name": f"Person {i}",
            "email": f"p{i}@example.com",
            "department_external_id": "D-OPS",
            "level": "M2",
            "hire_date": "2020-01-01",
            "team_leader_external_id": "X-0" if i else None,
            "skills": [{"skill": "Coaching", "level": 1 + i % 5}],
        }
        for i in range(1500)
    ]
    body = client.post(SYNC, headers=org.hris.headers, json={"employees": employees}).json()
    assert counts(body)["employees"] == (1500, 0, 0, 0)
    with engine.connect() as conn:
        led = conn.execute(
            text(
                "SELECT count(*) FROM employees e JOIN employees l "
                "ON l.id = e.team_leader_id WHERE l.external_id = 'X-0'"
            )
        ).scalar()
    assert led == 1499
