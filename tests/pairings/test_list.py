"""The pairing list reads plain rows with approvals and acknowledgements built as JSON by the
database: each item must be exactly what reading the pairing alone answers."""

from __future__ import annotations

from sqlalchemy import text

from tests.factories import pairing_body


def test_list_items_equal_the_single_reads(client, programme, engine, factory):
    active = factory.pairing(programme)
    hr = programme.org.hr.headers
    # Same moment for both approvals (as imported data often has): still in the order given.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE pairing_approvals SET at = :at WHERE pairing_id = :p"),
            {"at": "2026-09-10 00:00:00.000000", "p": active["id"]},
        )
    listed = client.get("/api/v1/pairings", headers=hr, params={"limit": 50})
    assert listed.status_code == 200
    [item] = listed.json()["items"]
    single = client.get(f"/api/v1/pairings/{active['id']}", headers=hr).json()
    assert item == single
    # In the order given, with UTC timestamps, on both databases.
    assert [a["role"] for a in item["approvals"]] == ["team_leader", "hr_admin"]
    assert [a["employee_id"] for a in item["acknowledgements"]] == [
        programme.mentor.id,
        programme.mentee.id,
    ]
    assert all(a["at"].endswith("Z") for a in item["approvals"] + item["acknowledgements"])


def test_a_pairing_without_approvals_lists_empty_arrays(client, programme):
    org = programme.org
    proposed = client.post(
        "/api/v1/pairings",
        headers=org.hr.headers,
        json=pairing_body(
            programme, goals=["g"], meeting_cadence="weekly", start_date="2026-12-01"
        ),
    ).json()
    [item] = client.get("/api/v1/pairings", headers=org.hr.headers).json()["items"]
    assert item["id"] == proposed["id"]
    assert item["approvals"] == [] and item["acknowledgements"] == []
