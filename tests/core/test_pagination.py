"""`pagination.paged`: a kept statement's pages share one paged statement (SQLAlchemy computes
its cache key once), with the cursor as a parameter and the page size written into the SQL
sent (PostgreSQL then keeps one generic plan of the prepared statement instead of planning every
page again); statements nobody keeps leave nothing."""

from __future__ import annotations

import gc
import re

from sqlalchemy import event, select

from api.core import pagination
from api.core.pagination import PageParams, paged
from api.employees.models import Employee


def test_pages_of_a_kept_statement_share_one_statement_with_their_bounds_as_parameters():
    base = select(Employee.id)
    first, first_params = paged(base, PageParams(limit=50, after_id=None), Employee.id)
    again, _ = paged(base, PageParams(limit=10, after_id=None), Employee.id)
    later, later_params = paged(base, PageParams(limit=50, after_id=120), Employee.id)
    newest, _ = paged(base, PageParams(limit=50, after_id=120), Employee.id, descending=True)
    assert again is first and later is not first and newest is not later
    assert first_params == {"page_limit": 51}
    assert later_params == {"page_limit": 51, "page_after_id": 120}
    assert "employees.id > :page_after_id" in str(later)
    assert "employees.id < :page_after_id" in str(newest) and "DESC" in str(newest)
    assert str(first).endswith("ORDER BY employees.id ASC\n LIMIT __[POSTCOMPILE_page_limit]")


def test_a_page_reads_the_rows_after_the_cursor(engine, factory):
    department = factory.department()
    ids = [factory.employee(department).id for _ in range(5)]
    base = select(Employee.id).where(Employee.department_id == department.id)
    with engine.connect() as conn:
        first = conn.execute(*paged(base, PageParams(limit=2, after_id=None), Employee.id))
        assert [row[0] for row in first] == ids[:3]  # one more than asked
        after = conn.execute(*paged(base, PageParams(limit=2, after_id=ids[2]), Employee.id))
        assert [row[0] for row in after] == ids[3:]
        newest = paged(base, PageParams(limit=2, after_id=ids[2]), Employee.id, descending=True)
        assert [row[0] for row in conn.execute(*newest)] == ids[1::-1]


def test_statements_nobody_keeps_are_forgotten():
    gc.collect()
    kept = len(pagination._PAGED)
    for department_id in range(100):
        paged(
            select(Employee.id).where(Employee.department_id == department_id),
            PageParams(limit=5, after_id=None),
            Employee.id,
        )
    gc.collect()
    assert len(pagination._PAGED) == kept


def test_the_page_size_is_written_into_the_sql_and_the_cursor_is_a_parameter(engine):
    sent: list[tuple[str, object]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):
        sent.append((statement, parameters))

    base = select(Employee.id)
    event.listen(engine, "before_cursor_execute", record)
    try:
        with engine.connect() as conn:
            conn.execute(*paged(base, PageParams(limit=7, after_id=3), Employee.id)).all()
    finally:
        event.remove(engine, "before_cursor_execute", record)
    (statement, parameters), *_ = sent
    assert re.search(r"\bLIMIT 8\b", statement), statement
    assert 3 in (parameters.values() if isinstance(parameters, dict) else parameters)
