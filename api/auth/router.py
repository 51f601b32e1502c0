from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, Field

from api.auth import service
from api.auth.dependencies import CurrentActor, SettingsDep
from api.auth.schemas import Me, TokenResponse
from api.core.db import SessionDep
from api.core.errors import PROBLEM_MEDIA_TYPE, problem_responses
from api.core.schemas import NoNul
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
