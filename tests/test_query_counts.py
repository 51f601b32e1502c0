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


def test_the_inbox_is_a_few_statements_whatever_its_size(client, demo, statements, factory):
    """GET /me/tasks: the account check, the programme's settings (today), then the page with
    the counts in one statement, however many tasks and records there are."""
    small = _count(client, statements, "/api/v1/me/tasks?limit=1", demo.headers)
    large = _count(client, statements, "/api/v1/me/tasks?limit=200", demo.headers)
    assert large[1] > small[1] == 1, f"the demo needs more of HR's tasks ({large[1]})"
    assert small[0] == large[0] <= 4, (small, large)
