from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, utcnow

DOCUMENT_TYPES = (
    "mentoring_request",
    "agreement",
    "acknowledgement",
    "role_training",
    "peer_session",
    "review_form",
    "evaluation",
    "grievance_outcome",
)


class PersonnelFileEntry(Base):
    """A document filed in an employee's personnel file (a reference, never a copy of text)."""

    __tablename__ = "personnel_file_entries"
    __table_args__ = (Index("ix_personnel_file_entries_employee_id_id", "employee_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"))
    document_type: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    filed_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_to_team_leader_id: Mapped[int | None] = mapped_column(
        ForeignKey("employees.id"), default=None
    )
