"""Filing: every form and document goes into the personnel file of each participant and is
sent to each participant's team leader (a notification)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.errors import NotFound
from api.core.pagination import PageParams
from api.core.security import Actor
from api.email import service as email
from api.notifications.models import Notification
from api.records import repository
from api.records.models import PersonnelFileEntry


class Participant(Protocol):
    """Whom a document is filed for: an employee, or the columns of one a query read."""

    @property
    def id(self) -> int: ...

    @property
    def full_name(self) -> str: ...

    @property
    def team_leader_id(self) -> int | None: ...


async def file_document(
    session: AsyncSession,
    *,
    document_type: str,
    document_id: int,
    title: str,
    participants: Sequence[Participant],
    also_notify: Sequence[Notification] = (),
    record: tuple[str, int] | None = None,
) -> list[PersonnelFileEntry]:
    """File a document for each participant; notify each participant's team leader (the
    notification opens `record`, the screen the document belongs to). `also_notify`: the
    caller's other notifications about it (see `notification`), queued with the team leaders'
    so that all of them take one statement per table."""
    entries = []
    notices = []
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
            notices.append(
                notification(
                    recipient_id=leader_id,
                    kind="document_filed",
                    title=f"{title}: {participant.full_name}",
                    document_type=document_type,
                    document_id=document_id,
                    subject_employee_id=participant.id,
                    record=record,
                )
            )
    await notify_all(session, [*notices, *also_notify])
    await session.flush()
    return entries


def notification(
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
    anyone: bool = False,
) -> Notification:
    """An in-app notification for one employee or a role's shared inbox (not yet queued),
    opening `record` (the screen it is about); `anyone`: or for nobody in the app (an e-mail to
    an account of no employee)."""
    assert anyone or (recipient_id is None) != (recipient_role is None), "one recipient"
    return Notification(
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


async def notify_all(session: AsyncSession, notifications: Sequence[Notification]) -> None:
    """Queue notifications and their e-mails (in the same transaction: they go out exactly
    when the change lands)."""
    if not notifications:
        return
    session.add_all(notifications)
    await email.enqueue_many(session, notifications)


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
    email_to: str | None = None,
    record: tuple[str, int] | None = None,
) -> Notification:
    """An in-app notification for one employee or a role's shared inbox, and its e-mails
    (queued in the same transaction: they go out exactly when the change lands). With
    `email_to`, the e-mail goes to that address only (an account's own, which may differ from
    its employee's), and the in-app recipient may be nobody (an account of no employee)."""
    created = notification(
        recipient_id=recipient_id,
        recipient_role=recipient_role,
        kind=kind,
        title=title,
        body=body,
        document_type=document_type,
        document_id=document_id,
        subject_employee_id=subject_employee_id,
        record=record,
        anyone=email_to is not None,
    )
    if email_to is None:
        await notify_all(session, [created])
    else:
        session.add(created)
        email.enqueue_to_address(session, created, email_to)
    return created


async def has_unread(session: AsyncSession, *, recipient_id: int, kind: str) -> bool:
    """Whether the employee has an unread notification of this kind."""
    return await repository.has_unread(session, recipient_id=recipient_id, kind=kind)


async def personnel_file(
    session: AsyncSession,
    page: PageParams,
    *,
    employee_id: int,
    document_type: str | None = None,
) -> tuple[list[PersonnelFileEntry], str | None]:
    return await repository.personnel_file(
        session, page, employee_id=employee_id, document_type=document_type
    )


async def notifications_for(
    session: AsyncSession, actor: Actor, page: PageParams, *, unread: bool | None = None
) -> tuple[list[Notification], str | None]:
    """The caller's own notifications and those of their role (the HR team's inbox),
    newest first."""
    return await repository.notifications_for(session, actor, page, unread=unread)


async def mark_read(session: AsyncSession, actor: Actor, *, notification_id: int) -> Notification:
    notification = await repository.notification_for(session, actor, notification_id)
    if notification is None:
        raise NotFound("Notification not found")
    if notification.read_at is None:
        await repository.mark_read(session, notification.id, at=utcnow())
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
    ids = await repository.mark_all_read(session, actor, at=now)
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
