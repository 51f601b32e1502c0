"""E-mail notifications: queueing (in the transaction of the notification), each user's
preferences, and HR's view of the deliveries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.db import utcnow
from api.core.errors import RuleViolation
from api.core.pagination import PageParams
from api.core.security import Actor
from api.email import repository
from api.email.kinds import KINDS, is_mandatory
from api.email.message import subject_for
from api.email.models import EmailStatus, NotificationEmail, NotificationPreference
from api.email.schemas import (
    NotificationEmailRead,
    NotificationPreferenceRead,
    NotificationPreferences,
    NotificationPreferencesUpdate,
)
from api.notifications.models import Notification

OPTED_OUT = "the recipient turned off e-mails of this kind"


async def enqueue(session: AsyncSession, notification: Notification) -> list[NotificationEmail]:
    """Queue the e-mails of a new notification (see `enqueue_many`)."""
    return await enqueue_many(session, [notification])


async def enqueue_many(
    session: AsyncSession, notifications: Sequence[Notification]
) -> list[NotificationEmail]:
    """Queue the e-mails of new notifications, one per address: the employee's own, or every
    active account of the role. A recipient who turned the (optional) kind off gets a
    `skipped` row instead, so that HR can see why nothing was sent. The addresses of all of
    them are read in one statement."""
    found = await repository.recipients(
        session, [(n.recipient_id, n.recipient_role, n.kind) for n in notifications]
    )
    now = utcnow()
    emails: list[NotificationEmail] = []
    for notification, rows in zip(notifications, found, strict=True):
        kind = notification.kind
        mandatory = is_mandatory(kind)
        seen: set[str] = set()
        for address, email_enabled in rows:
            if not address or address.lower() in seen:
                continue
            seen.add(address.lower())
            opted_out = email_enabled is False and not mandatory
            email = NotificationEmail(
                notification=notification,
                to_address=address,
                kind=kind,
                status=EmailStatus.SKIPPED if opted_out else EmailStatus.QUEUED,
                attempts=0,
                next_attempt_at=None if opted_out else now,
                last_error=OPTED_OUT if opted_out else None,
                created_at=now,
                updated_at=now,
            )
            session.add(email)
            emails.append(email)
    return emails


def enqueue_to_address(
    session: AsyncSession, notification: Notification, address: str
) -> NotificationEmail:
    """Queue a notification's e-mail to one given address (a mandatory kind: no opt-out)."""
    now = utcnow()
    email = NotificationEmail(
        notification=notification,
        to_address=address,
        kind=notification.kind,
        status=EmailStatus.QUEUED,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(email)
    return email


def _preferences_answer(chosen: Mapping[str, bool]) -> NotificationPreferences:
    return NotificationPreferences(
        items=[
            NotificationPreferenceRead(
                kind=kind.name,  # type: ignore[arg-type]
                description=kind.description,
                mandatory=kind.mandatory,
                email=True if kind.mandatory else chosen.get(kind.name, True),
            )
            for kind in KINDS.values()
        ]
    )


async def get_preferences(session: AsyncSession, actor: Actor) -> NotificationPreferences:
    """Every kind with the caller's choice (e-mail is on unless turned off)."""
    rows = await repository.preferences_of(session, actor.id)
    return _preferences_answer({row.kind: row.email_enabled for row in rows})


async def set_preferences(
    session: AsyncSession, actor: Actor, *, data: NotificationPreferencesUpdate
) -> NotificationPreferences:
    seen: set[str] = set()
    for index, change in enumerate(data.preferences):
        if change.kind in seen:
            raise RuleViolation(
                f"{change.kind} is listed twice", loc=["body", "preferences", index, "kind"]
            )
        seen.add(change.kind)
        if KINDS[change.kind].mandatory and not change.email:
            raise RuleViolation(
                f"E-mails of the kind {change.kind} are required by the HR policy and cannot "
                "be turned off",
                loc=["body", "preferences", index, "email"],
            )
    rows = {row.kind: row for row in await repository.preferences_of(session, actor.id)}
    before = {kind: row.email_enabled for kind, row in rows.items()}
    for change in data.preferences:
        if KINDS[change.kind].mandatory:
            continue  # always on: nothing to store
        row = rows.get(change.kind)
        if row is None:
            row = NotificationPreference(
                user_id=actor.id, kind=change.kind, email_enabled=change.email
            )
            session.add(row)
            rows[change.kind] = row
        else:
            row.email_enabled = change.email
    await session.flush()
    after = {kind: row.email_enabled for kind, row in rows.items()}
    changes = audit.diff(before, after)
    if changes["after"]:
        audit.record(
            session,
            actor,
            "notification_preferences.update",
            entity="user",
            entity_id=actor.id,
            changes=changes,
        )
    return _preferences_answer(after)


async def list_emails(
    session: AsyncSession,
    page: PageParams,
    *,
    status: str | None = None,
    kind: str | None = None,
    to_address: str | None = None,
) -> tuple[list[NotificationEmailRead], str | None]:
    rows, cursor = await repository.list_emails(
        session, page, status=status, kind=kind, to_address=to_address
    )
    items = [
        NotificationEmailRead.model_validate(
            {
                **{
                    name: getattr(email, name)
                    for name in NotificationEmailRead.model_fields
                    if name != "subject"
                },
                "subject": subject_for(email.kind, title),
            }
        )
        for email, title in rows
    ]
    return items, cursor


async def forget_addresses(session: AsyncSession, replacements: Mapping[str, str]) -> int:
    """Anonymisation: the outbox's copies of these addresses are replaced, and e-mails still
    queued to them are not sent. Returns how many e-mails were changed."""
    changed = 0
    for old, new in replacements.items():
        changed += await repository.readdress_emails(session, old, new, utcnow())
        await repository.skip_queued_emails_to(session, new, "the recipient was anonymised")
    return changed
