"""Who may do what with training records, now: one function per action on the actor and the
record (for a new peer session, its pairing's mentor: training sits below pairings and takes
ids, not the Pairing model). The service refuses with them; the read model
tells the caller (`allowed_actions`)."""

from __future__ import annotations

import enum

from api.core.security import Actor
from api.training.models import TrainingRecord


class TrainingAction(enum.StrEnum):
    """The actions on a training record, named after their endpoints."""

    CONFIRM = "confirm"  # POST /training-records/{id}/confirm


def may_record_role_training(actor: Actor) -> bool:
    """HR records mentor training and mentee orientation."""
    return actor.is_hr


def may_record_peer_session(actor: Actor, *, mentor_id: int) -> bool:
    """The pairing's mentor, or HR."""
    return actor.is_hr or (actor.employee_id is not None and actor.employee_id == mentor_id)


def may_confirm(actor: Actor, record: TrainingRecord) -> bool:
    """The trainee themself: nobody confirms for them."""
    return actor.employee_id is not None and actor.employee_id == record.employee_id


def is_confirmed(record: TrainingRecord) -> bool:
    return record.confirmed_at is not None


def allowed_actions(actor: Actor, record: TrainingRecord) -> list[str]:
    """The actions the actor may take on the record now."""
    if not is_confirmed(record) and may_confirm(actor, record):
        return [TrainingAction.CONFIRM.value]
    return []
