from enum import StrEnum


class GrievanceStatus(StrEnum):
    DISMISSED = "dismissed"
    OPEN = "open"
    RESOLVED = "resolved"
    UNDER_REVIEW = "under_review"

    def __str__(self) -> str:
        return str(self.value)
