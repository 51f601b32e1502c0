"""E-mails through a real SMTP server: what arrives, once; bounces; retries; e-mail off."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from api.core.db import create_engine_for, utcnow
from api.email.delivery import NOT_CONFIGURED, send_due
from api.email.jobs import send_emails
from tests.email.conftest import PUBLIC_BASE_URL, SENDER, emails
from tests.helpers import run_job

MESSAGE_ID = re.compile(r"<notification-\d+-\d+@acme\.example>")


def _later(settings, minutes):
    """The e-mail job as it runs `minutes` from now (retries fall due)."""
    at = utcnow() + timedelta(minutes=minutes)
    return run_job(settings, lambda sm, s: send_due(sm, s, now=at))


def test_a_filed_document_reaches_the_team_leader_once(programme, engine, email_settings, mailbox):
    leader = programme.org.leader.employee
    # Raising the request filed it in Mia's file and queued the e-mail to her team leader.
    [queued] = emails(engine)
    assert (queued.to_address, queued.kind, queued.status) == (
        leader.email,
        "document_filed",
        "queued",
    )
    assert run_job(email_settings, send_emails) == 1
    [received] = mailbox.received
    assert received.mail_from == SENDER and received.rcpt_tos == [leader.email]
    message = received.message
    assert message["Subject"] == "PeerMentor: Mentoring request: Mia Member"
    assert message["To"] == leader.email
    assert message["From"] == f"PeerMentor <{SENDER}>"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    plain = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert plain is not None and html is not None
    assert "Mentoring request: Mia Member" in plain.get_content()
    assert f"{PUBLIC_BASE_URL}/notifications" in plain.get_content()
    assert f'href="{PUBLIC_BASE_URL}/notifications"' in html.get_content()
    # Mandatory by HR policy: the footer says it cannot be turned off.
    assert "cannot be turned off" in plain.get_content()

    [sent] = emails(engine)
    assert sent.status == "sent" and sent.attempts == 1 and sent.sent_at is not None
    assert MESSAGE_ID.fullmatch(message["Message-ID"]) and sent.message_id == message["Message-ID"]
    # Running the job again sends nothing more.
    assert run_job(email_settings, send_emails) == 0
    assert _later(email_settings, 60 * 24) == 0
    assert len(mailbox.received) == 1


def test_html_is_escaped_and_headers_stay_on_one_line(
    client, org, factory, engine, email_settings, mailbox
):
    leader = factory.employee(org.dept, full_name="Lee <b>Bold</b> & Co")
    person = factory.employee(
        org.dept, team_leader=leader, full_name='Eve <script>alert("x")</script>\r\nBcc: x@y.z'
    )
    factory.performance_review(person, rating=3, improvement_areas=["Delegation"])
    review = factory.performance_review(person, rating=3, improvement_areas=["Delegation"])
    response = client.post(
        "/api/v1/mentoring-requests",
        headers=org.hr.headers,
        json={
            "mentee_id": person.id,
            "performance_review_id": review.id,
            "discussion_date": "2026-01-15",
        },
    )
    assert response.status_code == 201, response.text
    assert run_job(email_settings, send_emails) == 1
    [message] = mailbox.to(leader.email)
    assert "\n" not in message["Subject"] and "Bcc" not in message
    # (Folded after "Subject:", which the parser keeps as a leading space.)
    assert message["Subject"].strip().startswith("PeerMentor: Mentoring request: Eve <script>")
    html = message.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)" in html
    assert '<script>alert("x")</script>' in message.get_body(("plain",)).get_content()


def test_a_bounced_address_fails_at_once_and_is_not_retried(
    client, programme, engine, email_settings, mailbox
):
    leader = programme.org.leader.employee
    mailbox.unknown.add(leader.email)
    assert run_job(email_settings, send_emails) == 1
    [failed] = emails(engine)
    assert failed.status == "failed" and failed.attempts == 1
    assert failed.last_error.startswith("refused: 550") and "mailbox unknown" in failed.last_error
    assert failed.next_attempt_at is None
    assert _later(email_settings, 60 * 24) == 0
    assert mailbox.received == []
    # HR sees it, with the server's answer.
    hr = programme.org.hr.headers
    page = client.get("/api/v1/notification-emails?status=failed", headers=hr).json()
    [item] = page["items"]
    assert item["to_address"] == leader.email and "550" in item["last_error"]
    assert item["subject"] == "PeerMentor: Mentoring request: Mia Member"


def test_a_busy_mailbox_is_retried_later(programme, engine, email_settings, mailbox):
    leader = programme.org.leader.employee
    mailbox.busy.add(leader.email)
    assert run_job(email_settings, send_emails) == 1
    [queued] = emails(engine)
    assert queued.status == "queued" and queued.attempts == 1 and "450" in queued.last_error
    assert run_job(email_settings, send_emails) == 0  # not due yet
    mailbox.busy.clear()
    assert _later(email_settings, 2) == 1
    [sent] = emails(engine)
    assert sent.status == "sent" and sent.attempts == 2 and sent.last_error is None
    assert sent.message_id == queued.message_id  # the same Message-ID on every attempt
    assert len(mailbox.to(leader.email)) == 1


def test_server_down_is_retried_with_backoff_then_delivered(
    programme, engine, email_settings, smtp
):
    smtp.stop()
    assert run_job(email_settings, send_emails) == 1
    [queued] = emails(engine)
    assert queued.status == "queued" and queued.attempts == 1
    assert queued.last_error.startswith("cannot connect")
    first_delay = queued.next_attempt_at - utcnow()
    assert timedelta(seconds=30) < first_delay <= timedelta(minutes=1)
    assert _later(email_settings, 2) == 1  # still down: the delay grows
    [queued] = emails(engine)
    assert queued.attempts == 2
    assert queued.next_attempt_at - utcnow() > timedelta(minutes=5)
    smtp.start()
    assert _later(email_settings, 10) == 1
    [sent] = emails(engine)
    assert sent.status == "sent" and sent.attempts == 3
    assert len(smtp.mailbox.received) == 1


def test_gives_up_after_the_last_attempt(programme, engine, email_settings, smtp):
    smtp.stop()
    limited = email_settings.model_copy(update={"email_max_attempts": 2})
    assert run_job(limited, send_emails) == 1
    assert _later(limited, 2) == 1
    [failed] = emails(engine)
    assert failed.status == "failed" and failed.attempts == 2 and failed.next_attempt_at is None
    assert _later(limited, 60 * 24) == 0


def test_without_an_smtp_host_queued_emails_are_skipped(programme, engine, settings):
    assert settings.smtp_host == ""
    assert run_job(settings, send_emails) == 0
    [skipped] = emails(engine)
    assert skipped.status == "skipped" and skipped.last_error == NOT_CONFIGURED


def test_a_grievance_email_says_only_that_one_needs_attention(
    client, programme, factory, engine, email_settings, mailbox
):
    org = programme.org
    second_hr = factory.user("hr_admin", email="hr2@example.com")
    factory.user("hr_admin", email="former.hr@example.com", is_active=False)
    active = factory.pairing(programme)
    run_job(email_settings, send_emails)
    mailbox.received.clear()
    response = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": active["id"], "kind": "grievance", "description": "Very private"},
    )
    assert response.status_code == 201, response.text
    # The HR inbox: every active HR account, each once.
    queued = emails(engine, kind="grievance_raised")
    assert sorted(e.to_address for e in queued) == sorted([org.hr.user.email, second_hr.user.email])
    assert run_job(email_settings, send_emails) == 2
    for address in (org.hr.user.email, second_hr.user.email):
        [message] = mailbox.to(address)
        assert message["Subject"] == "PeerMentor: a grievance needs attention"
        for part in ("plain", "html"):
            content = message.get_body((part,)).get_content()
            assert "A grievance needs attention" in content
            for secret in ("Very private", "Mia", "Paul", "due"):
                assert secret not in content, secret


def test_concurrent_workers_send_each_email_once(
    client, programme, engine, email_settings, mailbox, factory
):
    factory.pairing(programme)  # files forms, notifies people: several e-mails
    queued = emails(engine, status="queued")
    assert len(queued) >= 4

    async def two_workers():
        async_engine = create_engine_for(email_settings)
        sessionmaker = async_sessionmaker(async_engine, expire_on_commit=False)
        try:
            return await asyncio.gather(
                send_due(sessionmaker, email_settings), send_due(sessionmaker, email_settings)
            )
        finally:
            await async_engine.dispose()

    attempted = asyncio.run(two_workers())
    assert sum(attempted) == len(queued)
    ids = [r.message["Message-ID"] for r in mailbox.received]
    assert len(ids) == len(set(ids)) == len(queued)
    assert {e.status for e in emails(engine)} == {"sent"}


def test_anonymising_a_leaver_clears_their_address_from_the_outbox(client, org, engine):
    outsider = org.outsider
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO notifications (recipient_id, kind, title, created_at) "
                "VALUES (:id, 'pairing_activated', 'Started', :now)"
            ),
            {"id": outsider.id, "now": utcnow()},
        )
        notification_id = conn.execute(text("SELECT MAX(id) FROM notifications")).scalar()
        conn.execute(
            text(
                "INSERT INTO notification_emails (notification_id, to_address, kind, status, "
                "attempts, next_attempt_at, created_at, updated_at) VALUES (:n, :a, "
                "'pairing_activated', 'queued', 0, :now, :now, :now)"
            ),
            {"n": notification_id, "a": outsider.employee.email, "now": utcnow()},
        )
    hr = org.hr.headers
    response = client.patch(
        f"/api/v1/employees/{outsider.id}", headers=hr, json={"status": "terminated"}
    )
    assert response.status_code == 200, response.text
    client.put(
        "/api/v1/programme-settings", headers=hr, json={"data_retention_months": 1}
    ).raise_for_status()
    past = utcnow() - timedelta(days=40)
    with engine.begin() as conn:  # terminated 40 days ago: past the retention period
        conn.execute(
            text("UPDATE audit_events SET at = :at WHERE entity = 'employee' AND entity_id = :id"),
            {"at": past, "id": outsider.id},
        )
        conn.execute(
            text("UPDATE employees SET updated_at = :at WHERE id = :id"),
            {"at": past, "id": outsider.id},
        )
    response = client.post(f"/api/v1/employees/{outsider.id}/anonymise", headers=hr)
    assert response.status_code == 200, response.text
    assert response.json()["cleared"]["notification_emails"] == 1
    [row] = emails(engine)
    assert row.to_address == f"anonymised-{outsider.id}@anonymised.invalid"
    assert row.status == "skipped"


def test_an_address_no_email_can_carry_fails_without_an_attempt(
    programme, engine, email_settings, mailbox
):
    with engine.begin() as conn:
        conn.execute(text("UPDATE notification_emails SET to_address = 'lena@acme@example'"))
    assert run_job(email_settings, send_emails) == 0
    [failed] = emails(engine)
    assert failed.status == "failed" and failed.last_error.startswith("invalid message")
    assert mailbox.received == []


def test_an_invitation_email_is_never_sent_without_its_link(monkeypatch, settings):
    from api.email import delivery

    monkeypatch.setattr(delivery, "_invitation_link", None)
    with pytest.raises(RuntimeError, match="not loaded"):
        asyncio.run(delivery._link_of_invitation(None, settings, 1))  # type: ignore[arg-type]


def test_the_worker_process_links_invitations(settings, tmp_path):
    """A worker process loads every domain's jobs module: accounts' one registers the
    function that rebuilds an invitation's set-password link (e-mail cannot import it)."""
    code = (
        "from api.email import delivery\n"
        "assert delivery._invitation_link is None\n"
        "from api.core.jobs import load_job_modules\n"
        "load_job_modules()\n"
        "assert delivery._invitation_link is not None\n"
        "from api.accounts.service import invitation_link_for_email\n"
        "assert delivery._invitation_link is invitation_link_for_email\n"
    )
    env = os.environ | {"DATABASE_URL": settings.database_url, "PEERMENTOR_DATA_DIR": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)  # noqa: S603
