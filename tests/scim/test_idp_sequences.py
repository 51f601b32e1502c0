"""The provisioning sequences Okta and Entra ID send, replayed request by request: create,
PATCH replace of attributes and of `active`, a manager change, deactivation. Each lands in the
employee model through the employee service: audited, and a leaver's login stops at once."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from api.auth.models import User
from api.employees.models import Department, Employee
from tests.helpers import audit_events
from tests.scim.test_users import ENTERPRISE, PATCH_OP, PEERMENTOR, SCIM, scim, scim_error

__all__ = ["scim"]  # the fixture


def _row(engine: Any, model: Any, row_id: int) -> Any:
    with Session(engine, expire_on_commit=False) as session:
        found = session.get(model, row_id)
        assert found is not None
        session.expunge(found)
        return found


def _patch(client: Any, headers: dict[str, str], user_id: str, *operations: Any) -> Any:
    response = client.patch(
        f"{SCIM}/Users/{user_id}",
        headers=headers,
        json={"schemas": [PATCH_OP], "Operations": list(operations)},
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_okta_sequence(client, scim, engine, org, factory):
    # Okta first looks the user up by userName.
    lookup = client.get(
        f"{SCIM}/Users",
        headers=scim,
        params={"filter": 'userName eq "grace@example.com"', "startIndex": 1, "count": 100},
    )
    assert lookup.json()["totalResults"] == 0
    created = client.post(
        f"{SCIM}/Users",
        headers=scim,
        json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE, PEERMENTOR],
            "userName": "grace@example.com",
            "name": {"givenName": "Grace", "familyName": "Hopper"},
            "emails": [{"primary": True, "value": "grace@example.com", "type": "work"}],
            "displayName": "Grace Hopper",
            "locale": "en-US",
            "externalId": "00u1okta",
            "groups": [],
            "active": True,
            ENTERPRISE: {"department": "Research", "division": "Engineering"},
            PEERMENTOR: {"level": "M2", "isManagerial": True, "hireDate": "2021-03-01"},
        },
    )
    assert created.status_code == 201, created.text
    user = created.json()
    employee_id = int(user["id"])
    row = _row(engine, Employee, employee_id)
    department = _row(engine, Department, row.department_id)
    assert department.name == "Research"  # created by name
    assert (row.function, row.level, row.is_managerial, str(row.hire_date)) == (
        "Engineering",
        "M2",
        True,
        "2021-03-01",
    )
    login = factory.user("employee", row, email="grace@example.com")

    # A profile change: Okta PUTs the whole user; PeerMentor's fields left out keep their value.
    replaced = client.put(
        f"{SCIM}/Users/{employee_id}",
        headers=scim,
        json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
            "id": user["id"],
            "userName": "grace@example.com",
            "name": {"givenName": "Grace", "familyName": "Brewster Hopper"},
            "emails": [{"primary": True, "value": "grace@example.com", "type": "work"}],
            "displayName": "Grace Brewster Hopper",
            "externalId": "00u1okta",
            "title": "Rear Admiral",
            "active": True,
            ENTERPRISE: {
                "department": "Research",
                "division": "Engineering",
                "manager": {"value": str(org.leader.id)},
            },
        },
    )
    assert replaced.status_code == 200, replaced.text
    row = _row(engine, Employee, employee_id)
    assert (row.full_name, row.job_title, row.team_leader_id, row.level) == (
        "Grace Brewster Hopper",
        "Rear Admiral",
        org.leader.id,
        "M2",
    )
    assert replaced.json()[ENTERPRISE]["manager"]["value"] == str(org.leader.id)

    # Okta's PATCH without a path: a value object of attributes.
    patched = _patch(client, scim, user["id"], {"op": "replace", "value": {"title": "Commodore"}})
    assert patched["title"] == "Commodore"
    # The manager changes.
    patched = _patch(
        client,
        scim,
        user["id"],
        {"op": "replace", "value": {ENTERPRISE: {"manager": {"value": str(org.other_leader.id)}}}},
    )
    assert _row(engine, Employee, employee_id).team_leader_id == org.other_leader.id

    # Deactivation: the employee is terminated, their login stops at once.
    assert client.get("/api/v1/auth/me", headers=login.headers).status_code == 200
    patched = _patch(client, scim, user["id"], {"op": "replace", "value": {"active": False}})
    assert patched["active"] is False
    assert _row(engine, Employee, employee_id).status == "terminated"
    assert _row(engine, User, login.user.id).is_active is False
    assert client.get("/api/v1/auth/me", headers=login.headers).status_code == 401
    # Still there for Okta (and the records), found again by userName.
    again = client.get(
        f"{SCIM}/Users", headers=scim, params={"filter": 'userName eq "grace@example.com"'}
    ).json()
    assert [r["active"] for r in again["Resources"]] == [False]
    # Every write is audited as the hris service account.
    actions = [e.action for e in audit_events(engine, entity="employee")]
    assert actions.count("employee.create") == 1 and actions.count("employee.update") == 4
    assert {e.actor_role for e in audit_events(engine, entity="employee")} == {"hris"}


def test_entra_id_sequence(client, scim, engine, org, factory):
    lookup = client.get(
        f"{SCIM}/Users", headers=scim, params={"filter": 'userName eq "alan@example.com"'}
    )
    assert lookup.json()["Resources"] == []
    created = client.post(
        f"{SCIM}/Users",
        headers=scim,
        json={
            "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User", ENTERPRISE],
            "externalId": "alan",
            "userName": "alan@example.com",
            "active": True,
            "displayName": "Alan Turing",
            "emails": [{"primary": True, "type": "work", "value": "alan@example.com"}],
            "meta": {"resourceType": "User"},
            "name": {"formatted": "Alan Turing", "familyName": "Turing", "givenName": "Alan"},
            "title": "Cryptanalyst",
            ENTERPRISE: {"employeeNumber": "1912", "department": "Operations"},
        },
    )
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    employee_id = int(user_id)
    login = factory.user("employee", _row(engine, Employee, employee_id), email="alan@example.com")

    # Entra ID: capitalised ops, one attribute per operation, the manager as a bare id.
    _patch(
        client,
        scim,
        user_id,
        {"op": "Replace", "path": "title", "value": "Head of Hut 8"},
        {"op": "Replace", "path": "displayName", "value": "Alan M. Turing"},
        {"op": "Add", "path": f"{ENTERPRISE}:department", "value": "Finance"},
    )
    row = _row(engine, Employee, employee_id)
    assert (row.job_title, row.full_name, row.department_id) == (
        "Head of Hut 8",
        "Alan M. Turing",
        org.other_dept.id,
    )
    _patch(
        client,
        scim,
        user_id,
        {"op": "Add", "path": f"{ENTERPRISE}:manager", "value": str(org.other_leader.id)},
    )
    assert _row(engine, Employee, employee_id).team_leader_id == org.other_leader.id
    # A manager change, then its removal.
    _patch(
        client,
        scim,
        user_id,
        {"op": "Replace", "path": f"{ENTERPRISE}:manager", "value": str(org.leader.id)},
    )
    assert _row(engine, Employee, employee_id).team_leader_id == org.leader.id
    _patch(client, scim, user_id, {"op": "Remove", "path": f"{ENTERPRISE}:manager"})
    assert _row(engine, Employee, employee_id).team_leader_id is None
    # The work e-mail changes (userName moves with it: they were one).
    moved = _patch(
        client,
        scim,
        user_id,
        {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "a.turing@example.com"},
    )
    assert moved["emails"][0]["value"] == "a.turing@example.com"
    assert _row(engine, Employee, employee_id).email == "a.turing@example.com"

    # Soft delete: `active` as the string "False".
    deactivated = _patch(
        client, scim, user_id, {"op": "Replace", "path": "active", "value": "False"}
    )
    assert deactivated["active"] is False
    assert _row(engine, Employee, employee_id).status == "terminated"
    assert _row(engine, User, login.user.id).is_active is False
    assert audit_events(engine, action="user.deactivate")
    # Restored within Entra's 30 days: active again (HR turns the login back on by hand).
    restored = _patch(client, scim, user_id, {"op": "Replace", "path": "active", "value": "True"})
    assert restored["active"] is True
    assert _row(engine, Employee, employee_id).status == "active"

    # Hard delete after 30 days: terminated and kept, but gone from SCIM.
    assert client.delete(f"{SCIM}/Users/{user_id}", headers=scim).status_code == 204
    scim_error(client.get(f"{SCIM}/Users/{user_id}", headers=scim), 404)
    row = _row(engine, Employee, employee_id)
    assert row.status == "terminated" and row.scim_deleted_at is not None
    found = client.get(
        f"{SCIM}/Users", headers=scim, params={"filter": 'externalId eq "alan"'}
    ).json()
    assert found["totalResults"] == 0


def test_etag_and_if_match(client, scim, org):
    user = client.get(f"{SCIM}/Users/{org.member.id}", headers=scim)
    version = user.headers["ETag"]
    assert version == user.json()["meta"]["version"] and version.startswith('W/"')
    operation = {
        "schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": "title", "value": "Planner"}],
    }
    changed = client.patch(
        f"{SCIM}/Users/{org.member.id}", headers=scim | {"If-Match": version}, json=operation
    )
    assert changed.status_code == 200
    assert changed.headers["ETag"] != version
    stale = client.patch(
        f"{SCIM}/Users/{org.member.id}", headers=scim | {"If-Match": version}, json=operation
    )
    scim_error(stale, 412)
    scim_error(
        client.delete(f"{SCIM}/Users/{org.member.id}", headers=scim | {"If-Match": version}), 412
    )


def test_patch_remove_and_add_without_path(client, scim, engine, org):
    _patch(client, scim, str(org.member.id), {"op": "add", "value": {"title": "Buyer"}})
    assert _row(engine, Employee, org.member.id).job_title == "Buyer"
    _patch(client, scim, str(org.member.id), {"op": "remove", "path": "title"})
    assert _row(engine, Employee, org.member.id).job_title is None
    # PeerMentor's own fields through the extension, with a path.
    _patch(
        client,
        scim,
        str(org.member.id),
        {"op": "replace", "path": f"{PEERMENTOR}:level", "value": "M3"},
    )
    assert _row(engine, Employee, org.member.id).level == "M3"
