"""Races on one review's forms, on PostgreSQL through a live two-worker server."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.helpers import audit_events, outbox, race

pytestmark = pytest.mark.postgres_only

FORM = {"progress": 4, "relationship_health": 5, "comments": "Good sessions", "concern": False}


@pytest.fixture(autouse=True)
def _postgres_only(is_postgres):
    if not is_postgres:
        pytest.skip("row locks are exercised on PostgreSQL")


@pytest.fixture
def review(client, programme, factory):
    pairing = factory.pairing(programme)
    first = client.get(
        "/api/v1/reviews", headers=programme.org.hr.headers, params={"pairing_id": pairing["id"]}
    ).json()["items"][0]
    return first


def test_the_same_form_sent_six_times_with_one_etag_is_taken_once(
    client, programme, review, live_server, engine
):
    url = f"/api/v1/reviews/{review['id']}"
    etag = client.get(url, headers=programme.mentor.headers).headers["ETag"]
    headers = programme.mentor.headers | {"If-Match": etag}
    responses = race(live_server, [("PUT", f"{url}/forms/mentor", headers, FORM)] * 6)
    assert sorted(r.status_code for r in responses) == [200] + [412] * 5
    assert len(audit_events(engine, action="review.mentor_form")) == 1
    with engine.connect() as conn:
        filed = conn.execute(
            text(
                "SELECT count(*) FROM personnel_file_entries "
                "WHERE document_type = 'review_form' AND document_id = :r"
            ),
            {"r": review["id"]},
        ).scalar()
    assert filed == 2  # one entry in each participant's file


def test_both_forms_racing_submit_the_review_exactly_once(
    client, programme, review, live_server, engine
):
    url = f"/api/v1/reviews/{review['id']}/forms"
    sends = [("PUT", f"{url}/mentor", programme.mentor.headers, FORM)] * 3 + [
        ("PUT", f"{url}/mentee", programme.mentee.headers, FORM)
    ] * 3
    responses = race(live_server, sends)
    assert [r.status_code for r in responses] == [200] * 6
    after = client.get(f"/api/v1/reviews/{review['id']}", headers=programme.org.hr.headers).json()
    assert after["status"] == "submitted"
    assert after["mentor_form"] is not None and after["mentee_form"] is not None
    # Six writes, each under the row lock: the version counts them all, and the review was
    # announced as submitted once, by whichever request completed the pair.
    assert after["version"] == review["version"] + 6
    submitted = [e for e in outbox(engine, "review.submitted") if e["review_id"] == review["id"]]
    assert len(submitted) == 1
