from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from api.core.schemas import PersonSummary, ReadModel

DocumentType = Literal[
    "mentoring_request",
    "agreement",
    "acknowledgement",
    "role_training",
    "peer_session",
    "review_form",
    "evaluation",
    "grievance_outcome",
]

# The record a notification is about, as a screen of the app shows it.
RecordType = Literal["pairing", "mentoring_request", "grievance", "employee"]


class PersonnelFileEntryRead(ReadModel):
    id: int
    employee_id: int
    document_type: DocumentType
    document_id: int
    title: str
    filed_at: datetime
    sent_to_team_leader_id: int | None
    employee: PersonSummary | None = Field(default=None, description="Whose file, by name.")
    team_leader: PersonSummary | None = Field(
        default=None, description="The team leader it was sent to, by name."
    )


class NotificationRead(ReadModel):
    id: int
    kind: str
    title: str
    body: str | None
    document_type: DocumentType | None
    document_id: int | None
    subject_employee_id: int | None
    record_type: RecordType | None
    record_id: int | None
    created_at: datetime
    read_at: datetime | None
    subject: PersonSummary | None = Field(
        default=None,
        description="The employee it is about, by name (the list). Never on a grievance's "
        "notification to anyone but HR: who raised a grievance stays confidential.",
    )


class NotificationsReadAll(ReadModel):
    """How many of the caller's notifications this call marked read."""

    marked: int
