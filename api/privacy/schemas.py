from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

Record = dict[str, Any]
ExportFormat = Literal["json", "html"]


class DataExport(BaseModel):
    """Everything PeerMentor holds about one employee."""

    generated_at: datetime
    employee_id: int
    anonymised_at: datetime | None
    profile: Record
    skills: list[Record]
    account: Record | None = Field(description="The login account (never its password).")
    mentor_profile: Record | None
    performance_reviews: list[Record]
    mentoring_requests: list[Record] = Field(description="Requests for them as mentee.")
    pairings: list[Record] = Field(description="As mentor or mentee, with approvals.")
    review_forms: list[Record] = Field(
        description="Their own periodic-review forms, with HR's follow-up of each review."
    )
    training_records: list[Record] = Field(description="As trainee or trainer.")
    evaluations: list[Record]
    development_records: list[Record]
    grievances: list[Record] = Field(description="Those they raised, with HR's actions.")
    personnel_file: list[Record]
    notifications: list[Record] = Field(description="Addressed to them or about them.")
    notification_emails: list[Record] = Field(
        description="E-mails queued or sent to their work or login address."
    )
    notification_preferences: list[Record] = Field(
        description="Their account's choices of e-mail per kind of notification."
    )
    calendar_feed: Record | None
    audit_events: list[Record] = Field(
        description="Audit entries about their employee record and account, and those of "
        "the changes their account made."
    )


class AnonymisationResult(BaseModel):
    employee_id: int
    anonymised_at: datetime
    reference_date: date = Field(
        description="Termination or the end of their last pairing, whichever is later."
    )
    retention_months: int
    cleared: dict[str, int] = Field(description="How many records of each kind were changed.")
