"""The framework's ceiling on this machine, served beside the app during `make bench`.

    uvicorn --factory bench.baseline:app_factory --workers 2 --port 8766

Two routes, on the same FastAPI, uvicorn and pydantic as the app, with no database:
- `GET /bare`: a bare FastAPI JSON route (a pydantic response model, nothing else);
- `GET /jwt`: the same behind the app's own bearer check (`api.auth.dependencies.TokenActor`:
  HS256 verification with python-jose, the required claims, the actor), so that the list
  endpoints' throughput reads as a share of what authentication alone allows.

The JWT route verifies tokens of the app under test: start it with the same
`PEERMENTOR_SECRET_KEY` (and issuer/audience settings) as the app.
"""

from __future__ import annotations

from fastapi import FastAPI
from pydantic import BaseModel

from api.auth.dependencies import TokenActor
from api.core.config import ensure_secret_key, get_settings


class Pong(BaseModel):
    status: str
    actor: str | None = None


def app_factory() -> FastAPI:
    settings = get_settings()
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.settings = settings
    app.state.secret_key = ensure_secret_key(settings)
    app.state.oidc_verifier = None

    @app.get("/bare", response_model=Pong)
    async def bare() -> Pong:
        return Pong(status="ok")

    @app.get("/jwt", response_model=Pong)
    async def authenticated(actor: TokenActor) -> Pong:
        return Pong(status="ok", actor=actor.label)

    return app
