"""Policy as dependencies: who is calling, and which roles may call a route."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import OAuth2PasswordBearer

from api.core.config import Settings
from api.core.errors import Forbidden, Unauthorized
from api.core.security import Actor, InvalidToken, Role, decode_access_token

# Documents the bearer scheme in OpenAPI (and gives /docs its login form); errors are ours.
oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def get_settings_dep(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]


async def current_actor(
    request: Request, token: Annotated[str | None, Depends(oauth2_scheme)]
) -> Actor:
    if not token:
        raise Unauthorized("Missing bearer token")
    try:
        return decode_access_token(request.app.state.settings, request.app.state.secret_key, token)
    except InvalidToken:
        raise Unauthorized("Invalid or expired token") from None


CurrentActor = Annotated[Actor, Depends(current_actor)]


def require_role(*roles: Role) -> Callable[[Actor], Coroutine[Any, Any, Actor]]:
    allowed = frozenset(roles)

    async def check(actor: CurrentActor) -> Actor:
        if actor.role not in allowed:
            raise Forbidden(f"The role {actor.role.value} may not do this")
        return actor

    return check


HrActor = Annotated[Actor, Depends(require_role(Role.HR_ADMIN))]
