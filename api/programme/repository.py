"""Queries of the programme domain: its settings row and the organisation's holidays."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, Text, cast, literal_column, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.pagination import PageParams, keyset, page_of
from api.core.sqljson import json_array
from api.programme.models import DEFAULT_TIMEZONE, Holiday, ProgrammeSettings


async def settings_row(
    session: AsyncSession, *, for_update: bool = False
) -> ProgrammeSettings | None:
    """The one settings row. A second read while the first row is still held comes from the
    session's identity map; a locking read always asks the database."""
    return await session.get(ProgrammeSettings, 1, with_for_update=for_update or None)


_CALENDAR_SETTINGS = select(ProgrammeSettings.timezone, ProgrammeSettings.holiday_country).where(
    ProgrammeSettings.id == 1
)


async def calendar_settings(session: AsyncSession) -> tuple[str, str | None]:
    """The time zone and the holiday country: two columns, not the entity (read on every list
    that derives a status from today); the defaults before the settings are first written."""
    row = (await session.execute(_CALENDAR_SETTINGS)).first()
    return (DEFAULT_TIMEZONE, None) if row is None else (row[0], row[1])


async def holiday_dates(session: AsyncSession) -> Sequence[date]:
    return (await session.scalars(select(Holiday.date))).all()


async def calendar(session: AsyncSession) -> tuple[str, str | None, list[date]]:
    """The time zone, the holiday country and the organisation's holidays in one statement
    (the grievance list derives every open grievance's working days left from them)."""
    statement = _calendar_statement(session.get_bind().dialect.name)
    return calendar_of(*(await session.execute(statement)).one())


def setting(column: Any) -> Any:
    """One column of the settings row as a scalar subquery (NULL before the settings are first
    written), for statements that read it in their own row; the row's id is written into the
    SQL, so a list's prepared statement keeps one plan."""
    return select(column).where(ProgrammeSettings.id == literal_column("1")).scalar_subquery()


def calendar_columns(dialect: str) -> tuple[Any, Any, Any]:
    """The calendar as three columns of a statement's row: the time zone, the holiday country
    and the holidays (`[{"date": ...}, ...]` as text: a page that repeats it on every row
    decodes it once). Scalar subqueries without a FROM: a value even before the settings are
    first written. `calendar_of` reads them."""
    holidays = json_array(dialect, {"date": Holiday.date}, where=true(), order_by=Holiday.date)
    return (
        setting(ProgrammeSettings.timezone).label("calendar_timezone"),
        setting(ProgrammeSettings.holiday_country).label("calendar_country"),
        cast(holidays, Text).label("calendar_holidays"),
    )


def calendar_of(
    timezone: str | None, country: str | None, holidays: str
) -> tuple[str, str | None, list[date]]:
    """The time zone (the default before the settings are first written), the holiday country
    and the organisation's holidays, from the `calendar_columns` of a row."""
    days = [date.fromisoformat(holiday["date"]) for holiday in json.loads(holidays)]
    return timezone or DEFAULT_TIMEZONE, country, days


@lru_cache(maxsize=4)
def _calendar_statement(dialect: str) -> Select[Any]:
    return select(*calendar_columns(dialect))


async def list_holidays(
    session: AsyncSession, page: PageParams, *, year: int | None = None
) -> tuple[list[Holiday], str | None]:
    stmt = select(Holiday)
    if year is not None:
        stmt = stmt.where(Holiday.date >= date(year, 1, 1), Holiday.date <= date(year, 12, 31))
    return page_of((await session.scalars(keyset(stmt, page, Holiday.id))).all(), page)


async def holiday_on(session: AsyncSession, day: date) -> int | None:
    """The id of the holiday on this date, if any."""
    return await session.scalar(select(Holiday.id).where(Holiday.date == day))


async def holiday(session: AsyncSession, holiday_id: int) -> Holiday | None:
    return await session.get(Holiday, holiday_id)
