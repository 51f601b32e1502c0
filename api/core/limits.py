"""Request size limits, enforced before a body is read into memory."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.core.errors import problem_response

MAX_HEADER_BYTES = 16 * 1024


class _TooLarge(HTTPException):
    # An HTTPException, so that FastAPI's body parsing lets it through as a 413 instead of
    # turning it into a generic 400.
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body exceeds {limit} bytes")


class BodySizeLimit:
    """413 for a body over the limit, whether announced by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header_bytes = sum(len(k) + len(v) for k, v in scope.get("headers", []))
        if header_bytes > MAX_HEADER_BYTES:
            await problem_response(413, "Request headers are too large")(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_body_bytes:
                    await self._too_large(scope, receive, send)
                    return
        received = 0
        response_started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _TooLarge(self.max_body_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            if message["type"] == "http.response.start":
                response_started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not response_started:
                await self._too_large(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = problem_response(413, f"The request body exceeds {self.max_body_bytes} bytes")
        await response(scope, receive, send)
