"""The programme-impact statistics: matched comparison groups and their intervals.

Pure functions over rows the repository has read; no SQL here. The method, in plain words:

- Performance: a person's change is their first rating whose period ended within 12 months
  after their pairing ended, minus their last rating whose period ended within 12 months before
  it started. Each participant is matched 1:1 (without replacement, in a fixed pseudo-random
  order) to one person who never took part in that role, in the same department and level, with
  the same prior rating, whose change is measured over the participant's own dates.
- Retention: whether a person was still employed 12 months after the pairing started (pairings
  that started at least 12 months ago). The match: same department and level, employed on the
  start date, the same prior rating (or none).
- The difference of means has a 95% Welch t-interval (SciPy's Student t quantile with the
  Welch-Satterthwaite degrees of freedom). Below the programme's `impact_min_sample` in either
  group a figure is withheld, with the reason.
"""

from __future__ import annotations

import gc
import math
import random
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import itemgetter
from typing import Any, NamedTuple

from scipy import stats

from api.core.dates import add_months
from api.employees.models import EmployeeStatus


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """The cyclic garbage collector paused (reference counting still frees everything here:
    nothing this module builds refers to itself), then back as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


CONFIDENCE = 0.95
SEED = 19  # a fixed seed: the same data always gives the same matches and figures
RATING_WINDOW = timedelta(days=365)
RETENTION_MONTHS = 12
MAX_CANDIDATES_TRIED = 400  # per participant: beyond this a participant counts as unmatched

Cell = tuple[int, str]  # (department_id, level)


EPOCH = date(1970, 1, 1)


def day_number(day: date) -> int:
    return (day - EPOCH).days


@dataclass(slots=True)
class Person:
    id: int
    cell: Cell
    hire_date: date
    status: str
    terminated_on: date | None
    # Ratings packed as 7 digits `day number of the period end * 10 + rating`, ascending: a
    # sorted list of strings to bisect (hundreds of thousands of reviews, nothing parsed).
    codes: list[str] = field(default_factory=list)

    def rating_before(self, day: date) -> int | None:
        """The last rating whose period ended before `day`, within the window."""
        n = day_number(day)
        i = bisect_left(self.codes, f"{n * 10:07d}") - 1
        if i >= 0 and self.codes[i] >= f"{(n - RATING_WINDOW.days) * 10:07d}":
            return int(self.codes[i][-1])
        return None

    def rating_after(self, day: date) -> int | None:
        """The first rating whose period ended after `day`, within the window."""
        n = day_number(day)
        i = bisect_left(self.codes, f"{(n + 1) * 10:07d}")
        if i < len(self.codes) and self.codes[i] < f"{(n + RATING_WINDOW.days + 1) * 10:07d}":
            return int(self.codes[i][-1])
        return None

    def employed_on(self, day: date) -> bool:
        if self.hire_date > day:
            return False
        if self.status != EmployeeStatus.TERMINATED:
            return True
        return self.terminated_on is not None and self.terminated_on > day

    def retained(self, horizon: date) -> bool | None:
        """Still employed after `horizon` (12 months after a start); None when a leaver's date
        is unknown."""
        if self.status != EmployeeStatus.TERMINATED:
            return True
        if self.terminated_on is None:
            return None
        return self.terminated_on > horizon


def _scrambled(pid: int) -> int:
    # CPython's tuple hash mixes its items well and, for ints, is not salted per process.
    return hash((SEED, pid))


class People:
    """The rows of `repository.people_with_ratings`, made into `Person`s only when looked at
    (a matching looks at a few candidates per participant, not at everyone)."""

    def __init__(self, rows: Iterable[Sequence[Any]], *, presorted: bool = False) -> None:
        self.presorted = presorted  # histories come in date order (PostgreSQL's are)
        self.rows = {row[0]: row for row in rows}
        # Who ever took part, in either role (the comparison groups leave them out).
        self.ever_mentees = {pid for pid, row in self.rows.items() if row[7]}
        self.ever_mentors = {pid for pid, row in self.rows.items() if row[8]}
        self.cache: dict[int, Person] = {}
        # Each cell's people in a fixed scrambled order (a hash of the id): the
        # order comparison people are tried in, the same on every run and every database.
        by_cell: dict[Cell, list[int]] = {}
        for row in self.rows.values():
            by_cell.setdefault((row[1], row[2]), []).append(row[0])
        for ids in by_cell.values():
            ids.sort(key=_scrambled)
        self.by_cell = by_cell

    def get(self, pid: int) -> Person | None:
        person = self.cache.get(pid)
        if person is None:
            row = self.rows.get(pid)
            if row is None:
                return None
            history = row[6]
            codes = history.split(",") if history else []
            if not self.presorted:
                codes.sort()
            person = Person(pid, (row[1], row[2]), row[3], row[4], row[5], codes)
            self.cache[pid] = person
        return person


class Episode(NamedTuple):
    """One participant's pairing: who, and its dates (a tuple: tens of thousands are made)."""

    pairing_id: int
    person_id: int
    start: date
    end: date | None


def first_per_person(episodes: Iterable[Episode]) -> list[Episode]:
    """Each person once, with their earliest pairing (a second pairing is not a second person)."""
    first: dict[int, Episode] = {}
    for e in sorted(episodes, key=itemgetter(2, 0)):  # by start, then pairing id
        first.setdefault(e.person_id, e)
    return sorted(first.values())  # by pairing id


class Pool:
    """Never-participants by cell; each used at most once."""

    def __init__(self, people: People, excluded: set[int]) -> None:
        self.rng = random.Random(SEED)  # noqa: S311 - reproducible matching, not secrecy
        self.people = people
        self.excluded = excluded
        self.used: set[int] = set()

    def find(self, cell: Cell, fits: Any) -> Person | None:
        """The first fitting, unused never-participant of the cell, from a random place in its
        scrambled order."""
        members = self.people.by_cell.get(cell, [])
        if not members:
            return None
        offset = self.rng.randrange(len(members))
        for k in range(min(len(members), MAX_CANDIDATES_TRIED)):
            pid = members[(offset + k) % len(members)]
            if pid in self.used or pid in self.excluded:
                continue
            candidate = self.people.get(pid)
            if candidate is not None and fits(candidate):
                self.used.add(pid)
                return candidate
        return None


@dataclass
class Comparison:
    participants: list[float]  # matched participants' values
    comparison: list[float]  # their matches' values, same order
    eligible: int  # participants with the data the figure needs
    unmatched: int
    without_data: int  # participants left out for lack of data


def performance(episodes: list[Episode], people: People, excluded: set[int]) -> Comparison:
    pool = Pool(people, excluded)
    out = Comparison([], [], 0, 0, 0)
    for episode in episodes:
        person = people.get(episode.person_id)
        end = episode.end
        before = person.rating_before(episode.start) if person else None
        after = person.rating_after(end) if person and end else None
        if person is None or end is None or before is None or after is None:
            out.without_data += 1
            continue
        out.eligible += 1
        start = episode.start

        def fits(c: Person, start: date = start, end: date = end, before: int = before) -> bool:
            return c.rating_before(start) == before and c.rating_after(end) is not None

        match = pool.find(person.cell, fits)
        if match is None:
            out.unmatched += 1
            continue
        out.participants.append(float(after - before))
        out.comparison.append(float(match.rating_after(end) - before))  # type: ignore[operator]
    return out


def retention(
    episodes: list[Episode], people: People, excluded: set[int], today: date
) -> Comparison:
    pool = Pool(people, excluded)
    out = Comparison([], [], 0, 0, 0)
    for episode in episodes:
        person = people.get(episode.person_id)
        start = episode.start
        horizon = add_months(start, RETENTION_MONTHS)
        if horizon > today:
            continue  # too recent to tell: not part of this figure at all
        stayed = person.retained(horizon) if person else None
        if person is None or stayed is None:
            out.without_data += 1
            continue
        out.eligible += 1
        prior = person.rating_before(start)

        def fits(
            c: Person, start: date = start, prior: int | None = prior, horizon: date = horizon
        ) -> bool:
            return (
                c.employed_on(start)
                and c.rating_before(start) == prior
                and c.retained(horizon) is not None
            )

        match = pool.find(person.cell, fits)
        if match is None:
            out.unmatched += 1
            continue
        out.participants.append(100.0 if stayed else 0.0)
        out.comparison.append(100.0 if match.retained(horizon) else 0.0)
    return out


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def variance(values: Sequence[float]) -> float:
    m = mean(values)
    return sum((v - m) ** 2 for v in values) / (len(values) - 1)


def welch_interval(a: Sequence[float], b: Sequence[float]) -> tuple[float, float, float]:
    """The difference of means a - b and its Welch t-interval (two samples of at least 2)."""
    difference = mean(a) - mean(b)
    va, vb = variance(a) / len(a), variance(b) / len(b)
    se = math.sqrt(va + vb)
    if se == 0:
        return difference, difference, difference
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    half = float(stats.t.ppf(0.5 + CONFIDENCE / 2, df)) * se
    return difference, difference - half, difference + half


def paired_interval(n: int, total: float, squares: float) -> tuple[float, float, float]:
    """The mean of n paired changes (given their sum and sum of squares) and its t-interval
    (n at least 2)."""
    m = total / n
    var = max(0.0, (squares - n * m * m) / (n - 1))
    se = math.sqrt(var / n)
    if se == 0:
        return m, m, m
    half = float(stats.t.ppf(0.5 + CONFIDENCE / 2, n - 1)) * se
    return m, m - half, m + half
