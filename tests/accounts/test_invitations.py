"""Logins with a one-time set-password link: created without a password, reset by HR, made in
bulk, redeemed once on the public page; e-mailed when e-mail is on."""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from api.core.db import utcnow
from api.email.jobs import send_emails
from api.main import create_app
from tests.email.conftest import PUBLIC_BASE_URL, emails
from tests.helpers import assert_problem, audit_events, run_job

USERS = "/api/v1/users"
BULK = "/api/v1/users/bulk"
REDEEM = "/api/v1/account-invitations/redeem"
TOKEN_URL = "/api/v1/auth/token"
NEW_PASSWORD = "my own good password"
TOKEN = re.compile(r"pminv_[A-Za-z0-9_-]{43}")


def _sign_in(client, email, password):
    return client.post(
        TOKEN_URL, data={"grant_type": "password", "username": email, "password": password}
    )


def _invite_new(client, org, factory, **fields):
    employee = factory.employee(org.dept, full_name="Nora New")
    body = {"email": "Nora.New@example.com", "role": "employee", "employee_id": employee.id}
    response = client.post(USERS, headers=org.hr.headers, json=body | fields)
    assert response.status_code == 201, response.text
    return response.json()


def _invitations(engine, user_id):
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT id, token_hash, nonce, used_at, superseded_at, notification_id "
                "FROM account_invitations WHERE user_id = :u ORDER BY id"
            ),
            {"u": user_id},
        ).all()


def test_a_login_without_password_gets_a_one_time_link(client, org, factory, engine):
    created = _invite_new(client, org, factory)
    assert created["email"] == "nora.new@example.com" and created["is_active"]
    invitation = created["invitation"]
    token = invitation["token"]
    assert TOKEN.fullmatch(token)
    assert invitation["user_id"] == created["id"] and invitation["email"] == created["email"]
    assert invitation["set_password_path"] == f"/set-password#token={token}"
    # No public address configured, e-mail off: nothing queued, no absolute URL.
    assert invitation["set_password_url"] is None and invitation["email_queued"] is False
    expires = invitation["expires_at"]
    assert expires > (utcnow() + timedelta(hours=71)).isoformat()
    assert expires < (utcnow() + timedelta(hours=73)).isoformat()
    assert emails(engine) == []

    # Only the token's digest is stored; the account has no usable password.
    [row] = _invitations(engine, created["id"])
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in (row.nonce, row.token_hash)
    with engine.connect() as conn:
        stored = conn.execute(
            text("SELECT password_hash FROM users WHERE id = :id"), {"id": created["id"]}
        ).scalar_one()
    assert stored.startswith("!")
    assert _sign_in(client, created["email"], stored).status_code == 401
    # Audited, never with the token.
    [invite] = audit_events(engine, action="user.invite")
    assert invite.entity_id == created["id"] and invite.actor == f"user:{org.hr.user.id}"
    assert token not in str(invite.changes) and token not in str(
        [e.changes for e in audit_events(engine)]
    )

    # The person sets a password with the link, then signs in with it.
    redeemed = client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD})
    assert redeemed.status_code == 200, redeemed.text
    assert redeemed.json() == {"email": "nora.new@example.com", "role": "employee"}
    assert redeemed.headers["cache-control"] == "no-store"
    assert _sign_in(client, "nora.new@example.com", NEW_PASSWORD).status_code == 200
    [used] = _invitations(engine, created["id"])
    assert used.used_at is not None
    [set_password] = audit_events(engine, action="user.set_password")
    assert set_password.actor == f"user:{created['id']}"
    assert NEW_PASSWORD not in str(set_password.changes) and token not in str(set_password.changes)

    # Single use.
    again = assert_problem(client.post(REDEEM, json={"token": token, "password": "x" * 12}), 410)
    assert again["reasons"] == ["invitation_used"]
    assert _sign_in(client, "nora.new@example.com", NEW_PASSWORD).status_code == 200


def test_the_answer_with_a_link_is_never_cached(client, org, factory):
    employee = factory.employee(org.dept)
    response = client.post(
        USERS,
        headers=org.hr.headers,
        json={"email": "cache@example.com", "role": "employee", "employee_id": employee.id},
    )
    assert response.status_code == 201
    assert response.headers["cache-control"] == "no-store"


def test_with_a_password_there_is_no_invitation(client, org, engine):
    response = client.post(
        USERS,
        headers=org.hr.headers,
        json={"email": "pw@example.com", "password": "a long enough password", "role": "hr_admin"},
    )
    assert response.status_code == 201
    assert response.json()["invitation"] is None
    assert _invitations(engine, response.json()["id"]) == []


def test_an_expired_link_is_gone(client, org, factory, engine):
    created = _invite_new(client, org, factory)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE account_invitations SET expires_at = :t"),
            {"t": utcnow() - timedelta(minutes=1)},
        )
    response = client.post(
        REDEEM, json={"token": created["invitation"]["token"], "password": NEW_PASSWORD}
    )
    problem = assert_problem(response, 410)
    assert problem["reasons"] == ["invitation_expired"] and "ask HR" in problem["detail"]
    assert _sign_in(client, created["email"], NEW_PASSWORD).status_code == 401


def test_a_reset_replaces_the_older_link(client, org, factory, engine):
    created = _invite_new(client, org, factory)
    first = created["invitation"]["token"]
    reset = client.post(f"{USERS}/{created['id']}/invitation", headers=org.hr.headers)
    assert reset.status_code == 201, reset.text
    assert reset.headers["cache-control"] == "no-store"
    second = reset.json()["token"]
    assert second != first and reset.json()["user_id"] == created["id"]
    old, new = _invitations(engine, created["id"])
    assert old.superseded_at is not None and new.superseded_at is None
    gone = assert_problem(client.post(REDEEM, json={"token": first, "password": NEW_PASSWORD}), 410)
    assert gone["reasons"] == ["invitation_superseded"]
    assert client.post(REDEEM, json={"token": second, "password": NEW_PASSWORD}).status_code == 200
    assert len(audit_events(engine, action="user.invite")) == 2


def test_a_reset_keeps_the_old_password_until_the_new_one_is_set(client, org, engine):
    email = org.member.user.email
    assert _sign_in(client, email, "correct horse battery staple").status_code == 200
    reset = client.post(f"{USERS}/{org.member.user.id}/invitation", headers=org.hr.headers)
    assert reset.status_code == 201
    assert _sign_in(client, email, "correct horse battery staple").status_code == 200
    token = reset.json()["token"]
    assert client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD}).status_code == 200
    assert _sign_in(client, email, "correct horse battery staple").status_code == 401
    assert _sign_in(client, email, NEW_PASSWORD).status_code == 200


def test_a_deactivated_account_cannot_use_or_get_a_link(client, org, factory, engine):
    created = _invite_new(client, org, factory)
    off = client.patch(
        f"{USERS}/{created['id']}", headers=org.hr.headers, json={"is_active": False}
    )
    assert off.status_code == 200
    token = created["invitation"]["token"]
    problem = assert_problem(
        client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD}), 409
    )
    assert problem["reasons"] == ["account_deactivated"]
    refused = client.post(f"{USERS}/{created['id']}/invitation", headers=org.hr.headers)
    assert assert_problem(refused, 409)["reasons"] == ["account_deactivated"]
    # Reactivated, the link works again (it has not expired).
    client.patch(f"{USERS}/{created['id']}", headers=org.hr.headers, json={"is_active": True})
    assert client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD}).status_code == 200


@pytest.mark.parametrize(
    "token",
    ["not-a-token", "pminv_" + "A" * 43, "pminv_short", "Bearer pminv_" + "A" * 43],
)
def test_an_unknown_or_malformed_token_is_a_400(client, org, token):
    problem = assert_problem(
        client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD}), 400
    )
    assert problem["reasons"] == ["invitation_invalid"]


@pytest.mark.parametrize(
    "body",
    [
        {"token": "pminv_x"},
        {"password": NEW_PASSWORD},
        {"token": "", "password": NEW_PASSWORD},
        {"token": "pminv_x", "password": "too short"},
        {"token": "pminv_x", "password": NEW_PASSWORD, "email": "someone@example.com"},
    ],
)
def test_bad_redeem_input_is_a_422(client, body):
    assert_problem(client.post(REDEEM, json=body), 422)


def test_a_too_short_password_leaves_the_link_usable(client, org, factory, engine):
    created = _invite_new(client, org, factory)
    token = created["invitation"]["token"]
    problem = assert_problem(client.post(REDEEM, json={"token": token, "password": "short"}), 422)
    assert problem["errors"][0]["loc"] == ["body", "password"]
    [row] = _invitations(engine, created["id"])
    assert row.used_at is None
    assert client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD}).status_code == 200


def test_guessing_tokens_is_throttled(client, org, settings):
    guess = {"token": "pminv_" + "B" * 43, "password": NEW_PASSWORD}
    for _ in range(settings.login_max_failures):
        assert client.post(REDEEM, json=guess).status_code == 400
    limited = client.post(REDEEM, json=guess)
    assert_problem(limited, 429)
    assert int(limited.headers["retry-after"]) > 0


def test_neither_token_nor_password_is_logged(client, org, factory, caplog):
    created = _invite_new(client, org, factory)
    token = created["invitation"]["token"]
    with caplog.at_level(logging.DEBUG):
        client.post(REDEEM, json={"token": "pminv_" + "C" * 43, "password": NEW_PASSWORD})
        client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD})
        client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD})
    logged = caplog.text
    assert token not in logged and NEW_PASSWORD not in logged and "C" * 43 not in logged


def test_only_hr_sends_links(client, org):
    target = f"{USERS}/{org.member.user.id}/invitation"
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.post(target, headers=person.headers), 403)
    assert_problem(client.post(target), 401)
    assert_problem(client.post(f"{USERS}/999999/invitation", headers=org.hr.headers), 404)
    assert_problem(client.post(f"{USERS}/0/invitation", headers=org.hr.headers), 422)


# -- bulk ------------------------------------------------------------------------------


def test_bulk_creates_the_good_ones_and_reports_the_others(client, org, factory, engine):
    new_a = factory.employee(org.dept, full_name="Ada A", email="Ada.A@example.com")
    new_b = factory.employee(org.dept, full_name="Ben B")
    left = factory.employee(org.dept, status="terminated")
    clash = factory.employee(org.dept, email="taken@example.com")
    factory.user("hr_admin", email="taken@example.com")
    ids = [new_a.id, org.member.id, 999999, new_a.id, left.id, clash.id, new_b.id]
    response = client.post(
        BULK, headers=org.hr.headers, json={"role": "employee", "employee_ids": ids}
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert (body["created"], body["skipped"]) == (2, 5)
    outcome = [(r["employee_id"], r["status"], r["reason"]) for r in body["results"]]
    assert outcome == [
        (new_a.id, "created", None),
        (org.member.id, "skipped", "already_has_account"),
        (999999, "skipped", "unknown_employee"),
        (new_a.id, "skipped", "listed_twice"),
        (left.id, "skipped", "employee_terminated"),
        (clash.id, "skipped", "email_taken"),
        (new_b.id, "created", None),
    ]
    first = body["results"][0]
    assert first["user"]["email"] == "ada.a@example.com" and first["user"]["role"] == "employee"
    assert first["user"]["employee_id"] == new_a.id
    assert TOKEN.fullmatch(first["invitation"]["token"])
    assert all(r["detail"] for r in body["results"] if r["status"] == "skipped")
    with engine.connect() as conn:
        made = conn.execute(
            text("SELECT employee_id, role FROM users WHERE employee_id IN (:a, :b) ORDER BY id"),
            {"a": new_a.id, "b": new_b.id},
        ).all()
    assert [tuple(r) for r in made] == [(new_a.id, "employee"), (new_b.id, "employee")]
    assert len(audit_events(engine, action="user.create")) == 2
    assert len(audit_events(engine, action="user.invite")) == 2
    # Each link works for its own account.
    token_b = body["results"][-1]["invitation"]["token"]
    assert client.post(REDEEM, json={"token": token_b, "password": NEW_PASSWORD}).status_code == 200
    assert _sign_in(client, new_b.email, NEW_PASSWORD).status_code == 200


def test_bulk_is_hr_only(client, org):
    body = {"role": "employee", "employee_ids": [org.member.id]}
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.post(BULK, headers=person.headers, json=body), 403)
    assert_problem(client.post(BULK, json=body), 401)


@pytest.mark.parametrize(
    "body",
    [
        {"role": "employee", "employee_ids": []},
        {"role": "employee", "employee_ids": list(range(1, 502))},
        {"role": "hr_admin", "employee_ids": [1]},
        {"role": "employee", "employee_ids": [0]},
        {"role": "employee", "employee_ids": [1], "password": "a long enough password"},
        {"employee_ids": [1]},
    ],
)
def test_bad_bulk_input_is_a_422(client, org, body, engine):
    assert_problem(client.post(BULK, headers=org.hr.headers, json=body), 422)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM account_invitations")).scalar() == 0


# -- e-mail ------------------------------------------------------------------------------


@pytest.fixture
def mail_client(email_settings):
    with TestClient(create_app(email_settings), raise_server_exceptions=False) as client:
        yield client


def test_the_link_is_e_mailed_when_e_mail_is_on(
    mail_client, org, factory, engine, email_settings, mailbox
):
    employee = factory.employee(org.dept, email="nora.work@example.com")
    response = mail_client.post(
        USERS,
        headers=org.hr.headers,
        # The login's own address, not the employee record's, receives the link.
        json={"email": "nora.login@example.com", "role": "employee", "employee_id": employee.id},
    )
    assert response.status_code == 201, response.text
    invitation = response.json()["invitation"]
    token = invitation["token"]
    assert invitation["email_queued"] is True
    assert invitation["set_password_url"] == f"{PUBLIC_BASE_URL}/set-password#token={token}"
    [queued] = emails(engine)
    assert (queued.to_address, queued.kind, queued.status) == (
        "nora.login@example.com",
        "account_invitation",
        "queued",
    )
    assert run_job(email_settings, send_emails) == 1
    [message] = mailbox.to("nora.login@example.com")
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert f"{PUBLIC_BASE_URL}/set-password#token={token}" in plain
    assert f"/set-password#token={token}" in html
    assert message["Subject"] == "PeerMentor: Set your PeerMentor password"
    assert "HR set up or reset your PeerMentor login" in plain
    # The in-app notification carries no link.
    with engine.connect() as conn:
        titles = conn.execute(text("SELECT title, body FROM notifications")).all()
    assert token not in str(titles)
    # The e-mailed link works.
    assert (
        mail_client.post(REDEEM, json={"token": token, "password": NEW_PASSWORD}).status_code == 200
    )


def test_a_replaced_link_is_not_e_mailed(
    mail_client, org, factory, engine, email_settings, mailbox
):
    employee = factory.employee(org.dept, email="late@example.com")
    created = mail_client.post(
        USERS,
        headers=org.hr.headers,
        json={"email": "late@example.com", "role": "employee", "employee_id": employee.id},
    )
    assert created.status_code == 201
    reset = mail_client.post(f"{USERS}/{created.json()['id']}/invitation", headers=org.hr.headers)
    assert reset.status_code == 201
    assert run_job(email_settings, send_emails) == 1  # only the newer link is sent
    first, second = emails(engine)
    assert first.status == "skipped" and "replaced" in first.last_error
    assert second.status == "sent"
    [message] = mailbox.to("late@example.com")
    assert reset.json()["token"] in message.get_body(("plain",)).get_content()


def test_racing_redeems_use_the_link_once(client, org, factory, engine, settings):
    """Four redeems of one link at the same moment, each on its own connection: one sets the
    password, the others are told the link is used (a conditional update decides)."""
    import asyncio

    from api.accounts import service
    from api.core.errors import Gone

    created = _invite_new(client, org, factory)
    token = created["invitation"]["token"]
    passwords = [f"racing password number {n}" for n in range(4)]

    async def redeem_all(sessionmaker, settings):
        calls = [
            service.redeem_invitation(
                sessionmaker, settings, token=token, password=p, client_key=f"racer-{n}"
            )
            for n, p in enumerate(passwords)
        ]
        return await asyncio.gather(*calls, return_exceptions=True)

    outcomes = run_job(settings, redeem_all)
    won = [p for p, o in zip(passwords, outcomes, strict=True) if isinstance(o, service.Redeemed)]
    lost = [o for o in outcomes if not isinstance(o, service.Redeemed)]
    assert len(won) == 1, outcomes
    assert all(isinstance(o, Gone) and o.reasons == ["invitation_used"] for o in lost), lost
    assert _sign_in(client, created["email"], won[0]).status_code == 200
    assert len(audit_events(engine, action="user.set_password")) == 1
