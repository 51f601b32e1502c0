"""Queries of the records domain: personnel files and notifications."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core.pagination import PageParams, keyset, page_of
from api.core.security import Actor
from api.notifications.models import Notification
from api.records.models import PersonnelFileEntry


async def has_unread(session: AsyncSession, *, recipient_id: int, kind: str) -> bool:
    found = await session.scalar(
        select(Notification.id)
        .where(
            Notification.recipient_id == recipient_id,
            Notification.kind == kind,
            Notification.read_at.is_(None),
        )
        .limit(1)
    )
    return found is not None


async def personnel_file(
    session: AsyncSession,
    page: PageParams,
    *,
    employee_id: int,
    document_type: str | None = None,
) -> tuple[list[PersonnelFileEntry], str | None]:
    stmt = select(PersonnelFileEntry).where(PersonnelFileEntry.employee_id == employee_id)
    if document_type is not None:
        stmt = stmt.where(PersonnelFileEntry.document_type == document_type)
    rows = (await session.scalars(keyset(stmt, page, PersonnelFileEntry.id))).all()
    return page_of(rows, page)


def addressed_to(actor: Actor) -> ColumnElement[bool]:
    """Notifications addressed to the actor: their own, and their role's shared inbox."""
    by_role = Notification.recipient_role == actor.role.value
    if actor.employee_id is None:
        return by_role
    return or_(Notification.recipient_id == actor.employee_id, by_role)


async def notifications_for(
    session: AsyncSession, actor: Actor, page: PageParams, *, unread: bool | None = None
) -> tuple[list[Notification], str | None]:
    stmt = select(Notification).where(addressed_to(actor))
    if unread is True:
        stmt = stmt.where(Notification.read_at.is_(None))
    elif unread is False:
        stmt = stmt.where(Notification.read_at.is_not(None))
    rows = (await session.scalars(keyset(stmt, page, Notification.id, descending=True))).all()
    return page_of(rows, page)


async def notification_for(
    session: AsyncSession, actor: Actor, notification_id: int
) -> Notification | None:
    """One notification addressed to the actor, or None."""
    return await session.scalar(
        select(Notification).where(Notification.id == notification_id, addressed_to(actor))
    )


async def mark_read(session: AsyncSession, notification_id: int, *, at: datetime) -> None:
    """Set read_at on the notification unless it is read already."""
    await session.execute(
        update(Notification)
        .where(Notification.id == notification_id, Notification.read_at.is_(None))
        .values(read_at=at)
    )


async def mark_all_read(session: AsyncSession, actor: Actor, *, at: datetime) -> list[int]:
    """Mark every unread notification addressed to the actor read; their ids."""
    return list(
        (
            await session.scalars(
                update(Notification)
                .where(addressed_to(actor), Notification.read_at.is_(None))
                .values(read_at=at)
                .returning(Notification.id)
            )
        ).all()
    )
