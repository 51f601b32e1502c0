"""The programme's calendar rules, by example and by property."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.core.dates import WorkingCalendar, add_months

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 3, 15), 6, date(2026, 9, 15)),
        (date(2026, 12, 1), 1, date(2027, 1, 1)),
        (date(2026, 5, 31), -1, date(2026, 4, 30)),
        (date(2026, 5, 31), 0, date(2026, 5, 31)),
    ],
)
def test_add_months_examples(start, months, expected):
    assert add_months(start, months) == expected


@given(dates, st.integers(min_value=-120, max_value=120))
def test_add_months_properties(start, months):
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    last = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last)


@given(dates, st.integers(min_value=0, max_value=60))
def test_add_months_is_monotonic(start, months):
    assert add_months(start, months) <= add_months(start, months + 1)


PLAIN = WorkingCalendar.of(None)


def test_grievance_examples_from_the_policy():
    friday, saturday = date(2026, 11, 20), date(2026, 11, 21)
    assert PLAIN.add_working_days(friday, 4) == date(2026, 11, 26)  # Thursday after
    assert PLAIN.add_working_days(saturday, 4) == date(2026, 11, 26)


def test_public_and_organisation_holidays_are_skipped():
    germany = WorkingCalendar.of("DE")
    # Raised Wed 24 Dec: 25 and 26 are holidays, 27-28 the weekend, 29-31 count, 1 Jan is a
    # holiday, so the 4th working day is Fri 2 Jan.
    assert germany.add_working_days(date(2025, 12, 24), 4) == date(2026, 1, 2)
    assert PLAIN.add_working_days(date(2025, 12, 24), 4) == date(2025, 12, 30)
    company = WorkingCalendar.of("DE", [date(2025, 12, 29)])
    assert company.add_working_days(date(2025, 12, 24), 4) == date(2026, 1, 5)
    assert not germany.is_working_day(date(2026, 4, 3))  # Good Friday
    assert WorkingCalendar.of("DE-BY").is_holiday(date(2026, 1, 6))  # Epiphany in Bavaria
    assert not germany.is_holiday(date(2026, 1, 6))


@given(
    dates,
    st.integers(min_value=1, max_value=30),
    st.sets(st.dates(min_value=date(1990, 1, 1), max_value=date(2101, 3, 31)), max_size=20),
)
def test_add_working_days_properties(start, days, org_holidays):
    cal = WorkingCalendar.of(None, org_holidays)
    due = cal.add_working_days(start, days)
    assert due > start
    assert cal.is_working_day(due)
    assert cal.working_days_between(start, due) == days
    # Exactly `days` working days in (start, due], and the day before due has one fewer.
    counted = sum(
        cal.is_working_day(start + timedelta(days=i)) for i in range(1, (due - start).days + 1)
    )
    assert counted == days


@given(dates, st.integers(min_value=1, max_value=20))
def test_more_holidays_never_make_the_due_date_earlier(start, days):
    plain = PLAIN.add_working_days(start, days)
    holiday = start + timedelta(days=1)
    assert WorkingCalendar.of(None, [holiday]).add_working_days(start, days) >= plain


def test_zero_days_is_refused():
    with pytest.raises(ValueError):
        PLAIN.add_working_days(date(2026, 1, 1), 0)


@given(dates, dates, st.integers(min_value=0, max_value=240))
def test_latest_start_for_matches_add_months(start, today, months):
    from api.core.dates import latest_start_for

    has_tenure = add_months(start, months) <= today
    assert has_tenure == (start <= latest_start_for(today, months))


def _walked(cal, start, end):
    """The definition, one day at a time."""
    step = 1 if end > start else -1
    count, current = 0, start
    while current != end:
        current += timedelta(days=step)
        count += step if cal.is_working_day(current) else 0
    return count


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=-800, max_value=800),
    st.sets(st.dates(min_value=date(2018, 1, 1), max_value=date(2033, 12, 31)), max_size=20),
    st.sampled_from([None, "DE", "DE-BY", "GB"]),
)
def test_working_days_between_counts_what_walking_the_days_counts(
    start, offset, org_holidays, country
):
    cal = WorkingCalendar.of(country, org_holidays)
    end = start + timedelta(days=offset)
    assert cal.working_days_between(start, end) == _walked(cal, start, end)
