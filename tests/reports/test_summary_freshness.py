"""The programme summary is kept between requests only while nothing has been committed, so
every write shows in the next summary at once; its scoping is kept per caller."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from api.reports import service

REPORTS = "/api/v1/reports"


@pytest.fixture
def statements(client):
    engine = client.app.state.engine.sync_engine
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    yield seen
    event.remove(engine, "before_cursor_execute", record)


def summary(client, person, **params):
    response = client.get(f"{REPORTS}/programme-summary", headers=person.headers, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_write_shows_in_the_next_summary_at_once(client, programme, engine, statements, factory):
    org = programme.org
    pairing = factory.pairing(programme)
    first = summary(client, org.hr)
    assert first["pairings_by_status"]["active"] == 1
    assert first["sessions_recorded"] == 0
    # A write through the API (another session), then one straight into the database (as
    # another worker or process would commit it): both show at once.
    recorded = client.post(
        "/api/v1/training-records",
        headers=programme.mentor.headers,
        json={
            "kind": "peer_session",
            "pairing_id": pairing["id"],
            "date": first["generated_on"],
            "duration_minutes": 90,
        },
    )
    assert recorded.status_code == 201, recorded.text
    second = summary(client, org.hr)
    assert second["sessions_recorded"] == 1 and second["session_hours"] == 1.5
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE pairings SET status = 'completed' WHERE id = :id"), {"id": pairing["id"]}
        )
    third = summary(client, org.hr)
    assert third["pairings_by_status"]["active"] == 0
    assert third["pairings_by_status"]["completed"] == 1
    assert third["pairings_by_department"][0]["active"] == 0


# The snapshot is the whole server's: another pytest-xdist worker's commits change it.
@pytest.mark.serial
def test_an_unchanged_database_answers_from_the_kept_summary(
    client, programme, engine, statements, factory
):
    factory.pairing(programme)
    org = programme.org
    first = summary(client, org.hr)
    recomputed = []
    # PostgreSQL's snapshot is the whole server's: a commit elsewhere on a shared server
    # (another test run) changes it too, so a few tries for one answer from the kept summary.
    for _ in range(5):
        statements.clear()
        assert summary(client, org.hr) == first
        recomputed.append(len([s for s in statements if "FROM pairings" in s]))
    if engine.dialect.name == "postgresql":
        assert 0 in recomputed  # only the marker (and the settings), no figure recomputed
        assert set(recomputed) <= {0, 2}
    else:
        assert recomputed == [2] * 5  # SQLite has no marker: computed every time
    # The reporting account sees the whole organisation too: the same summary.
    assert summary(client, org.reporting) == first


def test_each_scope_keeps_its_own_summary(client, programme, factory):
    factory.pairing(programme)
    org = programme.org
    everyone = summary(client, org.hr)
    leader = summary(client, org.leader)
    other_leader = summary(client, org.other_leader)
    other_dept = summary(client, org.hr, department_id=org.other_dept.id)
    past = summary(client, org.hr, date_to="2000-01-01")
    assert everyone["pairings_by_status"]["active"] == 1
    assert leader["pairings_by_status"]["active"] == 1
    assert other_leader["pairings_by_status"]["active"] == 0
    assert other_dept["pairings_by_status"]["active"] == 0
    assert past["pairings_by_status"]["active"] == 0
    # Asked again in another order, each scope still answers its own figures.
    assert summary(client, org.other_leader) == other_leader
    assert summary(client, org.hr, date_to="2000-01-01") == past
    assert summary(client, org.leader) == leader
    assert summary(client, org.hr) == everyone


def test_the_kept_summaries_are_bounded(client, programme, monkeypatch):
    monkeypatch.setattr(service, "SUMMARY_CACHE_SIZE", 2)
    org = programme.org
    for day in ("2001-01-01", "2002-01-01", "2003-01-01", "2004-01-01"):
        assert summary(client, org.hr, date_to=day)["pairings_by_status"]["active"] == 0
    assert len(service._SUMMARIES) <= 2


def _scope():
    from datetime import date

    from api.core.security import Actor, Role
    from api.reports.repository import Scope

    actor = Actor(kind="user", id=1, role=Role.HR_ADMIN)
    return Scope(actor=actor, department_id=None, date_from=None, date_to=None, today=date.today())


def test_concurrent_requests_under_one_marker_compute_the_summary_once(monkeypatch):
    import asyncio

    calls: list[int] = []
    markers = iter(["m1", "m1", "m1", "m2"])

    async def marker(_session):
        return next(markers)

    async def compute(_session, _scope):
        calls.append(1)
        await asyncio.sleep(0.05)
        return f"summary {len(calls)}"

    monkeypatch.setattr(service.repository, "change_marker", marker)
    monkeypatch.setattr(service, "_compute_summary", compute)
    monkeypatch.setattr(service, "_SUMMARIES", service.OrderedDict())

    async def run():
        scope = _scope()
        together = await asyncio.gather(*(service.programme_summary(None, scope) for _ in range(3)))
        after_a_commit = await service.programme_summary(None, scope)
        return together, after_a_commit

    together, after_a_commit = asyncio.run(run())
    assert together == ["summary 1"] * 3 and len(calls) == 2
    assert after_a_commit == "summary 2"  # the marker changed: computed again
    assert service._COMPUTING == {}


def test_a_failed_computation_is_not_shared(monkeypatch):
    import asyncio

    calls: list[int] = []

    async def marker(_session):
        return "m1"

    async def compute(_session, _scope):
        calls.append(1)
        await asyncio.sleep(0.05)
        if len(calls) == 1:
            raise ConnectionError("database went away")
        return "summary"

    monkeypatch.setattr(service.repository, "change_marker", marker)
    monkeypatch.setattr(service, "_compute_summary", compute)
    monkeypatch.setattr(service, "_SUMMARIES", service.OrderedDict())

    async def run():
        scope = _scope()
        return await asyncio.gather(
            service.programme_summary(None, scope),
            service.programme_summary(None, scope),
            return_exceptions=True,
        )

    first, second = asyncio.run(run())
    assert isinstance(first, ConnectionError)
    assert second == "summary" and len(calls) == 2
    assert service._COMPUTING == {}
