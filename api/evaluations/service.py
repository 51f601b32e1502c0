"""The evaluation of effectiveness at the end of the period (PRODUCT.md rule 12)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.errors import Conflict, NotFound, RuleViolation
from api.core.etag import etag_of
from api.core.pagination import PageParams, page_of
from api.core.security import Actor, Role
from api.employees.models import Employee
from api.evaluations import policy, repository
from api.evaluations.models import Evaluation, EvaluationOutcome
from api.evaluations.schemas import EvaluationCreate
from api.grievances import service as grievances
from api.pairings import service as pairings
from api.pairings.models import Pairing
from api.pairings.policy import PairingFacts
from api.programme import service as programme
from api.records import service as records
from api.webhooks import events

EVALUATION_FIELDS = (
    "pairing_id",
    "evaluated_on",
    "goals",
    "skill_ratings",
    "effectiveness",
    "mentor_kra_rating",
    "outcome",
    "extend_months",
    "summary",
    "early",
    "early_reason",
    "due_date",
)
EARLY_SHARE = 0.8  # before 80% of the period an evaluation must be marked early


def etag(evaluation: Evaluation) -> str:
    return etag_of("evaluation", evaluation.id, evaluation.version)


async def get_evaluation(session: AsyncSession, actor: Actor, evaluation_id: int) -> Evaluation:
    evaluation = await repository.visible_evaluation(session, actor, evaluation_id)
    if evaluation is None:
        raise NotFound("Evaluation not found")
    return evaluation


async def list_evaluations(
    session: AsyncSession,
    actor: Actor,
    page: PageParams,
    *,
    pairing_id: int | None,
    outcome: EvaluationOutcome | None,
    date_from: date | None,
    date_to: date | None,
) -> tuple[list[Evaluation], str | None]:
    rows = await repository.evaluations_page(
        session,
        actor,
        page,
        pairing_id=pairing_id,
        outcome=outcome,
        date_from=date_from,
        date_to=date_to,
    )
    return page_of(rows, page)


async def list_due(
    session: AsyncSession, actor: Actor, page: PageParams, *, today: date
) -> tuple[list[Pairing], str | None]:
    return page_of(await repository.due_page(session, actor, page, today=today), page)


async def mentee_ids(session: AsyncSession, pairing_ids: list[int]) -> dict[int, int]:
    return await repository.mentee_ids(session, pairing_ids)


async def evaluate(
    session: AsyncSession,
    actor: Actor,
    *,
    pairing_id: int,
    data: EvaluationCreate,
    if_match: str | None,
) -> Evaluation:
    pairing = await pairings.get_pairing(session, actor, pairing_id, for_update=True)
    pairings.check_if_match(pairing, if_match)
    facts = PairingFacts.of(pairing, leads_mentee=False)
    withdrawal_open = await grievances.open_withdrawal(session, pairing.id) is not None
    policy.can_evaluate(actor, facts, withdrawal_open=withdrawal_open).enforce()
    assert pairing.evaluation_due_date is not None
    today = await programme.today(session)
    evaluated_on = data.evaluated_on or today
    if evaluated_on > today:
        raise RuleViolation(
            "An evaluation cannot be dated in the future", loc=["body", "evaluated_on"]
        )
    if evaluated_on < pairing.start_date:
        raise RuleViolation(
            "An evaluation cannot be dated before the pairing started", loc=["body", "evaluated_on"]
        )
    period_start = await _current_period_start(session, pairing)
    period_days = (pairing.evaluation_due_date - period_start).days
    early_from = period_start + timedelta(days=int(period_days * EARLY_SHARE))
    if evaluated_on < early_from and not data.early:
        raise Conflict(
            f"Less than 80% of the period has passed (until {early_from.isoformat()}); an "
            "early evaluation needs early: true and a reason",
            reasons=["evaluation_too_early"],
        )
    evaluation = Evaluation(
        pairing_id=pairing.id,
        evaluated_on=evaluated_on,
        goals=[g.model_dump() for g in data.goals],
        skill_ratings=[r.model_dump() for r in data.skill_ratings],
        effectiveness=data.effectiveness,
        mentor_kra_rating=data.mentor_kra_rating,
        outcome=data.outcome,
        extend_months=data.extend_months,
        summary=data.summary,
        early=evaluated_on < early_from,
        early_reason=data.early_reason,
        due_date=pairing.evaluation_due_date,
        evaluated_by=actor.label,
    )
    session.add(evaluation)
    await session.flush()
    audit.record(
        session,
        actor,
        "evaluation.create",
        entity="evaluation",
        entity_id=evaluation.id,
        after=audit.snapshot(evaluation, EVALUATION_FIELDS),
    )
    if data.outcome == EvaluationOutcome.EXTEND:
        assert data.extend_months is not None
        await pairings.extend(session, actor, pairing, months=data.extend_months)
    mentor = await session.get(Employee, pairing.mentor_id)
    mentee = await session.get(Employee, pairing.mentee_id)
    assert mentor is not None and mentee is not None
    await records.file_document(
        session,
        document_type="evaluation",
        document_id=evaluation.id,
        title="Evaluation of the mentoring pairing",
        participants=[mentor, mentee],
        record=("pairing", pairing.id),
    )
    await events.emit(
        session,
        "evaluation.completed",
        {
            "evaluation_id": evaluation.id,
            "pairing_id": pairing.id,
            "outcome": data.outcome,
            "effectiveness": data.effectiveness,
            "evaluation_due_date": pairing.evaluation_due_date.isoformat(),
        },
    )
    if data.outcome == EvaluationOutcome.COMPLETE:  # after evaluation.completed, as announced
        await pairings.complete(
            session, actor, pairing, on=evaluated_on, kra_rating=data.mentor_kra_rating
        )
    return evaluation


async def _current_period_start(session: AsyncSession, pairing: Pairing) -> date:
    """The period being evaluated: from the start, or from the previous evaluation date when
    the pairing was extended."""
    return await repository.latest_due_date(session, pairing.id) or pairing.start_date


async def emit_due_soon(session: AsyncSession, *, today: date, days: int, limit: int = 500) -> int:
    """Remind HR (who runs the evaluation, rule 12) once per evaluation date of an active
    pairing, `days` days before it (or at once, when it is closer or already past without an
    evaluation). Returns how many pairings were announced."""
    due = await repository.claim_due_soon(session, today=today, days=days, limit=limit)
    for pairing in due:
        assert pairing.evaluation_due_date is not None
        pairing.evaluation_reminded_for = pairing.evaluation_due_date
        mentor = await session.get_one(Employee, pairing.mentor_id)
        mentee = await session.get_one(Employee, pairing.mentee_id)
        await records.notify(
            session,
            recipient_role=Role.HR_ADMIN.value,
            kind="evaluation_due",
            title=f"Evaluation due on {pairing.evaluation_due_date.isoformat()}: "
            f"{mentor.full_name} and {mentee.full_name}",
            body="The pairing's evaluation of effectiveness is due; record it in PeerMentor.",
            document_type="agreement",
            document_id=pairing.id,
            subject_employee_id=mentee.id,
            record=("pairing", pairing.id),
        )
    await session.flush()
    return len(due)
