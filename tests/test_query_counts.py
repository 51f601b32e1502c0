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


def _demo_login(client, email):
    from api.demo import DEMO_PASSWORD

    response = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": email, "password": DEMO_PASSWORD},
    )
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


# Statements beyond the account check and the page: the programme's settings (today, in its
# time zone) for the reviews' derived status; for grievances the settings twice (today, the
# SLA calendar), the organisation's holidays and the page's actions.
EVERY_LIST = {
    "employees": 0,
    "pairings": 0,
    "mentoring-requests": 0,
    "reviews": 1,
    "training-records": 0,
    "grievances": 4,
    "notifications": 0,
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
