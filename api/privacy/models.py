from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from api.core.db import Base, utcnow


class Anonymisation(Base):
    """That (and when, by whom, on which grounds) an employee's records were anonymised."""

    __tablename__ = "anonymisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    employee_id: Mapped[int] = mapped_column(ForeignKey("employees.id"), unique=True)
    anonymised_at: Mapped[datetime] = mapped_column(default=utcnow)
    anonymised_by: Mapped[str] = mapped_column(String(64))
    reference_date: Mapped[date]  # termination or the last pairing's end, whichever is later
    retention_months: Mapped[int]
