"""Queries of SCIM provisioning: the employees still SCIM resources (not deleted over SCIM),
and SCIM filters (RFC 7644 3.4.2.2) translated into SQL conditions on them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from scim2_filter_parser import ast as filter_ast
from scim2_models import InvalidFilterException
from sqlalchemy import ColumnElement, and_, false, func, not_, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import selectinload

from api.employees.models import Department, Employee
from api.scim.resources import ENTERPRISE_SCHEMA, PEERMENTOR_SCHEMA


def _visible() -> ColumnElement[bool]:
    return Employee.scim_deleted_at.is_(None)


async def visible_employee(session: AsyncSession, employee_id: int) -> Employee | None:
    return await session.scalar(
        select(Employee)
        .where(Employee.id == employee_id, _visible())
        .options(selectinload(Employee.skills))
    )


async def visible_employee_id(session: AsyncSession, employee_id: int) -> int | None:
    return await session.scalar(select(Employee.id).where(Employee.id == employee_id, _visible()))


async def employees_matching(
    session: AsyncSession, condition: ColumnElement[bool], *, offset: int, limit: int
) -> tuple[int, list[Employee]]:
    """How many visible employees match the condition, and the page of them by id."""
    condition = and_(_visible(), condition)
    total = await session.scalar(select(func.count()).select_from(Employee).where(condition))
    rows = (
        await session.scalars(
            select(Employee).where(condition).order_by(Employee.id).offset(offset).limit(limit)
        )
    ).all()
    return total or 0, list(rows)


async def department_id_by_name(session: AsyncSession, name: str) -> int | None:
    """The first department of this name, compared case-insensitively."""
    return await session.scalar(
        select(Department.id)
        .where(func.lower(Department.name) == name.lower())
        .order_by(Department.id)
        .limit(1)
    )


async def employee_id_by_user_name(session: AsyncSession, user_name: str) -> int | None:
    """The employee whose userName is this lower-cased one: their IdP userName, else their
    e-mail (any employee, deleted over SCIM or not: a userName stays taken)."""
    return await session.scalar(
        select(Employee.id).where(
            or_(
                func.lower(Employee.scim_user_name) == user_name,
                Employee.email == user_name,
            )
        )
    )


# -- filters -----------------------------------------------------------------------------


def filter_condition(tree: filter_ast.AST | None) -> ColumnElement[bool]:
    """The SQL condition of a parsed filter (None: every row), or invalidFilter (400)."""
    return true() if tree is None else _where(tree)


# Filterable attributes (case-insensitive names, RFC 7644 3.4.2.2) and their columns.
def _column(path: filter_ast.AttrPath, namespace: str | None) -> tuple[Any, bool]:
    """The SQL expression an attribute path stands for, and whether it compares
    case-insensitively (RFC 7643: caseExact false; the expression is then lower-cased)."""
    name = path.attr_name
    sub = path.sub_attr.value if path.sub_attr is not None else None
    uri = (path.uri or "").lower()
    if namespace:
        name, sub = namespace, name
    key = name.lower() + ("." + sub.lower() if sub else "")
    if uri == ENTERPRISE_SCHEMA.lower():
        key = "enterprise:" + key
    elif uri == PEERMENTOR_SCHEMA.lower():
        key = "peermentor:" + key
    elif uri and uri != "urn:ietf:params:scim:schemas:core:2.0:user":
        raise InvalidFilterException(detail=f"Unknown schema in filter: {path.uri}")
    columns: dict[str, tuple[Any, bool]] = {
        "id": (Employee.id, False),
        "externalid": (Employee.external_id, False),
        "username": (func.lower(func.coalesce(Employee.scim_user_name, Employee.email)), True),
        "emails": (func.lower(Employee.email), True),
        "emails.value": (func.lower(Employee.email), True),
        "displayname": (func.lower(Employee.full_name), True),
        "name.formatted": (func.lower(Employee.full_name), True),
        "title": (func.lower(Employee.job_title), True),
        "active": (Employee.status, False),
        "enterprise:employeenumber": (func.lower(Employee.employee_number), True),
        "enterprise:division": (func.lower(Employee.function), True),
        "enterprise:manager.value": (Employee.team_leader_id, False),
        "enterprise:manager": (Employee.team_leader_id, False),
        "peermentor:level": (func.lower(Employee.level), True),
        "meta.lastmodified": (Employee.updated_at, False),
        "meta.created": (Employee.created_at, False),
    }
    if key not in columns:
        raise InvalidFilterException(detail=f"Cannot filter on {key}")
    return columns[key]


def _comparison(expr: filter_ast.AttrExpr, namespace: str | None) -> ColumnElement[bool]:
    column, insensitive = _column(expr.attr_path, namespace)
    op = expr.value.lower()
    if op == "pr":
        return column.is_not(None)
    raw = expr.comp_value.value if expr.comp_value is not None else None
    if raw is None:
        raise InvalidFilterException(detail=f"{op} needs a value")
    value: Any = raw
    if column is Employee.status:
        if str(raw).lower() not in ("true", "false"):
            raise InvalidFilterException(detail="active compares with true or false")
        value, op = "active", ("eq" if (str(raw).lower() == "true") == (op == "eq") else "ne")
        if expr.value.lower() not in ("eq", "ne"):
            raise InvalidFilterException(detail="active compares with eq or ne")
    elif column is Employee.id or column is Employee.team_leader_id:
        if not str(raw).isdigit() or len(str(raw)) > 18:
            return and_(column.is_(None), column.is_not(None))  # no such id: matches nothing
        value = int(raw)
    elif column is Employee.updated_at or column is Employee.created_at:
        try:
            value = datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        except ValueError:
            raise InvalidFilterException(detail=f"Not a dateTime: {raw}") from None
    elif insensitive:
        value = str(raw).strip().lower()
    escaped = str(value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    if op == "eq":
        return column == value
    if op == "ne":
        return or_(column != value, column.is_(None))
    if op == "co":
        return column.like(f"%{escaped}%", escape="\\")
    if op == "sw":
        return column.like(f"{escaped}%", escape="\\")
    if op == "ew":
        return column.like(f"%{escaped}", escape="\\")
    comparisons = {"gt": column > value, "ge": column >= value, "lt": column < value}
    comparisons["le"] = column <= value
    if op in comparisons:
        return comparisons[op]
    raise InvalidFilterException(detail=f"Unknown operator {expr.value}")


def _where(node: Any, namespace: str | None = None) -> ColumnElement[bool]:
    if isinstance(node, filter_ast.Filter):
        inner_namespace = namespace
        if node.namespace is not None:
            inner_namespace = node.namespace.attr_name
        condition = _where(node.expr, inner_namespace)
        return not_(condition) if node.negated else condition
    if isinstance(node, filter_ast.LogExpr):
        left, right = _where(node.expr1, namespace), _where(node.expr2, namespace)
        return and_(left, right) if node.op.lower() == "and" else or_(left, right)
    if isinstance(node, filter_ast.AttrExpr):
        sub = node.attr_path.attr_name.lower()
        if namespace and sub in ("type", "primary"):
            # Every employee has one e-mail: the primary work one.
            wanted = "work" if sub == "type" else "true"
            value = node.comp_value.value if node.comp_value is not None else None
            matches = node.value.lower() == "pr" or (
                node.value.lower() == "eq" and str(value).lower() == wanted
            )
            return true() if matches else false()
        return _comparison(node, namespace)
    raise InvalidFilterException(detail="Unsupported filter")
