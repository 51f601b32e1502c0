"""Grievances and evaluations carry ETags; HR's writes honour If-Match (412 when stale), so two
HR members, a double click or a script run twice cannot overwrite or repeat each other."""

from __future__ import annotations

from datetime import date, timedelta

from tests.evaluations.test_router import BODY, age
from tests.helpers import assert_problem, audit_events


def raise_grievance(client, programme, pairing_id):
    response = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": pairing_id, "kind": "grievance", "description": "Cancelled again"},
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_grievance_writes_honour_if_match(client, programme, engine, factory):
    pairing = factory.pairing(programme)
    grievance = raise_grievance(client, programme, pairing["id"])
    hr = programme.org.hr.headers
    url = f"/api/v1/grievances/{grievance['id']}"

    read = client.get(url, headers=hr)
    etag = read.headers["etag"]
    assert etag == f'"grievance-{grievance["id"]}-v{grievance["version"]}"'
    # The raiser reads the same version.
    assert client.get(url, headers=programme.mentee.headers).headers["etag"] == etag

    first = client.post(
        f"{url}/actions", headers=hr | {"If-Match": etag}, json={"note": "Called both"}
    )
    assert first.status_code == 200, first.text
    assert (
        first.headers["etag"] != etag
        and first.headers["etag"] == client.get(url, headers=hr).headers["etag"]
    )

    # A second HR tab with the old copy: refused, nothing logged.
    stale = client.post(
        f"{url}/actions", headers=hr | {"If-Match": etag}, json={"note": "Called both again"}
    )
    assert_problem(stale, 412)
    resolve = {"outcome": "resolved", "resolution": "New schedule agreed"}
    assert_problem(
        client.post(f"{url}/resolve", headers=hr | {"If-Match": etag}, json=resolve), 412
    )
    # A weak tag never matches (strong comparison).
    weak = "W/" + first.headers["etag"]
    assert_problem(
        client.post(f"{url}/resolve", headers=hr | {"If-Match": weak}, json=resolve), 412
    )
    stored = client.get(url, headers=hr).json()
    assert [a["note"] for a in stored["actions"]] == ["Called both"]
    assert stored["status"] == "under_review"
    assert len(audit_events(engine, action="grievance.action")) == 1
    assert audit_events(engine, action="grievance.resolve") == []

    done = client.post(
        f"{url}/resolve", headers=hr | {"If-Match": first.headers["etag"]}, json=resolve
    )
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "resolved"


def test_an_evaluation_sent_twice_with_one_etag_is_recorded_once(
    client, programme, engine, factory
):
    pairing = factory.pairing(programme)
    today = date.today()
    age(engine, pairing["id"], start=today - timedelta(days=200), due=today)
    hr = programme.org.hr.headers
    etag = client.get(f"/api/v1/pairings/{pairing['id']}", headers=hr).headers["etag"]
    extend = BODY | {"outcome": "extend", "extend_months": 2}
    url = f"/api/v1/pairings/{pairing['id']}/evaluation"

    created = client.post(url, headers=hr | {"If-Match": etag}, json=extend)
    assert created.status_code == 201, created.text
    evaluation = created.json()
    assert created.headers["etag"] == f'"evaluation-{evaluation["id"]}-v1"'
    # The double click: the same ETag again is refused; no second evaluation, no second
    # extension.
    assert_problem(client.post(url, headers=hr | {"If-Match": etag}, json=extend), 412)
    evaluations = client.get(
        "/api/v1/evaluations", headers=hr, params={"pairing_id": pairing["id"]}
    ).json()["items"]
    assert [e["id"] for e in evaluations] == [evaluation["id"]]
    assert len(audit_events(engine, action="evaluation.create")) == 1

    read = client.get(f"/api/v1/evaluations/{evaluation['id']}", headers=hr)
    assert read.headers["etag"] == created.headers["etag"]
