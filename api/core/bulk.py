"""Bulk writes of thousands of rows (the HRIS sync), in SQLAlchemy Core.

On PostgreSQL the rows travel as one array per column and the database unnests them: one
statement with a handful of parameters, whatever the number of rows. (The default
"insertmanyvalues" path sends 1,000-row VALUES lists of 14,000 parameters each, which the driver
must scan and PostgreSQL parse and plan: most of a 10,000-employee sync went there.) SQLite, the
test and development database, gets a plain executemany.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON, Text, cast, func, insert, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement


def _postgres(session: AsyncSession) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _unnest(table: Any, columns: Sequence[str], rows: Sequence[Mapping[str, Any]]) -> Any:
    """`unnest(array of column 1, array of column 2, ...) AS rows(column 1, ...)`, each array
    typed as its column (JSON travels as text and is cast back)."""
    arrays = []
    for name in columns:
        column = table.c[name]
        values = [row[name] for row in rows]
        if isinstance(column.type, JSON):
            values = [None if v is None else json.dumps(v) for v in values]
            arrays.append(cast(values, ARRAY(Text)))
        else:
            arrays.append(cast(values, ARRAY(column.type)))
    return func.unnest(*arrays).table_valued(*columns).render_derived(name="rows")


def _selected(table: Any, source: Any, columns: Sequence[str]) -> list[ColumnElement[Any]]:
    return [
        cast(source.c[name], JSON) if isinstance(table.c[name].type, JSON) else source.c[name]
        for name in columns
    ]


async def insert_rows(
    session: AsyncSession,
    model: type[Any],
    rows: Sequence[Mapping[str, Any]],
    *,
    returning: Sequence[Any] = (),
) -> list[Any]:
    """INSERT `rows` of an ORM model's table (every row names the same columns; column
    defaults fill the others) and return the `returning` columns of each (in no particular
    order)."""
    if not rows:
        return []
    table = model.__table__
    columns = list(rows[0])
    if _postgres(session):
        source = _unnest(table, columns, rows)
        stmt: Any = insert(model).from_select(columns, select(*_selected(table, source, columns)))
        if returning:
            stmt = stmt.returning(*returning)
        result = await session.execute(stmt)
    else:
        stmt = insert(model)
        if returning:
            stmt = stmt.returning(*returning)
        result = await session.execute(stmt, list(rows))
    return list(result.all()) if returning else []


async def update_rows(
    session: AsyncSession, model: type[Any], rows: Sequence[Mapping[str, Any]]
) -> None:
    """UPDATE rows of an ORM model's table by primary key (`id`), one mapping each (every
    mapping names the same columns)."""
    if not rows:
        return
    table = model.__table__
    columns = [name for name in rows[0] if name != "id"]
    if _postgres(session):
        source = _unnest(table, ["id", *columns], rows)
        values = dict(zip(columns, _selected(table, source, columns), strict=True))
        await session.execute(
            update(model).where(table.c.id == source.c.id).values(values),
            execution_options={"synchronize_session": False},
        )
    else:  # the ORM's bulk UPDATE by primary key: an executemany
        await session.execute(update(model), list(rows))
