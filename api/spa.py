"""Serve the built single-page app (frontend/dist) under `/` beside the API.

Client-side routes get index.html; the API's own paths are never shadowed, so an unknown
`/api/...` path still answers the API's problem+json 404.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.convertors import Convertor, register_url_convertor
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from starlette.routing import Route

# Paths that belong to the API process; the SPA route does not even match them.
RESERVED_PREFIXES = ("api", "docs", "redoc", "openapi.json", "healthz", "readyz")
HASHED_ASSETS = "assets/"  # Vite's content-hashed output: safe to cache for a year
IMMUTABLE = "public, max-age=31536000, immutable"


class SpaPathConvertor(Convertor[str]):
    regex = "(?!(?:" + "|".join(p.replace(".", r"\.") for p in RESERVED_PREFIXES) + ")(?:/|$)).*"

    def convert(self, value: str) -> str:
        return value

    def to_string(self, value: str) -> str:
        return value


register_url_convertor("spa_path", SpaPathConvertor())


def mount_spa(app: FastAPI, directory: Path) -> None:
    """Serve `directory` under `/`: files as they are, index.html for client-side routes."""
    root = directory.resolve()
    index = root / "index.html"

    async def serve(request: Request) -> Response:
        relative = request.path_params["path"]
        if "\x00" in relative:  # also refused before routing (api/core/paths.py)
            raise StarletteHTTPException(status_code=404)
        candidate = (root / relative).resolve()
        if relative and candidate.is_relative_to(root) and candidate.is_file():
            cache = IMMUTABLE if relative.startswith(HASHED_ASSETS) else "public, max-age=3600"
            return FileResponse(candidate, headers={"Cache-Control": cache})
        if relative.startswith(HASHED_ASSETS) or not index.is_file():
            raise StarletteHTTPException(status_code=404)
        return FileResponse(index, headers={"Cache-Control": "no-cache"})

    app.router.routes.append(
        Route("/{path:spa_path}", serve, methods=["GET", "HEAD"], include_in_schema=False)
    )
