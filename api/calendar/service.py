"""Calendar feeds: create (or rotate) and revoke a person's feed, and render it."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.calendar import repository
from api.calendar.ics import CalendarEvent, render
from api.calendar.models import CalendarFeed
from api.core import audit
from api.core.db import utcnow
from api.core.errors import NotFound
from api.core.security import Actor, Role
from api.grievances.models import GrievanceKind
from api.programme import service as programme

TOKEN_PREFIX = "pmcal_"  # noqa: S105 - a recognisable prefix, not a secret


def token_digest(token: str) -> str:
    # The token carries 256 random bits: a plain SHA-256 is enough to store it safely.
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


async def create_or_rotate(session: AsyncSession, actor: Actor) -> tuple[CalendarFeed, str]:
    """The caller's feed with a new token (returned once): the previous URL stops working."""
    token = new_token()
    now = utcnow()
    feed = await repository.feed_of_user(session, actor.id)
    if feed is None:
        feed = CalendarFeed(user_id=actor.id, token_hash=token_digest(token), created_at=now)
        session.add(feed)
        action = "calendar_feed.create"
    else:
        action = "calendar_feed.rotate" if feed.revoked_at is None else "calendar_feed.create"
        feed.token_hash = token_digest(token)
        feed.rotated_at = now
        feed.revoked_at = None
    await session.flush()
    # The token and its digest are credentials: never in the audit log.
    audit.record(
        session,
        actor,
        action,
        entity="calendar_feed",
        entity_id=feed.id,
        after={"user_id": actor.id, "revoked_at": None},
    )
    return feed, token


async def current(session: AsyncSession, actor: Actor) -> CalendarFeed:
    feed = await repository.feed_of_user(session, actor.id)
    if feed is None or feed.revoked_at is not None:
        raise NotFound("You have no calendar feed")
    return feed


async def revoke(session: AsyncSession, actor: Actor) -> None:
    feed = await current(session, actor)
    feed.revoked_at = utcnow()
    await session.flush()
    audit.record(
        session,
        actor,
        "calendar_feed.revoke",
        entity="calendar_feed",
        entity_id=feed.id,
        before={"revoked_at": None},
        after={"revoked_at": feed.revoked_at},
    )


async def _events(session: AsyncSession, user: User) -> list[CalendarEvent]:
    today = await programme.today(session)
    events: list[CalendarEvent] = []
    if user.employee_id is not None:
        me = user.employee_id
        for review in await repository.pending_reviews(session, me):
            as_mentor = review.mentor_id == me
            other = review.mentee_name if as_mentor else review.mentor_name
            overdue = review.due_date < today
            form = "mentor" if as_mentor else "mentee"
            events.append(
                CalendarEvent(
                    uid=f"review-{review.id}",
                    day=review.due_date,
                    summary=("Overdue: " if overdue else "")
                    + f"Mentoring review {review.sequence} with {other}",
                    description=f"Your {form} form for review {review.sequence} of pairing "
                    f"{review.pairing_id} is due. Fill it in on PeerMentor.",
                    stamp=review.updated_at,
                    category="Mentoring review",
                )
            )
        for pairing in await repository.evaluations_due(session, me):
            as_mentor = pairing.mentor_id == me
            other = pairing.mentee_name if as_mentor else pairing.mentor_name
            events.append(
                CalendarEvent(
                    uid=f"evaluation-pairing-{pairing.id}",
                    day=pairing.evaluation_due_date,
                    summary=f"Mentoring evaluation with {other}",
                    description=f"HR evaluates pairing {pairing.id} (mentoring "
                    + ("of " if as_mentor else "by ")
                    + f"{other}) on this date.",
                    stamp=pairing.updated_at,
                    category="Mentoring evaluation",
                )
            )
    if user.role == Role.HR_ADMIN:
        for grievance in await repository.open_grievance_deadlines(session):
            label = "Withdrawal" if grievance.kind == GrievanceKind.WITHDRAWAL else "Grievance"
            overdue = grievance.due_date < today
            events.append(
                CalendarEvent(
                    uid=f"grievance-{grievance.id}",
                    day=grievance.due_date,
                    summary=("Breached: " if overdue else "")
                    + f"{label} #{grievance.id} due (pairing {grievance.pairing_id})",
                    description=f"{label} #{grievance.id} must be addressed by the end of "
                    "this day (working-day SLA). Details in PeerMentor.",
                    stamp=grievance.updated_at,
                    category="Grievance deadline",
                )
            )
    return events


async def render_feed(session: AsyncSession, *, token: str) -> str:
    """The ICS document of the feed with this token; 404 when unknown or revoked."""
    if not token.startswith(TOKEN_PREFIX):
        raise NotFound("No such calendar feed")
    user = await repository.active_feed_owner(session, token_digest(token))
    if user is None:
        raise NotFound("No such calendar feed")
    return render(await _events(session, user), name="PeerMentor")
