from __future__ import annotations

from tests.helpers import assert_problem

AUDIT = "/api/v1/audit-events"


def test_hr_reads_the_audit_log_newest_first_with_filters(client, org):
    for name in ("Legal", "Facilities", "Security"):
        client.post("/api/v1/departments", headers=org.hr.headers, json={"name": name})
    # The HRIS writes through its sync (a service account as the actor).
    synced = client.post(
        "/api/v1/integrations/hris/sync",
        headers=org.hris.headers,
        json={"departments": [{"external_id": "D-OPS", "name": "Operations & Logistics"}]},
    )
    assert synced.json()["departments"]["updated"] == 1, synced.text
    page = client.get(AUDIT, headers=org.hr.headers, params={"limit": 2}).json()
    assert [e["action"] for e in page["items"]] == ["department.update", "department.create"]
    event = page["items"][0]
    assert event["actor"] == f"service:{org.hris.actor.id}" and event["actor_role"] == "hris"
    assert event["entity"] == "department" and event["entity_id"] == org.dept.id
    assert event["changes"] == {
        "before": {"name": "Operations"},
        "after": {"name": "Operations & Logistics"},
    }
    assert event["at"].endswith(("+00:00", "Z"))
    rest = client.get(AUDIT, headers=org.hr.headers, params={"cursor": page["next_cursor"]}).json()
    assert len(rest["items"]) == 2 and rest["next_cursor"] is None
    only = client.get(
        AUDIT, headers=org.hr.headers, params={"entity": "department", "entity_id": org.dept.id}
    ).json()
    assert [e["action"] for e in only["items"]] == ["department.update"]
    by_actor = client.get(
        AUDIT, headers=org.hr.headers, params={"actor": f"user:{org.hr.user.id}"}
    ).json()
    assert len(by_actor["items"]) == 3
    assert_problem(
        client.get(AUDIT, headers=org.hr.headers, params={"since": "2026-01-01T00:00:00"}), 422
    )
    future = client.get(
        AUDIT, headers=org.hr.headers, params={"since": "2999-01-01T00:00:00Z"}
    ).json()
    assert future["items"] == []


def test_only_hr_reads_the_audit_log(client, org):
    for person in (org.leader, org.member, org.hris, org.reporting):
        assert_problem(client.get(AUDIT, headers=person.headers), 403)
    assert_problem(client.get(AUDIT), 401)
