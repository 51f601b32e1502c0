"""User accounts and service accounts: HR only, validated, audited, secrets never kept."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import text

from tests.helpers import assert_problem, audit_events

USERS = "/api/v1/users"
SERVICE_ACCOUNTS = "/api/v1/service-accounts"


def test_hr_creates_a_user_linked_to_an_employee(client, org, engine):
    response = client.post(
        USERS,
        headers=org.hr.headers,
        json={
            "email": "New.Leader@Example.com",
            "password": "a long enough password",
            "role": "hr_admin",
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["email"] == "new.leader@example.com"
    assert body["role"] == "hr_admin" and body["employee_id"] is None and body["is_active"]
    assert "password" not in body and "password_hash" not in body
    with engine.connect() as conn:
        stored = conn.execute(
            text("SELECT password_hash FROM users WHERE id = :id"), {"id": body["id"]}
        ).scalar_one()
    [audit] = audit_events(engine, action="user.create")
    assert stored.startswith("$argon2id$")
    assert "a long enough password" not in str(audit.changes)
    assert audit.actor == f"user:{org.hr.user.id}"


def test_team_leader_and_employee_accounts_need_an_employee(client, org, factory):
    free = factory.employee(org.dept)
    missing = client.post(
        USERS,
        headers=org.hr.headers,
        json={
            "email": "tl@example.com",
            "password": "a long enough password",
            "role": "team_leader",
        },
    )
    assert assert_problem(missing, 422)["errors"][0]["loc"] == ["body", "employee_id"]
    ok = client.post(
        USERS,
        headers=org.hr.headers,
        json={
            "email": "tl@example.com",
            "password": "a long enough password",
            "role": "team_leader",
            "employee_id": free.id,
        },
    )
    assert ok.status_code == 201
    taken = client.post(
        USERS,
        headers=org.hr.headers,
        json={
            "email": "tl2@example.com",
            "password": "a long enough password",
            "role": "employee",
            "employee_id": free.id,
        },
    )
    assert_problem(taken, 409)
    unknown = client.post(
        USERS,
        headers=org.hr.headers,
        json={
            "email": "tl3@example.com",
            "password": "a long enough password",
            "role": "employee",
            "employee_id": 999999,
        },
    )
    assert_problem(unknown, 422)


@pytest.mark.parametrize(
    "body",
    [
        {"email": "not-an-email", "password": "a long enough password", "role": "hr_admin"},
        {"email": "x@example.com", "password": "short", "role": "hr_admin"},
        {"email": "x@example.com", "password": "a long enough password", "role": "hris"},
        {
            "email": "x@example.com",
            "password": "a long enough password",
            "role": "hr_admin",
            "is_active": False,
        },
        {
            "email": "x@example.com",
            "password": "a long enough password",
            "role": "hr_admin",
            "id": 7,
        },
        {
            "email": "x@example.com",
            "password": "a long enough password",
            "role": "hr_admin",
            "employee_id": -1,
        },
        {"email": "x@example.test", "password": "a long enough password", "role": "hr_admin"},
    ],
)
def test_bad_user_input_is_a_422(client, org, body, engine):
    assert_problem(client.post(USERS, headers=org.hr.headers, json=body), 422)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users WHERE email LIKE 'x@%'")).scalar() == 0


def test_duplicate_email_is_a_409(client, org):
    response = client.post(
        USERS,
        headers=org.hr.headers,
        json={"email": "HR@example.com", "password": "a long enough password", "role": "hr_admin"},
    )
    assert_problem(response, 409)


def test_only_hr_manages_users(client, org):
    body = {"email": "y@example.com", "password": "a long enough password", "role": "hr_admin"}
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.post(USERS, headers=person.headers, json=body), 403)
        assert_problem(client.get(USERS, headers=person.headers), 403)
        assert_problem(
            client.post(
                SERVICE_ACCOUNTS, headers=person.headers, json={"name": "x", "role": "hris"}
            ),
            403,
        )
    assert_problem(client.post(USERS, json=body), 401)
    assert_problem(client.get(USERS), 401)


def test_list_users_paginates_and_filters(client, org):
    first = client.get(USERS, headers=org.hr.headers, params={"limit": 3})
    assert first.status_code == 200
    page = first.json()
    assert len(page["items"]) == 3 and page["next_cursor"]
    rest = client.get(
        USERS, headers=org.hr.headers, params={"limit": 500, "cursor": page["next_cursor"]}
    ).json()
    ids = [u["id"] for u in page["items"] + rest["items"]]
    assert ids == sorted(ids) and len(ids) == len(set(ids)) == 6
    assert rest["next_cursor"] is None
    leaders = client.get(USERS, headers=org.hr.headers, params={"role": "team_leader"}).json()
    assert {u["id"] for u in leaders["items"]} == {org.leader.user.id, org.other_leader.user.id}
    assert_problem(client.get(USERS, headers=org.hr.headers, params={"cursor": "!!"}), 422)
    assert_problem(client.get(USERS, headers=org.hr.headers, params={"limit": 501}), 422)
    assert_problem(client.get(USERS, headers=org.hr.headers, params={"limit": 0}), 422)


def test_hr_deactivates_a_user_who_then_cannot_sign_in(client, org):
    response = client.patch(
        f"{USERS}/{org.member.user.id}", headers=org.hr.headers, json={"is_active": False}
    )
    assert response.status_code == 200 and response.json()["is_active"] is False
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "password",
            "username": org.member.user.email,
            "password": "correct horse battery staple",
        },
    )
    assert_problem(token, 401)
    assert_problem(client.get("/api/v1/auth/me", headers=org.member.headers), 401)
    assert_problem(
        client.patch(
            f"{USERS}/{org.hr.user.id}", headers=org.hr.headers, json={"is_active": False}
        ),
        409,
    )
    assert_problem(
        client.patch(f"{USERS}/999999", headers=org.hr.headers, json={"is_active": False}), 404
    )
    assert_problem(
        client.patch(f"{USERS}/{org.member.user.id}", headers=org.hr.headers, json={"role": None}),
        422,
    )


def test_service_account_secret_is_shown_once_and_stored_hashed(client, org, engine):
    response = client.post(
        SERVICE_ACCOUNTS,
        headers=org.hr.headers,
        json={"name": "Reporting scripts", "role": "reporting"},
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["client_id"].startswith("pm_") and len(created["client_secret"]) >= 40
    with engine.connect() as conn:
        stored = conn.execute(
            text("SELECT secret_hash FROM service_accounts WHERE id = :id"), {"id": created["id"]}
        ).scalar_one()
    assert stored == hashlib.sha256(created["client_secret"].encode()).hexdigest()
    [audit] = audit_events(engine, action="service_account.create")
    assert audit.changes["after"]["client_id"] == created["client_id"]
    assert created["client_secret"] not in str(audit.changes)
    listed = client.get(SERVICE_ACCOUNTS, headers=org.hr.headers).json()["items"]
    mine = next(a for a in listed if a["id"] == created["id"])
    assert "client_secret" not in mine
    assert_problem(
        client.post(
            SERVICE_ACCOUNTS, headers=org.hr.headers, json={"name": "x", "role": "hr_admin"}
        ),
        422,
    )
    # Deactivated: its secret no longer works.
    off = client.post(f"{SERVICE_ACCOUNTS}/{created['id']}/deactivate", headers=org.hr.headers)
    assert off.status_code == 200 and off.json()["is_active"] is False
    assert_problem(
        client.post(f"{SERVICE_ACCOUNTS}/{created['id']}/deactivate", headers=org.hr.headers), 409
    )
    token = client.post(
        "/api/v1/auth/token",
        data={
            "grant_type": "client_credentials",
            "client_id": created["client_id"],
            "client_secret": created["client_secret"],
        },
    )
    assert_problem(token, 401)
