"""Service accounts are limited per 60 seconds, shared through the database; people are not."""

from __future__ import annotations

import math
import random
import time
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from api.auth import rate_limit
from api.core.errors import TooManyRequests
from api.main import create_app
from tests.helpers import assert_problem, race, run_job, serve_live


def test_service_account_over_its_limit_gets_429_with_retry_after(settings, org, engine):
    limited = settings.model_copy(update={"service_rate_limit_per_minute": 3})
    with TestClient(create_app(limited)) as client:
        for _ in range(3):
            assert client.get("/api/v1/employees", headers=org.reporting.headers).status_code == 200
        refused = client.get("/api/v1/employees", headers=org.reporting.headers)
        assert_problem(refused, 429)
        assert 1 <= int(refused.headers["Retry-After"]) <= 61
        # Another account and people are not affected.
        assert client.get("/api/v1/employees", headers=org.hris.headers).status_code == 200
        for _ in range(5):
            assert client.get("/api/v1/employees", headers=org.hr.headers).status_code == 200
        # Once the counted requests are over a minute old, requests are admitted again.
        with engine.begin() as conn:
            conn.execute(text("UPDATE rate_limit_buckets SET second = second - 61"))
        assert client.get("/api/v1/employees", headers=org.reporting.headers).status_code == 200


def test_zero_means_unlimited(settings, org):
    unlimited = settings.model_copy(update={"service_rate_limit_per_minute": 0})
    with TestClient(create_app(unlimited)) as client:
        for _ in range(5):
            assert client.get("/api/v1/employees", headers=org.hris.headers).status_code == 200


class Clock:
    """The rate limiter's clock, moved by the test."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def at(self, seconds: float) -> None:
        self.now = NOON + timedelta(seconds=seconds)


NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(NOON)
    monkeypatch.setattr(rate_limit, "utcnow", clock)
    return clock


def test_no_sixty_seconds_admit_more_than_the_limit_across_a_minute_boundary(settings, org, clock):
    limited = settings.model_copy(update={"service_rate_limit_per_minute": 10})
    headers = org.reporting.headers
    with TestClient(create_app(limited)) as client:
        clock.at(59.5)
        for _ in range(10):
            assert client.get("/api/v1/employees", headers=headers).status_code == 200
        clock.at(60.2)  # a new minute, but the last 60 seconds already hold the limit
        refused = client.get("/api/v1/employees", headers=headers)
        assert_problem(refused, 429)
        # The bucket of second 59 leaves the window when second 120 begins: 59.8 s from now.
        assert refused.headers["Retry-After"] == "60"
        clock.at(119.9)
        assert_problem(client.get("/api/v1/employees", headers=headers), 429)
        clock.at(120.2)
        assert client.get("/api/v1/employees", headers=headers).status_code == 200


def outcomes(settings, actor, moments, clock, *, limit):
    """Ask the limiter at each moment (seconds after noon), in order: Retry-After if refused,
    else None."""

    async def job(sessionmaker, _settings):
        answers = []
        for moment in moments:
            clock.at(moment)
            try:
                await rate_limit.count_request(sessionmaker, actor, per_minute=limit)
            except TooManyRequests as refused:
                answers.append(int(refused.headers["Retry-After"]))
            else:
                answers.append(None)
        return answers

    return run_job(settings, job)


def test_retry_after_is_when_enough_old_requests_have_left_the_window(settings, org, clock):
    actor = org.reporting.actor
    # Two requests in each of the seconds 0, 10 and 30 fill a limit of 6.
    answers = outcomes(settings, actor, [0.3, 0.4, 10.7, 10.8, 30.1, 30.2, 50.5], clock, limit=6)
    assert answers[:6] == [None] * 6
    assert answers[6] == 11  # second 0 leaves the window when second 61 begins
    assert outcomes(settings, actor, [60.5, 61.5, 61.6, 61.7], clock, limit=6) == [
        1,  # still second 60: second 0 is inside
        None,  # second 0 has left; one place is free ...
        None,  # ... and the other one
        10,  # the next place frees when second 10 leaves, at 71
    ]
    assert outcomes(settings, actor, [70.9, 71.0], clock, limit=6) == [1, None]


def test_random_traffic_never_puts_more_than_the_limit_in_sixty_seconds(settings, org, clock):
    limit = 25
    rng = random.Random(20261126)
    # Steady traffic with idle spells, and bursts on both sides of each minute's end.
    moments, moment = [], 0.0
    while moment < 200:
        moment += rng.choice([0.0, 0.01, 0.05, 0.3, 1.0, 4.0])
        moments.append(moment)
    for minute in (60, 120, 180):
        moments += [minute + rng.uniform(-1.5, 1.0) for _ in range(40)]
    moments = sorted(round(m, 3) for m in moments)  # milliseconds: no float drift at a second
    answers = outcomes(settings, org.hris.actor, moments, clock, limit=limit)
    admitted = [m for m, answer in zip(moments, answers, strict=True) if answer is None]
    busiest = max(sum(start <= m < start + 60 for m in admitted) for start in admitted)
    assert busiest <= limit
    # Not starved either: every minute admits its share.
    assert len(admitted) >= 3 * limit

    # Each Retry-After is the exact wait: by then (and not a second earlier) the requests
    # admitted so far leave room in the 61 one-second buckets up to that moment.
    def held(times, at):
        return sum(math.floor(at) - 60 <= math.floor(t) <= math.floor(at) for t in times)

    refusals = 0
    for index, (moment, answer) in enumerate(zip(moments, answers, strict=True)):
        if answer is None:
            continue
        refusals += 1
        before = [m for m, a in zip(moments[:index], answers[:index], strict=True) if a is None]
        assert held(before, moment + answer) < limit
        assert answer == 1 or held(before, moment + answer - 1) >= limit
    assert refusals > 50


@pytest.mark.postgres_only
def test_a_live_two_worker_server_admits_the_limit_once_across_a_minute_boundary(
    is_postgres, settings, org, engine
):
    if not is_postgres:
        pytest.skip("racing workers are exercised on PostgreSQL")
    limit = 20
    request = ("GET", "/api/v1/employees", org.reporting.headers, None)
    with serve_live(settings, PEERMENTOR_SERVICE_RATE_LIMIT_PER_MINUTE=str(limit)) as base:
        # A burst 3 seconds before a minute's end and another just after it (real time:
        # the workers' own clocks).
        boundary = (time.time() // 60 + 1) * 60
        if boundary - time.time() < 4:
            boundary += 60
        time.sleep(boundary - 3 - time.time())
        before = race(base, [request] * limit)
        time.sleep(max(0.0, boundary + 0.5 - time.time()))
        after = race(base, [request] * limit)
    assert [r.status_code for r in before] == [200] * limit
    assert [r.status_code for r in after] == [429] * limit
    assert all(50 <= int(r.headers["Retry-After"]) <= 61 for r in after)
