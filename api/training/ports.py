"""What training needs of a pairing, and who answers it. Training sits below pairings (the
activation reads who is trained), so it may not import them: it states what it reads of a
pairing here, and pairings installs the answer (`api.pairings.wiring`, run by
`api.main.install()`). Without it, recording training for a pairing fails loudly."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import NotFound
from api.core.security import Actor


@dataclass(frozen=True, slots=True)
class PairingFacts:
    """What a role training or a peer session reads of the pairing it names."""

    id: int
    mentor_id: int
    mentee_id: int
    status: str
    active: bool
    start_date: date


class PairingLookup(Protocol):
    async def __call__(
        self, session: AsyncSession, actor: Actor, pairing_id: int
    ) -> PairingFacts | None:
        """The pairing if the actor may see it, else None."""
        ...


_lookup: PairingLookup | None = None


def look_up_pairings_with(lookup: PairingLookup) -> None:
    global _lookup
    _lookup = lookup


async def visible_pairing(session: AsyncSession, actor: Actor, pairing_id: int) -> PairingFacts:
    """The pairing the actor may see, or 404 (as `pairings.service.get_pairing` answers)."""
    if _lookup is None:
        raise RuntimeError("training has no pairing lookup: api.main.install() was not called")
    pairing = await _lookup(session, actor, pairing_id)
    if pairing is None:
        raise NotFound("Pairing not found")
    return pairing
