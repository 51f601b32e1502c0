"""The reviews follow their pairing's life at the service level (api/pairings/service.py called
with a session, no HTTP): pairings announce it (api/pairings/lifecycle.py), the reviews'
subscriber (api/reviews/lifecycle.py) schedules on the start and the extension and cancels the
pending reviews at the end; without it, a transition fails and leaves nothing behind."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, text

from api.core.dates import add_months
from api.main import create_app
from api.pairings import lifecycle
from api.pairings import service as pairings
from api.reviews.lifecycle import ReviewsFollowPairings
from api.reviews.models import PeriodicReview


def reviews_of(factory: Any, pairing_id: int) -> list[PeriodicReview]:
    async def read(session: Any) -> list[PeriodicReview]:
        stmt = (
            select(PeriodicReview)
            .where(PeriodicReview.pairing_id == pairing_id)
            .order_by(PeriodicReview.sequence)
        )
        return list((await session.scalars(stmt)).all())

    return factory.run(read)


def monthly_after(start: date, months: int) -> list[date]:
    return [add_months(start, k) for k in range(1, months)]


def test_a_started_pairing_has_its_reviews_scheduled(factory, programme):
    pairing = factory.pairing(programme, "active")
    start = date.fromisoformat(pairing["start_date"])
    # The defaults: a review every month, the evaluation after six.
    assert pairing["evaluation_due_date"] == add_months(start, 6).isoformat()
    reviews = reviews_of(factory, pairing["id"])
    assert [r.due_date for r in reviews] == monthly_after(start, 6)
    assert [r.sequence for r in reviews] == [1, 2, 3, 4, 5]
    assert all(r.cancelled_at is None and r.submitted_at is None for r in reviews)


def test_an_extended_pairing_has_only_the_further_reviews_scheduled(factory, programme):
    pairing = factory.pairing(programme, "active")
    start = date.fromisoformat(pairing["start_date"])
    first = reviews_of(factory, pairing["id"])
    hr = programme.org.hr.actor

    async def extend(session: Any) -> date:
        loaded = await pairings.get_pairing(session, hr, pairing["id"], for_update=True)
        return await pairings.extend(session, hr, loaded, months=2)

    assert factory.run(extend) == add_months(start, 8)
    reviews = reviews_of(factory, pairing["id"])
    assert [r.due_date for r in reviews] == monthly_after(start, 8)
    assert [r.sequence for r in reviews] == [1, 2, 3, 4, 5, 6, 7]
    # The five scheduled at the start are kept as they were.
    assert [r.id for r in reviews[:5]] == [r.id for r in first]


def test_an_ended_pairing_has_its_pending_reviews_cancelled(factory, programme, engine):
    pairing = factory.pairing(programme, "active")
    submitted, *pending = reviews_of(factory, pairing["id"])
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE periodic_reviews SET submitted_at = CURRENT_TIMESTAMP WHERE id = :id"),
            {"id": submitted.id},
        )
    hr = programme.org.hr.actor

    async def terminate(session: Any) -> None:
        await pairings.terminate(
            session, hr, pairing_id=pairing["id"], reason="Moved away", if_match=None
        )

    factory.run(terminate)
    after = {r.id: r for r in reviews_of(factory, pairing["id"])}
    assert after[submitted.id].cancelled_at is None
    assert pending and all(after[r.id].cancelled_at is not None for r in pending)


@pytest.mark.parametrize("state", ["withdrawn", "completed"])
def test_every_end_cancels_the_pending_reviews(factory, programme, state):
    pairing = factory.pairing(programme, state)
    reviews = reviews_of(factory, pairing["id"])
    assert reviews and all(r.cancelled_at is not None for r in reviews)


def test_the_app_subscribes_the_reviews(monkeypatch, settings):
    monkeypatch.setattr(lifecycle, "_subscribers", {})
    create_app(settings)
    assert isinstance(lifecycle._subscribers["reviews"], ReviewsFollowPairings)
    # Installing again replaces the subscriber: the reviews are told once.
    create_app(settings)
    assert list(lifecycle._subscribers) == ["reviews"]


def test_without_the_reviews_a_pairing_cannot_start(factory, programme, monkeypatch):
    pairing = factory.pairing(programme, "ready")
    monkeypatch.setattr(lifecycle, "_subscribers", {})
    hr = programme.org.hr.actor

    async def activate(session: Any) -> None:
        await pairings.activate(session, hr, pairing_id=pairing["id"], if_match=None)

    with pytest.raises(RuntimeError, match=r"no subscriber reviews.*api\.main\.install"):
        factory.run(activate)
    # The transaction rolled back: the pairing is not active, no review was written.
    assert factory.pairing_read(pairing["id"])["status"] == "approved"
    assert reviews_of(factory, pairing["id"]) == []
