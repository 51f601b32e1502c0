"""What mentor eligibility needs of the pairings, and who answers it. Mentors sit below
pairings and requests (a proposal and the suggestions assess mentors), so they may not import
pairings: the capacity rule states here the count it reads, and pairings installs the SQL that
counts it (`api.pairings.wiring`, run by `api.main.install()`). Without it, assessing a
mentor fails loudly."""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import FromClause, Select, Subquery


class HeldPairingsQuery(Protocol):
    def __call__(self, candidates: FromClause) -> Select[int, int]:
        """Rows of (mentor_id, held): for each of the candidates (a selectable with an `id`
        column) holding any, the number of pairings that hold one of their slots."""
        ...


_held_pairings: HeldPairingsQuery | None = None


def count_held_pairings_with(query: HeldPairingsQuery) -> None:
    global _held_pairings
    _held_pairings = query


def held_pairings(candidates: FromClause) -> Subquery:
    """The candidates' held pairings as a subquery to join (one aggregate, in the statement
    that ranks them: no query per candidate)."""
    if _held_pairings is None:
        raise RuntimeError("mentors cannot count held pairings: api.main.install() was not called")
    return _held_pairings(candidates).subquery()
