"""The optimal assignment of open requests to mentors' free slots: a pure function, without a
database, so that it can be checked against a brute-force optimum.

Each mentor with capacity c becomes c identical slots; the best assignment of requests to slots
is a maximum-weight bipartite matching, solved exactly by scipy's `linear_sum_assignment` on each
connected component of the request-mentor graph (departments and levels split the programme into
small independent problems). Objectives are lexicographic, folded into one integer weight:

- `best_coverage`: the largest sum of scores, then the most matched requests;
- `most_matched`: the most matched requests, then the largest sum of scores.

Ties between equally good assignments are broken the same way every time: the inputs are sorted
by id (request, then mentor) before solving, whatever order they came in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

Objective = Literal["best_coverage", "most_matched"]
OBJECTIVES: tuple[Objective, ...] = ("best_coverage", "most_matched")

# Scores are shares of 0-100 with one decimal: solved on exact integers (tenths).
SCORE_SCALE = 10
MAX_SCORE = 100 * SCORE_SCALE

NO_ELIGIBLE_MENTOR = "no_eligible_mentor"
MENTORS_TAKEN = "mentors_taken"


@dataclass(frozen=True)
class Solution:
    assignment: dict[int, int]  # request id -> mentor id
    unmatched: dict[int, str]  # request id -> reason code
    total_units: int = 0  # the sum of the assigned scores, in tenths
    matched: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "matched", len(self.assignment))


def units(score: float) -> int:
    """A 0-100 score with one decimal as an exact integer."""
    return round(score * SCORE_SCALE)


def weight(objective: Objective, score_units: int, requests: int) -> int:
    """One pair's weight: maximising the sum of weights is the lexicographic objective."""
    if objective == "best_coverage":
        # Every count together (at most `requests`) is worth less than one tenth of a score.
        return score_units * (requests + 1) + 1
    # Every score together (at most MAX_SCORE * requests) is worth less than one more match.
    return (MAX_SCORE * requests + 1) + score_units


def solve(
    *,
    requests: Iterable[int],
    capacity: Mapping[int, int],
    scores: Mapping[tuple[int, int], float],
    objective: Objective,
) -> Solution:
    """Assign requests to mentors: each request at most one mentor, each mentor at most
    `capacity[mentor]` requests, only pairs listed in `scores` (the eligible pairs, request id
    and mentor id -> score 0-100)."""
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown objective {objective!r}")
    request_ids = sorted(set(requests))
    wanted = set(request_ids)
    pairs = sorted(
        (request_id, mentor_id, units(score))
        for (request_id, mentor_id), score in scores.items()
        if request_id in wanted and capacity.get(mentor_id, 0) > 0
    )
    has_candidate = {request_id for request_id, _, _ in pairs}
    unmatched_reason = {
        request_id: (MENTORS_TAKEN if request_id in has_candidate else NO_ELIGIBLE_MENTOR)
        for request_id in request_ids
    }
    if not pairs:
        return Solution(assignment={}, unmatched=unmatched_reason)
    rows = sorted(has_candidate)
    mentors = sorted({mentor_id for _, mentor_id, _ in pairs})
    row_of = {request_id: i for i, request_id in enumerate(rows)}
    col_of = {mentor_id: j for j, mentor_id in enumerate(mentors)}
    r = np.array([row_of[p[0]] for p in pairs])
    c = np.array([col_of[p[1]] for p in pairs])
    # Independent sub-problems: requests and mentors joined by eligible pairs.
    n_rows = len(rows)
    graph = coo_matrix((np.ones(len(pairs)), (r, c + n_rows)), shape=(n_rows + len(mentors),) * 2)
    _, component = connected_components(graph, directed=False)
    by_component: dict[int, list[tuple[int, int, int]]] = {}
    for request_id, mentor_id, score_units in pairs:
        by_component.setdefault(int(component[row_of[request_id]]), []).append(
            (request_id, mentor_id, score_units)
        )
    assignment: dict[int, int] = {}
    total = 0
    for component_pairs in by_component.values():
        for request_id, mentor_id, score_units in _solve_component(
            component_pairs, capacity, objective, len(request_ids)
        ):
            assignment[request_id] = mentor_id
            total += score_units
    unmatched = {
        request_id: reason
        for request_id, reason in unmatched_reason.items()
        if request_id not in assignment
    }
    return Solution(
        assignment=dict(sorted(assignment.items())), unmatched=unmatched, total_units=total
    )


def _solve_component(
    pairs: list[tuple[int, int, int]],
    capacity: Mapping[int, int],
    objective: Objective,
    request_count: int,
) -> list[tuple[int, int, int]]:
    rows = sorted({p[0] for p in pairs})
    mentors = sorted({p[1] for p in pairs})
    # A mentor needs no more slots than there are requests to fill them.
    slots = [(m, k) for m in mentors for k in range(min(capacity[m], len(rows)))]
    row_of = {request_id: i for i, request_id in enumerate(rows)}
    first_slot: dict[int, int] = {}
    for j, (m, k) in enumerate(slots):
        if k == 0:
            first_slot[m] = j
    # Pairs that are not eligible weigh 0: any assignment of them is dropped afterwards, and
    # every eligible pair weighs at least 1, so the optimum uses only eligible pairs.
    matrix = np.zeros((len(rows), len(slots)), dtype=np.float64)
    score_of: dict[tuple[int, int], int] = {}
    for request_id, mentor_id, score_units in pairs:
        w = weight(objective, score_units, request_count)
        start = first_slot[mentor_id]
        matrix[row_of[request_id], start : start + min(capacity[mentor_id], len(rows))] = w
        score_of[(request_id, mentor_id)] = score_units
    row_index, col_index = linear_sum_assignment(matrix, maximize=True)
    chosen = []
    for i, j in zip(row_index, col_index, strict=True):
        if matrix[i, j] > 0:
            request_id, mentor_id = rows[i], slots[j][0]
            chosen.append((request_id, mentor_id, score_of[(request_id, mentor_id)]))
    return chosen
