"""A pairing's life as the domains above it follow it: started (activated), extended (a new
evaluation date), ended (completed, terminated, withdrawn). `pairings.service` announces each
step inside the transition, in the same transaction; the subscribers act on it (the periodic
reviews: scheduled on start and extension, the pending ones cancelled at the end).

Pairings imports none of its subscribers: they subscribe themselves (`api.reviews.lifecycle`),
and `api.main.install()` runs every installation (the app, the CLI, the tests' runner). A
required subscriber missing is a bug, not a pairing without reviews: announcing fails loudly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True, slots=True)
class Started:
    pairing_id: int
    start: date
    evaluation_due: date


@dataclass(frozen=True, slots=True)
class Extended:
    pairing_id: int
    start: date
    evaluation_due: date  # the new date


@dataclass(frozen=True, slots=True)
class Ended:
    pairing_id: int
    status: str  # completed, terminated or withdrawn
    end: date


class Subscriber(Protocol):
    async def started(self, session: AsyncSession, event: Started) -> None: ...

    async def extended(self, session: AsyncSession, event: Extended) -> None: ...

    async def ended(self, session: AsyncSession, event: Ended) -> None: ...


# Who must follow every pairing: the periodic reviews (PRODUCT.md rule 10).
REQUIRED = ("reviews",)

_subscribers: dict[str, Subscriber] = {}


def subscribe(name: str, subscriber: Subscriber) -> None:
    """Follow every pairing's life from now on. Subscribing again under the same name
    replaces the subscriber (installing twice is harmless); they are told in the order they
    first subscribed."""
    _subscribers[name] = subscriber


def _subscribed() -> list[Subscriber]:
    missing = [name for name in REQUIRED if name not in _subscribers]
    if missing:
        raise RuntimeError(
            f"the pairing lifecycle has no subscriber {', '.join(missing)}: "
            "api.main.install() was not called"
        )
    return list(_subscribers.values())


async def started(session: AsyncSession, event: Started) -> None:
    for subscriber in _subscribed():
        await subscriber.started(session, event)


async def extended(session: AsyncSession, event: Extended) -> None:
    for subscriber in _subscribed():
        await subscriber.extended(session, event)


async def ended(session: AsyncSession, event: Ended) -> None:
    for subscriber in _subscribed():
        await subscriber.ended(session, event)
