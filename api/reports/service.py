"""Reports for programme coordinators and analysts (PRODUCT.md rule 15)."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.core.errors import RuleViolation
from api.core.security import Actor
from api.employees.repository import sees_everyone
from api.evaluations.models import EvaluationOutcome
from api.grievances.models import OPEN_STATUSES
from api.pairings.models import PairingStatus
from api.programme import service as programme
from api.reports import impact, repository, trends
from api.reports.repository import Scope
from api.reports.schemas import (
    EvaluationsReport,
    GrievanceSla,
    ImpactFigure,
    MonthlyReport,
    OverdueReviews,
    ProgrammeImpact,
    ProgrammeSummary,
    RowsReport,
    TrainingReport,
    TrainingRow,
)

# Where a training row (a tuple in TrainingRow's field order) holds its sessions and hours.
TRAINING_SESSIONS = list(TrainingRow.model_fields).index("sessions")
TRAINING_HOURS = list(TrainingRow.model_fields).index("hours")


async def scope(
    session: AsyncSession,
    actor: Actor,
    *,
    department_id: int | None,
    date_from: date | None,
    date_to: date | None,
) -> Scope:
    if date_from and date_to and date_to < date_from:
        raise RuleViolation("date_to is before date_from", loc=["query", "date_to"])
    return Scope(
        actor=actor,
        department_id=department_id,
        date_from=date_from,
        date_to=date_to,
        today=await programme.today(session),
    )


# The summaries last computed in this process, by scope, each with the database's change
# marker of the moment before it was computed. A summary is served again only while the marker
# is the same: no transaction has committed since (in any worker), so the data it counted is
# unchanged and a write shows at once. Where there is no marker (SQLite) nothing is kept.
_SUMMARIES: OrderedDict[tuple[Any, ...], tuple[str, ProgrammeSummary]] = OrderedDict()
SUMMARY_CACHE_SIZE = 64
_COMPUTING: dict[tuple[Any, ...], asyncio.Future[ProgrammeSummary]] = {}


def _summary_key(scope: Scope) -> tuple[Any, ...]:
    actor = scope.actor
    # Everyone who sees the whole organisation gets the same summary; a team leader their own.
    who = None if sees_everyone(actor) else (actor.role, actor.employee_id)
    return (who, scope.department_id, scope.date_from, scope.date_to, scope.today)


async def programme_summary(session: AsyncSession, scope: Scope) -> ProgrammeSummary:
    marker = await repository.change_marker(session)
    if marker is None:
        return await _compute_summary(session, scope)
    key = _summary_key(scope)
    cached = _SUMMARIES.get(key)
    if cached is not None and cached[0] == marker:
        _SUMMARIES.move_to_end(key)
        return cached[1]
    # Requests that arrive while the same summary is being computed under the same marker
    # wait for it instead of computing it again (ten clients after one commit: one query).
    computing = _COMPUTING.get((key, marker))
    if computing is not None:
        try:
            return await asyncio.shield(computing)
        except Exception:  # noqa: S110 - the first request failed: compute it here
            pass
    done: asyncio.Future[ProgrammeSummary] = asyncio.get_running_loop().create_future()
    _COMPUTING[(key, marker)] = done
    try:
        # The marker was taken before the figures: a commit after it changes the marker, so
        # a summary that might have missed it is never served under a marker that shows it.
        summary = await _compute_summary(session, scope)
    except BaseException as error:
        done.set_exception(RuntimeError(f"the programme summary failed: {error!r}"))
        done.exception()  # retrieved: nobody may be waiting
        raise
    finally:
        del _COMPUTING[(key, marker)]
    done.set_result(summary)
    _SUMMARIES[key] = (marker, summary)
    _SUMMARIES.move_to_end(key)
    while len(_SUMMARIES) > SUMMARY_CACHE_SIZE:
        _SUMMARIES.popitem(last=False)
    return summary


async def _compute_summary(session: AsyncSession, scope: Scope) -> ProgrammeSummary:
    return ProgrammeSummary.model_validate(await repository.summary(session, scope))


async def overdue_reviews(session: AsyncSession, scope: Scope) -> OverdueReviews:
    rows = await repository.overdue_reviews(session, scope)
    return OverdueReviews.model_validate({"generated_on": scope.today, "items": rows})


async def grievance_sla(session: AsyncSession, scope: Scope) -> GrievanceSla:
    rows = await repository.grievance_sla(session, scope)
    closed = [r for r in rows if r["status"] not in OPEN_STATUSES]
    on_time = [r for r in closed if not r["breached"]]
    return GrievanceSla.model_validate(
        {
            "generated_on": scope.today,
            "total": len(rows),
            "open": len(rows) - len(closed),
            "breached": sum(1 for r in rows if r["breached"]),
            "closed": len(closed),
            "closed_on_time": len(on_time),
            "compliance_pct": round(100.0 * len(on_time) / len(closed), 1) if closed else None,
            "items": rows,
        }
    )


async def evaluations(session: AsyncSession, scope: Scope) -> EvaluationsReport:
    rows = await repository.evaluations(session, scope)
    return EvaluationsReport.model_validate(
        {
            "generated_on": scope.today,
            "count": len(rows),
            "mean_effectiveness": round(sum(r["effectiveness"] for r in rows) / len(rows), 2)
            if rows
            else None,
            "completed": sum(1 for r in rows if r["outcome"] == EvaluationOutcome.COMPLETE),
            "extended": sum(1 for r in rows if r["outcome"] == EvaluationOutcome.EXTEND),
            "items": rows,
        }
    )


async def training(session: AsyncSession, scope: Scope) -> RowsReport:
    rows = await repository.training(session, scope)
    return RowsReport(
        model=TrainingReport,
        row_model=TrainingRow,
        figures={
            "generated_on": scope.today,
            "sessions": sum(map(itemgetter(TRAINING_SESSIONS), rows)),
            # Summed in the rows' order, then rounded, as before; a float even with no rows
            # (0.0, as the schema's float field always gave).
            "hours": round(sum(map(itemgetter(TRAINING_HOURS), rows), 0.0), 1),
        },
        rows=rows,
    )


IMPACT_METHOD = (
    "Participants are compared with people who never took part in that role, matched one to "
    "one in the same department and level with the same prior performance rating (the last "
    "rating whose period ended within 12 months before the pairing started), in a fixed "
    "pseudo-random order. Performance: the change from that rating to the first rating whose "
    "period ended within 12 months after the pairing ended (completed pairings), measured for "
    "the comparison person over the same dates. Retention: still employed 12 months after the "
    "start (pairings that started at least 12 months ago; leavers by the day their status "
    "became terminated). Differences have 95% Welch t-intervals. Each person counts once, "
    "with their earliest pairing in the report. A figure is withheld when either group is "
    "smaller than the programme's minimum sample."
)
PERFORMANCE_METHOD = (
    "Mean change in performance rating (1-5) from the last rating before the start to the "
    "first after the end, against matched people who were never {role}s over the same dates; "
    "95% Welch t-interval of the difference."
)
RETENTION_METHOD = (
    "Share still employed 12 months after the pairing started, against matched people who "
    "were never {role}s, employed on the same start date; 95% Welch t-interval of the "
    "difference in percentage points."
)
SKILL_METHOD = (
    "Mean rating of this improvement area before and after, from the completing evaluations "
    "of the pairings; 95% t-interval of the mean change (no comparison group: only "
    "participants are evaluated)."
)


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _comparison_figure(
    group: str, measure: str, result: impact.Comparison, min_sample: int, method: str
) -> ImpactFigure:
    n = len(result.participants)
    unit = "rating points" if measure == "rating_change" else "percent"
    base: dict[str, Any] = {
        "group": group,
        "measure": measure,
        "skill": None,
        "unit": unit,
        "participants": result.eligible,
        "without_data": result.without_data,
        "unmatched": result.unmatched,
        "sample_size": n,
        "comparison_size": len(result.comparison),
        "method": method,
        "before_mean": None,
    }
    if n < min_sample:
        return ImpactFigure(
            **base,
            status="withheld",
            withheld_reason=f"{n} matched {group} and {len(result.comparison)} comparison "
            f"people; at least {min_sample} per group are needed.",
            participant_mean=None,
            comparison_mean=None,
            difference=None,
            ci_low=None,
            ci_high=None,
        )
    difference, low, high = impact.welch_interval(result.participants, result.comparison)
    digits = 2 if measure == "rating_change" else 1
    return ImpactFigure(
        **base,
        status="reported",
        withheld_reason=None,
        participant_mean=_rounded(impact.mean(result.participants), digits),
        comparison_mean=_rounded(impact.mean(result.comparison), digits),
        difference=_rounded(difference, digits),
        ci_low=_rounded(low, digits),
        ci_high=_rounded(high, digits),
    )


def _skill_figures(rows: list[Any], min_sample: int) -> list[ImpactFigure]:
    figures = []
    for skill, n, befores, afters, changes, squares in sorted(
        rows, key=lambda r: str(r[0]).casefold()
    ):
        base: dict[str, Any] = {
            "group": "mentees",
            "measure": "skill_rating",
            "skill": skill,
            "unit": "rating points",
            "participants": n,
            "without_data": 0,
            "unmatched": 0,
            "sample_size": n,
            "comparison_size": 0,
            "comparison_mean": None,
            "method": SKILL_METHOD,
        }
        if n < min_sample:
            figures.append(
                ImpactFigure(
                    **base,
                    status="withheld",
                    withheld_reason=f"{n} evaluations rate this area; at least {min_sample} "
                    "are needed.",
                    participant_mean=None,
                    before_mean=None,
                    difference=None,
                    ci_low=None,
                    ci_high=None,
                )
            )
            continue
        change, low, high = impact.paired_interval(n, float(changes), float(squares))
        figures.append(
            ImpactFigure(
                **base,
                status="reported",
                withheld_reason=None,
                participant_mean=_rounded(float(afters) / n),
                before_mean=_rounded(float(befores) / n),
                difference=_rounded(change),
                ci_low=_rounded(low),
                ci_high=_rounded(high),
            )
        )
    return figures


async def programme_impact(session: AsyncSession, scope: Scope) -> ProgrammeImpact:
    # Hundreds of thousands of short-lived, acyclic objects (rows, people, matches): the cyclic
    # garbage collector's full passes over them cost more than the report itself.
    with impact.no_cyclic_gc():
        return await _programme_impact(session, scope)


async def _programme_impact(session: AsyncSession, scope: Scope) -> ProgrammeImpact:
    min_sample = (await programme.get_settings(session)).impact_min_sample
    pairings = await repository.impact_pairings(session, scope)
    mentees = [impact.Episode(p[0], p[1], p[4], p[5]) for p in pairings]
    mentors = [impact.Episode(p[0], p[2], p[4], p[5]) for p in pairings]
    completed = {p[0] for p in pairings if p[3] == PairingStatus.COMPLETED}
    people = impact.People([])
    if pairings:
        cells = await repository.impact_cells(session, scope)
        people = impact.People(
            await repository.people_with_ratings(
                session,
                departments={c[0] for c in cells},
                levels={c[1] for c in cells},
            ),
            presorted=session.get_bind().dialect.name == "postgresql",
        )
    figures = []
    for group, episodes, excluded in (
        ("mentees", mentees, people.ever_mentees),
        ("mentors", mentors, people.ever_mentors),
    ):
        done = impact.first_per_person([e for e in episodes if e.pairing_id in completed])
        started = impact.first_per_person(episodes)
        role = group[:-1]
        figures.append(
            _comparison_figure(
                group,
                "rating_change",
                impact.performance(done, people, excluded),
                min_sample,
                PERFORMANCE_METHOD.format(role=role),
            )
        )
        figures.append(
            _comparison_figure(
                group,
                "retention_12_months",
                impact.retention(started, people, excluded, scope.today),
                min_sample,
                RETENTION_METHOD.format(role=role),
            )
        )
    figures.extend(_skill_figures(await repository.skill_ratings(session, scope), min_sample))
    return ProgrammeImpact(
        generated_on=scope.today,
        min_sample=min_sample,
        confidence_level=impact.CONFIDENCE,
        method=IMPACT_METHOD,
        items=figures,
    )


async def monthly(session: AsyncSession, scope: Scope) -> MonthlyReport:
    start, end = trends.month_range(scope)
    return MonthlyReport.model_validate(
        {
            "generated_on": scope.today,
            "date_from": start,
            "date_to": end,
            "items": await trends.monthly(session, scope),
        }
    )
