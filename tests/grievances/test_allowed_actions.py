"""`allowed_actions` on grievances, over HTTP: HR may log and resolve while it is open; the
person who raised it reads it and may do nothing to it."""

from __future__ import annotations

import pytest

from tests.helpers import assert_problem

GRIEVANCES = "/api/v1/grievances"


@pytest.fixture
def raised(client, programme, factory):
    pairing = factory.pairing(programme)
    response = client.post(
        GRIEVANCES,
        headers=programme.mentee.headers,
        json={"pairing_id": pairing["id"], "kind": "grievance", "description": "Late again"},
    )
    assert response.status_code == 201, response.text
    return response.json()


def _actions(client, person, grievance_id):
    detail = client.get(f"{GRIEVANCES}/{grievance_id}", headers=person.headers)
    assert detail.status_code == 200, detail.text
    [row] = [
        g
        for g in client.get(GRIEVANCES, headers=person.headers).json()["items"]
        if g["id"] == grievance_id
    ]
    assert row["allowed_actions"] == detail.json()["allowed_actions"]
    return detail.json()["allowed_actions"]


def test_per_role_and_state(client, programme, raised):
    org = programme.org
    gid = raised["id"]
    assert raised["allowed_actions"] == []  # the raiser reads it back
    assert _actions(client, org.hr, gid) == ["add_action", "resolve"]
    assert _actions(client, programme.mentee, gid) == []
    # The other participant and the team leaders do not see it.
    for person in (programme.mentor, org.leader):
        assert_problem(client.get(f"{GRIEVANCES}/{gid}", headers=person.headers), 404)
    # Unlisted for the raiser: refused.
    assert_problem(
        client.post(
            f"{GRIEVANCES}/{gid}/actions", headers=programme.mentee.headers, json={"note": "x"}
        ),
        403,
    )
    # Listed for HR: it works; under review, both stay listed.
    logged = client.post(f"{GRIEVANCES}/{gid}/actions", headers=org.hr.headers, json={"note": "x"})
    assert logged.status_code == 200, logged.text
    assert logged.json()["status"] == "under_review"
    assert logged.json()["allowed_actions"] == ["add_action", "resolve"]
    resolved = client.post(
        f"{GRIEVANCES}/{gid}/resolve",
        headers=org.hr.headers,
        json={"outcome": "dismissed", "resolution": "Talked it through"},
    )
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["allowed_actions"] == []
    assert _actions(client, org.hr, gid) == []
    assert _actions(client, programme.mentee, gid) == []
    # Neither is listed any more: a 409.
    assert_problem(
        client.post(f"{GRIEVANCES}/{gid}/actions", headers=org.hr.headers, json={"note": "y"}),
        409,
    )
