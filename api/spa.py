"""Serve the built single-page app (frontend/dist) under `/` beside the API.

Client-side routes get index.html; the API's own paths are never shadowed, so an unknown
`/api/...` path still answers the API's problem+json 404.
"""

from __future__ import annotations

import mimetypes
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
# The build writes `name.br` and `name.gz` beside each compressible file (vite.config.ts);
# the best one the browser accepts is sent as is, never compressed per request.
PRECOMPRESSED = (("br", ".br"), ("gzip", ".gz"))


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
            if candidate == index:
                cache = "no-cache"
            elif relative.startswith(HASHED_ASSETS):
                cache = IMMUTABLE
            else:
                cache = "public, max-age=3600"
            return _file(request, candidate, cache)
        if relative.startswith(HASHED_ASSETS) or not index.is_file():
            raise StarletteHTTPException(status_code=404)
        return _file(request, index, "no-cache")

    app.router.routes.append(
        Route("/{path:spa_path}", serve, methods=["GET", "HEAD"], include_in_schema=False)
    )


def _accepted_encodings(request: Request) -> set[str]:
    """The codings of Accept-Encoding the client did not refuse (q=0)."""
    accepted: set[str] = set()
    for part in request.headers.get("accept-encoding", "").split(","):
        coding, *params = (item.strip() for item in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if coding and q > 0:
            accepted.add(coding.lower())
    return accepted


def _file(request: Request, path: Path, cache: str) -> FileResponse:
    """`path`, or its precompressed copy when the client accepts one (same media type)."""
    headers = {"Cache-Control": cache}
    media_type, encoding = mimetypes.guess_type(path.name)
    if encoding or media_type is None:  # a .gz/.br asked for by name is opaque bytes
        media_type = "application/octet-stream"
    siblings = [(coding, path.with_name(path.name + suffix)) for coding, suffix in PRECOMPRESSED]
    if any(sibling.is_file() for _, sibling in siblings):
        # Caches must keep one copy per coding.
        headers["Vary"] = "Accept-Encoding"
        accepted = _accepted_encodings(request)
        for coding, sibling in siblings:
            if (coding in accepted or "*" in accepted) and sibling.is_file():
                headers["Content-Encoding"] = coding
                return FileResponse(sibling, media_type=media_type, headers=headers)
    return FileResponse(path, media_type=media_type, headers=headers)
