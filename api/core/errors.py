"""One error format: RFC 9457 problem+json for every error the API answers."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("peermentor.errors")

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_BASE = "https://peermentor.dev/problems/"


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str


class Problem(BaseModel):
    """An RFC 9457 problem document."""

    type: str = Field(examples=[PROBLEM_TYPE_BASE + "not-found"])
    title: str
    status: int
    detail: str | None = None
    errors: list[FieldError] | None = Field(
        default=None, description="Field errors of a 422 (validation) problem."
    )
    reasons: list[str] | None = Field(
        default=None, description="Machine-readable reasons of a 409 (state conflict) problem."
    )


class AppError(Exception):
    status_code: int = 500
    slug: str = "internal-error"

    def __init__(
        self,
        detail: str,
        *,
        reasons: list[str] | None = None,
        errors: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.reasons = reasons
        self.errors = errors
        self.headers = headers
        # Extension members of the problem document (RFC 9457 3.2), e.g. OAuth2's `error`.
        self.extra = extra


class BadRequest(AppError):
    status_code = 400
    slug = "bad-request"


class Unauthorized(AppError):
    status_code = 401
    slug = "unauthorized"

    def __init__(self, detail: str = "Missing or invalid credentials", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kwargs)


class Forbidden(AppError):
    status_code = 403
    slug = "forbidden"


class NotFound(AppError):
    status_code = 404
    slug = "not-found"


class Conflict(AppError):
    status_code = 409
    slug = "conflict"


class Gone(AppError):
    """The resource existed but is no more, for good (e.g. a used or expired one-time link)."""

    status_code = 410
    slug = "gone"


class PreconditionFailed(AppError):
    status_code = 412
    slug = "precondition-failed"


class RuleViolation(AppError):
    """Input that is well-formed but breaks a rule (a 422 that names the offending field)."""

    status_code = 422
    slug = "validation-error"

    def __init__(self, detail: str, *, loc: list[str | int] | None = None, **kwargs: Any) -> None:
        if loc is not None:
            kwargs.setdefault("errors", [{"loc": loc, "msg": detail}])
        super().__init__(detail, **kwargs)


class TooManyRequests(AppError):
    status_code = 429
    slug = "too-many-requests"

    def __init__(self, detail: str, *, retry_after: int) -> None:
        super().__init__(detail, headers={"Retry-After": str(max(1, retry_after))})


class ServiceUnavailable(AppError):
    status_code = 503
    slug = "service-unavailable"

    def __init__(self, detail: str, *, retry_after: int = 5, **kwargs: Any) -> None:
        # Load balancers and clients wait this long before they ask again.
        kwargs.setdefault("headers", {"Retry-After": str(retry_after)})
        super().__init__(detail, **kwargs)


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    slug: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    reasons: list[str] | None = None,
    headers: Mapping[str, str] | None = None,
    extra: Mapping[str, Any] | None = None,
) -> JSONResponse:
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + (slug or phrase.lower().replace(" ", "-")),
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    if reasons is not None:
        body["reasons"] = reasons
    if extra is not None:
        body.update({k: v for k, v in extra.items() if k not in body})
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_MEDIA_TYPE)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {
            "loc": [part for part in error.get("loc", ()) if isinstance(part, str | int)],
            "msg": error.get("msg", "invalid value"),
        }
        for error in exc.errors()
    ]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def on_app_error(_request: Request, exc: AppError) -> JSONResponse:
        return problem_response(
            exc.status_code,
            exc.detail,
            slug=exc.slug,
            errors=exc.errors,
            reasons=exc.reasons,
            headers=exc.headers,
            extra=exc.extra,
        )

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors[:5])
        return problem_response(
            422, detail or "Invalid request", slug="validation-error", errors=errors
        )

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, ValueError | RecursionError):
            # FastAPI's "error parsing the body": JSON that is not UTF-8 or nests too deep. It
            # is malformed input like any other JSON syntax error, which FastAPI answers 422.
            msg = "The body is not valid JSON (UTF-8, reasonably nested)"
            return problem_response(
                422, msg, slug="validation-error", errors=[{"loc": ["body"], "msg": msg}]
            )
        detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
        return problem_response(exc.status_code, detail, headers=exc.headers)

    @app.exception_handler(OperationalError)
    async def on_database_down(_request: Request, exc: OperationalError) -> JSONResponse:
        # The database is unreachable or restarting; the request was not applied.
        logger.warning("database unavailable: %s", type(exc.orig).__name__)
        return problem_response(
            503, "The database is unavailable; try again shortly", headers={"Retry-After": "5"}
        )

    @app.exception_handler(IntegrityError)
    async def on_integrity_error(_request: Request, exc: IntegrityError) -> JSONResponse:
        # A uniqueness or reference rule raced with another request; nothing was applied.
        logger.info("integrity conflict: %s", type(exc.orig).__name__)
        return problem_response(409, "The change conflicts with another record", slug="conflict")

    @app.exception_handler(DBAPIError)
    async def on_database_error(_request: Request, exc: DBAPIError) -> JSONResponse:
        if exc.connection_invalidated:
            return problem_response(
                503, "The database connection was lost; try again", headers={"Retry-After": "5"}
            )
        logger.exception("database error")
        return problem_response(500, "Internal server error")

    @app.exception_handler(Exception)
    async def on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error", exc_info=exc)
        return problem_response(500, "Internal server error")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI documentation of the problem responses a route can answer."""
    descriptions = {
        400: "Bad request",
        401: "Missing or invalid credentials",
        403: "The caller's role may not do this",
        404: "Not found, or not visible to the caller",
        409: "The record's state does not allow this",
        410: "Gone for good (an expired, used or replaced one-time link)",
        412: "The If-Match version is stale",
        413: "The request body is too large",
        422: "Invalid input",
        429: "Too many requests; retry after the Retry-After header's seconds",
        503: "The database is unavailable",
    }
    return {
        status: {
            "description": descriptions[status],
            "content": {PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for status in statuses
    }
