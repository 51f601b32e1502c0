"""CSV output for reports: streamed in chunks, and safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from itertools import islice
from operator import methodcaller
from typing import Any

from fastapi.responses import StreamingResponse

# A cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK_ROWS = 500
# Excel reads a CSV file as the local code page unless it starts with UTF-8's byte order mark.
BOM = "\ufeff"


def safe_cell(value: Any) -> Any:
    """Quote text that a spreadsheet would run as a formula; numbers are left alone."""
    # By exact type first: reports have hundreds of thousands of cells, mostly text and ints.
    kind = type(value)
    if kind is str:
        return "'" + value if value.startswith(FORMULA_PREFIXES) else value
    if kind is int or kind is float:
        return value
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


# Cells the csv module writes as safe_cell would (None as "", numbers and dates by str()):
# a column of these alone, or of text with no formula prefix, needs no cell-by-cell pass.
PLAIN_TYPES = frozenset({int, float, type(None), date})
_starts_a_formula = methodcaller("startswith", FORMULA_PREFIXES)


def _safe_column(column: tuple[Any, ...]) -> Sequence[Any]:
    """One column of a chunk, formula-safe: as it is when nothing in it needs quoting (checked
    by C loops: a report's hundreds of thousands of cells are mostly plain), else cell by
    cell."""
    kinds = set(map(type, column))
    if kinds <= PLAIN_TYPES or (kinds == {str} and not any(map(_starts_a_formula, column))):
        return column
    return list(map(safe_cell, column))


def csv_chunks(
    header: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = False
) -> Iterator[str]:
    buffer = io.StringIO()
    if bom:
        buffer.write(BOM)  # in the first chunk, once
    writer = csv.writer(buffer, lineterminator="\r\n")
    # Headers can carry data too (the summary's department names): quoted like any cell.
    writer.writerow(list(map(safe_cell, header)))
    rows = iter(rows)
    while chunk := list(islice(rows, CHUNK_ROWS)):
        # Column by column (every row has the header's cells: zip checks it).
        columns = zip(*chunk, strict=True)
        writer.writerows(zip(*map(_safe_column, columns), strict=True))
        if len(chunk) == CHUNK_ROWS:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def csv_response(
    filename: str, header: Sequence[str], rows: Iterable[Sequence[Any]], *, bom: bool = False
) -> StreamingResponse:
    return StreamingResponse(
        csv_chunks(header, rows, bom=bom),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
