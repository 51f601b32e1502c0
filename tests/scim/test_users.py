"""SCIM 2.0 Users: the protocol as Okta and Entra ID use it, against the employee model."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.employees.models import Employee
from tests.factories import Org
from tests.helpers import audit_events

SCIM = "/scim/v2"
CORE = "urn:ietf:params:scim:schemas:core:2.0:User"
ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
PEERMENTOR = "urn:peermentor:params:scim:schemas:extension:2.0:User"
PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
SCIM_JSON = "application/scim+json"


@pytest.fixture
def scim(client: TestClient, org: Org) -> dict[str, str]:
    """Headers with a SCIM token HR issued for the hris service account."""
    response = client.post(
        f"/api/v1/service-accounts/{org.hris.actor.id}/scim-tokens",
        headers=org.hr.headers,
        json={"name": "Okta"},
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}", "Content-Type": SCIM_JSON}


def scim_error(response: Any, status: int, scim_type: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(SCIM_JSON)
    body: dict[str, Any] = response.json()
    assert body["schemas"] == [ERROR]
    assert body["status"] == str(status)
    assert body.get("scimType") == scim_type, body
    return body


def new_user(email: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [CORE, ENTERPRISE],
        "userName": email,
        "externalId": "ext-" + email.split("@")[0],
        "name": {"givenName": "Ada", "familyName": "Lovelace"},
        "emails": [{"value": email, "type": "work", "primary": True}],
        "title": "Analyst",
        "active": True,
        ENTERPRISE: {"employeeNumber": "E-" + email.split("@")[0], "department": "Operations"},
    }
    body.update(extra)
    return body


def employee(engine: Any, employee_id: int) -> Employee:
    with Session(engine) as session:
        found = session.get(Employee, employee_id)
        assert found is not None
        session.expunge(found)
        return found


def test_create_get_and_find_a_user(client, scim, engine, org):
    created = client.post(f"{SCIM}/Users", headers=scim, json=new_user("ada@example.com"))
    assert created.status_code == 201, created.text
    assert created.headers["content-type"].startswith(SCIM_JSON)
    body = created.json()
    assert created.headers["Location"].endswith(f"/scim/v2/Users/{body['id']}")
    assert created.headers["ETag"] == body["meta"]["version"]
    assert body["userName"] == "ada@example.com"
    assert body["displayName"] == "Ada Lovelace"
    assert body[ENTERPRISE]["department"] == "Operations"
    # The defaults of PeerMentor's fields that SCIM lacks.
    assert body[PEERMENTOR]["level"] == "UNGRADED"
    assert body[PEERMENTOR]["isManagerial"] is False
    row = employee(engine, int(body["id"]))
    assert (row.email, row.full_name, row.job_title, row.department_id, row.status) == (
        "ada@example.com",
        "Ada Lovelace",
        "Analyst",
        org.dept.id,  # the existing department of that name, not a new one
        "active",
    )
    assert audit_events(engine, action="employee.create")
    got = client.get(f"{SCIM}/Users/{body['id']}", headers=scim)
    assert got.json() == body
    for query in (
        'userName eq "ADA@example.com"',
        'externalId eq "ext-ada"',
        'emails.value eq "ada@example.com"',
        'emails[type eq "work" and value eq "ada@example.com"]',
        'userName eq "nobody@example.com" or externalId eq "ext-ada"',
        f'{ENTERPRISE}:employeeNumber eq "E-ada" and active eq true',
        'displayName sw "ada L" and not (title co "boss")',
    ):
        found = client.get(f"{SCIM}/Users", headers=scim, params={"filter": query})
        assert found.status_code == 200, (query, found.text)
        assert [r["id"] for r in found.json()["Resources"]] == [body["id"]], query
        assert found.json()["totalResults"] == 1
    home = client.get(f"{SCIM}/Users", headers=scim, params={"filter": 'emails[type eq "home"]'})
    assert home.json()["totalResults"] == 0
    none = client.get(
        f"{SCIM}/Users", headers=scim, params={"filter": 'userName eq "x@example.com"'}
    )
    assert none.json()["totalResults"] == 0 and none.json()["Resources"] == []


def test_paging_with_start_index_and_count(client, scim):
    everyone = client.get(f"{SCIM}/Users", headers=scim).json()
    total = everyone["totalResults"]
    assert total == 5  # the org's people
    ids = [r["id"] for r in everyone["Resources"]]
    page = client.get(f"{SCIM}/Users", headers=scim, params={"startIndex": 2, "count": 3}).json()
    assert page["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:ListResponse"]
    assert (page["totalResults"], page["startIndex"], page["itemsPerPage"]) == (total, 2, 3)
    assert [r["id"] for r in page["Resources"]] == ids[1:4]
    empty = client.get(f"{SCIM}/Users", headers=scim, params={"count": 0}).json()
    assert empty["totalResults"] == total and empty["Resources"] == []


def test_errors_are_scim_errors(client, scim, org):
    client.post(f"{SCIM}/Users", headers=scim, json=new_user("ada@example.com"))
    scim_error(
        client.post(f"{SCIM}/Users", headers=scim, json=new_user("ada@example.com")),
        409,
        "uniqueness",
    )
    scim_error(
        client.get(f"{SCIM}/Users", headers=scim, params={"filter": "userName eq"}),
        400,
        "invalidFilter",
    )
    scim_error(
        client.get(f"{SCIM}/Users", headers=scim, params={"filter": 'nickName eq "x"'}),
        400,
        "invalidFilter",
    )
    bad_manager = new_user("bob@example.com")
    bad_manager[ENTERPRISE]["manager"] = {"value": "999999"}
    scim_error(client.post(f"{SCIM}/Users", headers=scim, json=bad_manager), 400, "invalidValue")
    no_department = new_user("cy@example.com")
    del no_department[ENTERPRISE]["department"]
    scim_error(client.post(f"{SCIM}/Users", headers=scim, json=no_department), 400, "invalidValue")
    scim_error(
        client.post(
            f"{SCIM}/Users",
            headers=scim,
            content=b"{not json",
        ),
        400,
        "invalidSyntax",
    )
    # Bytes that are not UTF-8 at all (FastAPI cannot even decode them): the same SCIM error.
    for path in ("/Users", "/Users/.search", "/.search"):
        scim_error(
            client.post(f"{SCIM}{path}", headers=scim, content=b"Y\xff"), 400, "invalidSyntax"
        )
    scim_error(client.get(f"{SCIM}/Users/999999", headers=scim), 404)
    scim_error(client.get(f"{SCIM}/Users/abc", headers=scim), 404)
    patch_nothing = {
        "schemas": [PATCH_OP],
        "Operations": [{"op": "replace", "path": 'emails[type eq "home"].value', "value": "x"}],
    }
    scim_error(
        client.patch(f"{SCIM}/Users/{org.member.id}", headers=scim, json=patch_nothing),
        400,
        "noTarget",
    )
    scim_error(
        client.patch(
            f"{SCIM}/Users/{org.member.id}",
            headers=scim,
            json={"schemas": [PATCH_OP], "Operations": [{"op": "jump", "path": "title"}]},
        ),
        400,
        "invalidValue",
    )
    scim_error(
        client.patch(
            f"{SCIM}/Users/{org.member.id}",
            headers=scim,
            json={
                "schemas": [PATCH_OP],
                "Operations": [{"op": "replace", "path": "id", "value": "7"}],
            },
        ),
        400,
        "mutability",
    )


def test_only_hris_service_accounts_and_valid_tokens(client, scim, org, factory):
    scim_error(client.get(f"{SCIM}/Users"), 401)
    scim_error(client.get(f"{SCIM}/Users", headers={"Authorization": "Bearer pmscim_nope"}), 401)
    scim_error(client.get(f"{SCIM}/Users", headers=org.hr.headers), 403)
    scim_error(client.get(f"{SCIM}/Users", headers=org.reporting.headers), 403)
    # The hris account's own access token works as well.
    assert client.get(f"{SCIM}/Users", headers=org.hris.headers).status_code == 200
