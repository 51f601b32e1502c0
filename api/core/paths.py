"""Request paths nothing can be served under: refused before routing.

A percent-encoded NUL (`/%00`) reaches file-system calls as an "embedded null byte" error, and a
path whose bytes are not UTF-8 is decoded with replacement characters into something the client
never sent. Neither names a resource: both are a 400 problem, whoever asks.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.types import ASGIApp, Receive, Scope, Send

from api.core.errors import problem_response


def readable_path(scope: Scope) -> bool:
    """Whether the request path decodes as UTF-8 and has no NUL character."""
    raw_path = scope.get("raw_path")
    if raw_path is not None:
        try:
            decoded = unquote_to_bytes(raw_path).decode("utf-8")
        except UnicodeDecodeError:
            return False
        if "\x00" in decoded:
            return False
    return "\x00" not in scope.get("path", "")


class RejectUnreadablePaths:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not readable_path(scope):
            response = problem_response(
                400, "The request path is not valid UTF-8 or contains a NUL character"
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
