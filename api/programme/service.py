"""Programme settings (the HR policy's numbers) and the organisation's holidays."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.dates import WorkingCalendar, today_in
from api.core.errors import Conflict, NotFound, RuleViolation
from api.core.pagination import PageParams
from api.core.security import Actor
from api.programme import repository
from api.programme.models import Holiday, ProgrammeSettings
from api.programme.schemas import HolidayCreate, ProgrammeSettingsRead, ProgrammeSettingsUpdate

SETTINGS_FIELDS = tuple(ProgrammeSettingsRead.model_fields)


async def get_settings(session: AsyncSession, *, for_update: bool = False) -> ProgrammeSettings:
    """The settings row, created with the policy's defaults the first time it is read."""
    settings = await repository.settings_row(session, for_update=for_update)
    if settings is None:
        settings = ProgrammeSettings(id=1)
        session.add(settings)
        await session.flush()
    return settings


async def update_settings(
    session: AsyncSession, actor: Actor, *, data: ProgrammeSettingsUpdate
) -> ProgrammeSettings:
    settings = await get_settings(session, for_update=True)
    changes = data.model_dump(exclude_unset=True)
    nullable = {"holiday_country"}
    for name, value in changes.items():
        if value is None and name not in nullable:
            raise RuleViolation(f"{name} cannot be null", loc=["body", name])
    before = audit.snapshot(settings, SETTINGS_FIELDS)
    for name, value in changes.items():
        setattr(settings, name, value)
    await session.flush()
    change_set = audit.diff(before, audit.snapshot(settings, SETTINGS_FIELDS))
    if change_set["after"]:
        audit.record(
            session,
            actor,
            "programme_settings.update",
            entity="programme_settings",
            entity_id=1,
            changes=change_set,
        )
    return settings


async def today(session: AsyncSession) -> date:
    """Today in the organisation's time zone."""
    timezone, _ = await repository.calendar_settings(session)
    return today_in(timezone)


async def working_calendar(
    session: AsyncSession, settings: ProgrammeSettings | None = None
) -> WorkingCalendar:
    """The organisation's working days: its country's public holidays and its own (from
    `settings` when the caller has read them already)."""
    settings = settings or await get_settings(session)
    days = await repository.holiday_dates(session)
    return WorkingCalendar.of(settings.holiday_country, days)


async def today_and_calendar(session: AsyncSession) -> tuple[date, WorkingCalendar]:
    """Today and the working calendar, in one statement."""
    return today_and_calendar_of(*(await repository.calendar(session)))


def today_and_calendar_of(
    timezone: str, country: str | None, days: list[date]
) -> tuple[date, WorkingCalendar]:
    """Today and the working calendar from the calendar a statement read with its rows
    (`repository.calendar_columns`)."""
    return today_in(timezone), WorkingCalendar.of(country, days)


async def list_holidays(
    session: AsyncSession, page: PageParams, *, year: int | None = None
) -> tuple[list[Holiday], str | None]:
    return await repository.list_holidays(session, page, year=year)


async def create_holiday(session: AsyncSession, actor: Actor, *, data: HolidayCreate) -> Holiday:
    if await repository.holiday_on(session, data.date):
        raise Conflict("There is already an organisation holiday on this date")
    holiday = Holiday(date=data.date, name=data.name)
    session.add(holiday)
    await session.flush()
    audit.record(
        session,
        actor,
        "holiday.create",
        entity="holiday",
        entity_id=holiday.id,
        after={"date": data.date, "name": data.name},
    )
    return holiday


async def delete_holiday(session: AsyncSession, actor: Actor, *, holiday_id: int) -> None:
    """Holidays are calendar configuration, not personal records: removing one is allowed
    (and audited). Due dates already computed from it do not move."""
    holiday = await repository.holiday(session, holiday_id)
    if holiday is None:
        raise NotFound("Holiday not found")
    audit.record(
        session,
        actor,
        "holiday.delete",
        entity="holiday",
        entity_id=holiday.id,
        before={"date": holiday.date, "name": holiday.name},
    )
    await session.delete(holiday)
    await session.flush()
