"""Who may do what to a grievance, now (PRODUCT.md rule 14): one function per action on the
actor and the record. The service refuses with them; the read model tells the caller
(`allowed_actions`)."""

from __future__ import annotations

import enum

from api.core.security import Actor
from api.grievances.models import OPEN_STATUSES, GrievanceState, GrievanceStatus
from api.pairings.models import Pairing


class GrievanceOperation(enum.StrEnum):
    """The actions on a grievance, named after their endpoints."""

    ADD_ACTION = "add_action"  # POST /grievances/{id}/actions
    RESOLVE = "resolve"  # POST /grievances/{id}/resolve


ALLOWED_FROM: dict[GrievanceOperation, tuple[GrievanceStatus, ...]] = {
    GrievanceOperation.ADD_ACTION: OPEN_STATUSES,
    GrievanceOperation.RESOLVE: OPEN_STATUSES,
}


def may_raise(actor: Actor, pairing: Pairing) -> bool:
    """The pairing's mentor or mentee in their own name, or HR on their behalf."""
    return actor.is_hr or actor.employee_id in (pairing.mentor_id, pairing.mentee_id)


def may_add_action(actor: Actor, grievance: GrievanceState) -> bool:
    """HR logs its due diligence."""
    return actor.is_hr


def may_resolve(actor: Actor, grievance: GrievanceState) -> bool:
    """HR closes it."""
    return actor.is_hr


RULES = {
    GrievanceOperation.ADD_ACTION: may_add_action,
    GrievanceOperation.RESOLVE: may_resolve,
}


def allowed_actions(actor: Actor, grievance: GrievanceState) -> list[str]:
    """The actions the actor may take on the grievance now, given its status."""
    return [
        action.value
        for action, rule in RULES.items()
        if grievance.status in ALLOWED_FROM[action] and rule(actor, grievance)
    ]
