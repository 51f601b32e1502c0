"""Service accounts are limited per minute, shared through the database; people are not."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.main import create_app
from tests.conftest import assert_problem


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
        # A new window starts the count again.
        with engine.begin() as conn:
            conn.execute(text("UPDATE rate_limit_windows SET window_start = '2000-01-01 00:00:00'"))
        assert client.get("/api/v1/employees", headers=org.reporting.headers).status_code == 200


def test_zero_means_unlimited(settings, org):
    unlimited = settings.model_copy(update={"service_rate_limit_per_minute": 0})
    with TestClient(create_app(unlimited)) as client:
        for _ in range(5):
            assert client.get("/api/v1/employees", headers=org.hris.headers).status_code == 200
