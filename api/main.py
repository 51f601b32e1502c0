"""create_app(): the routers, error handlers and middleware of the PeerMentor API."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from starlette.routing import BaseRoute
from starlette.types import ASGIApp

from api import __doc__ as package_doc
from api.accounts.router import public_router as accounts_public_router
from api.accounts.router import router as accounts_router
from api.accounts.router import secret_router as accounts_secret_router
from api.audit.router import router as audit_router
from api.auth.dependencies import current_actor, limit_service_accounts
from api.auth.oidc import OidcVerifier, oidc_configured
from api.auth.router import router as auth_router
from api.auth.router import token_router
from api.auth.schemas import TokenProblem
from api.auth.sso_router import router as sso_router
from api.calendar.router import public_router as calendar_public_router
from api.calendar.router import router as calendar_router
from api.core import crypto
from api.core.config import Settings, ensure_secret_key, get_settings
from api.core.db import create_engine_for, sessionmakers
from api.core.errors import FieldError, Problem, install_error_handlers
from api.core.jobs import WorkerSettings, run_worker
from api.core.limits import BodySizeLimit
from api.core.migrations import head_revisions
from api.core.paths import RejectUnreadablePaths
from api.core.query import reject_unknown_query_params
from api.core.security_headers import SecurityHeaders, spa_policy
from api.development.router import router as development_router
from api.email.router import router as email_router
from api.employees.router import router as employees_router
from api.evaluations.router import router as evaluations_router
from api.grievances.router import router as grievances_router
from api.health.router import router as health_router
from api.integrations.router import router as integrations_router
from api.matching.router import router as matching_router
from api.mentors.router import router as mentors_router
from api.offboarding import service as offboarding
from api.pairings import wiring as pairings_wiring
from api.pairings.router import router as pairings_router
from api.privacy.router import router as privacy_router
from api.programme.router import router as programme_router
from api.records.router import router as records_router
from api.reports.router import router as reports_router
from api.requests.router import router as requests_router
from api.reviews import lifecycle as reviews_lifecycle
from api.reviews.router import router as reviews_router
from api.scim.router import PREFIX as SCIM_PREFIX
from api.scim.router import router as scim_router
from api.spa import mount_spa
from api.tasks.router import router as tasks_router
from api.training.router import router as training_router
from api.webhooks.router import router as webhooks_router

API_PREFIX = "/api/v1"
VERSION = "1.0.0"
CONTACT = {"name": "PeerMentor API maintainers"}
# Not open source: an SPDX `LicenseRef-` identifier names the project's own terms.
LICENSE = {"name": "Proprietary", "identifier": "LicenseRef-Proprietary"}
# One relative server: the instance that serves the document. Generated clients take their
# default base URL from it (@hey-api/openapi-ts drops the trailing slash, so paths stay
# same-origin; openapi-python-client and openapi-fetch take the base URL from the caller).
SERVERS = [{"url": "/", "description": "This PeerMentor instance"}]

logger = logging.getLogger("peermentor")


# The routers behind the token check, in the contract's order: openapi.yaml lists their paths
# in it.
PROTECTED_ROUTERS = (
    auth_router,
    accounts_secret_router,
    accounts_router,
    tasks_router,
    employees_router,
    integrations_router,
    programme_router,
    mentors_router,
    requests_router,
    pairings_router,
    matching_router,
    training_router,
    reviews_router,
    evaluations_router,
    grievances_router,
    development_router,
    records_router,
    email_router,
    reports_router,
    webhooks_router,
    audit_router,
    calendar_router,
    privacy_router,
)
# The lists and records read all day, routed before the rest.
DAILY_ROUTERS = (
    employees_router,
    pairings_router,
    requests_router,
    reviews_router,
    training_router,
    grievances_router,
    records_router,
    tasks_router,
)


def _in_contract_order(routes: list[BaseRoute]) -> list[BaseRoute]:
    """The app's routes with the protected routers back in `PROTECTED_ROUTERS`' order, in the
    places they take: routing puts the daily ones first, the document keeps its order."""

    def router_of(route: BaseRoute) -> Any:
        return getattr(route, "original_router", None)

    places = [i for i, route in enumerate(routes) if router_of(route) in PROTECTED_ROUTERS]
    in_order = sorted(
        (routes[i] for i in places), key=lambda route: PROTECTED_ROUTERS.index(router_of(route))
    )
    ordered = list(routes)
    for place, route in zip(places, in_order, strict=True):
        ordered[place] = route
    return ordered


def _include_api(app: FastAPI) -> None:
    """Every API router included straight into the app under /api/v1, with the dependencies of
    its group: FastAPI matches included routers level by level (each level's routes tried, then
    tried again in the one chosen, the whole subtree walked to check for changes), so a flat
    list of routers is the cheapest to route on every request."""
    strict_query = Depends(reject_unknown_query_params)
    # Public: the one way in (the token endpoint), an invitation's one-time token setting a
    # password (the token is the credential), which sign-in methods the SPA offers, the
    # calendar feed (its URL's token is the credential).
    for router in (token_router, accounts_public_router, sso_router, calendar_public_router):
        app.include_router(router, prefix=API_PREFIX, dependencies=[strict_query])
    # Everything else requires a valid token of an account as it is now: authenticated by
    # default. The rate limit comes first: it commits its count before the request's session.
    # Unknown query parameters are refused once the caller is known (a 401 comes first).
    protected = [Depends(limit_service_accounts), Depends(current_actor), strict_query]
    # Routing tries the routers in this order, every route of each (a few microseconds a
    # route): the daily lists and records come first. No route shadows another, whatever the
    # order (tests/test_authorization_matrix.py, `reached by its own path`), and the document
    # keeps listing them in the contract's order (`_in_contract_order`).
    for router in DAILY_ROUTERS + tuple(r for r in PROTECTED_ROUTERS if r not in DAILY_ROUTERS):
        app.include_router(router, prefix=API_PREFIX, dependencies=protected)


def _custom_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=_in_contract_order(app.routes),
        tags=app.openapi_tags,
        servers=app.servers,
        contact=app.contact,
        license_info=app.license_info,
    )
    # FastAPI declares the bearer scheme on every operation behind `current_actor`; the public
    # ones (the token endpoint, sign-in config, calendar feed, health) need none, said explicitly.
    for path, operations in schema.get("paths", {}).items():
        for operation in operations.values():
            operation.setdefault("security", [])
            if path.startswith(SCIM_PREFIX):
                # SCIM answers bad input 400 with a SCIM error (RFC 7644 3.12), never 422.
                operation["responses"].pop("422", None)
    components_so_far = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        if unused in components_so_far and f'/{unused}"' not in json.dumps(schema["paths"]):
            del components_so_far[unused]
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for model in (Problem, FieldError, TokenProblem):
        model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, definition in model_schema.pop("$defs", {}).items():
            components.setdefault(name, definition)
        components[model.__name__] = model_schema
    # The token endpoint's client authentication (RFC 6749 2.3.1); the alternative is the
    # form's client_id and client_secret.
    schema["components"].setdefault("securitySchemes", {})["OAuth2ClientBasic"] = {
        "type": "http",
        "scheme": "basic",
        "description": "A service account's client_id and client_secret, each form-urlencoded.",
    }
    schema["components"]["securitySchemes"]["ScimToken"] = {
        "type": "http",
        "scheme": "bearer",
        "description": "A SCIM token of an hris service account (/scim/v2 only).",
    }
    app.openapi_schema = schema
    return schema


def install() -> None:
    """Wire the domains whose dependency is inverted: a lower domain states what it needs (a
    handler, a port, a lifecycle) and the domain above it supplies it, so no package imports
    one above it. Idempotent. Run by create_app, the CLI's commands that run services, and the
    tests' service runner; a service reached without it fails loudly, never skips a step."""
    offboarding.install()  # the people domain's leavers: logins stop, HR told of pairings
    pairings_wiring.install()  # training reads the pairing it names; mentors, held pairings
    reviews_lifecycle.install()  # reviews scheduled and cancelled with their pairing's life


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    worker_settings = WorkerSettings()
    install()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.secret_key = ensure_secret_key(settings)
        crypto.configure(settings)
        # The identity provider's keys are cached per process.
        app.state.oidc_verifier = OidcVerifier(settings) if oidc_configured(settings) else None
        engine = create_engine_for(settings)
        app.state.engine = engine
        app.state.sessionmaker, app.state.read_sessionmaker = sessionmakers(engine)
        app.state.migration_heads = head_revisions(settings)
        # `peermentor serve --with-worker`: deliver webhooks and run periodic jobs in-process.
        stop_worker = asyncio.Event()
        worker = None
        if worker_settings.run_worker:
            worker = asyncio.create_task(
                run_worker(
                    settings,
                    stop=stop_worker,
                    poll_seconds=worker_settings.worker_poll_seconds,
                    sessionmaker=app.state.sessionmaker,
                )
            )
        try:
            yield
        finally:
            if worker is not None:
                stop_worker.set()
                try:
                    await asyncio.wait_for(worker, timeout=15)
                except TimeoutError:
                    logger.warning("the webhook worker did not stop in time; cancelled")
            await engine.dispose()

    app = FastAPI(
        title="PeerMentor API",
        version=VERSION,
        description=(package_doc or "").strip()
        + "\n\nErrors are RFC 9457 `application/problem+json` documents.",
        lifespan=lifespan,
        contact=CONTACT,
        license_info=LICENSE,
        servers=SERVERS,
        openapi_tags=[
            {"name": "auth", "description": "Tokens, users and service accounts."},
            {"name": "tasks", "description": "The caller's inbox: what they must do now."},
            {"name": "departments", "description": "Departments (HRIS-fed)."},
            {"name": "employees", "description": "Employees and performance reviews."},
            {"name": "integrations", "description": "The HRIS bulk sync."},
            {"name": "programme", "description": "Programme settings and holidays."},
            {"name": "mentors", "description": "Mentor profiles and eligibility."},
            {"name": "requests", "description": "Mentoring requests and mentor suggestions."},
            {"name": "pairings", "description": "The mentoring agreement and its life."},
            {"name": "training", "description": "Role training and peer sessions."},
            {"name": "reviews", "description": "Periodic reviews and their feedback forms."},
            {"name": "evaluations", "description": "The evaluation at the end of the period."},
            {"name": "grievances", "description": "Grievances and withdrawals (confidential)."},
            {"name": "development", "description": "KRA and career-development records."},
            {"name": "records", "description": "Personnel files and notifications."},
            {
                "name": "email",
                "description": "E-mail notifications: preferences and the outbox.",
            },
            {"name": "webhooks", "description": "Outbound webhooks and their deliveries."},
            {"name": "reports", "description": "Programme reports, JSON or CSV."},
            {"name": "audit", "description": "The audit log."},
            {"name": "calendar", "description": "Personal calendar feeds (iCalendar)."},
            {"name": "privacy", "description": "Personal-data export and anonymisation."},
            {"name": "health", "description": "Liveness and readiness."},
            {
                "name": "scim",
                "description": "SCIM 2.0 provisioning (RFC 7643/7644) for identity providers, "
                "under /scim/v2: `application/scim+json`, SCIM error documents.",
            },
        ],
    )
    app.state.settings = settings
    install_error_handlers(app)
    app.include_router(health_router)
    _include_api(app)
    # SCIM 2.0 for the identity provider: outside /api/v1 (its own protocol, errors and
    # query parameters), hris service accounts only (api/scim/router.py).
    app.include_router(scim_router)
    if settings.spa_dir and settings.spa_dir.is_dir():
        mount_spa(app, settings.spa_dir)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["ETag", "Retry-After"],
        )
    app.add_middleware(BodySizeLimit, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(RejectUnreadablePaths)
    _add_security_headers(app, settings)
    app.openapi = lambda: _custom_openapi(app)  # type: ignore[method-assign]
    return app


def _add_security_headers(app: FastAPI, settings: Settings) -> None:
    """SecurityHeaders around the whole stack: outside Starlette's ServerErrorMiddleware too
    (which `add_middleware` cannot reach), so that a 500 carries the headers as well."""
    build_inner_stack = app.build_middleware_stack
    docs_paths = [app.docs_url, app.redoc_url, app.swagger_ui_oauth2_redirect_url]

    def build_middleware_stack() -> ASGIApp:
        return SecurityHeaders(
            build_inner_stack(),
            # The SPA's sign-on fetches the provider's token endpoint (authorization code + PKCE).
            spa_policy=spa_policy([settings.oidc_token_url]),
            docs_paths=[path for path in docs_paths if path],
        )

    app.build_middleware_stack = build_middleware_stack  # type: ignore[method-assign]


def app_factory() -> FastAPI:
    """Entry point for uvicorn (`--factory`), reading settings from the environment."""
    return create_app()
