"""Access follows the account: every request acts on the account as it is now.

A token outlives nothing: deactivating, demoting or re-linking an account, deactivating a
service account or terminating the employee refuses the tokens already issued, at once and on
every worker; the terminated employee cannot sign in again, and rehiring does not bring the
login back by itself."""

from __future__ import annotations

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import User
from api.notifications.models import Notification
from tests.factories import PASSWORD
from tests.helpers import assert_problem, audit_events

USERS = "/api/v1/users"
EMPLOYEES = "/api/v1/employees"
TOKEN = "/api/v1/auth/token"


def refused(response: httpx.Response, reason: str) -> None:
    body = assert_problem(response, 401)
    assert body["reasons"] == [reason], body
    assert response.headers["www-authenticate"].startswith("Bearer")


def sign_in(client, email: str, password: str = PASSWORD) -> httpx.Response:
    return client.post(
        TOKEN, data={"grant_type": "password", "username": email, "password": password}
    )


def test_a_deactivated_hr_admin_can_no_longer_create_an_hr_admin(client, org, factory):
    second_hr = factory.user("hr_admin", email="second.hr@example.com")
    assert client.get(USERS, headers=second_hr.headers).status_code == 200

    response = client.patch(
        f"{USERS}/{second_hr.user.id}", headers=org.hr.headers, json={"is_active": False}
    )
    assert response.status_code == 200, response.text

    new_admin = {"email": "x@example.com", "password": "a long enough password", "role": "hr_admin"}
    refused(client.post(USERS, headers=second_hr.headers, json=new_admin), "account_deactivated")
    refused(client.get(USERS, headers=second_hr.headers), "account_deactivated")
    refused(client.get("/api/v1/auth/me", headers=second_hr.headers), "account_deactivated")
    with Session(factory.engine) as session:
        assert session.scalar(select(User).where(User.email == "x@example.com")) is None


def test_a_deactivated_person_can_no_longer_read_pairings_or_personnel_files(
    client, programme, engine, factory
):
    org = programme.org
    pairing = factory.pairing(programme)
    mentee = programme.mentee
    file_url = f"{EMPLOYEES}/{mentee.id}/personnel-file"
    assert client.get(file_url, headers=mentee.headers).status_code == 200

    response = client.patch(
        f"{USERS}/{mentee.user.id}", headers=org.hr.headers, json={"is_active": False}
    )
    assert response.status_code == 200, response.text

    for path in (file_url, f"/api/v1/pairings/{pairing['id']}", "/api/v1/pairings"):
        refused(client.get(path, headers=mentee.headers), "account_deactivated")
    refused(
        client.post(f"/api/v1/pairings/{pairing['id']}/acknowledge", headers=mentee.headers),
        "account_deactivated",
    )


def test_a_demoted_hr_admin_token_is_refused_and_the_new_role_applies_after_sign_in(
    client, org, factory
):
    employee = factory.employee(org.dept, full_name="Dana Demoted")
    demoted = factory.user("hr_admin", employee, email="dana@example.com")
    assert client.get("/api/v1/audit-events", headers=demoted.headers).status_code == 200

    response = client.patch(
        f"{USERS}/{demoted.user.id}", headers=org.hr.headers, json={"role": "employee"}
    )
    assert response.status_code == 200, response.text

    for path in (USERS, "/api/v1/audit-events", "/api/v1/grievances"):
        refused(client.get(path, headers=demoted.headers), "account_changed")
    # Signed in again, the account has the role it has now.
    token = sign_in(client, "dana@example.com").json()["access_token"]
    fresh = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/auth/me", headers=fresh).json()["role"] == "employee"
    assert_problem(client.get(USERS, headers=fresh), 403)


def test_a_token_of_a_relinked_account_is_refused(client, org, factory):
    other = factory.employee(org.dept)
    response = client.patch(
        f"{USERS}/{org.member.user.id}", headers=org.hr.headers, json={"employee_id": other.id}
    )
    assert response.status_code == 200, response.text
    refused(
        client.get(f"{EMPLOYEES}/{org.member.id}", headers=org.member.headers), "account_changed"
    )


def test_a_deactivated_reporting_account_can_no_longer_read_reports(client, org):
    summary = "/api/v1/reports/programme-summary"
    assert client.get(summary, headers=org.reporting.headers).status_code == 200
    response = client.post(
        f"/api/v1/service-accounts/{org.reporting.actor.id}/deactivate", headers=org.hr.headers
    )
    assert response.status_code == 200, response.text
    refused(client.get(summary, headers=org.reporting.headers), "account_deactivated")
    refused(
        client.get("/api/v1/reports/overdue-reviews", headers=org.reporting.headers),
        "account_deactivated",
    )


def test_a_deleted_account_token_is_refused(client, org, factory):
    from api.core.security import Actor, Role

    ghost = Actor(kind="user", id=9999, role=Role.HR_ADMIN)
    headers = {"Authorization": f"Bearer {factory.token_for(ghost)}"}
    refused(client.get(USERS, headers=headers), "account_deactivated")


def hr_notices(engine, kind: str) -> list[Notification]:
    with Session(engine) as session:
        stmt = select(Notification).where(Notification.kind == kind).order_by(Notification.id)
        return list(session.scalars(stmt))


def user_row(engine, user_id: int) -> User:
    with Session(engine) as session:
        user = session.get(User, user_id)
        assert user is not None
        return user


def test_terminating_an_employee_ends_their_login_and_gives_hr_a_task(
    client, programme, engine, factory
):
    org = programme.org
    pairing = factory.pairing(programme)
    mentor = programme.mentor
    wrong_password = sign_in(client, mentor.user.email, "not the password")

    response = client.patch(
        f"{EMPLOYEES}/{mentor.id}", headers=org.hr.headers, json={"status": "terminated"}
    )
    assert response.status_code == 200, response.text

    refused(client.get("/api/v1/pairings", headers=mentor.headers), "account_deactivated")
    # The token endpoint answers exactly as for a wrong password.
    after = sign_in(client, mentor.user.email)
    assert after.status_code == wrong_password.status_code == 401
    assert after.json() == wrong_password.json()
    assert not user_row(engine, mentor.user.id).is_active
    [deactivation] = audit_events(engine, action="user.deactivate")
    assert deactivation.entity_id == mentor.user.id
    assert deactivation.changes["reason"] == "employee_terminated"
    [task] = hr_notices(engine, "participant_left")
    assert f"pairing #{pairing['id']}" in task.title and "mentor" in task.title
    assert task.recipient_role == "hr_admin" and task.subject_employee_id == mentor.id
    inbox = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    assert any(n["kind"] == "participant_left" for n in inbox)
    # The pairing is HR's decision, not ended behind their back.
    stored = client.get(f"/api/v1/pairings/{pairing['id']}", headers=org.hr.headers).json()
    assert stored["status"] == "active"

    # A second PATCH that keeps them terminated gives no second task.
    client.patch(f"{EMPLOYEES}/{mentor.id}", headers=org.hr.headers, json={"job_title": "Gone"})
    assert len(hr_notices(engine, "participant_left")) == 1


def test_rehiring_does_not_silently_bring_the_login_back(client, org, engine):
    member = org.member
    hr = org.hr.headers
    assert (
        client.patch(
            f"{EMPLOYEES}/{member.id}", headers=hr, json={"status": "terminated"}
        ).status_code
        == 200
    )
    # While they are gone, HR cannot turn the account back on.
    body = assert_problem(
        client.patch(f"{USERS}/{member.user.id}", headers=hr, json={"is_active": True}), 409
    )
    assert body["reasons"] == ["employee_terminated"]

    assert (
        client.patch(f"{EMPLOYEES}/{member.id}", headers=hr, json={"status": "active"}).status_code
        == 200
    )
    assert sign_in(client, member.user.email).status_code == 401
    assert not user_row(engine, member.user.id).is_active

    # HR turns it on deliberately; then the person signs in again.
    response = client.patch(f"{USERS}/{member.user.id}", headers=hr, json={"is_active": True})
    assert response.status_code == 200, response.text
    assert sign_in(client, member.user.email).status_code == 200


def test_no_new_account_for_a_terminated_employee(client, org, factory):
    gone = factory.employee(org.dept, status="terminated")
    body = assert_problem(
        client.post(
            USERS,
            headers=org.hr.headers,
            json={
                "email": "gone@example.com",
                "password": "a long enough password",
                "role": "employee",
                "employee_id": gone.id,
            },
        ),
        409,
    )
    assert body["reasons"] == ["employee_terminated"]


def test_an_hris_termination_ends_the_login_and_tasks_hr_per_open_pairing(
    client, programme, engine, factory
):
    org = programme.org
    pairing = factory.pairing(programme)
    mentee = programme.mentee
    with Session(engine) as session:
        employee = session.get(type(mentee.employee), mentee.id)
        assert employee is not None
        employee.external_id = "E-MIA"
        session.commit()
    row = {
        "external_id": "E-MIA",
        "full_name": mentee.employee.full_name,
        "email": mentee.employee.email,
        "department_external_id": "D-OPS",
        "level": "M2",
        "is_managerial": True,
        "hire_date": "2020-01-01",
        "status": "terminated",
    }
    payload = {"employees": [row]}
    response = client.post("/api/v1/integrations/hris/sync", headers=org.hris.headers, json=payload)
    assert response.status_code == 200, response.text
    assert response.json()["employees"]["errors"] == []

    refused(client.get("/api/v1/pairings", headers=mentee.headers), "account_deactivated")
    assert sign_in(client, mentee.user.email).status_code == 401
    [task] = hr_notices(engine, "participant_left")
    assert f"pairing #{pairing['id']}" in task.title and "mentee" in task.title

    # The same payload again changes nothing: no second deactivation, no second task.
    again = client.post("/api/v1/integrations/hris/sync", headers=org.hris.headers, json=payload)
    assert again.json()["employees"]["unchanged"] == 1
    assert len(hr_notices(engine, "participant_left")) == 1
    assert len(audit_events(engine, action="user.deactivate")) == 1

    # Rehired by the HRIS: the login stays off until HR turns it on.
    rehired = {"employees": [{**row, "status": "active"}]}
    client.post("/api/v1/integrations/hris/sync", headers=org.hris.headers, json=rehired)
    assert sign_in(client, mentee.user.email).status_code == 401


def test_the_employee_status_alone_refuses_the_token(client, org, engine):
    """Even an account left active by hand (or by an old release) acts for nobody who left."""
    with Session(engine) as session:
        employee = session.get(type(org.member.employee), org.member.id)
        assert employee is not None
        employee.status = "terminated"
        session.commit()
    refused(client.get("/api/v1/auth/me", headers=org.member.headers), "employee_terminated")


def test_every_worker_refuses_the_token_at_once(client, org, factory, live_server):
    """Two worker processes over one database: no worker keeps a stale answer."""
    second_hr = factory.user("hr_admin", email="second.hr@example.com")
    with httpx.Client(base_url=live_server, timeout=30) as http:
        assert all(http.get(USERS, headers=second_hr.headers).status_code == 200 for _ in range(6))
        response = http.patch(
            f"{USERS}/{second_hr.user.id}", headers=org.hr.headers, json={"is_active": False}
        )
        assert response.status_code == 200, response.text
        # Many requests in a row land on both workers; every one is refused.
        statuses = {http.get(USERS, headers=second_hr.headers).status_code for _ in range(20)}
    assert statuses == {401}
