"""Policy as dependencies: who is calling, and which roles may call a route."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.openapi.models import OAuthFlowClientCredentials, OAuthFlowPassword, OAuthFlows
from fastapi.security import OAuth2
from fastapi.security.utils import get_authorization_scheme_param
from jose import jwt
from jose.exceptions import JOSEError
from starlette.requests import HTTPConnection

from api.auth import rate_limit
from api.auth import service as accounts
from api.auth.oidc import OIDC_ALGORITHMS, OidcVerifier, actor_for_claims
from api.core.config import Settings
from api.core.db import SessionDep
from api.core.errors import Forbidden, Unauthorized
from api.core.security import JWT_ALGORITHM, Actor, InvalidToken, Role, decode_access_token

TOKEN_URL = "/api/v1/auth/token"  # noqa: S105 - a path, not a secret


class OAuth2Bearer(OAuth2):
    """A bearer token from the token endpoint: people's password grant or the service
    accounts' client-credentials grant. Documents both flows in OpenAPI (and gives /docs its
    login forms); reads the token, if any, and leaves the errors to us."""

    def __init__(self) -> None:
        super().__init__(
            flows=OAuthFlows(
                password=OAuthFlowPassword(tokenUrl=TOKEN_URL),
                clientCredentials=OAuthFlowClientCredentials(tokenUrl=TOKEN_URL),
            ),
            scheme_name="OAuth2",
            description="People: the password grant. Service accounts: the client-credentials "
            "grant, with client_secret_basic (RFC 6749 2.3.1) or client_secret_post.",
            auto_error=False,
        )

    async def __call__(self, request: HTTPConnection) -> str | None:
        scheme, token = get_authorization_scheme_param(request.headers.get("Authorization"))
        return token if scheme.lower() == "bearer" and token else None


oauth2_scheme = OAuth2Bearer()


async def get_settings_dep(request: Request) -> Settings:  # async: no thread hand-off
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def token_actor(
    request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Actor:
    """Who a valid token says the caller is; not yet checked against the account."""
    if not token:
        raise Unauthorized("Missing bearer token")
    # Route by the header's algorithm, so that the local secret and the identity provider's
    # public keys never verify the same token: HS256 is ours, RS256/ES256 the provider's.
    try:
        header = jwt.get_unverified_header(token)
    except (JOSEError, ValueError, TypeError, KeyError, AttributeError):
        raise Unauthorized("Invalid or expired token") from None
    algorithm = header.get("alg") if isinstance(header, dict) else None
    if algorithm == JWT_ALGORITHM:
        try:
            return decode_access_token(
                request.app.state.settings, request.app.state.secret_key, token
            )
        except InvalidToken:
            raise Unauthorized("Invalid or expired token") from None
    verifier: OidcVerifier | None = getattr(request.app.state, "oidc_verifier", None)
    if verifier is None or algorithm not in OIDC_ALGORITHMS:
        raise Unauthorized("Invalid or expired token")
    claims = await verifier.verify(token, header)
    return await actor_for_claims(
        request.app.state.read_sessionmaker, request.app.state.sessionmaker, claims
    )


TokenActor = Annotated[Actor, Depends(token_actor)]


async def current_actor(session: SessionDep, claimed: TokenActor) -> Actor:
    """The verified caller, checked against its account as it is now (see
    api.auth.service.current_account). The check runs in the request's own session: the
    route's `SessionDep` is the same object, so it costs no extra connection."""
    return await accounts.current_account(session, claimed)


CurrentActor = Annotated[Actor, Depends(current_actor)]


async def limit_service_accounts(request: Request, actor: TokenActor) -> None:
    """Rate limit of the unattended callers (see api.auth.rate_limit). It counts in its own
    transaction, so it runs before the request's session is opened (on SQLite a writing
    request holds the write lock from its first statement)."""
    await rate_limit.count_request(
        request.app.state.sessionmaker,
        actor,
        per_minute=request.app.state.settings.service_rate_limit_per_minute,
    )


def require_role(*roles: Role) -> Callable[[Actor], Coroutine[Any, Any, Actor]]:
    allowed = frozenset(roles)

    async def check(actor: CurrentActor) -> Actor:
        if actor.role not in allowed:
            raise Forbidden(f"The role {actor.role.value} may not do this")
        return actor

    return check


HrActor = Annotated[Actor, Depends(require_role(Role.HR_ADMIN))]
# The programme's recurring policies: people and the reporting account read; people act;
# HR and team leaders choose and decide.
ProgrammeReader = Annotated[
    Actor, Depends(require_role(Role.HR_ADMIN, Role.TEAM_LEADER, Role.EMPLOYEE, Role.REPORTING))
]
PersonActor = Annotated[
    Actor, Depends(require_role(Role.HR_ADMIN, Role.TEAM_LEADER, Role.EMPLOYEE))
]
ChooserActor = Annotated[Actor, Depends(require_role(Role.HR_ADMIN, Role.TEAM_LEADER))]
