"""Hostile input across the whole API: mass assignment, oversized pages and the values that
used to reach the database (NUL characters, numbers as dates, invalid UTF-8, forged cursors).
The token attacks are in tests/auth/test_token.py, the size limits in tests/core/test_errors.py."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine

from api.core.config import Settings
from api.core.pagination import MAX_LIMIT
from tests.factories import Factory
from tests.helpers import assert_problem, empty_database
from tests.test_authorization_matrix import BODIES, OPENAPI, OPENAPI_OPERATIONS
from tests.world import World, build_world, restore_snapshot, take_snapshot

SCHEMAS = OPENAPI["components"]["schemas"]
JSON = "application/json"
# Fields a caller could try to set on a record: its id, role, state, owner or audit columns.
FORBIDDEN_FIELDS = ("id", "role", "status", "is_active", "employee_id", "created_at", "version")


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    return SCHEMAS[ref.rsplit("/", 1)[-1]] if ref else schema


def _objects(schema: dict[str, Any], seen: set[str] | None = None) -> list[tuple[str, Any]]:
    """Every object schema reachable from `schema` (named, for messages)."""
    seen = set() if seen is None else seen
    found: list[tuple[str, Any]] = []
    ref = schema.get("$ref")
    if ref:
        name = ref.rsplit("/", 1)[-1]
        if name in seen:
            return []
        seen.add(name)
        schema = SCHEMAS[name]
        if schema.get("type") == "object":
            found.append((name, schema))
    elif schema.get("type") == "object":
        found.append((schema.get("title", "inline object"), schema))
    children = [
        *schema.get("properties", {}).values(),
        *schema.get("anyOf", []),
        *schema.get("oneOf", []),
        *schema.get("allOf", []),
    ]
    if isinstance(schema.get("items"), dict):
        children.append(schema["items"])
    for child in children:
        found.extend(_objects(child, seen))
    return found


BODY_OPERATIONS = sorted(
    op_id
    for op_id, (method, path) in OPENAPI_OPERATIONS.items()
    if JSON in OPENAPI["paths"][path][method.lower()].get("requestBody", {}).get("content", {})
)
LIST_OPERATIONS = sorted(
    op_id
    for op_id, (method, path) in OPENAPI_OPERATIONS.items()
    if any(
        p["name"] == "limit" for p in OPENAPI["paths"][path][method.lower()].get("parameters", [])
    )
)


def _body_schema(operation: str) -> dict[str, Any]:
    method, path = OPENAPI_OPERATIONS[operation]
    schema: dict[str, Any] = OPENAPI["paths"][path][method.lower()]["requestBody"]["content"][JSON][
        "schema"
    ]
    return schema


@pytest.mark.parametrize("operation", BODY_OPERATIONS)
def test_every_request_body_forbids_unknown_fields(operation):
    objects = _objects(_body_schema(operation))
    assert objects, operation
    open_ = [name for name, schema in objects if schema.get("additionalProperties") is not False]
    assert not open_, f"{operation}: {open_} accept unknown fields (use StrictModel)"


def test_every_list_operation_is_found():
    # Lists answer a page; each takes `limit`, capped at MAX_LIMIT in the documented schema.
    pages = sorted(
        op_id
        for op_id, (method, path) in OPENAPI_OPERATIONS.items()
        if {"items", "next_cursor"}
        <= set(
            _resolve(
                OPENAPI["paths"][path][method.lower()]["responses"]
                .get("200", {})
                .get("content", {})
                .get(JSON, {})
                .get("schema", {})
            ).get("properties", {})
        )
    )
    # Mentor suggestions are a ranked list, not a page, but take a `limit` all the same.
    assert set(LIST_OPERATIONS) == {*pages, "requests-mentor_suggestions"}, pages
    for operation in LIST_OPERATIONS:
        method, path = OPENAPI_OPERATIONS[operation]
        (limit,) = [
            p for p in OPENAPI["paths"][path][method.lower()]["parameters"] if p["name"] == "limit"
        ]
        assert limit["schema"]["maximum"] == MAX_LIMIT == 500, operation


@pytest.fixture(scope="module")
def snapshot(app_client: TestClient, engine: Engine, settings: Settings) -> tuple[World, Any]:
    empty_database(engine)
    world = build_world(app_client, Factory(engine, settings), "active")
    return world, take_snapshot(engine)


@pytest.fixture
def world(snapshot: tuple[World, Any], engine: Engine, client: TestClient) -> World:
    restore_snapshot(engine, snapshot[1])
    return snapshot[0]


def _path(operation: str, world: World) -> str:
    return OPENAPI_OPERATIONS[operation][1].format(**world.ids)


@pytest.mark.parametrize("operation", BODY_OPERATIONS)
def test_mass_assignment_is_a_422(operation, client, world):
    method, _ = OPENAPI_OPERATIONS[operation]
    body = BODIES[operation]
    body = dict(body(world, "hr_admin") if callable(body) else body)
    properties = set()
    for _, schema in _objects(_body_schema(operation)):
        properties |= set(schema.get("properties", {}))
    injected = [name for name in FORBIDDEN_FIELDS if name not in properties] or ["id"]
    response = client.request(
        method,
        _path(operation, world),
        headers=world.headers("hr_admin"),
        json=body | dict.fromkeys(injected, 1),
    )
    problem = assert_problem(response, 422)
    refused = {error["loc"][-1] for error in problem["errors"]}
    assert refused == set(injected), problem


@pytest.mark.parametrize("operation", LIST_OPERATIONS)
def test_a_page_above_the_maximum_is_a_422(operation, client, world):
    method, _ = OPENAPI_OPERATIONS[operation]
    response = client.request(
        method,
        _path(operation, world),
        headers=world.headers("hr_admin"),
        params={"limit": MAX_LIMIT + 1},
    )
    problem = assert_problem(response, 422)
    assert [e["loc"] for e in problem["errors"]] == [["query", "limit"]], problem


# -- values the database would choke on -------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "loc"),
    [
        ("POST", "/api/v1/departments", {"json": {"name": "Ops\x00"}}, ["body", "name"]),
        (
            "PATCH",
            "/api/v1/pairings/{pairing_id}",
            {"json": {"goals": ["Delegate", "Coach\x00"]}},
            ["body", "goals"],
        ),
        ("GET", "/api/v1/employees", {"params": {"q": "Mia\x00"}}, ["query", "q"]),
        ("GET", "/api/v1/departments", {"params": {"q": "\x00"}}, ["query", "q"]),
        ("GET", "/api/v1/audit-events", {"params": {"action": "x\x00"}}, ["query", "action"]),
        (
            "POST",
            "/api/v1/integrations/hris/sync",
            {"json": {}, "headers": {"Idempotency-Key": "key\x00"}},
            ["header", "Idempotency-Key"],
        ),
    ],
)
def test_nul_characters_are_refused_as_input(client, world, method, path, kwargs, loc):
    headers = world.headers("hr_admin") | kwargs.pop("headers", {})
    response = client.request(method, path.format(**world.ids), headers=headers, **kwargs)
    problem = assert_problem(response, 422)
    assert loc in [e["loc"][: len(loc)] for e in problem["errors"]], problem


def test_nul_characters_in_a_path_are_refused_before_routing(client, world):
    # No path names a resource with a NUL in it: 400 before any path parameter is read.
    for path in ("/api/v1/calendar/a%00b.ics", "/api/v1/employees/%00"):
        problem = assert_problem(client.get(path, headers=world.headers("hr_admin")), 400)
        assert "NUL" in problem["detail"]


def test_nul_characters_in_a_sync_row_are_reported_for_that_row(client, world):
    response = client.post(
        "/api/v1/integrations/hris/sync",
        headers=world.headers("hr_admin"),
        json={
            "departments": [
                {"external_id": "D-\x00", "name": "Null"},
                {"external_id": "D-OK", "name": "Fine"},
            ]
        },
    )
    assert response.status_code == 200, response.text
    departments = response.json()["departments"]
    assert departments["created"] == 1
    assert [e["index"] for e in departments["errors"]] == [0]


def test_the_token_form_refuses_nul_characters(client, world):
    response = client.post(
        "/api/v1/auth/token",
        data={"grant_type": "password", "username": "hr@example.com\x00", "password": "x"},
    )
    assert_problem(response, 422)


@pytest.mark.parametrize(
    "value",
    [0, 1700000000, "1700000000", "2026-13-01", "0001-01-01", "9999-12-31", "2026-01-01T00:00:00"],
)
def test_dates_are_iso_days_in_range(client, world, value):
    response = client.post(
        "/api/v1/holidays",
        headers=world.headers("hr_admin"),
        json={"date": value, "name": "Odd day"},
    )
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["loc"] == ["body", "date"]
    query = client.get(
        "/api/v1/reports/training", headers=world.headers("hr_admin"), params={"date_from": value}
    )
    assert_problem(query, 422)


def test_audit_timestamps_are_iso_text(client, world):
    headers = world.headers("hr_admin")
    assert_problem(client.get("/api/v1/audit-events", headers=headers, params={"since": 5}), 422)
    ok = client.get(
        "/api/v1/audit-events", headers=headers, params={"since": "2026-01-01T00:00:00Z"}
    )
    assert ok.status_code == 200, ok.text


def test_a_body_that_is_not_utf8_is_a_422(client, world):
    response = client.post(
        "/api/v1/departments",
        headers=world.headers("hr_admin") | {"content-type": JSON},
        content=b'{"name": "\xff\xfe"}',
    )
    assert assert_problem(response, 422)["errors"] == [
        {"loc": ["body"], "msg": "The body is not valid JSON (UTF-8, reasonably nested)"}
    ]


@pytest.mark.parametrize("last_id", [2**63, 10**30, -1, 0, "1", True])
def test_forged_cursors_are_a_422(client, world, last_id):
    cursor = base64.urlsafe_b64encode(json.dumps({"id": last_id}).encode()).decode().rstrip("=")
    response = client.get(
        "/api/v1/employees", headers=world.headers("hr_admin"), params={"cursor": cursor}
    )
    assert assert_problem(response, 422)["errors"][0]["loc"] == ["query", "cursor"]
