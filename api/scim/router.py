"""SCIM 2.0 service provider under /scim/v2 (RFC 7644), for the identity provider's
provisioning client (Okta, Entra ID). Only `hris` service accounts may call it, with a SCIM
token (POST /api/v1/service-accounts/{id}/scim-tokens) or an access token of the account."""

from __future__ import annotations

import json
from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Header, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import ValidationError
from scim2_models import (
    Context,
    Error,
    ForbiddenException,
    InvalidSyntaxException,
    InvalidValueException,
    ListResponse,
    NotFoundException,
    ResourceType,
    ResponseParameters,
    Schema,
    SCIMException,
    UniquenessException,
)
from sqlalchemy.exc import IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.auth import rate_limit
from api.auth import service as accounts
from api.auth.dependencies import oauth2_scheme, token_actor
from api.core.db import SessionDep
from api.core.errors import AppError, RuleViolation
from api.core.security import Actor, Role
from api.scim import resources, service
from api.scim.resources import SCIM_MEDIA_TYPE, ScimUser

PREFIX = "/scim/v2"
ERROR_SCHEMA = {
    "type": "object",
    "description": "An RFC 7644 (3.12) error: `urn:ietf:params:scim:api:messages:2.0:Error` "
    "with `status` as a string and, for a 400 or 409, a `scimType`.",
    "properties": {
        "schemas": {"type": "array", "items": {"type": "string"}},
        "status": {"type": "string"},
        "scimType": {"type": "string"},
        "detail": {"type": "string"},
    },
    "required": ["schemas", "status"],
}
ERROR_DESCRIPTIONS = {
    400: "invalidFilter, invalidValue, invalidSyntax, mutability or noTarget (scimType)",
    401: "Missing, invalid or revoked token",
    403: "Not an hris service account",
    404: "No such user",
    409: "uniqueness: userName, e-mail, externalId or employeeNumber is taken",
    412: "The If-Match version is stale",
    429: "Too many requests; retry after Retry-After seconds",
}
SECURITY: list[dict[str, list[str]]] = [{"OAuth2": []}, {"ScimToken": []}]


def _errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {
        status: {
            "description": ERROR_DESCRIPTIONS[status],
            "content": {SCIM_MEDIA_TYPE: {"schema": ERROR_SCHEMA}},
        }
        for status in statuses
    }


def _document(description: str, status: int = 200) -> dict[int | str, dict[str, Any]]:
    return {
        status: {
            "description": description,
            "content": {SCIM_MEDIA_TYPE: {"schema": {"type": "object"}}},
        }
    }


def scim_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(
        content=json.dumps(body), status_code=status, media_type=SCIM_MEDIA_TYPE, headers=headers
    )


def error_response(exc: Exception) -> Response:
    """Any error of a SCIM route as an RFC 7644 error document."""
    headers: dict[str, str] | None = None
    if isinstance(exc, SCIMException):
        error = exc.to_error()
    elif isinstance(exc, AppError):
        headers = exc.headers
        scim_type = "invalidValue" if isinstance(exc, RuleViolation) else None
        status = 400 if isinstance(exc, RuleViolation) else exc.status_code
        error = Error(status=status, scim_type=scim_type, detail=exc.detail)
    elif isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        loc = ".".join(str(p) for p in first.get("loc", ()))
        detail = f"{loc}: {first.get('msg', 'invalid')}"
        syntax = first.get("type") in ("json_invalid", "dict_type") or (
            first.get("type") == "missing" and tuple(first.get("loc", ()))[:1] == ("body",)
        )
        exception = InvalidSyntaxException if syntax else InvalidValueException
        error = exception(detail=detail).to_error()
    elif isinstance(exc, IntegrityError):
        error = UniquenessException(detail="A unique attribute is taken").to_error()
    elif isinstance(exc, StarletteHTTPException) and exc.status_code == 400:
        # FastAPI could not read the body as JSON at all (not UTF-8, or nested too deep).
        error = InvalidSyntaxException(detail="The body is not valid JSON").to_error()
    else:
        raise exc
    body = error.model_dump(scim_ctx=Context.DEFAULT)
    return scim_response(body, int(error.status or 500), headers)


class ScimRoute(APIRoute):
    """A route whose every error, those of its dependencies included, is a SCIM error."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def scim_errors(request: Request) -> Response:
            try:
                return await handle(request)
            except (SCIMException, AppError, RequestValidationError, IntegrityError) as exc:
                return error_response(exc)
            except StarletteHTTPException as exc:
                if exc.status_code != 400:
                    raise
                return error_response(exc)

        return scim_errors


async def scim_token_actor(
    request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Actor:
    """Who the bearer token says the caller is: a SCIM token, or any of our access tokens."""
    if token and token.startswith(accounts.SCIM_TOKEN_PREFIX):
        async with request.app.state.read_sessionmaker() as session:
            claimed = await accounts.actor_for_scim_token(session, token)
    else:
        claimed = await token_actor(request, token)
    # Counted in its own transaction before the request's session opens (see
    # api.auth.dependencies.limit_service_accounts).
    await rate_limit.count_request(
        request.app.state.sessionmaker,
        claimed,
        per_minute=request.app.state.settings.service_rate_limit_per_minute,
    )
    return claimed


async def scim_actor(
    session: SessionDep, claimed: Annotated[Actor, Depends(scim_token_actor)]
) -> Actor:
    """The hris service account, checked against its account as it is now; 403 for others."""
    actor = await accounts.current_account(session, claimed)
    if actor.role is not Role.HRIS:
        raise ForbiddenException(detail="Only an hris service account provisions over SCIM")
    return actor


ScimActor = Annotated[Actor, Depends(scim_actor)]
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=200,
        description="The user's version (meta.version, the ETag) as read; a stale one is a 412.",
    ),
]
USER_BODY = Body(
    media_type=SCIM_MEDIA_TYPE,
    description="A SCIM User (core schema, enterprise extension, PeerMentor's extension "
    "`urn:peermentor:params:scim:schemas:extension:2.0:User`).",
)
PATCH_BODY = Body(
    media_type=SCIM_MEDIA_TYPE,
    description="A SCIM PatchOp: `add`, `replace`, `remove` (any case), with or without `path`.",
)

# The token check (and the rate limit's count, in its own transaction) runs first, before the
# route's session opens: on SQLite a writing request holds the write lock from its start.
router = APIRouter(
    prefix=PREFIX,
    tags=["scim"],
    route_class=ScimRoute,
    dependencies=[Depends(scim_token_actor)],
)


def _base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/") + PREFIX


def _dump(resource: Any, context: Context = Context.RESOURCE_QUERY_RESPONSE) -> Any:
    return resource.model_dump(scim_ctx=context)


@router.get(
    "/ServiceProviderConfig",
    operation_id="scim-service_provider_config",
    summary="SCIM service provider configuration",
    description="RFC 7644 4: what this SCIM service supports (PATCH, filters, ETags; no bulk, "
    "sorting or password change). hris service accounts only.",
    responses={**_document("The ServiceProviderConfig"), **_errors(401, 403)},
    openapi_extra={"security": SECURITY},
)
async def get_service_provider_config(_actor: ScimActor) -> Response:
    return scim_response(_dump(resources.service_provider_config()))


@router.get(
    "/ResourceTypes",
    operation_id="scim-list_resource_types",
    summary="SCIM resource types",
    description="RFC 7644 4: the resource types served (User). hris service accounts only.",
    responses={**_document("A ListResponse of ResourceTypes"), **_errors(401, 403)},
    openapi_extra={"security": SECURITY},
)
async def list_resource_types(_actor: ScimActor) -> Response:
    items = [resources.user_resource_type()]
    listed = ListResponse[ResourceType](
        total_results=len(items), start_index=1, items_per_page=len(items), resources=items
    )
    return scim_response(_dump(listed, Context.SEARCH_RESPONSE))


@router.get(
    "/ResourceTypes/{resource_type_id}",
    operation_id="scim-get_resource_type",
    summary="One SCIM resource type",
    description="The User resource type. hris service accounts only. 404 for another name.",
    responses={**_document("A ResourceType"), **_errors(401, 403, 404)},
    openapi_extra={"security": SECURITY},
)
async def get_resource_type(_actor: ScimActor, resource_type_id: str) -> Response:
    if resource_type_id != "User":
        raise NotFoundException(detail=f"No resource type {resource_type_id}")
    return scim_response(_dump(resources.user_resource_type()))


@router.get(
    "/Schemas",
    operation_id="scim-list_schemas",
    summary="SCIM schemas",
    description="RFC 7643 7: the User schema, the enterprise extension and PeerMentor's "
    "extension. hris service accounts only.",
    responses={**_document("A ListResponse of Schemas"), **_errors(401, 403)},
    openapi_extra={"security": SECURITY},
)
async def list_schemas(_actor: ScimActor) -> Response:
    items = resources.schemas()
    listed = ListResponse[Schema](
        total_results=len(items), start_index=1, items_per_page=len(items), resources=items
    )
    return scim_response(_dump(listed, Context.SEARCH_RESPONSE))


@router.get(
    "/Schemas/{schema_id}",
    operation_id="scim-get_schema",
    summary="One SCIM schema",
    description="A schema by its URN. hris service accounts only. 404 for an unknown URN.",
    responses={**_document("A Schema"), **_errors(401, 403, 404)},
    openapi_extra={"security": SECURITY},
)
async def get_schema(_actor: ScimActor, schema_id: str) -> Response:
    for schema in resources.schemas():
        if schema.id == schema_id:
            return scim_response(_dump(schema))
    raise NotFoundException(detail=f"No schema {schema_id}")


def _response_parameters(
    attributes: str | None, excluded_attributes: str | None
) -> ResponseParameters[Any] | None:
    if attributes is None and excluded_attributes is None:
        return None
    try:
        return ResponseParameters[ScimUser].model_validate(
            {"attributes": attributes, "excludedAttributes": excluded_attributes}
        )
    except ValidationError as exc:
        raise InvalidValueException(detail=str(exc.errors()[0]["msg"])) from None


AttributesParam = Annotated[
    str | None, Query(max_length=2000, description="Attributes to return, comma-separated.")
]
ExcludedParam = Annotated[
    str | None,
    Query(
        alias="excludedAttributes",
        max_length=2000,
        description="Attributes to leave out, comma-separated.",
    ),
]


async def _user_document(
    session: Any, employee: Any, request: Request, parameters: Any = None
) -> tuple[dict[str, Any], str]:
    user = await service.to_scim(session, employee, base_url=_base_url(request))
    body = user.model_dump(scim_ctx=Context.RESOURCE_QUERY_RESPONSE, response_parameters=parameters)
    # `name` is accepted (for a full name without displayName) but not published: displayName
    # carries the full name.
    body.pop("name", None)
    return body, user.meta.version if user.meta and user.meta.version else ""


@router.get(
    "/Users",
    operation_id="scim-list_users",
    summary="List or find SCIM users",
    description="RFC 7644 3.4.2: employees as SCIM users, by id. `filter` takes `eq`, `ne`, "
    "`co`, `sw`, `ew`, `pr`, `gt`/`ge`/`lt`/`le`, `and`, `or`, `not` and `emails[...]` on "
    "userName, externalId, emails(.value), displayName, title, active, the enterprise "
    "employeeNumber, division and manager.value, and meta dates; `startIndex` (from 1) and "
    "`count` (at most 200) page. hris service accounts only. 400 invalidFilter.",
    responses={**_document("A ListResponse of Users"), **_errors(400, 401, 403)},
    openapi_extra={"security": SECURITY},
)
async def list_users(
    request: Request,
    session: SessionDep,
    _actor: ScimActor,
    filter_text: Annotated[
        str | None, Query(alias="filter", max_length=2000, description="An RFC 7644 filter.")
    ] = None,
    start_index: Annotated[int, Query(alias="startIndex", ge=-(2**31), le=2**31)] = 1,
    count: Annotated[int, Query(ge=-(2**31), le=2**31)] = 100,
    attributes: AttributesParam = None,
    excluded_attributes: ExcludedParam = None,
) -> Response:
    return await _list(
        request,
        session,
        filter_text=filter_text,
        start_index=start_index,
        count=count,
        attributes=attributes,
        excluded_attributes=excluded_attributes,
    )


async def _list(
    request: Request,
    session: Any,
    *,
    filter_text: str | None,
    start_index: int,
    count: int,
    attributes: str | None,
    excluded_attributes: str | None,
) -> Response:
    parameters = _response_parameters(attributes, excluded_attributes)
    start_index = max(start_index, 1)
    count = max(min(count, resources.MAX_RESULTS), 0)
    total, rows = await service.list_employees(
        session, filter_text=filter_text, start_index=start_index, count=count
    )
    documents = [(await _user_document(session, e, request, parameters))[0] for e in rows]
    return scim_response(
        {
            "schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"],
            "totalResults": total,
            "startIndex": start_index,
            "itemsPerPage": len(documents),
            "Resources": documents,
        }
    )


@router.post(
    "/Users",
    operation_id="scim-create_user",
    summary="Provision a SCIM user (a new employee)",
    description="RFC 7644 3.3: creates the employee through the employee service (validated "
    "and audited like the REST API). The enterprise `department` is required (created by "
    "name when new); without PeerMentor's extension the grade is `UNGRADED`, not managerial, "
    "hired today. hris service accounts only. 409 uniqueness; 400 invalidValue.",
    status_code=201,
    responses={**_document("The created User", 201), **_errors(400, 401, 403, 409)},
    openapi_extra={"security": SECURITY},
)
async def create_user(
    request: Request,
    session: SessionDep,
    actor: ScimActor,
    payload: Annotated[dict[str, Any], USER_BODY],
) -> Response:
    user = service.parse_user(payload, Context.RESOURCE_CREATION_REQUEST)
    employee = await service.create_user(session, actor, user=user)
    body, version = await _user_document(session, employee, request)
    return scim_response(body, 201, {"Location": body["meta"]["location"], "ETag": version})


@router.get(
    "/Users/{employee_id}",
    operation_id="scim-get_user",
    summary="Get a SCIM user",
    description="One employee as a SCIM user, with its version as `ETag`. hris service "
    "accounts only. 404 for an unknown or SCIM-deleted user.",
    responses={**_document("The User"), **_errors(400, 401, 403, 404)},
    openapi_extra={"security": SECURITY},
)
async def get_user(
    request: Request,
    session: SessionDep,
    _actor: ScimActor,
    employee_id: str,
    attributes: AttributesParam = None,
    excluded_attributes: ExcludedParam = None,
) -> Response:
    parameters = _response_parameters(attributes, excluded_attributes)
    employee = await service.get_employee(session, employee_id)
    body, version = await _user_document(session, employee, request, parameters)
    return scim_response(body, headers={"ETag": version})


@router.put(
    "/Users/{employee_id}",
    operation_id="scim-replace_user",
    summary="Replace a SCIM user",
    description="RFC 7644 3.5.1: the user as sent. Left out, title, division, "
    "employeeNumber and manager are cleared; externalId, department and PeerMentor's "
    "extension keep their value. `active: false` terminates the employee (logins off, HR "
    "told). hris service accounts only. 412 for a stale If-Match; 409 uniqueness.",
    responses={**_document("The User"), **_errors(400, 401, 403, 404, 409, 412)},
    openapi_extra={"security": SECURITY},
)
async def replace_user(
    request: Request,
    session: SessionDep,
    actor: ScimActor,
    employee_id: str,
    payload: Annotated[dict[str, Any], USER_BODY],
    if_match: IfMatch = None,
) -> Response:
    employee = await service.get_employee(session, employee_id)
    current = await service.to_scim(session, employee, base_url=_base_url(request))
    user = service.parse_user(payload, Context.RESOURCE_REPLACEMENT_REQUEST)
    employee = await service.replace_user(
        session, actor, employee=employee, current=current, user=user, if_match=if_match
    )
    body, version = await _user_document(session, employee, request)
    return scim_response(body, headers={"ETag": version})


@router.patch(
    "/Users/{employee_id}",
    operation_id="scim-patch_user",
    summary="Change a SCIM user",
    description="RFC 7644 3.5.2: add, replace and remove operations, with or without `path`, "
    "as Entra ID (capitalised ops, string booleans, a bare manager id) and Okta send them. "
    "`active: false` terminates the employee. hris service accounts only. 400 noTarget, "
    "invalidValue, mutability, invalidSyntax; 412 for a stale If-Match; 409 uniqueness.",
    responses={**_document("The User"), **_errors(400, 401, 403, 404, 409, 412)},
    openapi_extra={"security": SECURITY},
)
async def patch_user(
    request: Request,
    session: SessionDep,
    actor: ScimActor,
    employee_id: str,
    payload: Annotated[dict[str, Any], PATCH_BODY],
    if_match: IfMatch = None,
) -> Response:
    employee = await service.get_employee(session, employee_id)
    current = await service.to_scim(session, employee, base_url=_base_url(request))
    employee = await service.patch_user(
        session, actor, employee=employee, current=current, payload=payload, if_match=if_match
    )
    body, version = await _user_document(session, employee, request)
    return scim_response(body, headers={"ETag": version})


@router.delete(
    "/Users/{employee_id}",
    operation_id="scim-delete_user",
    summary="Deprovision a SCIM user",
    description="RFC 7644 3.6: never a hard delete. The employee is terminated (logins off, "
    "HR told of open pairings), kept for the records, and is no longer a SCIM resource (404 "
    "afterwards). hris service accounts only. 412 for a stale If-Match.",
    status_code=204,
    response_class=Response,
    responses={204: {"description": "Deprovisioned"}, **_errors(401, 403, 404, 412)},
    openapi_extra={"security": SECURITY},
)
async def delete_user(
    request: Request,
    session: SessionDep,
    actor: ScimActor,
    employee_id: str,
    if_match: IfMatch = None,
) -> Response:
    employee = await service.get_employee(session, employee_id)
    current = await service.to_scim(session, employee, base_url=_base_url(request))
    await service.delete_user(session, actor, employee=employee, current=current, if_match=if_match)
    return Response(status_code=204)


SEARCH_BODY = Body(
    media_type=SCIM_MEDIA_TYPE,
    description="An RFC 7644 SearchRequest: `filter`, `startIndex`, `count`, `attributes`, "
    "`excludedAttributes`.",
)


async def _search(request: Request, session: SessionDep, payload: dict[str, Any]) -> Response:
    def text(name: str) -> str | None:
        value = payload.get(name)
        if isinstance(value, list):
            value = ",".join(str(v) for v in value)
        if value is not None and not isinstance(value, str):
            raise InvalidValueException(detail=f"{name} must be a string")
        return value

    def number(name: str, default: int) -> int:
        value = payload.get(name, default)
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidValueException(detail=f"{name} must be an integer")
        return value

    return await _list(
        request,
        session,
        filter_text=text("filter"),
        start_index=number("startIndex", 1),
        count=number("count", 100),
        attributes=text("attributes"),
        excluded_attributes=text("excludedAttributes"),
    )


@router.post(
    "/Users/.search",
    operation_id="scim-search_users",
    summary="Search SCIM users (POST)",
    description="RFC 7644 3.4.3: the query of GET /Users in a SearchRequest body. hris service "
    "accounts only. 400 invalidFilter, invalidValue.",
    responses={**_document("A ListResponse of Users"), **_errors(400, 401, 403)},
    openapi_extra={"security": SECURITY},
)
async def search_users(
    request: Request,
    session: SessionDep,
    _actor: ScimActor,
    payload: Annotated[dict[str, Any], SEARCH_BODY],
) -> Response:
    return await _search(request, session, payload)


@router.post(
    "/.search",
    operation_id="scim-search",
    summary="Search all SCIM resources (POST)",
    description="RFC 7644 3.4.3 at the root: Users are the only resources served. hris "
    "service accounts only. 400 invalidFilter, invalidValue.",
    responses={**_document("A ListResponse of Users"), **_errors(400, 401, 403)},
    openapi_extra={"security": SECURITY},
)
async def search_all(
    request: Request,
    session: SessionDep,
    _actor: ScimActor,
    payload: Annotated[dict[str, Any], SEARCH_BODY],
) -> Response:
    return await _search(request, session, payload)


@router.api_route(
    "/{unknown_path:path}",
    methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
    include_in_schema=False,
)
async def unknown_endpoint(_actor: ScimActor, unknown_path: str) -> Response:
    """Any other path under /scim/v2: a SCIM 404 (not the API's problem document); another
    method on a known endpoint: 405."""
    if unknown_path.split("/", 1)[0] in KNOWN_ENDPOINTS:
        error = Error(status=405, detail="Method not allowed on this endpoint")
        return scim_response(error.model_dump(scim_ctx=Context.DEFAULT), 405)
    raise NotFoundException(detail=f"No SCIM endpoint /{unknown_path}")


KNOWN_ENDPOINTS = {"ServiceProviderConfig", "ResourceTypes", "Schemas", "Users"}
