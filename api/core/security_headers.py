"""Security headers on every response: the SPA's Content-Security-Policy, no framing, no sniffing.

Three policies, chosen per response:

- HTML (the SPA's index.html for every client-side route): a strict CSP. Vite's build has no
  inline script or style, so only same-origin files run; `connect-src` adds the identity
  provider's token endpoint, which the SPA's sign-on (authorization code + PKCE) fetches. Its
  authorize endpoint is a top-level navigation, which CSP does not govern.
- The interactive docs (/docs, /redoc): Swagger UI and ReDoc load scripts from a CDN and start
  with an inline script, so they get no script policy, only `frame-ancestors 'none'`.
- Everything else (JSON, problem+json, CSV, iCalendar, assets): `default-src 'none'`, so that a
  response opened in a browser can run nothing, and `frame-ancestors 'none'`.

A response that sets one of these headers itself (the HTML data export has its own CSP) keeps it.
The middleware is pure ASGI and meant to wrap the whole app, 500s included (api/main.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

import httpx
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

API_POLICY = "default-src 'none'; frame-ancestors 'none'"
DOCS_POLICY = "frame-ancestors 'none'"
COMMON_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # No Referer at all: the sign-on callback's URL carries the authorization code and state.
    "Referrer-Policy": "no-referrer",
}


def origin_of(url: str) -> str | None:
    """The `scheme://host[:port]` of an http(s) URL, or None when it has none."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return None
    if parsed.scheme not in ("http", "https") or not parsed.raw_host:
        return None
    host = parsed.raw_host.decode("ascii")  # IDNA-encoded: a source expression is ASCII
    host = f"[{host}]" if ":" in host else host
    port = f":{parsed.port}" if parsed.port is not None else ""
    return f"{parsed.scheme}://{host}{port}"


def spa_policy(connect_to: Iterable[str] = ()) -> str:
    """The SPA's CSP; `connect_to` are URLs (of the identity provider) it may fetch."""
    origins = [o for o in dict.fromkeys(origin_of(url) for url in connect_to if url) if o]
    directives = {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self'",
        "font-src": "'self'",
        "connect-src": " ".join(["'self'", *origins]),
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeaders:
    def __init__(self, app: ASGIApp, *, spa_policy: str, docs_paths: Collection[str]) -> None:
        self.app = app
        self.spa_policy = spa_policy
        self.docs_paths = frozenset(docs_paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if path in self.docs_paths:
                    policy = DOCS_POLICY
                elif headers.get("content-type", "").startswith("text/html"):
                    policy = self.spa_policy
                else:
                    policy = API_POLICY
                for name, value in {**COMMON_HEADERS, "Content-Security-Policy": policy}.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)
