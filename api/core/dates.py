"""Calendar rules of the programme: month arithmetic and working days.

- "N months after D" keeps the day of month, clamped to the month's last day
  (2026-01-31 + 1 month = 2026-02-28).
- Working days are Monday to Friday, minus the public holidays of the programme's
  `holiday_country` (the `holidays` package) and the organisation's own holidays.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays as holiday_calendars

SATURDAY = 5


def add_months(start: date, months: int) -> date:
    """The same day of month `months` later (or earlier), clamped to the month's end."""
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last_day))


def today_in(timezone: str) -> date:
    """Today's date in the organisation's time zone."""
    return datetime.now(ZoneInfo(timezone)).date()


@lru_cache(maxsize=256)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    subdivision = None
    if "-" in country:  # e.g. "DE-BY": a country with its subdivision
        country, subdivision = country.split("-", 1)
    return frozenset(holiday_calendars.country_holidays(country, subdiv=subdivision, years=year))


def is_supported_country(country: str) -> bool:
    try:
        _public_holidays(country, 2026)
    except (NotImplementedError, KeyError, ValueError):
        return False
    return True


@dataclass(frozen=True)
class WorkingCalendar:
    country: str | None = None
    organisation_holidays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def of(cls, country: str | None, organisation_holidays: Iterable[date] = ()) -> WorkingCalendar:
        return cls(country or None, frozenset(organisation_holidays))

    def is_holiday(self, day: date) -> bool:
        if day in self.organisation_holidays:
            return True
        if not self.country:
            return False
        return day in _public_holidays(self.country, day.year)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() < SATURDAY and not self.is_holiday(day)

    def add_working_days(self, start: date, days: int) -> date:
        """The `days`-th working day after `start` (start itself never counts)."""
        if days < 1:
            raise ValueError("days must be at least 1")
        current = start
        counted = 0
        while counted < days:
            current += timedelta(days=1)
            if self.is_working_day(current):
                counted += 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (negative if end < start:
        minus those from `end` up to the day before `start`)."""
        if end >= start:
            return self._working_days_in(start, end)
        one = timedelta(days=1)
        return -self._working_days_in(end - one, start - one)

    def _working_days_in(self, after: date, through: date) -> int:
        """Working days d with after < d <= through, counted without walking the days (a list
        of grievances asks this of every open one, some of them months past due)."""
        days = (through - after).days
        weeks, rest = divmod(days, 7)
        first = after.weekday() + 1  # the weekday of `after + 1 day`, counted from Monday = 0
        weekdays = weeks * 5 + sum(1 for k in range(rest) if (first + k) % 7 < SATURDAY)
        holidays = set(self.organisation_holidays)
        if self.country:
            for year in range(after.year, through.year + 1):
                holidays |= _public_holidays(self.country, year)
        return weekdays - sum(
            1 for day in holidays if after < day <= through and day.weekday() < SATURDAY
        )


def latest_start_for(today: date, months: int) -> date:
    """The last date D with add_months(D, months) <= today: someone who started on or before
    it has `months` of tenure today. (add_months is monotonic, so this is one comparison.)"""
    earlier = add_months(today, -months)
    if today.day == calendar.monthrange(today.year, today.month)[1]:
        # Today is a month's end: every later day of that earlier month clamps to today too.
        return earlier.replace(day=calendar.monthrange(earlier.year, earlier.month)[1])
    return earlier
