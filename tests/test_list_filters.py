"""Lists filter by the mentee's (or trainee's) department and a date range: pairings,
requests, reviews, grievances, training records. Bad values are 422 problems; keyset
pagination walks a filtered list like an unfiltered one."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.helpers import assert_problem

TODAY = date.today()
YESTERDAY = (TODAY - timedelta(days=1)).isoformat()
TOMORROW = (TODAY + timedelta(days=1)).isoformat()
LISTS = (
    "/api/v1/pairings",
    "/api/v1/mentoring-requests",
    "/api/v1/reviews",
    "/api/v1/grievances",
    "/api/v1/training-records",
)


@pytest.fixture
def records(client, programme, factory):
    """An active pairing in Operations (the mentee's department), with its reviews, role
    training, a peer session and a grievance, all dated from today on."""
    pairing = factory.pairing(programme)
    response = client.post(
        "/api/v1/training-records",
        headers=programme.mentor.headers,
        json={
            "kind": "peer_session",
            "pairing_id": pairing["id"],
            "date": TODAY.isoformat(),
            "duration_minutes": 60,
        },
    )
    assert response.status_code == 201, response.text
    response = client.post(
        "/api/v1/grievances",
        headers=programme.mentee.headers,
        json={"pairing_id": pairing["id"], "kind": "grievance", "description": "Text"},
    )
    assert response.status_code == 201, response.text
    return pairing


def ids(client, person, path, **params):
    response = client.get(path, headers=person.headers, params={"limit": 500, **params})
    assert response.status_code == 200, (path, params, response.text)
    return [item["id"] for item in response.json()["items"]]


@pytest.mark.parametrize("path", LISTS)
def test_department_filter(client, programme, records, path):
    org = programme.org
    everything = ids(client, org.hr, path)
    assert everything
    assert ids(client, org.hr, path, department_id=org.dept.id) == everything
    assert ids(client, org.hr, path, department_id=org.other_dept.id) == []
    # With the caller's own scope: the team leader of Operations sees them, Finance's none.
    if path != "/api/v1/grievances":  # team leaders never see grievances
        mine = ids(client, org.leader, path, department_id=org.dept.id)
        assert mine and set(mine) <= set(everything)
        assert ids(client, org.other_leader, path, department_id=org.dept.id) == []


# Each list's date: the pairing's start, the request's discussion, the review's due date,
# the day a grievance was raised, the training's date. All of them are today or later.
@pytest.mark.parametrize("path", LISTS)
def test_date_filter(client, programme, records, path):
    hr = programme.org.hr
    everything = ids(client, hr, path)
    assert ids(client, hr, path, date_to=YESTERDAY) == []
    assert ids(client, hr, path, date_from=YESTERDAY) == everything
    today = ids(client, hr, path, date_from=TODAY.isoformat(), date_to=TODAY.isoformat())
    if path == "/api/v1/reviews":  # every review falls due after today
        assert today == [] and ids(client, hr, path, date_from=TOMORROW) == everything
    else:
        assert today == everything
    assert ids(client, hr, path, date_from=TOMORROW, department_id=programme.org.dept.id) == (
        everything if path == "/api/v1/reviews" else []
    )


@pytest.mark.parametrize("path", LISTS)
def test_bad_filter_values(client, org, path):
    hr = org.hr.headers
    bad: list[dict[str, str]] = [
        {"department_id": "0"},
        {"department_id": "ops"},
        {"department_id": str(2**31)},
        {"date_from": "2026-13-01"},
        {"date_to": "yesterday"},
    ]
    if path != "/api/v1/training-records":  # its date range predates this check
        bad.append({"date_from": "2026-05-02", "date_to": "2026-05-01"})
    for params in bad:
        problem = assert_problem(client.get(path, headers=hr, params=params), 422)
        assert any(params.keys() & {str(part) for part in e["loc"]} for e in problem["errors"])


def test_keyset_pagination_with_filters(client, programme, records):
    """The reviews of the pairing (five) a page of two at a time, filtered: the same rows."""
    hr = programme.org.hr
    params = {"department_id": programme.org.dept.id, "date_from": TOMORROW}
    expected = ids(client, hr, "/api/v1/reviews", **params)
    assert len(expected) >= 3
    seen: list[int] = []
    cursor = None
    while True:
        query = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/v1/reviews", headers=hr.headers, params=query).json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert seen == expected
