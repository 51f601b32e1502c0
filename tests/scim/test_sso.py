"""Single sign-on for provisioned people: an active employee the identity provider provisioned
(and who has no account yet) signs in with the company account at once, as `employee`, or as
`team_leader` when people report to them. HR roles are granted in PeerMentor only."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import User
from tests.auth.test_oidc import (  # the OIDC provider's fixtures
    ME,
    bearer,
    clock,
    ec_key,
    jwks,
    jwks_server,
    oidc_settings,
    rsa_key,
    sso,
    sso_app,
)
from tests.helpers import assert_problem, audit_events
from tests.scim.test_idp_sequences import _patch
from tests.scim.test_users import SCIM, new_user, scim

__all__ = [
    "clock",
    "ec_key",
    "jwks",
    "jwks_server",
    "oidc_settings",
    "rsa_key",
    "scim",
    "sso",
    "sso_app",
]


def _provision(client, headers, email, **extra):
    response = client.post(f"{SCIM}/Users", headers=headers, json=new_user(email, **extra))
    assert response.status_code == 201, response.text
    return response.json()["id"]


def test_first_sign_in_of_provisioned_people(client, scim, sso, rsa_key, engine, org):
    leader_id = _provision(client, scim, "lead@example.com")
    report = new_user("report@example.com")
    report["urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"]["manager"] = {
        "value": leader_id
    }
    created = client.post(f"{SCIM}/Users", headers=scim, json=report)
    assert created.status_code == 201, created.text
    report_id = created.json()["id"]

    as_report = sso.get(
        ME, headers=bearer(rsa_key.token(sub="s-report", email="report@example.com"))
    )
    assert as_report.status_code == 200, as_report.text
    assert as_report.json()["role"] == "employee"
    assert as_report.json()["employee_id"] == int(report_id)
    as_leader = sso.get(ME, headers=bearer(rsa_key.token(sub="s-lead", email="Lead@Example.com")))
    assert as_leader.status_code == 200, as_leader.text
    assert as_leader.json()["role"] == "team_leader"
    with Session(engine) as session:
        made = session.scalars(select(User).where(User.email == "lead@example.com")).one()
    assert (made.oidc_subject, made.employee_id) == ("s-lead", int(leader_id))
    assert [e.changes["after"]["reason"] for e in audit_events(engine, action="user.create")] == [
        "first_oidc_sign_in",
        "first_oidc_sign_in",
    ]
    # A password never signs in to such an account.
    refused = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "lead@example.com", "password": "!oidc-only"},
    )
    assert refused.status_code == 401

    # The IdP deactivates the report: the login stops at once, and no new one is made.
    _patch(client, scim, report_id, {"op": "replace", "value": {"active": False}})
    token = rsa_key.token(sub="s-report", email="report@example.com")
    assert_problem(sso.get(ME, headers=bearer(token)), 401)


def test_no_account_for_leavers_strangers_or_linked_employees(client, scim, sso, rsa_key, org):
    gone = _provision(client, scim, "gone@example.com")
    _patch(client, scim, gone, {"op": "Replace", "path": "active", "value": "False"})
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token(email="gone@example.com"))), 401)
    assert_problem(sso.get(ME, headers=bearer(rsa_key.token(email="nobody@example.com"))), 401)
    # HR's own account keeps its role; an employee linked to an account under another e-mail
    # gets no second one.
    assert org.member.employee is not None
    token = rsa_key.token(sub="s-mia", email=org.member.employee.email)
    assert_problem(sso.get(ME, headers=bearer(token)), 401)
