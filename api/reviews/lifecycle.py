"""The periodic reviews follow their pairing's life (PRODUCT.md rule 10): scheduled when it
starts, the further ones when its evaluation is extended, the pending ones cancelled when it
ends. Reviews sit above pairings; pairings announces its lifecycle without knowing of reviews,
and `install()` (run by `api.main.install()`) subscribes this module's handler."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from api.pairings import lifecycle
from api.programme import service as programme
from api.reviews import service


class ReviewsFollowPairings:
    """The reviews' subscriber to the pairing lifecycle (a `lifecycle.Subscriber`)."""

    async def started(self, session: AsyncSession, event: lifecycle.Started) -> None:
        await self._schedule(session, event)

    async def extended(self, session: AsyncSession, event: lifecycle.Extended) -> None:
        # Only the reviews due before the new date that are not scheduled yet are added.
        await self._schedule(session, event)

    async def ended(self, session: AsyncSession, event: lifecycle.Ended) -> None:
        await service.cancel_open(session, pairing_id=event.pairing_id)

    @staticmethod
    async def _schedule(
        session: AsyncSession, event: lifecycle.Started | lifecycle.Extended
    ) -> None:
        # The cadence is the reviews' setting. The transition has read the settings row (the
        # activation's evaluation date, the evaluation's today): the session's identity map
        # answers, no second SELECT.
        settings = await programme.get_settings(session)
        await service.schedule(
            session,
            pairing_id=event.pairing_id,
            start=event.start,
            until=event.evaluation_due,
            interval_months=settings.review_interval_months,
        )


def install() -> None:
    """Subscribe the reviews to every pairing's life (again: it replaces itself)."""
    lifecycle.subscribe("reviews", ReviewsFollowPairings())
