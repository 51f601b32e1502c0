"""Optimistic concurrency for records people edit at the same time: ETag and If-Match."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import Header

from api.core.errors import PreconditionFailed

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        max_length=200,
        description="The record's ETag as read (strong comparison); a stale one is answered 412. "
        "Without it the write applies to the record as it is.",
    ),
]


def etag_headers(record: str) -> dict[str, Any]:
    """The OpenAPI description of the ETag header of a response carrying a record."""
    return {"ETag": {"description": f"The {record}'s version", "schema": {"type": "string"}}}


# RFC 9110 8.8.3: entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE, etagc = %x21 / %x23-7E / obs-text.
# A comma is a valid etagc, so a list is split by matching tags, never by splitting on ",".
_ENTITY_TAG = re.compile(r'(W/)?("[\x21\x23-\x7e\x80-\xff]*")')
_OWS = " \t"


def etag_of(kind: str, record_id: int, version: int) -> str:
    return f'"{kind}-{record_id}-v{version}"'


def _entity_tags(field: str) -> list[tuple[bool, str]] | None:
    """The (weak, opaque-tag) pairs of an If-Match list, or None when it is malformed."""
    tags: list[tuple[bool, str]] = []
    rest = field.strip(_OWS)
    while rest:
        if rest.startswith(","):  # empty list elements are allowed (RFC 9110 5.6.1.2)
            rest = rest[1:].lstrip(_OWS)
            continue
        match = _ENTITY_TAG.match(rest)
        if match is None:
            return None
        tags.append((match.group(1) is not None, match.group(2)))
        rest = rest[match.end() :].lstrip(_OWS)
        if rest and not rest.startswith(","):
            return None
    return tags


def if_match_passes(current: str, if_match: str) -> bool:
    """RFC 9110 13.1.1: `*`, or a list of entity tags one of which strongly matches `current`.

    Strong comparison: a weak tag (`W/"..."`) never matches, even with the same opaque tag. A
    malformed field matches nothing (the write is refused rather than applied blindly)."""
    if if_match.strip(_OWS) == "*":
        return True  # the record exists: the caller has just loaded it
    tags = _entity_tags(if_match)
    return tags is not None and any(not weak and tag == current for weak, tag in tags)


def check_if_match(current: str, if_match: str | None, *, what: str) -> None:
    """412 when the caller's copy is stale; no If-Match means last write wins."""
    if if_match is None:
        return
    if not if_match_passes(current, if_match):
        raise PreconditionFailed(f"The {what} has changed since you read it; reload it")
