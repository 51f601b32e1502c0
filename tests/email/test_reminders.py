"""The reminders the issue asks for: reviews due soon, evaluations due, grievance deadlines;
each announced once, in the app and by e-mail."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text

from api.core.dates import WorkingCalendar
from api.email.jobs import send_emails
from api.evaluations.jobs import announce_due_soon as announce_evaluations
from api.grievances.jobs import announce_breaches, announce_deadlines
from api.reviews.jobs import announce_due_soon as announce_reviews
from tests.email.conftest import emails
from tests.helpers import run_job

TODAY = date.today()


def _set(engine, sql, **params):
    with engine.begin() as conn:
        conn.execute(text(sql), params)


def test_review_due_soon_reminds_each_missing_form_once(
    client, programme, engine, settings, email_settings, mailbox, factory
):
    mentee, mentor = programme.mentee, programme.mentor
    active = factory.pairing(programme)
    days = settings.review_reminder_days
    # The first review is a month away: not yet.
    assert run_job(settings, announce_reviews) == 0
    _set(
        engine,
        "UPDATE periodic_reviews SET due_date = :d WHERE pairing_id = :p AND sequence = 1",
        d=TODAY + timedelta(days=days + 1),
        p=active["id"],
    )
    assert run_job(settings, announce_reviews) == 0
    _set(
        engine,
        "UPDATE periodic_reviews SET due_date = :d WHERE pairing_id = :p AND sequence = 1",
        d=TODAY + timedelta(days=days),
        p=active["id"],
    )
    # The mentor already sent theirs: only the mentee is reminded.
    [review] = [
        r
        for r in client.get(
            "/api/v1/reviews", headers=programme.org.hr.headers, params={"pairing_id": active["id"]}
        ).json()["items"]
        if r["sequence"] == 1
    ]
    form = {"progress": 4, "relationship_health": 4, "comments": "Fine", "concern": False}
    response = client.put(
        f"/api/v1/reviews/{review['id']}/forms/mentor", headers=mentor.headers, json=form
    )
    assert response.status_code == 200, response.text
    assert run_job(settings, announce_reviews) == 1
    assert run_job(settings, announce_reviews) == 0  # once
    [reminder] = emails(engine, kind="review_due")
    assert reminder.to_address == mentee.employee.email
    run_job(email_settings, send_emails)
    [message] = mailbox.to(mentee.employee.email)[-1:]
    due = (TODAY + timedelta(days=days)).isoformat()
    assert message["Subject"] == f"PeerMentor: Review 1 is due on {due}"
    assert "turn off e-mails of this kind" in message.get_body(("plain",)).get_content()
    inbox = client.get("/api/v1/notifications", headers=mentee.headers).json()["items"]
    assert inbox[0]["kind"] == "review_due"
    # An overdue review is the overdue job's business, not a "due soon" reminder.
    _set(
        engine,
        "UPDATE periodic_reviews SET due_date = :d WHERE pairing_id = :p AND sequence = 2",
        d=TODAY - timedelta(days=1),
        p=active["id"],
    )
    assert run_job(settings, announce_reviews) == 0


def test_evaluation_due_reminds_hr_once_per_evaluation_date(
    client, programme, engine, settings, factory
):
    org = programme.org
    second_hr = factory.user("hr_admin", email="hr2@example.com")
    active = factory.pairing(programme)
    days = settings.evaluation_reminder_days
    assert run_job(settings, announce_evaluations) == 0  # six months away
    _set(
        engine,
        "UPDATE pairings SET evaluation_due_date = :d WHERE id = :p",
        d=TODAY + timedelta(days=days),
        p=active["id"],
    )
    assert run_job(settings, announce_evaluations) == 1
    assert run_job(settings, announce_evaluations) == 0
    queued = emails(engine, kind="evaluation_due")
    assert sorted(e.to_address for e in queued) == sorted([org.hr.user.email, second_hr.user.email])
    inbox = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    assert inbox[0]["kind"] == "evaluation_due"
    assert "Paul Peer and Mia Member" in inbox[0]["title"]
    # Extended: a new evaluation date is announced again when it comes.
    _set(
        engine,
        "UPDATE pairings SET evaluation_due_date = :d WHERE id = :p",
        d=TODAY + timedelta(days=days + 30),
        p=active["id"],
    )
    assert run_job(settings, announce_evaluations) == 0
    _set(
        engine,
        "UPDATE pairings SET evaluation_due_date = :d WHERE id = :p",
        d=TODAY + timedelta(days=1),
        p=active["id"],
    )
    assert run_job(settings, announce_evaluations) == 1


def test_grievance_deadline_warns_hr_the_working_day_before(
    client, programme, engine, settings, email_settings, mailbox, factory
):
    org = programme.org
    active = factory.pairing(programme)
    response = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": active["id"], "kind": "grievance", "description": "Very private"},
    )
    assert response.status_code == 201, response.text
    grievance = response.json()
    # Raised today: four working days to go.
    assert run_job(settings, announce_deadlines) == 0
    next_working_day = WorkingCalendar.of(None).add_working_days(TODAY, 1)
    _set(engine, "UPDATE grievances SET due_date = :d", d=next_working_day)
    assert run_job(settings, announce_deadlines) == 1
    assert run_job(settings, announce_deadlines) == 0  # once
    inbox = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    assert inbox[0]["kind"] == "grievance_deadline"
    assert str(grievance["id"]) in inbox[0]["title"]
    run_job(email_settings, send_emails)
    [message] = [m for m in mailbox.to(org.hr.user.email) if "attention" in m["Subject"]][-1:]
    assert "Very private" not in message.as_string()
    # Already breached: the breach notice covers it, not a deadline warning.
    client.post(
        "/api/v1/grievances",
        headers=programme.mentor.headers,
        json={"pairing_id": active["id"], "kind": "withdrawal", "description": "I want out"},
    ).raise_for_status()
    _set(
        engine,
        "UPDATE grievances SET due_date = :d WHERE deadline_notified_at IS NULL",
        d=TODAY - timedelta(days=1),
    )
    assert run_job(settings, announce_deadlines) == 0
    assert run_job(settings, announce_breaches) == 1
    assert {e.kind for e in emails(engine, status="queued")} >= {"grievance_breached"}


def test_the_worker_runs_the_email_and_reminder_jobs():
    from api.core import jobs

    jobs.load_job_modules()
    names = {job.name for job in jobs.registered_jobs()}
    assert {
        "email.send_due",
        "reviews.announce_due_soon",
        "evaluations.announce_due_soon",
        "grievances.announce_deadlines",
    } <= names
