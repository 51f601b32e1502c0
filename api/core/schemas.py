"""Shared building blocks of request and response schemas."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
    field_validator,
)

SkillName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
ExternalId = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Rating = Annotated[int, Field(ge=1, le=5)]
# Ids are 32-bit integer keys; anything outside is refused as input rather than sent to SQL.
MAX_ID = 2**31 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Annotated[int, Path(ge=1, le=MAX_ID)]
QueryId = Annotated[int | None, Query(ge=1, le=MAX_ID)]

# Dates the programme can hold: date arithmetic (months, working days) stays far from the
# calendar's ends, and nobody was hired in 1066.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2200, 12, 31)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ].+")


def refuse_nul(value: Any) -> Any:
    """PostgreSQL cannot store NUL (\\x00) in text: refuse it as invalid input, in a string or
    a list of them."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("must not contain NUL (\\x00) characters")
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            refuse_nul(item)
    return value


def _iso_date(value: Any) -> Any:
    # pydantic would also read numbers (Unix time) and other spellings as dates.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    raise ValueError("must be a date, YYYY-MM-DD")


def _iso_datetime(value: Any) -> Any:
    if isinstance(value, datetime) or (isinstance(value, str) and _ISO_DATETIME.fullmatch(value)):
        return value
    raise ValueError("must be an ISO 8601 timestamp, e.g. 2026-01-01T00:00:00Z")


def _date_in_range(value: date) -> date:
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValueError(f"date must be between {MIN_DATE} and {MAX_DATE}")
    return value


# Input dates and timestamps: ISO 8601 text only, dates within MIN_DATE..MAX_DATE. Lax
# (Strict(False)) inside StrictModel: FastAPI validates the decoded JSON in pydantic's Python
# mode, where a strict date takes only a date object; the before-validators already admit
# nothing but ISO text (no numbers, no other spellings).
Day = Annotated[date, Strict(False), BeforeValidator(_iso_date), AfterValidator(_date_in_range)]
Timestamp = Annotated[datetime, Strict(False), BeforeValidator(_iso_datetime)]


def _assume_utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# Output timestamps read from JSON the database built (SQLite keeps no offset: they are UTC).
UtcTimestamp = Annotated[datetime, AfterValidator(_assume_utc)]
# Free text taken from a query string, header or form field (bodies: StrictModel does it).
NoNul = AfterValidator(refuse_nul)


class StrictModel(BaseModel):
    """Request bodies refuse unknown fields (no mass assignment of ids, roles or states), text
    with NUL characters, and values of the wrong JSON type: no true for an int, 1 for a bool,
    "4" for an int, 4 for a string or 4.5 for an int (strict mode). A field whose type needs
    lax parsing from JSON says so with Strict(False) / Field(strict=False) and why."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        return refuse_nul(value)


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


# The body of an action that needs only a reason (declining, withdrawing, ending).
class ReasonBody(StrictModel):
    reason: Reason


class PersonSummary(ReadModel):
    """Who a record involves, by name: given beside the record's `*_id` field to whoever may see
    the record (the mentor and mentee see each other's name, job title and work e-mail)."""

    id: int
    full_name: str
    job_title: str | None
    email: str


class WithActions:
    """A record read with the actions its reader may take now (`allowed_actions`) and what else
    was read with it (e.g. `mentee=` a person summary): the record's attributes, for a read
    model's `model_validate`."""

    def __init__(self, record: object, allowed_actions: list[str], **read_with: Any) -> None:
        self._record = record
        self.allowed_actions = allowed_actions
        self.__dict__.update(read_with)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._record, name)
