"""The matching solver against a brute-force optimum on small random programmes."""

from __future__ import annotations

import itertools
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from api.matching.solver import MENTORS_TAKEN, NO_ELIGIBLE_MENTOR, solve, units

SCORES = st.sampled_from([0.0, 33.3, 50.0, 66.7, 100.0])


@st.composite
def programmes(draw):
    requests = draw(st.lists(st.integers(1, 40), min_size=0, max_size=6, unique=True))
    mentors = draw(st.lists(st.integers(100, 140), min_size=0, max_size=4, unique=True))
    capacity = {m: draw(st.integers(0, 2)) for m in mentors}
    scores = {}
    for r in requests:
        for m in mentors:
            if draw(st.booleans()):
                scores[(r, m)] = draw(SCORES)
    return requests, capacity, scores


def brute_force(requests, capacity, scores, objective):
    """The best (key) over every assignment: each request gets an eligible mentor or none."""
    options = [[None] + [m for m in capacity if (r, m) in scores] for r in requests]
    best = (0, 0)
    for choice in itertools.product(*options):
        used = Counter(m for m in choice if m is not None)
        if any(used[m] > capacity[m] for m in used):
            continue
        pairs = [(r, m) for r, m in zip(requests, choice, strict=True) if m is not None]
        total = sum(units(scores[pair]) for pair in pairs)
        matched = sum(m is not None for m in choice)
        key = (total, matched) if objective == "best_coverage" else (matched, total)
        best = max(best, key)
    return best


@pytest.mark.parametrize("objective", ["best_coverage", "most_matched"])
@settings(max_examples=300, deadline=None)
@given(programme=programmes(), data=st.data())
def test_optimal_feasible_and_deterministic(objective, programme, data):
    requests, capacity, scores = programme
    solution = solve(requests=requests, capacity=capacity, scores=scores, objective=objective)
    # Optimal: the same objective value as the brute force.
    key = (
        (solution.total_units, solution.matched)
        if objective == "best_coverage"
        else (solution.matched, solution.total_units)
    )
    assert key == brute_force(requests, capacity, scores, objective)
    assert solution.total_units == sum(units(scores[pair]) for pair in solution.assignment.items())
    # Feasible: only eligible pairs, no mentor over capacity, every request accounted for once.
    assert all(pair in scores for pair in solution.assignment.items())
    used = Counter(solution.assignment.values())
    assert all(used[m] <= capacity[m] for m in used)
    assert set(solution.assignment) | set(solution.unmatched) == set(requests)
    assert not set(solution.assignment) & set(solution.unmatched)
    # Explained: no eligible mentor with a free slot at all, or all of them taken.
    for r, reason in solution.unmatched.items():
        has_candidate = any(capacity[m] > 0 for (rr, m) in scores if rr == r)
        assert reason == (MENTORS_TAKEN if has_candidate else NO_ELIGIBLE_MENTOR)
    # Deterministic: the same answer for the same programme given in any order.
    shuffled_requests = data.draw(st.permutations(requests))
    shuffled_scores = dict(data.draw(st.permutations(list(scores.items()))))
    shuffled_capacity = dict(data.draw(st.permutations(list(capacity.items()))))
    again = solve(
        requests=shuffled_requests,
        capacity=shuffled_capacity,
        scores=shuffled_scores,
        objective=objective,
    )
    assert again == solution


def test_ties_are_broken_the_same_way_every_time():
    """Two interchangeable mentors and two requests: the same pairs on every call."""
    scores = {(r, m): 100.0 for r in (1, 2) for m in (10, 11)}
    first = solve(requests=[2, 1], capacity={11: 1, 10: 1}, scores=scores, objective="most_matched")
    assert first.assignment in ({1: 10, 2: 11}, {1: 11, 2: 10})
    for _ in range(5):
        assert (
            solve(requests=[1, 2], capacity={10: 1, 11: 1}, scores=scores, objective="most_matched")
            == first
        )


def test_unknown_objective_is_refused():
    with pytest.raises(ValueError):
        solve(requests=[1], capacity={}, scores={}, objective="fastest")  # type: ignore[arg-type]
