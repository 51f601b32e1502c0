"""Queries of the e-mail domain. Recipients are read (columns only) from the people's tables:
an employee's address and their account's choice, or the accounts holding a role."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, and_, literal, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.core.pagination import PageParams, keyset, page_of
from api.email.models import EmailStatus, NotificationEmail, NotificationPreference
from api.employees.models import Employee, EmployeeStatus
from api.notifications.models import Notification


def _preference(kind: str) -> Any:
    return and_(NotificationPreference.user_id == User.id, NotificationPreference.kind == kind)


def _employee_recipient(target: int, employee_id: int, kind: str) -> Select[int, int, str, bool]:
    """The employee's address if they still work here, with their account's choice for this
    kind (None: no account or no choice). At most one row."""
    return (
        select(
            literal(target).label("target"),
            literal(0).label("position"),
            Employee.email.label("address"),
            NotificationPreference.email_enabled,
        )
        .select_from(Employee)
        .outerjoin(User, User.employee_id == Employee.id)
        .outerjoin(NotificationPreference, _preference(kind))
        .where(Employee.id == employee_id, Employee.status == EmployeeStatus.ACTIVE)
    )


def _role_recipients(target: int, role: str, kind: str) -> Select[int, int, str, bool]:
    """The address of every active account holding the role, with its choice for this kind."""
    return (
        select(
            literal(target).label("target"),
            User.id.label("position"),
            User.email.label("address"),
            NotificationPreference.email_enabled,
        )
        .outerjoin(NotificationPreference, _preference(kind))
        .where(User.role == role, User.is_active.is_(True))
    )


async def recipients(
    session: AsyncSession, targets: Sequence[tuple[int | None, str | None, str]]
) -> list[list[tuple[str | None, bool | None]]]:
    """The (address, email_enabled) rows of each (recipient_id, recipient_role, kind), in the
    order of `targets`, in one statement whatever their number (a form notifies two team
    leaders and HR at once)."""
    selects = [
        _employee_recipient(index, recipient_id, kind)
        if recipient_id is not None
        else _role_recipients(index, str(role), kind)
        for index, (recipient_id, role, kind) in enumerate(targets)
    ]
    found: list[list[tuple[str | None, bool | None]]] = [[] for _ in targets]
    if not selects:
        return found
    union = union_all(*selects).subquery()
    stmt = select(union.c.target, union.c.address, union.c.email_enabled).order_by(
        union.c.target, union.c.position
    )
    for target, address, email_enabled in await session.execute(stmt):
        found[target].append((address, email_enabled))
    return found


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


async def readdress_emails(session: AsyncSession, old: str, new: str, now: datetime) -> int:
    """Replace the address of every e-mail sent or queued to `old`; how many were changed."""
    result = await session.execute(
        update(NotificationEmail)
        .where(NotificationEmail.to_address == old)
        .values(to_address=new, updated_at=now)
    )
    return result.rowcount or 0  # type: ignore[attr-defined]


async def skip_queued_emails_to(session: AsyncSession, address: str, reason: str) -> None:
    """The e-mails still queued to this address are not sent."""
    await session.execute(
        update(NotificationEmail)
        .where(
            NotificationEmail.to_address == address,
            NotificationEmail.status == EmailStatus.QUEUED,
        )
        .values(status=EmailStatus.SKIPPED, next_attempt_at=None, last_error=reason)
    )
