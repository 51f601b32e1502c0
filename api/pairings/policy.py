"""Who may do what to a pairing, now (PRODUCT.md rules 4-8 and 12): one function per action on
the actor and the pairing. The service refuses with them (the verdict carries the 403 or 409
the contract names); the read model tells the caller (`allowed_actions`).

The rules read a pairing as `PairingFacts`: its state plus the caller's relation to it (whether
they lead the mentee), built from the list's row (computed in the same statement) or, in the
service, from the loaded pairing and one lookup."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from api.core.errors import AppError, Conflict, Forbidden
from api.core.security import Actor, Role
from api.pairings.models import (
    OPEN_STATUSES,
    PRE_START_STATUSES,
    Pairing,
    PairingStatus,
)


class PairingAction(enum.StrEnum):
    """The actions on a pairing, named after their endpoints."""

    UPDATE = "update"  # PATCH /pairings/{id}
    APPROVE = "approve"  # POST /pairings/{id}/approve
    REJECT = "reject"  # POST /pairings/{id}/reject
    ACKNOWLEDGE = "acknowledge"  # POST /pairings/{id}/acknowledge
    ACTIVATE = "activate"  # POST /pairings/{id}/activate
    TERMINATE = "terminate"  # POST /pairings/{id}/terminate
    EVALUATE = "evaluate"  # POST /pairings/{id}/evaluation (complete or extend)


ALLOWED_ACTIONS_DESCRIPTION = (
    "What the caller may do now with this pairing, given its state: `update` (PATCH the "
    "terms), `approve`, `reject`, `acknowledge`, `activate`, `terminate` (the "
    "`/pairings/{id}/<verb>` endpoints) and `evaluate` (`POST /pairings/{id}/evaluation`). An "
    "action not listed is refused (403 or 409). `activate` is listed once the pairing is approved, "
    "for HR and the mentee's team leader, while only the participants' own steps may be missing "
    "(acknowledgements, role trainings): the 409 then names them. `evaluate` is listed for HR on "
    "an active pairing; it is still refused while a withdrawal from the pairing is open."
)


@dataclass(frozen=True, slots=True)
class PairingFacts:
    """A pairing as the rules read it, with the caller's relation to it."""

    status: PairingStatus
    mentor_id: int
    mentee_id: int
    # The caller is the mentee's team leader or a team leader of the mentee's department.
    leads_mentee: bool
    approvals: frozenset[str]  # the roles that approved: team_leader, hr_admin
    acknowledged_by: frozenset[int]  # the participants' employee ids
    mentor_trained: bool = False  # role training as mentor (read for activation only)
    mentee_trained: bool = False

    @classmethod
    def of(
        cls, pairing: Pairing, *, leads_mentee: bool, trained: Iterable[tuple[int, Any]] = ()
    ) -> PairingFacts:
        """From a loaded pairing; `trained`: (employee_id, role) pairs with role training."""
        roles = set(trained)
        return cls(
            status=PairingStatus(pairing.status),
            mentor_id=pairing.mentor_id,
            mentee_id=pairing.mentee_id,
            leads_mentee=leads_mentee,
            approvals=frozenset(a.role for a in pairing.approvals),
            acknowledged_by=frozenset(a.employee_id for a in pairing.acknowledgements),
            mentor_trained=(pairing.mentor_id, "mentor") in roles,
            mentee_trained=(pairing.mentee_id, "mentee") in roles,
        )

    @classmethod
    def of_row(cls, row: Mapping[str, Any]) -> PairingFacts:
        """From a row of `repository.pairing_rows_query` (its `leads_mentee`, `mentor_trained`
        and `mentee_trained` columns computed for the caller)."""
        return cls(
            status=PairingStatus(row["status"]),
            mentor_id=row["mentor_id"],
            mentee_id=row["mentee_id"],
            leads_mentee=bool(row["leads_mentee"]),
            approvals=frozenset(a["role"] for a in row["approvals"]),
            acknowledged_by=frozenset(a["employee_id"] for a in row["acknowledgements"]),
            mentor_trained=bool(row["mentor_trained"]),
            mentee_trained=bool(row["mentee_trained"]),
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    """Allowed (true), or refused (false): the error the service raises, built only when it is
    asked for. `allowed_actions` asks every rule about every row of a page and raises nothing."""

    error: type[AppError] | None = None
    detail: str = ""
    reasons: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.error is None

    @property
    def refusal(self) -> AppError | None:
        if self.error is None:
            return None
        return self.error(self.detail, reasons=list(self.reasons) if self.reasons else None)

    def enforce(self) -> None:
        refusal = self.refusal
        if refusal is not None:
            raise refusal


ALLOWED = Verdict()


def _forbidden(detail: str) -> Verdict:
    return Verdict(Forbidden, detail)


@lru_cache(maxsize=512)
def _conflict(detail: str, *reasons: str) -> Verdict:
    return Verdict(Conflict, detail, reasons)


def _status_conflict(p: PairingFacts, detail: str) -> Verdict:
    return _conflict(detail, f"status_{p.status}")


# The refusals that say only who may act: one each, built once.
_ONLY_SUPERVISOR_UPDATES = _forbidden(
    "Only HR or the mentee's team leader may change the agreement"
)
_ONLY_SUPERVISOR_APPROVES = _forbidden(
    "Only HR or a team leader of the mentee's department may approve"
)
_ONLY_SUPERVISOR_REJECTS = _forbidden(
    "Only HR or a team leader of the mentee's department may reject"
)
_ONLY_PARTICIPANT_ACKNOWLEDGES = _forbidden(
    "Only the mentor or the mentee acknowledges the agreement themself"
)
_ONLY_SUPERVISOR_ACTIVATES = _forbidden(
    "Only HR or a team leader of the mentee's department may activate"
)
_ONLY_HR_TERMINATES = _forbidden("Only HR may terminate a pairing")
_ONLY_HR_EVALUATES = _forbidden("Only HR evaluates a pairing")
_ONLY_SUPERVISOR_PROPOSES = _forbidden("Only the mentee's team leader or HR may propose a pairing")


def supervises(actor: Actor, p: PairingFacts) -> bool:
    """HR, or the mentee's team leader (or a team leader of the mentee's department): who
    changes, approves, rejects and starts an agreement."""
    return actor.is_hr or (actor.role is Role.TEAM_LEADER and p.leads_mentee)


def approver_role(actor: Actor, p: PairingFacts) -> str | None:
    """The role the actor approves as (hr_admin or team_leader), None when they may not."""
    if actor.is_hr:
        return "hr_admin"
    if supervises(actor, p):
        return "team_leader"
    return None


def can_propose(actor: Actor, *, mentee_team_leader_id: int | None) -> Verdict:
    """HR, or the mentee's own team leader, proposes a pairing for the mentee's request."""
    if actor.is_hr or (
        actor.role is Role.TEAM_LEADER and mentee_team_leader_id == actor.employee_id
    ):
        return ALLOWED
    return _ONLY_SUPERVISOR_PROPOSES


def can_update(actor: Actor, p: PairingFacts) -> Verdict:
    if not supervises(actor, p):
        return _ONLY_SUPERVISOR_UPDATES
    if p.status != PairingStatus.PROPOSED:
        return _status_conflict(p, "Only a proposed agreement can be changed")
    return ALLOWED


def can_approve(actor: Actor, p: PairingFacts) -> Verdict:
    role = approver_role(actor, p)
    if role is None:
        return _ONLY_SUPERVISOR_APPROVES
    if p.status != PairingStatus.PROPOSED:
        return _status_conflict(p, f"A {p.status} pairing cannot be approved")
    if role in p.approvals:
        return _conflict(f"Already approved by {role}", f"already_approved_{role}")
    return ALLOWED


def can_reject(actor: Actor, p: PairingFacts) -> Verdict:
    if not supervises(actor, p):
        return _ONLY_SUPERVISOR_REJECTS
    if p.status not in PRE_START_STATUSES:
        return _status_conflict(p, f"A {p.status} pairing cannot be rejected")
    return ALLOWED


def can_acknowledge(actor: Actor, p: PairingFacts) -> Verdict:
    """The mentor or the mentee, themself; nobody acknowledges for them."""
    if actor.employee_id is None or actor.employee_id not in (p.mentor_id, p.mentee_id):
        return _ONLY_PARTICIPANT_ACKNOWLEDGES
    if p.status not in PRE_START_STATUSES:
        return _status_conflict(p, f"A {p.status} agreement cannot be acknowledged")
    if actor.employee_id in p.acknowledged_by:
        return _conflict("You have already acknowledged this agreement", "already_acknowledged")
    return ALLOWED


def unmet_activation_conditions(p: PairingFacts) -> list[str]:
    """Every condition of the activation that does not hold, in the contract's order."""
    reasons = []
    if p.status != PairingStatus.APPROVED:
        reasons.append(
            "not_approved" if p.status == PairingStatus.PROPOSED else f"status_{p.status}"
        )
        if p.status == PairingStatus.PROPOSED:
            reasons += [
                f"missing_{r}_approval" for r in ("team_leader", "hr_admin") if r not in p.approvals
            ]
    if p.mentor_id not in p.acknowledged_by:
        reasons.append("mentor_not_acknowledged")
    if p.mentee_id not in p.acknowledged_by:
        reasons.append("mentee_not_acknowledged")
    if not p.mentor_trained:
        reasons.append("mentor_not_trained")
    if not p.mentee_trained:
        reasons.append("mentee_not_trained")
    return reasons


def can_activate(actor: Actor, p: PairingFacts) -> Verdict:
    """HR or the mentee's team leader, once approved, acknowledged by both and both trained."""
    if not supervises(actor, p):
        return _ONLY_SUPERVISOR_ACTIVATES
    reasons = unmet_activation_conditions(p)
    if reasons:
        return _conflict("The pairing cannot start yet: " + ", ".join(reasons), *reasons)
    return ALLOWED


# What the participants do themselves before the start: activation may be offered (and its 409
# names them) while only these are missing.
PARTICIPANT_STEPS = frozenset(
    {
        "mentor_not_acknowledged",
        "mentee_not_acknowledged",
        "mentor_not_trained",
        "mentee_not_trained",
    }
)


def offers_activation(verdict: Verdict) -> bool:
    """Activation is offered when allowed, or refused only for the participants' own steps."""
    if verdict:
        return True
    return verdict.error is Conflict and PARTICIPANT_STEPS.issuperset(verdict.reasons)


def can_terminate(actor: Actor, p: PairingFacts) -> Verdict:
    """Only HR ends a pairing that has not ended yet."""
    if not actor.is_hr:
        return _ONLY_HR_TERMINATES
    if p.status not in OPEN_STATUSES:
        return _status_conflict(p, f"A {p.status} pairing cannot be terminated")
    return ALLOWED


def can_evaluate(actor: Actor, p: PairingFacts) -> Verdict:
    """Only HR evaluates, an active pairing (the evaluation completes or extends it)."""
    if not actor.is_hr:
        return _ONLY_HR_EVALUATES
    if p.status != PairingStatus.ACTIVE:
        return _status_conflict(p, f"Only an active pairing is evaluated; this one is {p.status}")
    return ALLOWED


RULES: dict[PairingAction, Callable[[Actor, PairingFacts], Verdict]] = {
    PairingAction.UPDATE: can_update,
    PairingAction.APPROVE: can_approve,
    PairingAction.REJECT: can_reject,
    PairingAction.ACKNOWLEDGE: can_acknowledge,
    PairingAction.ACTIVATE: can_activate,
    PairingAction.TERMINATE: can_terminate,
    PairingAction.EVALUATE: can_evaluate,
}


def allowed_actions(actor: Actor, p: PairingFacts) -> list[str]:
    """The actions the actor may take on the pairing now, in the order of `PairingAction`."""
    actions = []
    for action, rule in RULES.items():
        verdict = rule(actor, p)
        if verdict or (action is PairingAction.ACTIVATE and offers_activation(verdict)):
            actions.append(action.value)
    return actions
