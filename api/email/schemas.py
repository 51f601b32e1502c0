from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from api.core.schemas import ReadModel, StrictModel
from api.email.kinds import NotificationKindName

EmailStatusName = Literal["queued", "sent", "failed", "skipped"]


class NotificationPreferenceRead(BaseModel):
    kind: NotificationKindName
    description: str
    mandatory: bool = Field(description="Required by the HR policy: e-mail cannot be turned off.")
    email: bool = Field(description="Whether notifications of this kind are also e-mailed.")


class NotificationPreferences(BaseModel):
    items: list[NotificationPreferenceRead] = Field(description="Every kind, in a fixed order.")


class NotificationPreferenceChange(StrictModel):
    kind: NotificationKindName
    email: bool


class NotificationPreferencesUpdate(StrictModel):
    preferences: list[NotificationPreferenceChange] = Field(
        min_length=1, max_length=50, description="The kinds to change; the others keep theirs."
    )


class NotificationEmailRead(ReadModel):
    id: int
    notification_id: int
    kind: str
    to_address: str
    subject: str = Field(description="As sent (grievance notices never carry any detail).")
    status: EmailStatusName
    attempts: int
    next_attempt_at: datetime | None = Field(
        description="When a queued e-mail is tried (again); null once it is settled."
    )
    last_error: str | None = Field(
        description="The last failure: the SMTP server's answer (e.g. a 550 bounce) or the "
        "reason it was skipped."
    )
    message_id: str | None
    sent_at: datetime | None
    created_at: datetime
