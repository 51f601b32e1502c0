from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from api.core.schemas import ReadModel


class CalendarFeedRead(ReadModel):
    id: int
    created_at: datetime
    rotated_at: datetime | None


class CalendarFeedCreated(BaseModel):
    id: int
    url: str = Field(
        description="The feed's secret URL: subscribe to it in any calendar application. "
        "Shown once; creating the feed again replaces it."
    )
    token: str = Field(description="The secret in the URL (shown once; stored hashed).")
    created_at: datetime
    rotated_at: datetime | None
