from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from api.auth import service
from api.auth.dependencies import CurrentActor, HrActor, SettingsDep
from api.auth.schemas import (
    AnyRole,
    Me,
    ScimTokenCreate,
    ScimTokenCreated,
    ScimTokenRead,
    ServiceAccountCreate,
    ServiceAccountCreated,
    ServiceAccountRead,
    TokenResponse,
    UserCreate,
    UserRead,
    UserUpdate,
)
from api.core.db import SessionDep
from api.core.errors import PROBLEM_MEDIA_TYPE, problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import NoNul, PathId
from api.core.security import create_access_token

# Token responses, answers and errors alike, are never cached (RFC 6749 5.1 and 5.2).
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


class NoStoreRoute(APIRoute):
    """A route whose every answer, errors included, carries NO_STORE. Its errors are turned
    into responses here, by the app's own handlers, so that the headers can be added."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handle = super().get_route_handler()

        async def no_store(request: Request) -> Response:
            try:
                response = await handle(request)
            except Exception as exc:
                handlers = request.app.exception_handlers
                on_error = next((handlers[c] for c in type(exc).__mro__ if c in handlers), None)
                if on_error is None:
                    raise
                response = await on_error(request, exc)
            response.headers.update(NO_STORE)
            return response

        return no_store


# Public: the token endpoint is one of the listed routes that need no token.
token_router = APIRouter(prefix="/auth", tags=["auth"], route_class=NoStoreRoute)
router = APIRouter(tags=["auth"])

FormText = Annotated[str | None, Field(default=None, max_length=1000), NoNul]
TOKEN_PARAMETERS = ("grant_type", "username", "password", "client_id", "client_secret", "scope")


class TokenRequest(BaseModel):
    """The OAuth2 token request (form-encoded): `password` or `client_credentials` grant."""

    grant_type: FormText = Field(default=None, description="password | client_credentials")
    username: FormText = None
    password: FormText = None
    client_id: FormText = None
    client_secret: FormText = None
    scope: FormText = None


def _token_problem(description: str) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/TokenProblem"}
    return {"description": description, "content": {PROBLEM_MEDIA_TYPE: {"schema": schema}}}


@token_router.post(
    "/token",
    response_model=TokenResponse,
    operation_id="auth-token",
    summary="Get an access token (password or client-credentials grant)",
    description="RFC 6749: people use the password grant; service accounts the "
    "client-credentials grant, authenticating with HTTP Basic (client_secret_basic) or the "
    "form's client_id and client_secret (client_secret_post). Errors carry RFC 6749's "
    "`error` and `error_description` beside the problem's members. Nothing is cached. Public: "
    "no bearer token. 429 after too many failed attempts for one account name.",
    responses={
        200: {"headers": {name: {"schema": {"type": "string"}} for name in NO_STORE}},
        400: _token_problem("invalid_request or unsupported_grant_type"),
        401: _token_problem(
            "invalid_client (with a Basic challenge if Basic was used) or invalid_grant "
            "(bad username or password)"
        ),
        **problem_responses(422, 429),
    },
    openapi_extra={"security": [{}, {"OAuth2ClientBasic": []}]},
)
async def issue_token(
    request: Request,
    settings: SettingsDep,
    form: Annotated[TokenRequest, Form()],
) -> TokenResponse:
    submitted = await request.form()  # parsed once already, for `form`
    repeated = [name for name in TOKEN_PARAMETERS if len(submitted.getlist(name)) > 1]
    if repeated:
        raise service.TokenError("invalid_request", f"Repeated parameter: {', '.join(repeated)}")
    client = service.client_credentials(
        request.headers.get("Authorization"),
        client_id=form.client_id,
        client_secret=form.client_secret,
    )
    actor = await service.authenticate_grant(
        request.app.state.sessionmaker,
        settings,
        grant_type=form.grant_type,
        username=form.username,
        password=form.password,
        client=client,
    )
    token, expires_in = create_access_token(settings, request.app.state.secret_key, actor)
    return TokenResponse(access_token=token, expires_in=expires_in)


@router.get(
    "/auth/me",
    response_model=Me,
    operation_id="auth-me",
    summary="The caller's account",
    description=(
        "The account behind the token: its id, e-mail, role, linked employee and kind (`user` or "
        "`service`). Any authenticated caller, people and service accounts alike."
    ),
    responses=problem_responses(401),
)
async def read_me(session: SessionDep, actor: CurrentActor) -> Me:
    return Me.model_validate(await service.describe_actor(session, actor))


@router.post(
    "/users",
    response_model=UserRead,
    status_code=201,
    operation_id="users-create",
    summary="Create a user account",
    description=(
        "Creates a person's login with a role; team leaders and employees must be linked to an "
        "employee (`employee_id`). Only HR (`hr_admin`). 409 when the e-mail is taken or the "
        "employee already has an account; 422 for an unknown employee."
    ),
    responses=problem_responses(401, 403, 409, 422),
)
async def create_user(
    session: SessionDep, actor: HrActor, settings: SettingsDep, body: UserCreate
) -> UserRead:
    user = await service.create_user(session, actor, settings, data=body)
    return UserRead.model_validate(user)


@router.get(
    "/users",
    response_model=Page[UserRead],
    operation_id="users-list",
    summary="List user accounts",
    description=(
        "The people's accounts, filtered by `role` and `is_active`, a page at a time. Only HR "
        "(`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_users(
    session: SessionDep,
    _actor: HrActor,
    page: PageDep,
    role: AnyRole | None = None,
    is_active: bool | None = None,
) -> Page[UserRead]:
    items, cursor = await service.list_users(session, page, role=role, is_active=is_active)
    return Page(items=[UserRead.model_validate(u) for u in items], next_cursor=cursor)


@router.get(
    "/users/{user_id}",
    response_model=UserRead,
    operation_id="users-get",
    summary="Get a user account",
    description="One person's account. Only HR (`hr_admin`). 404 when there is no such account.",
    responses=problem_responses(401, 403, 404, 422),
)
async def read_user(session: SessionDep, _actor: HrActor, user_id: PathId) -> UserRead:
    return UserRead.model_validate(await service.get_user(session, user_id))


@router.patch(
    "/users/{user_id}",
    response_model=UserRead,
    operation_id="users-update",
    summary="Change a user account",
    description=(
        "Changes an account's role, activity, linked employee or password; fields left out keep "
        "their value. A deactivated or demoted account loses its access at once. Only HR "
        "(`hr_admin`). 409 for deactivating or demoting one's own account, or an employee already "
        "linked to another account; 404 for an unknown account."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_user(
    session: SessionDep, actor: HrActor, settings: SettingsDep, user_id: PathId, body: UserUpdate
) -> UserRead:
    user = await service.update_user(session, actor, settings, user_id=user_id, data=body)
    return UserRead.model_validate(user)


@router.post(
    "/service-accounts",
    response_model=ServiceAccountCreated,
    status_code=201,
    operation_id="service_accounts-create",
    summary="Create a service account",
    description=(
        "Creates an `hris` or `reporting` service account for the client-credentials grant. The "
        "answer shows the `client_secret` once; it is stored hashed. Only HR (`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def create_service_account(
    session: SessionDep, actor: HrActor, body: ServiceAccountCreate
) -> ServiceAccountCreated:
    account, secret = await service.create_service_account(session, actor, data=body)
    return ServiceAccountCreated(
        **ServiceAccountRead.model_validate(account).model_dump(), client_secret=secret
    )


@router.get(
    "/service-accounts",
    response_model=Page[ServiceAccountRead],
    operation_id="service_accounts-list",
    summary="List service accounts",
    description=(
        "The service accounts (never their secrets), a page at a time. Only HR (`hr_admin`)."
    ),
    responses=problem_responses(401, 403, 422),
)
async def list_service_accounts(
    session: SessionDep, _actor: HrActor, page: PageDep
) -> Page[ServiceAccountRead]:
    items, cursor = await service.list_service_accounts(session, page)
    return Page(items=[ServiceAccountRead.model_validate(a) for a in items], next_cursor=cursor)


@router.post(
    "/service-accounts/{service_account_id}/deactivate",
    response_model=ServiceAccountRead,
    operation_id="service_accounts-deactivate",
    summary="Deactivate a service account",
    description=(
        "Its tokens stop working at once and it can get no new ones. Only HR (`hr_admin`). 409 "
        "when it is already deactivated; 404 for an unknown account."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def deactivate_service_account(
    session: SessionDep, actor: HrActor, service_account_id: PathId
) -> ServiceAccountRead:
    account = await service.deactivate_service_account(
        session, actor, service_account_id=service_account_id
    )
    return ServiceAccountRead.model_validate(account)


@router.post(
    "/service-accounts/{service_account_id}/scim-tokens",
    response_model=ScimTokenCreated,
    status_code=201,
    operation_id="service_accounts-create_scim_token",
    summary="Issue a SCIM token for an hris service account",
    description=(
        "A long-lived bearer token for an identity provider's SCIM client (Okta, Entra ID), "
        "which is configured with a static token. The answer shows the `token` once; only its "
        "hash is stored. The token works on `/scim/v2` only, and only while the service account "
        "is active and the token not revoked. Only HR (`hr_admin`). 409 for a service account "
        "that is not `hris` or is deactivated; 404 for an unknown account."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def create_scim_token(
    session: SessionDep, actor: HrActor, service_account_id: PathId, body: ScimTokenCreate
) -> ScimTokenCreated:
    scim_token, token = await service.create_scim_token(
        session, actor, service_account_id=service_account_id, data=body
    )
    return ScimTokenCreated(**ScimTokenRead.model_validate(scim_token).model_dump(), token=token)


@router.get(
    "/service-accounts/{service_account_id}/scim-tokens",
    response_model=Page[ScimTokenRead],
    operation_id="service_accounts-list_scim_tokens",
    summary="List a service account's SCIM tokens",
    description=(
        "The SCIM tokens of a service account, revoked ones included, never their secrets. "
        "Only HR (`hr_admin`). 404 for an unknown account."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def list_scim_tokens(
    session: SessionDep, _actor: HrActor, service_account_id: PathId, page: PageDep
) -> Page[ScimTokenRead]:
    items, cursor = await service.list_scim_tokens(
        session, page, service_account_id=service_account_id
    )
    return Page(items=[ScimTokenRead.model_validate(t) for t in items], next_cursor=cursor)


@router.delete(
    "/service-accounts/{service_account_id}/scim-tokens/{scim_token_id}",
    status_code=204,
    response_class=Response,
    operation_id="service_accounts-revoke_scim_token",
    summary="Revoke a SCIM token",
    description=(
        "The token stops working at once. Revoking a revoked token changes nothing. Only HR "
        "(`hr_admin`). 404 for an unknown token or one of another service account."
    ),
    responses=problem_responses(401, 403, 404, 422),
)
async def revoke_scim_token(
    session: SessionDep, actor: HrActor, service_account_id: PathId, scim_token_id: PathId
) -> Response:
    await service.revoke_scim_token(
        session, actor, service_account_id=service_account_id, scim_token_id=scim_token_id
    )
    return Response(status_code=204)
