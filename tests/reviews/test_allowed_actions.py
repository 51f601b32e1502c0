"""`allowed_actions` on periodic reviews, over HTTP: each participant's own form, HR on
their behalf and its follow-up; nothing for team leaders; no forms once the pairing ended."""

from __future__ import annotations

from tests.helpers import assert_problem

REVIEWS = "/api/v1/reviews"
FORM = {"progress": 4, "relationship_health": 5, "comments": "Good sessions", "concern": False}
BOTH = ["submit_mentor_form", "submit_mentee_form", "follow_up"]


def _first(client, person, pairing_id):
    items = client.get(REVIEWS, headers=person.headers, params={"pairing_id": pairing_id}).json()[
        "items"
    ]
    first = min(items, key=lambda r: r["sequence"])
    detail = client.get(f"{REVIEWS}/{first['id']}", headers=person.headers)
    assert detail.status_code == 200
    assert detail.json()["allowed_actions"] == first["allowed_actions"]
    return first


def test_per_role_on_an_active_pairing(client, programme, factory):
    org = programme.org
    pairing = factory.pairing(programme)
    review = _first(client, org.hr, pairing["id"])
    assert review["allowed_actions"] == BOTH
    assert _first(client, programme.mentor, pairing["id"])["allowed_actions"] == [
        "submit_mentor_form"
    ]
    assert _first(client, programme.mentee, pairing["id"])["allowed_actions"] == [
        "submit_mentee_form"
    ]
    assert _first(client, org.leader, pairing["id"])["allowed_actions"] == []
    assert _first(client, org.reporting, pairing["id"])["allowed_actions"] == []
    rid = review["id"]
    # Unlisted: refused.
    assert_problem(
        client.put(f"{REVIEWS}/{rid}/forms/mentee", headers=programme.mentor.headers, json=FORM),
        403,
    )
    assert_problem(
        client.put(f"{REVIEWS}/{rid}/forms/mentor", headers=org.leader.headers, json=FORM), 403
    )
    assert_problem(
        client.put(
            f"{REVIEWS}/{rid}/follow-up", headers=programme.mentor.headers, json={"notes": "x"}
        ),
        403,
    )
    # Listed: it works, and the answer lists the same for the filer.
    filed = client.put(f"{REVIEWS}/{rid}/forms/mentor", headers=programme.mentor.headers, json=FORM)
    assert filed.status_code == 200, filed.text
    assert filed.json()["allowed_actions"] == ["submit_mentor_form"]
    followed = client.put(
        f"{REVIEWS}/{rid}/follow-up", headers=org.hr.headers, json={"notes": "ok"}
    )
    assert followed.status_code == 200 and followed.json()["allowed_actions"] == BOTH


def test_an_ended_pairing_offers_hr_the_follow_up_only(client, programme, factory):
    org = programme.org
    pairing = factory.pairing(programme, "terminated")
    review = _first(client, org.hr, pairing["id"])
    assert review["status"] == "cancelled"
    assert review["allowed_actions"] == ["follow_up"]
    assert _first(client, programme.mentor, pairing["id"])["allowed_actions"] == []
    assert_problem(
        client.put(
            f"{REVIEWS}/{review['id']}/forms/mentor", headers=programme.mentor.headers, json=FORM
        ),
        409,
    )
