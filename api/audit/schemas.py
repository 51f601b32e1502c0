from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field

from api.core.schemas import ReadModel


class AuditEventRead(ReadModel):
    id: int
    at: datetime
    actor: str
    actor_name: str | None = Field(
        default=None,
        description="Who the actor is: the login's employee's name, else the login's e-mail; "
        "null for system jobs and service tokens.",
    )
    actor_role: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, Any]
