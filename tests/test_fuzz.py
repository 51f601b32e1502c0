"""Property-based fuzzing of every operation in openapi.yaml (schemathesis), as HR and as an
employee, against the app in-process on a populated programme (tests/world.py).

Each generated request is sent twice, with HR's token and with the mentee's, and both answers
must be: no server error, a documented status code, a documented content type, a body and
headers matching the documented schema, and a refusal (4xx) of any request schemathesis made
invalid on purpose (negative data). Schema-valid requests ("positive" cases) have their path
ids swapped for the world's records, so the fuzzed bodies reach real rows rather than 404s.

Bounded for CI: 12 examples per operation and generation mode, a fixed seed and derandomised
generation (the same cases every run), no deadline (the first call of a route may be slow).
Nothing is excluded; the one check replaced for one operation is explained below."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.generation import GenerationMode
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy.engine import Engine

from api.core.config import Settings
from api.main import create_app
from tests.factories import Factory
from tests.helpers import empty_database
from tests.world import World, build_world, restore_snapshot, take_snapshot

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"
BASE_URL = f"http://{asgi.HOST}"
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_data_rejection,
]

# The HRIS sync takes rows that may be invalid, by contract: each is validated on its own and
# an invalid one is reported in `errors` (and skipped) while the valid ones land, so the answer
# to a payload with a bad row is a 200, not a refusal. For it, negative_data_rejection is
# replaced by: an invalid payload that is answered 200 reports at least one row error.
HRIS_SYNC = "POST /api/v1/integrations/hris/sync"
ROW_SYNC_CHECKS = [check for check in CHECKS if check is not negative_data_rejection]

schema = schemathesis.openapi.from_path(
    SPEC,
    config=SchemathesisConfig.from_dict(
        {
            "seed": 20261122,
            "generation": {"max-examples": 12, "deterministic": True},
            # The coverage phase enumerates every boundary of every parameter: thousands of
            # requests, minutes of CI. The fuzzing phase (positive and negative) runs instead.
            "phases": {"coverage": {"enabled": False}},
        }
    ),
)


@pytest.fixture(scope="module")
def fuzz_http(settings: Settings) -> Iterator[asgi.ASGIClient]:
    """schemathesis' in-process ASGI client on an app of its own (its lifespan runs on
    schemathesis' event loop, so it gets its own database engine)."""
    with asgi.get_client(create_app(settings)) as http:
        yield http
    asgi.shutdown_lifespans()


@pytest.fixture(scope="module")
def fuzz_world(
    app_client: TestClient, engine: Engine, settings: Settings
) -> tuple[World, dict[str, Any]]:
    empty_database(engine)
    world = build_world(app_client, Factory(engine, settings), "active")
    return world, take_snapshot(engine)


@pytest.fixture
def world(fuzz_world: tuple[World, dict[str, Any]], engine: Engine) -> World:
    """The world as built, again for each operation (its examples share it)."""
    world, snapshot = fuzz_world
    restore_snapshot(engine, snapshot)
    return world


@schema.parametrize()
@settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_fuzz(case, fuzz_http, world):
    if case.meta.generation.mode is GenerationMode.POSITIVE and case.path_parameters:
        case.path_parameters = {
            name: world.ids.get(name, value) for name, value in case.path_parameters.items()
        }
    negative = case.meta.generation.mode is GenerationMode.NEGATIVE
    row_sync = case.operation.label == HRIS_SYNC
    for role in ("hr_admin", "employee"):
        response = case.call_and_validate(
            base_url=BASE_URL,
            session=fuzz_http,
            headers=world.headers(role),
            checks=ROW_SYNC_CHECKS if row_sync else CHECKS,
        )
        if row_sync and negative and response.status_code == 200:
            outcome = response.json()
            assert any(outcome[kind]["errors"] for kind in outcome), (
                "an invalid row was neither refused nor reported",
                case.body,
            )
