"""Account administration (HR): people's logins and their invitations, service accounts, SCIM
tokens; and the public page's call that redeems an invitation. Tagged `auth` like before the
code moved here, so that generated clients keep their modules."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from api.accounts import service
from api.accounts.schemas import (
    InvitationCreated,
    InvitationRedeem,
    InvitationRedeemed,
    ScimTokenCreate,
    ScimTokenCreated,
    ScimTokenRead,
    ServiceAccountCreate,
    ServiceAccountCreated,
    ServiceAccountRead,
    UserCreate,
    UserCreated,
    UserRead,
    UsersBulkCreate,
    UsersBulkCreated,
    UserUpdate,
)
from api.auth.dependencies import HrActor, SettingsDep
from api.auth.router import NO_STORE, NoStoreRoute
from api.auth.schemas import AnyRole
from api.core.db import SessionDep
from api.core.errors import problem_responses
from api.core.pagination import Page, PageDep
from api.core.schemas import PathId

router = APIRouter(tags=["auth"])
# Answers that carry a secret shown once (a link, a client secret, a token) are never cached.
secret_router = APIRouter(tags=["auth"], route_class=NoStoreRoute)
# Public: the set-password page's call; the one-time token is the credential.
public_router = APIRouter(tags=["auth"], route_class=NoStoreRoute)

_NO_STORE_HEADERS = {name: {"schema": {"type": "string"}} for name in NO_STORE}


@secret_router.post(
    "/users",
    response_model=UserCreated,
    status_code=201,
    operation_id="users-create",
    summary="Create a user account",
    description=(
        "Creates a person's login with a role; team leaders and employees must be linked to an "
        "employee (`employee_id`). With a `password` the login works at once. Without one the "
        "account has no password yet and the answer's `invitation` carries a one-time link "
        "(`set_password_path`, `set_password_url`) with which the person sets theirs: it works "
        "once, until `expires_at` (`PEERMENTOR_INVITATION_TTL_HOURS`, default 72), and is "
        "e-mailed to the account's address when e-mail is on (`email_queued`). The link is "
        "shown only in this answer (never cached); a lost one is replaced with "
        "`POST /users/{user_id}/invitation`. Only HR (`hr_admin`). 409 when the e-mail is taken "
        "(reason `email_taken`) or the employee already has an account "
        "(`employee_has_account`) or has left (`employee_terminated`); 422 for an unknown "
        "employee or a password shorter than 12 characters."
    ),
    responses={201: {"headers": _NO_STORE_HEADERS}, **problem_responses(401, 403, 409, 422)},
)
async def create_user(
    session: SessionDep, actor: HrActor, settings: SettingsDep, body: UserCreate
) -> UserCreated:
    user, invitation = await service.create_user(session, actor, settings, data=body)
    return UserCreated(**UserRead.model_validate(user).model_dump(), invitation=invitation)


@secret_router.post(
    "/users/bulk",
    response_model=UsersBulkCreated,
    operation_id="users-create_bulk",
    summary="Create logins for several employees at once",
    description=(
        "One login per listed employee (up to 500), with the given `role` (`employee` or "
        "`team_leader`), at the employee's e-mail, each with its invitation (see "
        "`users-create`). An employee who cannot get one is reported and skipped, the others "
        "are created: `results` answers each listed id in order, `created` or `skipped` with a "
        "`reason` (`unknown_employee`, `listed_twice`, `already_has_account`, `email_taken`, "
        "`employee_terminated`). Only HR (`hr_admin`). 200 even when every one was skipped; "
        "422 for an empty or too long list or a bad role."
    ),
    responses={200: {"headers": _NO_STORE_HEADERS}, **problem_responses(401, 403, 422)},
)
async def create_users_bulk(
    session: SessionDep, actor: HrActor, settings: SettingsDep, body: UsersBulkCreate
) -> UsersBulkCreated:
    return await service.create_users_for_employees(session, actor, settings, data=body)


@secret_router.post(
    "/users/{user_id}/invitation",
    response_model=InvitationCreated,
    status_code=201,
    operation_id="users-invite",
    summary="Send a new set-password link (reset)",
    description=(
        "A new one-time link for an existing account, answered once and e-mailed like a new "
        "account's (see `users-create`); the account's older links stop working. The current "
        "password, if any, keeps working until the person sets a new one: to stop it at once, "
        "deactivate the account. Only HR (`hr_admin`). 404 for an unknown account; 409 for a "
        "deactivated one (reason `account_deactivated`: reactivate it first)."
    ),
    responses={201: {"headers": _NO_STORE_HEADERS}, **problem_responses(401, 403, 404, 409, 422)},
)
async def invite_user(
    session: SessionDep, actor: HrActor, settings: SettingsDep, user_id: PathId
) -> InvitationCreated:
    return await service.reissue_invitation(session, actor, settings, user_id=user_id)


@public_router.post(
    "/account-invitations/redeem",
    response_model=InvitationRedeemed,
    operation_id="auth-redeem_invitation",
    summary="Set a password with an invitation's one-time token",
    description=(
        "Public (no bearer token): the token is the credential. Sets the account's password "
        "(at least 12 characters, like every password) and uses the token up; then the person "
        "signs in with the answered `email`. Attempts are throttled per client like sign-ins "
        "(429 with Retry-After). Errors, as problems with `reasons`: 400 `invitation_invalid` "
        "(no such token: mistyped or cut), 410 `invitation_used`, `invitation_expired` or "
        "`invitation_superseded` (a newer link was sent) for a link that will never work again, "
        "409 `account_deactivated`, 422 for a too short password or a malformed body. Nothing "
        "is cached; neither token nor password is logged or audited."
    ),
    responses={
        200: {"headers": _NO_STORE_HEADERS},
        **problem_responses(400, 409, 410, 422, 429),
    },
    openapi_extra={"security": [{}]},
)
async def redeem_invitation(
    request: Request, settings: SettingsDep, body: InvitationRedeem
) -> InvitationRedeemed:
    client_host = request.client.host if request.client else "unknown"
    redeemed = await service.redeem_invitation(
        request.app.state.sessionmaker,
        settings,
        token=body.token,
        password=body.password,
        client_key=client_host,
    )
    return InvitationRedeemed(email=redeemed.email, role=redeemed.role)  # type: ignore[arg-type]


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
        "their value. A deactivated or demoted account loses its access at once, and its "
        "set-password links stop working while it is deactivated. Only HR (`hr_admin`). 409 "
        "for deactivating or demoting one's own account, or an employee already linked to "
        "another account; 404 for an unknown account."
    ),
    responses=problem_responses(401, 403, 404, 409, 422),
)
async def update_user(
    session: SessionDep, actor: HrActor, settings: SettingsDep, user_id: PathId, body: UserUpdate
) -> UserRead:
    user = await service.update_user(session, actor, settings, user_id=user_id, data=body)
    return UserRead.model_validate(user)


@secret_router.post(
    "/service-accounts",
    response_model=ServiceAccountCreated,
    status_code=201,
    operation_id="service_accounts-create",
    summary="Create a service account",
    description=(
        "Creates an `hris` or `reporting` service account for the client-credentials grant. The "
        "answer shows the `client_secret` once (never cached); it is stored hashed. Only HR "
        "(`hr_admin`)."
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


@secret_router.post(
    "/service-accounts/{service_account_id}/scim-tokens",
    response_model=ScimTokenCreated,
    status_code=201,
    operation_id="service_accounts-create_scim_token",
    summary="Issue a SCIM token for an hris service account",
    description=(
        "A long-lived bearer token for an identity provider's SCIM client (Okta, Entra ID), "
        "which is configured with a static token. The answer shows the `token` once (never "
        "cached); only its hash is stored. The token works on `/scim/v2` only, and only while "
        "the service account is active and the token not revoked. Only HR (`hr_admin`). 409 "
        "for a service account that is not `hris` or is deactivated; 404 for an unknown account."
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
