from enum import StrEnum


class RequestStatus(StrEnum):
    AWAITING_SUPERVISOR = "awaiting_supervisor"
    CANCELLED = "cancelled"
    MATCHED = "matched"
    OPEN = "open"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return str(self.value)
