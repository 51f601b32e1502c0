"""Public: how to sign in (the SPA's login page asks before showing its buttons)."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel, Field

from api.auth.dependencies import SettingsDep
from api.auth.oidc import oidc_configured
from api.core.errors import problem_responses

router = APIRouter(prefix="/auth", tags=["auth"])


class OidcProvider(BaseModel):
    issuer: str = Field(description="The provider's issuer (the tokens' `iss`).")
    authorize_url: str | None = Field(
        description="Where the SPA sends the browser to sign in (authorization code + PKCE)."
    )
    token_url: str | None = Field(
        description="Where the SPA exchanges the authorization code for tokens (a public "
        "client: no secret, the PKCE verifier instead)."
    )
    client_id: str | None = Field(description="The SPA's client id at the provider.")
    provider_name: str | None = Field(
        description='What the login page calls the provider ("Sign in with ...").'
    )
    audience: str = Field(description="The `aud` the API expects in the provider's tokens.")
    scopes: str


class AuthConfig(BaseModel):
    password_login: bool = Field(description="`POST /auth/token` with the password grant.")
    oidc_enabled: bool
    oidc: OidcProvider | None = Field(description="Set when `oidc_enabled`.")


@router.get(
    "/config",
    response_model=AuthConfig,
    operation_id="auth-config",
    summary="Sign-in methods offered",
    description=(
        "Which sign-in methods the SPA's login page offers: the password login and, when "
        "configured, the OpenID Connect provider (authorization code with PKCE). Public: no token. "
        "422 for an unknown query parameter."
    ),
    responses=problem_responses(422),  # an unknown query parameter
)
async def auth_config(settings: SettingsDep) -> AuthConfig:
    if not oidc_configured(settings):
        return AuthConfig(password_login=True, oidc_enabled=False, oidc=None)
    return AuthConfig(
        password_login=True,
        oidc_enabled=True,
        oidc=OidcProvider(
            issuer=settings.oidc_issuer,
            authorize_url=settings.oidc_authorize_url or None,
            token_url=settings.oidc_token_url or None,
            client_id=settings.oidc_client_id or None,
            provider_name=settings.oidc_provider_name or None,
            audience=settings.oidc_audience,
            scopes=settings.oidc_scopes,
        ),
    )
