"""Each user's e-mail preferences: mandatory kinds stay on, optional ones can be turned off."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from api.email.kinds import KINDS
from api.reviews.jobs import announce_due_soon
from tests.email.conftest import emails
from tests.helpers import assert_problem, audit_events, run_job

URL = "/api/v1/notification-preferences"


def test_everyone_starts_with_every_email_on(client, org):
    response = client.get(URL, headers=org.member.headers)
    assert response.status_code == 200, response.text
    items = response.json()["items"]
    assert [i["kind"] for i in items] == list(KINDS)
    assert all(i["email"] for i in items)
    mandatory = {i["kind"] for i in items if i["mandatory"]}
    assert mandatory == {
        "document_filed",
        "grievance_raised",
        "grievance_deadline",
        "grievance_breached",
    }


def test_turning_optional_kinds_off_and_on_again(client, org, engine):
    headers = org.leader.headers
    body = {
        "preferences": [
            {"kind": "review_due", "email": False},
            {"kind": "pairing_activated", "email": False},
        ]
    }
    response = client.put(URL, headers=headers, json=body)
    assert response.status_code == 200, response.text
    chosen = {i["kind"]: i["email"] for i in response.json()["items"]}
    assert chosen["review_due"] is False and chosen["pairing_activated"] is False
    assert chosen["review_overdue"] is True
    again = {i["kind"]: i["email"] for i in client.get(URL, headers=headers).json()["items"]}
    assert again == chosen
    # Others are not affected.
    theirs = client.get(URL, headers=org.member.headers).json()["items"]
    assert all(i["email"] for i in theirs)
    [event] = audit_events(engine, action="notification_preferences.update")
    assert event.entity == "user" and event.entity_id == org.leader.user.id
    assert event.changes == {
        "before": {"review_due": None, "pairing_activated": None},
        "after": {"review_due": False, "pairing_activated": False},
    }
    # Back on; the same again is not audited a second time.
    on = {"preferences": [{"kind": "review_due", "email": True}]}
    assert client.put(URL, headers=headers, json=on).status_code == 200
    assert client.put(URL, headers=headers, json=on).status_code == 200
    assert len(audit_events(engine, action="notification_preferences.update")) == 2
    # A mandatory kind "on" is accepted (it is on anyway).
    keep = {"preferences": [{"kind": "document_filed", "email": True}]}
    assert client.put(URL, headers=headers, json=keep).status_code == 200


def test_a_mandatory_kind_cannot_be_turned_off(client, org, engine):
    body = {
        "preferences": [
            {"kind": "review_due", "email": False},
            {"kind": "document_filed", "email": False},
        ]
    }
    problem = assert_problem(client.put(URL, headers=org.leader.headers, json=body), 422)
    assert "required by the HR policy" in problem["detail"]
    assert problem["errors"][0]["loc"] == ["body", "preferences", 1, "email"]
    # Nothing changed, not even the optional one listed beside it.
    items = client.get(URL, headers=org.leader.headers).json()["items"]
    assert all(i["email"] for i in items)
    assert audit_events(engine, action="notification_preferences.update") == []


@pytest.mark.parametrize(
    "body",
    [
        {"preferences": [{"kind": "gossip", "email": False}]},
        {"preferences": [{"kind": "review_due", "email": "sometimes"}]},
        {"preferences": [{"kind": "review_due"}]},
        {"preferences": [{"kind": "review_due", "email": False, "sms": True}]},
        {"preferences": []},
        {"preferences": [{"kind": "review_due", "email": False}] * 2},
        {"review_due": False},
        [],
    ],
)
def test_bad_input(client, org, body):
    assert_problem(client.put(URL, headers=org.member.headers, json=body), 422)


def test_service_accounts_and_anonymous_callers_are_refused(client, org):
    body = {"preferences": [{"kind": "review_due", "email": False}]}
    for person in (org.hris, org.reporting):
        assert_problem(client.get(URL, headers=person.headers), 403)
        assert_problem(client.put(URL, headers=person.headers, json=body), 403)
    assert_problem(client.get(URL), 401)
    assert_problem(client.put(URL, json=body), 401)


def test_the_outbox_is_for_hr_only(client, org):
    url = "/api/v1/notification-emails"
    assert client.get(url, headers=org.hr.headers).status_code == 200
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.get(url, headers=person.headers), 403)
    assert_problem(client.get(url), 401)
    assert_problem(client.get(url, headers=org.hr.headers, params={"status": "lost"}), 422)


def test_an_opted_out_reminder_is_skipped_and_the_others_are_sent(
    client, programme, engine, settings, factory
):
    mentee, mentor = programme.mentee, programme.mentor
    off = {"preferences": [{"kind": "review_due", "email": False}]}
    assert client.put(URL, headers=mentee.headers, json=off).status_code == 200
    # Turning document e-mails off is refused, so the leader's copies keep coming.
    refused = {"preferences": [{"kind": "document_filed", "email": False}]}
    assert_problem(client.put(URL, headers=programme.org.leader.headers, json=refused), 422)
    active = factory.pairing(programme)
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE periodic_reviews SET due_date = :d WHERE pairing_id = :p AND sequence = 1"
            ),
            {"d": date.today() + timedelta(days=2), "p": active["id"]},
        )
    assert run_job(settings, announce_due_soon) == 1
    reminders = {e.to_address: e for e in emails(engine, kind="review_due")}
    assert reminders[mentee.employee.email].status == "skipped"
    assert "turned off" in reminders[mentee.employee.email].last_error
    assert reminders[mentor.employee.email].status == "queued"
    # Still in the app.
    inbox = client.get("/api/v1/notifications", headers=mentee.headers).json()["items"]
    assert inbox[0]["kind"] == "review_due"
    assert {e.status for e in emails(engine, kind="document_filed")} == {"queued"}
