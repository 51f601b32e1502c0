"""Every operation of the API as every kind of caller, against one table of expected outcomes.

The operations come from the app itself, so a new route without a row in MATRIX fails
`test_every_operation_has_a_row`, and its matrix case fails too. Each case restores a populated
programme (tests/world.py) in the state the operation needs, sends a minimal valid request as
each role and compares the status class with the table; a successful write is followed by a
fresh copy of the world, so every role acts on the same state."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from fastapi.routing import APIRoute, _IncludedRouter
from fastapi.testclient import TestClient
from sqlalchemy.engine import Engine
from starlette.routing import BaseRoute

from tests.factories import Factory
from tests.helpers import development_app, empty_database, openapi_spec
from tests.world import (
    EVALUATION_BODY,
    ROLES,
    STALE_ACTORS,
    World,
    build_world,
    restore_snapshot,
)
from tests.world import take_snapshot as snapshot_of

SPEC = Path(__file__).resolve().parent.parent / "openapi.yaml"

# What each role gets. 2xx: allowed; 401: not authenticated; 403: the role may never do this;
# 404: the record is not visible to the caller (no leaking of existence). Anything else is a
# status the caller gets in this state for another reason: calendar-get_feed/revoke_feed are
# 404 for a person without a feed (the world has one, the employee's); calendar-feed is public
# (the token in its URL is the credential); privacy-anonymise is 409 for HR because the
# employee concerned is not terminated.
# Roles: anon = no token; hr = hr_admin; lead = the mentee's team leader (the record's
# department); olead = team leader of another department; emp = the employee concerned (the
# mentee); mentor = the other participant; oemp = an employee of another department;
# hris, rep = the HRIS and reporting service accounts.
MATRIX_TABLE = """
operation                           anon hr   lead olead emp  mentor oemp hris rep
health-live                         2xx  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
health-ready                        2xx  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
auth-token                          400  400  400  400   400  400    400  400  400
auth-me                             401  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
tasks-list                          401  2xx  2xx  2xx   2xx  2xx    2xx  403  403
users-create                        401  2xx  403  403   403  403    403  403  403
users-list                          401  2xx  403  403   403  403    403  403  403
users-get                           401  2xx  403  403   403  403    403  403  403
users-update                        401  2xx  403  403   403  403    403  403  403
users-create_bulk                   401  2xx  403  403   403  403    403  403  403
users-invite                        401  2xx  403  403   403  403    403  403  403
auth-redeem_invitation              400  400  400  400   400  400    400  400  400
service_accounts-create             401  2xx  403  403   403  403    403  403  403
service_accounts-list               401  2xx  403  403   403  403    403  403  403
service_accounts-deactivate         401  2xx  403  403   403  403    403  403  403
service_accounts-create_scim_token  401  2xx  403  403   403  403    403  403  403
service_accounts-list_scim_tokens   401  2xx  403  403   403  403    403  403  403
service_accounts-revoke_scim_token  401  2xx  403  403   403  403    403  403  403
departments-list                    401  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
departments-create                  401  2xx  403  403   403  403    403  403  403
departments-get                     401  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
departments-update                  401  2xx  403  403   403  403    403  403  403
employees-list                      401  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
employees-create                    401  2xx  403  403   403  403    403  403  403
employees-get                       401  2xx  2xx  404   2xx  404    404  2xx  2xx
employees-update                    401  2xx  403  403   403  403    403  403  403
performance_reviews-list            401  2xx  2xx  404   2xx  404    404  2xx  2xx
performance_reviews-create          401  2xx  403  403   403  403    403  403  403
integrations-hris_sync              401  2xx  403  403   403  403    403  2xx  403
programme-get_settings              401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
programme-update_settings           401  2xx  403  403   403  403    403  403  403
programme-list_holidays             401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
programme-create_holiday            401  2xx  403  403   403  403    403  403  403
programme-delete_holiday            401  2xx  403  403   403  403    403  403  403
mentors-get_profile                 401  2xx  2xx  404   2xx  404    404  403  2xx
mentors-put_profile                 401  2xx  403  404   2xx  404    404  403  403
mentors-eligibility                 401  2xx  2xx  404   2xx  404    404  403  2xx
mentors-invite                      401  2xx  2xx  404   403  403    403  403  403
requests-list                       401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
requests-create                     401  2xx  2xx  404   2xx  404    404  403  403
requests-get                        401  2xx  2xx  404   2xx  404    404  403  2xx
requests-confirm                    401  2xx  2xx  404   403  403    403  403  403
requests-reject                     401  2xx  2xx  404   403  403    403  403  403
requests-cancel                     401  2xx  2xx  404   403  404    404  403  403
requests-mentor_suggestions         401  2xx  2xx  404   403  403    403  403  403
matching-create_run                 401  2xx  2xx  2xx   403  403    403  403  403
matching-list_runs                  401  2xx  2xx  2xx   403  403    403  403  403
matching-get_run                    401  2xx  2xx  404   403  403    403  403  403
matching-propose                    401  2xx  2xx  404   403  403    403  403  403
pairings-list                       401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
pairings-create                     401  2xx  2xx  404   403  403    403  403  403
pairings-get                        401  2xx  2xx  404   2xx  2xx    404  403  2xx
pairings-update                     401  2xx  2xx  404   403  403    403  403  403
pairings-approve                    401  2xx  2xx  404   403  403    403  403  403
pairings-reject                     401  2xx  2xx  404   403  403    403  403  403
pairings-acknowledge                401  403  403  404   2xx  2xx    404  403  403
pairings-activate                   401  2xx  2xx  404   403  403    403  403  403
pairings-terminate                  401  2xx  403  403   403  403    403  403  403
training-list                       401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
training-create                     401  2xx  403  404   403  2xx    404  403  403
training-get                        401  2xx  2xx  404   2xx  2xx    404  403  2xx
training-confirm                    401  403  403  404   2xx  403    404  403  403
reviews-list                        401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
reviews-get                         401  2xx  2xx  404   2xx  2xx    404  403  2xx
reviews-put_mentor_form             401  2xx  403  404   403  2xx    404  403  403
reviews-put_mentee_form             401  2xx  403  404   2xx  403    404  403  403
reviews-follow_up                   401  2xx  403  403   403  403    403  403  403
evaluations-create                  401  2xx  403  403   403  403    403  403  403
evaluations-list                    401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
evaluations-due                     401  2xx  2xx  2xx   2xx  2xx    2xx  403  2xx
evaluations-get                     401  2xx  2xx  404   2xx  2xx    404  403  2xx
grievances-list                     401  2xx  2xx  2xx   2xx  2xx    2xx  403  403
grievances-create                   401  2xx  403  404   2xx  2xx    404  403  403
grievances-get                      401  2xx  404  404   2xx  404    404  403  403
grievances-add_action               401  2xx  403  403   403  403    403  403  403
grievances-resolve                  401  2xx  403  403   403  403    403  403  403
development-list                    401  2xx  2xx  404   2xx  404    404  403  2xx
records-personnel_file              401  2xx  2xx  404   2xx  404    404  403  403
records-list_notifications          401  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
records-read_notification           401  404  2xx  404   404  404    404  404  404
records-read_all_notifications      401  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
email-get_preferences               401  2xx  2xx  2xx   2xx  2xx    2xx  403  403
email-put_preferences               401  2xx  2xx  2xx   2xx  2xx    2xx  403  403
email-list_emails                   401  2xx  403  403   403  403    403  403  403
reports-programme_summary           401  2xx  2xx  2xx   403  403    403  403  2xx
reports-overdue_reviews             401  2xx  2xx  2xx   403  403    403  403  2xx
reports-grievance_sla               401  2xx  2xx  2xx   403  403    403  403  2xx
reports-evaluations                 401  2xx  2xx  2xx   403  403    403  403  2xx
reports-training                    401  2xx  2xx  2xx   403  403    403  403  2xx
reports-programme_impact            401  2xx  2xx  2xx   403  403    403  403  2xx
reports-monthly                     401  2xx  2xx  2xx   403  403    403  403  2xx
webhooks-list                       401  2xx  403  403   403  403    403  403  403
webhooks-create                     401  2xx  403  403   403  403    403  403  403
webhooks-get                        401  2xx  403  403   403  403    403  403  403
webhooks-update                     401  2xx  403  403   403  403    403  403  403
webhooks-rotate_secret              401  2xx  403  403   403  403    403  403  403
webhooks-list_deliveries            401  2xx  403  403   403  403    403  403  403
webhooks-retry_delivery             401  2xx  403  403   403  403    403  403  403
audit-list                          401  2xx  403  403   403  403    403  403  403
auth-config                         2xx  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
calendar-feed                       2xx  2xx  2xx  2xx   2xx  2xx    2xx  2xx  2xx
calendar-create_feed                401  2xx  2xx  2xx   2xx  2xx    2xx  403  403
calendar-get_feed                   401  404  404  404   2xx  404    404  403  403
calendar-revoke_feed                401  404  404  404   2xx  404    404  403  403
privacy-data_export                 401  2xx  403  403   403  403    403  403  403
privacy-anonymise                   401  409  403  403   403  403    403  403  403
scim-service_provider_config        401  403  403  403   403  403    403  2xx  403
scim-list_resource_types            401  403  403  403   403  403    403  2xx  403
scim-get_resource_type              401  403  403  403   403  403    403  2xx  403
scim-list_schemas                   401  403  403  403   403  403    403  2xx  403
scim-get_schema                     401  403  403  403   403  403    403  2xx  403
scim-list_users                     401  403  403  403   403  403    403  2xx  403
scim-search_users                   401  403  403  403   403  403    403  2xx  403
scim-search                         401  403  403  403   403  403    403  2xx  403
scim-create_user                    401  403  403  403   403  403    403  2xx  403
scim-get_user                       401  403  403  403   403  403    403  2xx  403
scim-replace_user                   401  403  403  403   403  403    403  2xx  403
scim-patch_user                     401  403  403  403   403  403    403  2xx  403
scim-delete_user                    401  403  403  403   403  403    403  2xx  403
"""

COLUMNS = {
    "anon": "anonymous",
    "hr": "hr_admin",
    "lead": "leader",
    "olead": "other_leader",
    "emp": "employee",
    "mentor": "mentor",
    "oemp": "other_employee",
    "hris": "hris",
    "rep": "reporting",
}


def _parse(table: str) -> dict[str, dict[str, str]]:
    header, *rows = (line.split() for line in table.strip().splitlines())
    roles = [COLUMNS[c] for c in header[1:]]
    assert sorted(roles) == sorted(ROLES), header
    parsed: dict[str, dict[str, str]] = {}
    for operation, *cells in rows:
        assert len(cells) == len(roles), f"{operation}: {len(cells)} cells for {len(roles)} roles"
        assert operation not in parsed, f"{operation} has two rows"
        parsed[operation] = dict(zip(roles, cells, strict=True))
    return parsed


MATRIX = _parse(MATRIX_TABLE)

# The state of the programme an operation acts on (tests/world.py); "active" unless named.
STAGES = {
    "requests-create": "reviewed",
    "requests-confirm": "awaiting",
    "requests-reject": "requested",
    "requests-cancel": "requested",
    "requests-mentor_suggestions": "requested",
    "pairings-create": "requested",
    "matching-create_run": "requested",
    "matching-get_run": "matched",
    "matching-propose": "matched",
    "pairings-update": "proposed",
    "pairings-approve": "proposed",
    "pairings-reject": "proposed",
    "pairings-acknowledge": "proposed",
    "pairings-activate": "ready",
}

Body = dict[str, Any] | Callable[[World, str], Any]
TODAY = date.today().isoformat()
REASON = {"reason": "Not the right time"}

# A minimal valid body for every write that takes one (a function of the world and the role
# where ids or the caller matter).
BODIES: dict[str, Body] = {
    "auth-token": {},
    "users-create": {
        "email": "new.user@example.com",
        "password": "a long enough password",
        "role": "hr_admin",
    },
    "users-update": {"is_active": True},
    "users-create_bulk": lambda w, role: {"role": "employee", "employee_ids": [w.org.member.id]},
    "auth-redeem_invitation": {"token": "not-a-token", "password": "a long enough password"},
    "mentors-invite": {"message": "You explain delegation well"},
    "service_accounts-create": {"name": "BI export", "role": "reporting"},
    "service_accounts-create_scim_token": {"name": "Entra ID"},
    "scim-create_user": {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": "nina.new@example.com",
        "displayName": "Nina New",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Legal"},
    },
    "scim-replace_user": lambda w, _: {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": w.org.member.employee.email,
        "displayName": "Mia Member-Smith",
    },
    "scim-search_users": {"filter": 'userName eq "nobody@example.com"'},
    "scim-search": {"count": 1},
    "scim-patch_user": {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": [{"op": "replace", "path": "title", "value": "Planner"}],
    },
    "departments-create": {"name": "Legal"},
    "departments-update": {"name": "Operations and Logistics"},
    "employees-create": lambda w, _: {
        "full_name": "Nina New",
        "email": "nina.new@example.com",
        "department_id": w.ids["department_id"],
        "level": "M1",
        "hire_date": "2024-01-15",
    },
    "employees-update": {"job_title": "Planner"},
    "performance_reviews-create": {
        "period_start": "2025-07-01",
        "period_end": "2025-12-31",
        "rating": 4,
    },
    "integrations-hris_sync": {"departments": [], "employees": [], "performance_reviews": []},
    "programme-update_settings": {"grievance_sla_working_days": 10},
    "programme-create_holiday": {"date": "2031-12-31", "name": "Year end"},
    "mentors-put_profile": {"available": True, "capacity": 2},
    "requests-create": lambda w, _: {
        "mentee_id": w.org.member.id,
        "performance_review_id": w.ids["performance_review_id"],
        "discussion_date": TODAY,
    },
    "requests-reject": REASON,
    "pairings-create": lambda w, _: {
        "request_id": w.ids["request_id"],
        "mentor_id": w.org.peer.id,
        "goals": ["Delegate the weekly planning"],
        "meeting_cadence": "fortnightly",
        "start_date": TODAY,
    },
    "matching-create_run": {"objective": "best_coverage"},
    "matching-propose": {"start_date": TODAY, "meeting_cadence": "fortnightly"},
    "pairings-update": {"goals": ["Delegate the weekly planning", "Run one retrospective"]},
    "pairings-reject": REASON,
    "pairings-terminate": REASON,
    "training-create": lambda w, _: {
        "kind": "peer_session",
        "pairing_id": w.ids["pairing_id"],
        "date": TODAY,
        "duration_minutes": 45,
    },
    "reviews-put_mentor_form": {
        "progress": 4,
        "relationship_health": 4,
        "on_behalf_note": "Received by email",
    },
    "reviews-put_mentee_form": {
        "progress": 4,
        "relationship_health": 5,
        "on_behalf_note": "Received by email",
    },
    "reviews-follow_up": {"notes": "Spoke with both", "action_required": False},
    "evaluations-create": EVALUATION_BODY,
    # HR records one on the mentee's behalf; a participant raises their own.
    "grievances-create": lambda w, role: {
        "pairing_id": w.ids["pairing_id"],
        "kind": "grievance",
        "description": "Sessions keep being cancelled",
        **({"raised_by": w.org.member.id} if role == "hr_admin" else {}),
    },
    "grievances-add_action": {"note": "Called both participants"},
    "grievances-resolve": {"outcome": "resolved", "resolution": "Agreed a new schedule"},
    "webhooks-create": {
        "url": "https://hooks.example.com/other",
        "events": ["pairing.activated"],
    },
    "webhooks-update": {"description": "The BI receiver"},
    "email-put_preferences": {"preferences": [{"kind": "review_due", "email": False}]},
}

# Anonymous callers of the token endpoint send an empty form: 400 (no grant_type) shows the
# route is public (it would be 401 behind the token check). Every other role does the same.
FORM_OPERATIONS = {"auth-token"}


def _app_routes() -> Iterator[BaseRoute]:
    """Every route the app serves. FastAPI 0.163 keeps included routers as nested
    `_IncludedRouter` entries; their effective routes carry the full path and methods."""

    def walk(routes: list[Any]) -> Iterator[BaseRoute]:
        for route in routes:
            if isinstance(route, _IncludedRouter):
                yield from walk(route.effective_candidates())
            else:
                yield route

    yield from walk(list(development_app().routes))


def _operation_id(route: BaseRoute) -> str | None:
    original = getattr(route, "original_route", route)
    return original.operation_id if isinstance(original, APIRoute) else None


APP_OPERATIONS = {
    _operation_id(route): (method, getattr(route, "path", ""))
    for route in _app_routes()
    if getattr(route, "include_in_schema", False)
    for method in sorted(getattr(route, "methods", None) or {"GET"})
    if method != "HEAD"
}
OPENAPI = openapi_spec()
OPENAPI_OPERATIONS = {
    op["operationId"]: (method.upper(), path)
    for path, methods in OPENAPI["paths"].items()
    for method, op in methods.items()
}
# Outside /api/v1: health checks and the token endpoint (public), the live schema and its
# interactive docs, and the SPA's catch-all (api/spa.py, which never matches /api/...).
PUBLIC_PATHS = {
    "/healthz",
    "/readyz",
    "/api/v1/auth/token",
    "/api/v1/auth/config",
    "/api/v1/account-invitations/redeem",  # the one-time token in the body is the credential
    "/api/v1/calendar/{token}.ics",  # the secret token in the URL is the credential
}
# SCIM 2.0 for the identity provider (api/scim/router.py): its own protocol, outside /api/v1,
# hris service accounts only (the matrix's rows).
SCIM_PATHS = {
    "/scim/v2/ServiceProviderConfig",
    "/scim/v2/ResourceTypes",
    "/scim/v2/ResourceTypes/{resource_type_id}",
    "/scim/v2/Schemas",
    "/scim/v2/Schemas/{schema_id}",
    "/scim/v2/Users",
    "/scim/v2/Users/{employee_id}",
    "/scim/v2/Users/.search",
    "/scim/v2/.search",
    "/scim/v2/{unknown_path:path}",  # a SCIM 404 for any other path
}
NON_API_PATHS = {"/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc", "/{path:spa_path}"}


def test_every_operation_has_a_row():
    missing = sorted(set(OPENAPI_OPERATIONS) - set(MATRIX))
    assert not missing, f"add a row to MATRIX_TABLE for: {', '.join(missing)}"
    stale = sorted(set(MATRIX) - set(OPENAPI_OPERATIONS))
    assert not stale, f"MATRIX_TABLE names operations the app does not have: {stale}"


def test_the_app_routes_are_the_documented_ones():
    assert None not in APP_OPERATIONS, "every route has an operationId"
    assert APP_OPERATIONS == OPENAPI_OPERATIONS
    committed = yaml.safe_load(SPEC.read_text())["paths"]
    undocumented = sorted(
        f"{method} {path}"
        for method, path in APP_OPERATIONS.values()
        if method.lower() not in committed.get(path, {})
    )
    assert not undocumented, f"not in openapi.yaml (run `peermentor openapi`): {undocumented}"


def test_no_route_outside_the_api_but_the_listed_public_ones():
    paths = {getattr(route, "path", repr(route)) for route in _app_routes()}
    outside = {path for path in paths if not path.startswith("/api/v1/")}
    known = PUBLIC_PATHS | NON_API_PATHS | SCIM_PATHS
    assert outside <= known, outside - known
    # The public ones answer without a token; everything else under /api/v1 is a 401 then
    # (the matrix's `anon` column).
    assert {
        path
        for op, (_, path) in OPENAPI_OPERATIONS.items()
        if MATRIX.get(op, {}).get("anonymous") != "401"
    } <= PUBLIC_PATHS


@pytest.fixture(scope="module")
def worlds(app_client: TestClient, engine: Engine, settings: Any) -> dict[str, Any]:
    """Lazily built snapshots of the world, per stage."""
    return {"settings": settings}


def _world(cache: dict[str, Any], stage: str, client: TestClient, engine: Engine) -> World:
    if stage not in cache:
        empty_database(engine)
        world = build_world(client, Factory(engine, cache["settings"]), stage)
        cache[stage] = (world, snapshot_of(engine))
    world, snapshot = cache[stage]
    restore_snapshot(engine, snapshot)
    return world


def _call(client: TestClient, operation: str, world: World, role: str) -> Any:
    method, template = OPENAPI_OPERATIONS[operation]
    try:
        path = template.format(**world.ids)
    except KeyError as missing:
        raise AssertionError(f"{operation}: the world has no record for {missing}") from None
    headers = world.headers(role)
    if operation in FORM_OPERATIONS:
        return client.request(method, path, headers=headers, data={})
    body = BODIES.get(operation)
    if callable(body):
        body = body(world, role)
    if body is None and method in ("POST", "PUT", "PATCH") and _has_body(operation):
        raise AssertionError(f"{operation}: declare a request body in BODIES")
    return client.request(method, path, headers=headers, json=body)


def _has_body(operation: str) -> bool:
    method, path = OPENAPI_OPERATIONS[operation]
    return "requestBody" in OPENAPI["paths"][path][method.lower()]


def _matches(expected: str, status: int) -> bool:
    return 200 <= status < 300 if expected == "2xx" else status == int(expected)


@pytest.mark.parametrize("operation", sorted(OPENAPI_OPERATIONS))
def test_authorization_matrix(operation, client, engine, worlds):
    assert operation in MATRIX, f"{operation} has no row in MATRIX_TABLE: declare who may call it"
    expected = MATRIX[operation]
    stage = STAGES.get(operation, "active")
    method = OPENAPI_OPERATIONS[operation][0]
    # The refused first, then the allowed: a successful write gets a fresh world after it.
    roles = sorted(ROLES, key=lambda role: expected[role] == "2xx")
    world = _world(worlds, stage, client, engine)
    wrong = []
    for role in roles:
        response = _call(client, operation, world, role)
        if not _matches(expected[role], response.status_code):
            wrong.append(
                f"  {role}: expected {expected[role]}, got {response.status_code} "
                f"{response.text[:200]}"
            )
        if method != "GET" and response.status_code < 300:
            world = _world(worlds, stage, client, engine)
    # A token whose account was deactivated, demoted or terminated since is refused like no
    # token at all: 401 everywhere but the public routes, which answer as they do to anyone.
    stale_expected = expected["anonymous"]
    for name in STALE_ACTORS:
        response = _call(client, operation, world, name)
        if not _matches(stale_expected, response.status_code):
            wrong.append(
                f"  {name}: expected {stale_expected}, got {response.status_code} "
                f"{response.text[:200]}"
            )
    assert not wrong, f"{operation} ({stage} world):\n" + "\n".join(wrong)


def test_every_operation_is_reached_by_its_own_path():
    """No route shadows another: for every operation, a path of its template (every parameter
    `7`) is matched first, in the app's routing order, by the operation itself. The routers'
    order in api/main.py is free to follow their traffic only as long as this holds."""
    ordered = [
        (route, _operation_id(route))
        for route in _app_routes()
        if getattr(route, "path_regex", None) is not None
    ]
    shadowed = []
    for operation, (method, template) in APP_OPERATIONS.items():
        path = re.sub(r"\{[^}]+\}", "7", template)
        first = next(
            op
            for route, op in ordered
            if route.path_regex.match(path) and method in (getattr(route, "methods", None) or ())
        )
        if first != operation:
            shadowed.append(f"{method} {path}: {first} before {operation}")
    assert not shadowed, shadowed
