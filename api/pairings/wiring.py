"""What pairings answer for the domains below them, installed into their ports: the pairing a
training names (`training.ports`) and the pairings holding a mentor's slots (`mentors.ports`).
Those domains sit below pairings (pairings read who is trained and assess mentors), so they
state what they need and pairings supplies it; `api.main.install()` runs `install()`."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.security import Actor
from api.mentors import ports as mentor_ports
from api.pairings import repository
from api.pairings.models import PairingStatus
from api.training import ports as training_ports


async def pairing_for_training(
    session: AsyncSession, actor: Actor, pairing_id: int
) -> training_ports.PairingFacts | None:
    """The pairing as training reads it, if the actor may see it (the visibility of
    `pairings.service.get_pairing`, in its one statement)."""
    pairing = await repository.visible_pairing(session, actor, pairing_id)
    if pairing is None:
        return None
    return training_ports.PairingFacts(
        id=pairing.id,
        mentor_id=pairing.mentor_id,
        mentee_id=pairing.mentee_id,
        status=str(pairing.status),
        active=pairing.status == PairingStatus.ACTIVE,
        start_date=pairing.start_date,
    )


def install() -> None:
    """Answer the training and mentors ports (again: it is idempotent)."""
    training_ports.look_up_pairings_with(pairing_for_training)
    mentor_ports.count_held_pairings_with(repository.held_pairings)
