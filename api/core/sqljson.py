"""JSON arrays built by the database: the few child rows of each listed item (an employee's
skills, a pairing's approvals) come back in the item's own row, so a page is one query."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    ColumnElement,
    ColumnExpressionArgument,
    Select,
    Text,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
)
from sqlalchemy.ext.asyncio import AsyncSession


def _key(name: str) -> ColumnElement[str]:
    # Our own constant field names, inlined: the statement's text stays the same for every
    # page, so the driver can keep it prepared.
    if not name.isidentifier():
        raise ValueError(f"not a field name: {name!r}")
    return literal_column(f"'{name}'")


def json_array(
    dialect: str,
    fields: Mapping[str, ColumnExpressionArgument[Any]],
    *,
    where: ColumnExpressionArgument[bool],
    order_by: ColumnExpressionArgument[Any],
) -> ColumnElement[list[dict[str, Any]]]:
    """A correlated subquery: `[{field: value, ...}, ...]`, one object per row matching
    `where`, decoded into Python lists (an empty list when none match). PostgreSQL orders the
    array by `order_by`; SQLite before 3.44 cannot order an aggregate, so callers that need an
    order sort the (short) lists themselves."""
    pairs: list[Any] = [part for name, column in fields.items() for part in (_key(name), column)]
    if dialect == "postgresql":
        array: ColumnElement[Any] = func.coalesce(
            func.json_agg(func.json_build_object(*pairs)).aggregate_order_by(order_by),
            literal_column("'[]'::json"),
        )
    else:
        array = func.json_group_array(func.json_object(*pairs))
    return type_coerce(select(array).where(where).scalar_subquery(), JSON)


def json_documents(
    stmt: Select[Any], model: type[BaseModel], *, key: str = "id", descending: bool = False
) -> Select[Any]:
    """PostgreSQL only: each row of `stmt` (a page, already ordered and limited) as the read
    model's JSON document, built by the database: `(key, text)` rows in the same order.

    `stmt` selects a column for every field of `model`, under the field's name, with values the
    model would serialise unchanged (no datetimes: PostgreSQL writes their offset its own way);
    nested lists come as JSON columns (`json_array`). The rows go out as they come, without a
    pydantic pass: `tests/employees/test_json_page.py` pins them to the model's own output."""
    rows = stmt.subquery("page_row")
    missing = [name for name in model.model_fields if name not in rows.c]
    if missing:
        raise ValueError(f"{model.__name__} fields not selected: {missing}")
    pairs = [part for name in model.model_fields for part in (_key(name), rows.c[name])]
    order = rows.c[key].desc() if descending else rows.c[key].asc()
    return (
        select(rows.c[key], cast(func.json_build_object(*pairs), Text))
        .select_from(rows)
        .order_by(order)
    )


# The documents' statements of the page statements callers keep (`pagination.paged`), for as
# long as they keep them: wrapping a page costs as much Python as running it.
_DOCUMENTS: weakref.WeakKeyDictionary[Select[Any], dict[type[BaseModel], Select[Any]]] = (
    weakref.WeakKeyDictionary()
)


async def fetch_documents(
    session: AsyncSession,
    stmt: Select[Any],
    model: type[BaseModel],
    params: Mapping[str, Any] | None = None,
) -> list[tuple[int, str]]:
    """`json_documents` of a page, fetched with `params`: `(id, JSON text)` rows."""
    documents = _DOCUMENTS.setdefault(stmt, {})
    statement = documents.get(model)
    if statement is None:
        statement = documents[model] = json_documents(stmt, model)
    result = await session.execute(statement, params)
    return [(row[0], row[1]) for row in result.all()]
