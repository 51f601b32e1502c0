"""JSON arrays built by the database: the few child rows of each listed item (an employee's
skills, a pairing's approvals) come back in the item's own row, so a page is one query."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    ColumnExpressionArgument,
    func,
    literal_column,
    select,
    type_coerce,
)


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
