"""The database: engine, declarative base, and the session that owns each request's transaction."""

from __future__ import annotations

import enum
from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Request
from pydantic_core import from_json
from sqlalchemy import DateTime, MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import Executable
from sqlalchemy.types import TypeDecorator

from api.core.config import Settings, prepare_sqlite_directory

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def one_of(column: str, values: type[enum.StrEnum]) -> str:
    """The SQL text of a CHECK constraint `column IN ('a', 'b', ...)` over a StrEnum's values,
    in the enum's order (so the constraint's text stays what the migrations created)."""
    return f"{column} IN (" + ", ".join(f"'{member.value}'" for member in values) + ")"


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime}


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def _configure_sqlite(engine: Engine) -> None:
    # WAL lets readers go on while one request writes; foreign keys are off by default in SQLite.
    # pysqlite's own transaction handling is turned off so that a write request can take the
    # write lock up front (BEGIN IMMEDIATE) instead of failing when it upgrades a read lock.
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=15000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get("sqlite_immediate", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_engine_for(settings: Settings) -> AsyncEngine:
    """The app's engine. JSON columns (and the JSON arrays lists build in SQL) are decoded by
    pydantic-core's parser: a page of pairings decodes three arrays a row, and the standard
    library's `json.loads` took a sixth of the page's time."""
    url = settings.resolved_database_url()
    if url.startswith("sqlite"):
        prepare_sqlite_directory(url)
        engine = create_async_engine(
            url,
            pool_size=5,
            max_overflow=5,
            pool_pre_ping=False,
            json_deserializer=from_json,
        )
        _configure_sqlite(engine.sync_engine)
        return engine
    # No pre-ping: it costs a round trip per request. A connection found dead raises a
    # disconnect error (a 503 for that request), which invalidates the whole pool, so the
    # service recovers by itself once the database is back.
    return create_async_engine(
        url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        pool_recycle=1800,
        json_deserializer=from_json,
    )


async def fetch_dicts(
    session: AsyncSession, stmt: Executable, params: Mapping[str, Any] | None = None
) -> list[dict[str, Any]]:
    """The rows of a Core select as plain dicts, ready for pydantic (and mutable, so that a
    service can order or complete them first)."""
    result = await session.execute(stmt, params)
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result.all()]


def is_sqlite(session: AsyncSession) -> bool:
    bind = session.get_bind()
    return bind.dialect.name == "sqlite"


def sessionmakers(
    engine: AsyncEngine,
) -> tuple[async_sessionmaker[AsyncSession], async_sessionmaker[AsyncSession]]:
    """The sessions of writing requests (one transaction each) and of reading requests
    (autocommit: no BEGIN and COMMIT round trips around a read; same connection pool)."""
    writes = async_sessionmaker(engine, expire_on_commit=False)
    reads = async_sessionmaker(
        engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False
    )
    return writes, reads


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session and one transaction per writing request: committed when the route returns,
    rolled back on any error, so a failed request leaves nothing behind. Reading requests
    (GET, HEAD, OPTIONS) run their statements in autocommit mode."""
    state = request.app.state
    reading = request.method in SAFE_METHODS
    sessionmaker: async_sessionmaker[AsyncSession] = (
        state.read_sessionmaker if reading else state.sessionmaker
    )
    async with sessionmaker() as session:
        if not reading and state.engine.dialect.name == "sqlite":
            await session.connection(execution_options={"sqlite_immediate": True})
        try:
            yield session
            await session.commit()
        except BaseException:
            await session.rollback()
            raise


# scope="function": the commit runs when the route returns, before the response is sent,
# so a failed commit is reported to the caller instead of a false success.
SessionDep = Annotated[AsyncSession, Depends(get_session, scope="function")]
