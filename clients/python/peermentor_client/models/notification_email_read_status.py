from enum import StrEnum


class NotificationEmailReadStatus(StrEnum):
    FAILED = "failed"
    QUEUED = "queued"
    SENT = "sent"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return str(self.value)
