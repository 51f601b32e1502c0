"""`sqlsets.in_handful`: `column IN (a few rows)` that PostgreSQL's planner estimates as a few
rows (`= ANY(ARRAY(...))`), the plain `IN (SELECT ...)` elsewhere, the same rows on both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.dialects import postgresql, sqlite

from api.core.sqlsets import in_handful
from api.employees.models import Employee


def _led_by(leader_id: int) -> Select[Any]:
    return select(Employee.id).where(Employee.team_leader_id == leader_id)


def test_postgresql_reads_an_array_and_other_databases_a_subquery():
    condition = in_handful(Employee.id, _led_by(7))
    on_postgresql = str(select(Employee.id).where(condition).compile(dialect=postgresql.dialect()))
    on_sqlite = str(select(Employee.id).where(condition).compile(dialect=sqlite.dialect()))
    assert "employees.id = ANY(ARRAY(SELECT employees.id" in on_postgresql
    assert "WHERE employees.id IN (SELECT employees.id" in on_sqlite
    # A condition of its own on SQLite too, not a value compared with 1.
    combined = select(Employee.id).where(or_(condition, Employee.id == 3))
    assert "= 1" not in str(combined.compile(dialect=sqlite.dialect()))


def test_the_rows_are_those_of_the_subquery_negated_and_combined_too(engine, factory):
    leader = factory.employee()
    led = [factory.employee(team_leader=leader).id for _ in range(3)]
    other = factory.employee().id
    nobody_led = factory.employee()
    with engine.connect() as conn:

        def ids(condition: object) -> list[int]:
            stmt = select(Employee.id).where(condition).order_by(Employee.id)
            return list(conn.scalars(stmt))

        assert ids(in_handful(Employee.id, _led_by(leader.id))) == led
        assert ids(in_handful(Employee.id, _led_by(nobody_led.id))) == []
        everyone = {leader.id, *led, other, nobody_led.id}
        assert set(ids(~in_handful(Employee.id, _led_by(leader.id)))) == everyone - set(led)
        either = or_(in_handful(Employee.id, _led_by(leader.id)), Employee.id == other)
        assert ids(either) == [*led, other]


def test_one_compiled_statement_serves_every_team_leader_with_their_own_values(engine, factory):
    first, second = factory.employee(), factory.employee()
    first_led = factory.employee(team_leader=first).id
    second_led = factory.employee(team_leader=second).id

    def statement(leader_id: int) -> Select[Any]:
        return select(Employee.id).where(in_handful(Employee.id, _led_by(leader_id)))

    one, two = statement(first.id)._generate_cache_key(), statement(second.id)._generate_cache_key()
    assert one is not None and two is not None
    assert one.key == two.key  # one compiled form ...
    assert [p.value for p in one.bindparams] == [first.id]  # ... each with its own value
    assert [p.value for p in two.bindparams] == [second.id]
    with engine.connect() as conn:
        assert list(conn.scalars(statement(first.id))) == [first_led]
        assert list(conn.scalars(statement(second.id))) == [second_led]
