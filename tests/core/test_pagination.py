"""`pagination.paged`: a kept statement's pages share one paged statement (SQLAlchemy computes
its cache key once), with the bounds as parameters; statements nobody keeps leave nothing."""

from __future__ import annotations

import gc

from sqlalchemy import select

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
    assert str(first).endswith("ORDER BY employees.id ASC\n LIMIT :page_limit")


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
