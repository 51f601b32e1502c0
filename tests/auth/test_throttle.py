"""The sign-in lock-out holds under concurrency: the attempt is counted before its password is
checked, so racing requests never get more password checks than `login_max_failures`."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from api.auth import service
from api.core.errors import TooManyRequests, Unauthorized
from tests.helpers import run_job

TOKEN_URL = "/api/v1/auth/token"


def parallel_sign_ins(settings, email, password, count):
    """`count` password checks started together in one process; the outcomes' class names."""

    async def job(sessionmaker, settings):
        async def attempt():
            try:
                await service.authenticate_user(
                    sessionmaker, settings, email=email, password=password
                )
            except (Unauthorized, TooManyRequests) as error:
                return error
            return "signed in"

        return await asyncio.gather(*(attempt() for _ in range(count)))

    return run_job(settings, job)


@pytest.mark.parametrize("email", ["hr@example.com", "nobody@example.com"])
def test_parallel_wrong_passwords_check_at_most_the_limit(factory, settings, email):
    factory.user("hr_admin", email="hr@example.com")
    outcomes = parallel_sign_ins(settings, email, "not the password", 24)
    refused = [o for o in outcomes if isinstance(o, TooManyRequests)]
    # Known and unknown accounts answer alike: the limit of 401s, then 429s.
    assert sum(isinstance(o, Unauthorized) for o in outcomes) == settings.login_max_failures
    assert len(refused) == 24 - settings.login_max_failures
    window = settings.login_failure_window_seconds
    assert all(0 < int(r.headers["Retry-After"]) <= window + 1 for r in refused)


def form_race(base, data, count):
    """POST the form `count` times at the same moment from separate threads."""
    barrier = threading.Barrier(count)
    results: list[httpx.Response | None] = [None] * count

    def send(index):
        with httpx.Client(base_url=base, timeout=60) as http:
            barrier.wait()
            results[index] = http.post(TOKEN_URL, data=data)

    threads = [threading.Thread(target=send, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.postgres_only
@pytest.mark.parametrize(("email", "count"), [("hr@example.com", 60), ("ghost@example.com", 24)])
def test_parallel_wrong_passwords_on_a_live_two_worker_server(
    is_postgres, factory, engine, live_server, settings, email, count
):
    if not is_postgres:
        pytest.skip("racing workers are exercised on PostgreSQL")
    factory.user("hr_admin", email="hr@example.com")
    data = {"grant_type": "password", "username": email, "password": "not the password"}
    responses = form_race(live_server, data, count)
    statuses = sorted(r.status_code for r in responses)
    limit = settings.login_max_failures
    assert statuses == [401] * limit + [429] * (count - limit)
    window = settings.login_failure_window_seconds
    for response in responses:
        if response.status_code == 429:
            assert 0 < int(response.headers["Retry-After"]) <= window + 1
