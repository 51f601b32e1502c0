"""Queries of the e-mail domain. Recipients are read (columns only) from the people's tables:
an employee's address and their account's choice, or the accounts holding a role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Select, and_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.core.pagination import PageParams, keyset, page_of
from api.email.models import NotificationEmail, NotificationPreference
from api.employees.models import Employee
from api.records.models import Notification


def _preference(kind: str) -> Any:
    return and_(NotificationPreference.user_id == User.id, NotificationPreference.kind == kind)


async def employee_recipient(session: AsyncSession, employee_id: int, kind: str) -> Sequence[Any]:
    """The employee's address if they still work here, with their account's choice for this
    kind (None: no account or no choice). At most one row."""
    stmt = (
        select(Employee.email.label("address"), NotificationPreference.email_enabled)
        .select_from(Employee)
        .outerjoin(User, User.employee_id == Employee.id)
        .outerjoin(NotificationPreference, _preference(kind))
        .where(Employee.id == employee_id, Employee.status == "active")
    )
    return (await session.execute(stmt)).all()


async def role_recipients(session: AsyncSession, role: str, kind: str) -> Sequence[Any]:
    """The address of every active account holding the role, with its choice for this kind."""
    stmt = (
        select(User.email.label("address"), NotificationPreference.email_enabled)
        .outerjoin(NotificationPreference, _preference(kind))
        .where(User.role == role, User.is_active.is_(True))
        .order_by(User.id)
    )
    return (await session.execute(stmt)).all()


async def preferences_of(session: AsyncSession, user_id: int) -> list[NotificationPreference]:
    stmt = select(NotificationPreference).where(NotificationPreference.user_id == user_id)
    return list((await session.scalars(stmt)).all())


async def list_emails(
    session: AsyncSession,
    page: PageParams,
    *,
    status: str | None = None,
    kind: str | None = None,
    to_address: str | None = None,
) -> tuple[list[tuple[NotificationEmail, str]], str | None]:
    """Newest first, each with its notification's title."""
    # keyset() is typed for one-entity selects; this one also reads the title.
    stmt = cast(
        "Select[Any]",
        select(NotificationEmail, Notification.title).join(
            Notification, Notification.id == NotificationEmail.notification_id
        ),
    )
    if status is not None:
        stmt = stmt.where(NotificationEmail.status == status)
    if kind is not None:
        stmt = stmt.where(NotificationEmail.kind == kind)
    if to_address is not None:
        stmt = stmt.where(NotificationEmail.to_address == to_address)
    rows = (await session.execute(keyset(stmt, page, NotificationEmail.id, descending=True))).all()
    items, cursor = page_of(rows, page, id_of=lambda row: row[0].id)
    return [(row[0], row[1]) for row in items], cursor
