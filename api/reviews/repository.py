from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, select
from sqlalchemy.orm import aliased

from api.core.security import Actor
from api.employees.models import Employee
from api.pairings.models import Pairing
from api.pairings.repository import pairing_visibility
from api.programme.models import ProgrammeSettings
from api.reviews.models import PeriodicReview


def review_visibility(actor: Actor) -> ColumnElement[bool]:
    """A review is visible with its pairing."""
    return PeriodicReview.pairing_id.in_(select(Pairing.id).where(pairing_visibility(actor)))


def status_condition(status: str, today: date) -> ColumnElement[bool]:
    """The derived status as SQL: submitted (both forms), overdue (past due without both),
    scheduled (not yet due), cancelled (the pairing ended early)."""
    pending = and_(PeriodicReview.submitted_at.is_(None), PeriodicReview.cancelled_at.is_(None))
    return {
        "submitted": PeriodicReview.submitted_at.is_not(None),
        "cancelled": and_(
            PeriodicReview.submitted_at.is_(None), PeriodicReview.cancelled_at.is_not(None)
        ),
        "overdue": and_(pending, PeriodicReview.due_date < today),
        "scheduled": and_(pending, PeriodicReview.due_date >= today),
    }[status]


def reviews_query(actor: Actor) -> Select[PeriodicReview]:
    return select(PeriodicReview).where(review_visibility(actor))


def form_context_query(actor: Actor, review_id: int) -> Select[Any]:
    """A review the actor may see, locked for a form, with what filing the form needs in the
    same row: its pairing's status and people (id, name, team leader) and the organisation's
    time zone (NULL before the programme settings are first written)."""
    mentor = aliased(Employee, name="mentor")
    mentee = aliased(Employee, name="mentee")
    timezone = select(ProgrammeSettings.timezone).where(ProgrammeSettings.id == 1).scalar_subquery()
    return (
        select(
            PeriodicReview,
            Pairing.status,
            mentor.id,
            mentor.full_name,
            mentor.team_leader_id,
            mentee.id,
            mentee.full_name,
            mentee.team_leader_id,
            timezone,
        )
        .join(Pairing, Pairing.id == PeriodicReview.pairing_id)
        .join(mentor, mentor.id == Pairing.mentor_id)
        .join(mentee, mentee.id == Pairing.mentee_id)
        .where(PeriodicReview.id == review_id, review_visibility(actor))
        .with_for_update(of=PeriodicReview)
        .execution_options(populate_existing=True)
    )
