"""The people a record involves, by name: the summaries read models carry beside their `*_id`
fields. A list joins them into its page's own statement (`person_columns`, `summary_of`);
elsewhere they are loaded for a whole page in one batched statement (never one per row)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import Integer, Select, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from api.core.db import Base
from api.core.schemas import PersonSummary
from api.employees.models import Employee

# Well under SQLite's and PostgreSQL's parameter limits; pages hold at most 500 rows.
_CHUNK = 1000


_SUMMARY_COLUMNS = (Employee.id, Employee.full_name, Employee.job_title, Employee.email)

# On PostgreSQL the ids go as one array parameter: the statement's text is the same for every
# page (an IN list's text changes with its length, so the driver would parse it every time).
_SUMMARIES_BY_ARRAY = select(*_SUMMARY_COLUMNS).where(
    Employee.id == any_(bindparam("ids", type_=ARRAY(Integer)))
)


def _summary(row: Any) -> PersonSummary:
    # Straight from the employees table's own columns: nothing to validate.
    return PersonSummary.model_construct(
        id=row[0], full_name=row[1], job_title=row[2], email=row[3]
    )


async def summaries(session: AsyncSession, ids: Iterable[int | None]) -> dict[int, PersonSummary]:
    """The summaries of these employees, by id, in one statement (per 1,000 ids on SQLite; none
    for none)."""
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    if session.get_bind().dialect.name == "postgresql":
        rows = await session.execute(_SUMMARIES_BY_ARRAY, {"ids": wanted})
        return {row[0]: _summary(row) for row in rows}
    found: dict[int, PersonSummary] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows = await session.execute(select(*_SUMMARY_COLUMNS).where(Employee.id.in_(chunk)))
        found.update((row[0], _summary(row)) for row in rows)
    return found


def person_columns(person: Any, name: str) -> tuple[Any, ...]:
    """An employee joined into a statement (an aliased `Employee`) as the four columns of its
    summary, labelled `{name}__id` etc.; `take_people` folds them back into a row. A page then
    names its people in its own statement, without a second one."""
    return (
        person.id.label(f"{name}__id"),
        person.full_name.label(f"{name}__full_name"),
        person.job_title.label(f"{name}__job_title"),
        person.email.label(f"{name}__email"),
    )


def summary_of(
    person_id: int | None, full_name: str, job_title: str | None, email: str
) -> dict[str, Any] | None:
    """The `person_columns` values as the read model's `PersonSummary` reads them (None for no
    person: an outer join found none)."""
    if person_id is None:
        return None
    return {"id": person_id, "full_name": full_name, "job_title": job_title, "email": email}


def take_people(row: dict[str, Any], *names: str) -> dict[str, Any]:
    """The row with each person's `person_columns` replaced by their summary."""
    for name in names:
        row[name] = summary_of(
            row.pop(f"{name}__id"),
            row.pop(f"{name}__full_name"),
            row.pop(f"{name}__job_title"),
            row.pop(f"{name}__email"),
        )
    return row


async def attach(session: AsyncSession, reads: Sequence[Any], **fields: str) -> None:
    """Sets each read model's summary field from its id field, e.g.
    `attach(session, pairings, mentor="mentor_id", mentee="mentee_id")`: one statement for the
    whole page. A summary stays None where the id is None (or the read model hid it)."""
    people = await summaries(
        session, (getattr(read, id_field) for read in reads for id_field in fields.values())
    )
    for read in reads:
        for summary_field, id_field in fields.items():
            person_id = getattr(read, id_field)
            setattr(read, summary_field, people.get(person_id) if person_id is not None else None)


@cache
def _pairing_people_queries() -> tuple[Select[Any], Select[Any]]:
    """The pairings' two people: the statement to narrow by an IN list of pairing ids, and the
    one taking them as one array parameter (PostgreSQL). Built on first use: the pairings table
    is read by name (the people domain sits below pairings and does not import it), so it exists
    once the models are loaded."""
    pairings = Base.metadata.tables["pairings"]
    mentor, mentee = aliased(Employee), aliased(Employee)
    stmt = (
        select(
            pairings.c.id,
            mentor.id,
            mentor.full_name,
            mentor.job_title,
            mentor.email,
            mentee.id,
            mentee.full_name,
            mentee.job_title,
            mentee.email,
        )
        .join(mentor, mentor.id == pairings.c.mentor_id)
        .join(mentee, mentee.id == pairings.c.mentee_id)
    )
    by_array = stmt.where(pairings.c.id == any_(bindparam("ids", type_=ARRAY(Integer))))
    return stmt, by_array


async def attach_pairing_people(session: AsyncSession, reads: Sequence[Any]) -> None:
    """Sets `mentor` and `mentee` on read models that carry only a `pairing_id` (reviews,
    evaluations, grievances): the pairings' two people for the whole page in one statement."""
    wanted = sorted({read.pairing_id for read in reads if read.pairing_id is not None})
    found: dict[int, tuple[PersonSummary, PersonSummary]] = {}
    by_list, by_array = _pairing_people_queries()
    if not wanted:
        rows: list[Any] = []
    elif session.get_bind().dialect.name == "postgresql":
        rows = list(await session.execute(by_array, {"ids": wanted}))
    else:
        pairing_id = by_list.selected_columns[0]
        rows = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            rows.extend(await session.execute(by_list.where(pairing_id.in_(chunk))))
    for row in rows:
        found[row[0]] = (_summary(row[1:5]), _summary(row[5:9]))
    for read in reads:
        pair = found.get(read.pairing_id)
        read.mentor, read.mentee = pair if pair else (None, None)


async def actor_names(session: AsyncSession, labels: Iterable[str]) -> dict[str, str]:
    """Audit actor labels (`user:3`) by name: the login's employee's full name, else the login's
    e-mail; one statement for the page. Labels of other kinds (system jobs, SCIM tokens) are not
    in the answer."""
    users = Base.metadata.tables["users"]  # by name: auth sits above the people domain
    ids = sorted(
        {int(label[5:]) for label in labels if label.startswith("user:") and label[5:].isdigit()}
    )
    names: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        rows = await session.execute(
            select(users.c.id, users.c.email, Employee.full_name)
            .outerjoin(Employee, Employee.id == users.c.employee_id)
            .where(users.c.id.in_(ids[start : start + _CHUNK]))
        )
        for user_id, email, full_name in rows:
            names[f"user:{user_id}"] = full_name or email
    return names
