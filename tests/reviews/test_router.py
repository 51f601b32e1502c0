"""Periodic reviews: derived status on the boundary dates, the forms, HR's follow-up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from tests.helpers import assert_problem, audit_events

REVIEWS = "/api/v1/reviews"
FORM = {"progress": 4, "relationship_health": 5, "comments": "Good sessions", "concern": False}


@pytest.fixture
def active(client, programme, factory):
    return factory.pairing(programme)


def reviews_of(client, person, pairing_id, **params):
    response = client.get(
        REVIEWS, headers=person.headers, params={"pairing_id": pairing_id, "limit": 100} | params
    )
    assert response.status_code == 200, response.text
    return response.json()["items"]


def set_due(engine, review_id, due):
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": due, "id": review_id},
        )


def test_status_on_the_boundary_dates(client, programme, active, engine):
    org = programme.org
    first, second, third = reviews_of(client, org.hr, active["id"])[:3]
    assert {r["status"] for r in (first, second, third)} == {"scheduled"}
    today = date.today()
    set_due(engine, first["id"], today)  # due today: not yet overdue
    set_due(engine, second["id"], today - timedelta(days=1))  # due yesterday: overdue
    by_id = {r["id"]: r["status"] for r in reviews_of(client, org.hr, active["id"])}
    assert by_id[first["id"]] == "scheduled" and by_id[second["id"]] == "overdue"
    overdue = reviews_of(client, org.hr, active["id"], status="overdue")
    assert [r["id"] for r in overdue] == [second["id"]]
    scheduled = reviews_of(client, org.hr, active["id"], status="scheduled")
    assert first["id"] in [r["id"] for r in scheduled] and second["id"] not in [
        r["id"] for r in scheduled
    ]
    due_before = reviews_of(client, org.hr, active["id"], due_before=today.isoformat())
    assert [r["id"] for r in due_before] == [second["id"]]
    # Both forms in: submitted, even when late.
    for person, side in ((programme.mentor, "mentor"), (programme.mentee, "mentee")):
        client.put(f"{REVIEWS}/{second['id']}/forms/{side}", headers=person.headers, json=FORM)
    assert client.get(f"{REVIEWS}/{second['id']}", headers=org.hr.headers).json()["status"] == (
        "submitted"
    )


def test_status_follows_the_organisations_time_zone(client, programme, active, engine):
    """`today` is the organisation's: the list reads its time zone in the page's own statement
    (the single review and the status filter read it first); both must agree."""
    org = programme.org
    utc_today = datetime.now(UTC).date()
    # A zone whose date is not UTC's right now (UTC+14 from 10:00 UTC, UTC-12 before 12:00).
    zone = next(
        name
        for name in ("Pacific/Kiritimati", "Etc/GMT+12")
        if datetime.now(ZoneInfo(name)).date() != utc_today
    )
    local_today = datetime.now(ZoneInfo(zone)).date()
    settings = client.put(
        "/api/v1/programme-settings", headers=org.hr.headers, json={"timezone": zone}
    )
    assert settings.status_code == 200, settings.text
    review = reviews_of(client, org.hr, active["id"])[0]
    set_due(engine, review["id"], min(utc_today, local_today))
    # Overdue once the organisation's day is past the due date: ahead of UTC, a review due on
    # UTC's today is overdue already; behind UTC, one due on its own today is not.
    expected = "overdue" if local_today > utc_today else "scheduled"
    listed = {r["id"]: r["status"] for r in reviews_of(client, org.hr, active["id"])}
    single = client.get(f"{REVIEWS}/{review['id']}", headers=org.hr.headers).json()["status"]
    filtered = [r["id"] for r in reviews_of(client, org.hr, active["id"], status=expected)]
    assert listed[review["id"]] == single == expected and review["id"] in filtered


def test_forms_only_by_that_person_or_hr_with_a_note(client, programme, active, engine):
    org = programme.org
    review = reviews_of(client, org.hr, active["id"])[0]
    url = f"{REVIEWS}/{review['id']}/forms"
    assert_problem(client.put(f"{url}/mentor", headers=programme.mentee.headers, json=FORM), 403)
    assert_problem(client.put(f"{url}/mentee", headers=programme.mentor.headers, json=FORM), 403)
    assert_problem(client.put(f"{url}/mentee", headers=org.leader.headers, json=FORM), 403)
    assert_problem(client.put(f"{url}/mentee", headers=org.outsider.headers, json=FORM), 404)
    for person in (org.hris, org.reporting):
        assert_problem(client.put(f"{url}/mentee", headers=person.headers, json=FORM), 403)
    assert_problem(client.put(f"{url}/mentee", headers=org.hr.headers, json=FORM), 422)
    mentor = client.put(f"{url}/mentor", headers=programme.mentor.headers, json=FORM)
    assert mentor.status_code == 200, mentor.text
    assert mentor.json()["status"] == "scheduled"
    assert mentor.json()["mentor_form"]["progress"] == 4
    on_behalf = client.put(
        f"{url}/mentee",
        headers=org.hr.headers,
        json=FORM | {"on_behalf_note": "Paper form handed in on 3 Nov"},
    )
    body = on_behalf.json()
    assert body["status"] == "submitted" and body["submitted_at"]
    assert body["mentee_form"]["submitted_by"] == f"user:{org.hr.user.id}"
    assert body["mentee_form"]["on_behalf_note"] == "Paper form handed in on 3 Nov"
    actions = [e.action for e in audit_events(engine, entity="review")]
    assert actions == ["review.mentor_form", "review.mentee_form"]
    # Filed for both participants, sent to the team leader.
    file = client.get(
        f"/api/v1/employees/{programme.mentor.id}/personnel-file",
        headers=org.hr.headers,
        params={"document_type": "review_form"},
    ).json()
    assert len(file["items"]) == 2


@pytest.mark.parametrize(
    "form",
    [
        {"progress": 0, "relationship_health": 3},
        {"progress": 6, "relationship_health": 3},
        {"progress": 3},
        {"progress": 3, "relationship_health": 3, "concern": "maybe"},
        {"progress": 3, "relationship_health": 3, "submitted_at": "2026-01-01T00:00:00Z"},
    ],
)
def test_bad_forms(client, programme, active, form):
    review = reviews_of(client, programme.org.hr, active["id"])[0]
    assert_problem(
        client.put(
            f"{REVIEWS}/{review['id']}/forms/mentor", headers=programme.mentor.headers, json=form
        ),
        422,
    )


def test_concern_notifies_hr(client, programme, active):
    org = programme.org
    review = reviews_of(client, org.hr, active["id"])[0]
    client.put(
        f"{REVIEWS}/{review['id']}/forms/mentee",
        headers=programme.mentee.headers,
        json=FORM | {"concern": True, "comments": "We rarely meet"},
    )
    inbox = client.get("/api/v1/notifications", headers=org.hr.headers).json()["items"]
    assert inbox[0]["kind"] == "review_concern" and inbox[0]["document_id"] == review["id"]
    assert (
        client.get("/api/v1/notifications", headers=org.other_leader.headers).json()["items"] == []
    )


def test_follow_up_and_etag(client, programme, active):
    org = programme.org
    review = reviews_of(client, org.hr, active["id"])[0]
    url = f"{REVIEWS}/{review['id']}"
    etag = client.get(url, headers=org.hr.headers).headers["ETag"]
    followed = client.put(
        f"{url}/follow-up",
        headers=org.hr.headers | {"If-Match": etag},
        json={"notes": "Called both; agreed weekly", "action_required": True},
    )
    assert followed.status_code == 200
    assert followed.json()["hr_follow_up"]["action_required"] is True
    assert_problem(
        client.put(
            f"{url}/follow-up", headers=org.hr.headers | {"If-Match": etag}, json={"notes": "again"}
        ),
        412,
    )
    assert_problem(
        client.put(
            f"{url}/forms/mentor", headers=programme.mentor.headers | {"If-Match": etag}, json=FORM
        ),
        412,
    )
    for person in (org.leader, programme.mentor, org.reporting):
        assert_problem(
            client.put(f"{url}/follow-up", headers=person.headers, json={"notes": "x"}), 403
        )
    assert_problem(client.put(f"{url}/follow-up", headers=org.hr.headers, json={"notes": ""}), 422)


def test_forms_refused_once_the_pairing_ended(client, programme, active):
    org = programme.org
    review = reviews_of(client, org.hr, active["id"])[0]
    client.post(
        f"/api/v1/pairings/{active['id']}/terminate",
        headers=org.hr.headers,
        json={"reason": "Mentor left"},
    )
    assert client.get(f"{REVIEWS}/{review['id']}", headers=org.hr.headers).json()["status"] == (
        "cancelled"
    )
    response = client.put(
        f"{REVIEWS}/{review['id']}/forms/mentor", headers=programme.mentor.headers, json=FORM
    )
    assert assert_problem(response, 409)["reasons"] == ["review_cancelled"]


def test_review_visibility(client, programme, active):
    org = programme.org
    for person in (org.hr, org.reporting, org.leader, programme.mentor, programme.mentee):
        assert len(reviews_of(client, person, active["id"])) == 5
    for person in (org.other_leader, org.outsider):
        assert reviews_of(client, person, active["id"]) == []
    review = reviews_of(client, org.hr, active["id"])[0]
    assert_problem(client.get(f"{REVIEWS}/{review['id']}", headers=org.outsider.headers), 404)
    assert_problem(client.get(REVIEWS, headers=org.hris.headers), 403)
    assert_problem(client.get(REVIEWS, headers=org.hr.headers, params={"status": "late"}), 422)


def test_if_match_on_review_writes_compares_strongly(client, programme, active):
    org = programme.org
    review = reviews_of(client, org.hr, active["id"])[0]
    url = f"{REVIEWS}/{review['id']}"
    etag = client.get(url, headers=org.hr.headers).headers["ETag"]
    for refused in (f"W/{etag}", f'"review-0-v1", W/{etag}', f"{etag}, *"):
        assert_problem(
            client.put(
                f"{url}/forms/mentor",
                headers=programme.mentor.headers | {"If-Match": refused},
                json=FORM,
            ),
            412,
        )
        assert_problem(
            client.put(
                f"{url}/follow-up",
                headers=org.hr.headers | {"If-Match": refused},
                json={"notes": "x"},
            ),
            412,
        )
    filed = client.put(
        f"{url}/forms/mentor",
        headers=programme.mentor.headers | {"If-Match": f'W/"stale", {etag}'},
        json=FORM,
    )
    assert filed.status_code == 200, filed.text
    followed = client.put(
        f"{url}/follow-up", headers=org.hr.headers | {"If-Match": "*"}, json={"notes": "Called"}
    )
    assert followed.status_code == 200, followed.text
