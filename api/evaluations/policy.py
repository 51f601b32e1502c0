"""Who may do what with evaluations (PRODUCT.md rule 12): one function per action on the actor
and the record. The service refuses with them; the read model tells the caller
(`allowed_actions`)."""

from __future__ import annotations

from api.core.errors import Conflict
from api.core.security import Actor
from api.evaluations.models import Evaluation
from api.pairings import policy as pairings
from api.pairings.policy import PairingFacts, Verdict

ALLOWED_ACTIONS_DESCRIPTION = (
    "What the caller may do now with this evaluation: always empty, a recorded evaluation is "
    "final (it is neither changed nor withdrawn; an extension is a new evaluation at the new "
    "date). The pairing's own `allowed_actions` lists `evaluate`."
)


def can_evaluate(actor: Actor, pairing: PairingFacts, *, withdrawal_open: bool) -> Verdict:
    """HR evaluates an active pairing (the pairing's rule), unless a withdrawal from it is
    open: that is resolved first."""
    verdict = pairings.can_evaluate(actor, pairing)
    if verdict and withdrawal_open:
        return Verdict(
            Conflict,
            "A withdrawal from this pairing is open: resolve it first",
            ("withdrawal_open",),
        )
    return verdict


def sees_kra_rating(actor: Actor, evaluation: Evaluation, *, mentee_id: int | None) -> bool:
    """The KRA rating is about the mentor's performance: not the mentee's to read."""
    return mentee_id is None or actor.employee_id != mentee_id


def allowed_actions(actor: Actor, evaluation: Evaluation) -> list[str]:
    """None: a recorded evaluation is final."""
    return []
