from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, Select, and_, select

from api.core.security import Actor
from api.pairings.models import Pairing
from api.pairings.repository import pairing_visibility
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
