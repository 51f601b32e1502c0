"""Calendar feeds: a secret, revocable ICS URL per person, parsed with `icalendar`."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from icalendar import Calendar
from sqlalchemy import text

from api.main import create_app
from tests.helpers import assert_problem, audit_events

FEEDS = "/api/v1/calendar-feeds"
SECRET_TEXT = "My mentor keeps cancelling; I want out"


@pytest.fixture
def active(client, programme, factory):
    return factory.pairing(programme)


def create_feed(client, person):
    response = client.post(FEEDS, headers=person.headers)
    assert response.status_code == 201, response.text
    return response.json()


def fetch(client, url):
    response = client.get(url)  # no Authorization: the token is the credential
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.headers["cache-control"] == "private, no-store"
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert "PeerMentor" in str(calendar["PRODID"])
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    return calendar, response.content


def events(calendar):
    found = {}
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        # All-day events: DATE values, one day long.
        assert isinstance(start, date) and not isinstance(start, datetime)
        assert event.decoded("DTEND") == start + timedelta(days=1)
        assert isinstance(event.decoded("DTSTAMP"), datetime)
        found[str(event["UID"])] = (start, str(event["SUMMARY"]), str(event["DESCRIPTION"]))
    return found


def test_a_participants_feed_lists_their_reviews_and_evaluation(client, programme, active):
    feed = create_feed(client, programme.mentee)
    assert feed["token"].startswith("pmcal_") and len(feed["token"]) > 40
    assert feed["url"] == f"http://testserver/api/v1/calendar/{feed['token']}.ics"
    calendar, raw = fetch(client, feed["url"])
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    found = events(calendar)
    reviews = client.get(
        "/api/v1/reviews", headers=programme.org.hr.headers, params={"pairing_id": active["id"]}
    ).json()["items"]
    assert len(reviews) == 5
    for review in reviews:
        day, summary, description = found[f"review-{review['id']}@peermentor"]
        assert day.isoformat() == review["due_date"]
        assert summary == f"Mentoring review {review['sequence']} with Paul Peer"
        assert "mentee form" in description
    day, summary, _ = found[f"evaluation-pairing-{active['id']}@peermentor"]
    assert day.isoformat() == active["evaluation_due_date"]
    assert summary == "Mentoring evaluation with Paul Peer"
    assert len(found) == 6
    # The mentor sees the same dates from their side.
    mentor_found = events(fetch(client, create_feed(client, programme.mentor)["url"])[0])
    assert set(mentor_found) == set(found)
    assert all("Mia Member" in summary for _, summary, _ in mentor_found.values())
    # UIDs and content are stable from one fetch to the next.
    assert fetch(client, feed["url"])[1] == raw


def test_overdue_and_submitted_reviews(client, programme, active, engine):
    org = programme.org
    reviews = client.get(
        "/api/v1/reviews", headers=org.hr.headers, params={"pairing_id": active["id"]}
    ).json()["items"]
    first, second = reviews[0]["id"], reviews[1]["id"]
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periodic_reviews SET due_date = :d WHERE id = :id"),
            {"d": date.today() - timedelta(days=3), "id": first},
        )
        conn.execute(
            text("UPDATE periodic_reviews SET submitted_at = :t WHERE id = :id"),
            {"t": datetime.now(), "id": second},
        )
    found = events(fetch(client, create_feed(client, programme.mentee)["url"])[0])
    assert found[f"review-{first}@peermentor"][1].startswith("Overdue: Mentoring review 1")
    assert f"review-{second}@peermentor" not in found


def test_hr_gets_grievance_deadlines_without_their_text(client, programme, active, org):
    raised = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": active["id"], "kind": "withdrawal", "description": SECRET_TEXT},
    )
    assert raised.status_code == 201, raised.text
    grievance = raised.json()
    calendar, raw = fetch(client, create_feed(client, org.hr)["url"])
    found = events(calendar)
    assert list(found) == [f"grievance-{grievance['id']}@peermentor"]
    day, summary, _ = found[f"grievance-{grievance['id']}@peermentor"]
    assert day.isoformat() == grievance["due_date"]
    assert summary == f"Withdrawal #{grievance['id']} due (pairing {active['id']})"
    assert b"cancelling" not in raw and b"Mia" not in raw
    # Participants never see grievance deadlines, not even their own.
    mentee_found = events(fetch(client, create_feed(client, programme.mentee)["url"])[0])
    assert not any(uid.startswith("grievance-") for uid in mentee_found)
    # A resolved one leaves HR's calendar.
    client.post(
        f"/api/v1/grievances/{grievance['id']}/resolve",
        headers=org.hr.headers,
        json={"outcome": "dismissed", "resolution": "Talked it through"},
    )
    assert events(fetch(client, create_feed(client, org.hr)["url"])[0]) == {}


def test_rotate_and_revoke(client, org, engine):
    first = create_feed(client, org.member)
    assert client.get(first["url"]).status_code == 200
    assert client.get(f"{FEEDS}/current", headers=org.member.headers).json()["id"] == first["id"]
    second = create_feed(client, org.member)
    assert second["id"] == first["id"] and second["token"] != first["token"]
    assert_problem(client.get(first["url"]), 404)
    assert client.get(second["url"]).status_code == 200
    assert client.delete(f"{FEEDS}/current", headers=org.member.headers).status_code == 204
    assert_problem(client.get(second["url"]), 404)
    assert_problem(client.delete(f"{FEEDS}/current", headers=org.member.headers), 404)
    assert_problem(client.get(f"{FEEDS}/current", headers=org.member.headers), 404)
    third = create_feed(client, org.member)  # a new one after revoking
    assert client.get(third["url"]).status_code == 200
    actions = [e.action for e in audit_events(engine, entity="calendar_feed")]
    assert actions == [
        "calendar_feed.create",
        "calendar_feed.rotate",
        "calendar_feed.revoke",
        "calendar_feed.create",
    ]
    logged = str([e.changes for e in audit_events(engine, entity="calendar_feed")])
    for feed in (first, second, third):
        assert feed["token"] not in logged


def test_feeds_are_personal(client, org, engine):
    mine = create_feed(client, org.member)
    theirs = create_feed(client, org.peer)
    assert mine["token"] != theirs["token"]
    # Revoking mine leaves theirs alone.
    client.delete(f"{FEEDS}/current", headers=org.member.headers)
    assert client.get(theirs["url"]).status_code == 200
    # A deactivated account's feed stops answering.
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE users SET is_active = false WHERE id = :id"), {"id": org.peer.user.id}
        )
    assert_problem(client.get(theirs["url"]), 404)


def test_who_may_have_a_feed(client, org):
    assert_problem(client.post(FEEDS), 401)
    assert_problem(client.delete(f"{FEEDS}/current"), 401)
    for service in (org.hris, org.reporting):
        assert_problem(client.post(FEEDS, headers=service.headers), 403)
        assert_problem(client.get(f"{FEEDS}/current", headers=service.headers), 403)
        assert_problem(client.delete(f"{FEEDS}/current", headers=service.headers), 403)
    for person in (org.hr, org.leader, org.member):
        assert client.post(FEEDS, headers=person.headers).status_code == 201


@pytest.mark.parametrize(
    "token", ["pmcal_unknown", "nothing", "pmcal_" + "x" * 43, "%2e%2e", "x" * 201]
)
def test_unknown_tokens_are_a_404(client, org, token):
    create_feed(client, org.member)
    response = client.get(f"/api/v1/calendar/{token}.ics")
    assert response.status_code in (404, 422)
    assert_problem(response, response.status_code)


def test_text_is_escaped_and_folded(client, programme, active, engine):
    name = "Paul; Peer, Jr. \\ the Ünïcödé-named mentor with a rather long name indeed"
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE employees SET full_name = :n WHERE id = :id"),
            {"n": name, "id": programme.mentor.id},
        )
    calendar, _ = fetch(client, create_feed(client, programme.mentee)["url"])
    summaries = {summary for _, summary, _ in events(calendar).values()}
    assert f"Mentoring evaluation with {name}" in summaries


def test_feed_url_on_the_public_base(settings, engine, org):
    configured = settings.model_copy(update={"public_base_url": "https://mentoring.acme.example/"})
    with TestClient(create_app(configured)) as client:
        feed = client.post(FEEDS, headers=org.member.headers).json()
    assert feed["url"].startswith("https://mentoring.acme.example/api/v1/calendar/pmcal_")
