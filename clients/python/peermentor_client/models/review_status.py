from enum import StrEnum


class ReviewStatus(StrEnum):
    CANCELLED = "cancelled"
    OVERDUE = "overdue"
    SCHEDULED = "scheduled"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
