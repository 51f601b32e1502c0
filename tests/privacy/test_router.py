"""Personal-data requests: HR's export of everything about one employee (JSON and HTML), and
the anonymisation of a leaver after the retention period, with reports unchanged."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from tests.factories import PASSWORD
from tests.helpers import assert_problem, audit_events

SECRET_TEXT = "The mentor talks about my divorce in the canteen"
COMMENT = "Mia struggles with delegating to Paul's former team"
SESSION_NOTES = "Discussed Mia's conflict with her previous manager"


def export_url(employee_id):
    return f"/api/v1/employees/{employee_id}/data-export"


def anonymise_url(employee_id):
    return f"/api/v1/employees/{employee_id}/anonymise"


@pytest.fixture
def history(client, programme, factory):
    """An active pairing with a session, both forms of review 1 and a grievance by the mentee."""
    org = programme.org
    active = factory.pairing(programme)
    session = client.post(
        "/api/v1/training-records",
        headers=programme.mentor.headers,
        json={
            "kind": "peer_session",
            "pairing_id": active["id"],
            "date": date.today().isoformat(),
            "duration_minutes": 60,
            "topics": ["Weekly planning"],
            "skills": ["Delegation"],
            "notes": SESSION_NOTES,
        },
    )
    assert session.status_code == 201, session.text
    reviews = client.get(
        "/api/v1/reviews", headers=org.hr.headers, params={"pairing_id": active["id"]}
    ).json()["items"]
    for person, side in ((programme.mentee, "mentee"), (programme.mentor, "mentor")):
        response = client.put(
            f"/api/v1/reviews/{reviews[0]['id']}/forms/{side}",
            headers=person.headers,
            json={"progress": 4, "relationship_health": 3, "comments": COMMENT, "concern": False},
        )
        assert response.status_code == 200, response.text
    grievance = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": active["id"], "kind": "grievance", "description": SECRET_TEXT},
    )
    assert grievance.status_code == 201, grievance.text
    return {"pairing": active, "reviews": reviews, "grievance": grievance.json()}


def test_export_holds_everything_about_the_employee(client, programme, history, engine):
    org = programme.org
    mia = programme.mentee
    opted_out = client.put(
        "/api/v1/notification-preferences",
        headers=mia.headers,
        json={"preferences": [{"kind": "review_due", "email": False}]},
    )
    assert opted_out.status_code == 200, opted_out.text
    response = client.get(export_url(mia.id), headers=org.hr.headers)
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["employee_id"] == mia.id and data["anonymised_at"] is None
    assert data["profile"]["full_name"] == "Mia Member"
    assert data["profile"]["email"] == mia.employee.email
    assert data["skills"] == [{"skill": "Delegation", "level": 2}]
    assert data["account"]["email"] == mia.user.email
    assert data["account"]["role"] == "employee"
    assert [r["id"] for r in data["performance_reviews"]] == [programme.review.id]
    assert [r["id"] for r in data["mentoring_requests"]] == [programme.request["id"]]
    [pairing] = data["pairings"]
    assert pairing["id"] == history["pairing"]["id"] and pairing["role"] == "mentee"
    assert {a["role"] for a in pairing["approvals"]} == {"team_leader", "hr_admin"}
    forms = [f for f in data["review_forms"] if f["form"]]
    assert len(forms) == 1 and forms[0]["role"] == "mentee"
    assert forms[0]["form"]["comments"] == COMMENT
    assert len(data["review_forms"]) == 5
    kinds = sorted(t["kind"] for t in data["training_records"])
    assert kinds == ["peer_session", "role_training"]
    assert [g["description"] for g in data["grievances"]] == [SECRET_TEXT]
    assert [d["kind"] for d in data["development_records"]] == ["career_development"]
    assert data["personnel_file"] and data["notifications"]
    # The e-mails about her notifications (her pairing starting), addressed to her.
    assert data["notification_emails"]
    assert {e["to_address"] for e in data["notification_emails"]} == {mia.employee.email}
    [preference] = data["notification_preferences"]
    assert (preference["kind"], preference["email_enabled"]) == ("review_due", False)
    entities = {e["entity"] for e in data["audit_events"]}
    assert {"pairing", "mentoring_request", "grievance", "training_record"} <= entities
    assert any(e["actor"] == f"user:{mia.user.id}" for e in data["audit_events"])
    raw = response.text
    assert "password_hash" not in raw and "argon2" not in raw
    [logged] = audit_events(engine, action="employee.data_export")
    assert logged.entity_id == mia.id and logged.actor == f"user:{org.hr.user.id}"


def test_the_mentor_does_not_get_the_mentees_grievance_or_form(client, programme, history):
    data = client.get(export_url(programme.mentor.id), headers=programme.org.hr.headers).json()
    assert data["grievances"] == []
    assert all(f["role"] == "mentor" for f in data["review_forms"])
    assert SECRET_TEXT not in json.dumps(data)


def test_html_export_is_readable_self_contained_and_escaped(client, programme, engine):
    org = programme.org
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET full_name = :n WHERE id = :id"),
            {"n": '<script>alert("x")</script> Mia & Co', "id": programme.mentee.id},
        )
    response = client.get(
        export_url(programme.mentee.id), headers=org.hr.headers, params={"format": "html"}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mia &amp; Co" in page
    assert "<link" not in page and "src=" not in page and "http://" not in page
    assert "Performance reviews" in page and "Grievances" in page
    [logged] = audit_events(engine, action="employee.data_export")
    assert logged.changes["after"] == {"format": "html"}


def test_only_hr_exports_and_anonymises(client, org):
    target = org.member.id
    assert_problem(client.get(export_url(target)), 401)
    assert_problem(client.post(anonymise_url(target)), 401)
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.get(export_url(target), headers=person.headers), 403)
        assert_problem(client.post(anonymise_url(target), headers=person.headers), 403)
    assert_problem(client.get(export_url(99999), headers=org.hr.headers), 404)
    assert_problem(client.post(anonymise_url(99999), headers=org.hr.headers), 404)
    assert_problem(
        client.get(export_url(target), headers=org.hr.headers, params={"format": "pdf"}), 422
    )


def _backdate(engine, employee_id, pairing_id, days):
    """Move the termination and the pairing's end `days` into the past."""
    past = datetime.now() - timedelta(days=days)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_events SET at = :at WHERE entity = 'employee' AND entity_id = :id"),
            {"at": past, "id": employee_id},
        )
        conn.execute(
            text("UPDATE employees SET updated_at = :at WHERE id = :id"),
            {"at": past, "id": employee_id},
        )
        if pairing_id is not None:
            conn.execute(
                text("UPDATE pairings SET end_date = :d, updated_at = :at WHERE id = :id"),
                {"d": past.date(), "at": past, "id": pairing_id},
            )


def _terminate(client, hr, employee_id):
    response = client.patch(
        f"/api/v1/employees/{employee_id}", headers=hr.headers, json={"status": "terminated"}
    )
    assert response.status_code == 200, response.text


def test_anonymise_a_leaver_after_the_retention_period(client, programme, history, engine):
    org = programme.org
    mia = programme.mentee
    pairing_id = history["pairing"]["id"]
    summary_before = client.get("/api/v1/reports/programme-summary", headers=org.hr.headers).json()
    # Still in an active pairing: not yet.
    _terminate(client, org.hr, mia.id)
    assert assert_problem(client.post(anonymise_url(mia.id), headers=org.hr.headers), 409)[
        "reasons"
    ] == ["open_pairing"]
    ended = client.post(
        f"/api/v1/pairings/{pairing_id}/terminate",
        headers=org.hr.headers,
        json={"reason": "Left the company"},
    )
    assert ended.status_code == 200, ended.text
    summary_before = client.get("/api/v1/reports/programme-summary", headers=org.hr.headers).json()
    # Within the retention period (24 months by default).
    refused = assert_problem(client.post(anonymise_url(mia.id), headers=org.hr.headers), 409)
    assert refused["reasons"] == ["retention_period"]
    assert "24 months" in refused["detail"]
    # 25 months on, it may go ahead.
    _backdate(engine, mia.id, pairing_id, days=25 * 31)
    response = client.post(anonymise_url(mia.id), headers=org.hr.headers)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["retention_months"] == 24
    assert result["cleared"]["review_forms"] == 1
    assert result["cleared"]["grievances"] == 1
    assert result["cleared"]["training_records"] >= 1

    employee = client.get(f"/api/v1/employees/{mia.id}", headers=org.hr.headers).json()
    assert employee["full_name"] == f"Anonymised employee {mia.id}"
    assert employee["email"] == f"anonymised-{mia.id}@anonymised.invalid"
    assert employee["employee_number"] == f"ANON-{mia.id}"
    assert employee["external_id"] == f"anonymised-{mia.id}"
    assert employee["status"] == "terminated"
    # The login is gone.
    login = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": mia.user.email, "password": PASSWORD},
    )
    assert_problem(login, 401)
    # Free text is cleared; ratings, dates and states stay.
    review = client.get(
        f"/api/v1/reviews/{history['reviews'][0]['id']}", headers=org.hr.headers
    ).json()
    assert review["mentee_form"]["comments"] is None
    assert review["mentee_form"]["progress"] == 4
    assert review["mentor_form"]["comments"] == COMMENT  # the mentor's own form stays
    grievance = client.get(
        f"/api/v1/grievances/{history['grievance']['id']}", headers=org.hr.headers
    ).json()
    assert grievance["description"] == "[anonymised]"
    assert grievance["due_date"] == history["grievance"]["due_date"]
    # The reports' figures are unchanged.
    summary_after = client.get("/api/v1/reports/programme-summary", headers=org.hr.headers).json()
    assert summary_after == summary_before
    # Nothing identifying remains in the export, nor in the audit log about them.
    export = client.get(export_url(mia.id), headers=org.hr.headers).json()
    assert export["anonymised_at"] is not None
    dumped = json.dumps(export)
    for secret in (
        "Mia Member",
        mia.employee.email,
        mia.user.email,
        SECRET_TEXT,
        COMMENT,
        SESSION_NOTES,
    ):
        assert secret not in dumped, secret
    about = [
        e
        for e in audit_events(engine)
        if (e.entity, e.entity_id) in {("employee", mia.id), ("user", mia.user.id)}
    ]
    logged = json.dumps([e.changes for e in about])
    assert "Mia Member" not in logged and mia.employee.email not in logged
    [event] = audit_events(engine, action="employee.anonymise")
    assert event.entity_id == mia.id and event.changes["after"]["anonymised"] is True
    # A second call is a conflict.
    again = assert_problem(client.post(anonymise_url(mia.id), headers=org.hr.headers), 409)
    assert again["reasons"] == ["already_anonymised"]


def test_only_terminated_employees(client, org):
    refused = assert_problem(client.post(anonymise_url(org.member.id), headers=org.hr.headers), 409)
    assert refused["reasons"] == ["not_terminated"]


def test_retention_period_is_a_programme_setting(client, org, engine):
    settings = client.get("/api/v1/programme-settings", headers=org.hr.headers).json()
    assert settings["data_retention_months"] == 24
    for bad in (0, 241, None):
        assert_problem(
            client.put(
                "/api/v1/programme-settings",
                headers=org.hr.headers,
                json={"data_retention_months": bad},
            ),
            422,
        )
    updated = client.put(
        "/api/v1/programme-settings", headers=org.hr.headers, json={"data_retention_months": 3}
    )
    assert updated.status_code == 200 and updated.json()["data_retention_months"] == 3
    # A leaver without pairings: three months after termination.
    _terminate(client, org.hr, org.outsider.id)
    _backdate(engine, org.outsider.id, None, days=60)
    assert assert_problem(client.post(anonymise_url(org.outsider.id), headers=org.hr.headers), 409)[
        "reasons"
    ] == ["retention_period"]
    _backdate(engine, org.outsider.id, None, days=100)
    assert client.post(anonymise_url(org.outsider.id), headers=org.hr.headers).status_code == 200
