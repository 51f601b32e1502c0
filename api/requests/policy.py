"""Who may do what to a mentoring request, now (PRODUCT.md rule 3): one function per action on
the actor and the request. The service refuses with them; the read model tells the caller
(`allowed_actions`). The request's mentee must be loaded (repository.requests_query does)."""

from __future__ import annotations

import enum

from api.core.security import Actor, Role
from api.employees.models import Employee
from api.requests.models import PENDING_STATUSES, MentoringRequest, RequestStatus


class RequestAction(enum.StrEnum):
    """The actions on a request, named after their endpoints."""

    CONFIRM = "confirm"  # POST /mentoring-requests/{id}/confirm
    REJECT = "reject"  # POST /mentoring-requests/{id}/reject
    CANCEL = "cancel"  # POST /mentoring-requests/{id}/cancel
    PROPOSE_PAIRING = "propose_pairing"  # POST /pairings with the request's id


# The states each action starts from.
ALLOWED_FROM: dict[RequestAction, tuple[RequestStatus, ...]] = {
    RequestAction.CONFIRM: (RequestStatus.AWAITING_SUPERVISOR,),
    RequestAction.REJECT: PENDING_STATUSES,
    RequestAction.CANCEL: PENDING_STATUSES,
    RequestAction.PROPOSE_PAIRING: (RequestStatus.OPEN,),
}


def leads(actor: Actor, mentee: Employee) -> bool:
    """The actor is the mentee's team leader."""
    return actor.role is Role.TEAM_LEADER and mentee.team_leader_id == actor.employee_id


def supervises(actor: Actor, mentee: Employee) -> bool:
    """HR or the mentee's team leader: who raises an open request, confirms, rejects and
    chooses a mentor."""
    return actor.is_hr or leads(actor, mentee)


def may_raise(actor: Actor, mentee: Employee) -> bool:
    """HR, the mentee's team leader or the mentee themself."""
    return supervises(actor, mentee) or actor.employee_id == mentee.id


def may_confirm(actor: Actor, request: MentoringRequest) -> bool:
    return supervises(actor, request.mentee)


def may_reject(actor: Actor, request: MentoringRequest) -> bool:
    return supervises(actor, request.mentee)


def may_cancel(actor: Actor, request: MentoringRequest) -> bool:
    """The person who raised it, or HR."""
    return actor.is_hr or (actor.kind == "user" and request.requested_by == actor.id)


def may_propose_pairing(actor: Actor, request: MentoringRequest) -> bool:
    return supervises(actor, request.mentee)


RULES = {
    RequestAction.CONFIRM: may_confirm,
    RequestAction.REJECT: may_reject,
    RequestAction.CANCEL: may_cancel,
    RequestAction.PROPOSE_PAIRING: may_propose_pairing,
}


def allowed_actions(actor: Actor, request: MentoringRequest) -> list[str]:
    """The actions the actor may take on the request now, given its status."""
    return [
        action.value
        for action, rule in RULES.items()
        if request.status in ALLOWED_FROM[action] and rule(actor, request)
    ]
