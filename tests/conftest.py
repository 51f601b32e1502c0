"""Test harness: one migrated database per run (SQLite by default, PostgreSQL when
PEERMENTOR_TEST_DATABASE_URL names one), emptied after every test; the app served in-process
through TestClient; the factories of tests/factories.py. Helpers to import live in
tests/factories.py (test data) and tests/helpers.py (assertions, live server, jobs): a
conftest is never imported."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url

from api.core.config import Settings, sync_database_url
from api.core.migrations import upgrade_to_head
from api.main import create_app, install
from tests.factories import (
    Factory,
    Org,
    Programme,
    close_service_runners,
    make_org,
    make_programme,
)
from tests.helpers import TEST_SECRET, empty_database, serve_live


def _database_url(tmp_root: Path) -> tuple[str, str | None]:
    """The URL tests run against, and the admin URL used to create/drop it (PostgreSQL)."""
    requested = os.environ.get("PEERMENTOR_TEST_DATABASE_URL")
    if not requested or requested.startswith("sqlite"):
        return f"sqlite:///{tmp_root / 'test.db'}", None
    admin = sync_database_url(requested)
    name = f"pm_test_{uuid.uuid4().hex[:10]}"
    return make_url(admin).set(database=name).render_as_string(hide_password=False), admin


def pytest_report_header(config: pytest.Config) -> str:
    url = os.environ.get("PEERMENTOR_TEST_DATABASE_URL", "")
    return "database: " + ("postgresql" if url.startswith("postgres") else "sqlite")


@pytest.fixture(scope="session")
def database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url, admin = _database_url(tmp_path_factory.mktemp("db"))
    if admin:
        name = make_url(url).database
        admin_engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        with admin_engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url
    finally:
        if admin:
            with admin_engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin_engine.dispose()


@pytest.fixture(scope="session", autouse=True)
def _installed() -> None:
    """The domains wired as the app wires them (api.main.install), for the tests that call
    services or build queries without the app."""
    install()


@pytest.fixture(scope="session")
def is_postgres(database: str) -> bool:
    return database.startswith("postgresql")


@pytest.fixture(scope="session")
def settings(database: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    settings = Settings(
        env="test",
        database_url=database,
        secret_key=TEST_SECRET,
        data_dir=tmp_path_factory.mktemp("data"),
        argon2_time_cost=1,
        argon2_memory_cost=8192,
        max_body_bytes=1024 * 1024,
    )
    upgrade_to_head(settings)
    yield settings
    close_service_runners()


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Iterator[Engine]:
    engine = create_engine(sync_database_url(settings.resolved_database_url()))
    if engine.dialect.name == "sqlite":
        # The test database is thrown away: the tests' own writes need no fsync (FULL, the
        # default, costs a few milliseconds per commit, thousands of times a run).
        @event.listens_for(engine, "connect")
        def _no_fsync(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA synchronous=OFF")

    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def app_client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as client:
        yield client


@pytest.fixture(autouse=True)
def _empty_database(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "engine" not in request.fixturenames:
        return
    empty_database(request.getfixturevalue("engine"))


@pytest.fixture
def factory(engine: Engine, settings: Settings) -> Factory:
    return Factory(engine, settings)


@pytest.fixture
def client(app_client: TestClient, engine: Engine) -> TestClient:
    # Depends on `engine` so that the database is emptied after the test.
    return app_client


@pytest.fixture
def org(factory: Factory) -> Org:
    return make_org(factory)


@pytest.fixture
def programme(client: TestClient, org: Org, factory: Factory) -> Programme:
    return make_programme(client, factory, org)


@pytest.fixture(scope="session")
def live_server(settings: Settings) -> Iterator[str]:
    """The app served by uvicorn with two worker processes, on the test database."""
    with serve_live(settings) as base:
        yield base
