from __future__ import annotations

import base64
import binascii
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints, field_validator

from api.core.schemas import ReadModel, StrictModel
from api.webhooks.addresses import check_url_syntax
from api.webhooks.events import EventType
from api.webhooks.models import DeliveryStatus

SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret
MIN_SECRET_BYTES = 24
MAX_SECRET_BYTES = 64

WebhookUrl = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=2000),
    AfterValidator(check_url_syntax),
    Field(
        description="An http(s) URL. Outside development it must be (and resolve to) a public "
        "address: loopback, private, link-local and similar addresses are refused.",
        examples=["https://hris.example.com/hooks/peermentor"],
    ),
]
EventList = Annotated[
    list[EventType],
    Field(min_length=1, max_length=50, description="The event types to receive."),
]
Description = Annotated[str, StringConstraints(max_length=500)]


def check_secret(value: str | None) -> str | None:
    """`whsec_` followed by the base64 of 24 to 64 random bytes (Standard Webhooks)."""
    if value is None:
        return None
    if not value.startswith(SECRET_PREFIX):
        raise ValueError(f"must start with {SECRET_PREFIX!r}")
    encoded = value.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"must be {SECRET_PREFIX!r} followed by base64") from None
    if not MIN_SECRET_BYTES <= len(key) <= MAX_SECRET_BYTES:
        raise ValueError(
            f"must encode {MIN_SECRET_BYTES} to {MAX_SECRET_BYTES} bytes (got {len(key)})"
        )
    return value


def _unique(events: list[str] | None) -> list[str] | None:
    return None if events is None else list(dict.fromkeys(events))


class WebhookCreate(StrictModel):
    url: WebhookUrl
    events: EventList
    secret: Annotated[str, StringConstraints(max_length=200)] | None = Field(
        default=None,
        description="`whsec_` + base64 of 24 to 64 random bytes; generated when left out. "
        "Shown in this response only.",
    )
    description: Description | None = None

    _events = field_validator("events")(_unique)
    _secret = field_validator("secret")(check_secret)


class WebhookUpdate(StrictModel):
    """Fields left out keep their value."""

    url: WebhookUrl | None = None
    events: EventList | None = None
    active: bool | None = None
    description: Description | None = None

    _events = field_validator("events")(_unique)


class WebhookRead(ReadModel):
    id: int
    url: str
    events: list[str]
    description: str | None
    active: bool
    secret_hint: str = Field(description="The signing secret, masked; it is shown only once.")
    created_at: datetime
    updated_at: datetime


class WebhookWithSecret(WebhookRead):
    secret: str = Field(
        description="The signing secret (`whsec_...`). Shown in this response only: store it."
    )


class DeliveryAttemptRead(ReadModel):
    id: int
    at: datetime
    status_code: int | None
    error: str | None
    duration_ms: int


class DeliveryRead(ReadModel):
    id: int
    subscription_id: int
    event_id: str
    event_type: str
    message_id: str = Field(description="The `webhook-id` header, the same on every attempt.")
    status: DeliveryStatus
    attempt_count: int = Field(description="Attempts since the delivery was (re-)queued.")
    next_attempt_at: datetime | None
    last_status_code: int | None
    last_error: str | None
    delivered_at: datetime | None
    created_at: datetime
    attempts: list[DeliveryAttemptRead] = Field(description="Every attempt, oldest first.")
