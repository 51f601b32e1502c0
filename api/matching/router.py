from __future__ import annotations

from fastapi import APIRouter

from api.auth.dependencies import ChooserActor as Chooser
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import PathId
from api.employees import people as summaries
from api.matching import service
from api.matching.models import MatchingRun
from api.matching.schemas import (
    MatchingRunCreate,
    MatchingRunPropose,
    MatchingRunProposed,
    MatchingRunRead,
)
from api.pairings import service as pairings
from api.pairings.schemas import PairingRead

router = APIRouter(prefix="/matching-runs", tags=["matching"])


async def _reads(session: SessionDep, runs: list[MatchingRun]) -> list[MatchingRunRead]:
    """The runs with their proposals' and unmatched requests' people by name: one statement."""
    reads = [MatchingRunRead.model_validate(run) for run in runs]
    people = await summaries.summaries(
        session,
        [i for read in reads for p in read.proposals for i in (p.mentee_id, p.mentor_id)]
        + [u.mentee_id for read in reads for u in read.unmatched],
    )
    for read in reads:
        named = {p.mentee_id for p in read.proposals} | {p.mentor_id for p in read.proposals}
        named |= {u.mentee_id for u in read.unmatched}
        read.people = [people[i] for i in sorted(named) if i in people]
    return reads


async def _read(session: SessionDep, run: MatchingRun) -> MatchingRunRead:
    (read,) = await _reads(session, [run])
    return read


@router.post(
    "",
    response_model=MatchingRunRead,
    status_code=201,
    operation_id="matching-create_run",
    summary="Run matching",
    description=(
        "Matches every `open` request in scope that has no open pairing with the eligible "
        "mentors' free slots (their capacity minus approved and active pairings), under the "
        "rules of the mentor suggestions, and keeps the run. The score of a pair is its "
        "suggestion score. `best_coverage` maximises the sum of scores, then the number "
        "matched; `most_matched` the number matched, then the sum of scores; the result is "
        "optimal, and the same for the same data. Unmatched requests say why "
        "(`no_eligible_mentor`, `mentors_taken`). HR matches the whole programme or one "
        "`department_id`; a team leader the requests of the people they lead. `request_ids` "
        "narrows the scope: each must be such a request (422 otherwise)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def create_run(
    session: SessionDep, actor: Chooser, body: MatchingRunCreate
) -> MatchingRunRead:
    return await _read(session, await service.create_run(session, actor, data=body))


@router.get(
    "",
    response_model=Page[MatchingRunRead],
    operation_id="matching-list_runs",
    summary="List matching runs",
    description="Newest last: HR sees every run, a team leader the runs they made.",
    responses=problem_responses(401, 403, 422),
)
async def list_runs(session: SessionDep, actor: Chooser, page: PageDep) -> Page[MatchingRunRead]:
    items, cursor = await service.list_runs(session, actor, page)
    return Page(items=await _reads(session, list(items)), next_cursor=cursor)


@router.get(
    "/{run_id}",
    response_model=MatchingRunRead,
    operation_id="matching-get_run",
    summary="Get a matching run",
    description="HR; the team leader who made it. 404 for a run the caller may not see.",
    responses=problem_responses(401, 403, 404, 422),
)
async def read_run(session: SessionDep, actor: Chooser, run_id: PathId) -> MatchingRunRead:
    return await _read(session, await service.get_run(session, actor, run_id))


@router.post(
    "/{run_id}/propose",
    response_model=MatchingRunProposed,
    status_code=201,
    operation_id="matching-propose",
    summary="Propose a run's matches as pairings",
    description=(
        "Makes the chosen proposals (`request_ids`, all when left out) pairings in `proposed`, "
        "as proposing each one would (both approvals are still needed), in one transaction. "
        "409 with `requests: [{request_id, reasons}]` and nothing created when a request or a "
        "mentor's eligibility or free capacity changed since the run; 422 for a request id "
        "that is not a proposal of the run."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def propose(
    session: SessionDep, actor: Chooser, run_id: PathId, body: MatchingRunPropose
) -> MatchingRunProposed:
    run, created = await service.propose_run(session, actor, run_id=run_id, data=body)
    rows = await pairings.read_pairings(session, actor, [p.id for p in created])
    reads = [PairingRead.model_validate(row) for row in rows]  # the people named in the rows
    return MatchingRunProposed(run=await _read(session, run), pairings=reads)
