from __future__ import annotations

from sqlalchemy import text

from tests.helpers import assert_problem, audit_events

SETTINGS = "/api/v1/programme-settings"
HOLIDAYS = "/api/v1/holidays"


def test_settings_have_the_policy_defaults_and_everyone_reads_them(client, org):
    for person in (org.hr, org.leader, org.member, org.reporting):
        body = client.get(SETTINGS, headers=person.headers).json()
        assert body["mentor_min_rating"] == 4 and body["mentor_min_tenure_months"] == 12
        assert body["max_mentees_per_mentor"] == 2 and body["mentor_min_skill_level"] == 4
        assert body["review_interval_months"] == 1 and body["evaluation_after_months"] == 6
        assert body["grievance_sla_working_days"] == 4 and body["managerial_cadre_only"] is True
        assert body["require_same_department"] and body["require_same_level"]
        assert body["timezone"] == "UTC" and body["holiday_country"] is None
        assert "not a promotion fast track" in body["programme_purpose"]


def test_hr_changes_settings_partially_and_it_is_audited(client, org, engine):
    response = client.put(
        SETTINGS,
        headers=org.hr.headers,
        json={"max_mentees_per_mentor": 3, "holiday_country": "de", "timezone": "Europe/Berlin"},
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["max_mentees_per_mentor"] == 3 and body["holiday_country"] == "DE"
    assert body["mentor_min_rating"] == 4  # untouched
    [event] = audit_events(engine, action="programme_settings.update")
    assert event.changes["before"] == {
        "max_mentees_per_mentor": 2,
        "holiday_country": None,
        "timezone": "UTC",
    }


def test_bad_settings_are_refused_and_change_nothing(client, org, engine):
    for body in (
        {"mentor_min_rating": 6},
        {"evaluation_after_months": 0},
        {"timezone": "Mars/Olympus"},
        {"holiday_country": "XX"},
        {"review_interval_months": None},
        {"unknown": 1},
        {"programme_purpose": "too short"},
    ):
        assert_problem(client.put(SETTINGS, headers=org.hr.headers, json=body), 422)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT mentor_min_rating FROM programme_settings")).scalar() == 4


def test_only_hr_changes_settings(client, org):
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(
            client.put(SETTINGS, headers=person.headers, json={"mentor_min_rating": 3}), 403
        )
    assert_problem(client.put(SETTINGS, json={"mentor_min_rating": 3}), 401)


def test_holidays(client, org, engine):
    created = client.post(
        HOLIDAYS,
        headers=org.hr.headers,
        json={"date": "2026-12-24", "name": "Christmas Eve (office closed)"},
    )
    assert created.status_code == 201, created.text
    holiday = created.json()
    assert holiday["date"] == "2026-12-24"
    assert_problem(
        client.post(HOLIDAYS, headers=org.hr.headers, json={"date": "2026-12-24", "name": "Again"}),
        409,
    )
    assert_problem(
        client.post(HOLIDAYS, headers=org.hr.headers, json={"date": "2026-02-30", "name": "Nope"}),
        422,
    )
    for person in (org.leader, org.member, org.hris):
        assert_problem(
            client.post(HOLIDAYS, headers=person.headers, json={"date": "2026-12-31", "name": "X"}),
            403,
        )
        assert_problem(client.delete(f"{HOLIDAYS}/{holiday['id']}", headers=person.headers), 403)
    listed = client.get(HOLIDAYS, headers=org.member.headers, params={"year": 2026}).json()
    assert [h["name"] for h in listed["items"]] == ["Christmas Eve (office closed)"]
    assert client.get(HOLIDAYS, headers=org.hr.headers, params={"year": 2025}).json()["items"] == []
    assert client.delete(f"{HOLIDAYS}/{holiday['id']}", headers=org.hr.headers).status_code == 204
    assert_problem(client.delete(f"{HOLIDAYS}/{holiday['id']}", headers=org.hr.headers), 404)
    assert [e.action for e in audit_events(engine, entity="holiday")] == [
        "holiday.create",
        "holiday.delete",
    ]
