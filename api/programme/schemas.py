from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import Field, StringConstraints, field_validator

from api.core.dates import is_supported_country
from api.core.schemas import Day, ReadModel, StrictModel

Count = Annotated[int, Field(ge=1, le=60)]


def _check_timezone(value: str | None) -> str | None:
    if value is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r}") from None
    return value


def _check_country(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    value = value.upper()
    if not is_supported_country(value):
        raise ValueError(f"no public-holiday calendar for {value!r} (use an ISO code like DE)")
    return value


class ProgrammeSettingsRead(ReadModel):
    managerial_cadre_only: bool
    require_same_department: bool
    require_same_level: bool
    mentor_min_rating: int
    mentor_min_tenure_months: int
    max_mentees_per_mentor: int
    mentor_min_skill_level: int
    review_interval_months: int
    evaluation_after_months: int
    grievance_sla_working_days: int
    holiday_country: str | None
    timezone: str
    programme_purpose: str
    data_retention_months: int
    impact_min_sample: int = Field(
        description="The programme-impact report withholds a figure when either of the groups "
        "it compares has fewer people than this."
    )


class ProgrammeSettingsUpdate(StrictModel):
    """Fields left out keep their value."""

    managerial_cadre_only: bool | None = None
    require_same_department: bool | None = None
    require_same_level: bool | None = None
    mentor_min_rating: Annotated[int, Field(ge=1, le=5)] | None = None
    mentor_min_tenure_months: Annotated[int, Field(ge=0, le=600)] | None = None
    max_mentees_per_mentor: Annotated[int, Field(ge=1, le=20)] | None = None
    mentor_min_skill_level: Annotated[int, Field(ge=1, le=5)] | None = None
    review_interval_months: Annotated[int, Field(ge=1, le=12)] | None = None
    evaluation_after_months: Count | None = None
    grievance_sla_working_days: Annotated[int, Field(ge=1, le=60)] | None = None
    holiday_country: Annotated[str, StringConstraints(max_length=10)] | None = None
    timezone: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = None
    programme_purpose: Annotated[str, StringConstraints(min_length=20, max_length=5000)] | None = (
        None
    )
    data_retention_months: Annotated[int, Field(ge=1, le=240)] | None = None
    impact_min_sample: Annotated[int, Field(ge=2, le=10000)] | None = None

    _tz = field_validator("timezone")(_check_timezone)
    _country = field_validator("holiday_country")(_check_country)


class HolidayCreate(StrictModel):
    date: Day
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class HolidayRead(ReadModel):
    id: int
    date: date
    name: str
