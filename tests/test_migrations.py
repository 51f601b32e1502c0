"""Migrations go up, down and up again, and describe exactly the models' schema."""

from __future__ import annotations

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from api.core.config import sync_database_url
from api.core.migrations import downgrade_to_base, upgrade_to_head
from api.models import Base


def _scratch_database(settings, tmp_path):
    url = sync_database_url(settings.resolved_database_url())
    if url.startswith("sqlite"):
        return f"sqlite:///{tmp_path / 'migrations.db'}", None
    name = f"pm_mig_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(url).set(database=name).render_as_string(hide_password=False), (admin, name)


# SQLite cannot reflect expression indexes; PostgreSQL's run compares them too.
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_upgrade_downgrade_upgrade_and_no_drift(settings, tmp_path):
    url, cleanup = _scratch_database(settings, tmp_path)
    scratch = settings.model_copy(update={"database_url": url})
    try:
        upgrade_to_head(scratch)
        downgrade_to_base(scratch)
        engine = create_engine(url)
        with engine.connect() as conn:
            leftover = set(inspect(conn).get_table_names()) - {"alembic_version"}
        assert leftover == set()
        upgrade_to_head(scratch)
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            drift = compare_metadata(context, Base.metadata)
        engine.dispose()
        assert drift == [], f"models and migrations disagree: {drift}"
    finally:
        if cleanup:
            admin, name = cleanup
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
