from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text

from api.main import create_app
from tests.helpers import assert_problem


def test_healthz_and_readyz_are_public(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {
        "status": "ready",
        "database": "ok",
        "migrations": "at_head",
    }


def test_readyz_is_503_when_the_schema_is_behind(client, engine):
    with engine.begin() as conn:
        [head] = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
        conn.execute(text("UPDATE alembic_version SET version_num = 'old'"))
    try:
        assert_problem(client.get("/readyz"), 503)
    finally:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": head})


def test_readyz_is_503_when_the_database_is_unreachable(settings, tmp_path):
    broken = settings.model_copy(
        update={
            "database_url": "postgresql://nobody@127.0.0.1:1/none",
            "data_dir": tmp_path,
        }
    )
    with TestClient(create_app(broken)) as client:
        assert client.get("/healthz").status_code == 200
        not_ready = client.get("/readyz")
        assert_problem(not_ready, 503)
        assert not_ready.headers["Retry-After"] == "5"
