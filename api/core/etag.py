"""Optimistic concurrency for records people edit at the same time: ETag and If-Match."""

from __future__ import annotations

from api.core.errors import PreconditionFailed


def etag_of(kind: str, record_id: int, version: int) -> str:
    return f'"{kind}-{record_id}-v{version}"'


def check_if_match(current: str, if_match: str | None, *, what: str) -> None:
    """412 when the caller's copy is stale; no If-Match means last write wins."""
    if if_match is None:
        return
    candidates = {tag.strip().removeprefix("W/") for tag in if_match.split(",")}
    if "*" not in candidates and current not in candidates:
        raise PreconditionFailed(f"The {what} has changed since you read it; reload it")
