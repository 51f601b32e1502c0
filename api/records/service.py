"""Filing: every form and document goes into the personnel file of each participant and is
sent to each participant's team leader (a notification)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.errors import NotFound
from api.core.pagination import PageParams, keyset, page_of
from api.core.security import Actor
from api.email import service as email
from api.employees.models import Employee
from api.records.models import Notification, PersonnelFileEntry


async def file_document(
    session: AsyncSession,
    *,
    document_type: str,
    document_id: int,
    title: str,
    participants: Sequence[Employee],
    record: tuple[str, int] | None = None,
) -> list[PersonnelFileEntry]:
    """File a document for each participant; notify each participant's team leader (the
    notification opens `record`, the screen the document belongs to)."""
    entries = []
    for participant in participants:
        leader_id = participant.team_leader_id
        entry = PersonnelFileEntry(
            employee_id=participant.id,
            document_type=document_type,
            document_id=document_id,
            title=title,
            filed_at=utcnow(),
            sent_to_team_leader_id=leader_id,
        )
        session.add(entry)
        entries.append(entry)
        if leader_id is not None:
            await notify(
                session,
                recipient_id=leader_id,
                kind="document_filed",
                title=f"{title}: {participant.full_name}",
                document_type=document_type,
                document_id=document_id,
                subject_employee_id=participant.id,
                record=record,
            )
    await session.flush()
    return entries


async def notify(
    session: AsyncSession,
    *,
    recipient_id: int | None = None,
    recipient_role: str | None = None,
    kind: str,
    title: str,
    body: str | None = None,
    document_type: str | None = None,
    document_id: int | None = None,
    subject_employee_id: int | None = None,
    record: tuple[str, int] | None = None,
) -> Notification:
    """An in-app notification for one employee or a role's shared inbox, and its e-mails
    (queued in the same transaction: they go out exactly when the change lands)."""
    assert (recipient_id is None) != (recipient_role is None), "one recipient"
    notification = Notification(
        recipient_id=recipient_id,
        recipient_role=recipient_role,
        kind=kind,
        title=title,
        body=body,
        document_type=document_type,
        document_id=document_id,
        subject_employee_id=subject_employee_id,
        record_type=record[0] if record else None,
        record_id=record[1] if record else None,
        created_at=utcnow(),
    )
    session.add(notification)
    await email.enqueue(session, notification)
    return notification


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


def _addressed_to(actor: Actor) -> ColumnElement[bool]:
    by_role = Notification.recipient_role == actor.role.value
    if actor.employee_id is None:
        return by_role
    return or_(Notification.recipient_id == actor.employee_id, by_role)


async def notifications_for(
    session: AsyncSession, actor: Actor, page: PageParams, *, unread: bool | None = None
) -> tuple[list[Notification], str | None]:
    """The caller's own notifications and those of their role (the HR team's inbox),
    newest first."""
    stmt = select(Notification).where(_addressed_to(actor))
    if unread is True:
        stmt = stmt.where(Notification.read_at.is_(None))
    elif unread is False:
        stmt = stmt.where(Notification.read_at.is_not(None))
    rows = (await session.scalars(keyset(stmt, page, Notification.id, descending=True))).all()
    return page_of(rows, page)


async def mark_read(session: AsyncSession, actor: Actor, *, notification_id: int) -> Notification:
    notification = await session.scalar(
        select(Notification).where(Notification.id == notification_id, _addressed_to(actor))
    )
    if notification is None:
        raise NotFound("Notification not found")
    if notification.read_at is None:
        await session.execute(
            update(Notification)
            .where(Notification.id == notification.id, Notification.read_at.is_(None))
            .values(read_at=utcnow())
        )
        await session.refresh(notification)
        audit.record(
            session,
            actor,
            "notification.read",
            entity="notification",
            entity_id=notification.id,
            after={"read_at": notification.read_at},
        )
    return notification


async def mark_all_read(session: AsyncSession, actor: Actor) -> int:
    """Mark every unread notification addressed to the caller (and their role's shared inbox)
    read; returns how many. One audit event names them all."""
    now = utcnow()
    ids = list(
        (
            await session.scalars(
                update(Notification)
                .where(_addressed_to(actor), Notification.read_at.is_(None))
                .values(read_at=now)
                .returning(Notification.id)
            )
        ).all()
    )
    if ids:
        audit.record(
            session,
            actor,
            "notification.read_all",
            entity="notification",
            entity_id=None,
            after={"read_at": now, "notification_ids": sorted(ids)},
        )
    return len(ids)
