from __future__ import annotations

from datetime import datetime
from typing import Any

from api.core.schemas import ReadModel


class AuditEventRead(ReadModel):
    id: int
    at: datetime
    actor: str
    actor_role: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, Any]
