"""Programme-wide matching: every open request in scope against every eligible mentor's free
slots, solved optimally (api/matching/solver.py), kept as a run, and proposed as pairings."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
from sqlalchemy.ext.asyncio import AsyncSession

from api.core import audit
from api.core.errors import Conflict, Forbidden, NotFound, RuleViolation
from api.core.pagination import PageParams, keyset, page_of
from api.core.security import Actor, Role
from api.employees.models import Department
from api.matching import repository, solver
from api.matching.models import MatchingRun
from api.matching.schemas import MatchingRunCreate, MatchingRunPropose
from api.mentors import service as mentors
from api.pairings import repository as pairing_rows
from api.pairings import service as pairings
from api.pairings.models import Pairing
from api.pairings.schemas import PairingCreate
from api.programme import service as programme
from api.requests import service as requests
from api.requests.models import MentoringRequest, RequestStatus

RUN_FIELDS = ("objective", "department_id", "request_ids", "total_score", "proposals", "unmatched")


def _require_chooser(actor: Actor) -> None:
    if not (actor.is_hr or actor.role is Role.TEAM_LEADER):
        raise Forbidden("Only HR or a team leader may run matching")


async def get_run(
    session: AsyncSession, actor: Actor, run_id: int, *, for_update: bool = False
) -> MatchingRun:
    run = await repository.visible_run(session, actor, run_id, for_update=for_update)
    if run is None:
        raise NotFound("Matching run not found")
    return run


async def list_runs(
    session: AsyncSession, actor: Actor, page: PageParams
) -> tuple[list[MatchingRun], str | None]:
    stmt = repository.runs_query(actor)
    rows = (await session.scalars(keyset(stmt, page, MatchingRun.id))).all()
    return page_of(rows, page)


async def create_run(
    session: AsyncSession, actor: Actor, *, data: MatchingRunCreate
) -> MatchingRun:
    _require_chooser(actor)
    if data.department_id is not None and await session.get(Department, data.department_id) is None:
        raise RuleViolation("No department with this id", loc=["body", "department_id"])
    in_scope = (
        await session.execute(
            repository.open_requests_in_scope(
                actor, department_id=data.department_id, request_ids=data.request_ids
            )
        )
    ).all()
    if data.request_ids is not None:
        found = {row.id for row in in_scope}
        outside = [i for i, rid in enumerate(data.request_ids) if rid not in found]
        if outside:
            raise RuleViolation(
                "Not an open request without a pairing in your scope: "
                + ", ".join(str(data.request_ids[i]) for i in outside),
                errors=[
                    {"loc": ["body", "request_ids", i], "msg": "not an open request in scope"}
                    for i in outside
                ],
            )
    settings = await programme.get_settings(session)
    today = await programme.today(session)
    areas_of = {row.id: list(row.improvement_areas) for row in in_scope}
    mentee_of = {row.id: row.mentee_id for row in in_scope}
    union = sorted({area.lower() for areas in areas_of.values() for area in areas})
    index = {area: i for i, area in enumerate(union)}
    threshold = settings.mentor_min_skill_level
    levels: dict[int, tuple[int, ...]] = {}
    capacity: dict[int, int] = {}
    peers_of: dict[int, np.ndarray] = {}
    if in_scope:
        stmt = repository.eligible_pairs(
            actor,
            department_id=data.department_id,
            request_ids=data.request_ids,
            areas=union,
            departments=sorted({row.department_id for row in in_scope}),
            levels=sorted({row.level for row in in_scope}),
            settings=settings,
            today=today,
            dialect=session.get_bind().dialect.name,
        )
        for row in await session.execute(stmt):
            levels[row.mentor_id] = tuple(row[3 : 3 + len(union)])
            capacity[row.mentor_id] = max(0, row.capacity - row.active_mentees)
            peers_of[row.mentor_id] = np.fromstring(row.request_ids, dtype=np.int64, sep=",")
    solution = solver.solve_arrays(
        requests=np.array(list(areas_of), dtype=np.int64),
        capacity=capacity,
        objective=data.objective,
        **_pair_scores(areas_of, index, levels, peers_of, threshold),
    )

    def explain(request_id: int, mentor_id: int) -> tuple[float, list[str], list[str]]:
        areas = areas_of[request_id]
        mentor_levels = levels[mentor_id]
        return requests.coverage(areas, [mentor_levels[index[a.lower()]] for a in areas], threshold)

    proposals: list[dict[str, Any]] = []
    for request_id, mentor_id in solution.assignment.items():
        score, covered, missing = explain(request_id, mentor_id)
        proposals.append(
            {
                "request_id": request_id,
                "mentee_id": mentee_of[request_id],
                "mentor_id": mentor_id,
                "score": score,
                "covered_skills": covered,
                "missing_skills": missing,
            }
        )
    run = MatchingRun(
        objective=data.objective,
        created_by=actor.id,
        department_id=data.department_id,
        request_ids=data.request_ids,
        total_score=round(sum(p["score"] for p in proposals), 1),
        proposals=proposals,
        unmatched=[
            {"request_id": rid, "mentee_id": mentee_of[rid], "reasons": [reason]}
            for rid, reason in sorted(solution.unmatched.items())
        ],
        proposed=[],
    )
    session.add(run)
    await session.flush()
    audit.record(
        session,
        actor,
        "matching_run.create",
        entity="matching_run",
        entity_id=run.id,
        after=audit.snapshot(run, RUN_FIELDS),
    )
    return run


def _pair_scores(
    areas_of: dict[int, list[str]],
    index: dict[str, int],
    levels: dict[int, tuple[int, ...]],
    peers_of: dict[int, np.ndarray],
    threshold: int,
) -> dict[str, np.ndarray]:
    """Every eligible pair's suggestion score in tenths, computed for all pairs at once: the
    number of a request's areas a mentor covers is a product of two 0/1 matrices (int8: a
    few hundred thousand pairs times the areas stay small)."""
    request_ids = np.array(sorted(areas_of), dtype=np.int64)
    mentor_ids = np.array(sorted(levels), dtype=np.int64)
    wants = np.zeros((len(request_ids), len(index)), dtype=np.int8)
    for i, request_id in enumerate(request_ids.tolist()):
        for area in {a.lower() for a in areas_of[request_id]}:
            wants[i, index[area]] = 1
    covers = np.array(
        [[level >= threshold for level in levels[m]] for m in mentor_ids.tolist()],
        dtype=np.int8,
    ).reshape(len(mentor_ids), len(index))
    if len(mentor_ids):
        pair_requests = np.concatenate([peers_of[m] for m in mentor_ids.tolist()])
        pair_mentors = np.repeat(mentor_ids, [len(peers_of[m]) for m in mentor_ids.tolist()])
        # A request raised since the requests were read waits for the next run.
        known = np.isin(pair_requests, request_ids)
        pair_requests, pair_mentors = pair_requests[known], pair_mentors[known]
    else:
        pair_requests = pair_mentors = np.zeros(0, dtype=np.int64)
    rows = np.searchsorted(request_ids, pair_requests)
    cols = np.searchsorted(mentor_ids, pair_mentors)
    covered = np.einsum("ij,ij->i", wants[rows], covers[cols], dtype=np.int64)
    area_counts = wants.sum(axis=1, dtype=np.int64)[rows]
    # The suggestion score itself, from a table of every (covered, areas) combination.
    most = int(area_counts.max()) if len(area_counts) else 0
    table = np.array(
        [
            [solver.units(requests.coverage_score(k, n)) for n in range(most + 1)]
            for k in range(most + 1)
        ],
        dtype=np.int64,
    )
    pair_units = table[covered, area_counts]
    return {
        "pair_requests": pair_requests,
        "pair_mentors": pair_mentors,
        "pair_units": pair_units,
    }


async def _changes_since(
    session: AsyncSession, run: MatchingRun, chosen: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The chosen proposals that no longer hold: the request is no longer open or has an open
    pairing, or the mentor is no longer eligible or has fewer free slots than proposed."""
    settings = await programme.get_settings(session)
    today = await programme.today(session)
    mentor_ids = sorted({p["mentor_id"] for p in chosen})
    assessments = await mentors.assess(session, mentor_ids, settings=settings, today=today)
    wanted = Counter(p["mentor_id"] for p in chosen)
    affected = []
    for proposal in chosen:
        reasons = []
        request = await session.get(MentoringRequest, proposal["request_id"])
        assert request is not None
        if request.status != RequestStatus.OPEN:
            reasons.append(f"request_{request.status}")
        elif await pairing_rows.open_pairing_of_mentee(session, request.mentee_id) is not None:
            reasons.append("request_has_open_pairing")
        assessment = assessments[proposal["mentor_id"]]
        failed = [r for r in assessment.reasons if r != "at_capacity"]
        if failed:
            reasons += [f"mentor_{r}" for r in failed]
        if assessment.spare_capacity < wanted[proposal["mentor_id"]]:
            reasons.append("mentor_capacity_changed")
        if reasons:
            affected.append({"request_id": proposal["request_id"], "reasons": reasons})
    return affected


async def propose_run(
    session: AsyncSession, actor: Actor, *, run_id: int, data: MatchingRunPropose
) -> tuple[MatchingRun, list[Pairing]]:
    """Make pairings (`proposed`) of the chosen proposals, all or none."""
    _require_chooser(actor)
    run = await get_run(session, actor, run_id, for_update=True)
    by_request = {p["request_id"]: p for p in run.proposals}
    if data.request_ids is None:
        chosen = list(run.proposals)
    else:
        outside = [i for i, rid in enumerate(data.request_ids) if rid not in by_request]
        if outside:
            raise RuleViolation(
                "Not a proposal of this run: "
                + ", ".join(str(data.request_ids[i]) for i in outside),
                errors=[
                    {"loc": ["body", "request_ids", i], "msg": "not a proposal of this run"}
                    for i in outside
                ],
            )
        chosen = [by_request[rid] for rid in data.request_ids]
    if not chosen:
        raise Conflict("This run has no proposals", reasons=["no_proposals"])
    for mentor_id in sorted({p["mentor_id"] for p in chosen}):
        await pairing_rows.lock_employee(session, mentor_id)
    affected = await _changes_since(session, run, chosen)
    if affected:
        raise Conflict(
            "Some proposals no longer hold: "
            + "; ".join(f"request {a['request_id']}: {', '.join(a['reasons'])}" for a in affected),
            reasons=sorted({r for a in affected for r in a["reasons"]}),
            extra={"requests": affected},
        )
    created = []
    for proposal in sorted(chosen, key=lambda p: p["request_id"]):
        request = await session.get(MentoringRequest, proposal["request_id"])
        assert request is not None
        goals = data.goals or [f"Develop {area}" for area in request.improvement_areas][:20]
        created.append(
            await pairings.propose(
                session,
                actor,
                data=PairingCreate(
                    request_id=proposal["request_id"],
                    mentor_id=proposal["mentor_id"],
                    goals=goals,
                    meeting_cadence=data.meeting_cadence,
                    start_date=data.start_date,
                ),
            )
        )
    before = list(run.proposed)
    run.proposed = before + [{"request_id": p.request_id, "pairing_id": p.id} for p in created]
    await session.flush()
    audit.record(
        session,
        actor,
        "matching_run.propose",
        entity="matching_run",
        entity_id=run.id,
        changes={"before": {"proposed": before}, "after": {"proposed": run.proposed}},
    )
    return run, created
