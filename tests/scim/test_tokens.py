"""Long-lived SCIM tokens of hris service accounts: issued once by HR, stored hashed, listed
without the secret, revocable, and only as good as the account behind them."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.models import ScimToken
from tests.helpers import assert_problem, audit_events
from tests.scim.test_users import SCIM, scim_error


def _issue(client, org, account_id=None, name="Entra ID"):
    return client.post(
        f"/api/v1/service-accounts/{account_id or org.hris.actor.id}/scim-tokens",
        headers=org.hr.headers,
        json={"name": name},
    )


def test_issue_list_use_and_revoke(client, engine, org):
    issued = _issue(client, org)
    assert issued.status_code == 201, issued.text
    token = issued.json()["token"]
    assert token.startswith("pmscim_")
    with Session(engine) as session:
        stored = session.scalars(select(ScimToken)).one()
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in stored.token_hash
    listed = client.get(
        f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens", headers=org.hr.headers
    )
    assert listed.status_code == 200
    assert [t["name"] for t in listed.json()["items"]] == ["Entra ID"]
    assert "token" not in listed.json()["items"][0]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get(f"{SCIM}/Users", headers=headers).status_code == 200
    # SCIM tokens are for SCIM only.
    assert_problem(client.get("/api/v1/employees", headers=headers), 401)

    revoked = client.delete(
        f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens/{stored.id}",
        headers=org.hr.headers,
    )
    assert revoked.status_code == 204
    scim_error(client.get(f"{SCIM}/Users", headers=headers), 401)
    assert [e.action for e in audit_events(engine, entity="scim_token")] == [
        "scim_token.create",
        "scim_token.revoke",
    ]
    listed = client.get(
        f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens", headers=org.hr.headers
    ).json()
    assert listed["items"][0]["revoked_at"] is not None


def test_a_deactivated_account_s_token_stops_working(client, org):
    token = _issue(client, org).json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get(f"{SCIM}/Users", headers=headers).status_code == 200
    deactivated = client.post(
        f"/api/v1/service-accounts/{org.hris.actor.id}/deactivate", headers=org.hr.headers
    )
    assert deactivated.status_code == 200
    scim_error(client.get(f"{SCIM}/Users", headers=headers), 401)


def test_only_hr_issues_and_only_for_hris_accounts(client, org):
    assert_problem(_issue(client, org, account_id=org.reporting.actor.id), 409)
    assert_problem(_issue(client, org, account_id=999999), 404)
    refused = client.post(
        f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens",
        headers=org.hris.headers,
        json={"name": "self-issued"},
    )
    assert_problem(refused, 403)
    assert_problem(
        client.delete(
            f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens/999", headers=org.hr.headers
        ),
        404,
    )
