"""SQL statements per request stay constant as pages grow (no N+1 on the hot lists)."""

from __future__ import annotations

import pytest
from sqlalchemy import event


@pytest.fixture
def statements(app_client):
    """Counts the SQL statements the app's engine runs while the block executes."""
    engine = app_client.app.state.engine.sync_engine
    counter = {"n": 0}

    def count(*_args):
        counter["n"] += 1

    event.listen(engine, "before_cursor_execute", count)
    yield counter
    event.remove(engine, "before_cursor_execute", count)


def _count(client, statements, url, headers):
    statements["n"] = 0
    response = client.get(url, headers=headers)
    assert response.status_code == 200, response.text
    return statements["n"], len(response.json()["items"])


def test_employee_list_is_constant_in_page_size(client, org, factory, statements):
    for _ in range(30):
        factory.employee(org.dept, skills={"Coaching": 3, "Budgeting": 4})
    small = _count(client, statements, "/api/v1/employees?limit=5", org.hr.headers)
    large = _count(client, statements, "/api/v1/employees?limit=35", org.hr.headers)
    assert small[1] == 5 and large[1] == 35
    # The caller's account as it is now (one primary-key lookup), the page in one query (skills
    # come in the page's own), plus SQLite's explicit BEGIN.
    assert small[0] == large[0] <= 3


@pytest.fixture
def demo(client, settings, monkeypatch, engine, factory):
    """The demo organisation (pairings in every state with their records) and an HR login."""
    from api import cli

    monkeypatch.setattr(cli, "get_settings", lambda: settings)
    assert cli.main(["seed-demo"]) == 0
    hr = factory.user("hr_admin", email="counting.hr@example.com")
    for day in ("2026-12-24", "2026-12-31"):  # a few audited writes
        client.post("/api/v1/holidays", headers=hr.headers, json={"date": day, "name": "Off"})
    return hr


@pytest.mark.parametrize(
    "path",
    [
        "pairings",
        "reviews",
        "training-records",
        "mentoring-requests",
        "evaluations",
        "grievances",
        "audit-events",
    ],
)
def test_programme_lists_are_constant_in_page_size(client, demo, statements, path):
    small = _count(client, statements, f"/api/v1/{path}?limit=1", demo.headers)
    large = _count(client, statements, f"/api/v1/{path}?limit=200", demo.headers)
    assert large[1] > small[1] == 1, f"{path}: the demo needs more rows here ({large[1]})"
    assert large[0] == small[0], f"{path}: {small[0]} statements for 1 row, {large[0]} for many"


@pytest.fixture
def executed(app_client):
    """The SQL the app's engine runs while the block executes, as (first words, executemany).
    SQLite's explicit BEGIN is left out, and so are the extra rows of one batched INSERT ...
    RETURNING: PostgreSQL sends the batch as one statement, SQLite (whose RETURNING order is not
    guaranteed) one row at a time."""
    engine = app_client.app.state.engine.sync_engine
    seen: list[tuple[str, bool]] = []

    def record(_conn, _cursor, statement, _parameters, _context, executemany):
        if statement.startswith("BEGIN"):
            return
        key = (" ".join(statement.split()[:3]), executemany)
        if executemany and seen and seen[-1] == key:
            return  # the same batch, row by row (SQLite)
        seen.append(key)

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def test_a_review_form_is_eight_statements(client, programme, executed):
    """A review form is the busiest write of the programme (every participant, every month):
    the locked review with its pairing, people and time zone in one read, then one statement
    per table written, however many team leaders and HR accounts are told."""
    from tests.factories import start_pairing

    org = programme.org
    pairing = start_pairing(client, programme)
    reviews = client.get(
        "/api/v1/reviews", headers=org.hr.headers, params={"pairing_id": pairing["id"]}
    ).json()["items"]
    form = {"progress": 4, "relationship_health": 4, "concern": True, "on_behalf_note": "Paper"}
    executed.clear()
    response = client.put(
        f"/api/v1/reviews/{reviews[0]['id']}/forms/mentor", headers=org.hr.headers, json=form
    )
    assert response.status_code == 200, response.text
    assert response.json()["status"] == "scheduled"
    tables = [words for words, _many in executed]
    assert len(tables) <= 8, tables
    assert tables == [
        "SELECT users.role, users.is_active,",  # the caller's account
        "SELECT periodic_reviews.id, periodic_reviews.pairing_id,",  # review, pairing, people
        "INSERT INTO audit_events",
        "INSERT INTO notifications",  # the team leaders' and HR's concern, one batch
        "INSERT INTO personnel_file_entries",
        "UPDATE periodic_reviews SET",
        "SELECT anon_1.target, anon_1.address,",  # every notification's addresses
        "INSERT INTO notification_emails",
    ], tables
    # The same form again, by the mentor themself: the same statements.
    executed.clear()
    again = client.put(
        f"/api/v1/reviews/{reviews[0]['id']}/forms/mentor",
        headers=programme.mentor.headers,
        json=form | {"on_behalf_note": None, "concern": False},
    )
    assert again.status_code == 200, again.text
    assert len(executed) <= 8, executed
    # The form that completes the review also queues the review.submitted event (its outbox
    # row and the subscriptions it goes to).
    executed.clear()
    last = client.put(
        f"/api/v1/reviews/{reviews[0]['id']}/forms/mentee", headers=org.hr.headers, json=form
    )
    assert last.status_code == 200, last.text
    assert last.json()["status"] == "submitted"
    assert len(executed) <= 10, executed


def _sync_people(count: int, *, stamp: str, department: str = "D-1") -> dict:
    """`count` new employees of one department, in teams of 5 (the first of each leads)."""
    return {
        "departments": [{"external_id": department, "name": "Counting"}],
        "employees": [
            {
                "external_id": f"{stamp}-{i}",
                "employee_number": f"{stamp}{i}",
                "full_name": f"Person {i}",
                "email": f"{stamp}-{i}@example.com",
                "department_external_id": department,
                "level": "P2",
                "hire_date": "2020-01-01",
                "team_leader_external_id": None if i % 5 == 0 else f"{stamp}-{i // 5 * 5}",
                "skills": [{"skill": "Coaching", "level": 3}, {"skill": "Budgeting", "level": 2}],
            }
            for i in range(count)
        ],
        "performance_reviews": [],
    }


def test_the_hris_sync_is_constant_in_batch_size(client, org, statements):
    """New employees are created, and the same ones re-sent compared, with a fixed number of
    statements whatever their number (an HRIS sends 10,000 at once): bulk statements of
    rows, skills, team leaders and audit events, lookups by batches of 1,000."""

    def sync(body):
        statements["n"] = 0
        response = client.post(
            "/api/v1/integrations/hris/sync", headers=org.hris.headers, json=body
        )
        assert response.status_code == 200, response.text
        return statements["n"], response.json()["employees"]

    small = _sync_people(5, stamp="S")
    large = _sync_people(60, stamp="L", department="D-2")
    created_small, outcome = sync(small)
    assert outcome["created"] == 5 and not outcome["errors"]
    created_large, outcome = sync(large)
    assert outcome["created"] == 60 and not outcome["errors"]
    assert created_small == created_large, (created_small, created_large)
    same_small, outcome = sync(small)
    assert outcome["unchanged"] == 5
    same_large, outcome = sync(large)
    assert outcome["unchanged"] == 60
    assert same_small == same_large, (same_small, same_large)
    # One change among the 60: only the changed employee is loaded (with its skills), updated
    # and audited.
    large["employees"][7]["level"] = "P3"
    changed, outcome = sync(large)
    assert outcome["updated"] == 1 and outcome["unchanged"] == 59
    assert changed <= same_large + 4, (changed, same_large)


def _demo_login(client, email):
    from api.cli.demo import DEMO_PASSWORD

    response = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": DEMO_PASSWORD},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


# Statements beyond the account check and the page: the programme's settings (today, in its
# time zone) for the inbox's due dates. The reviews read the time zone in the page's own
# statement, the grievances their actions and the calendar (today, the SLA's holiday country
# and the organisation's holidays) too.
# +1 on notifications: the people the page involves by name (`subject`), loaded for the whole
# page in one batched statement (api/employees/people.py), never one per row. The other lists
# name their people (`mentor`, `mentee`, `employee`, `trainer`) in the page's own statement.
EVERY_LIST = {
    "employees": 0,
    "pairings": 0,
    "mentoring-requests": 0,
    "reviews": 0,
    "training-records": 0,
    "grievances": 0,
    "notifications": 1,
    "me/tasks": 1,
}


@pytest.mark.parametrize("path", list(EVERY_LIST))
@pytest.mark.parametrize(
    "login", ["hr", "lena.fischer@example.com", "priya.nair@example.com"], ids=str
)
def test_every_list_runs_a_fixed_number_of_statements_for_every_role(
    client, demo, statements, path, login, is_postgres
):
    """Every list the SPA reads, as HR, a team leader and an employee: the same statements
    for a page of 1 and a page of 200 (no N+1), and no more than the account check, the page,
    the list's own extras and (SQLite) the explicit BEGIN."""
    headers = demo.headers if login == "hr" else _demo_login(client, login)
    small = _count(client, statements, f"/api/v1/{path}?limit=1", headers)
    large = _count(client, statements, f"/api/v1/{path}?limit=200", headers)
    assert large[0] == small[0], f"{path}: {small[0]} statements for 1 row, {large[0]} for many"
    ceiling = 2 + EVERY_LIST[path] + (0 if is_postgres else 1)
    assert small[0] <= ceiling, f"{path} as {login}: {small[0]} statements, at most {ceiling}"


HRS_LISTS = [
    "employees",
    "pairings",
    "mentoring-requests",
    "reviews",
    "training-records",
    "grievances",
]


@pytest.mark.parametrize("path", HRS_LISTS)
def test_hrs_first_page_is_sent_without_parameters(app_client, client, demo, path, is_postgres):
    """PostgreSQL plans a prepared statement once (a generic plan) only when the plans of its
    parameters' values cost the same: with the page size or a constant of the statement sent as
    a parameter, it planned every page again, about a millisecond of its CPU a request. So the
    page size and the statements' constants are written into the SQL: HR's first page (no
    cursor, no reader to narrow to) has no parameter left."""
    if not is_postgres:
        pytest.skip("prepared statements and their plans are PostgreSQL's")
    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    engine = app_client.app.state.engine.sync_engine
    event.listen(engine, "before_cursor_execute", record)
    try:
        response = client.get(f"/api/v1/{path}?limit=20", headers=demo.headers)
    finally:
        event.remove(engine, "before_cursor_execute", record)
    assert response.status_code == 200, response.text
    pages = [parameters for statement, parameters in sent if "LIMIT 21" in statement]
    assert pages == [{}], sent


def test_the_inbox_is_a_few_statements_whatever_its_size(client, demo, statements, factory):
    """GET /me/tasks: the account check, the programme's settings (today), then the page with
    the counts in one statement, however many tasks and records there are."""
    small = _count(client, statements, "/api/v1/me/tasks?limit=1", demo.headers)
    large = _count(client, statements, "/api/v1/me/tasks?limit=200", demo.headers)
    assert large[1] > small[1] == 1, f"the demo needs more of HR's tasks ({large[1]})"
    assert small[0] == large[0] <= 4, (small, large)


@pytest.mark.parametrize(
    "path", ["pairings", "mentoring-requests", "reviews", "training-records", "grievances"]
)
def test_filtered_lists_run_the_same_statements(client, demo, statements, path, is_postgres):
    """A department and a date range are conditions of the page's own statement: a filtered
    list runs no more statements than the unfiltered one."""
    filters = "department_id=1&date_from=2000-01-01&date_to=2100-12-31"
    plain = _count(client, statements, f"/api/v1/{path}?limit=200", demo.headers)
    filtered = _count(client, statements, f"/api/v1/{path}?limit=200&{filters}", demo.headers)
    # (No more: fewer when the filtered page is empty and its per-page extras are skipped.)
    assert filtered[0] <= plain[0], f"{path}: {plain[0]} statements, filtered {filtered[0]}"
    assert filtered[0] <= 2 + EVERY_LIST[path] + (0 if is_postgres else 1)
