"""Every table that holds something about one employee (read here, changed by the service)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.models import User
from api.calendar.models import CalendarFeed
from api.core.audit import AuditEvent
from api.development.models import DevelopmentRecord
from api.email.models import NotificationEmail, NotificationPreference
from api.employees.models import EmployeeSkill, PerformanceReview
from api.evaluations.models import Evaluation
from api.grievances.models import Grievance
from api.mentors.models import MentorProfile
from api.notifications.models import Notification
from api.pairings.models import Pairing
from api.privacy.models import Anonymisation
from api.records.models import PersonnelFileEntry
from api.requests.models import MentoringRequest
from api.reviews.models import PeriodicReview
from api.training.models import TrainingRecord


async def anonymisation_of(session: AsyncSession, employee_id: int) -> Anonymisation | None:
    return await session.scalar(
        select(Anonymisation).where(Anonymisation.employee_id == employee_id)
    )


async def user_of(session: AsyncSession, employee_id: int) -> User | None:
    return await session.scalar(select(User).where(User.employee_id == employee_id))


async def skills(session: AsyncSession, employee_id: int) -> Sequence[EmployeeSkill]:
    stmt = select(EmployeeSkill).where(EmployeeSkill.employee_id == employee_id)
    return (await session.scalars(stmt.order_by(EmployeeSkill.skill))).all()


async def mentor_profile(session: AsyncSession, employee_id: int) -> MentorProfile | None:
    return await session.get(MentorProfile, employee_id)


async def performance_reviews(
    session: AsyncSession, employee_id: int
) -> Sequence[PerformanceReview]:
    stmt = select(PerformanceReview).where(PerformanceReview.employee_id == employee_id)
    return (await session.scalars(stmt.order_by(PerformanceReview.id))).all()


async def mentoring_requests(session: AsyncSession, employee_id: int) -> Sequence[MentoringRequest]:
    stmt = select(MentoringRequest).where(MentoringRequest.mentee_id == employee_id)
    return (await session.scalars(stmt.order_by(MentoringRequest.id))).all()


async def pairings(session: AsyncSession, employee_id: int) -> Sequence[Pairing]:
    stmt = select(Pairing).where(
        or_(Pairing.mentor_id == employee_id, Pairing.mentee_id == employee_id)
    )
    return (await session.scalars(stmt.order_by(Pairing.id))).all()


async def reviews_of(session: AsyncSession, pairing_ids: list[int]) -> Sequence[PeriodicReview]:
    stmt = select(PeriodicReview).where(PeriodicReview.pairing_id.in_(pairing_ids))
    return (await session.scalars(stmt.order_by(PeriodicReview.id))).all()


async def training_records(session: AsyncSession, employee_id: int) -> Sequence[TrainingRecord]:
    stmt = select(TrainingRecord).where(
        or_(TrainingRecord.employee_id == employee_id, TrainingRecord.trainer_id == employee_id)
    )
    return (await session.scalars(stmt.order_by(TrainingRecord.id))).all()


async def evaluations_of(session: AsyncSession, pairing_ids: list[int]) -> Sequence[Evaluation]:
    stmt = select(Evaluation).where(Evaluation.pairing_id.in_(pairing_ids))
    return (await session.scalars(stmt.order_by(Evaluation.id))).all()


async def development_records(
    session: AsyncSession, employee_id: int
) -> Sequence[DevelopmentRecord]:
    stmt = select(DevelopmentRecord).where(DevelopmentRecord.employee_id == employee_id)
    return (await session.scalars(stmt.order_by(DevelopmentRecord.id))).all()


async def grievances_raised(session: AsyncSession, employee_id: int) -> Sequence[Grievance]:
    stmt = select(Grievance).where(Grievance.raised_by == employee_id)
    return (await session.scalars(stmt.order_by(Grievance.id))).all()


async def personnel_file(session: AsyncSession, employee_id: int) -> Sequence[PersonnelFileEntry]:
    stmt = select(PersonnelFileEntry).where(PersonnelFileEntry.employee_id == employee_id)
    return (await session.scalars(stmt.order_by(PersonnelFileEntry.id))).all()


async def notifications(session: AsyncSession, employee_id: int) -> Sequence[Notification]:
    stmt = select(Notification).where(
        or_(
            Notification.recipient_id == employee_id,
            Notification.subject_employee_id == employee_id,
        )
    )
    return (await session.scalars(stmt.order_by(Notification.id))).all()


async def notification_emails(
    session: AsyncSession, addresses: list[str]
) -> Sequence[NotificationEmail]:
    """The e-mails queued or sent to any of these addresses (compared without case)."""
    lowered = sorted({address.lower() for address in addresses if address})
    if not lowered:
        return []
    stmt = select(NotificationEmail).where(func.lower(NotificationEmail.to_address).in_(lowered))
    return (await session.scalars(stmt.order_by(NotificationEmail.id))).all()


async def notification_preferences(
    session: AsyncSession, user_id: int
) -> Sequence[NotificationPreference]:
    stmt = select(NotificationPreference).where(NotificationPreference.user_id == user_id)
    return (await session.scalars(stmt.order_by(NotificationPreference.kind))).all()


async def calendar_feed(session: AsyncSession, user_id: int) -> CalendarFeed | None:
    return await session.scalar(select(CalendarFeed).where(CalendarFeed.user_id == user_id))


async def audit_events(
    session: AsyncSession,
    *,
    entities: dict[str, list[int]],
    actor_label: str | None = None,
) -> Sequence[AuditEvent]:
    """Audit entries about these records (entity -> ids), and those made by this actor."""
    conditions: list[Any] = [
        and_(AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids))
        for entity, ids in entities.items()
        if ids
    ]
    if actor_label is not None:
        conditions.append(AuditEvent.actor == actor_label)
    if not conditions:
        return []
    stmt = select(AuditEvent).where(or_(*conditions)).order_by(AuditEvent.id)
    return (await session.scalars(stmt)).all()
