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
    pairs = list(scores.items())
    return solve_arrays(
        requests=np.array(sorted(set(requests)), dtype=np.int64),
        capacity=capacity,
        pair_requests=np.array([p[0][0] for p in pairs], dtype=np.int64),
        pair_mentors=np.array([p[0][1] for p in pairs], dtype=np.int64),
        pair_units=np.array([units(p[1]) for p in pairs], dtype=np.int64),
        objective=objective,
    )


def solve_arrays(
    *,
    requests: np.ndarray,
    capacity: Mapping[int, int],
    pair_requests: np.ndarray,
    pair_mentors: np.ndarray,
    pair_units: np.ndarray,
    objective: Objective,
) -> Solution:
    """`solve` on arrays: the eligible pairs as three parallel arrays (request id, mentor id,
    score in tenths), each pair once, in any order."""
    if objective not in OBJECTIVES:
        raise ValueError(f"unknown objective {objective!r}")
    request_ids = np.unique(requests)
    mentor_ids = np.array(sorted(m for m, c in capacity.items() if c > 0), dtype=np.int64)
    keep = np.isin(pair_requests, request_ids) & np.isin(pair_mentors, mentor_ids)
    pr, pm, pu = pair_requests[keep], pair_mentors[keep], pair_units[keep]
    has_candidate = set(np.unique(pr).tolist())
    unmatched_reason = {
        int(r): (MENTORS_TAKEN if r in has_candidate else NO_ELIGIBLE_MENTOR)
        for r in request_ids.tolist()
    }
    if len(pr) == 0:
        return Solution(assignment={}, unmatched=unmatched_reason)
    rows = np.searchsorted(request_ids, pr)
    cols = np.searchsorted(mentor_ids, pm)
    caps = np.array([capacity[int(m)] for m in mentor_ids], dtype=np.int64)
    # A mentor needs no more slots than there are requests to fill them.
    caps = np.minimum(caps, len(request_ids))
    weights = _weights(objective, pu, len(request_ids))
    # Independent sub-problems: requests and mentors joined by eligible pairs.
    n_rows, n_cols = len(request_ids), len(mentor_ids)
    graph = coo_matrix((np.ones(len(pr)), (rows, cols + n_rows)), shape=(n_rows + n_cols,) * 2)
    _, component = connected_components(graph, directed=False)
    pair_component = component[rows]
    order = np.argsort(pair_component, kind="stable")
    bounds = np.flatnonzero(np.diff(pair_component[order])) + 1
    assignment: dict[int, int] = {}
    total = 0
    for chunk in np.split(order, bounds):
        for pair in chunk[_solve_component(rows[chunk], cols[chunk], weights[chunk], caps)]:
            assignment[int(pr[pair])] = int(pm[pair])
            total += int(pu[pair])
    unmatched = {
        request_id: reason
        for request_id, reason in unmatched_reason.items()
        if request_id not in assignment
    }
    return Solution(
        assignment=dict(sorted(assignment.items())), unmatched=unmatched, total_units=total
    )


def _weights(objective: Objective, score_units: np.ndarray, requests: int) -> np.ndarray:
    """Each pair's weight: maximising the sum of weights is the lexicographic objective."""
    if objective == "best_coverage":
        # Every count together (at most `requests`) is worth less than one tenth of a score.
        return score_units * (requests + 1) + 1
    # Every score together (at most MAX_SCORE * requests) is worth less than one more match.
    return (MAX_SCORE * requests + 1) + score_units


def _solve_component(
    rows: np.ndarray, cols: np.ndarray, weights: np.ndarray, caps: np.ndarray
) -> np.ndarray:
    """One connected component's pairs (row and column indices, weights): the positions of
    the pairs assigned."""
    local_rows, row_index = np.unique(rows, return_inverse=True)
    local_cols, col_index = np.unique(cols, return_inverse=True)
    local_caps = np.minimum(caps[local_cols], len(local_rows))
    starts = np.concatenate(([0], np.cumsum(local_caps)[:-1]))
    # Each mentor is as many identical slots as their capacity. Pairs that are not eligible
    # weigh 0: any assignment of them is dropped afterwards, and every eligible pair weighs at
    # least 1, so the optimum uses only eligible pairs.
    shape = (len(local_rows), int(local_caps.sum()))
    matrix = np.zeros(shape, dtype=np.float64)
    pair_at = np.full(shape, -1, dtype=np.int64)
    pair_caps = local_caps[col_index]
    positions = np.arange(len(rows))
    for k in range(int(local_caps.max())):
        has_slot = pair_caps > k
        cells = (row_index[has_slot], starts[col_index[has_slot]] + k)
        matrix[cells] = weights[has_slot]
        pair_at[cells] = positions[has_slot]
    assigned_rows, assigned_slots = linear_sum_assignment(matrix, maximize=True)
    chosen = pair_at[assigned_rows, assigned_slots]
    return chosen[chosen >= 0]
