"""Request bodies are strict about JSON types: true is not an int, 1 is not a bool, "4" is not
an int, 4 is not a string and 4.5 is not an int. The wrong type is a 422 naming the field and
stores nothing; in the HRIS sync it is that row's error while the other rows land."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from api.core.config import Settings
from tests.factories import Factory
from tests.helpers import assert_problem
from tests.test_authorization_matrix import BODIES, OPENAPI_OPERATIONS
from tests.world import World, build_world, restore_snapshot, take_snapshot

# Rows that change on any authenticated call (the service accounts' rate-limit counters).
VOLATILE_TABLES = {"service_rate_limits"}


@pytest.fixture(scope="module")
def snapshot(app_client: TestClient, engine: Engine, settings: Settings) -> tuple[World, Any]:
    from tests.helpers import empty_database

    empty_database(engine)
    world = build_world(app_client, Factory(engine, settings), "active")
    return world, take_snapshot(engine)


@pytest.fixture
def world(snapshot: tuple[World, Any], engine: Engine, client: TestClient) -> World:
    restore_snapshot(engine, snapshot[1])
    return snapshot[0]


def _stored(engine: Engine) -> dict[str, Any]:
    return {k: v for k, v in take_snapshot(engine).items() if k not in VOLATILE_TABLES}


def _with(body: dict[str, Any], loc: tuple[str | int, ...], value: Any) -> dict[str, Any]:
    """A copy of the body with the value at `loc` replaced (or added)."""
    body = copy.deepcopy(body)
    target: Any = body
    for part in loc[:-1]:
        target = target[part]
    target[loc[-1]] = value
    return body


# (operation, the field, the wrong value): a representative write of each domain, and every
# kind of mistake: true / "4" / 4.5 for an int, 1 / "true" for a bool, 4 for a string. (4.5
# for an int and 4 for a string were refused before bodies became strict; they are here so
# that the whole contract is stated in one place.)
CASES = [
    ("programme-update_settings", ("max_mentees_per_mentor",), True),
    ("programme-update_settings", ("max_mentees_per_mentor",), "4"),
    ("programme-update_settings", ("max_mentees_per_mentor",), 4.5),
    ("programme-update_settings", ("managerial_cadre_only",), 1),
    ("programme-update_settings", ("managerial_cadre_only",), "true"),
    ("programme-create_holiday", ("name",), 4),
    ("departments-create", ("name",), 4),
    ("employees-create", ("department_id",), True),
    ("employees-create", ("is_managerial",), 1),
    ("employees-create", ("level",), 4),
    ("employees-update", ("job_title",), 4),
    ("employees-update", ("team_leader_id",), "1"),
    ("performance_reviews-create", ("rating",), True),
    ("performance_reviews-create", ("rating",), 4.5),
    ("performance_reviews-create", ("rating",), "4"),
    ("mentors-put_profile", ("available",), 1),
    ("mentors-put_profile", ("capacity",), True),
    ("requests-create", ("performance_review_id",), True),
    ("pairings-create", ("mentor_id",), "2"),
    ("pairings-create", ("goals", 0), 4),
    ("pairings-update", ("goals", 0), 4),
    ("training-create", ("duration_minutes",), "45"),
    ("reviews-put_mentor_form", ("progress",), True),
    ("reviews-put_mentor_form", ("relationship_health",), 4.5),
    ("reviews-put_mentee_form", ("concern",), 1),
    ("reviews-follow_up", ("action_required",), 0),
    ("evaluations-create", ("effectiveness",), "4"),
    ("evaluations-create", ("goals", 0, "met"), 1),
    ("evaluations-create", ("skill_ratings", 0, "before"), True),
    ("evaluations-create", ("extend_months",), 1.5),
    ("grievances-create", ("pairing_id",), True),
    ("grievances-create", ("description",), 4),
    ("grievances-resolve", ("resolution",), 4),
    ("webhooks-create", ("events", 0), 1),
    ("users-create", ("password",), 12345678901234),
]


@pytest.mark.parametrize(
    ("operation", "loc", "value"),
    CASES,
    ids=[f"{op}-{'.'.join(map(str, loc))}-{value!r}" for op, loc, value in CASES],
)
def test_a_wrong_json_type_is_a_422_naming_the_field(operation, loc, value, client, engine, world):
    method, template = OPENAPI_OPERATIONS[operation]
    body = BODIES[operation]
    body = body(world, "hr_admin") if callable(body) else body
    before = _stored(engine)
    response = client.request(
        method,
        template.format(**world.ids),
        headers=world.headers("hr_admin"),
        json=_with(body, loc, value),
    )
    problem = assert_problem(response, 422)
    # The field's path ends the error's location (a tagged union adds its tag before it).
    assert any(
        e["loc"][0] == "body" and e["loc"][-len(loc) :] == list(loc) for e in problem["errors"]
    ), problem
    assert _stored(engine) == before


def test_a_wrong_type_in_a_sync_row_is_that_rows_error(client, engine, world):
    hris = world.headers("hris")
    employee = {
        "external_id": "E-STRICT-1",
        "full_name": "Sam Strict",
        "email": "sam.strict@example.com",
        "department_external_id": "D-STRICT",
        "level": "M2",
        "hire_date": "2022-02-01",
    }
    response = client.post(
        "/api/v1/integrations/hris/sync",
        headers=hris,
        json={
            "departments": [
                {"external_id": "D-STRICT", "name": "Strictness"},
                {"external_id": "D-BAD", "name": 4},
            ],
            "employees": [
                employee | {"is_managerial": 1},
                employee | {"external_id": "E-STRICT-2", "email": "sam2.strict@example.com"},
                employee | {"external_id": "E-STRICT-3", "email": "s3@example.com", "level": 3},
            ],
            "performance_reviews": [
                {
                    "external_id": "PR-STRICT-1",
                    "employee_external_id": "E-STRICT-2",
                    "period_start": "2025-01-01",
                    "period_end": "2025-06-30",
                    "rating": True,
                },
                {
                    "external_id": "PR-STRICT-2",
                    "employee_external_id": "E-STRICT-2",
                    "period_start": "2025-07-01",
                    "period_end": "2025-12-31",
                    "rating": 4,
                },
            ],
        },
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["departments"]["created"] == 1
    assert [(e["index"], e["external_id"]) for e in result["departments"]["errors"]] == [
        (1, "D-BAD")
    ]
    assert "name" in result["departments"]["errors"][0]["msg"]
    assert result["employees"]["created"] == 1
    assert [(e["index"], e["external_id"]) for e in result["employees"]["errors"]] == [
        (0, "E-STRICT-1"),
        (2, "E-STRICT-3"),
    ]
    assert "is_managerial" in result["employees"]["errors"][0]["msg"]
    assert "level" in result["employees"]["errors"][1]["msg"]
    assert result["performance_reviews"]["created"] == 1
    [review_error] = result["performance_reviews"]["errors"]
    assert (review_error["index"], review_error["external_id"]) == (0, "PR-STRICT-1")
    assert "rating" in review_error["msg"]
    # Only the valid rows landed.
    hr = world.headers("hr_admin")
    people = client.get("/api/v1/employees", headers=hr, params={"q": "Sam Strict"}).json()
    assert [e["external_id"] for e in people["items"]] == ["E-STRICT-2"]
    reviews = client.get(
        f"/api/v1/employees/{people['items'][0]['id']}/performance-reviews", headers=hr
    ).json()["items"]
    assert [(r["rating"], r["period_start"]) for r in reviews] == [(4, "2025-07-01")]
