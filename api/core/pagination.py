"""Cursor pagination: `{items, next_cursor}` keyed on the id, stable under inserts."""

from __future__ import annotations

import base64
import binascii
import json
import weakref
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Response
from pydantic import BaseModel, Field, TypeAdapter
from sqlalchemy import Integer, Select, bindparam
from sqlalchemy.orm import InstrumentedAttribute

from api.core.errors import RuleViolation
from api.core.schemas import MAX_ID

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500


class Page(BaseModel, Generic[T]):
    items: list[T]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to read the next page; null on the last page."
    )


class PageParams(BaseModel):
    limit: int
    after_id: int | None


def encode_cursor(last_id: int) -> str:
    raw = json.dumps({"id": last_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode()))
        last_id = value["id"]
    except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError):
        raise RuleViolation("Invalid cursor", loc=["query", "cursor"]) from None
    # Our cursors hold a row id; anything else (a huge number would overflow SQL) is forged.
    if not isinstance(last_id, int) or isinstance(last_id, bool) or not 0 < last_id <= MAX_ID:
        raise RuleViolation("Invalid cursor", loc=["query", "cursor"])
    return last_id


# Dependencies are `async def` even when they await nothing: FastAPI runs a plain `def` one in
# the thread pool, a thread hand-off on every request.
async def page_params(
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Page size (max {MAX_LIMIT}).")
    ] = DEFAULT_LIMIT,
    cursor: Annotated[
        str | None,
        Query(max_length=200, description="The `next_cursor` of the previous page."),
    ] = None,
) -> PageParams:
    return PageParams(limit=limit, after_id=decode_cursor(cursor) if cursor else None)


PageDep = Annotated[PageParams, Depends(page_params)]


def keyset(
    stmt: Select[Any],
    page: PageParams,
    id_column: InstrumentedAttribute[int],
    *,
    descending: bool = False,
) -> Select[Any]:
    """Restrict a select to one page (one row more than asked, to know if another follows):
    `paged`'s statement with the page's values bound in."""
    statement, params = paged(stmt, page, id_column, descending=descending)
    return statement.params(params)


# The paged forms of the statements callers keep (statements built once per kind of reader),
# for as long as they keep them.
_PAGED: weakref.WeakKeyDictionary[Select[Any], dict[tuple[Any, bool, bool], Select[Any]]] = (
    weakref.WeakKeyDictionary()
)


def paged(
    stmt: Select[Any],
    page: PageParams,
    id_column: InstrumentedAttribute[int],
    *,
    descending: bool = False,
) -> tuple[Select[Any], dict[str, int]]:
    """`keyset` with the page's bounds as parameters: the statement and the values to execute
    it with. For a statement the caller keeps, the paged statement is built once too, so
    SQLAlchemy finds its compiled form without computing the cache key of a new statement on
    every request (about half a millisecond for a page of pairings)."""
    first = page.after_id is None
    variants = _PAGED.setdefault(stmt, {})
    key = (id_column, descending, first)
    statement = variants.get(key)
    if statement is None:
        statement = stmt
        if not first:
            after = bindparam("page_after_id", type_=Integer)
            statement = statement.where(id_column < after if descending else id_column > after)
        order = id_column.desc() if descending else id_column.asc()
        statement = statement.order_by(order).limit(
            bindparam("page_limit", type_=Integer, literal_execute=True)
        )
        variants[key] = statement
    params = {"page_limit": page.limit + 1}
    if page.after_id is not None:
        params["page_after_id"] = page.after_id
    return statement, params


@lru_cache(maxsize=64)
def _page_adapter(model: type[BaseModel]) -> TypeAdapter[Any]:
    return TypeAdapter(Page[model])  # type: ignore[valid-type]


def page_json(model: type[BaseModel], items: Sequence[Any], next_cursor: str | None) -> bytes:
    """Validate and serialise a page in one pass (pydantic-core), for hot list routes: FastAPI
    would otherwise validate the returned page a second time against the response model."""
    adapter = _page_adapter(model)
    return adapter.dump_json(adapter.validate_python({"items": items, "next_cursor": next_cursor}))


def page_response(
    model: type[BaseModel], items: Sequence[Any], next_cursor: str | None
) -> Response:
    """`page_json` as the route's answer."""
    return Response(page_json(model, items, next_cursor), media_type="application/json")


def documents_page_json(documents: Sequence[tuple[int, str]], page: PageParams) -> bytes:
    """A page whose items the database wrote as JSON (`sqljson.json_documents`: `(id, text)`
    rows, one more than the page to know if another follows), joined without decoding them."""
    items, cursor = page_of(documents, page, id_of=itemgetter(0))
    body = '{"items":[' + ",".join(item[1] for item in items) + '],"next_cursor":'
    return (body + (f'"{cursor}"' if cursor else "null") + "}").encode()


def page_of(rows: Sequence[T], page: PageParams, id_of: Any = None) -> tuple[list[T], str | None]:
    """Split the fetched rows into this page and the cursor of the next one."""
    items = list(rows[: page.limit])
    if len(rows) <= page.limit or not items:
        return items, None
    last = items[-1]
    last_id = id_of(last) if id_of else last.id  # type: ignore[attr-defined]
    return items, encode_cursor(last_id)
